"""GitHub Actions workflow commands: one annotation per claim (``::error file=..,line=..,col=..::msg``).

Levels follow the verdict like SARIF (error, warning, notice). Values are escaped as the runner
expects: in the message '%', CR and LF become %25, %0D, %0A; in properties also ':' and ','
(%3A, %2C), so article text can never end the command early or start a new one.
"""
from __future__ import annotations

from typing import TextIO

from factcheck.model import Report
from factcheck.report import common

_LEVEL = {"error": "error", "warning": "warning", "note": "notice"}


def escape_data(s: str) -> str:
    return s.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def escape_property(s: str) -> str:
    return escape_data(s).replace(":", "%3A").replace(",", "%2C")


def _command(level: str, props: dict, message: str) -> str:
    p = ",".join(f"{k}={escape_property(str(v))}" for k, v in props.items())
    return f"::{level} {p}::{escape_data(message)}\n" if p else f"::{level}::{escape_data(message)}\n"


def write(report: Report, stream: TextIO) -> None:
    for doc in report.documents:
        if doc.error:
            stream.write(_command("error", {"file": doc.path, "title": "factcheck: input error"}, doc.error))
            continue
        starts = common.starts_of(doc)
        for c in doc.claims:
            lab = common.label(c)
            props: dict = {"file": doc.path}
            a = common.locate(doc, c.span.start, starts)
            b = common.locate(doc, c.span.end, starts)
            if a and b:
                props.update(line=a[0], col=a[1])
                if a[0] == b[0]:
                    props.update(endColumn=b[1])
            props["title"] = f"factcheck: {lab.replace('_', ' ')}"
            msg = f"\"{c.span.text}\" ({common.claim_facts(c)})"
            if c.verdict and c.verdict.explanation:
                msg += "\n" + c.verdict.explanation
            stream.write(_command(_LEVEL[common.LEVELS.get(lab, "note")], props, msg))
        for f in doc.findings:
            stream.write(_command("warning", {"file": doc.path, "title": f"factcheck: {f.kind}"}, f.message))
