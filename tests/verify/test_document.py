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
