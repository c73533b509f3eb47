"""``kgbuilder serve``: a real HTTP SPARQL endpoint on 127.0.0.1, queried over the wire."""

from __future__ import annotations

import csv
import io
import json
import subprocess
import sys
import urllib.error
import urllib.parse
import urllib.request

import pyoxigraph as ox
import pytest

COUNT = "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }"


@pytest.fixture(scope="module")
def endpoint(seed_out):
    process = subprocess.Popen([sys.executable, "-m", "kgbuilder", "serve", str(seed_out),
                                "--port", "0"], stdout=subprocess.PIPE,
                               stderr=subprocess.PIPE, text=True)
    line = process.stdout.readline()
    assert line.startswith("SPARQL endpoint: http://127.0.0.1:"), process.stderr.read()
    yield line.split()[2]
    process.terminate()
    process.wait(timeout=30)


def request(url: str, data: bytes | None = None, headers: dict | None = None):
    try:
        with urllib.request.urlopen(urllib.request.Request(url, data, headers or {}),
                                    timeout=30) as response:
            return response.status, response.headers["Content-Type"], response.read()
    except urllib.error.HTTPError as error:
        return error.code, error.headers["Content-Type"], error.read()


def triples_in(seed_out) -> int:
    return len(list(ox.parse(path=str(seed_out / "graph.ttl"), format=ox.RdfFormat.TURTLE)))


def test_get_answers_in_sparql_json(endpoint, seed_out):
    status, kind, body = request(f"{endpoint}?query={urllib.parse.quote(COUNT)}")
    assert status == 200 and kind == "application/sparql-results+json"
    bindings = json.loads(body)["results"]["bindings"]
    assert int(bindings[0]["n"]["value"]) == triples_in(seed_out)


def test_post_bodies_and_negotiated_formats(endpoint):
    query = ("PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#> "
             "SELECT ?label WHERE { ?e a <https://schema.org/Person> ; rdfs:label ?label }")
    status, kind, body = request(endpoint, query.encode(), {
        "Content-Type": "application/sparql-query", "Accept": "text/csv"})
    assert status == 200 and kind == "text/csv"
    labels = {row["label"] for row in csv.DictReader(io.StringIO(body.decode()))}
    assert "Donald Trump" in labels and "Nicolás Maduro" in labels
    form = urllib.parse.urlencode({"query": "ASK { ?s ?p ?o }"}).encode()
    status, _, body = request(endpoint, form,
                              {"Content-Type": "application/x-www-form-urlencoded"})
    assert status == 200 and json.loads(body)["boolean"] is True
    construct = "CONSTRUCT { ?s ?p ?o } WHERE { ?s ?p ?o } LIMIT 5"
    status, kind, body = request(f"{endpoint}?query={urllib.parse.quote(construct)}",
                                 headers={"Accept": "application/n-triples"})
    assert status == 200 and kind == "application/n-triples"
    assert len(list(ox.parse(body, format=ox.RdfFormat.N_TRIPLES))) == 5


def test_bad_queries_and_updates_are_refused(endpoint, seed_out):
    status, _, body = request(f"{endpoint}?query={urllib.parse.quote('SELEC nothing')}")
    assert status == 400 and b"invalid SPARQL" in body
    update = "INSERT DATA { <http://x> <http://y> <http://z> }"
    status, _, _ = request(endpoint, update.encode(),
                           {"Content-Type": "application/sparql-query"})
    assert status == 400
    status, _, body = request(f"{endpoint}?query={urllib.parse.quote(COUNT)}")
    assert int(json.loads(body)["results"]["bindings"][0]["n"]["value"]) == \
        triples_in(seed_out)
    assert request(endpoint.replace("/sparql", "/other"))[0] == 404


def test_persistent_store_answers_like_the_file(seed_out, tmp_path):
    from conftest import ROOT
    from test_cli import assert_one_line_error, kgbuilder

    store = tmp_path / "store"
    out = tmp_path / "out"
    built = kgbuilder("build", str(ROOT / "seeds"), "--out", str(out), "--store", str(store),
                      "--quiet")
    assert built.returncode == 0, built.stderr
    from_store = kgbuilder("query", "--store", str(store), COUNT, "--format", "csv")
    from_file = kgbuilder("query", str(out), COUNT, "--format", "csv")
    assert from_store.returncode == 0, from_store.stderr
    assert from_store.stdout == from_file.stdout
    assert int(from_store.stdout.split()[1]) == triples_in(out)
    again = kgbuilder("build", str(ROOT / "seeds"), "--into", str(out), "--store", str(store),
                      "--quiet")  # an earlier store is replaced whole
    assert again.returncode == 0, again.stderr
    assert kgbuilder("query", "--store", str(store), COUNT, "--format", "csv").stdout == \
        from_file.stdout
    mine = tmp_path / "mine"
    mine.mkdir()
    (mine / "notes.txt").write_text("keep me", encoding="utf-8")
    refused = kgbuilder("build", str(ROOT / "seeds"), "--out", str(tmp_path / "o2"), "--store",
                        str(mine))
    assert_one_line_error(refused)
    assert (mine / "notes.txt").read_text(encoding="utf-8") == "keep me"
    assert not (tmp_path / "o2").exists()


def test_a_store_path_that_is_not_there_is_a_usage_error(tmp_path):
    from test_cli import assert_one_line_error, kgbuilder

    missing = kgbuilder("query", "--store", str(tmp_path / "nope"), COUNT)
    assert_one_line_error(missing)
    assert missing.returncode == 2  # as for any path argument that is not there
    (tmp_path / "plain").mkdir()
    not_a_store = kgbuilder("query", "--store", str(tmp_path / "plain"), COUNT)
    assert_one_line_error(not_a_store)
    assert not_a_store.returncode == 1  # there, but no graph to read
