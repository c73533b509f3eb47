"""Multi-process and Dask builds: worker processes that extract, Ctrl-C and lost workers;
real processes, real signals.

Each build is interrupted mid-extraction (its progress bar has counted documents), by
SIGINT to its whole process group (what a terminal's Ctrl-C does) or to the main
process alone; it must end promptly with exit 130, one line on stderr, the previous
outputs untouched and none of its worker processes left behind.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import signal
import subprocess
import sys
import threading
from dataclasses import replace

import psutil
import pytest
from conftest import ROOT, SEEDS
from kgbuilder.extractors import Document, extract_documents
from test_cli import kgbuilder

from kgbuilder.executors import ProcessExtractor, partition_sizes
from kgbuilder.inputs import read_documents
from kgbuilder.resume import ResumeLog

WORKERS = ("--workers", "2", "--partition-docs", "4")
DASK = ("--executor", "dask", "--workers", "2", "--partition-docs", "4")


def test_worker_processes_send_back_records_in_input_order(nlp, seed_results):
    documents = read_documents([str(SEEDS)])
    # One document per task: the two workers finish out of order, results do not.
    with ProcessExtractor(nlp, workers=2, partition=1) as extract:
        results = list(extract(documents))
        assert not extract.processes  # closed when the stream ended
    assert results == [replace(r, document=replace(r.document, text=""))
                       for r in seed_results]


def test_a_long_lived_worker_parses_in_memory_zones_with_the_same_results(nlp):
    from kgbuilder import executors

    made_up = [Document(f"m{n}", f"Vortelquin{n} Group bought Haszendrik{n} Ltd on Monday.")
               for n in range(4)]
    plain = executors.extract_partition(made_up[:2], nlp)
    assert "Vortelquin0" in nlp.vocab.strings  # before ZONE_DOCS documents: no zone
    executors._extracted_here = executors.ZONE_DOCS  # as after a worker's first 1,000
    try:
        zoned = executors.extract_partition(made_up[2:], nlp)
    finally:
        executors._extracted_here = 0
    assert "Vortelquin2" not in nlp.vocab.strings  # the zone's new words are gone
    assert [r.document.id for r in plain + zoned] == ["m0", "m1", "m2", "m3"]
    assert all(r.document.text == "" for r in plain + zoned)
    assert ("Vortelquin2 Group", "buy") in [(e.subject.text, e.relation)
                                            for e in zoned[0].extractions]
    outside = extract_documents(made_up[2:], nlp, zone_docs=len(made_up))  # no zone
    assert zoned == [replace(r, document=replace(r.document, text="")) for r in outside]


@pytest.fixture(scope="module")
def previous(tmp_path_factory):
    """An output folder of an earlier build, and a corpus big enough to interrupt."""
    root = tmp_path_factory.mktemp("interrupt")
    out = root / "out"
    result = kgbuilder("build", str(ROOT / "seeds"), "--out", str(out), "--quiet")
    assert result.returncode == 0, result.stderr
    texts = [p.read_text(encoding="utf-8") for p in sorted((ROOT / "seeds").glob("*.txt"))]
    big = root / "big.jsonl"
    lines = [json.dumps({"id": f"copy{i}", "text": f"{texts[i % len(texts)]}\nCopy {i}."})
             for i in range(600)]  # distinct texts: a repeated text is skipped
    big.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return out, big


class Build:
    """A build running in a session of its own, its stderr read as it comes."""

    def __init__(self, corpus, out, options) -> None:
        self.process = subprocess.Popen(
            [sys.executable, "-m", "kgbuilder", "build", str(corpus), "--out", str(out),
             "--progress", *options], stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
            start_new_session=True)
        self.stderr = b""
        self.reader = threading.Thread(target=self._read, daemon=True)
        self.reader.start()

    def _read(self) -> None:
        while chunk := os.read(self.process.stderr.fileno(), 4096):
            self.stderr += chunk

    def wait_for_documents(self, count: int, limit: float = 240) -> None:
        """Until the progress bar has counted ``count`` documents (a generous limit)."""
        waited = 0.0
        while waited < limit:
            done = re.findall(rb"extracting:.*?\| *(\d+)/", self.stderr)
            if done and int(done[-1]) >= count:
                return
            assert self.process.poll() is None, self.stderr.decode()
            threading.Event().wait(0.1)
            waited += 0.1
        raise AssertionError("the build did not get going")

    def descendants(self) -> list[psutil.Process]:
        return psutil.Process(self.process.pid).children(recursive=True)

    def finish(self, timeout: float) -> str:
        self.process.wait(timeout=timeout)
        self.reader.join(timeout=5)
        return self.stderr.decode(errors="replace")


def _snapshot(out) -> dict[str, bytes]:
    """The output files (the resume folder an interrupted build keeps is no output)."""
    return {p.name: p.read_bytes() for p in out.iterdir() if p.is_file()}


def _started(previous, tmp_path, options):
    """A build growing a copy of the previous outputs, once it has extracted 8 documents:
    (the build, its output folder, the folder's files before it)."""
    source, corpus = previous
    out = tmp_path / "out"
    shutil.copytree(source, out)
    before = _snapshot(out)
    build = Build(corpus, out, options)
    build.wait_for_documents(8)
    return build, out, before


@pytest.mark.parametrize("target", ["group", "main process"])
@pytest.mark.parametrize("options", [WORKERS, DASK], ids=["workers", "dask"])
def test_ctrl_c_ends_a_parallel_build_at_once(previous, tmp_path, options, target):
    if options is DASK:
        pytest.importorskip("dask.distributed")
    build, out, before = _started(previous, tmp_path, options)
    helpers = build.descendants()
    assert len(helpers) >= 2  # the workers (and the Dask cluster's processes) are up
    if target == "group":
        os.killpg(build.process.pid, signal.SIGINT)
    else:
        build.process.send_signal(signal.SIGINT)
    # A bound against a hang, not a speed goal: the build stops its workers at once.
    stderr = build.finish(timeout=20)
    assert build.process.returncode == 130, stderr
    last = stderr.replace("\r", "\n").strip().splitlines()[-1]
    assert last.startswith("kgbuilder: interrupted; existing outputs were left as they were")
    assert "Traceback" not in stderr and "WARNING" not in stderr
    assert _snapshot(out) == before
    gone, alive = psutil.wait_procs(helpers, timeout=10)
    assert not alive, [p.cmdline() for p in alive]


def test_a_worker_that_dies_ends_the_build_with_one_line(previous, tmp_path):
    build, out, before = _started(previous, tmp_path, WORKERS)
    workers = build.descendants()
    workers[0].kill()
    stderr = build.finish(timeout=20)
    assert build.process.returncode == 1, stderr
    last = stderr.replace("\r", "\n").strip().splitlines()[-1]
    assert re.fullmatch(r"kgbuilder: error: a worker process ended unexpectedly "
                        r"\(exit code -9\)", last), last
    assert "Traceback" not in stderr
    assert _snapshot(out) == before
    gone, alive = psutil.wait_procs(workers, timeout=10)
    assert not alive


@pytest.mark.parametrize("options", [WORKERS, DASK], ids=["workers", "dask"])
def test_no_worker_outlives_a_killed_build(previous, tmp_path, options):
    if options is DASK:
        pytest.importorskip("dask.distributed")
    build, out, before = _started(previous, tmp_path, options)
    helpers = build.descendants()
    assert len(helpers) >= 2
    build.process.kill()  # kill -9: no chance to stop anything
    build.finish(timeout=20)
    gone, alive = psutil.wait_procs(helpers, timeout=10)
    assert not alive, [p.cmdline() for p in alive]
    assert _snapshot(out) == before


@pytest.mark.parametrize("options", [("--workers", "2"), ("--executor", "dask", "--workers", "2")],
                         ids=["workers", "dask"])
def test_an_interrupted_parallel_build_keeps_what_came_back(previous, tmp_path, options):
    """The first partitions are small, so results come back within seconds; Ctrl-C keeps
    every result that came back (also those held back for input order), and the same
    command goes on from there."""
    if "dask" in options:
        pytest.importorskip("dask.distributed")
    _, corpus = previous
    out = tmp_path / "fresh"
    build = Build(corpus, out, options)
    build.wait_for_documents(4)
    counted = int(re.findall(rb"extracting:.*?\| *(\d+)/", build.stderr)[-1])
    assert counted < 32  # the bar moved before a whole default partition came back
    os.killpg(build.process.pid, signal.SIGINT)
    stderr = build.finish(timeout=30)
    assert build.process.returncode == 130, stderr
    saved = len(ResumeLog(out, None).load())
    assert saved >= counted > 0
    again = subprocess.run([sys.executable, "-m", "kgbuilder", "build", str(corpus), "--out",
                            str(out), *options], capture_output=True, text=True, timeout=900)
    assert again.returncode == 0, again.stderr
    resumed = int(again.stdout.split(" resumed from an interrupted run")[0].rsplit(", ", 1)[1])
    assert resumed == saved


def test_partitions_start_small_and_double_up_to_the_largest():
    sizes = partition_sizes(32, workers=2)
    assert [next(sizes) for _ in range(10)] == [4, 4, 8, 8, 16, 16, 32, 32, 32, 32]
    assert [next(partition_sizes(2, workers=3)) for _ in range(2)] == [2, 2]
