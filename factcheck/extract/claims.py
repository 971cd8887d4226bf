"""Assemble the mentions of one sentence into claims.

For every quantity the builder decides:
- metric: the closest metric word before it, or a closer one after it in its clause with no other number
  between; "1,6% ВВП" / "47% of Tajikistan's GDP" are shares of GDP, not GDP;
- entities: every country/grouping of the sentence, except in lists ("Узбекистана – $3,9 млрд",
  "Russia ... $9.6 billion, while Kazakhstan ... $3.4 billion") and "respectively" constructions, where each
  number gets its own country plus the shared ones; capitals count only where they stand for countries
  (coordinated with another place, or a direction);
- period: one right after the number ("$89.4 billion in 2023", "13.5 percent on Feb. 24"), else the
  closest before it, else after it; comparison bases never; "2027-2028 ... 6,8% и 6,9% соответственно"
  distributes the years; fiscal years follow the country's calendar (factcheck/data/fiscal_years.yaml);
- kind: target / forecast from cue words or a period after the publication date (a plan's starting level
  stays actual); change when a direction word governs a percentage or ratio, an amount introduced by
  "на"/"by", a "+", or "X less/more than"; rates (inflation, GDP growth) stay actual; a decline is negative
  (a falling ratio its reciprocal); index form (101,6 %) becomes the growth rate;
- change_basis: explicit (yoy, prior_period), else yoy for cumulative periods (January–N, years, none).

Grammar words (clause breaks, "на"/"by", "до"/"to", comparatives) come from the `claims` section of the
language file.
"""
from __future__ import annotations

import hashlib
import re
from dataclasses import replace
from datetime import date
from functools import lru_cache

from factcheck import lang as langdata
from factcheck import metrics as _registry
from factcheck.model import (
    Claim, Cue, MetricMention, Period, PeriodMention, PlaceMention, Quantity, Sentence, Span,
)

RATE_METRICS = {"inflation", "gdp_growth", "unemployment"}
GROWTH_OF = {"gdp": "gdp_growth"}            # a percent change of GDP is GDP growth, itself a rate
LEVEL_OF = {"gdp_growth": "gdp"}             # money attached to a growth word is the level
PERSON_METRICS = {"population", "unemployment"}


@lru_cache(maxsize=None)
def _grammar(lang: str) -> dict:
    g = dict(langdata.load(lang).get("claims") or {})
    return {
        "clause": re.compile(g.get("clause_break") or r";", re.I),
        "by": re.compile(r"(?:^|\W)(?:" + "|".join(map(re.escape, g.get("change_by", []) or ["\x00"])) + r")(?:\s+(?:"
                         + "|".join(map(re.escape, g.get("change_by_then", []) or ["\x00"])) + r"))?\W*$", re.I),
        "to": re.compile(r"(?:^|\W)(?:" + "|".join(map(re.escape, g.get("level_to", []) or ["\x00"])) + r")\W*$", re.I),
        "from": re.compile(r"(?:^|\W)(?:" + "|".join(map(re.escape, g.get("level_from", []) or ["\x00"])) + r")\W*$", re.I),
        "and": re.compile(r"^\s*(?:(?:" + "|".join(map(re.escape, g.get("coordination", []) or ["\x00"])) + r")\s*)?$", re.I),
        "after_down": re.compile(r"^\s+(?:" + "|".join(map(re.escape, g.get("after_down", []) or ["\x00"])) + r")\b", re.I),
        "after_up": re.compile(r"^\s+(?:" + "|".join(map(re.escape, g.get("after_up", []) or ["\x00"])) + r")\b", re.I),
        "not_period_of": {w.lower() for w in g.get("not_period_of", [])},
        # "… 11.2 percent to (a historic high of) US$59 billion": a change followed by the level it led to
        "to_level": re.compile(r"^\s*(?:" + "|".join(map(re.escape, g.get("level_to", []) or ["\x00"]))
                               + r")\b[^,;:()\d]{0,30}$", re.I),
        "comparatives": {w.lower() for w in g.get("after_down", []) + g.get("after_up", [])},
        "local_currency": g.get("local_currency", {}),
    }


def _overlaps(a: Span, b: Span) -> bool:
    return a.start < b.end and b.start < a.end


def _between(items, a: Span, b: Span) -> bool:
    lo, hi = min(a.end, b.end), max(a.start, b.start)
    return any(lo <= i.span.start and i.span.end <= hi for i in items)


def build(sentence: Sentence, *, quantities: list[Quantity], periods: list[PeriodMention],
          places: list[PlaceMention], metrics: list[MetricMention], cues: list[Cue],
          lang: str, published: date | None) -> list[Claim]:
    g = _grammar(lang)
    s0, text = sentence.start, sentence.text
    blocked = [p.span for p in periods]
    qs = [_no_full_stop(q, sentence) for q in quantities if not any(_overlaps(q.span, b) for b in blocked)]
    if not qs:
        return []
    claim_periods = [p for p in periods if not (p.note or "").startswith(("date", "basis"))]
    dates = [p for p in periods if (p.note or "").startswith("date") and p.period is not None]
    clauses = _clauses(text, s0, g["clause"])
    places = _places_that_count(places, text, s0, g)
    own_place = _own_places(qs, places, cues, text, s0, g)
    own_period = _respective_periods(qs, claim_periods, cues)
    listed = {c for codes in own_place.values() for c in codes}
    shared = [c for pl in places for c in pl.codes if c not in listed]
    all_codes = _unique(c for pl in places for c in pl.codes)

    out: list[Claim] = []
    for i, q in enumerate(qs):
        clause = _clause_of(q.span, clauses)
        metric = _metric_for(q, qs, metrics, clause)
        pm = own_period.get(i) or _period_for(q, qs, claim_periods, text, s0, g["not_period_of"] | g["comparatives"],
                                              dates, g["to_level"])
        period = pm.period if pm else None
        notes: list[str] = []
        if pm and pm.period is None and pm.note:
            notes.append(pm.note)
        if len(set(map(tuple, own_place.values()))) >= 2:
            entities = _unique(list(own_place.get(i, ())) + shared)
        else:
            entities = all_codes
        value, unit, value_max = q.value, q.unit, q.value_max
        m = metric.metric if metric else None
        before_text = _before(text, q.span.start - s0)
        after_text = text[q.span.end - s0:q.span.end - s0 + 12]
        by = bool(g["by"].search(before_text))
        index = q.index_form or _index_form(q, m, by)
        if index:
            value = round(value - 100, 10)
            value_max = round(value_max - 100, 10) if value_max is not None else None
        if unit == "count" and m in PERSON_METRICS:
            unit = "persons"
        if unit == "count" and not q.unit_explicit:
            # a currency carries over to a bare scaled neighbour; persons or tonnes only to the size of a
            # change of that quantity ("8,6 млн туристов, что на 1,2 млн больше")
            changes = by or bool(g["after_down"].match(after_text) or g["after_up"].match(after_text))
            unit = _unit_of_sentence(q, qs, any_unit=changes) or unit
        if unit == "count" and not m:
            if not q.unit_explicit:
                continue  # a bare scaled number with nothing to say what it counts
            m = _counted(q)  # "92 страны", "380 deals": the noun says what is counted
        in_clause = [c for c in cues if clause[0] <= c.span.start < clause[1]]
        kind, direction = _change(q, m, unit, index, in_clause, before_text, after_text, by,
                                  lambda: _share_of_gdp(q, qs, metrics, text, s0), g, cues)
        if kind == "change" and direction == "down":
            value, value_max = _decline(value, value_max, unit)
        if m in GROWTH_OF and unit == "percent" and (kind == "change" or index):
            m, kind = GROWTH_OF[m], "actual"
        if m in LEVEL_OF and unit not in ("percent", "percentage_point", "ratio"):
            m = LEVEL_OF[m]
        if m == "trade_balance" and value > 0 and unit not in ("percent", "percentage_point", "ratio") \
                and any(c.cue == "deficit" for c in in_clause):
            value = -value  # a trade deficit is a negative balance
        # 'госдолг ... 64,3% ВВП', 'a deficit of 3% of GDP': the registry's share-of-GDP metric (factcheck.metrics)
        if unit == "percent" and kind != "change" and _registry.share_of_gdp(m or "") \
                and _share_of_gdp(q, qs, metrics, text, s0):
            m = _registry.share_of_gdp(m)
            if value > 0 and _registry.get(m).signed and any(c.cue == "deficit" for c in in_clause):
                value = -value  # a deficit is a negative balance
        kind, period, note = _plan(q, qs, cues, clause, kind, period, published, before_text, text, s0, g)
        if note:
            notes.append(note)
        basis = None
        if kind == "change" or (m in ("inflation", "gdp_growth") and unit == "percent"):
            basis = _basis(in_clause or cues, period)
        if pm is not None and (pm.note or "").startswith("fiscal year") and period is not None:
            period = _fiscal(period, entities)
        unit = _local_currency(unit, entities, period, published, g["local_currency"])
        out.append(Claim(
            id="", sentence=text, span=q.span, value=value, value_max=value_max, unit=unit,
            metric=m or "other:unknown", entities=tuple(entities), period=period, kind=kind,
            change_basis=basis, qualifier=None if value_max is not None else q.qualifier, notes=tuple(notes),
        ))
    return out


def _before(text: str, pos: int, width: int = 12) -> str:
    """The words just before a position, never starting inside a word ("…Кыргызстана составил " must
    not look like "на составил ")."""
    start = max(0, pos - width)
    while 0 < start < pos and text[start - 1].isalnum():
        start += 1
    return text[start:pos]


def _no_full_stop(q: Quantity, sentence: Sentence) -> Quantity:
    """'$8,3 млрд.' at the end of a sentence: the point ends the sentence, not the abbreviation's span."""
    if q.span.text.endswith(".") and q.span.end == sentence.end:
        return replace(q, span=Span(q.span.start, q.span.end - 1, q.span.text[:-1]))
    return q


def _change(q: Quantity, m: str | None, unit: str, index: bool, in_clause: list[Cue], before_text: str,
            after_text: str, by: bool, share_of_gdp, g, cues: list[Cue] = ()) -> tuple[str, str | None]:
    """(kind 'change' or 'actual', direction up/down/None) of one number from the words around it.
    "…увеличился на 13%, а за первую половину 2025 года — на 14%": a number introduced by "на"/"by" in a
    clause with no direction word of its own takes the sentence's."""
    after_dir = "down" if g["after_down"].match(after_text) else "up" if g["after_up"].match(after_text) else None
    direction = after_dir or _direction(q, in_clause) or (_direction(q, list(cues)) if by else None)
    is_level = bool(g["to"].search(before_text)) or bool(g["from"].search(before_text))
    if unit == "percentage_point":
        return "change", direction
    if after_dir:
        return "change", direction  # "на 1,6% меньше, чем", "93 times higher than"
    if before_text.endswith("+") and unit != "ratio":
        return "change", "up"  # "(+12,5%)", "(+$2.8 billion)"
    if unit in ("percent", "ratio") and not index:
        if direction and not is_level and m not in RATE_METRICS and not share_of_gdp():
            return "change", direction
        return "actual", direction
    if direction and by:
        return "change", direction  # "сократился на $17 миллионов", "rose by 21,000"
    return "actual", direction


def _decline(value: float, value_max: float | None, unit: str) -> tuple[float, float | None]:
    """A decline is negative; a falling ratio is its reciprocal ("в 11 раз меньше" = 1/11; "halved" is 0.5)."""
    if unit == "ratio":
        if value > 1:
            return 1 / value, (1 / value_max if value_max else None)
        return value, value_max
    if value > 0:
        return -value, (-value_max if value_max is not None else None)
    return value, value_max


def _plan(q, qs, cues, clause, kind, period, published, before_text, text, s0, g):
    """Targets and forecasts: (kind, period, note). A plan's starting level ("reduced from 20.3% to 9.5%")
    is today's value with no period of its own; a period after the publication date makes a forecast."""
    target = _governs(q, cues, "target", clause)
    forecast = _governs(q, cues, "forecast", clause)
    starting_level = bool(g["from"].search(before_text)) and any(  # "down from 1.7%" alone is not one
        q.span.end < x.span.start < clause[1]
        and g["to"].search(_before(text, x.span.start - s0)) for x in qs)
    if starting_level and (target or forecast):
        if period is not None:
            return kind, None, "starting level of a target or forecast: its period is not stated"
        return kind, period, None
    if target:
        return "target", period, None
    if forecast or (kind == "actual" and _future(period, published)):
        return "forecast", period, None
    return kind, period, None


# ------------------------------------------------------------------ helpers

def _unique(codes) -> list[str]:
    out: list[str] = []
    for c in codes:
        if c not in out:
            out.append(c)
    return out


def _clauses(text: str, s0: int, pattern: re.Pattern) -> list[tuple[int, int]]:
    cuts = [s0] + [s0 + m.start() for m in pattern.finditer(text)] + [s0 + len(text)]
    return [(a, b) for a, b in zip(cuts, cuts[1:]) if b > a] or [(s0, s0 + len(text))]


def _clause_of(span: Span, clauses) -> tuple[int, int]:
    for a, b in clauses:
        if a <= span.start < b:
            return a, b
    return clauses[-1]


def _nearest(q: Quantity, mentions):
    """The mention closest before the quantity, else the closest after it."""
    before = [m for m in mentions if m.span.end <= q.span.start]
    if before:
        return max(before, key=lambda m: m.span.end)
    after = [m for m in mentions if m.span.start >= q.span.end]
    return min(after, key=lambda m: m.span.start) if after else None


_RIGHT_AFTER = re.compile(r"^\s*(?:[^\W\d]{1,6}\s+){0,2}$")


def _period_for(q: Quantity, qs: list[Quantity], periods: list[PeriodMention], text: str, s0: int,
                basis_words: set[str], dates: list[PeriodMention] = (), level_to: re.Pattern | None = None):
    """A period right after the number ("$89.4 billion in 2023", "3.2 percent in the fourth quarter",
    "13.5 percent on Feb. 24": a date right after a number is its month), or right after the level the
    change led to ("grew by 11.2 percent to US$59 billion in 2018"), else the closest before it, else the
    closest after it. "up 0.1 pp over the first half" compares."""
    right = _right_after(q, qs, periods, dates, text, s0, basis_words)
    if right is None and level_to is not None:
        nxt = [x for x in qs if x.span.start >= q.span.end]
        if nxt:
            x = min(nxt, key=lambda x: x.span.start)
            if level_to.match(text[q.span.end - s0:x.span.start - s0]):
                right = _right_after(x, qs, periods, dates, text, s0, basis_words)
    return right or _nearest(q, periods)


def _right_after(q, qs, periods, dates, text, s0, basis_words):
    after = [p for p in list(periods) + list(dates) if p.span.start >= q.span.end]
    if not after:
        return None
    p = min(after, key=lambda p: p.span.start)
    gap = text[q.span.end - s0:p.span.start - s0]
    if _RIGHT_AFTER.match(gap) and not _between(qs, q.span, p.span) \
            and not basis_words.intersection(gap.lower().split()):
        return replace(p, note=None) if p in dates else p
    return None


def _metric_for(q: Quantity, qs: list[Quantity], metrics: list[MetricMention], clause: tuple[int, int]):
    before = [m for m in metrics if m.span.end <= q.span.start]
    after = [m for m in metrics if q.span.end <= m.span.start < clause[1] and not _between(qs, q.span, m.span)
             and not _ratio_to(q, m)]
    b = max(before, key=lambda m: m.span.end) if before else None
    a = min(after, key=lambda m: m.span.start) if after else None
    if a and (b is None or a.span.start - q.span.end < q.span.start - b.span.end):
        return a
    if b:
        return b
    rest = [m for m in metrics if q.span.end <= m.span.start < clause[1] and not _ratio_to(q, m)]
    return min(rest, key=lambda m: m.span.start) if rest else None


#: a percentage in this range for these metrics is an index (101,6 % = +1,6 %) unless introduced by "на"/"by"
_INDEX_RANGE = {"gdp_growth": (80, 130), "industrial_output": (80, 130), "inflation": (95, 115)}


def _index_form(q: Quantity, metric: str | None, by: bool) -> bool:
    rng = _INDEX_RANGE.get(metric or "")
    return bool(rng) and q.unit == "percent" and not by and rng[0] <= q.value <= rng[1] and q.value != 100 \
        and (q.value_max is None or rng[0] <= q.value_max <= rng[1])


def _counted(q: Quantity) -> str:
    """'other:<noun>' for a count whose noun stands in its span ('1197 новых проектов' -> other:проект)."""
    words = re.findall(r"[^\W\d_]+", q.span.text)
    if not words:
        return "other:count"
    word = words[-1].lower()
    if any("а" <= ch <= "я" for ch in word):
        from factcheck.morph import lemma
        word = lemma(word)
    return f"other:{word}"


def _is_currency(unit: str) -> bool:
    return len(unit) == 3 and unit.isupper()


def _unit_of_sentence(q: Quantity, qs: list[Quantity], any_unit: bool = False) -> str | None:
    """'exports amounted to 2.5 billion, while imports to $1.6 billion', '8,6 млн туристов, что на 1,2 млн
    больше': a scaled bare number takes the unit (currency, persons, tonnes) its neighbour states."""
    if not any(ch.isalpha() for ch in q.span.text):  # only "2.5 billion", never "4,468"
        return None
    units = [x for x in qs if x is not q and x.unit_explicit
             and (_is_currency(x.unit) or any_unit and x.unit not in ("percent", "percentage_point", "ratio", "count"))]
    if not units:
        return None
    return min(units, key=lambda x: abs(x.span.start - q.span.start)).unit


def _ratio_to(q: Quantity, m: MetricMention) -> bool:
    """'1,6% ВВП', '40% of GDP': the metric word right after a percentage is its denominator."""
    return q.unit == "percent" and m.metric == "gdp" and 0 <= m.span.start - q.span.end <= 4


_SHARE_GAP = re.compile(r"^[^\d;:.]{0,30}$")


def _share_of_gdp(q: Quantity, qs: list[Quantity], metrics: list[MetricMention], text: str, s0: int) -> bool:
    """'47% of Tajikistan's GDP', '29% and 23% of GDP', '1,6% ВВП': a percentage followed closely by a
    GDP word (other percentages may stand between) is a share of GDP, not a change."""
    if q.unit != "percent":
        return False
    nxt = [m for m in metrics if m.metric == "gdp" and m.span.start >= q.span.end]
    if not nxt:
        return False
    m = min(nxt, key=lambda m: m.span.start)
    between = [x for x in qs if q.span.end <= x.span.start and x.span.end <= m.span.start]
    if any(x.unit != "percent" for x in between):
        return False
    last = max([q] + between, key=lambda x: x.span.end)
    return bool(_SHARE_GAP.match(text[last.span.end - s0:m.span.start - s0]))


def _places_that_count(places: list[PlaceMention], text: str, s0: int, g) -> list[PlaceMention]:
    """Capitals stand for their countries only when coordinated with another place or marking a direction."""
    out = []
    for i, pl in enumerate(places):
        if pl.how != "capital":
            out.append(pl)
            continue
        joined = False
        for j in (i - 1, i + 1):
            if 0 <= j < len(places):
                other = places[j]
                lo, hi = sorted((pl.span, other.span), key=lambda s: s.start)
                gap = text[lo.end - s0:hi.start - s0]
                if len(gap) <= 12 and g["and"].match(gap):
                    joined = True
        if joined or pl.role in ("from", "to"):
            out.append(pl)
    return out


def _own_places(qs, places, cues, text, s0, g) -> dict[int, tuple[str, ...]]:
    """Each quantity's own country in a list ("Таджикистан – $2,5 млрд") or a 'respectively' pairing."""
    own: dict[int, tuple[str, ...]] = {}
    resp = [c for c in cues if c.cue == "respectively"]
    if resp:
        for run_q, end in _runs_before(qs, resp, text, s0):
            run_p = _place_run_before(places, run_q[0][1].span.start, text, s0)
            if len(run_p) == len(run_q):
                for (i, _q), pl in zip(run_q, run_p):
                    own[i] = pl.codes
    for i, q in enumerate(qs):
        if i in own:
            continue
        before = [p for p in places if p.span.end <= q.span.start]
        if not before:
            continue
        p = max(before, key=lambda p: p.span.end)
        gap = text[p.span.end - s0:q.span.start - s0]
        if _LIST_GAP.match(gap):
            own[i] = p.codes
    for i, codes in _alternation(qs, places, text, s0, g).items():
        own.setdefault(i, codes)
    if len(set(own.values())) >= 2:
        # a list: the places standing between the previous number and this one belong to this one
        for i, q in enumerate(qs):
            if i in own:
                continue
            lo = qs[i - 1].span.end if i else s0
            mine = [c for p in places if lo <= p.span.start and p.span.end <= q.span.start for c in p.codes]
            if mine and not any(set(mine) & set(v) for v in own.values()):
                own[i] = tuple(_unique(mine))
    return own


def _alternation(qs, places, text, s0, g) -> dict[int, tuple[str, ...]]:
    """'Russia ranked second with $9.6 billion, while Kazakhstan came third with $3.4 billion',
    'с Украиной снизился на 57,5%, с Кыргызстаном – на 35,4%': places and numbers taking turns (at least
    twice) pair up. A place coordinated with the one before it ('между Кыргызстаном и Беларусью') starts
    no such run."""
    events = sorted([(p.span.start, "P", k) for k, p in enumerate(places)]
                    + [(q.span.start, "Q", k) for k, q in enumerate(qs)])
    out: dict[int, tuple[str, ...]] = {}
    n = 0
    while n < len(events) - 1:
        pairs = []
        m = n
        while m + 1 < len(events) and events[m][1] == "P" and events[m + 1][1] == "Q":
            if pairs:  # consecutive pairs are separated by punctuation ("$22.71 billion, Uzbekistan ...")
                prev_q = qs[pairs[-1][1]].span
                if not re.search(r"[,;:–—]", text[prev_q.end - s0:places[events[m][2]].span.start - s0]):
                    break
            pairs.append((events[m][2], events[m + 1][2]))
            m += 2
        if len(pairs) >= 2 and not _coordinated(events, n, places, text, s0, g):
            for pk, qk in pairs:
                out[qk] = places[pk].codes
        n = max(m, n + 1)
    return out


def _coordinated(events, n, places, text, s0, g) -> bool:
    if n == 0 or events[n - 1][1] != "P":
        return False
    a, b = places[events[n - 1][2]].span, places[events[n][2]].span
    return bool(g["and"].match(text[a.end - s0:b.start - s0]))


_LIST_GAP = re.compile(r"^\s{0,2}[–—:\-−]\s{0,2}$")


def _runs_before(qs, resp, text, s0):
    """Runs of quantities separated only by commas/'и'/'and' that end right before a 'respectively' cue."""
    for cue in resp:
        run = []
        for i in range(len(qs) - 1, -1, -1):
            q = qs[i]
            if q.span.end > cue.span.start:
                continue
            nxt = run[0][1].span.start if run else cue.span.start
            gap = text[q.span.end - s0:nxt - s0]
            if len(gap) > 12 or re.search(r"[;:.]", gap.strip()) and run:
                break
            run.insert(0, (i, q))
        if len(run) >= 2:
            yield run, cue.span.start


def _place_run_before(places, pos, text, s0):
    run = []
    for p in sorted((p for p in places if p.span.end <= pos), key=lambda p: -p.span.end):
        if run:
            gap = text[p.span.end - s0:run[0].span.start - s0]
            if len(gap) > 8:
                break
        run.insert(0, p)
    return run


def _respective_periods(qs, periods, cues) -> dict[int, PeriodMention]:
    """'в 2027-2028 годы — на 6,8% и 6,9% соответственно': one year per quantity."""
    out: dict[int, PeriodMention] = {}
    resp = [c for c in cues if c.cue == "respectively"]
    for cue in resp:
        before_q = [(i, q) for i, q in enumerate(qs) if q.span.end <= cue.span.start]
        before_p = [p for p in periods if p.span.end <= cue.span.start and p.period]
        if not before_p or len(before_q) < 2:
            continue
        p = max(before_p, key=lambda p: p.span.end)
        run = [(i, q) for i, q in before_q if q.span.start >= p.span.end]
        (y1, m1), (y2, m2) = p.period.start_ym, p.period.end_ym
        if m1 == 1 and m2 == 12 and y2 - y1 + 1 == len(run) >= 2:
            for k, (i, _q) in enumerate(run):
                out[i] = replace(p, period=Period.year(y1 + k))
    return out


def _direction(q: Quantity, cues: list[Cue]) -> str | None:
    dirs = [c for c in cues if c.cue in ("up", "down", "change")]
    if not dirs:
        return None
    c = min(dirs, key=lambda c: abs((c.span.start + c.span.end) / 2 - (q.span.start + q.span.end) / 2))
    return c.cue


def _governs(q: Quantity, cues: list[Cue], kind: str, clause) -> bool:
    """A target/forecast cue earlier in the sentence, or anywhere in the quantity's clause."""
    for c in cues:
        if c.cue != kind:
            continue
        if c.span.start < q.span.start or clause[0] <= c.span.start < clause[1]:
            return True
    return False


def _future(period: Period | None, published: date | None) -> bool:
    if not period or not published:
        return False
    return period.start_ym > (published.year, published.month)


def _basis(cues: list[Cue], period: Period | None) -> str | None:
    names = {c.cue for c in cues}
    if "prior_period" in names:
        return "prior_period"
    if "yoy" in names:
        return "yoy"
    if period is None or period.start.endswith("-01"):
        return "yoy"
    return None


@lru_cache(maxsize=1)
def _fiscal_starts() -> dict[str, int]:
    import yaml
    from importlib import resources

    text = (resources.files("factcheck") / "data" / "fiscal_years.yaml").read_text(encoding="utf-8")
    return {k: int(v) for k, v in (yaml.safe_load(text) or {}).get("start_month", {}).items()}


def _fiscal(period: Period, entities) -> Period:
    """A fiscal year of the one country the claim is about, on that country's fiscal calendar:
    UK '2014/15' -> 2014-04..2015-03; US 'FY2024' -> 2023-10..2024-09; calendar-year countries unchanged."""
    starts = {_fiscal_starts().get(e) for e in entities} - {None}
    if len(starts) != 1:
        return period
    m = starts.pop()
    y1, y2 = period.start_ym[0], period.end_ym[0]
    first = y1 if y2 > y1 else y1 - 1  # a single-year label names the fiscal year that ends in it
    return Period.months(first, m, first + 1, m - 1)


def _local_currency(unit: str, entities, period: Period | None, published: date | None, rules: dict) -> str:
    """'рублей' in a text about one country means that country's currency (Belarus: BYR before July 2016)."""
    rule = rules.get(unit) if rules else None
    if not rule or len(entities) != 1 or entities[0] not in rule:
        return unit
    r = rule[entities[0]]
    if isinstance(r, str):
        return r
    when = period.end if period else (published.isoformat()[:7] if published else None)
    for code, until in r.items():
        if until is None or (when is not None and when < until):
            return code
    return unit


# ------------------------------------------------------------------ merging repeats

def _key(c: Claim) -> tuple:
    return (c.value, c.value_max, c.unit, c.metric, tuple(sorted(c.entities)), c.period, c.kind, c.qualifier)


def merge_repeats(claims: list[Claim]) -> tuple[Claim, ...]:
    """The same claim stated twice (a headline and its body) is one claim with several occurrences."""
    merged: dict[tuple, Claim] = {}
    for c in claims:
        k = _key(c)
        if k in merged:
            first = merged[k]
            merged[k] = replace(first, occurrences=first.occurrences + (c.span,))
        else:
            merged[k] = replace(c, occurrences=(c.span,))
    out = []
    for n, c in enumerate(merged.values(), 1):
        digest = hashlib.sha1(repr(_key(c)).encode()).hexdigest()[:8]
        out.append(replace(c, id=f"c{n}-{digest}"))
    return tuple(out)
