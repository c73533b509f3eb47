"""The Python API: one library under the CLI."""

from __future__ import annotations

import subprocess
import sys

import networkx as nx
import pytest
from conftest import SEEDS

import kgbuilder
from kgbuilder.api import as_documents

TEXT = "Joe Biden met Xi Jinping in Bali. Nicolás Maduro spoke with Donald Trump."


def test_a_mistyped_path_raises_instead_of_becoming_a_document(tmp_path):
    for typo in ["data/articles_typo.jsonl", str(tmp_path / "nope.txt"), "news/"]:
        with pytest.raises(kgbuilder.InputError, match="no such file") as info:
            as_documents([typo])
        assert info.value.exit_code == 2
    with pytest.raises(kgbuilder.InputError):
        as_documents(paths=[tmp_path / "missing.txt"])
    # Raw texts: as texts=, or anything that does not look like a file name.
    assert [d.text for d in as_documents(texts=["notes.txt"])] == ["notes.txt"]
    assert [d.text for d in as_documents([TEXT])] == [TEXT]
    assert len(as_documents([str(SEEDS)], texts=[TEXT])) == 6


def test_bad_workers_or_only_empty_texts_are_input_errors_as_in_the_cli(nlp):
    for workers in (0, -1, 1.5):
        with pytest.raises(kgbuilder.InputError, match="positive number") as info:
            kgbuilder.build(texts=[TEXT], nlp=nlp, workers=workers)
        assert info.value.exit_code == 2
    with pytest.raises(kgbuilder.InputError, match="empty") as info:
        kgbuilder.build(texts=["", "  \n"], nlp=nlp)
    assert info.value.exit_code == 1
    assert kgbuilder.build(texts=["", TEXT], nlp=nlp).graph.number_of_nodes() > 0


def test_build_into_a_folder_and_grow_it(tmp_path, nlp):
    out = tmp_path / "out"
    first = kgbuilder.build(texts=["Joe Biden met Xi Jinping in Bali."], out=out, nlp=nlp)
    assert repr(first).startswith("<KnowledgeGraph: 1 document,")
    assert len(repr(first)) < 100
    grown = kgbuilder.build(texts=["Nicolás Maduro spoke with Donald Trump."], into=out,
                            nlp=nlp)
    assert len(grown.documents) == 2
    G = kgbuilder.load(out)
    assert kgbuilder.find_node(G, "joe biden") == kgbuilder.find_node(G, "Joe Biden")
    assert kgbuilder.find_node(G, "NICOLAS MADURO") is not None
    assert kgbuilder.find_node(G, "Nicolás Maduro") == kgbuilder.find_node(G, "nicolas maduro")
    with pytest.raises(kgbuilder.InputError, match="no such output folder"):
        kgbuilder.build(texts=[TEXT], into=tmp_path / "elsewhere", nlp=nlp)
    with pytest.raises(kgbuilder.InputError):
        kgbuilder.build(texts=[TEXT], out=out, into=out, nlp=nlp)


def test_write_outputs_reports_only_what_it_wrote(tmp_path, seed_kg):
    paths = kgbuilder.write_outputs(seed_kg, tmp_path)
    assert paths.cache is None and paths.settings is None
    assert all(p.is_file() for p in paths.written())
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted(p.name for p in paths.written())


@pytest.mark.parametrize("rdf_format", ["turtle", "nt", "jsonld", "trig", "nquads"])
def test_load_reads_every_rdf_file_a_build_writes(tmp_path, seed_kg, rdf_format):
    settings = kgbuilder.Settings(rdf_format=rdf_format)
    paths = kgbuilder.write_outputs(seed_kg, tmp_path, settings)
    from_json = kgbuilder.load(tmp_path / "graph.json")
    from_rdf = kgbuilder.load(paths.rdf)
    assert set(from_rdf.nodes) == set(from_json.nodes)
    assert set(from_rdf.edges(keys=True)) == set(from_json.edges(keys=True))
    for node, data in from_json.nodes(data=True):
        other = from_rdf.nodes[node]
        assert (other["label"], other["type"], other["mentions"]) == \
            (data["label"], data["type"], data["mentions"])
        assert set(other["aliases"]) - {data["label"]} == set(data["aliases"]) - {data["label"]}
    for u, v, k, data in from_json.edges(keys=True, data=True):
        other = from_rdf.edges[u, v, k]
        assert other["negated"] == data["negated"]
        assert {(e["doc"], e["char_start"]) for e in other["evidence"]} == \
            {(e["doc"], e["char_start"]) for e in data["evidence"]}
        assert abs(other["confidence"] - data["confidence"]) < 0.01
    assert from_rdf.graph["documents"].keys() == from_json.graph["documents"].keys()


def test_load_refuses_what_it_cannot_read(tmp_path):
    (tmp_path / "notes.txt").write_text("hello", encoding="utf-8")
    (tmp_path / "broken.ttl").write_text("<a> <b> .", encoding="utf-8")
    with pytest.raises(kgbuilder.InputError, match="graph.json or an RDF file"):
        kgbuilder.load(tmp_path / "notes.txt")
    with pytest.raises(kgbuilder.InputError, match="cannot parse"):
        kgbuilder.load(tmp_path / "broken.ttl")
    with pytest.raises(kgbuilder.InputError, match="no such file"):
        kgbuilder.load(tmp_path / "missing.json")


def test_imports_are_lazy():
    code = ("import sys, kgbuilder, kgbuilder.graph, kgbuilder.graph.names, kgbuilder.cli; "
            "kgbuilder.cli.parser(); "
            "print(sorted(m for m in ('spacy', 'rdflib', 'pyvis', 'thinc') if m in sys.modules))")
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                            check=True)
    assert result.stdout.strip() == "[]"


def test_find_node_prefers_exact_labels_then_aliases():
    G = nx.MultiDiGraph()
    G.add_node("a", label="Jose", aliases=["Jose", "J."], mentions=1)
    G.add_node("b", label="José", aliases=["José", "Pepe"], mentions=5)
    G.add_node("c", label="Pepe Grande", aliases=["Pepe Grande", "Pepe"], mentions=2)
    assert kgbuilder.find_node(G, "José") == "b"  # exact label first
    assert kgbuilder.find_node(G, "Jose") == "a"
    assert kgbuilder.find_node(G, "JOSÉ") == "b"  # loose: the most mentioned
    assert kgbuilder.find_node(G, "pepe") == "b"  # alias: the most mentioned holder
    assert kgbuilder.find_node(G, "Nobody") is None


def test_a_folder_build_lets_its_pipeline_go_once_extraction_ends(tmp_path, nlp):
    from kgbuilder.extractors import Document

    from kgbuilder.api import LocalExtractor
    from kgbuilder.project import build_folder

    extract = LocalExtractor(nlp)
    done = build_folder([Document("d0", TEXT)], tmp_path / "out", extract)
    assert done.kg.graph.number_of_nodes() > 0
    assert extract.nlp is None  # the graph and outputs had its memory
    with pytest.raises(RuntimeError, match="released"):
        list(extract([Document("d1", TEXT)]))
