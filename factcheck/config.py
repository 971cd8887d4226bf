"""Project configuration: ``[tool.factcheck]`` in ``pyproject.toml`` or a ``.factcheck.toml``.

Searched from the current directory upwards; in each directory ``.factcheck.toml`` is tried first
(its keys at the top level, or under ``[tool.factcheck]``), then ``pyproject.toml`` (only when it has
a ``[tool.factcheck]`` table). The first one found is used; the command line wins over it.

Keys (``-`` or ``_`` alike)::

    fail-on  = "inaccurate"                  # lowest verdict that makes the exit code 1
    format   = ["markdown", "sarif"]         # or "markdown,sarif"
    output   = "reports"                     # a file, or a directory for several formats
    sources  = ["snapshot", "worldbank"]     # reference sources, in the order they are asked
    offline  = true
    lang     = "ru"
    include  = ["*.md", "*.markdown"]        # file-name globs used when walking directories
    exclude  = ["drafts/old/*"]
    jobs     = 2
    max-claims = 1000                        # most claims checked per document
    source-timeout = 120                     # seconds each live source may spend per run

An unknown key or a value of the wrong type is an error naming the file, never ignored in silence.
"""
from __future__ import annotations

from dataclasses import dataclass, fields
from pathlib import Path

from factcheck.model import LABELS

FILENAMES = (".factcheck.toml", "pyproject.toml")


class ConfigError(Exception):
    """A configuration file that cannot be used; the message names the file and the problem."""


@dataclass(frozen=True)
class Config:
    path: str | None = None
    fail_on: str | None = None
    formats: tuple[str, ...] | None = None
    output: str | None = None
    sources: tuple[str, ...] | None = None
    offline: bool | None = None
    lang: str | None = None
    include: tuple[str, ...] | None = None
    exclude: tuple[str, ...] | None = None
    jobs: int | None = None
    max_claims: int | None = None
    source_timeout: float | None = None


def _table(path: Path) -> dict | None:
    import tomllib

    try:
        with open(path, "rb") as fh:
            data = tomllib.load(fh)
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(f"{path}: not valid TOML ({exc})") from None
    except OSError as exc:
        raise ConfigError(f"{path}: cannot read ({exc.strerror or exc})") from None
    tool = data.get("tool", {}).get("factcheck") if isinstance(data.get("tool"), dict) else None
    if path.name == "pyproject.toml":
        return tool if isinstance(tool, dict) else None
    if isinstance(tool, dict):
        return tool
    return {k: v for k, v in data.items() if k != "tool"}


def find(start: Path | str | None = None) -> tuple[Path, dict] | None:
    """The nearest configuration file at or above ``start`` (default: the current directory)."""
    here = Path(start or Path.cwd()).resolve()
    for d in (here, *here.parents):
        for name in FILENAMES:
            p = d / name
            if p.is_file():
                table = _table(p)
                if table is not None:
                    return p, table
    return None


def _strings(path, key, value) -> tuple[str, ...]:
    if isinstance(value, str):
        value = [v.strip() for v in value.split(",") if v.strip()]
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise ConfigError(f"{path}: '{key}' must be a string or a list of strings")
    return tuple(value)


def parse(table: dict, path: str = "<config>") -> Config:
    known = {f.name for f in fields(Config)} - {"path", "formats"} | {"format", "formats"}
    values: dict = {"path": str(path)}
    for raw_key, value in table.items():
        key = str(raw_key).replace("-", "_")
        if key not in known:
            raise ConfigError(f"{path}: unknown key '{raw_key}' (have: fail-on, format, output, sources, "
                              "offline, lang, include, exclude, jobs, max-claims, source-timeout)")
        if key in ("format", "formats"):
            from factcheck.report import parse_formats
            try:
                values["formats"] = tuple(parse_formats(_strings(path, raw_key, value)))
            except ValueError as exc:
                raise ConfigError(f"{path}: {exc}") from None
        elif key == "fail_on":
            if value not in LABELS:
                raise ConfigError(f"{path}: 'fail-on' must be one of {', '.join(LABELS)}")
            values[key] = value
        elif key in ("sources", "include", "exclude"):
            values[key] = _strings(path, raw_key, value)
        elif key == "offline":
            if not isinstance(value, bool):
                raise ConfigError(f"{path}: 'offline' must be true or false")
            values[key] = value
        elif key in ("jobs", "max_claims"):
            if not isinstance(value, int) or isinstance(value, bool) or value < 1:
                raise ConfigError(f"{path}: '{raw_key}' must be a positive integer")
            values[key] = value
        elif key == "source_timeout":
            if not isinstance(value, (int, float)) or isinstance(value, bool) or not 0 < value < float("inf"):
                raise ConfigError(f"{path}: 'source-timeout' must be a positive number of seconds")
            values[key] = float(value)
        else:  # lang, output
            if not isinstance(value, str) or not value:
                raise ConfigError(f"{path}: '{raw_key}' must be a non-empty string")
            values[key] = value
    return Config(**values)


def discover(start: Path | str | None = None) -> Config:
    found = find(start)
    if found is None:
        return Config()
    path, table = found
    return parse(table, str(path))
