"""The source protocol and the registry of sources found through the ``factcheck.sources`` entry points.

A source is a small class::

    class MySource:
        info = SourceInfo(id="mysource", name="...", licence="CC BY 4.0", network=True,
                          coverage=Coverage(metrics=("gdp",), frequencies=("A",)))

        def __init__(self, session=None): ...          # network sources get the shared HTTP session
        def can_answer(self, query: Query) -> bool: ...
        def fetch(self, query: Query) -> list[Observation]: ...   # raises SourceUnavailable

registered in the package's ``pyproject.toml``::

    [project.entry-points."factcheck.sources"]
    mysource = "mypackage.mysource:MySource"

Plugins are loaded loudly: one that fails to import is reported by name with the reason
(``factcheck sources``), never dropped in silence. Ids are matched exactly.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Protocol, runtime_checkable

from factcheck.model import Observation, Query, SourceInfo

GROUP = "factcheck.sources"


@runtime_checkable
class Source(Protocol):
    info: SourceInfo

    def can_answer(self, query: Query) -> bool: ...

    def fetch(self, query: Query) -> list[Observation]: ...


@dataclass
class Registry:
    classes: dict[str, type] = field(default_factory=dict)
    errors: dict[str, str] = field(default_factory=dict)   # entry-point name -> why it failed to load

    def ids(self) -> list[str]:
        return list(self.classes)

    def create(self, source_id: str, session=None):
        cls = self.classes[source_id]
        info = getattr(cls, "info", None)
        if info is not None and info.network:
            return cls(session=session)
        return cls()


def discover() -> Registry:
    """Load every ``factcheck.sources`` entry point; record, never hide, the ones that fail."""
    from importlib.metadata import entry_points

    reg = Registry()
    for ep in sorted(entry_points(group=GROUP), key=lambda e: e.name):
        try:
            cls = ep.load()
            info = getattr(cls, "info", None)
            if not isinstance(info, SourceInfo):
                raise TypeError("has no 'info' of type SourceInfo")
            if info.id != ep.name:
                raise ValueError(f"entry point name {ep.name!r} differs from info.id {info.id!r}")
            if ep.name in reg.classes:
                raise ValueError("a source with this id is already registered")
            reg.classes[ep.name] = cls
        except Exception as exc:  # a broken plugin must not stop the others; it is reported
            reg.errors[ep.name] = f"{type(exc).__name__}: {exc}".splitlines()[0]
    return reg
