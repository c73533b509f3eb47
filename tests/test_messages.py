"""Messages as a user meets them: help texts, --version, one-line errors, the endpoint's
prefixes, the open-the-graph hint."""

from __future__ import annotations

import json
import re
import subprocess
import sys
import urllib.error
import urllib.parse
import urllib.request
from pathlib import Path

import pytest
from conftest import ROOT

import kgbuilder

README = ROOT / "README.md"


def run(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "kgbuilder", *args], capture_output=True,
                          text=True, timeout=300)


def one_error_line(result: subprocess.CompletedProcess) -> str:
    assert result.returncode != 0 and "Traceback" not in result.stderr
    lines = [line for line in result.stderr.splitlines() if line.strip()]
    assert len(lines) == 1 and lines[0].startswith("kgbuilder: error:"), result.stderr
    return lines[0]


def test_version():
    result = run("--version")
    assert result.returncode == 0 and result.stdout.strip() == f"kgbuilder {kgbuilder.__version__}"


@pytest.mark.parametrize("command", ["", "build", "query", "explain", "serve", "validate"])
def test_help_texts_are_complete_and_plain(command):
    result = run(*([command] if command else []), "--help")
    assert result.returncode == 0
    text = result.stdout
    assert "``" not in text and "example" in text.lower()
    if not command:
        for name in ("build", "query", "explain", "serve", "validate", "--version"):
            assert name in text
    if command == "build":
        help_of = re.search(r"--batch-size N\s+(\S.*)", text)
        assert help_of and "batch" in help_of.group(1)
        for option in ("--export", "--text-column", "--into", "--workers"):
            assert option in text


def test_the_dask_partition_default_in_help_is_the_executors():
    from kgbuilder.cli_parser import PARTITION_DOCUMENTS
    from kgbuilder.executors import PARTITION_DOCUMENTS as executors_default

    assert executors_default == PARTITION_DOCUMENTS


@pytest.mark.parametrize("query, expected", [
    ("SELECT WHERE {", "invalid SPARQL: error at"),
    ("SELECT ?x WHERE { ?x foo:bar ?y }", "undeclared prefix at 1:"),
])
def test_a_bad_query_is_one_short_line(seed_out, query, expected):
    line = one_error_line(run("query", str(seed_out), query))
    assert expected in line and len(line) < 400


def test_the_hint_to_open_the_graph_is_quoted_and_its_url_encoded(tmp_path):
    out = tmp_path / "my news's graph"
    result = run("build", str(ROOT / "seeds" / "000_c939013d863b2d7b.txt"), "--out", str(out))
    assert result.returncode == 0, result.stderr
    hint = result.stdout.splitlines()[-1]
    command, _, url = hint.partition("  (or ")
    quoted = command.split("xdg-open ", 1)[1]
    listed = subprocess.run(["sh", "-c", f"ls {quoted}"], capture_output=True, text=True)
    assert listed.returncode == 0 and listed.stdout.strip() == str(out / "graph.html")
    url = url.rstrip(")")
    assert " " not in url and "'" not in url
    assert Path(urllib.parse.unquote(url.removeprefix("file://"))) == \
        (out / "graph.html").resolve()


def readme_queries() -> list[str]:
    return re.findall(r"```sparql\n(.*?)```", README.read_text(encoding="utf-8"), re.S)


def test_serve_declares_the_prefixes_query_does(seed_out):
    process = subprocess.Popen([sys.executable, "-m", "kgbuilder", "serve", str(seed_out),
                                "--port", "0"], stdout=subprocess.PIPE,
                               stderr=subprocess.PIPE, text=True)
    try:
        line = process.stdout.readline()
        assert "prefixes declared: " in line and "schema" in line
        endpoint = line.split()[2]
        for query in readme_queries():
            with urllib.request.urlopen(f"{endpoint}?query={urllib.parse.quote(query)}",
                                        timeout=60) as response:
                rows = json.loads(response.read())["results"]["bindings"]
            local = run("query", str(seed_out), query, "--format", "json")
            assert len(rows) == len(json.loads(local.stdout)) > 0
        bad = urllib.parse.quote("SELECT ?x WHERE { ?x foo:bar ?y }")
        with pytest.raises(urllib.error.HTTPError) as error:
            urllib.request.urlopen(f"{endpoint}?query={bad}", timeout=60)
        body = error.value.read().decode()
        assert error.value.code == 400 and body.count("\n") == 1 and "undeclared prefix" in body
    finally:
        process.terminate()
        process.wait(timeout=30)
