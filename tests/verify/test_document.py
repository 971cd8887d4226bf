"""verify_document end to end: default sources, lazy imports."""
import subprocess
import sys

from factcheck.model import Document
from tests.verify.helpers import claim, months


def test_import_is_light():
    code = ("import sys, factcheck.verify; "
            "print(','.join(m for m in ('pint','dateparser','pymorphy3','requests','rich') if m in sys.modules))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == ""


def test_default_sources_every_claim_gets_a_verdict():
    from factcheck.verify import verify_document
    s = "За 11 месяцев 2024 года Минск и Бишкек наторговали на 166 миллионов долларов."
    c = claim("a", s, "166 миллионов долларов", 166e6, "USD", "trade_turnover", ["BLR", "KGZ"], months(2024, 1, 11))
    doc = verify_document(Document("t", claims=(c,)), None, offline=True)
    assert doc.claims[0].verdict is not None
    assert doc.claims[0].verdict.label == "unverifiable"


def test_a_source_that_needs_a_period_is_asked_for_the_claims_years():
    """Comtrade answers only for given years: the verifier asks it for the claim's years (and the year
    before, for changes), while period-free sources are asked once for everything."""
    from factcheck.model import Coverage, Query, SourceInfo, SourceUnavailable
    from factcheck.verify import verify_document

    class NeedsYears:
        info = SourceInfo("needs-years", "test double", "n/a", network=False, coverage=Coverage(("trade_turnover",)))
        asked: list = []

        def can_answer(self, query: Query) -> bool:
            return query.period is not None

        def fetch(self, query: Query):
            self.asked.append(query)
            raise SourceUnavailable("no data in this test double")

    src = NeedsYears()
    s = "За 11 месяцев 2024 года Минск и Бишкек наторговали на 166 миллионов долларов."
    c = claim("a", s, "166 миллионов долларов", 166e6, "USD", "trade_turnover", ["BLR", "KGZ"], months(2024, 1, 11))
    doc = verify_document(Document("t", claims=(c,)), [src], offline=True)
    assert src.asked and all(q.period is not None and q.period.start == "2023-01" and q.period.end == "2024-12"
                             for q in src.asked)
    assert "source unavailable: needs-years: no data in this test double" in doc.claims[0].verdict.errors
