"""Incremental builds (``--into``) and parallel ones (``--workers``): same graph as one build."""

from __future__ import annotations

import gzip
import json
import shutil
import signal
import subprocess
import sys
import time

import pytest
from conftest import ROOT
from kgbuilder.exports.files import JOURNAL, finish_interrupted_write
from test_cli import assert_one_line_error, kgbuilder

import kgbuilder as kgb
from kgbuilder.api import REPEATS_NAMED
from kgbuilder.outputs import CACHE_NAME, SETTINGS_NAME

SEEDS = sorted((ROOT / "seeds").glob("*.txt"))
GRAPH_FILES = ("graph.json", "graph.ttl", "facts.csv", "graph.html", CACHE_NAME)


def contents(out) -> dict[str, bytes]:
    return {name: (out / name).read_bytes() for name in GRAPH_FILES}


@pytest.fixture(scope="module")
def seed_parts(tmp_path_factory):
    """The seeds split in two folders, and one build of all of them."""
    root = tmp_path_factory.mktemp("parts")
    first, second = root / "first", root / "second"
    first.mkdir()
    second.mkdir()
    for number, path in enumerate(SEEDS):
        shutil.copy(path, (first if number < 3 else second) / path.name)
    whole = root / "whole"
    result = kgbuilder("build", str(first), str(second), "--out", str(whole), "--quiet")
    assert result.returncode == 0, result.stderr
    return first, second, whole


def test_adding_documents_gives_the_graph_of_one_build(seed_parts, tmp_path):
    first, second, whole = seed_parts
    out = tmp_path / "out"
    assert kgbuilder("build", str(first), "--out", str(out), "--quiet").returncode == 0
    assert len(kgb.load(out).graph["documents"]) == 3
    grown = kgbuilder("build", str(second), "--into", str(out))
    assert grown.returncode == 0, grown.stderr
    assert "5 documents (2 added to 3)" in grown.stdout
    assert contents(out) == contents(whole)


def test_known_documents_are_skipped_and_the_graph_is_unchanged(seed_parts, tmp_path):
    _, _, whole = seed_parts
    out = tmp_path / "out"
    shutil.copytree(whole, out)
    again = kgbuilder("build", str(ROOT / "seeds"), "--into", str(out))
    assert again.returncode == 0, again.stderr
    assert again.stderr.count("same text as document") == len(SEEDS)
    assert "(0 added to 5)" in again.stdout
    assert contents(out) == contents(whole)


def test_entities_resolve_across_old_and_new_documents(tmp_path):
    (tmp_path / "a.txt").write_text("Angela Merkel visited Paris on Monday. She met "
                                    "students at the Sorbonne.", encoding="utf-8")
    (tmp_path / "b.txt").write_text("Merkel criticised Gazprom on Tuesday.",
                                    encoding="utf-8")
    out = tmp_path / "out"
    assert kgbuilder("build", str(tmp_path / "a.txt"), "--out", str(out),
                     "--quiet").returncode == 0
    assert kgbuilder("build", str(tmp_path / "b.txt"), "--into", str(out),
                     "--quiet").returncode == 0
    graph = kgb.load(out)
    people = [d for _, d in graph.nodes(data=True) if d["type"] == "Person"]
    assert [p["label"] for p in people] == ["Angela Merkel"]
    assert "Merkel" in people[0]["aliases"]
    docs = {e["doc"] for _, _, d in graph.edges(data=True) for e in d["evidence"]}
    assert docs == {"a", "b"}
    assert set(people[0]["documents"]) == {"a", "b"}


def test_into_keeps_the_settings_of_the_graph_it_grows(tmp_path):
    aliases = tmp_path / "aliases.csv"
    aliases.write_text("Tricky Dick,Richard Nixon,Person\n", encoding="utf-8")
    (tmp_path / "a.txt").write_text("Richard Nixon visited China in 1972.", encoding="utf-8")
    (tmp_path / "b.txt").write_text("Tricky Dick resigned in 1974.", encoding="utf-8")
    out = tmp_path / "out"
    first = kgbuilder("build", str(tmp_path / "a.txt"), "--out", str(out), "--rdf-format",
                      "nt", "--base", "https://news.example.org/kg/", "--aliases",
                      str(aliases), "--quiet")
    assert first.returncode == 0, first.stderr
    assert kgbuilder("build", str(tmp_path / "b.txt"), "--into", str(out),
                     "--quiet").returncode == 0
    graph = kgb.load(out)
    nixon = [d for _, d in graph.nodes(data=True) if d["label"] == "Richard Nixon"]
    assert len(nixon) == 1 and "Tricky Dick" in nixon[0]["aliases"]
    nt = (out / "graph.nt").read_text(encoding="utf-8")
    assert "<https://news.example.org/kg/doc/b>" in nt and not (out / "graph.ttl").exists()
    settings = json.loads((out / SETTINGS_NAME).read_text(encoding="utf-8"))
    assert settings["rdf_format"] == "nt" and settings["alias_rows"]


@pytest.mark.parametrize("case", ["missing", "no cache", "corrupt cache"])
def test_into_a_folder_without_a_build_is_a_one_line_error(tmp_path, case):
    out = tmp_path / "out"
    if case != "missing":
        out.mkdir()
        (out / "graph.json").write_text("{}", encoding="utf-8")
    if case == "corrupt cache":
        (out / CACHE_NAME).write_bytes(gzip.compress(b'{"v": 1, "digest": "x"}\n'))
        (out / SETTINGS_NAME).write_text("{}", encoding="utf-8")
    before = {p.name: p.read_bytes() for p in out.iterdir()} if out.exists() else None
    result = kgbuilder("build", str(ROOT / "seeds"), "--into", str(out))
    assert_one_line_error(result)
    assert result.returncode == 2 and str(out) in result.stderr
    after = {p.name: p.read_bytes() for p in out.iterdir()} if out.exists() else None
    assert after == before


def test_two_workers_give_the_same_bytes_as_one(seed_parts, tmp_path):
    first, second, whole = seed_parts
    out = tmp_path / "out"
    result = kgbuilder("build", str(first), str(second), "--out", str(out), "--workers", "2",
                       "--quiet")
    assert result.returncode == 0, result.stderr
    assert contents(out) == contents(whole)


def test_progress_shows_documents_per_second_and_time_left(tmp_path):
    result = kgbuilder("build", str(ROOT / "seeds"), "--out", str(tmp_path / "out"),
                       "--progress")
    assert result.returncode == 0, result.stderr
    bar = result.stderr.replace("\r", "\n").splitlines()
    assert any("doc/s" in line and f"{len(SEEDS)}/{len(SEEDS)}" in line for line in bar)
    assert any(f"/{len(SEEDS)} [" in line and "<" in line for line in bar)  # elapsed<left


def test_killed_into_leaves_the_previous_graph(seed_parts, tmp_path):
    _, _, whole = seed_parts
    out = tmp_path / "out"
    shutil.copytree(whole, out)
    before = {p.name: p.read_bytes() for p in out.iterdir()}
    texts = [p.read_text(encoding="utf-8") for p in SEEDS]
    big = tmp_path / "more.jsonl"
    big.write_text("".join(json.dumps({"id": f"more{i}", "text": f"{texts[i % 5]}\nMore {i}."})
                           + "\n" for i in range(400)), encoding="utf-8")
    process = subprocess.Popen([sys.executable, "-m", "kgbuilder", "build", str(big), "--into",
                                str(out)], stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    time.sleep(4)
    assert process.poll() is None, "the build ended before it could be killed"
    process.send_signal(signal.SIGKILL)
    process.communicate(timeout=60)
    # What it extracted is kept aside for the next run (tests/test_resume.py).
    assert {p.name: p.read_bytes() for p in out.iterdir()
            if p.name != ".kgbuilder-resume"} == before


def test_an_interrupted_commit_is_completed_before_the_folder_is_read(seed_parts, tmp_path):
    """The state a kill between two renames leaves (journal written, one file renamed,
    the others still staged) is rolled forward: the folder holds the new set whole."""
    first, _, whole = seed_parts
    small = tmp_path / "small"
    assert kgbuilder("build", str(first), "--out", str(small), "--quiet").returncode == 0
    out = tmp_path / "out"
    shutil.copytree(whole, out)
    new = {p.name: p.read_bytes() for p in small.iterdir()}
    staged = {}
    for name, data in new.items():
        staged[f".{name}.crash.tmp"] = name
        (out / f".{name}.crash.tmp").write_bytes(data)
    (out / JOURNAL).write_text(json.dumps(staged), encoding="utf-8")
    done = next(iter(staged))
    (out / done).rename(out / staged[done])  # the one rename that happened
    assert finish_interrupted_write(out, list(new)) is True
    assert {p.name: p.read_bytes() for p in out.iterdir()} == new
    grown = kgbuilder("build", str(first), "--into", str(out), "--quiet")
    assert grown.returncode == 0 and contents(out) == contents(small)


def test_extraction_cache_round_trips_every_record(seed_results):
    from kgbuilder.extractors.serialize import dump_extractions, load_extractions

    records = [(str(n), r) for n, r in enumerate(seed_results)]
    back = list(load_extractions(dump_extractions(records)))
    assert [d for d, _ in back] == [d for d, _ in records]
    for (_, old), (_, new) in zip(records, back, strict=True):
        assert new.extractions == old.extractions and new.mentions == old.mentions
        assert new.document.id == old.document.id and new.document.text == ""
    assert dump_extractions(records) == dump_extractions(records)
    assert all(new.pipeline == old.pipeline != ""
               for (_, old), (_, new) in zip(records, back, strict=True))


def test_cache_members_saved_while_extracting_are_written_as_they_are(seed_results, tmp_path):
    """The finished cache reuses the gzip members the resume log made: the same bytes as
    encoding every record afresh, readable as one gzip stream (also by ``gzip``)."""
    import gzip

    from kgbuilder.extractors.serialize import dump_extractions, encoded_record

    from kgbuilder.resume import ResumeLog

    records = [(str(n), r) for n, r in enumerate(seed_results)]
    log = ResumeLog(tmp_path, None)
    for record in records[:3]:
        log.add(record)
    log.flush()
    assert set(log.encoded) == {id(r) for _, r in records[:3]}
    reused = dump_extractions(records, log.encoded)
    assert reused == dump_extractions(records)
    assert reused.startswith(encoded_record(*records[0]))
    assert len(gzip.decompress(reused).splitlines()) == len(records)
    stale = {id(records[0][1]): (records[1][1], b"not this")}  # an id reused: not trusted
    assert dump_extractions(records[:1], stale) == encoded_record(*records[0])
    rival = ResumeLog(tmp_path, None)  # another build into the same folder
    for record in records[3:6]:
        rival.add(record)
    rival.flush()  # rewrites chunk-000000 with other members, some at the same offsets
    assert all(log.encoded.get(id(r)) is None for _, r in records[:3])
    assert dump_extractions(records, log.encoded) == dump_extractions(records)
    (tmp_path / ".kgbuilder-resume" / "chunk-000000.jsonl.gz").write_bytes(b"")
    assert log.encoded.get(id(records[0][1])) is None  # unreadable: encoded afresh
    assert dump_extractions(records, log.encoded) == dump_extractions(records)
    log.remove()
    assert len(log.encoded) == 0


def test_extraction_cache_of_format_2_still_reads(seed_results):
    """A folder written before sentences were stored once (format 2) can still be grown."""
    import gzip

    from kgbuilder.extractors.serialize import dump_extractions, load_extractions

    result = next(r for r in seed_results if r.extractions)
    line = json.loads(gzip.decompress(dump_extractions([("d", result)])))
    texts = line.pop("texts")
    line["v"] = 2
    for extraction in line["extractions"]:  # format 2: the sentence row in every fact
        extraction["sentence"] = texts[extraction["sentence"]]
        extraction["doc_id"] = result.document.id
    old = gzip.compress(json.dumps(line).encode("utf-8"))
    [(digest, back)] = load_extractions(old)
    assert digest == "d" and back.extractions == result.extractions


def test_many_repeated_texts_are_named_a_few_then_counted(tmp_path):
    text = SEEDS[0].read_text(encoding="utf-8")
    lines = [json.dumps({"id": f"copy{i}", "text": text}) for i in range(12)]
    source = tmp_path / "repeats.jsonl"
    source.write_text("\n".join(lines) + "\n", encoding="utf-8")
    result = kgbuilder("build", str(source), "--out", str(tmp_path / "out"))
    assert result.returncode == 0, result.stderr
    assert result.stderr.count("same text as document 'copy0'") == REPEATS_NAMED
    assert f"{11 - REPEATS_NAMED} more documents with a text already read" in result.stderr
