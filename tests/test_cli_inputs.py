"""Bad input: one-line errors, documented exit codes, and the other files still processed."""
import json
import subprocess
import sys

from conftest import SAMPLE


def factcheck(*args, input=None):
    return subprocess.run([sys.executable, "-m", "factcheck", *args], capture_output=True,
                          input=input, timeout=120)


def test_missing_file_does_not_stop_the_batch(tmp_path):
    # a directory is walked for articles (factcheck/batch.py); an empty one adds no document
    proc = factcheck("run", "--format", "json", str(tmp_path / "nope.txt"), str(tmp_path), str(SAMPLE))
    assert proc.returncode == 2
    err = proc.stderr.decode().strip().splitlines()
    assert any("nope.txt: no such file" in line for line in err)
    assert "Traceback" not in proc.stderr.decode()
    docs = json.loads(proc.stdout)["documents"]
    assert [d.get("error") is None for d in docs] == [False, True]
    assert docs[1]["language"] == "ru"


def test_empty_file_is_a_clean_empty_result(tmp_path):
    f = tmp_path / "empty.md"
    f.write_bytes(b"")
    proc = factcheck("run", "--format", "json", str(f))
    assert proc.returncode == 0
    assert json.loads(proc.stdout)["documents"][0]["claims"] == []


def test_binary_and_invalid_utf8(tmp_path):
    b = tmp_path / "photo.jpg"
    b.write_bytes(b"\xff\xd8\xff\xe0\x00\x10JFIF\x00" + bytes(range(256)) * 4)
    bad = tmp_path / "bad.txt"
    bad.write_bytes(b"\x80\x81\xfe\xff" * 50)
    proc = factcheck("run", "--format", "json", str(b), str(bad))
    assert proc.returncode == 2
    err = proc.stderr.decode()
    assert "photo.jpg: binary file" in err
    assert "bad.txt: not valid UTF-8" in err
    assert "Traceback" not in err


def test_cp1251_and_koi8r_are_decoded(tmp_path):
    text = "Товарооборот между Россией и Белоруссией вырос."
    for enc in ("cp1251", "koi8_r"):
        f = tmp_path / f"{enc}.txt"
        f.write_bytes(text.encode(enc))
        proc = factcheck("run", "--format", "json", str(f))
        assert proc.returncode == 0, proc.stderr
        assert json.loads(proc.stdout)["documents"][0]["language"] == "ru"


def test_too_large_file(tmp_path):
    f = tmp_path / "huge.txt"
    with open(f, "wb") as fh:
        fh.truncate(50 * 1024 * 1024)  # sparse: 50 MB without writing them
    proc = factcheck("run", "--format", "json", str(f), str(SAMPLE))
    assert proc.returncode == 2
    assert "huge.txt: too large" in proc.stderr.decode()
    docs = json.loads(proc.stdout)["documents"]
    assert "error" in docs[0] and "error" not in docs[1]


def test_bad_published_date_is_a_usage_error():
    proc = factcheck("run", "--published", "yesterday", str(SAMPLE))
    assert proc.returncode == 2
    assert "YYYY-MM-DD" in proc.stderr.decode()


def test_a_sentence_a_stage_fails_on_is_reported_and_the_rest_is_checked(monkeypatch):
    """A bug in one stage on one sentence loses that sentence only, named as a finding."""
    from factcheck import pipeline
    from factcheck.extract import numbers

    real = numbers.find_quantities

    def flaky(text, lang, offset=0):
        if "полумиллиарда" in text:
            raise RuntimeError("simulated stage failure")
        return real(text, lang, offset)

    monkeypatch.setattr(numbers, "find_quantities", flaky)
    doc = pipeline.check_file(str(SAMPLE), pipeline.Options(verify=False))
    assert doc.error is None
    assert [c.value for c in doc.claims] == [166_000_000]
    assert doc.findings and all(f.kind == "internal_error" and "simulated stage failure" in f.message
                                for f in doc.findings)
