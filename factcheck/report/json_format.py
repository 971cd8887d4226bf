"""JSON: the documented contract (README, 'JSON output')."""
from __future__ import annotations

import json
from typing import TextIO

from factcheck.model import Report


def write(report: Report, stream: TextIO) -> None:
    json.dump(report.to_json(), stream, ensure_ascii=False, indent=2)
    stream.write("\n")
