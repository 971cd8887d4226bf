"""Each report format on hand-built reports (real claims, real reference figures): schema validity,
locations, severities, fingerprints, escaping, and that no document text leaks into JSON."""
import io
import json
from dataclasses import replace
from html.parser import HTMLParser
from pathlib import Path

import jsonschema
import pytest
from markdown_it import MarkdownIt

from factcheck import report
from factcheck.cli import exit_code
from factcheck.model import LABELS, Report
from factcheck.report import common
from factcheck.report.github import escape_data, escape_property
from report_fixtures import ROOT, full_report, onyx_document, sample_document, sample_report

SARIF_SCHEMA = json.loads((ROOT / "tests" / "schemas" / "sarif-schema-2.1.0.json").read_text(encoding="utf-8"))
REPORT_SCHEMA = json.loads((ROOT / "factcheck" / "schema" / "report.schema.json").read_text(encoding="utf-8"))


def render(rep: Report, fmt: str) -> str:
    buf = io.StringIO()
    report.write(rep, fmt, buf)
    return buf.getvalue()


def file_line(path: str, line: int) -> str:
    return (ROOT / path).read_text(encoding="utf-8").split("\n")[line - 1]


# ------------------------------------------------------------------------------------------ JSON

def test_json_validates_against_its_schema_and_keeps_the_claim_contract():
    data = json.loads(render(full_report(), "json"))
    jsonschema.Draft202012Validator(REPORT_SCHEMA).validate(data)
    docs = data["documents"]
    assert [d["path"] for d in docs][:2] == ["fixtures/articles/ctv-belarus-kyrgyzstan-2025-ru.txt",
                                             "fixtures/content-repo/content/news/2024-11-25-russia-armenia-trade-onyxmedia.md"]
    c = docs[0]["claims"][0]
    assert (c["value"], c["unit"], c["metric"], c["period"]) == (166000000, "USD", "trade_turnover",
                                                                 {"start": "2024-01", "end": "2024-11"})
    assert c["verdict"]["evidence"][1]["provenance"]["dataset"].startswith("NSC KG 4.03.00.18")
    assert data["summary"]["by_label"] == {"inaccurate": 2, "unverifiable": 1, "approximately_accurate": 1,
                                           "not_checkable": 1, "accurate": 1}
    assert data["summary"]["errors"] == 1


def test_json_schema_rejects_a_broken_report():
    data = json.loads(render(sample_report(), "json"))
    data["documents"][0]["claims"][0]["verdict"]["label"] = "mostly_true"
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.Draft202012Validator(REPORT_SCHEMA).validate(data)


def test_json_never_contains_the_document_text():
    out = render(sample_report(), "json")
    # text from the article that is in no claim's sentence
    assert "Адылбек Касымалиев" in sample_document().text
    assert "Адылбек Касымалиев" not in out
    assert '"text": "' + sample_document().text[:40] not in out


def test_json_locations_point_at_the_number_in_the_file():
    data = json.loads(render(full_report(), "json"))
    for d in data["documents"][:3]:
        for c in d["claims"]:
            loc = c["location"]
            assert file_line(d["path"], loc["line"])[loc["column"] - 1:].startswith(c["span"]["text"])


def test_locations_survive_dropping_the_text():
    doc = sample_document()
    stripped = replace(doc, text="", line_starts=common.line_starts(doc.text))
    assert [common.locate(stripped, c.span.start) for c in doc.claims] == \
           [common.locate(doc, c.span.start) for c in doc.claims]
    assert common.locate(replace(doc, text=""), 0) is None  # no text, no line table: no location


# ----------------------------------------------------------------------------------------- SARIF

def test_sarif_validates_against_the_official_schema():
    log = json.loads(render(full_report(), "sarif"))
    jsonschema.Draft7Validator(SARIF_SCHEMA).validate(log)
    assert log["version"] == "2.1.0"


def test_sarif_schema_is_strict_enough_to_catch_a_mistake():
    log = json.loads(render(full_report(), "sarif"))
    log["runs"][0]["results"][0]["level"] = "fatal"
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.Draft7Validator(SARIF_SCHEMA).validate(log)


def test_sarif_one_rule_per_label_levels_follow_the_verdict():
    run = json.loads(render(full_report(), "sarif"))["runs"][0]
    rule_ids = [r["id"] for r in run["tool"]["driver"]["rules"]]
    assert set(LABELS) <= set(rule_ids)
    by_label = {}
    for r in run["results"]:
        by_label.setdefault(r["ruleId"], set()).add(r["level"])
        assert rule_ids[r["ruleIndex"]] == r["ruleId"]
    assert by_label == {"inaccurate": {"error"}, "unverifiable": {"warning"}, "approximately_accurate": {"warning"},
                        "accurate": {"note"}, "not_checkable": {"note"}}


def test_sarif_regions_locate_each_claim_in_its_file():
    run = json.loads(render(full_report(), "sarif"))["runs"][0]
    assert run["columnKind"] == "unicodeCodePoints"
    for r in run["results"]:
        phys = r["locations"][0]["physicalLocation"]
        region = phys["region"]
        span = r["properties"]["claim"]["span"]["text"]
        line = file_line(phys["artifactLocation"]["uri"], region["startLine"])
        assert line[region["startColumn"] - 1:region["endColumn"] - 1] == span


def test_sarif_input_errors_become_notifications():
    inv = json.loads(render(full_report(), "sarif"))["runs"][0]["invocations"][0]
    assert inv["executionSuccessful"] is False
    assert inv["toolExecutionNotifications"][0]["message"]["text"].endswith("missing.md: no such file")


def test_sarif_fingerprints_ignore_line_numbers_but_tell_claims_apart():
    doc = onyx_document()
    shift = "Строка, добавленная выше.\n\n"  # an edit above the claims moves them down two lines
    moved = replace(doc, text=shift + doc.text, claims=tuple(
        replace(c, span=replace(c.span, start=c.span.start + len(shift), end=c.span.end + len(shift)))
        for c in doc.claims))

    def results(d):
        return json.loads(render(Report(documents=(d,)), "sarif"))["runs"][0]["results"]

    before, after = results(doc), results(moved)
    assert [r["locations"][0]["physicalLocation"]["region"]["startLine"] + 2 for r in before] == \
           [r["locations"][0]["physicalLocation"]["region"]["startLine"] for r in after]
    assert [r["partialFingerprints"] for r in before] == [r["partialFingerprints"] for r in after]
    fps = [r["partialFingerprints"]["factcheckClaim/v1"] for r in results(doc)]
    assert len(set(fps)) == len(fps) == 2
    other = results(replace(doc, path="other.md"))
    assert {r["partialFingerprints"]["factcheckClaim/v1"] for r in other}.isdisjoint(fps)


# ---------------------------------------------------------------------------------------- GitHub

def test_github_annotations_are_located_and_leveled():
    lines = render(full_report(), "github").splitlines()
    assert lines[0].startswith("::warning file=fixtures/articles/ctv-belarus-kyrgyzstan-2025-ru.txt,line=")
    levels = [ln.split(" ", 1)[0] for ln in lines]
    assert levels.count("::error") == 3  # two inaccurate claims and the unreadable file
    assert levels.count("::warning") == 2 and levels.count("::notice") == 2
    for ln in lines:
        assert "\n" not in ln and "\r" not in ln


def test_github_escaping_cannot_end_or_inject_a_command():
    assert escape_data("50%\r\n::error::x") == "50%25%0D%0A::error::x"
    assert escape_property("a:b,c%\n") == "a%3Ab%2Cc%25%0A"
    doc = sample_document()
    c = doc.claims[0]
    evil = replace(c.verdict, explanation="line one\n::error file=x::forged, 100%")
    out = render(Report(documents=(replace(doc, path="dir/a,b:c.md", claims=(replace(c, verdict=evil),)),)), "github")
    assert out.count("\n") == 1  # still one command
    assert "file=dir/a%2Cb%3Ac.md," in out
    assert "%0A::error file=x::forged, 100%25" in out


# ------------------------------------------------------------------------------------ ClaimReview

def test_claimreview_one_review_per_checked_claim_with_required_fields():
    data = json.loads(render(full_report(), "claimreview"))
    assert data["@context"] == "https://schema.org"
    reviews = data["@graph"]
    checked = [c for d in full_report().documents for c in d.claims if common.label(c) != "unchecked"]
    assert len(reviews) == len(checked) == 6
    for r in reviews:
        assert r["@type"] == "ClaimReview"
        for key in ("claimReviewed", "reviewRating", "itemReviewed", "author", "url"):
            assert r[key], key
        rating = r["reviewRating"]
        assert rating["worstRating"] <= rating["ratingValue"] <= rating["bestRating"] and rating["alternateName"]
        assert r["author"]["name"] == "factcheck"
    onyx = [r for r in reviews if r["url"].endswith("onyxmedia.md")]
    assert onyx[0]["itemReviewed"]["datePublished"] == "2024-11-25"
    assert onyx[0]["reviewRating"]["alternateName"] == "False" and onyx[0]["reviewRating"]["ratingValue"] == 1
    sample = [r for r in reviews if r["url"].endswith(".txt")]
    assert "datePublished" not in sample[0]["itemReviewed"]  # the article prints no date


# -------------------------------------------------------------------------------------- Markdown

class _Text(HTMLParser):
    def __init__(self):
        super().__init__()
        self.parts, self.tags = [], []

    def handle_starttag(self, tag, attrs):
        self.tags.append((tag, dict(attrs)))

    def handle_data(self, data):
        self.parts.append(data)


def html_of(md: str) -> tuple[str, _Text]:
    html = MarkdownIt("commonmark").enable("table").enable("strikethrough").render(md)
    p = _Text()
    p.feed(html)
    return html, p


def test_markdown_summary_sections_evidence_and_arithmetic():
    md = render(full_report(), "markdown")
    html, parsed = html_of(md)
    text = "".join(parsed.parts)
    assert "inaccurate | 2 |" in md.replace("\\_", "_")
    assert "8,3 миллиарда долларов" in text and "+10.2%" in text
    # the evidence table: value, period, reporter, source with link, vintage, licence
    assert "1,418,362,417 USD" in text and "2024-01..2024-06" in text and "CC BY 4.0" in text
    hrefs = [a["href"] for tag, a in parsed.tags if tag == "a"]
    assert hrefs and all(h.startswith(("https://stat.gov.kg/", "https://github.com/tavad/",
                                       "https://api.worldbank.org/")) for h in hrefs)
    assert "<script" not in html and "<img" not in html
    # the quoted sentence, number in bold
    assert "<b>166 миллионов долларов</b>" in html


def test_exit_code_thresholds_follow_label_order():
    rep = Report(documents=full_report().documents[:3])  # no unreadable input
    present = {common.label(c) for d in rep.documents for c in d.claims}
    for level in LABELS:
        expected = 1 if any(LABELS.index(lab) >= LABELS.index(level) for lab in present) else 0
        assert exit_code(rep, level, no_exit=False) == expected
    assert exit_code(rep, "accurate", no_exit=True) == 0
    assert exit_code(full_report(), "inaccurate", no_exit=True) == 2  # an input error always exits 2


def test_text_report_is_plain_and_complete_when_not_a_terminal():
    out = render(full_report(), "text")
    assert "\x1b[" not in out
    assert "166 миллионов долларов" in out and "inaccurate" in out
    assert "missing.md: no such file" in out
    assert out.rstrip().endswith("4 documents: 2 inaccurate, 1 unverifiable, 1 approximately_accurate, "
                                 "1 not_checkable, 1 accurate; 1 input errors")


def test_parse_formats():
    assert report.parse_formats("markdown,sarif") == ["markdown", "sarif"]
    assert report.parse_formats(["md", "json", "json"]) == ["markdown", "json"]
    with pytest.raises(ValueError, match="unknown format 'pdf'"):
        report.parse_formats("json,pdf")
    assert set(report.EXTENSIONS) == set(report.FORMATS)
    assert Path(report.EXTENSIONS["sarif"]).suffix == ".sarif"


# ------------------------------------------------------------- with the real verifier and snapshot

def test_every_format_accepts_the_real_verifiers_verdicts():
    """The fixture claims, verdicts removed, through factcheck.verify and the embedded snapshot."""
    from factcheck.verify import verify_document

    docs = []
    for d in full_report().documents:
        bare = replace(d, claims=tuple(replace(c, verdict=None) for c in d.claims))
        docs.append(verify_document(bare, None, offline=True))
    rep = Report(documents=tuple(docs))
    assert all(c.verdict is not None for d in rep.documents for c in d.claims)
    jsonschema.Draft202012Validator(REPORT_SCHEMA).validate(json.loads(render(rep, "json")))
    jsonschema.Draft7Validator(SARIF_SCHEMA).validate(json.loads(render(rep, "sarif")))
    html, parsed = html_of(render(rep, "markdown"))
    assert "<script" not in html and "None" not in "".join(parsed.parts)
    reviews = json.loads(render(rep, "claimreview"))["@graph"]
    assert len(reviews) == sum(len(d.claims) for d in rep.documents)
    assert render(rep, "text") and render(rep, "github")
