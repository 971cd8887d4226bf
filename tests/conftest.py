from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
FIXTURES = ROOT / "fixtures"
SAMPLE = FIXTURES / "articles" / "ctv-belarus-kyrgyzstan-2025-ru.txt"
