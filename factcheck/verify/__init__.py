"""Verification: claims + sources -> verdicts and in-article findings.

    from factcheck.verify import verify_document
    doc = verify_document(doc, sources=[MySource()])     # or sources=None: every registered source

Modules: :mod:`.tolerance` (which values match a printed figure), :mod:`.data` (asking sources,
January–N sums, nearest periods), :mod:`.mirror` (both countries' statistics), :mod:`.engine`
(one claim -> one Verdict), :mod:`.consistency` (findings inside one article), :mod:`.labels`
(ClaimReview ratings).  Importing this package imports nothing heavy; the work happens on call.
"""
from __future__ import annotations

from dataclasses import replace

from factcheck.model import Document


def default_sources(offline: bool = True, policy=None) -> tuple[list, list[str]]:
    """Instances of every registered source (network ones skipped when offline) and the load errors."""
    from factcheck.registry import discover

    reg = discover()
    errors = [f"source unavailable: {name}: {why}" for name, why in reg.errors.items()]
    sources = []
    session = None  # one HTTP session (and cache) shared by every live source, made only when needed
    for sid, cls in reg.classes.items():
        info = getattr(cls, "info", None)
        if offline and info is not None and info.network:
            continue
        try:
            if info is not None and info.network and session is None:
                from factcheck import http
                session = http.session(offline=offline, policy=policy)
            sources.append(reg.create(sid, session=session))
        except Exception as exc:  # a source that cannot start is named, the run goes on
            errors.append(f"source unavailable: {sid}: {type(exc).__name__}: {exc}".splitlines()[0])
    return sources, errors


def verify_document(doc: Document, sources: list | None = None, *, offline: bool = True) -> Document:
    """Return ``doc`` with a Verdict on every claim and the in-article Findings."""
    from factcheck.verify.consistency import find
    from factcheck.verify.data import Fetcher
    from factcheck.verify.engine import verify_claim

    if doc.error:
        return doc
    if sources is None:
        sources, errors = default_sources(offline)
    else:
        errors = list(getattr(sources, "errors", ()))  # load errors of a run's shared source list
        if offline:
            sources = [s for s in sources if not getattr(getattr(s, "info", None), "network", False)]
    fetcher = Fetcher(list(sources), errors, published=doc.published)
    claims = []
    for c in doc.claims:
        fetcher.focus = c.period
        try:
            v = verify_claim(c, fetcher, doc.published)
        except Exception as exc:  # one bad claim must not lose the others; name it in one line
            from factcheck.model import Verdict
            v = Verdict("unverifiable", "Unverifiable: internal error while checking this claim.",
                        rule="error", errors=(f"{type(exc).__name__}: {exc}".splitlines()[0],))
        claims.append(replace(c, verdict=replace(v, errors=tuple(dict.fromkeys(v.errors)))))
    claims = tuple(claims)
    return replace(doc, claims=claims, findings=tuple(doc.findings) + find(claims))


__all__ = ["verify_document", "default_sources"]
