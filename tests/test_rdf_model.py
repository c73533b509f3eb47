"""The RDF model's promises: SHACL shapes hold, PROV-O names the extraction run, and
queries built from user input bind their values instead of pasting them."""

from __future__ import annotations

import subprocess
import sys

import pyoxigraph as ox
import pytest
import rdflib
from kgbuilder.exports import RDF_FORMATS, entity_facts, load_store, run_query, serialize_rdf
from kgbuilder.exports.shapes import read_rdf, shapes_turtle, validate
from kgbuilder.extractors import pipeline_name
from rdflib import RDF, XSD, Literal, URIRef
from rdflib.namespace import PROV

KGV = rdflib.Namespace("http://example.org/kgbuilder/vocab#")


def kgbuilder(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "kgbuilder", *args], capture_output=True,
                          text=True, timeout=300)


@pytest.fixture(scope="module")
def seed_rdf(seed_out) -> rdflib.Graph:
    return read_rdf(seed_out / "graph.ttl")


def statements(rdf: rdflib.Graph) -> list[URIRef]:
    return sorted(rdf.subjects(RDF.type, RDF.Statement))


@pytest.mark.parametrize("fmt", sorted(RDF_FORMATS))
def test_seed_graph_conforms_to_the_shapes_in_every_format(seed_kg, tmp_path, fmt):
    path = tmp_path / f"graph.{RDF_FORMATS[fmt][1]}"
    path.write_bytes(serialize_rdf(seed_kg.graph, fmt))
    result = validate(read_rdf(path))
    assert result.conforms, result.report
    assert result.violations == 0


def test_statement_without_its_sentence_or_with_bad_confidence_fails(seed_rdf):
    broken = rdflib.Graph() + seed_rdf
    first, second = statements(broken)[:2]
    broken.remove((first, PROV.wasDerivedFrom, None))
    broken.set((second, KGV.confidence, Literal("1.5", datatype=XSD.decimal)))
    result = validate(broken)
    assert not result.conforms and result.violations == 2
    assert "wasDerivedFrom" in result.report and "confidence" in result.report
    assert str(first) in result.report and str(second) in result.report


def test_asserted_statement_needs_its_plain_triple(seed_rdf):
    broken = rdflib.Graph() + seed_rdf
    stmt = next(s for s in statements(broken)
                if broken.value(s, KGV.negated) == Literal(False))
    fact = tuple(broken.value(stmt, p) for p in (RDF.subject, RDF.predicate, RDF.object))
    broken.remove(fact)
    result = validate(broken)
    assert not result.conforms
    assert "no plain triple" in result.report


def test_shapes_follow_the_base_iri(graph_of, tmp_path):
    g = graph_of("The bank did not approve the loan. Acme Corporation hired Jane Smith.")
    base = "https://kg.example.com/news/"
    path = tmp_path / "graph.nt"
    path.write_bytes(serialize_rdf(g, "nt", base=base))
    assert f"<{base}vocab#negated>" in shapes_turtle(base)
    assert validate(read_rdf(path), base).conforms
    assert not validate(read_rdf(path)).conforms  # the default base's vocabulary is absent


def test_every_statement_was_generated_by_a_run_that_used_its_document(seed_rdf, nlp):
    runs = set(seed_rdf.subjects(RDF.type, PROV.Activity))
    assert len(runs) == 1
    run = runs.pop()
    used = set(seed_rdf.objects(run, PROV.used))
    assert len(used) == 5
    for stmt in statements(seed_rdf):
        assert seed_rdf.value(stmt, PROV.wasGeneratedBy) == run
        assert seed_rdf.value(stmt, PROV.hadPrimarySource) in used
    agents = {str(seed_rdf.value(a, rdflib.RDFS.label))
              for a in seed_rdf.objects(run, PROV.wasAssociatedWith)}
    name, version = pipeline_name(nlp).rsplit(" ", 1)
    assert agents == {"kgbuilder", name}
    agent = next(a for a in seed_rdf.objects(run, PROV.wasAssociatedWith)
                 if str(seed_rdf.value(a, rdflib.RDFS.label)) == name)
    assert str(seed_rdf.value(agent, rdflib.URIRef("https://schema.org/softwareVersion"))) \
        == version


def test_entity_facts_finds_the_entity_by_any_name_with_all_its_edges(seed_out, seed_kg):
    store = load_store(seed_out / "graph.ttl")
    graph = seed_kg.graph
    node = next(n for n, d in graph.nodes(data=True) if d["label"] == "Nicolás Maduro")
    data = graph.nodes[node]
    alias = next(a for a in data["aliases"] if a != data["label"])
    by_label = entity_facts(store, data["label"])
    by_alias = entity_facts(store, alias)
    assert {tuple(r[1:]) for r in by_label.rows} == {tuple(r[1:]) for r in by_alias.rows}
    rows = {(r[2], r[3]) for r in by_alias.rows}
    assert {("altLabel", a) for a in data["aliases"] if a != data["label"]} <= rows
    for _, other, d in graph.out_edges(node, data=True):
        if not d["negated"] and not d["asserted"]:  # a plan, question or relayed claim
            assert (f'{d["modality"]} {d["relation"]}', graph.nodes[other]["label"]) in rows
            continue
        way = "not " if d["negated"] else ""
        assert (way + d["relation"], graph.nodes[other]["label"]) in rows
    for other, _, d in graph.in_edges(node, data=True):
        if not d["negated"] and not d["asserted"]:
            assert (f'^{d["modality"]} {d["relation"]}', graph.nodes[other]["label"]) in rows
            continue
        way = "^not " if d["negated"] else "^"
        assert (way + d["relation"], graph.nodes[other]["label"]) in rows


def test_bound_names_are_values_never_query_text(graph_of, tmp_path):
    g = graph_of('Jean "Le Chef" Dupont met Anna Berg in Oslo.')
    path = tmp_path / "graph.ttl"
    path.write_bytes(serialize_rdf(g))
    store = load_store(path)
    label = next(d["label"] for _, d in g.nodes(data=True) if "Dupont" in d["label"])
    assert entity_facts(store, label).rows  # quotes in a name are just characters
    hostile = f'{label}" }} UNION {{ ?e ?p ?v }} #'
    assert entity_facts(store, hostile).rows == []
    query = "SELECT ?name ?e WHERE { ?e <http://www.w3.org/2000/01/rdf-schema#label> ?name }"
    assert [r[0] for r in run_query(store, query, bindings={"name": label}).rows] == [label]
    iri = ox.NamedNode(run_query(store, query, bindings={"name": label}).rows[0][1])
    rows = run_query(store, query, bindings={"e": f"<{iri.value}>"}).rows
    assert rows == [[label, iri.value]]


def test_query_bind_option(seed_out):
    query = "SELECT ?name ?who WHERE { ?who skos:altLabel ?name }"
    result = kgbuilder("query", str(seed_out), query, "--bind", "name=Maduro", "--format", "csv")
    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines()[1:] == ["Maduro,http://example.org/kgbuilder/entity/"
                                              "nicolas_maduro"]
    for bad in (["--bind", "name"], ["--bind", "who=<not an iri>"]):
        failed = kgbuilder("query", str(seed_out), query, *bad)
        assert failed.returncode != 0 and failed.stderr.startswith("kgbuilder: error:")
        assert "Traceback" not in failed.stderr
    unselected = kgbuilder("query", str(seed_out), "SELECT ?who WHERE { ?who ?p ?name }",
                           "--bind", "name=Maduro")
    assert unselected.returncode == 1 and "Traceback" not in unselected.stderr


def test_validate_command(seed_out, seed_kg, tmp_path):
    ok = kgbuilder("validate", str(seed_out))
    assert ok.returncode == 0, ok.stdout + ok.stderr
    assert "conforms" in ok.stdout
    broken = tmp_path / "graph.nt"
    lines = [line for line in serialize_rdf(seed_kg.graph, "nt").splitlines()
             if b"#anchorOf>" not in line]
    broken.write_bytes(b"\n".join(lines) + b"\n")
    failed = kgbuilder("validate", str(broken))
    assert failed.returncode == 1
    assert "anchorOf" in failed.stdout and "violation" in failed.stderr
    garbage = tmp_path / "graph.ttl"
    garbage.write_text("not turtle at all <", encoding="utf-8")
    bad = kgbuilder("validate", str(garbage))
    assert bad.returncode == 1 and bad.stderr.startswith("kgbuilder: error:")



def test_validate_reads_the_base_a_folder_was_built_with(tmp_path):
    (tmp_path / "in.txt").write_text("Acme Corporation hired Jane Smith on Monday.",
                                     encoding="utf-8")
    out = tmp_path / "out"
    built = kgbuilder("build", str(tmp_path / "in.txt"), "--out", str(out), "--quiet",
                      "--base", "https://kg.example.com/news/")
    assert built.returncode == 0, built.stderr
    assert kgbuilder("validate", str(out)).returncode == 0  # the folder's settings
    assert kgbuilder("validate", str(out / "graph.ttl")).returncode == 1  # default base
    (out / "extractions.jsonl.gz").unlink()  # settings alone are enough
    assert kgbuilder("validate", str(out)).returncode == 0


def test_a_type_only_statements_use_is_declared(graph_of, tmp_path):
    """Every meeting of the text still to come (``will meet``) is a statement only, no
    plain triple; its ``kgv:relationType`` is still a declared ``rdf:Property``."""
    g = graph_of("Maria Lopez will meet Ivan Petrov in Madrid next week.")
    assert any(d.get("event_type") == "CONSULT" and not d["asserted"]
               for _, _, d in g.edges(data=True))
    path = tmp_path / "graph.ttl"
    path.write_bytes(serialize_rdf(g, "turtle"))
    result = validate(read_rdf(path))
    assert result.conforms, result.report
