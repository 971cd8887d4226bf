"""Period expressions in one sentence: years, year ranges, months and month ranges, quarters,
halves, 'за 11 месяцев' / 'first nine months', fiscal years, relative periods and dates.

    find_periods("за январь – июнь 2025 года", "ru")   # -> [PeriodMention(period=2025-01..2025-06)]

Contract (what the claim builder can rely on):

- Each mention's span covers the whole expression including the year digits and the year word
  ("2024 года", "III квартале 2024 г."), so numbers inside it are not quantities.
- ``period`` is the first and last month covered. Relative expressions (``relative=True``) are
  resolved against the publication date ``published``; 'прошлый/следующий год' next to an
  explicit earlier year of the same sentence resolves against that year ("в первом полугодии
  2024 года ... за весь прошлый год" -> 2023); months, quarters and halves without a year take the
  nearest explicit year before them in the sentence, else the latest such period that has ended
  or is current at publication (a month range: its last month; a quarter or half: its first month).
  A quarter or half without a year right after another sub-year period takes that period's year,
  the next year when it comes earlier in the year ('the third quarter of last year, ... the fourth
  quarter, ... the first quarter' -> Q3, Q4 of last year, Q1 of this year); so does a month without
  a year after an earlier month of a relative year ('в июне прошлого года и в июле').
  Without a publication date and an anchor year: ``period=None``, note
  "relative period unresolved: publication date unknown".
- ``note`` values the builder should read:
    "date"                a day-and-month date ('15 сентября', 'November 11', '2024-11-28'); period
                          is its month (None when its year is unknown). Not a claim's period.
    "stock"               a level at one date: 'по состоянию на 1 января 2026 года', 'на 9 декабря 2022
                          года', 'на конец 2023 года', 'на начало года', 'as of 5 April 2016', 'as at
                          end-2023' -> period is that one month (start == end). A claim's period.
    "basis: <text>"       a comparison basis ('по сравнению с аналогичным периодом прошлого года',
                          'compared to the same period in 2023'); period is the basis period when it
                          can be worked out (the sentence's main period moved to that year), else None.
                          Not a claim's period.
    "years: 2027, 2028"   a range of whole years ('в 2027-2028 годы'), for distributing values given
                          'соответственно' / 'respectively'.
    "fiscal year ..."     FY2024, 'fiscal 2024', '2016-17' without a year word: read as the calendar
                          years named (no country's fiscal calendar is applied here).
    "year to date..."     'с начала года', 'year to date' (January..publication month), and a month against
                          December of the year before ('май 2011 года к декабрю 2010 года': January..May 2011).
    "same period"         'during the same period' without a comparison: the main period again.
    "relative: ..."       how a relative period was resolved.
    "since 2017: ..."     'с 2017 года', 'since 2017' alone (not a range): open-ended, period None.
- Durations ('10 лет', 'over the past ten years'), ages and year-on-year markers give nothing.

All language knowledge is in the ``periods`` section of ``factcheck/lang/<lang>.yaml``; only
digits, dashes, Roman numerals I-IV and codes such as Q3, 3Q24, H1, 9M24, FY2024 are handled here.
The function never raises: unknown languages and odd input give ``[]``.
"""
from __future__ import annotations

import re
from datetime import date
from functools import lru_cache

from factcheck.model import Period, PeriodMention, Span

STRICT = False  # tests and debugging: let parser errors propagate instead of returning []
UNRESOLVED = "relative period unresolved: publication date unknown"
DATE = "date"
STOCK = "stock"

_TOKEN = re.compile(
    r"(?P<iso>(?<![\d.,-])\d{4}-\d{1,2}-\d{1,2}(?![\d-]))"
    r"|(?P<dmy>(?<![\d.,])\d{1,2}\.\d{1,2}\.\d{4}(?!\d|\.\d))"
    r"|(?P<fy>(?<!\w)FY ?'?\d{2}(?:\d{2})?(?:[-/\u2013]\d{2}(?:\d{2})?)?(?!\w))"
    r"|(?P<qh>(?<!\w)(?:[QH][1-4]|[1-4][QH])(?:'?\d{2}(?:\d{2})?)?(?!\w))"
    r"|(?P<nm>(?<!\w)(?:1[0-2]|[1-9])M\d{2}(?:\d{2})?(?!\w))"
    r"|(?P<num>\d+(?:[.,]\d+)*)"
    r"|(?P<word>[^\W\d_]+)"
    r"|(?P<dash>-{1,2}|[\u2010-\u2015\u2212])"
    r"|(?P<punct>[^\s\w])"
)
_ISO, _DMY, _FY, _QH, _NM, _NUM, _WORD, _DASH, _PUNCT = range(9)
_KIND = {"iso": _ISO, "dmy": _DMY, "fy": _FY, "qh": _QH, "nm": _NM, "num": _NUM, "word": _WORD,
         "dash": _DASH, "punct": _PUNCT}
_ROMAN = {"I": 1, "II": 2, "III": 3, "IV": 4}
# Cyrillic and Ukrainian look-alikes typed for Roman numerals ('І полугодие' with U+0406)
_ROMAN.update({k.replace("I", "\u0406"): v for k, v in list(_ROMAN.items())})
_ROMAN.update({k.replace("V", "\u0412"): v for k, v in list(_ROMAN.items()) if "V" in k})
_CURRENCY = set("$€£₽¥₸№#")
_YMIN, _YMAX = 1800, 2199


# ---------------------------------------------------------------- language data

class _Lex:
    """The periods section of one language, indexed for the parser."""

    def __init__(self, data: dict):
        self.words: dict[str, dict] = {}
        self.phrases: dict[str, list[tuple[str, ...]]] = {}
        self.first: dict[str, list[tuple[str, tuple[str, ...]]]] = {}  # forward phrases by first word
        style = data.get("style") or {}
        self.title_months = str(style.get("months", "lower")) == "title"
        self.month_day = bool(style.get("month_day_dates", False))
        simple = {
            "ambiguous_months": "amb", "noun.year": "yn", "noun.years": "yns", "noun.quarter": "qn",
            "noun.quarter_count": "qcount", "noun.half": "hn", "noun.month": "mn", "noun.period": "pn",
            "ordinal.last": "ordlast", "ordinal.suffix": "osuf", "year.after": "yafter",
            "year.suffix": "ysuf", "year.decade_suffix": "dsuf", "year.not_before": "notyear",
            "range.from": "from", "range.to": "to", "range.between": "between", "range.and": "rand",
            "list.and": "land", "of": "of", "article": "art", "months_to_date.after": "mtd",
            "fiscal": "fiscal", "basis.gap": "gap", "count.ending": "cend", "year.alone_after": "yalone",
            "noun.half_year": "hy", "count.year_link": "ylink", "basis.compare_word": "cmpword",
            "basis.compare_noun": "cmpnoun", "range.since": "since",
        }
        valued = {"month.": "mon", "ordinal.": "ord", "number.": "card"}
        rel = {"relative.this": 0, "relative.last": -1, "relative.next": 1, "relative.before_last": -2}
        phrase_ids = ("basis.same", "basis.year_earlier", "basis.trigger", "basis.trigger_relative",
                      "basis.trigger_weak", "basis.phrase", "stock.at", "stock.end", "stock.start", "basis.trigger_month",
                      "year_to_date")
        self.ytd_first: set[str] = set()
        self.last: dict[str, set[str]] = {}  # last words of each phrase list, for a quick refusal
        for key, forms in data.items():
            if not isinstance(forms, list):
                continue
            if key in phrase_ids:
                self.phrases[key] = sorted({_low_tokens(f) for f in forms if f}, key=len, reverse=True)
                self.last[key] = {p[-1] for p in self.phrases[key] if p}
                if key == "year_to_date":
                    self.ytd_first = {p[0] for p in self.phrases[key] if p}
                if key in ("basis.same", "basis.year_earlier", "basis.phrase"):  # matched forwards
                    for p in self.phrases[key]:
                        if p:
                            self._add(p[0], "ph", True)
                            self.first.setdefault(p[0], []).append((key, p))
                continue
            concept, value = simple.get(key), True
            if concept is None and key in rel:
                concept, value = "rel", rel[key]
            if concept is None:
                for prefix, c in valued.items():
                    if key.startswith(prefix) and key[len(prefix):].isdigit():
                        concept, value = c, int(key[len(prefix):])
            if concept is None:
                continue
            for form in forms:
                form = str(form).strip().lower().replace("ё", "е")
                dot = form.endswith(".")
                form = form.rstrip(".")
                if not form:
                    continue
                self._add(form, concept, value)
                if dot:
                    self._add(form, "dot", True)
                    if concept == "mon":
                        self._add(form, "mabbr", True)

    def _add(self, form: str, concept: str, value) -> None:
        self.words.setdefault(form, {})[concept] = value


def _low(kind: int, text: str) -> str:
    if kind == _WORD:
        return text.lower().replace("ё", "е")
    if kind == _DASH:
        return "-"
    return text


def _low_tokens(form: str) -> tuple[str, ...]:
    toks = tuple(_low(_KIND[m.lastgroup], m.group()) for m in _TOKEN.finditer(str(form).strip()))
    return toks[:-1] if len(toks) > 1 and toks[-1] == "." else toks


@lru_cache(maxsize=None)
def _lexicon(lang: str) -> _Lex:
    from factcheck.lang import load

    return _Lex(load(lang).get("periods") or {})


# ---------------------------------------------------------------- raw mentions

class _Raw:
    """A parsed expression before resolution: token range, what kind, and its parameters."""
    __slots__ = ("i0", "i1", "kind", "p", "ys", "note", "explicit", "rule", "delta", "unit", "inner",
                 "shift", "year")

    def __init__(self, i0, i1, kind, **kw):
        self.i0, self.i1, self.kind = i0, i1, kind
        self.p = None          # (y1, m1, y2, m2) for explicit periods
        self.ys = None         # year spec of a sub-year period: ('abs', y) | ('rel', d) | ('ana',) | None
        self.note = None
        self.explicit = False  # a year is written
        self.rule = "end"      # month of a bare sub-year period compared with the publication month
        self.delta = 0
        self.unit = None
        self.inner = None
        self.shift = None
        self.year = None
        for k, v in kw.items():
            setattr(self, k, v)


def _sub(i0, i1, m1, m2, ys, rule="end", note=None):
    if ys and ys[0] == "abs":
        y = ys[1]
        y1 = y - 1 if m1 > m2 else y
        return _Raw(i0, i1, "abs", p=(y1, m1, y, m2), explicit=True, note=note)
    return _Raw(i0, i1, "sub", p=(m1, m2), ys=ys, rule=rule, note=note)


# ---------------------------------------------------------------- the parser

class _Parser:
    def __init__(self, text: str, lex: _Lex):
        self.text, self.lex = text, lex
        kinds, texts, lows, starts, ends, ents, vals = [], [], [], [], [], [], []
        words = lex.words
        for m in _TOKEN.finditer(text):
            k = _KIND[m.lastgroup]
            t = m.group()
            low = _low(k, t)
            kinds.append(k)
            texts.append(t)
            lows.append(low)
            starts.append(m.start())
            ends.append(m.end())
            ents.append(words.get(low) if k == _WORD else None)
            vals.append(int(t) if k == _NUM and t.isdigit() and len(t) <= 6 else None)
        self.k, self.t, self.low, self.s, self.e, self.ent, self.v = kinds, texts, lows, starts, ends, ents, vals
        self.n = len(kinds)
        self.weak_trigger = False

    # -- token helpers
    def has(self, j, concept):
        if 0 <= j < self.n and self.k[j] == _WORD:
            e = self.ent[j]
            if e and concept in e:
                return e[concept]
        return None

    def adj(self, j):
        """Token j touches token j-1 (no space between)."""
        return 0 < j < self.n and self.s[j] == self.e[j - 1]

    def after_word(self, j):
        """Index after word j, taking an abbreviation point."""
        if self.has(j, "dot") and j + 1 < self.n and self.t[j + 1] == "." and self.adj(j + 1):
            return j + 2
        return j + 1

    def year(self, j):
        if 0 <= j < self.n and self.k[j] == _NUM and len(self.t[j]) == 4:
            v = self.v[j]
            if v is not None and _YMIN <= v <= _YMAX:
                return v
        return None

    def day(self, j):
        if 0 <= j < self.n and self.k[j] == _NUM and len(self.t[j]) <= 2:
            v = self.v[j]
            if v is not None and 1 <= v <= 31:
                return v
        return None

    def dash(self, j):
        return 0 <= j < self.n and self.k[j] == _DASH

    def year_noun(self, j):
        """(end, 'sg'|'pl') for a year word at j, after an optional '-м' ending."""
        if self.dash(j) and self.adj(j) and self.has(j + 1, "ysuf") and self.adj(j + 1):
            j += 2
        elif self.has(j, "ysuf") and self.adj(j) and self.k[j - 1] == _NUM:
            j += 1
        num = "sg" if self.has(j, "yn") else "pl" if self.has(j, "yns") else None
        if num is None:
            if j > 0 and self.has(j - 1, "ysuf") and self.adj(j - 1):
                return j, "sg"  # 'за шесть месяцев 2024-го'
            return None, None
        # 'year-on-year', 'year on year', 'год к году' are not the year word of a date
        x = j + 1
        if self.dash(x):
            x += 1
        if x + 1 < self.n and self.k[x] == _WORD and (self.has(x + 1, "yn") or (
                self.dash(x + 1) and self.has(x + 2, "yn"))):
            return None, None
        return self.after_word(j), num

    def quantity_follows(self, j):
        """The number before j is a quantity: a unit or scale word or % follows it."""
        if j < self.n:
            if self.has(j, "notyear"):
                return True
            if self.k[j] == _PUNCT and self.t[j] in "%‰":
                return True
        return False

    def month_at(self, j):
        return self.has(j, "mon")

    def month_needs_context(self, j):
        e = self.ent[j]
        if "mabbr" in e or "amb" in e:
            return True
        t = self.t[j]
        if t.isupper() and len(t) > 1:
            return False
        title = t[:1].isupper()
        if self.lex.title_months:
            return not title
        return title

    def ordinal(self, j):
        """(end, n) for an ordinal at j: a word, a Roman numeral, or digits with an ending (1-й, 3rd)."""
        if j >= self.n:
            return None
        k = self.k[j]
        if k == _WORD:
            n = self.has(j, "ord")
            if n:
                return j + 1, n
            r = _ROMAN.get(self.t[j])
            if r:
                return j + 1, r
            return None
        if k == _NUM and self.v[j] is not None and len(self.t[j]) <= 2:
            n = self.v[j]
            x = j + 1
            if self.dash(x) and self.adj(x):
                x += 1
            if self.has(x, "osuf") and self.adj(x):
                return x + 1, n
        return None

    # -- year parts after a month, quarter, half or 'N months'
    def ypart(self, j, after_unit=True):
        """(end, spec) for what names the year after a sub-year unit; (j, None) when nothing does."""
        x = j
        used_of = False
        if self.has(x, "of"):
            x += 1
            used_of = True
        art = False
        if self.has(x, "art"):
            x += 1
            art = True
        y = self.year(x)
        if y is not None and not art:
            end, num = self.year_noun(x + 1)
            if end is None and (self.quantity_follows(x + 1)):
                return j, None
            return (end or x + 1), ("abs", y)
        d = self.has(x, "rel")
        if d is not None and self.has(x + 1, "yn"):
            return self.after_word(x + 1), ("rel", d)
        if after_unit and self.has(x, "yn") and (x == j or (used_of and art)) and not self.phrase_at(
                "basis.phrase", x - 1 if art else x) and self.year_noun(x)[0] is not None:
            return self.after_word(x), ("ana",)
        return j, None

    # -- patterns starting at a word
    def at_word(self, i):
        e = self.ent[i]
        if "ph" in e:
            r = self.basis_phrase(i)
            if r:
                return r
        if "art" in e and i + 1 < self.n and self.ent[i + 1] and "ph" in self.ent[i + 1]:
            r = self.basis_phrase(i + 1)
            if r:
                return r
        if "from" in e or "between" in e:
            r = self.range_from(i)
            if r:
                return r
        if "mon" in e:
            r = self.month(i, i)
            if r:
                return r
        if "ord" in e or "ordlast" in e or self.t[i] in _ROMAN:
            r = self.ordinal_unit(i)
            if r:
                return r
        if "rel" in e:
            r = self.relative(i)
            if r:
                return r
        if "card" in e:
            r = self.count(i, i, first=False)
            if r:
                return r
        if "yn" in e and self.has(i + 1, "cend") and self.month_at(i + 2):  # 'the year to March 2024'
            m = self.month_at(i + 2)
            end, ys = self.ypart(self.after_word(i + 2))
            if ys is None or ys[0] == "abs":
                return _sub(i, end, m % 12 + 1, m, ys, "end")
        if "hy" in e and self.has(i - 1, "mtd"):  # 'за полгода': the first half of the year
            end, ys = self.ypart(self.after_word(i))
            return _sub(i, end, 1, 6, ys, "start")
        if "yn" in e and self.has(i - 1, "yalone"):
            return _Raw(i, self.after_word(i), "sub", p=(1, 12), ys=("ana",), rule="end")
        if "fiscal" in e:
            r = self.fiscal_word(i)
            if r:
                return r
        return None

    def basis_phrase(self, i):
        lows = self.low
        cands = self.lex.first.get(lows[i], ())
        for key, p in cands:
            if key != "basis.phrase" and tuple(lows[i:i + len(p)]) == p:
                r = self.same_period(i, i + len(p), key == "basis.year_earlier")
                if r:
                    return r
        for key, p in cands:
            if key == "basis.phrase" and tuple(lows[i:i + len(p)]) == p:
                return _Raw(i, i + len(p), "basis", shift=-1)
        return None

    def same_period(self, i, j, year_earlier):
        for p in self.lex.phrases.get("basis.year_earlier", ()):
            if tuple(self.low[j:j + len(p)]) == p:
                j += len(p)
                year_earlier = True
        if not (self.has(j, "pn") or self.has(j, "qn") or self.has(j, "hn") or self.has(j, "mn")):
            return None
        j = self.after_word(j)
        end, ys = self.ypart(j, after_unit=False)
        if ys is None:
            for p in self.lex.phrases.get("basis.phrase", ()):
                if tuple(self.low[j:j + len(p)]) == p:
                    end, ys = j + len(p), ("rel", -1)
                    break
        if ys is not None:
            if ys[0] == "abs":
                return _Raw(i, end, "basis", year=ys[1], explicit=True)
            if ys[0] == "rel":
                return _Raw(i, end, "basis", shift=ys[1] if ys[1] else 0)
            return _Raw(i, end, "basis", shift=0)
        if year_earlier:
            return _Raw(i, j, "basis", shift=-1)
        if self.trigger_before(i) is not None:
            return _Raw(i, j, "basis", shift=-1)
        return _Raw(i, j, "same", note="same period")

    def range_from(self, i):
        between = bool(self.has(i, "between"))
        j = i + 1
        if self.month_at(j):
            r = self.month(j, i, between=between)
            if r and r.kind != "date" and (r.note == "range"):
                r.note = None
                return r
            return None
        y1 = self.year(j)
        if y1 is None:
            return None
        x = j + 1
        e1, _ = self.year_noun(x)
        if e1:
            x = e1
        if not (self.has(x, "rand") if between else (self.has(x, "to") or self.dash(x))):
            return None
        y2 = self.year(x + 1)
        if y2 is None or not (y1 < y2 <= y1 + 50):
            return None
        end, _ = self.year_noun(x + 2)
        if end is None:
            if self.quantity_follows(x + 2):
                return None
            end = x + 2
        return _Raw(i, end, "abs", p=(y1, 1, y2, 12), explicit=True, note=_years_note(y1, y2))

    def month(self, i, i0, between=False):
        """A month, a month range or (English) a 'November 11' date starting at token i."""
        m1 = self.month_at(i)
        j = self.after_word(i)
        lex = self.lex
        # 'November 11', 'Nov. 11, 2024'
        if lex.month_day and self.day(j) is not None:
            o = self.ordinal(j)
            end = o[0] if o else j + 1
            if not (self.dash(end) or self.has(end, "mn") or self.quantity_follows(end)):
                ys = None
                x = end + 1 if (end < self.n and self.t[end] == ",") else end
                y = self.year(x)
                if y is not None:
                    end, ys = x + 1, ("abs", y)
                return _Raw(i, end, "date", p=(m1, m1), ys=ys, explicit=ys is not None,
                            note=DATE)
        j1, ys1 = self.ypart(j)
        if ys1 is not None and ys1[0] != "abs":
            j1, ys1 = j, None
        x = j1
        conn = self.has(x, "rand") if between else (self.dash(x) or self.has(x, "to"))
        if conn and self.month_at(x + 1):
            m2 = self.month_at(x + 1)
            j2 = self.after_word(x + 1)
            if lex.month_day and self.day(j2) is not None and self.year(j2) is None:
                pass  # 'January 1 to March 31' style: leave to the date rule
            else:
                end, ys2 = self.ypart(j2)
                if ys2 and ys2[0] == "abs":
                    y2 = ys2[1]
                    y1 = ys1[1] if ys1 else (y2 if m1 <= m2 else y2 - 1)
                    if (y1, m1) <= (y2, m2):
                        return _Raw(i0, end, "abs", p=(y1, m1, y2, m2), explicit=True, note="range")
                    return None
                if ys1:
                    y1 = ys1[1]
                    y2 = y1 if m2 >= m1 else y1 + 1
                    return _Raw(i0, end, "abs", p=(y1, m1, y2, m2), explicit=True, note="range")
                r = _sub(i0, end, m1, m2, ys2, "end", note="range")
                return r
        if between:
            return None
        if ys1 is None:
            end, ys = self.ypart(j)
        else:
            end, ys = j1, ys1
        if ys is None and self.month_needs_context(i):
            prev = i - 1
            if not (self.has(prev, "yafter") or self.has(prev, "to") or self.has(prev, "from")):
                return None
        return _sub(i, end, m1, m1, ys, "end")

    def ordinal_unit(self, i):
        o = self.ordinal(i)
        last = False
        if o is None:
            if self.has(i, "ordlast"):
                o, last = (i + 1, 0), True
            else:
                return None
        j, n = o
        # 'первые девять месяцев', 'first 10 months', 'first three quarters'
        if n == 1 and not last and (self.has(j, "card") or (self.k[j] == _NUM if j < self.n else False)):
            r = self.count(i, j, first=True)
            if r:
                return r
        n2 = None
        if self.dash(j):
            o2 = self.ordinal(j + 1)
            if o2 and (self.has(o2[0], "qn") or self.has(o2[0], "hn")):
                j, n2 = o2
        if self.dash(j) and (self.has(j + 1, "qn") or self.has(j + 1, "hn")):
            j += 1  # fourth-quarter
        if n2 is None and not last and self.has(j, "land"):
            o2 = self.ordinal(j + 1)  # 'во втором и третьем кварталах': both, sharing the noun and year
            if o2 and o2[1] > n:
                second = self.unit_after(j + 1, o2[0], o2[1], None)
                if second is not None:
                    first = self.unit_after(i, o2[0], n, None)
                    if first is not None:
                        first.i1 = i + 1 if self.k[i] != _NUM else o[0]
                        return [first, second]
        return self.unit_after(i, j, n, n2, last)

    def unit_after(self, i, j, n, n2, last=False):
        if self.has(j, "qn"):
            size, count = 3, 4
        elif self.has(j, "hn"):
            size, count = 6, 2
        else:
            return None
        if last:
            n = count
        if not (1 <= n <= count) or (n2 is not None and not (n < n2 <= count)):
            return None
        end = self.after_word(j)
        if size == 6 and self.dash(end) and self.has(end + 1, "yn"):  # 'first half-year'
            end += 2
        end, ys = self.ypart(end)
        if last and ys is None:
            return None
        m1 = size * (n - 1) + 1
        m2 = size * (n2 or n)
        return _sub(i, end, m1, m2, ys, "start")

    def count(self, i, j, first):
        """'за 11 месяцев 2024 года', 'first nine months of 2024', 'первые три квартала' (from j)."""
        if j >= self.n:
            return None
        if self.k[j] == _NUM:
            c = self.v[j]
            if c is None or len(self.t[j]) > 2:
                return None
        else:
            c = self.has(j, "card")
            if not c:
                return None
        x = j + 1
        if self.dash(x) and self.adj(x):  # nine-month
            x += 1
        if self.has(x, "mn"):
            size, top = 1, 12
        elif self.has(x, "qn"):
            size, top = 3, 4
        else:
            return None
        if not (1 <= c <= top):
            return None
        end = self.after_word(x)
        # 'in the nine months to September 2024'
        if size == 1 and self.has(end, "cend") and self.month_at(end + 1):
            m = self.month_at(end + 1)
            e2, ys = self.ypart(self.after_word(end + 1))
            if c <= m and (ys is None or ys[0] == "abs"):
                return _sub(i, e2, m - c + 1, m, ys, "end")
        end, ys = self.ypart(end)
        if ys is None and self.has(end, "ylink") and self.year(end + 1) is not None \
                and self.year_noun(end + 2)[0] is not None:  # 'пяти месяцев в 2020 года'
            end, ys = self.ypart(end + 1)
        context = first or ys is not None or self.has(i - 1, "mtd")
        if not context:
            return None
        if c == top and ys is None:
            return None  # 'за 12 месяцев' without a year is a rolling period
        if size == 1 and c == 1 and not first:
            return None
        return _sub(i, end, 1, size * c, ys, "end")

    def relative(self, i):
        d = self.has(i, "rel")
        j = i + 1
        m = self.month_at(j)
        if m and d != 0 and self.k[i] == _WORD and not (self.t[j].islower() and self.lex.title_months):
            # 'last May': that month of the year before
            return _Raw(i, self.after_word(j), "sub", p=(m, m), ys=("rel", d), rule="end")
        if self.has(j, "yn"):
            return _Raw(i, self.after_word(j), "sub", p=(1, 12), ys=("rel", d), rule="end", unit="year")
        for concept, unit in (("qn", "quarter"), ("hn", "half"), ("mn", "month")):
            if self.has(j, concept) and not (concept == "qn" and self.has(j, "qcount")):
                end = self.after_word(j)
                if d == -1:  # 'the last quarter of 2024' is its fourth quarter
                    e2, ys = self.ypart(end)
                    if ys is not None and unit != "month":
                        return self.unit_after(i, j, 0, None, last=True)
                return _Raw(i, end, "relu", unit=unit, delta=d)
        return None

    def fiscal_word(self, i):
        j = i + 1
        if self.has(j, "yn"):
            j += 1
        y1 = self.year(j)
        if y1 is None:
            return None
        y2, end = y1, j + 1
        if (self.dash(end) or (end < self.n and self.t[end] == "/")) and end + 1 < self.n:
            y2b = self._second_year(y1, end + 1)
            if y2b:
                y2, end = y2b, end + 2
        return _Raw(i, end, "abs", p=(y1, 1, y2, 12), explicit=True, note=_fiscal_note(self.span_text(i, end), y1, y2))

    def _second_year(self, y1, j):
        if self.k[j] != _NUM or self.v[j] is None:
            return None
        t = self.t[j]
        if len(t) == 4:
            y2 = self.v[j]
        elif len(t) == 2:
            y2 = y1 // 100 * 100 + self.v[j]
        else:
            return None
        return y2 if y1 < y2 <= y1 + 50 else None

    # -- patterns starting at a number
    def at_num(self, i):
        d = self.day(i)
        if d is not None:
            r = self.date_dm(i)
            if r:
                return r
            r = self.ordinal_unit(i) if self.ordinal(i) else None
            if r:
                return r
            r = self.plain_quarter(i)
            if r:
                return r
            r = self.count(i, i, first=False)
            if r:
                return r
            return None
        if self.year(i) is not None:
            return self.year_expr(i)
        return None

    def date_dm(self, i):
        j = i + 1
        first = i
        if self.dash(j) and self.day(j + 1) is not None:  # 1-15 сентября
            j += 2
        elif self.has(j, "to") and self.day(j + 1) is not None and self.month_at(j + 2):
            j += 2
        m = self.month_at(j)
        if not m:
            return None
        end = self.after_word(j)
        y = self.year(end)
        if y is not None:
            e2, num = self.year_noun(end + 1)
            return _Raw(first, e2 or end + 1, "date", p=(m, m), ys=("abs", y), explicit=True, note=DATE)
        e2, ys = self.ypart(end, after_unit=False)
        if ys is not None and ys[0] == "rel":  # '1 июля текущего года'
            return _Raw(first, e2, "date", p=(m, m), ys=ys, note=DATE)
        return _Raw(first, end, "date", p=(m, m), ys=None, note=DATE)

    def plain_quarter(self, i):
        """'1 кв. 2024 г.', '3 квартал 2024 года' (a bare digit as the ordinal)."""
        j = i + 1
        n = self.v[i]
        if (self.has(j, "qn") and not self.has(j, "qcount") and 1 <= n <= 4) or (
                self.has(j, "hn") and 1 <= n <= 2):
            return self.unit_after(i, j, n, None)
        if self.dash(j) and self.day(j + 1) is not None and self.has(j + 2, "qn"):
            return self.unit_after(i, j + 2, n, self.v[j + 1])
        return None

    def year_expr(self, i):
        y = self.year(i)
        j = i + 1
        # decades: 1990-х годах, 2010-е, 1990s
        if y % 10 == 0:
            x = j + 1 if (self.dash(j) and self.adj(j)) else j
            if self.has(x, "dsuf") and self.adj(x):
                end, num = self.year_noun(x + 1)
                return _Raw(i, end or x + 1, "abs", p=(y, 1, y + 9, 12), explicit=True, note="decade")
        # ranges: 2019-2023, 2027-2028 годы, 2016-17, 2024/25
        if (self.dash(j) or (j < self.n and self.t[j] == "/" and self.adj(j))) and j + 1 < self.n:
            y2 = self._second_year(y, j + 1)
            if y2:
                end, num = self.year_noun(j + 2)
                if end is None:
                    if self.quantity_follows(j + 2):
                        return None
                    if len(self.t[j + 1]) == 2 and y2 == y + 1:
                        end = j + 2
                        if self.has(end, "fiscal") and self.has(end + 1, "yn"):
                            end += 2  # '2024-25 fiscal year'
                        return _Raw(i, end, "abs", p=(y, 1, y2, 12), explicit=True,
                                    note=_fiscal_note(self.span_text(i, j + 2), y, y2))
                    end = j + 2
                return _Raw(i, end, "abs", p=(y, 1, y2, 12), explicit=True, note=_years_note(y, y2))
        # lists: в 2022 и 2023 годах; 2019, 2021 и 2023 гг.
        ys = [i]
        x = j
        while x + 1 < self.n and (self.has(x, "land") or self.t[x] == ",") and self.year(x + 1) is not None:
            ys.append(x + 1)
            x += 2
            if self.has(x - 2, "land"):
                break
        if len(ys) > 1:
            end, num = self.year_noun(x)
            if (end and num == "pl") or self.year_context(i):
                out = [_Raw(a, a + 1, "abs", p=(self.v[a], 1, self.v[a], 12), explicit=True) for a in ys]
                if end:
                    out[-1].i1 = end
                elif self.quantity_follows(x):
                    return None
                return out
        end, num = self.year_noun(j)
        if end is not None:
            if num == "pl":
                return None  # '2000 years'
            return _Raw(i, end, "abs", p=(y, 1, y, 12), explicit=True)
        if self.quantity_follows(j) or not self.year_context(i):
            return None
        return _Raw(i, j, "abs", p=(y, 1, y, 12), explicit=True)

    def year_context(self, i):
        """A bare four-digit number is a year after 'в', 'in', 'by' ... or glued to a word ('бюджете-2026')."""
        p = i - 1
        if p < 0:
            return False
        if self.k[p] == _PUNCT and self.t[p] in _CURRENCY:
            return False
        if self.has(p, "yafter"):
            return True
        if self.dash(p) and self.adj(i) and self.adj(p) and self.k[p - 1] == _WORD:
            return True
        return False

    # -- compounds
    def at_compound(self, i):
        k, t = self.k[i], self.t[i]
        if k == _ISO or k == _DMY:
            parts = [int(x) for x in re.split(r"[-.]", t)]
            y, m, d = (parts[0], parts[1], parts[2]) if k == _ISO else (parts[2], parts[1], parts[0])
            if 1 <= m <= 12 and 1 <= d <= 31 and _YMIN <= y <= _YMAX:
                return _Raw(i, i + 1, "date", p=(m, m), ys=("abs", y), explicit=True, note=DATE)
            return None
        if k == _FY:
            ds = re.findall(r"\d+", t)
            y1 = _expand_year(ds[0])
            y2 = y1
            if len(ds) > 1:
                y2 = _expand_year(ds[1], y1)
                if not (y1 < y2 <= y1 + 50):
                    return None
            return _Raw(i, i + 1, "abs", p=(y1, 1, y2, 12), explicit=True, note=_fiscal_note(t, y1, y2))
        if k == _NM:
            n, yy = t.split("M")
            y = _expand_year(yy)
            return _Raw(i, i + 1, "abs", p=(y, 1, y, int(n)), explicit=True)
        if k == _QH:
            return self.qh(i)
        return None

    def qh(self, i):
        letter, n, yy = _split_qh(self.t[i])
        size, count = (3, 4) if letter == "Q" else (6, 2)
        if not 1 <= n <= count:
            return None
        n2 = None
        end = i + 1
        if self.dash(end) and end + 1 < self.n and self.k[end + 1] == _QH:
            l2, n2b, yy2 = _split_qh(self.t[end + 1])
            if l2 == letter and n < n2b <= count:
                n2, end, yy = n2b, end + 2, yy2 or yy
        if yy is not None:
            ys = ("abs", _expand_year(yy))
        else:
            end, ys = self.ypart(end)
            if ys is None and letter == "H" and not self.has(i - 1, "yafter"):
                return None  # 'H2' alone may be hydrogen
        return _sub(i, end, size * (n - 1) + 1, size * (n2 or n), ys, "start")

    def phrase_at(self, key, i):
        lows = self.low
        return any(tuple(lows[i:i + len(p)]) == p for p in self.lex.phrases.get(key, ()))

    def span_text(self, i0, i1):
        return self.text[self.s[i0]:self.e[i1 - 1]]

    def phrase_before(self, key, i0):
        """Token index where a phrase of ``key`` ending just before i0 starts, else None."""
        lows = self.low
        if i0 < 1 or lows[i0 - 1] not in self.lex.last.get(key, ()):
            return None
        for p in self.lex.phrases.get(key, ()):
            a = i0 - len(p)
            if a >= 0 and tuple(lows[a:i0]) == p:
                return a
        return None

    def stock(self, x: _Raw) -> _Raw:
        """'по состоянию на 1 января 2026 года', 'на конец 2023 года', 'as of 5 April 2016': a stock at
        one month (start == end), note "stock". Other mentions come back unchanged."""
        single = x.kind == "date" or (x.kind == "abs" and x.p[:2] == x.p[2:]) or (
            x.kind == "sub" and x.p[0] == x.p[1])
        i0 = x.i0 - 1 if self.has(x.i0 - 1, "art") else x.i0
        for key in ("stock.end", "stock.start", "stock.at"):
            a = self.phrase_before(key, i0)
            if a is None or (key == "stock.at" and not single):
                continue
            if x.kind == "abs":
                y, m = (x.p[2], x.p[3]) if key != "stock.start" else (x.p[0], x.p[1])
                x.p = (y, m, y, m)
            elif x.kind in ("sub", "date"):
                m = x.p[0] if key == "stock.start" else x.p[1]
                x.p = (m, m)
                x.rule = "end"
            else:
                return x
            x.i0, x.note = a, STOCK
            return x
        return x

    # -- comparison triggers before a mention
    def trigger_before(self, i0, relative=False):
        """Token index where a comparison trigger ending just before i0 starts, else None."""
        lows = self.low
        j = i0
        if self.has(j - 1, "art"):
            j -= 1
        if j > 1 and self.t[j - 1] == "." and self.k[j - 2] == _WORD and self.adj(j - 1):
            j -= 1
        keys = ("basis.trigger", "basis.trigger_weak") + (("basis.trigger_relative",) if relative else ())
        for gap in range(3):
            for key in keys:
                for p in self.lex.phrases.get(key, ()):
                    a = j - len(p)
                    if a >= 0 and tuple(lows[a:j]) == p:
                        self.weak_trigger = key == "basis.trigger_weak"
                        return a
            # 'превышает результат за ...', 'exceeds the level of ...'
            if self.has(j - 1, "cmpnoun"):
                c = j - 2
                if self.has(c, "art"):
                    c -= 1
                if self.has(c, "cmpword"):
                    self.weak_trigger = False
                    return c
            if self.has(j - 1, "gap"):
                j -= 1
                if self.has(j - 1, "art"):
                    j -= 1
            else:
                break
        return None

    def month_basis(self, x: _Raw, out: list) -> int | None:
        """'(104,9% к январю-июню 2015 года)', 'январь-май 2011 года к январю-маю 2010 года': a
        basis.trigger_month word before a period shorter than a year, right after a percentage or
        another period, starts a comparison basis ('к 2030 году' is a deadline, not a basis)."""
        if x.kind not in ("abs", "sub") or x.note not in (None, "range"):
            return None
        whole_year = x.p == (1, 12) if x.kind == "sub" else (x.p[1], x.p[3]) == (1, 12)
        if whole_year:
            return None
        a = self.phrase_before("basis.trigger_month", x.i0)
        if a is None or a == 0:
            return None
        if (self.k[a - 1] == _PUNCT and self.t[a - 1] in "%‰") or (out and out[-1].i1 == a):
            return a
        return None

    def number_follows(self, j):
        """A number comes within a few words after j, before any clause punctuation: 'higher than the
        second quarter 2023 growth of 2.51 per cent' names the period of that number, not a basis."""
        for x in range(j, min(j + 5, self.n)):
            k = self.k[x]
            if k == _NUM:
                return True
            if k == _PUNCT and self.t[x] not in _CURRENCY or k == _DASH:
                return False
        return False

    # -- main loop
    def parse(self) -> list[_Raw]:
        out: list[_Raw] = []
        i, n, kinds, ents = 0, self.n, self.k, self.ent
        while i < n:
            k = kinds[i]
            r = None
            if k == _WORD:
                if ents[i]:
                    r = self.at_word(i)
                elif self.t[i] in _ROMAN:
                    r = self.ordinal_unit(i)
            elif k == _NUM:
                if self.v[i] is not None:
                    r = self.at_num(i)
            elif k < _NUM:
                r = self.at_compound(i)
            if r is None and k == _WORD and ents[i] and "yn" in ents[i] and any(self.phrase_before(
                    key, i - 1 if self.has(i - 1, "art") else i) is not None for key in ("stock.end", "stock.start")):
                r = _Raw(i, self.after_word(i), "sub", p=(1, 12), ys=("ana",), rule="end")  # 'на начало года'
            if r is None and k == _WORD and self.low[i] in self.lex.ytd_first:
                for p in self.lex.phrases.get("year_to_date", ()):
                    if tuple(self.low[i:i + len(p)]) == p:  # 'с начала года', 'year to date'
                        r = _Raw(i, i + len(p), "ytd")
                        break
            if r is None:
                i += 1
                continue
            rs = r if isinstance(r, list) else [r]
            for idx, x in enumerate(rs):
                if idx == 0 and x.kind in ("abs", "sub", "date"):
                    x = self.stock(x)
                if len(rs) == 1 and x.kind == "abs" and x.note is None and x.p[0] == x.p[2] \
                        and (x.p[1], x.p[3]) == (1, 12) and self.has(x.i0 - 1, "since") \
                        and self.trigger_before(x.i0) is None:  # not 'по сравнению с 2022 годом'
                    x = _Raw(x.i0 - 1, x.i1, "since", note=f"since {x.p[0]}: open-ended, no calendar period")
                if x.kind not in ("date", "same"):
                    rel = x.kind == "relu" or bool(x.ys and x.ys[0] == "rel")
                    a = self.trigger_before(x.i0, relative=rel)
                    if a is not None and x.kind == "basis":
                        x.i0 = a
                    elif a is not None and not (self.weak_trigger and self.number_follows(x.i1)):
                        x = _Raw(a, x.i1, "basis", inner=x)
                    elif a is None and self.month_basis(x, out) is not None:
                        x = _Raw(self.month_basis(x, out), x.i1, "basis", inner=x)
                if x.kind == "basis" and x.note is None:
                    x.note = "basis: " + self.span_text(x.i0, x.i1)
                out.append(x)
            i = max(rs[-1].i1, i + 1)
        # '(май 2011 года к декабрю 2010 года)': a month against December of the year before is the
        # year to date
        for a, b in zip(out, out[1:]):
            if a.kind == "abs" and a.p[:2] == a.p[2:] and b.kind == "basis" and b.i0 == a.i1 and b.inner:
                y, m = a.p[:2]
                inner = b.inner
                if (inner.kind == "abs" and inner.p == (y - 1, 12, y - 1, 12)) or (
                        inner.kind == "sub" and inner.p == (12, 12) and inner.ys == ("rel", -1)):
                    a.p = (y, 1, y, m)
                    a.note = "year to date"
        # 'в январе и феврале 2024 года': a month without a year takes the year of the next one
        for a, b in zip(out, out[1:]):
            if a.kind == "sub" and a.ys is None and b.kind == "abs" and b.explicit and all(
                    self.has(x, "land") or self.t[x] == "," for x in range(a.i1, b.i0)) and a.i1 < b.i0:
                a.ys = ("abs", b.p[0])
                a.explicit = True
        return out


def _split_qh(t: str):
    t = t.replace("'", "")
    if t[0] in "QH":
        letter, n, rest = t[0], int(t[1]), t[2:]
    else:
        letter, n, rest = t[1], int(t[0]), t[2:]
    return letter, n, (rest or None)


def _expand_year(ds: str, ref: int | None = None) -> int:
    v = int(ds)
    if len(ds) == 4:
        return v
    if ref is not None:
        return ref // 100 * 100 + v
    return 2000 + v


def _years_note(y1: int, y2: int) -> str:
    return "years: " + ", ".join(str(y) for y in range(y1, y2 + 1))


def _fiscal_note(text: str, y1: int, y2: int) -> str:
    cal = str(y1) if y1 == y2 else f"{y1}-{y2}"
    return f"fiscal year ({text}): read as calendar {'year' if y1 == y2 else 'years'} {cal} (no country rule applied)"


# ---------------------------------------------------------------- resolution

def _period(y1, m1, y2, m2) -> Period | None:
    if not (1 <= y1 <= 9999 and 1 <= y2 <= 9999 and 1 <= m1 <= 12 and 1 <= m2 <= 12):
        return None
    if (y1, m1) > (y2, m2):
        return None
    return Period.months(y1, m1, y2, m2)


def _add_months(y: int, m: int, k: int) -> tuple[int, int]:
    t = y * 12 + (m - 1) + k
    return t // 12, t % 12 + 1


class _Resolver:
    def __init__(self, published: date | None):
        self.pub = published

    def anchor_ok(self, anchor):
        return anchor is not None and (self.pub is None or anchor <= self.pub.year)

    def year_of(self, ys, anchor):
        """(year, how) for a year spec; year None when it cannot be worked out."""
        pub = self.pub
        kind = ys[0]
        if kind == "abs":
            return ys[1], None
        if kind == "rel":
            d = ys[1]
            if d == 0:
                if pub:
                    return pub.year, "publication date"
                if anchor is not None:
                    return anchor, f"the year {anchor} in the sentence"
                return None, None
            if self.anchor_ok(anchor):
                return anchor + d, f"the year {anchor} in the sentence"
            if pub:
                return pub.year + d, "publication date"
            return None, None
        # anaphoric 'the year'
        if self.anchor_ok(anchor):
            return anchor, f"the year {anchor} in the sentence"
        if pub:
            return pub.year, "publication date"
        return None, None

    def resolve(self, r: _Raw, anchor) -> tuple[Period | None, bool, str | None]:
        """(period, relative, note) of a non-basis raw mention."""
        pub = self.pub
        if r.kind == "abs":
            return _period(*r.p), False, r.note if r.note != "range" else None
        if r.kind in ("sub", "date"):
            m1, m2 = r.p
            note = r.note if r.kind == "date" else (r.note if r.note not in (None, "range") else None)
            if r.ys is not None:
                y, how = self.year_of(r.ys, anchor)
                if y is None:
                    return None, True, note or UNRESOLVED
                y1 = y - 1 if m1 > m2 else y
                return _period(y1, m1, y, m2), r.ys[0] != "abs", note or _how(how)
            if (r.kind != "date" or pub is None) and self.anchor_ok(anchor):
                y1 = anchor - 1 if m1 > m2 else anchor
                return _period(y1, m1, anchor, m2), True, note or _how(f"the year {anchor} in the sentence")
            if pub is None:
                return None, True, note or UNRESOLVED
            ref = m1 if r.rule == "start" else m2
            y = pub.year if ref <= pub.month else pub.year - 1
            y1 = y - 1 if m1 > m2 else y
            return _period(y1, m1, y, m2), True, note or _how("publication date")
        if r.kind == "since":
            return None, False, r.note
        if r.kind == "ytd":
            if pub is None:
                return None, True, UNRESOLVED
            return _period(pub.year, 1, pub.year, pub.month), True, "year to date: " + _how("publication date")
        if r.kind == "relu":
            if pub is None:
                return None, True, UNRESOLVED
            size = {"month": 1, "quarter": 3, "half": 6}[r.unit]
            start = (pub.month - 1) // size * size + 1
            y, m = _add_months(pub.year, start, r.delta * size)
            y2, m2 = _add_months(y, m, size - 1)
            return _period(y, m, y2, m2), True, _how("publication date")
        return None, True, UNRESOLVED


def _how(how: str | None) -> str | None:
    return f"relative: resolved against {how}" if how else None


def _resolve_all(raws: list[_Raw], published: date | None, spans) -> list[PeriodMention]:
    res = _Resolver(published)
    anchor = None
    out: list[PeriodMention | None] = [None] * len(raws)
    main: list[Period | None] = [None] * len(raws)
    ytd = next((r for r in raws if r.note == "year to date" and r.kind == "abs"), None)
    prev: Period | None = None  # the last sub-year period, for the year of the next one
    for idx, r in enumerate(raws):
        if r.kind in ("basis", "same"):
            continue
        if r.kind == "ytd" and ytd is not None:  # 'С начала года (май 2011 года к декабрю 2010 года)'
            out[idx] = PeriodMention(span=spans(r), period=_period(*ytd.p), relative=False,
                                     note="year to date: as stated in the sentence")
            continue
        chained = _chain(r, prev, anchor if res.anchor_ok(anchor) else None)
        if chained is not None:
            period, rel, note = chained
        else:
            period, rel, note = res.resolve(r, anchor)
        out[idx] = PeriodMention(span=spans(r), period=period, relative=rel, note=note)
        if r.explicit and period is not None:
            anchor = period.end_ym[0]
        if r.kind in ("abs", "sub") and period is not None and period.n_months < 12 and note != STOCK:
            prev = period
        if r.kind != "date" and period is not None:
            main[idx] = period
    for idx, r in enumerate(raws):
        if r.kind not in ("basis", "same"):
            continue
        ref = _main_period(main, idx)
        period, rel = None, True
        if r.kind == "same":
            period = ref
            note = r.note
        else:
            note = r.note
            inner = r.inner
            if inner is not None and ref is not None and inner.kind == "relu":
                size = {"month": 1, "quarter": 3, "half": 6}[inner.unit]
                period = _shift_months(ref, inner.delta * size)
            elif inner is not None and ref is not None and inner.kind == "sub" and inner.ys \
                    and inner.ys[0] == "rel" and inner.ys[1] != 0:
                if inner.unit == "year":  # 'compared with last year': the main period a year back
                    period = _shift(ref, inner.ys[1])
                else:  # 'по сравнению с третьим кварталом прошлого года'
                    y = ref.end_ym[0] + inner.ys[1]
                    m1, m2 = inner.p
                    period = _period(y - 1 if m1 > m2 else y, m1, y, m2)
            elif inner is not None:
                period, rel, _ = res.resolve(inner, anchor_before(raws, out, idx))
            elif r.year is not None and ref is not None:
                period = _shift(ref, r.year - ref.end_ym[0])
                rel = False
            elif r.shift is not None and ref is not None:
                period = _shift(ref, r.shift)
        out[idx] = PeriodMention(span=spans(r), period=period, relative=rel, note=note)
    return [m for m in out if m is not None]


def _chain(r: _Raw, prev: Period | None, anchor: int | None):
    """A quarter, half or month without a year after another sub-year period of the sentence takes its
    year: 'in the third quarter of last year, 3.2 percent in the fourth quarter, 1.6 percent in the
    first quarter' -> Q3, Q4 of last year, then Q1 of the next year (a quarter or half earlier in the
    year than the one before it moves on a year). A month earlier than the one before keeps the usual
    rules ('6.1 percent in September from 6.0 percent in August'), as does any month when the
    sentence names a year. (period, relative, note) or None."""
    if prev is None or r.kind != "sub" or r.ys is not None:
        return None
    m1, m2 = r.p
    y, pm = prev.start_ym
    if r.rule == "start":
        if m1 < pm:
            y += 1
    elif anchor is not None or m1 < pm:
        return None
    y1 = y - 1 if m1 > m2 else y
    return _period(y1, m1, y, m2), True, f"relative: resolved against the period before it in the sentence ({prev.start}..{prev.end})"


def _main_period(main: list, idx: int) -> Period | None:
    """The period a basis or 'the same period' refers to: the nearest one before it (one of at most
    a year preferred over a multi-year range or fiscal year), else the nearest one after it."""
    before = [main[k] for k in range(idx - 1, -1, -1) if main[k] is not None]
    after = [main[k] for k in range(idx + 1, len(main)) if main[k] is not None]
    for group in (before, after):
        short = [p for p in group if p.n_months <= 12]
        if short or group:
            return (short or group)[0]
    return None


def anchor_before(raws, out, idx):
    for k in range(idx - 1, -1, -1):
        m = out[k]
        if m is not None and raws[k].explicit and m.period is not None and raws[k].kind != "basis":
            return m.period.end_ym[0]
    return None


def _shift_months(p: Period, k: int) -> Period | None:
    y1, m1 = _add_months(*p.start_ym, k)
    y2, m2 = _add_months(*p.end_ym, k)
    return _period(y1, m1, y2, m2)


def _shift(p: Period, years: int) -> Period | None:
    (y1, m1), (y2, m2) = p.start_ym, p.end_ym
    return _period(y1 + years, m1, y2 + years, m2)


# ---------------------------------------------------------------- entry point

def find_periods(text: str, lang: str, published: date | None = None, offset: int = 0) -> list[PeriodMention]:
    """Every period expression in one sentence, in text order, spans shifted by ``offset``."""
    try:
        if not text or not isinstance(text, str):
            return []
        try:
            lex = _lexicon(lang)
        except (KeyError, OSError, ValueError):
            return []
        p = _Parser(text, lex)
        raws = p.parse()
        if not raws:
            return []

        def spans(r: _Raw) -> Span:
            a, b = p.s[r.i0], p.e[r.i1 - 1]
            return Span(a + offset, b + offset, text[a:b])

        return _resolve_all(raws, published, spans)
    except Exception:  # noqa: BLE001 -- a parser bug must not stop the whole article
        if STRICT:
            raise
        return []
