"""Run the stages over input files: read -> extract -> verify. One failing file never stops the others."""
from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date

from factcheck.model import Document, Finding, Report
from factcheck.reader import DEFAULT_MAX_BYTES, InputError, detect_language, read

#: the most claims checked in one document; the rest are dropped with a 'truncated' finding
DEFAULT_MAX_CLAIMS = 1000


@dataclass(frozen=True)
class Options:
    lang: str | None = None            # overrides detection and front matter
    published: date | None = None      # overrides front matter
    offline: bool = True
    max_bytes: int = DEFAULT_MAX_BYTES
    verify: bool = True
    max_claims: int = DEFAULT_MAX_CLAIMS
    source_timeout: float | None = None  # seconds one live source may spend per run (None: http.Policy's)


def check_text(text: str, *, path: str = "<text>", lang: str | None = None,
               published: date | None = None, options: Options = Options(), sources=None) -> Document:
    """Extract and verify the claims of one text (the library entry point)."""
    from factcheck import lang as langdata
    from factcheck.extract import extract

    language = options.lang or lang or detect_language(text)
    if language is None:
        return Document(path=path, text=text, language=None, published=published)
    if language not in langdata.available():
        return Document(path=path, text=text, language=language, published=published,
                        error=f"{path}: language {language!r} is not supported (have: {', '.join(langdata.available())})")
    problems: list[str] = []
    claims = extract(text, language, published, problems)
    found = len(claims)
    if found > options.max_claims:
        claims = claims[:options.max_claims]
    doc = Document(path=path, text=text, language=language, published=published, claims=tuple(claims))
    if options.verify:
        from factcheck.verify import verify_document
        try:
            doc = verify_document(doc, sources, offline=options.offline)
        except Exception as exc:  # the claims stay, unchecked, and the failure is named
            problems.append(f"verification failed: internal error ({type(exc).__name__}: {exc})".splitlines()[0])
    if problems:  # a sentence a stage failed on is named, the rest of the document is still checked
        doc = replace(doc, findings=tuple(Finding("internal_error", p) for p in problems) + tuple(doc.findings))
    if found > options.max_claims:
        doc = replace(doc, findings=(Finding(
            "truncated", f"document truncated: {found} claims found, only the first {options.max_claims} "
                         f"were checked (see --max-claims)"),) + tuple(doc.findings))
    return doc


def check_file(path: str, options: Options = Options(), sources=None) -> Document:
    try:
        src = read(path, max_bytes=options.max_bytes)
    except InputError as exc:
        return Document(path=path, error=str(exc))
    published = options.published or src.published
    try:
        return check_text(src.text, path=src.path, lang=src.language, published=published,
                          options=options, sources=sources)
    except Exception as exc:  # a bug in a stage must not lose the other files; name it in one line
        return Document(path=src.path, error=f"{src.path}: internal error ({type(exc).__name__}: {exc})".splitlines()[0])


def run(paths: list[str], options: Options = Options(), sources=None) -> Report:
    if sources is None and options.verify:
        sources = default_sources(options)
    return Report(documents=tuple(check_file(p, options, sources) for p in paths))


def default_sources(options: Options) -> list:
    """The registered sources, made once per run (network ones only when online)."""
    from factcheck.verify import default_sources as make

    sources, errors = make(options.offline, policy=http_policy(options))
    return _Sources(sources, errors)


def http_policy(options: Options):
    """The HTTP policy of a run: the default one, with ``source_timeout`` as each source's budget."""
    if not options.source_timeout:
        return None
    from factcheck.http import Policy
    return Policy(budget=float(options.source_timeout))


class _Sources(list):
    """A list of sources that remembers why others could not be loaded."""

    def __init__(self, items, errors):
        super().__init__(items)
        self.errors = list(errors)

