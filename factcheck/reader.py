"""Read input files into documents: decoding, front matter, HTML, language, publication date.

Every failure becomes a one-line ``InputError`` naming the file and what is wrong; the caller
records it on the document and goes on with the other files.
"""
from __future__ import annotations

import re
import sys
from dataclasses import dataclass
from datetime import date
from html.parser import HTMLParser
from pathlib import Path

#: the largest input we read (bytes); larger files are refused with a clear message
DEFAULT_MAX_BYTES = 10 * 1024 * 1024


class InputError(Exception):
    """Bad input: the message is one line saying what is wrong."""


@dataclass(frozen=True)
class Source:
    path: str
    text: str
    language: str | None
    published: date | None


_FRONT = re.compile(r"\A---[ \t]*\r?\n(.*?)\r?\n(?:---|\.\.\.)[ \t]*(?:\r?\n|\Z)", re.S)


def decode(data: bytes, name: str) -> str:
    """UTF-8 (with or without BOM); else the Cyrillic code pages Russian sites use (cp1251, KOI8-R)."""
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    if b"\x00" in data[:8192]:
        raise InputError(f"{name}: binary file (NUL bytes), not text")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    from charset_normalizer import from_bytes  # a requests dependency; imported only when needed

    best = from_bytes(data, cp_isolation=["cp1251", "koi8_r", "utf_8", "latin_1"]).best()
    if best is None or best.encoding not in ("cp1251", "koi8_r"):
        raise InputError(f"{name}: not valid UTF-8, cp1251 or KOI8-R text")
    text = str(best)
    if sum(ch.isprintable() or ch.isspace() for ch in text) < 0.95 * max(1, len(text)):
        raise InputError(f"{name}: not valid UTF-8, cp1251 or KOI8-R text")
    return text


class _Visible(HTMLParser):
    """Collect the visible text of an HTML page (no script, style, head or template content)."""
    HIDDEN = {"script", "style", "head", "template", "noscript", "svg"}
    BLOCK = {"p", "div", "br", "li", "h1", "h2", "h3", "h4", "h5", "h6", "tr", "section", "article",
             "header", "footer", "blockquote", "figcaption", "title", "ul", "ol", "table"}

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.hidden = 0
        self.meta: dict[str, str] = {}

    def handle_starttag(self, tag, attrs):
        if tag in self.HIDDEN:
            self.hidden += 1
        elif tag in self.BLOCK:
            self.parts.append("\n")
        if tag == "meta":
            a = dict(attrs)
            key = (a.get("property") or a.get("name") or "").lower()
            if key in ("article:published_time", "date", "pubdate", "publishdate") and a.get("content"):
                self.meta.setdefault("date", a["content"])
        if tag == "html":
            lang = dict(attrs).get("lang")
            if lang:
                self.meta.setdefault("lang", lang)

    def handle_endtag(self, tag):
        if tag in self.HIDDEN and self.hidden:
            self.hidden -= 1
        elif tag in self.BLOCK:
            self.parts.append("\n")

    def handle_data(self, data):
        if not self.hidden:
            self.parts.append(data)


def html_text(html: str) -> tuple[str, dict[str, str]]:
    p = _Visible()
    p.feed(html)
    p.close()
    text = "".join(p.parts)
    text = re.sub(r"[ \t\r\f\v]+", " ", text)
    text = re.sub(r" ?\n[\n ]*", "\n\n", text).strip()
    return text, p.meta


def front_matter(text: str) -> tuple[str, dict]:
    """Split YAML front matter from Markdown; the body keeps its offsets replaced by blanks.

    The front matter is replaced by spaces/newlines of the same length so that character offsets
    of claims stay offsets into the file as decoded.
    """
    m = _FRONT.match(text)
    if not m:
        return text, {}
    import yaml

    try:
        meta = yaml.safe_load(m.group(1)) or {}
    except yaml.YAMLError as exc:
        line = str(exc).splitlines()[0] if str(exc) else "invalid YAML"
        raise InputError(f"front matter is not valid YAML ({line})") from None
    if not isinstance(meta, dict):
        meta = {}
    blank = re.sub(r"[^\n]", " ", m.group(0))
    return blank + text[m.end():], meta


def parse_date(value) -> date | None:
    if value is None:
        return None
    if isinstance(value, date):
        return value if type(value) is date else value.date()
    m = re.match(r"\s*(\d{4})-(\d{2})-(\d{2})", str(value))
    if not m:
        return _written_date(str(value))
    try:
        return date(int(m[1]), int(m[2]), int(m[3]))
    except ValueError:
        return None


def _written_date(text: str) -> date | None:
    """A date written out in any language dateparser knows ('14 октября 2021', 'Tue, 10 Oct 2023 08:00:00
    GMT', '12 October 2023'), as front matter and HTML meta tags often give it. Day, month and year must all
    be written; relative dates ('вчера', '2 days ago') are refused: they would depend on today's date."""
    text = text.strip()
    if not text or len(text) > 64 or not re.search(r"\d{4}", text):
        return None
    import dateparser   # lazy: only for dates that are not ISO

    d = dateparser.parse(text, settings={"PARSERS": ["custom-formats", "absolute-time"],
                                         "REQUIRE_PARTS": ["day", "month", "year"], "DATE_ORDER": "DMY"})
    return d.date() if d else None


_CYR = re.compile(r"[А-Яа-яЁё]")
_LAT = re.compile(r"[A-Za-z]")


def detect_language(text: str, supported: tuple[str, ...] = ("ru", "en")) -> str | None:
    """Russian when Cyrillic letters outnumber Latin ones, else English (None for no letters)."""
    sample = text[:20000]
    cyr, lat = len(_CYR.findall(sample)), len(_LAT.findall(sample))
    if cyr == lat == 0:
        return None
    return "ru" if cyr >= lat else "en"


def read(path: str, *, max_bytes: int = DEFAULT_MAX_BYTES, stdin=None) -> Source:
    """Read one input ('-' is standard input) into text, language hint and publication date."""
    name = "<stdin>" if path == "-" else path
    if path == "-":
        data = (stdin or sys.stdin.buffer).read(max_bytes + 1)
    else:
        p = Path(path)
        if not p.exists():
            raise InputError(f"{name}: no such file")
        if p.is_dir():
            raise InputError(f"{name}: is a directory, not a file")
        try:
            size = p.stat().st_size
            if size > max_bytes:
                raise InputError(f"{name}: too large ({size:,} bytes; the limit is {max_bytes:,}; see --max-bytes)")
            data = p.read_bytes()
        except PermissionError:
            raise InputError(f"{name}: permission denied") from None
        except OSError as exc:
            raise InputError(f"{name}: cannot read ({exc.strerror or exc})") from None
    if len(data) > max_bytes:
        raise InputError(f"{name}: too large (over {max_bytes:,} bytes; see --max-bytes)")
    text = decode(data, name)
    meta: dict = {}
    suffix = Path(path).suffix.lower() if path != "-" else ""
    looks_html = suffix in (".html", ".htm") or (
        suffix == "" and re.match(r"\s*(<!doctype html|<html)", text[:200], re.I)
    )
    if looks_html:
        text, meta = html_text(text)
    else:
        try:
            text, meta = front_matter(text)
        except InputError as exc:
            raise InputError(f"{name}: {exc}") from None
    lang = meta.get("lang") or meta.get("language")
    lang = str(lang).split("-")[0].lower() if lang else None
    published = parse_date(meta.get("date") or meta.get("published"))
    return Source(path=name, text=text, language=lang, published=published)
