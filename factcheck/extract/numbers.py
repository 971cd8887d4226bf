"""Numbers with their units, scales, ranges and qualifiers.

    from factcheck.extract.numbers import find_quantities
    find_quantities("составил около $133 миллионов", "ru")
    # [Quantity(span=Span(16, 30, '$133 миллионов'), value=133000000.0, unit='USD', qualifier='approx', ...)]

All language knowledge (scale words, number words, currencies, units, qualifiers, ratio words,
what is not a quantity) comes from the ``numbers`` section of ``factcheck/lang/<code>.yaml``; the
header comment of ru.yaml states the grammar of its surface forms. This module only knows how
numbers are written: digits with their separators, ranges, the order prefix-number-scale-unit.

How it works: one precompiled anchor pattern finds where a number may start (a digit, a number
word, a ratio word such as "вдвое"/"doubled"); at each anchor small anchored patterns read the
number, a range, a scale and a unit to the right, and a currency symbol, a qualifier and
non-claim labels to the left. A last pass shares a unit or scale written once over a list
("6,8 и 6,9%", "$31,17, $23,24 и $29,34 тысячи соответственно") and joins "от X до Y" ranges.
A number with neither unit nor scale (a year, a day, an age, a count of months) is dropped.
pint is imported only when a physical unit is met (``factcheck.units``).
"""
from __future__ import annotations

import re
from dataclasses import dataclass, replace
from decimal import Decimal
from functools import cache

from factcheck.model import Quantity, Span

_SPACES = " \u00a0\u2009\u202f"
_DASHES = "-\u2010\u2011\u2012\u2013\u2212"    # hyphen, non-breaking hyphen, figure dash, en dash, minus
_LETTER = r"[^\W\d_]"
_RANGE_SYMBOLS = "$€£¥₹₽₸"
_MINUS = ("-", "\u2212")

# a run of digits with any thousands separator (space-like only before exactly three digits)
_DIGITS = re.compile(r"\d+(?:(?:[.,]|[ \u00a0\u2009\u202f](?=\d{3}(?!\d)))\d+)*")
_SPLIT = re.compile(r"([.,]|[ \u00a0\u2009\u202f])")
_RANGE_DASH = re.compile(r"[ \u00a0]?[-\u2010\u2011\u2012\u2013\u2212\u2014][ \u00a0]?|[ \u00a0][-\u2013\u2212][ \u00a0]")
_WS = re.compile(r"\s+")
_AFTER_BAD = re.compile(r"[:/]\d|[.,]\d")                 # 10:30, 1/2
_AFTER_RANGE_BAD = re.compile(r"[:/.,\-\u2013\u2212]\d")     # a date or a phone number: 2024-11-28, 65-5-07
_ISO_LEFT = re.compile(r"(?<![A-Za-z])([A-Z]{3})[ \u00a0]?$")
_ISO_RIGHT = re.compile(r"[ \u00a0]?([A-Z]{3})(?![A-Za-z])")
_LINE_START_ITEM = re.compile(r"\d{1,2}[.)]\s")
_CLAUSE_END = re.compile(r",(?!\d)|[;:(\u2014\u2013]|\s-\s")


# ---------------------------------------------------------------- surface forms -> regex

def _atoms(form: str) -> list[str]:
    """The regex atoms of one surface form (grammar in the header of factcheck/lang/ru.yaml)."""
    atoms: list[str] = []
    if form[:1].isalnum():
        atoms.append(r"(?<!\w)")
    toks = form.split()
    for n, tok in enumerate(toks):
        if n:
            atoms.append(r"\s+")
        if tok == "_":
            atoms.append(_LETTER + "+")
            continue
        if tok == "#":
            atoms.append(r"\d+(?:[.,]\d+)?")
            continue
        star = len(tok) > 1 and tok.endswith("*")
        if star:
            tok = tok[:-1]
        for i, ch in enumerate(tok.lower()):
            atoms.append("[-\u2010\u2011]" if ch == "-" else re.escape(ch))   # any hyphen
            if ch == "." and i < len(tok) - 1:
                atoms.append(r"\s*")
        if star:
            atoms.append(_LETTER + "*")
    last = toks[-1] if toks else ""
    if last[-1:].isalnum() or last.endswith("*") or last in ("_", "#"):
        atoms.append(r"(?!\w)")
    return atoms


def _trie(seqs) -> str:
    """One pattern for many atom sequences, factored by common prefixes so that sre tries one
    branch per distinct next atom instead of one per form. A sequence may end in a marker
    ("\0name") that becomes an empty named group telling which form matched."""
    root: dict = {}
    for seq in seqs:
        node = root
        for atom in seq:
            node = node.setdefault(atom, {})
        node.setdefault("", {})

    def build(node) -> str:
        alts = []
        for atom, child in node.items():
            if atom == "":
                continue
            head = f"(?P<{atom[1:]}>)" if atom.startswith("\0") else atom
            alts.append(head + build(child))
        # longer continuations first; the end of a form last
        if "" in node:
            alts.append("")
        if not alts:
            return ""
        return alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"

    return build(root) if root else r"(?!x)x"


class _Alt:
    """An alternation of tagged surface forms; ``match``/``search`` say which tag matched."""

    def __init__(self, pairs, *, prefix: str = "", suffix: str = "", flags=re.IGNORECASE,
                 left_bound: bool = True):
        pairs = [(f, t) for f, t in pairs if f and f.strip()]
        pairs.sort(key=lambda p: -len(p[0]))
        self.tags = {}
        seqs = []
        for i, (form, tag) in enumerate(pairs):
            self.tags[f"f{i}"] = tag
            atoms = _atoms(form)
            if not left_bound and atoms[:1] == [r"(?<!\w)"]:
                atoms = atoms[1:]               # read right after a number: "$1.2bn", "10kWh"
            seqs.append(atoms + ["\0" + f"f{i}"])
        self.rx = re.compile(prefix + "(?:" + _trie(seqs) + ")" + suffix, flags)

    def match(self, text: str, pos: int, endpos: int | None = None):
        m = self.rx.match(text, pos, len(text) if endpos is None else endpos)
        return (m, self.tags[m.lastgroup]) if m else (None, None)

    def search(self, text: str, pos: int, endpos: int):
        m = self.rx.search(text, pos, endpos)
        return (m, self.tags[m.lastgroup]) if m else (None, None)


def _glued(pairs):
    """Split tagged forms into (all forms with the '=' stripped, forms allowed after a space)."""
    every, spaced = [], []
    for f, t in pairs:
        if f.startswith("=") and len(f) > 1:
            every.append((f[1:], t))
        else:
            every.append((f, t))
            spaced.append((f, t))
    return every, spaced


def _trie_rx(forms) -> str:
    """A pattern matching the first word of any form (a prefilter: the caller checks the rest)."""
    seqs = []
    for f in forms:
        word = (f.split() or [""])[0].lstrip("=")
        if word:
            atoms = _atoms(word)
            seqs.append(atoms[1:] if atoms and atoms[0] == r"(?<!\w)" else atoms)
    return _trie(seqs)


def _alt_any(forms) -> str:
    return _trie([_atoms(f) for f in forms if f and str(f).strip()])


def _pairs(section: dict | None):
    """(form, concept id) for every form of a concept-id section."""
    for concept, spec in (section or {}).items():
        forms = spec.get("forms", []) if isinstance(spec, dict) else spec
        for f in forms or []:
            yield str(f), concept


def _rx(template: str, forms) -> re.Pattern:
    """``template`` with ``{}`` replaced by the alternation of ``forms`` (case-insensitive)."""
    return re.compile(template.replace("{}", "(?:" + _alt_any(forms or []) + ")"), re.IGNORECASE)


class _Lex:
    """The compiled patterns of one language's ``numbers`` section."""

    def __init__(self, d: dict):
        sep = d.get("separators") or {}
        self.lone_comma = sep.get("lone_comma", "decimal")
        self.lone_point = sep.get("lone_point", "decimal")
        scales = {c: float(s["value"]) for c, s in (d.get("scales") or {}).items()}
        words = {c: float(s["value"]) for c, s in (d.get("words") or {}).items()}
        ratios = {c: float(s["value"]) for c, s in (d.get("ratios") or {}).items()}
        times = d.get("times") or {}

        # right of a number: a scale word, then a currency, a unit or a "times" word
        s_every, s_spaced = _glued([(f, ("scale", scales[c])) for f, c in _pairs(d.get("scales"))])
        self.scale_glued = _Alt(s_every, left_bound=False)
        self.scale_spaced = _Alt(s_spaced)
        # scale letters glued to a number that has a currency before it ("JPY 695B", "$3.5B")
        self.cur_scale = _Alt([(f, ("scale", scales[c])) for f, c in _pairs(d.get("currency_scales"))],
                              left_bound=False)
        suffix = [(f, ("cur", c)) for f, c in _pairs(d.get("currencies"))]
        suffix += [(f, ("cur", c)) for f, c in _pairs(d.get("currency_symbols"))]
        suffix += [(f, ("unit", c)) for f, c in _pairs(d.get("units"))]
        for spec in (d.get("scaled_units") or {}).values():      # "50 б.п." = 0.5 percentage_point
            suffix += [(str(f), ("scaled", (spec["unit"], float(spec["factor"])))) for f in spec["forms"]]
        suffix += [(str(f), ("times", None)) for f in times.get("forms") or []]
        x_every, x_spaced = _glued(suffix)
        self.suffix_glued = _Alt(x_every, left_bound=False)
        self.suffix_spaced = _Alt(x_spaced)
        self.times_not_followed = _rx(r"\s*{}", times.get("not_followed_by"))
        self.ratio_not_followed = _rx(r"\s+{}", times.get("not_followed_by"))
        fw = times.get("frequency_words")
        self.frequency_words = None if fw is None else frozenset(str(w).lower() for w in fw)
        self.need_before = _rx(r"{}\s+$", times["need_before"]) if times.get("need_before") else None
        wa = times.get("words_need_after")
        self.times_word_after = _rx(r"\s+{}", wa) if wa else None

        # numbers in words
        articles = d.get("articles") or []
        word_pairs = [(f, ("num", words[c])) for f, c in _pairs(d.get("words"))]
        word_pairs += [(f, t) for f, t in s_spaced]
        word_pairs += [(f, ("plus_half", 0.5)) for f in d.get("plus_half") or []]
        self.words = _Alt(word_pairs)
        half_pairs = []                  # "полмиллиарда", "пол-миллиона", "half a billion"
        for hp in d.get("half_prefixes") or []:
            for f, (_k, v) in s_spaced:
                half_pairs.append((hp + f, ("half", v)))
                if hp[-1:].isalpha():
                    half_pairs.append((hp + " " + f, ("half", v)))
        self.half = _Alt(half_pairs)
        hps = [hp for hp in d.get("half_prefixes") or [] if hp[-1:].isalpha()]
        self.half_unit = _rx(r"(?:{})\s+", hps) if hps else None      # "half a percentage point"
        scale_rx = _alt_any([f for f, _ in s_spaced])
        self.art_rx = _rx(r"{}\s+(?=(?:" + scale_rx + "))", articles) if articles else None
        ratio_pairs = [(f, ("ratio", ratios[c])) for f, c in _pairs(d.get("ratios"))]
        pred = d.get("predicate_ratios") or {}
        ratio_pairs += [(str(f), ("pred", ratios[c])) for c, fs in (pred.get("forms") or {}).items() for f in fs]
        self.pred_before = _rx(r"{}\s+$", pred.get("need_before"))
        self.ratio_alt = _Alt(ratio_pairs)
        # fractions standing as a percentage: "на треть", "nearly a third"
        frac_pairs = [(str(f), ("frac", 100.0 * float(s["num"]) / float(s["den"])))
                      for s in (d.get("fractions") or {}).values() for f in s.get("forms") or []]
        self.frac_alt = _Alt(frac_pairs)
        fc = d.get("fraction_context") or {}
        self.frac_before = _rx(r"{}\s+$", fc.get("before"))
        self.frac_not_after = _rx(r"{}\s+$", fc.get("not_after"))
        self.frac_not_before = _rx(r"\s*{}", fc.get("not_before"))

        # where a number may start: a digit, or the first word of a number word, a half-prefixed
        # scale, an article, a ratio word (trie-shaped: sre tries one branch per letter, not per form)
        firsts = [f for f, t in word_pairs if t[0] == "num"] + [f for f, _ in half_pairs]
        firsts += list(articles) + [f for f, _ in ratio_pairs] + [f for f, _ in frac_pairs]
        self.anchor = re.compile(r"(?P<d>(?<!\d)\d)|(?P<w>(?<!\w)" + _trie_rx(firsts) + ")", re.IGNORECASE)

        # left of a number: a currency symbol, a qualifier, a label
        self.cur_left = _Alt(list(_pairs(d.get("currency_symbols"))), suffix=r"[ \u00a0]?$")
        bridges = d.get("qualifier_bridges") or []
        bridge_rx = rf"(?:\s+(?:{_alt_any(bridges)}))?" if bridges else ""
        self.qual_left = _Alt(list(_pairs(d.get("qualifiers"))), suffix=bridge_rx + r"\s*$")
        self.non_claim_left = _rx(r"{}\s*$", (d.get("non_claims") or {}).get("before"))
        level_to = d.get("level_to") or {}
        self.level_to_forms = frozenset(str(f).lower() for f in level_to.get("forms") or [])
        self.level_after = _rx("{}", level_to.get("after"))
        index = d.get("index") or {}
        self.index_after = _rx(r"\s*{}", index.get("after"))
        self.index_not_after = _rx(r"{}\s+$", index.get("not_after"))
        self.index_cue = _rx("{}", index.get("cue_before"))

        # a unit after one adjective: "1 млн киргизских граждан"
        ab = d.get("adjective_before_unit") or {}
        ends = [re.escape(str(e)) for e in ab.get("endings") or []]
        self.adj_before_unit = re.compile(_LETTER + "+(?:" + "|".join(ends) + r")\s+", re.IGNORECASE) if ends else None
        self.adj_units = frozenset(ab.get("units") or [])

        cn = d.get("count_nouns") or {}
        self.count = _CountNouns(cn) if cn.get("how") else None

        # lists, ranges, "from X to Y"
        lists = d.get("lists") or {}
        self.list_join = _rx(r"\s*{}\s*", lists.get("joins"))
        self.respectively = _rx(r"\s*(?:,\s*)?{}", lists.get("respectively"))  # not \s*,?\s* (quadratic on spaces)
        ranges = d.get("ranges") or {}
        self.range_from = _rx(r"{}\s+$", ranges.get("from"))
        self.range_to = _rx(r"\s+{}\s+", ranges.get("to"))
        self.range_to_alone = _rx(r"\s+{}\s+", ranges.get("to_alone"))
        from_to = d.get("from_to") or {}
        self.from_to_from = _rx(r"{}\s+$", from_to.get("from"))
        self.from_number = _rx(r"{}\s+\S*\d", from_to.get("from"))
        self.from_to_to = _rx(r"\s+{}\s+", from_to.get("to"))


class _CountNouns:
    """A countable noun right after a bare number makes it a count: "в 55 стран", "191 российский
    проект", "690 jobs", "4,468 exporting entities". ``how`` names the test of a noun: ``morph``
    (pymorphy3: a lower-case NOUN agreeing with the numeral, optionally after one adjective) or
    ``plural_s`` (a lower-case word ending in -s, optionally after one word, that is not a stop word)."""

    _RU_WORD = re.compile(r"[ \u00a0]+([а-яё]+)(?![\w-])")
    _EN_WORD = re.compile(r"[ \u00a0]+([a-z][a-z]*(?:-[a-z]+)*)(?![\w'’-])")

    def __init__(self, d: dict):
        self.how = d["how"]
        self.words_min = d.get("words_min")
        self.not_nouns = frozenset(str(w).lower() for w in d.get("not_nouns") or [])
        self.stop = frozenset(str(w).lower() for w in d.get("stop_words") or [])
        self.word = self._RU_WORD if self.how == "morph" else self._EN_WORD

    def noun_end(self, t: str, p: int, value: float, scaled: bool) -> int | None:
        if value != int(value) or value < 0:
            return None
        m1 = self.word.match(t, p)
        if m1 is None:
            return None
        m2 = self.word.match(t, m1.end())
        n = 5 if scaled else int(value)                     # after a scale word: genitive plural
        w1 = m1.group(1)
        if w1 in self.not_nouns or w1 in self.stop or len(w1) < 3:
            return None                                     # known at a glance: no morphology needed
        if self.how == "morph":
            if (m2 is not None and m2.group(1) not in self.not_nouns and self._ru_adj(w1)
                    and self._ru_noun(m2.group(1), n)):
                return m2.end()                             # "1197 новых проектов" ("новых" is also a noun)
            return m1.end() if self._ru_noun(w1, n) else None
        if n == 1:
            return None
        if self._en_noun(w1):
            return m1.end()
        if m2 is not None and self._en_noun(m2.group(1)):
            return m2.end()
        return None

    def _en_noun(self, w: str) -> bool:
        return (len(w) > 2 and w.endswith("s") and not w.endswith(("ss", "us", "is"))
                and w not in self.stop and w not in self.not_nouns)

    def _ru_noun(self, w: str, n: int) -> bool:
        from factcheck.morph import parses

        one = n % 10 == 1 and n % 100 != 11
        few = n % 10 in (2, 3, 4) and n % 100 not in (12, 13, 14)
        for p in parses(w):
            tag = p.tag
            if tag.POS != "NOUN" or "Abbr" in tag.grammemes:
                continue                    # (the word is lower case: a Name/Geox reading is a guess)
            if p.normal_form.replace("ё", "е") in self.not_nouns or w in self.not_nouns:
                return False
            if one and tag.number == "sing" or not one and tag.number == "plur" or (
                    few and tag.number == "sing" and tag.case == "gent"):
                return True
        return False

    @staticmethod
    def _ru_adj(w: str) -> bool:
        from factcheck.morph import parses

        return any(p.tag.POS in ("ADJF", "PRTF") for p in parses(w))


@cache
def _lexicon(lang: str) -> _Lex | None:
    from factcheck import lang as langdata

    try:
        d = langdata.load(lang).get("numbers") or {}
    except (KeyError, OSError, ValueError):
        return None
    return _Lex(d) if d else None


# ---------------------------------------------------------------- digits

def _digits_value(s: str, lone_comma: str, lone_point: str, has_scale: bool) -> Decimal | None:
    """The value of a digit string with its separators, or None when it is not one number."""
    parts = _SPLIT.split(s)
    groups, seps = parts[0::2], [(" " if p in _SPACES else p) for p in parts[1::2]]
    if not seps:
        return Decimal(s)
    head = groups[0]
    dec: str | None = None
    if seps[-1] in ".," and (" " in seps or len(set(seps)) == 2):
        dec = groups[-1]
        groups, seps = groups[:-1], seps[:-1]
        if not seps:
            return Decimal(f"{groups[0]}.{dec}")
        if len(set(seps)) != 1:
            return None
    kinds = set(seps)
    if len(kinds) != 1:
        return None
    sep = seps[0]
    if len(seps) == 1 and dec is None and sep in ".,":
        after = groups[1]
        policy = lone_comma if sep == "," else lone_point
        if len(after) != 3 or len(head) > 3 or head == "0" or policy == "decimal" or (
                policy == "group_unless_scale" and has_scale):
            return Decimal(f"{head}.{after}")
        return Decimal(head + after)
    # thousands groups (or the Indian lakh/crore grouping 10,02,821)
    rest = groups[1:]
    if 1 <= len(head) <= 3 and all(len(g) == 3 for g in rest) or sep == "," and 1 <= len(head) <= 2 and len(rest[-1]) == 3 and all(len(g) == 2 for g in rest[:-1]):
        pass
    else:
        return None
    whole = "".join(groups)
    return Decimal(f"{whole}.{dec}") if dec is not None else Decimal(whole)


@dataclass
class _Cand:
    start: int                  # span start (a currency symbol before the number included)
    end: int
    nstart: int                 # the number alone
    nend: int
    value: float
    value_max: float | None = None
    unit: str | None = None
    unit_explicit: bool = True
    scale: float | None = None
    qualifier: str | None = None
    index_form: bool = False
    factor: float | None = None  # a unit written in a multiple of ours: basis points
    grouped: bool = False       # written with a thousands separator
    year_like: bool = False
    counted: bool = False       # unit "count" from a countable noun after the number ("в 55 стран")
    pre: int = 0                # where the left context (qualifier) is looked for


def _is_year(s: str) -> bool:
    return len(s) == 4 and s.isdigit() and 1800 <= int(s) <= 2100


# ---------------------------------------------------------------- the scanner

class _Scanner:
    def __init__(self, text: str, lex: _Lex):
        self.t = text
        self.lex = lex

    def run(self) -> list[_Cand]:
        out: list[_Cand] = []
        pos = 0
        t = self.t
        for m in self.lex.anchor.finditer(t):
            if m.start() < pos:
                continue
            try:
                if m.lastgroup == "d":
                    c, nxt = self._digits(m.start())
                else:
                    c, nxt = self._ratio_word(m)
                    if c is None:
                        c, nxt = self._fraction(m.start())
                    if c is None:
                        c, nxt = self._words(m.start())
            except (ValueError, OverflowError, IndexError):
                c, nxt = None, m.end()
            if c is not None:
                out.append(c)
            pos = max(nxt, m.end())
        return out

    # -- left context
    def _currency_before(self, i: int):
        t = self.t
        m, tag = self.lex.cur_left.search(t, max(0, i - 6), i)
        if m:
            return m.start(), tag
        m = _ISO_LEFT.search(t, max(0, i - 4), i)
        if m and _is_iso(m.group(1)):
            return m.start(), m.group(1)
        return None, None

    def _glued_left_bad(self, i: int) -> bool:
        """A number glued to a word or code on its left: 'G20', 'COVID-19', 'долларов-2', '№8'."""
        t = self.t
        if i == 0:
            return False
        a = t[i - 1]
        if a.isalpha() or a in "_№#/\\":
            return True
        if a in _DASHES and i >= 2 and (t[i - 2].isalnum()):
            return True
        return bool(a in ".," and i >= 2 and t[i - 2].isdigit())

    # -- a number written in digits
    def _digits(self, i: int):
        t, lex = self.t, self.lex
        m = _DIGITS.match(t, i)
        raw = m.group(0)
        end = m.end()
        cur_start, cur = self._currency_before(i)
        neg = False
        if cur is None and t[i - 1:i] in _MINUS and i >= 2:
            cs, cc = self._currency_before(i - 1)          # "JPY -695B": a code, then the minus
            if cc is not None and t[i - 2] in _SPACES:
                cur_start, cur, neg = cs, cc, True
        elif cur is not None and t[cur_start - 1:cur_start] in _MINUS and (
                cur_start == 1 or t[cur_start - 2] in " (\u00a0\n"):
            cur_start, neg = cur_start - 1, True             # "-$1.96 billion"
        if cur is None and self._glued_left_bad(i):
            return None, end
        if i == 0 or t[i - 1] == "\n":
            if _LINE_START_ITEM.match(t, i) and cur is None:
                return None, end                            # list numbering "1. "
        # a value the separators cannot make sense of: retry on its first space-separated part
        probe = _digits_value(raw, lex.lone_comma, lex.lone_point, False)
        if probe is None:
            cut = min((raw.find(c) for c in _SPACES if c in raw), default=-1)
            if cut <= 0:
                return None, end
            raw = raw[:cut]
            end = i + cut
        if end < len(t) and _AFTER_BAD.match(t, end):
            return None, _skip_code(t, end)                # 10:30, 24/7, 11.10.2023
        nend = end
        # a range: "1,5–2 млрд", "6-7%", "$1.5-2 billion", "5,5−5,7%"
        raw2 = None
        p = end + 1 if end < len(t) and t[end] == "%" else end
        rm = _RANGE_DASH.match(t, p)
        if rm:
            q = rm.end()
            if q < len(t) and t[q] in _RANGE_SYMBOLS:
                q += 1                                      # "$1.5-$2 billion"
            m2 = _DIGITS.match(t, q)
            if m2:
                if m2.end() < len(t) and _AFTER_RANGE_BAD.match(t, m2.end()):
                    return None, _skip_code(t, m2.end())   # 65-5-07, 2024-11-28
                v1 = _digits_value(raw, lex.lone_comma, lex.lone_point, False)
                v2 = _digits_value(m2.group(0), lex.lone_comma, lex.lone_point, False)
                if (v1 is not None and v2 is not None and v2 > v1
                        and not (_is_year(raw) and len(m2.group(0)) in (2, 4))):
                    raw2 = m2.group(0)
                    nend = end = m2.end()
        # scale, then unit
        scale, end = self._scale(end)
        if scale is None and cur is not None:
            sm, stag = lex.cur_scale.match(t, end)         # "JPY 695B", "$3.5B", "USD 12M"
            if sm is not None:
                scale, end = stag[1], sm.end()
        v = _digits_value(raw, lex.lone_comma, lex.lone_point, scale is not None)
        if v is None:
            return None, end
        value_max = None
        if raw2 is not None:
            vm = _digits_value(raw2, lex.lone_comma, lex.lone_point, scale is not None)
            if vm is None or vm <= v:
                return None, end
            value_max = float(vm)
        value = float(v)
        if t[i - 1:i] in ("-", "\u2212") and cur is None and (i == 1 or t[i - 2] in " (\u00a0\n"):
            value = -value                                  # "-1,6%" (a glued minus after a space)
        if neg:
            value = -value
        c = _Cand(start=cur_start if cur is not None else i, end=end, nstart=i, nend=nend, value=value,
                  value_max=value_max, scale=scale, unit=cur, grouped=_grouped(raw, value),
                  year_like=_is_year(raw) and raw2 is None)
        return self._tail(c)

    def _scale(self, p: int):
        t, lex = self.t, self.lex
        m, tag = lex.scale_glued.match(t, p)
        if m is None:
            q = p
            while q < len(t) and t[q] in _SPACES:
                q += 1
            if q > p:
                m, tag = lex.scale_spaced.match(t, q)
            elif t[p:p + 1] == "-":
                m, tag = lex.scale_spaced.match(t, p + 1)     # "the $300-billion target"
        if m is None:
            return None, p
        value, end = tag[1], m.end()
        q = end
        while q < len(t) and t[q] in _SPACES:
            q += 1
        m2, tag2 = lex.scale_spaced.match(t, q)
        if m2 is not None and q > end:
            value, end = _mul(value, tag2[1]), m2.end()     # "2.5 lakh crore"
        return value, end

    def _tail(self, c: _Cand):
        """Read the unit after the number (and scale), then the left context; finish a candidate."""
        t, lex = self.t, self.lex
        p = c.end
        m, tag = lex.suffix_glued.match(t, p)
        if m is None:
            q = p
            while q < len(t) and t[q] in _SPACES:
                q += 1
            m, tag = lex.suffix_spaced.match(t, q)
            if m is None and q > p and lex.adj_before_unit is not None and c.unit is None:
                am = lex.adj_before_unit.match(t, q)        # "1 млн киргизских граждан"
                if am is not None:
                    m2, tag2 = lex.suffix_spaced.match(t, am.end())
                    if m2 is not None and tag2[0] == "unit" and tag2[1] in lex.adj_units:
                        m, tag = m2, tag2
        if m is not None and tag[0] == "cur" and t[m.start()] in _DASHES and c.scale is None:
            m = None                                        # "-pound" only after a scale: "9.9 billion-pound"
        iso = None
        if m is None:
            im = _ISO_RIGHT.match(t, p)
            if im and _is_iso(im.group(1)):
                iso = im
        c.pre = c.start
        if m is not None:
            kind, val = tag
            if kind == "cur":
                if c.unit is None:
                    c.unit = val
                c.end = m.end()
            elif kind == "unit" and c.unit is None:
                c.unit = _canonical(val)
                c.end = m.end()
            elif kind == "scaled" and c.unit is None:
                c.unit, c.factor = val
                c.end = m.end()
            elif kind == "times":
                if c.unit is not None:
                    return None, m.end()
                if lex.need_before is not None and t[m.start()] not in _DASHES:   # "10-кратный" needs no "в"
                    nb = lex.need_before.search(t, max(0, c.start - 30), c.start)
                    if nb is None:
                        return None, m.end()
                    c.pre = nb.start()
                if lex.times_not_followed.match(t, m.end()):
                    return None, m.end()
                if (lex.times_word_after is not None and not any(ch.isdigit() for ch in t[c.nstart:c.nend])
                        and not lex.times_word_after.match(t, m.end())):
                    return None, m.end()                    # "they met three times"
                c.unit = "ratio"
                c.end = m.end()
        elif iso is not None:
            if c.unit is None:
                c.unit = iso.group(1)
            c.end = iso.end()
        elif c.end < len(t) and t[c.end].isalpha() and not c.unit and c.scale is None:
            return None, _skip_code(t, c.end)              # '3rd', '13th', a code
        if c.end < len(t) and t[c.end] in _DASHES and c.end + 1 < len(t) and t[c.end + 1].isalpha():
            return None, _skip_code(t, c.end)              # '13-е', '30-летие', '10-year'
        for f in (c.scale, c.factor):
            if f is not None:
                c.value = _mul(c.value, f)
                if c.value_max is not None:
                    c.value_max = _mul(c.value_max, f)
        # left context: label words, qualifier
        nm = lex.non_claim_left.search(t, max(0, c.start - 20), c.start)
        if nm and (c.unit is None or nm.group(0).strip() in ("№", "#")):
            return None, c.end                              # "№8", "статья 15", "No. 5 million"
        if c.unit is None and not c.year_like and lex.count is not None and c.value_max is None:
            e = lex.count.noun_end(t, c.end, c.value, bool(c.scale))
            if e is not None:                               # "в 55 стран", "690 jobs"
                c.unit, c.end, c.counted = "count", e, True
        self._qualify(c)
        if c.unit == "percent" and 50 < c.value < 200 and c.value_max is None:
            if not lex.index_not_after.search(t, max(0, c.pre - 12), c.pre) and (
                    lex.index_after.match(t, c.end) or lex.index_cue.search(t, max(0, c.pre - 80), c.pre)):
                c.index_form = True
        return c, c.end

    def _qualify(self, c: _Cand):
        t, lex = self.t, self.lex
        m, tag = lex.qual_left.search(t, max(0, c.pre - 60), c.pre)
        if m is None:
            return
        form = t[m.start():m.end()].strip().lower()
        head = form.split()[0] if form else ""
        if tag == "up_to" and head in lex.level_to_forms:
            k = m.start()
            lo = max(0, k - 120)
            ends = list(_CLAUSE_END.finditer(t, lo, k))
            clause_start = ends[-1].end() if ends else lo
            clause = t[clause_start:k]
            if not clause.strip() or lex.level_after.search(clause) or lex.from_number.search(clause):
                return
        c.qualifier = tag

    # -- a number written in words
    def _words(self, i: int):
        t, lex = self.t, self.lex
        total, cur, last_small = 0.0, 0.0, None
        has_scale = False
        p = i
        end = i
        n = 0
        while p < len(t) and n < 12:
            n += 1
            hm, tag = lex.half.match(t, p)
            if hm and cur == 0:
                total += 0.5 * tag[1]
                has_scale = True
                end = p = hm.end()
            else:
                am = lex.art_rx.match(t, p) if lex.art_rx is not None else None
                if am and cur == 0:
                    cur = 1.0
                    last_small = 1.0
                    p = am.end()
                    continue
                m, tag = lex.words.match(t, p)
                if m is None:
                    break
                kind, val = tag
                if kind == "num":
                    if val == 100 and 0 < cur < 10:
                        cur *= 100
                    elif last_small is not None and not (val < last_small and (last_small >= 10 or cur == 0)):
                        break
                    else:
                        cur += val
                    last_small = val if val != 100 else 100
                    if val == 1.5:
                        last_small = 1
                elif kind == "scale":
                    if cur == 0 and total == 0:
                        break
                    total += (cur or 1) * val
                    cur, last_small = 0.0, None
                    has_scale = True
                elif kind == "plus_half":
                    if cur == 0 or cur != int(cur):
                        break
                    cur += 0.5
                    last_small = 0.5
                else:
                    break
                end = p = m.end()
            q = p
            while q < len(t) and (t[q] in _SPACES or t[q] in "-\u2010\u2011"):
                q += 1
            if q == p:
                break
            p = q
        if end == i:
            return None, i + 1
        value = total + cur
        cur_start, cur_code = self._currency_before(i)
        c = _Cand(start=cur_start if cur_code else i, end=end, nstart=i, nend=end, value=value,
                  unit=cur_code)
        res, nxt = self._tail(c)
        if res is None:
            return None, max(nxt, end)
        if has_scale:
            res.scale = 1.0            # a scale word was read (its value is already in the number)
        elif res.unit is None or (res.unit == "count" and not (
                res.counted and lex.count.words_min is not None and res.value >= lex.count.words_min)):
            return None, end            # "двух республик": a number word alone is no quantity
        elif res.unit == "persons" and res.value < 100:
            return None, end            # "two people" is narrative, not a statistic
        return res, res.end

    # -- a fraction standing as a quantity: "на треть", "более половины", "nearly a third"
    def _fraction(self, i: int):
        t, lex = self.t, self.lex
        if lex.half.match(t, i)[0] is not None:
            return None, i                              # "half a billion": a number
        hm = lex.half_unit.match(t, i) if lex.half_unit is not None else None
        if hm is not None:
            um, utag = lex.suffix_spaced.match(t, hm.end())
            if um is not None and utag[0] in ("unit", "scaled", "cur"):
                kind, val = utag
                unit, factor = (val if kind == "scaled" else (_canonical(val) if kind == "unit" else val, None))
                c = _Cand(start=i, end=um.end(), nstart=i, nend=hm.end(), value=0.5 * (factor or 1.0), unit=unit)
                c.pre = i
                self._qualify(c)
                return c, c.end
        fm, tag = lex.frac_alt.match(t, i)
        if fm is None:
            return None, i
        end = fm.end()
        if i > 0 and (t[i - 1] in _DASHES or t[i - 1].isalnum()):
            return None, end                            # "second-quarter"
        if end + 1 < len(t) and t[end] in _DASHES and t[end + 1].isalpha():
            return None, end                            # "half-year", "quarter-century"
        if lex.frac_not_before.match(t, end) or lex.frac_not_after.search(t, max(0, i - 30), i):
            return None, end                            # a period: "в первой половине года", "quarter of 2024"
        c = _Cand(start=i, end=end, nstart=i, nend=end, value=tag[1], unit="percent")
        c.pre = i
        self._qualify(c)
        if c.qualifier is None and not lex.frac_before.search(t, max(0, i - 40), i):
            return None, end                            # a fraction word that is no quantity
        return c, end

    # -- a ratio word: вдвое, doubled, twice, by half
    def _ratio_word(self, m):
        t, lex = self.t, self.lex
        rm, tag = lex.ratio_alt.match(t, m.start())
        if rm is None:
            return None, m.end()
        form = t[rm.start():rm.end()].lower()
        if (lex.frequency_words is None or form in lex.frequency_words) and lex.ratio_not_followed.match(t, rm.end()):
            return None, rm.end()           # 'twice a year' (but 'doubling last year' is a ratio)
        if tag[0] == "pred" and (not lex.pred_before.search(t, max(0, rm.start() - 25), rm.start()) or (
                rm.end() + 1 < len(t) and t[rm.end()] in _DASHES and t[rm.end() + 1].isalpha())):
            return None, rm.end()           # 'double taxation', 'double-digit': not a predicate
        c = _Cand(start=rm.start(), end=rm.end(), nstart=rm.start(), nend=rm.end(), value=tag[1],
                  unit="ratio")
        c.pre = c.start
        self._qualify(c)
        return c, c.end


def _skip_code(t: str, p: int) -> int:
    while p < len(t) and not t[p].isspace():
        p += 1
    return p


def _mul(a: float, b: float) -> float:
    """a * b without binary noise: 8,3 миллиарда is 8300000000, not 8300000000.000001."""
    return float(Decimal(repr(a)) * Decimal(repr(b)))


def _grouped(raw: str, v: float) -> bool:
    return v >= 1000 and v == int(v) and any(ch in raw for ch in _SPACES + ",.")


@cache
def _iso_codes() -> frozenset[str]:
    from factcheck.units import currency_codes

    return currency_codes()


def _is_iso(code: str) -> bool:
    return code in _iso_codes()


#: our own unit ids (no pint needed); "permille" (‰, промилле) is also pint's own name for 0.001
_NON_PHYSICAL = {"percent", "percentage_point", "persons", "count", "ratio", "permille"}


@cache
def _canonical(unit_id: str) -> str:
    if unit_id in _NON_PHYSICAL:
        return unit_id
    from factcheck.units import (
        canonical_unit,  # imports pint: only when a physical unit is met
    )

    try:
        return canonical_unit(unit_id)
    except ValueError:
        return unit_id


# ---------------------------------------------------------------- lists and ranges

_COMPOUND_TAIL_END = re.compile(r"\s*(?:$|[.,;:!?)\]»\"\u2014\u2013])")


def _compound_part(prev: _Cand, c: _Cand, text: str) -> bool:
    """Whether ``c`` is the next part of the amount ``prev``: '38 млрд 607,6 млн долларов',
    '$1 миллиард 284,3 миллиона', '17 тыс. 996 сомов', '17 млн 175 тысяч 773'."""
    if not prev.scale or prev.scale == 1.0 or prev.value_max is not None or c.value_max is not None:
        return False
    if c.qualifier is not None or c.value >= prev.scale or text[prev.end:c.start].strip():
        return False
    if prev.unit is not None and not (prev.start < prev.nstart and c.unit in (None, prev.unit)):
        return False                        # a unit may only stand before the first part ("$1 млрд ...")
    if c.scale:
        return c.scale < prev.scale
    # a trailing part without a scale word: whole, not a year, the first part whole in its scale,
    # and the amount ends there (a unit after it, or the end of the clause): not "5 млн 2 года"
    if c.unit in ("percent", "percentage_point", "ratio") or c.year_like or c.value != int(c.value):
        return False
    if (prev.value / prev.scale) != int(prev.value / prev.scale):
        return False
    return c.unit is not None or bool(_COMPOUND_TAIL_END.match(text, c.end))


def _compounds(cands: list[_Cand], text: str) -> list[_Cand]:
    """'38 млрд 607,6 млн долларов', '1 триллион 42,1 миллиарда сомов': one number."""
    out: list[_Cand] = []
    for c in cands:
        prev = out[-1] if out else None
        if prev is not None and _compound_part(prev, c, text):
            out[-1] = replace(c, start=prev.start, nstart=prev.nstart,
                              value=float(Decimal(repr(prev.value)) + Decimal(repr(c.value))),
                              qualifier=prev.qualifier, scale=c.scale or 1.0, unit=c.unit or prev.unit)
            continue
        out.append(c)
    return out


def _post(cands: list[_Cand], text: str, lex: _Lex) -> list[_Cand]:
    cands.sort(key=lambda c: c.start)
    # "от 1,5 до 2 млрд", "between 5 and 7 million": one range
    out: list[_Cand] = []
    skip = set()
    for k, c in enumerate(cands):
        if k in skip:
            continue
        nxt = cands[k + 1] if k + 1 < len(cands) else None
        if nxt is None or nxt.value_max is not None or c.value_max is not None or nxt.unit == "ratio":
            out.append(c)
            continue
        bare = c.unit is None and not c.year_like
        same = c.unit == nxt.unit and c.unit_explicit
        fm = lex.range_from.search(text, max(0, c.start - 15), c.start)
        dash = _RANGE_DASH.fullmatch(text, c.end, nxt.start)
        if nxt.unit is None:
            # "от 700 тысяч до 1 млн", "от 5 до 7 млн": a range of counts needs a scale word at its end
            if not (bare and fm and nxt.scale and nxt.scale != 1.0
                    and lex.range_to.fullmatch(text, c.end, nxt.start)):
                out.append(c)
                continue
        # "2.9 to three percent": a range without "from" when both ends are close (Y <= 2 X) and
        # plain (no scale, no thousands separator): not "rose by 77,900 to 1.16 million"
        alone = (bare and c.scale is None and not c.grouped and nxt.scale in (None, 1.0) and not nxt.grouped
                 and 0 < c.value < nxt.value <= 2 * c.value
                 and lex.range_to_alone.fullmatch(text, c.end, nxt.start) is not None
                 and not lex.from_to_from.search(text, max(0, c.start - 12), c.start))
        if (bare or same) and ((fm and lex.range_to.fullmatch(text, c.end, nxt.start)) or (same and dash) or alone):
            lo = c.value
            if bare and c.scale is None and nxt.scale and nxt.scale != 1.0:
                lo = _mul(c.value, nxt.scale)
            if bare and nxt.factor:
                lo = _mul(lo, nxt.factor)
            if lo < nxt.value:
                out.append(replace(nxt, start=fm.start() if fm and not dash else c.start, nstart=c.nstart,
                                   value=lo, value_max=nxt.value, qualifier=c.qualifier))
                skip.add(k + 1)
                continue
        # "с 5 до 7%", "from 5 to 7 percent": the first value takes the unit of the second
        if bare and lex.from_to_to.fullmatch(text, c.end, nxt.start) and lex.from_to_from.search(
                text, max(0, c.start - 12), c.start):
            c.unit, c.unit_explicit = nxt.unit, False
            if c.scale is None and nxt.scale and nxt.scale != 1.0:
                c.value, c.scale = _mul(c.value, nxt.scale), nxt.scale
            if nxt.factor:
                c.value, c.factor = _mul(c.value, nxt.factor), nxt.factor
        out.append(c)
    cands = _compounds(out, text)
    # lists sharing a unit or scale written once after the last item
    n = len(cands)
    k = 0
    while k < n:
        j = k
        while j + 1 < n and lex.list_join.fullmatch(text, cands[j].end, cands[j + 1].start):
            j += 1
        if j > k:
            last = cands[j]
            resp = bool(lex.respectively.match(text, last.end))
            for c in cands[k:j]:
                if c.value_max is not None and last.value_max is None:
                    continue
                if c.unit is None and c.scale is None:
                    if c.year_like or last.unit is None or last.unit == "ratio":
                        continue
                    if last.scale and last.scale != 1.0:
                        c.value = _mul(c.value, last.scale)
                        if c.value_max is not None:
                            c.value_max = _mul(c.value_max, last.scale)
                        c.scale = last.scale
                    if last.factor:
                        c.value = _mul(c.value, last.factor)
                        if c.value_max is not None:
                            c.value_max = _mul(c.value_max, last.factor)
                        c.factor = last.factor
                    c.unit = last.unit
                    c.unit_explicit = False
                elif resp and c.scale is None and last.scale and last.scale != 1.0 and c.unit == last.unit:
                    c.value = _mul(c.value, last.scale)
                    if c.value_max is not None:
                        c.value_max = _mul(c.value_max, last.scale)
                    c.scale = last.scale
                elif c.unit is None and c.scale is not None and last.unit not in (None, "ratio"):
                    c.unit = last.unit
                    c.unit_explicit = False
        k = j + 1
    return cands


def find_quantities(text: str, lang: str, offset: int = 0) -> list[Quantity]:
    """Every quantity in one sentence, spans shifted by ``offset``; [] for an unknown language."""
    if not text or not isinstance(text, str):
        return []
    lex = _lexicon(lang)
    if lex is None:
        return []
    cands = _post(_Scanner(text, lex).run(), text, lex)
    out: list[Quantity] = []
    for c in cands:
        unit, explicit = c.unit, c.unit_explicit
        if unit is None:
            if c.scale is not None or c.grouped:
                unit, explicit = "count", False
            else:
                continue                     # a bare number: a year, a day, an age, a count of months
        out.append(Quantity(
            span=Span(offset + c.start, offset + c.end, text[c.start:c.end]),
            value=c.value,
            unit=unit,
            value_max=c.value_max,
            qualifier=c.qualifier,
            number_span=Span(offset + c.nstart, offset + c.nend, text[c.nstart:c.nend]),
            unit_explicit=explicit,
            index_form=c.index_form,
        ))
    return out
