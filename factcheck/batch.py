"""Check many files: expand paths, directories and globs; run in parallel; stream the results.

``expand`` turns the command line's arguments into a list of files (directories are walked
recursively for ``*.md``, ``*.markdown``, ``*.txt``, ``*.html`` by default). ``run`` checks them one
by one or in ``jobs`` worker processes and yields each document as soon as it is done, in input
order, with its text dropped (only the table of line starts is kept, for line/column locations), so
memory stays flat however many files there are. A file that fails becomes a document with an
``error``; it never stops the others.
"""
from __future__ import annotations

import fnmatch
import glob
import os
import sys
from dataclasses import replace
from typing import Callable, Iterable, Iterator

from factcheck.model import Document

DEFAULT_INCLUDE: tuple[str, ...] = ("*.md", "*.markdown", "*.txt", "*.html")
_GLOB_CHARS = frozenset("*?[")


def display_path(path: str, cwd: str | None = None) -> str:
    """A path as reports show it: relative to the current directory when it lies inside it."""
    if path == "-" or not os.path.isabs(path):
        return path
    cwd = cwd or os.getcwd()
    try:
        rel = os.path.relpath(path, cwd)
    except ValueError:  # another drive (Windows)
        return path
    return path if rel.startswith("..") else rel


def _matches(rel: str, patterns: Iterable[str]) -> bool:
    rel = rel.replace(os.sep, "/")
    name = rel.rsplit("/", 1)[-1]
    return any(fnmatch.fnmatchcase(rel, p) or fnmatch.fnmatchcase(name, p) for p in patterns)


def _walk(root: str, include, exclude) -> list[str]:
    found = []
    for dirpath, dirnames, filenames in os.walk(root):
        rel_dir = os.path.relpath(dirpath, root)
        dirnames[:] = sorted(d for d in dirnames if not d.startswith(".")
                             and not _matches(os.path.normpath(os.path.join(rel_dir, d)), exclude))
        for f in sorted(filenames):
            rel = os.path.normpath(os.path.join(rel_dir, f))
            if _matches(rel, include) and not _matches(rel, exclude):
                found.append(os.path.join(dirpath, f))
    return found


def expand(args: Iterable[str], include: Iterable[str] | None = None,
           exclude: Iterable[str] | None = None) -> list[str]:
    """Files to check, in order, without duplicates. Missing paths stay in (they become errors)."""
    include = tuple(include or DEFAULT_INCLUDE)
    exclude = tuple(exclude or ())
    out: list[str] = []
    seen: set[str] = set()

    def add(p: str) -> None:
        key = os.path.normpath(p) if p != "-" else p
        if key not in seen:
            seen.add(key)
            out.append(p)

    for arg in args:
        if arg == "-":
            add(arg)
        elif os.path.isdir(arg):
            for p in _walk(arg, include, exclude):
                add(p)
        elif not os.path.exists(arg) and _GLOB_CHARS & set(arg):
            hits = sorted(h for h in glob.glob(arg, recursive=True) if os.path.isfile(h))
            hits = [h for h in hits if not _matches(h, exclude)]
            if hits:
                for p in hits:
                    add(p)
            else:
                add(arg)  # reported as 'no such file' by the reader
        else:
            add(arg)
    return out


# ------------------------------------------------------------------------------------- checking

_WORKER: dict = {}


def _init(options, source_ids) -> None:
    _WORKER.clear()
    _WORKER["options"] = options
    _WORKER["source_ids"] = source_ids


def make_sources(source_ids, options):
    """Source instances, made once per process: the given ids in order, or (None) every registered
    source as the pipeline makes them (a list that carries the load errors to the verdicts)."""
    from factcheck import pipeline

    if source_ids is None:
        return pipeline.default_sources(options) if options.verify else None
    from factcheck import registry

    reg = registry.discover()
    made, session = [], None
    for sid in source_ids:
        info = getattr(reg.classes[sid], "info", None)
        if info is not None and info.network and session is None:
            from factcheck import http
            session = http.session(offline=options.offline, policy=pipeline.http_policy(options))
        made.append(reg.create(sid, session=session))
    return made


def check_one(path: str) -> Document:
    """Check one file in this process; the text is dropped, the line table kept."""
    from factcheck import pipeline
    from factcheck.report.common import line_starts

    options = _WORKER.get("options") or pipeline.Options()
    if not _WORKER.get("sources_made"):
        _WORKER["sources_made"] = True
        try:
            _WORKER["sources"] = make_sources(_WORKER.get("source_ids"), options)
        except Exception as exc:  # a source that cannot start: every file says so, nothing crashes
            _WORKER["sources_error"] = f"a source could not start ({type(exc).__name__}: {exc})".splitlines()[0]
    if _WORKER.get("sources_error"):
        return Document(path=path, error=f"{path}: {_WORKER['sources_error']}")
    try:
        doc = pipeline.check_file(path, options, _WORKER.get("sources"))
    except Exception as exc:  # a bug in a stage must not lose the other files
        doc = Document(path=path, error=f"{path}: internal error ({type(exc).__name__}: {exc})".splitlines()[0])
    return replace(doc, text="", line_starts=line_starts(doc.text) if doc.text else ())


def run(paths: list[str], options=None, source_ids=None, jobs: int = 1,
        progress: Callable[[Document], None] | None = None) -> Iterator[Document]:
    """Yield one document per path, in order, as each is done."""
    if jobs <= 1 or len(paths) <= 1 or "-" in paths:
        _init(options, source_ids)
        for p in paths:
            doc = check_one(p)
            if progress:
                progress(doc)
            yield doc
        return
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor

    fork = sys.platform.startswith("linux")
    rest = paths
    if fork:
        # check the first file here: the lazy imports, dictionaries and sources it loads are then
        # inherited by the forked workers instead of being loaded again in each of them
        _init(options, source_ids)
        doc = check_one(paths[0])
        if progress:
            progress(doc)
        yield doc
        rest = paths[1:]
    ctx = multiprocessing.get_context("fork" if fork else "spawn")
    # each worker makes its own sources (an open database must not be shared across a fork)
    with ProcessPoolExecutor(max_workers=jobs, mp_context=ctx, initializer=_init,
                             initargs=(options, source_ids)) as pool:
        # map() submits every path at once (paths are small) and yields results in order
        for doc in pool.map(check_one, rest, chunksize=max(1, min(16, len(rest) // (jobs * 8) or 1))):
            if progress:
                progress(doc)
            yield doc


class Spool:
    """The documents of a run, in order, re-iterable; past ``threshold`` documents they live in a
    temporary file (pickled one by one) instead of memory, so a report over any number of files is
    written with one document in memory at a time. Use as a context manager (removes the file)."""

    def __init__(self, threshold: int = 100) -> None:
        self.threshold = threshold
        self._docs: list[Document] = []
        self._path: str | None = None
        self._fh = None
        self._n = 0

    def append(self, doc: Document) -> None:
        import pickle

        if self._fh is None and len(self._docs) >= self.threshold:
            import tempfile

            fd, self._path = tempfile.mkstemp(prefix="factcheck-", suffix=".spool")
            self._fh = os.fdopen(fd, "wb")
            for d in self._docs:
                pickle.dump(d, self._fh, protocol=pickle.HIGHEST_PROTOCOL)
            self._docs = []
        if self._fh is not None:
            pickle.dump(doc, self._fh, protocol=pickle.HIGHEST_PROTOCOL)
        else:
            self._docs.append(doc)
        self._n += 1

    def __len__(self) -> int:
        return self._n

    def __iter__(self) -> Iterator[Document]:
        if self._fh is None:
            yield from list(self._docs)
            return
        import pickle

        self._fh.flush()
        with open(self._path, "rb") as fh:
            for _ in range(self._n):
                yield pickle.load(fh)

    def close(self) -> None:
        if self._fh is not None:
            self._fh.close()
            self._fh = None
            try:
                os.unlink(self._path)
            except OSError:
                pass
        self._docs = []

    def __enter__(self) -> "Spool":
        return self

    def __exit__(self, *exc) -> None:
        self.close()


def want_progress(stream=None) -> bool:
    """A progress bar only for a person: stderr is a terminal and we are not in CI."""
    stream = stream or sys.stderr
    return bool(getattr(stream, "isatty", lambda: False)()) and not os.environ.get("CI")


class Progress:
    """A rich progress bar on stderr (rich is imported only when one is shown)."""

    def __init__(self, total: int) -> None:
        from rich.console import Console
        from rich.progress import BarColumn, MofNCompleteColumn, Progress as RichProgress, TextColumn, \
            TimeRemainingColumn

        self._p = RichProgress(TextColumn("checking"), BarColumn(), MofNCompleteColumn(), TimeRemainingColumn(),
                               console=Console(stderr=True), transient=True)
        self._task = self._p.add_task("check", total=total)

    def __enter__(self):
        self._p.__enter__()
        return self

    def __exit__(self, *exc):
        return self._p.__exit__(*exc)

    def __call__(self, doc: Document) -> None:
        self._p.advance(self._task)
