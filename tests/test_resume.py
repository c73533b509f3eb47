"""Resume: what an interrupted build extracted is kept, and the same command goes on."""

from __future__ import annotations

import json
import signal
import subprocess
import sys
import time
from pathlib import Path

from conftest import SEEDS
from kgbuilder.extractors import Document, extract_documents

from kgbuilder.resume import RESUME_DIR, ResumeLog


def corpus(tmp_path, count: int = 60):
    texts = [p.read_text(encoding="utf-8") for p in sorted(SEEDS.glob("*.txt"))]
    path = tmp_path / "corpus.jsonl"
    lines = [json.dumps({"id": f"doc{i:03d}", "text": f"{texts[i % len(texts)]}\nCopy {i}."})
             for i in range(count)]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def build(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "kgbuilder", "build", *args],
                          capture_output=True, text=True, timeout=600)


def build_until_first_chunk(source: Path, out: Path, quiet: bool = False) -> subprocess.Popen:
    """``kgbuilder build SOURCE --out OUT`` started, once its first results are saved.
    ``quiet``: its output is thrown away; else it is kept as text for ``communicate``."""
    pipe = subprocess.DEVNULL if quiet else subprocess.PIPE
    process = subprocess.Popen([sys.executable, "-m", "kgbuilder", "build", str(source),
                                "--out", str(out)], stdout=pipe, stderr=pipe, text=True)
    deadline = time.monotonic() + 300
    while not list((out / RESUME_DIR).glob("chunk-*.jsonl.gz")) and time.monotonic() < deadline:
        assert process.poll() is None, "the build ended before its first results were saved"
        time.sleep(0.2)
    return process


def test_a_build_killed_midway_goes_on_where_it_stopped(tmp_path):
    source = corpus(tmp_path)
    out = tmp_path / "out"
    process = build_until_first_chunk(source, out, quiet=True)
    process.kill()  # SIGKILL: nothing runs after it
    process.wait(timeout=60)
    assert not (out / "graph.json").exists()
    saved = len(ResumeLog(out, None).load())
    assert 0 < saved < 60

    again = build(str(source), "--out", str(out), "--progress")
    assert again.returncode == 0, again.stderr
    resumed = int(again.stdout.split(" resumed from an interrupted run")[0].rsplit(", ", 1)[1])
    assert resumed >= saved
    # the bar counts the resumed documents too: it ends at all 60 of 60
    assert again.stderr.replace("\r", "\n").strip().splitlines()[-1].count(" 60/60 ") == 1
    assert not (out / RESUME_DIR).exists()  # a completed build drops what it kept aside

    clean = build(str(source), "--out", str(tmp_path / "clean"), "--quiet")
    assert clean.returncode == 0, clean.stderr
    for name in ("graph.json", "graph.ttl", "facts.csv", "extractions.jsonl.gz"):
        assert (out / name).read_bytes() == (tmp_path / "clean" / name).read_bytes(), name


def test_saved_results_are_used_only_for_the_same_model_text_and_id(tmp_path, nlp):
    documents = [Document("a", "Joe Biden met Xi Jinping in Bali."),
                 Document("b", "Angela Merkel visited Paris.")]
    results = list(extract_documents(documents, nlp))
    log = ResumeLog(tmp_path, "some_model", every=3600)
    for document, result in zip(documents, results, strict=True):
        log.add((Document.content_id(document.text), result))
    assert not (tmp_path / RESUME_DIR).exists()  # nothing written before the interval
    log.flush()
    saved = ResumeLog(tmp_path, "some_model").load()
    assert {r.document.id for r in saved.values()} == {"a", "b"}
    assert ResumeLog(tmp_path, "other_model").load() == {}  # another model: dropped
    assert not (tmp_path / RESUME_DIR).exists()

    from kgbuilder.api import extract_records

    log = ResumeLog(tmp_path, None)
    for document, result in zip(documents, results, strict=True):
        log.add((Document.content_id(document.text), result))
    log.flush()
    parsed: list[str] = []

    def extract(stream):
        for document in stream:
            parsed.append(document.id)
            yield from extract_documents([document], nlp)

    renamed = [Document("a", documents[0].text), Document("b2", documents[1].text),
               Document("c", "Emmanuel Macron met Olaf Scholz.")]
    resumed: list = []
    records = extract_records(renamed, extract, resume=ResumeLog(tmp_path, None).load(),
                              resumed=resumed)
    assert parsed == ["b2", "c"]  # same text under another id is parsed again
    assert [r.document.id for _, r in resumed] == ["a"]
    assert sorted(r.document.id for _, r in records) == ["a", "b2", "c"]


def test_interrupted_build_keeps_its_results_for_the_next_run(tmp_path):
    source = corpus(tmp_path, 120)
    out = tmp_path / "out"
    process = build_until_first_chunk(source, out)
    saved = len(ResumeLog(out, None).load())
    process.send_signal(signal.SIGINT)
    _, stderr = process.communicate(timeout=60)
    assert process.returncode == 130 and "Traceback" not in stderr
    assert "run the same command again" in stderr
    assert len(ResumeLog(out, None).load()) >= saved > 0
    assert not (out / "graph.json").exists()


def test_an_interrupted_first_build_says_no_outputs_were_written(tmp_path):
    source = corpus(tmp_path, 120)
    out = tmp_path / "out"
    process = build_until_first_chunk(source, out)
    process.send_signal(signal.SIGINT)
    _, stderr = process.communicate(timeout=60)
    assert process.returncode == 130
    assert stderr.strip().splitlines()[-1] == (
        "kgbuilder: interrupted; no outputs were written; run the same command again to go "
        "on where it stopped")
