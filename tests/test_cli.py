"""The command line as a user meets it: real subprocesses, real files."""

from __future__ import annotations

import json
import re
import subprocess
import sys

import pytest
from conftest import ROOT

README = ROOT / "README.md"


def kgbuilder(*args: str, stdin: str | None = None) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "kgbuilder", *args], input=stdin,
                          capture_output=True, text=True, timeout=300)


def assert_one_line_error(result: subprocess.CompletedProcess) -> None:
    assert result.returncode != 0
    assert "Traceback" not in result.stderr
    lines = [line for line in result.stderr.splitlines() if line.strip()]
    assert len(lines) == 1 and lines[0].startswith("kgbuilder: error:")


def test_missing_input_path_is_a_one_line_error(tmp_path):
    result = kgbuilder("build", str(tmp_path / "nope.txt"), "--out", str(tmp_path / "out"))
    assert_one_line_error(result)
    assert "nope.txt" in result.stderr and not (tmp_path / "out").exists()


def test_empty_input_is_a_one_line_error(tmp_path):
    (tmp_path / "empty").mkdir()
    result = kgbuilder("build", str(tmp_path / "empty"), "--out", str(tmp_path / "out"))
    assert_one_line_error(result)
    assert result.returncode == 1


def test_unknown_model_is_a_one_line_error(tmp_path):
    (tmp_path / "a.txt").write_text("Angela Merkel visited Paris.", encoding="utf-8")
    result = kgbuilder("build", str(tmp_path / "a.txt"), "--out", str(tmp_path / "out"),
                       "--model", "no_such_pipeline_xyz")
    assert_one_line_error(result)
    assert "no_such_pipeline_xyz" in result.stderr


def test_build_mixed_inputs_jsonl_and_stdin(tmp_path):
    (tmp_path / "a.txt").write_text("Angela Merkel visited Paris.", encoding="utf-8")
    lines = [json.dumps({"id": "n1", "text": "Emmanuel Macron met with Olaf Scholz.",
                         "title": "Summit", "date": "2024-01-02", "url": "https://ex.org/1"}),
             "{not json", json.dumps({"text": "no id"})]
    (tmp_path / "b.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    out = tmp_path / "out"
    result = kgbuilder("build", str(tmp_path / "a.txt"), str(tmp_path / "b.jsonl"), "-",
                       "--out", str(out), stdin="Boris Johnson praised Ukraine.")
    assert result.returncode == 0, result.stderr
    assert "b.jsonl:2" in result.stderr and "b.jsonl:3" in result.stderr
    assert re.search(r"3 documents, \d+ sentences, \d+ entities, \d+ facts", result.stdout)
    graph = json.loads((out / "graph.json").read_text(encoding="utf-8"))
    assert graph["graph"]["documents"]["n1"].pop("pipeline").startswith("en_core_web_sm")
    assert graph["graph"]["documents"]["n1"] == {"title": "Summit", "date": "2024-01-02",
                                                 "url": "https://ex.org/1",
                                                 "source": str(tmp_path / "b.jsonl")}
    for name in ("graph.ttl", "graph.html", "graph.json", "facts.csv"):
        assert (out / name).stat().st_size > 0


def readme_queries() -> list[str]:
    return re.findall(r"```sparql\n(.*?)```", README.read_text(encoding="utf-8"), re.S)


def test_readme_has_example_queries():
    assert len(readme_queries()) >= 3


@pytest.mark.parametrize("query", readme_queries())
def test_readme_queries_return_rows_on_the_seed_graph(seed_out, query):
    result = kgbuilder("query", str(seed_out / "graph.ttl"), query, "--format", "json")
    assert result.returncode == 0, result.stderr
    assert len(json.loads(result.stdout)) > 0


def test_query_from_file_as_csv_and_bad_sparql(seed_out, tmp_path):
    query = tmp_path / "q.rq"
    query.write_text('SELECT ?e WHERE { ?e rdfs:label "Donald Trump" }', encoding="utf-8")
    result = kgbuilder("query", str(seed_out / "graph.ttl"), "--file", str(query),
                       "--format", "csv")
    assert result.returncode == 0 and result.stdout.splitlines()[0] == "e"
    assert result.stdout.splitlines()[1].endswith("/entity/donald_trump")
    assert_one_line_error(kgbuilder("query", str(seed_out / "graph.ttl"), "SELECT WHERE {"))


def test_explain_shows_aliases_reasons_and_sentences(seed_out):
    result = kgbuilder("explain", str(seed_out), "Trump")
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("Donald Trump  [Person]")
    assert "surname" in result.stdout and "authorize" in result.stdout
    # a fact the text does not simply assert says how it holds it
    graph = json.loads((seed_out / "graph.json").read_text(encoding="utf-8"))
    held = {e["modality"] for e in graph["edges"] if e.get("modality")
            and "donald_trump" in (e["source"], e["target"])}
    lines = [line for line in result.stdout.splitlines() if "→" in line]
    assert held and all(any(f"[{m}" in line for line in lines) for m in held)
    assert sum("[" in line for line in lines) == sum(  # plain facts carry no bracket
        1 for e in graph["edges"] if "donald_trump" in (e["source"], e["target"])
        and (e.get("modality") or e.get("attributed_to")))


def test_same_input_gives_byte_identical_outputs(tmp_path, seed_out):
    """Another process, another hash seed and the inputs in reverse order: same bytes."""
    import os

    seeds = sorted(str(p) for p in (ROOT / "seeds").glob("*.txt"))
    env = {**os.environ, "PYTHONHASHSEED": "12345"}
    run = subprocess.run([sys.executable, "-m", "kgbuilder", "build", *reversed(seeds),
                          "--out", str(tmp_path / "again"), "--quiet"], env=env,
                         capture_output=True, text=True, timeout=300)
    assert run.returncode == 0, run.stderr
    for name in ("graph.ttl", "graph.json", "facts.csv", "graph.html"):
        assert (tmp_path / "again" / name).read_bytes() == (seed_out / name).read_bytes(), name


def test_bad_alias_file_is_a_usage_error_naming_file_and_line(tmp_path):
    missing = kgbuilder("build", str(ROOT / "seeds"), "--aliases", str(tmp_path / "no.csv"),
                        "--out", str(tmp_path / "out"))
    assert_one_line_error(missing)
    assert missing.returncode == 2 and "no.csv" in missing.stderr
    bad = tmp_path / "aliases.csv"
    bad.write_text("alias,canonical\nSuns cartel\n", encoding="utf-8")
    result = kgbuilder("build", str(ROOT / "seeds"), "--aliases", str(bad),
                       "--out", str(tmp_path / "out"))
    assert_one_line_error(result)
    assert result.returncode == 2 and "aliases.csv:2:" in result.stderr
    assert not (tmp_path / "out").exists()


@pytest.mark.parametrize("signal_name", ["SIGINT", "SIGKILL"])
def test_interrupted_build_leaves_previous_outputs_intact(tmp_path, signal_name):
    import signal
    import time

    out = tmp_path / "out"
    first = kgbuilder("build", str(ROOT / "seeds"), "--out", str(out), "--quiet")
    assert first.returncode == 0, first.stderr
    before = {p.name: p.read_bytes() for p in out.iterdir()}
    texts = [p.read_text(encoding="utf-8") for p in sorted((ROOT / "seeds").glob("*.txt"))]
    big = tmp_path / "big.jsonl"
    lines = [json.dumps({"id": f"copy{i}", "text": f"{texts[i % len(texts)]}\nCopy {i}."})
             for i in range(400)]  # distinct texts: a repeated text is skipped
    big.write_text("\n".join(lines) + "\n", encoding="utf-8")
    process = subprocess.Popen([sys.executable, "-m", "kgbuilder", "build", str(big), "--out",
                                str(out)], stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                               text=True)
    time.sleep(4)
    assert process.poll() is None, "the build ended before it could be interrupted"
    process.send_signal(getattr(signal, signal_name))
    _, stderr = process.communicate(timeout=60)
    if signal_name == "SIGINT":
        assert process.returncode == 130 and "Traceback" not in stderr
        assert "existing outputs were left as they were" in stderr
    else:
        assert process.returncode == -signal.SIGKILL
    # Same files, same bytes, no temporary leftovers; what was extracted is kept aside
    # for the next run (tests/test_resume.py).
    after = {p.name: p.read_bytes() for p in out.iterdir() if p.name != ".kgbuilder-resume"}
    assert after == before


def test_focus_on_an_unknown_name_is_a_one_line_error(tmp_path):
    result = kgbuilder("build", str(ROOT / "seeds"), "--out", str(tmp_path / "out"),
                       "--focus", "Nobody Atall")
    assert_one_line_error(result)
    assert result.returncode == 1 and "Nobody Atall" in result.stderr
    assert not (tmp_path / "out").exists()


@pytest.mark.parametrize("args", [(), ("frob",), ("build",), ("build", "seeds", "--hops", "7"),
                                  ("query", "out/"), ("query", "--bogus"),
                                  ("serve", "out/", "--port", "99999")])
def test_usage_errors_are_one_line_with_exit_2(args):
    result = kgbuilder(*args)
    assert_one_line_error(result)
    assert result.returncode == 2
    assert "usage:" not in result.stderr
