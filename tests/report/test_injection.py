"""Article text is untrusted: a report posted as a PR comment must show it literally.

The article below wraps a real sentence of the sample article (STV) in Markdown and HTML meant to
inject links, images, scripts, table breaks, code spans, headings, mentions and autolinks. The
Markdown report is rendered with a real CommonMark renderer (markdown-it-py, with GFM tables and
strikethrough) and the HTML must contain none of the injected markup, only the characters.
"""
import io
import re
from html.parser import HTMLParser

from markdown_it import MarkdownIt

from factcheck import report
from factcheck.model import Claim, Document, Observation, Period, Provenance, Report, Span, Verdict
from factcheck.report.markdown import ZWSP, esc

REAL = "За 11 месяцев 2024 года Минск и Бишкек наторговали на 166 миллионов долларов."
PAYLOADS = [
    "[нажмите](https://evil.example/phish) ![x](https://evil.example/p.png)",
    "<script>alert(1)</script> <img src=x onerror=alert(1)> <a href='https://evil.example'>a</a>",
    "| a | b |\n|---|---|\n| c | d |",
    "`code` ``x`` ~~strike~~ **bold** _em_ *em*",
    "# heading\n- list\n1. item\n> quote\n---",
    "<https://evil.example/auto> https://evil.example/bare www.evil.example user@evil.example",
    "@octocat #1 GH-2 &lt;b&gt; &amp; &#60;script&#62; \\*not escaped\\* {curly} $x$ :smile:",
]
ARTICLE = "\n".join(PAYLOADS[:3]) + "\n" + REAL + " " + " ".join(PAYLOADS[3:]) + "\n"


def injected_report() -> Report:
    start = ARTICLE.index("166 миллионов долларов")
    s0 = ARTICLE.index(PAYLOADS[0])
    sentence = ARTICLE[s0:]  # the whole hostile paragraph as the claim's sentence
    span_text = "166 миллионов долларов"
    evil = " ".join(PAYLOADS)
    verdict = Verdict(
        label="inaccurate", explanation="quoted: " + evil, rule=evil,
        evidence=(Observation("trade_turnover", 110136019.0, "USD", Period.year(2023), "KGZ", "BLR",
                              provenance=Provenance(source="plugin", dataset="table | with ` pipes <b>",
                                                    url="javascript:alert(1)", licence="[x](https://evil.example)")),),
        arithmetic=(evil,), context=(evil,), errors=(evil,),
    )
    claim = Claim(id="c1", sentence=sentence, span=Span(start, start + len(span_text), span_text), value=166e6,
                  unit="USD", metric="trade_turnover", entities=("BLR", "KGZ"),
                  period=Period.months(2024, 1, 2024, 11), notes=(evil,), verdict=verdict)
    docs = (Document(path="drafts/[x](https:evil)|`a`.md", text=ARTICLE, language="ru", claims=(claim,)),
            Document(path="drafts/<script>.md", error="drafts/<script>.md: no such file"))
    return Report(documents=docs)


class Collect(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.tags, self.text = [], []

    def handle_starttag(self, tag, attrs):
        self.tags.append(tag)

    def handle_data(self, data):
        self.text.append(data)


def render_html(md: str) -> tuple[str, Collect]:
    html = MarkdownIt("commonmark").enable("table").enable("strikethrough").render(md)
    c = Collect()
    c.feed(html)
    return html, c


def flat(s: str) -> str:
    return re.sub(r"\s+", " ", s.replace(ZWSP, "")).strip()


def test_rendered_report_has_no_injected_markup():
    buf = io.StringIO()
    report.write(injected_report(), "markdown", buf)
    html, c = render_html(buf.getvalue())
    for tag in ("a", "img", "script", "code", "del", "s", "em", "ol", "hr", "h4"):
        assert tag not in c.tags, tag
    assert c.tags.count("h1") == 1  # our title only
    assert c.tags.count("blockquote") == 1  # the quoted sentence, nothing nested from the article
    # our own structure is intact: two tables (summary, evidence) with the expected rows and cells
    assert c.tags.count("table") == 2
    assert c.tags.count("tr") == 1 + 6 + 1 + 1  # summary header + 6 labels, evidence header + 1 row
    assert c.tags.count("td") == 6 * 2 + 7
    # one heading per document and per claim, none from the article
    assert c.tags.count("h2") == 2 and c.tags.count("h3") == 1
    assert c.tags.count("strong") >= 3  # our labels ('Verdict:', ...) still render


def test_rendered_report_shows_the_article_characters_literally():
    buf = io.StringIO()
    report.write(injected_report(), "markdown", buf)
    _, c = render_html(buf.getvalue())
    text = flat("".join(c.text))
    for p in PAYLOADS:
        assert flat(p) in text, p
    assert flat(REAL) in text
    assert "drafts/[x](https:evil)|`a`.md" in text and "drafts/<script>.md: no such file" in text


def test_autolinks_mentions_and_references_are_broken_up():
    out = esc("see https://evil.example and www.evil.example, mail user@evil.example, ping @octocat, fixes #12")
    assert "https\\:" + ZWSP + "//" in out
    assert "www" + ZWSP + "\\." in out
    assert "@" + ZWSP + "octocat" in out and "@" + ZWSP + "evil" in out
    assert "\\#" + ZWSP + "12" in out
    assert "\n" not in esc("a\nb\r\nc\u2028d") and "\r" not in esc("a\rb")


def test_unsafe_evidence_url_is_not_linked():
    buf = io.StringIO()
    report.write(injected_report(), "markdown", buf)
    assert "javascript" not in buf.getvalue().replace("\\", "").lower().split("](")[-1]
    assert "](javascript" not in buf.getvalue()


def test_cli_markdown_report_of_a_hostile_article(tmp_path):
    """The whole pipeline: whatever the parser finds in a hostile article, the report stays inert."""
    import subprocess
    import sys

    name = "x](https:evil)<img src=x>|`t`.md"
    (tmp_path / name).write_text(ARTICLE, encoding="utf-8")
    proc = subprocess.run([sys.executable, "-m", "factcheck", "run", "--format", "markdown", "--no-exit", name],
                          cwd=tmp_path, capture_output=True, timeout=120)
    assert proc.returncode == 0, proc.stderr.decode()
    html, c = render_html(proc.stdout.decode("utf-8"))
    for tag in ("img", "script", "code", "del", "em", "ol", "hr", "h4"):
        assert tag not in c.tags, tag
    hrefs = [a for a in re.findall(r'<a href="([^"]*)"', html)]
    assert all(h.startswith("https://") and "evil" not in h for h in hrefs)  # only the sources' own links
    assert name in flat("".join(c.text))
