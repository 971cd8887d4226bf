"""Mirror statistics: the same bilateral flow as recorded by each of the two countries.

A's exports to B are also B's imports from A; the turnover between A and B is reported by both.
The two figures rarely agree.  Usual causes (UN Comtrade / IMF IMTS notes on bilateral asymmetries):
imports are valued CIF and exports FOB; shipments cross the border in one year and are recorded in
the next; goods are re-exported through a third country or attributed to their country of origin;
and inside a customs union with no customs border (the EAEU) part of the trade goes unrecorded and
is estimated from surveys and tax returns.

``TYPICAL_MIRROR_GAP`` is the gap beyond which a difference is no longer "the usual": in this
region partners' figures differ by 5–35 % (cross-checks in the project's data manifest: KAZ→UZB
2023 −2 %, RUS→KAZ 2021 −5 %, RUS→KGZ 2021 −11 %, KAZ→KGZ 2023 −25 %; ARM→KGZ 2023 is a far
outlier at −83 %).
"""
from __future__ import annotations

from dataclasses import dataclass

#: mirror gaps up to this share of the larger figure count as usual (see the module docstring)
TYPICAL_MIRROR_GAP = 0.35


#: codes of country groups and aggregates: they are partners, never reporters with mirror statistics
GROUPINGS = frozenset({"EAEU", "EU", "EU27", "EMU", "EA", "EA20", "CIS", "WLD", "G20", "G7", "SCO", "BRICS", "ASEAN",
                       "OECD", "ECS", "CAS"})

EAEU = frozenset({"ARM", "BLR", "KAZ", "KGZ", "RUS"})


@dataclass(frozen=True)
class View:
    """One way to read a claim from the data: whose statistics, which flow."""
    reporter: str
    partner: str | None
    metric: str
    label: str          # for explanations: "Kyrgyzstan-reported (KGZ) exports to BLR"
    mirror: bool = False


def views(metric: str, entities: tuple[str, ...]) -> list[View]:
    """The reporter/partner/flow combinations that answer a claim about ``metric`` between ``entities``."""
    from factcheck.verify.data import TRADE

    ents = tuple(dict.fromkeys(e for e in entities if e))
    if not ents:
        return []
    if ents[0] in GROUPINGS and len(ents) > 1 and ents[1] not in GROUPINGS:
        ents = (ents[1], ents[0]) + ents[2:]      # a country reports its trade with a grouping, not the reverse
    a = ents[0]
    if metric in TRADE:
        if len(ents) == 1:
            # partner None: the reporter's total with all partners (the snapshot's convention)
            return [View(a, None, metric, f"{a}-reported total {metric.replace('_', ' ')}")]
        b = ents[1]
        if b in GROUPINGS:   # a grouping publishes no mirror figure: only the country's own statistics
            return [View(a, b, metric, f"{a}-reported {metric.replace('_', ' ')} with {b}")]
        if metric == "trade_turnover":
            return [View(a, b, metric, f"{a}-reported turnover with {b}"),
                    View(b, a, metric, f"{b}-reported turnover with {a}", mirror=True)]
        if metric == "exports":
            return [View(a, b, "exports", f"{a}-reported exports to {b}"),
                    View(b, a, "imports", f"{b}-reported imports from {a} (mirror)", mirror=True)]
        if metric == "imports":
            return [View(a, b, "imports", f"{a}-reported imports from {b}"),
                    View(b, a, "exports", f"{b}-reported exports to {a} (mirror)", mirror=True)]
        return [View(a, b, metric, f"{a}-reported {metric.replace('_', ' ')} with {b}")]
    if len(ents) >= 2 and metric == "remittances":
        return [View(a, ents[1], metric, f"{a}'s remittances from {ents[1]}")]
    from factcheck import metrics
    return [View(a, None, metric, f"{a} {metrics.label(metric)}")]


def causes(reporters: tuple[str, ...]) -> str:
    """The usual reasons two countries' figures for the same trade differ, for an explanation."""
    text = "CIF vs FOB valuation, timing, re-exports and country-of-origin attribution"
    if len(set(reporters) & EAEU) >= 2:
        text += ", and trade left unrecorded inside the EAEU customs union"
    return text


def gap(a: float, b: float) -> float:
    """Relative gap between two figures, as a share of the larger one."""
    big = max(abs(a), abs(b))
    return abs(a - b) / big if big else 0.0
