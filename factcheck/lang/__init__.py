"""Per-language knowledge, loaded from data files: ``factcheck/lang/<code>.yaml``.

A language is one YAML file whose top-level keys are sections (``numbers``, ``currencies``,
``qualifiers``, ``months``, ``periods``, ``places``, ``metrics``, ``cues``, ``sentences``). Inside a
section, keys are language-neutral concept ids (``USD``, ``scale.1e6``, ``month.02``,
``metric.trade_turnover``, ``country.KGZ``) and values are the surface forms of this language. The
header comment of each file states the grammar. Adding a language is adding a file (and its tests);
no code changes.
"""
from __future__ import annotations

from functools import lru_cache
from importlib import resources

SUPPORTED = ("ru", "en")


def available() -> tuple[str, ...]:
    """Every language that has a data file."""
    files = resources.files(__package__)
    return tuple(sorted(p.name[:-5] for p in files.iterdir() if p.name.endswith(".yaml")))


@lru_cache(maxsize=None)
def load(code: str) -> dict:
    """The parsed data file of one language (cached). Raises KeyError for an unknown language."""
    import yaml

    f = resources.files(__package__) / f"{code}.yaml"
    if not f.is_file():
        raise KeyError(f"no language data for {code!r} (have: {', '.join(available())})")
    data = yaml.safe_load(f.read_text(encoding="utf-8")) or {}
    data.setdefault("language", code)
    return data
