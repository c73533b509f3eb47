"""Exports read back by independent parsers: rdflib, pyoxigraph, networkx, csv."""

from __future__ import annotations

import csv
import re

import networkx as nx
import pyoxigraph as ox
import pytest
import rdflib
from kgbuilder.exports import RDF_FORMATS, serialize_rdf

import kgbuilder

EDGE_ATTRS = ("relation", "negated", "confidence", "doc", "sentence", "char_start", "char_end")
NODE_ATTRS = ("label", "type", "aliases", "mentions")


def test_turtle_parses_with_rdflib_and_pyoxigraph(seed_out, seed_kg):
    data = (seed_out / "graph.ttl").read_bytes()
    g = rdflib.Graph().parse(data=data, format="turtle")
    quads = list(ox.parse(data, format=ox.RdfFormat.TURTLE))
    assert len(g) == len(quads) > 500
    asserted = sum(1 for _, _, d in seed_kg.graph.edges(data=True) if d["asserted"])
    rel = rdflib.Namespace("http://example.org/kgbuilder/rel/")
    plain = {(s, p, o) for s, p, o in g if str(p).startswith(str(rel))}
    assert len(plain) == asserted


@pytest.mark.parametrize("fmt", sorted(RDF_FORMATS))
def test_every_rdf_format_parses(seed_kg, fmt):
    data = serialize_rdf(seed_kg.graph, fmt)
    ox_format = {"turtle": ox.RdfFormat.TURTLE, "nt": ox.RdfFormat.N_TRIPLES,
                 "jsonld": ox.RdfFormat.JSON_LD, "trig": ox.RdfFormat.TRIG,
                 "nquads": ox.RdfFormat.N_QUADS}[fmt]
    assert len(list(ox.parse(data, format=ox_format))) > 500
    assert len(rdflib.Dataset().parse(data=data, format=RDF_FORMATS[fmt][0])) > 0


def test_negated_facts_are_statements_not_triples(graph_of):
    g = graph_of("Germany did not invade Poland.")
    rdf = rdflib.Graph().parse(data=serialize_rdf(g), format="turtle")
    approve = rdflib.URIRef("http://example.org/kgbuilder/rel/invade")
    assert not list(rdf.triples((None, approve, None)))
    stmts = list(rdf.subjects(rdflib.RDF.predicate, approve))
    assert len(stmts) == 1


def test_base_iri_is_configurable_and_names_are_safe(graph_of):
    g = graph_of('Jean "Le Chef" <b>Dupont</b> visited São Paulo / Brazil 🚀 today.')
    data = serialize_rdf(g, "nt", base="https://kg.example.com/news/")
    quads = list(ox.parse(data, format=ox.RdfFormat.N_TRIPLES))  # strict IRI checking
    subjects = {q.subject.value for q in quads if isinstance(q.subject, ox.NamedNode)}
    assert all(s.startswith("https://kg.example.com/news/") for s in subjects)


def test_json_round_trips_with_every_documented_attribute(seed_out, seed_kg):
    g = kgbuilder.load(seed_out / "graph.json")
    assert g.is_multigraph() and g.is_directed()
    assert g.number_of_nodes() == seed_kg.graph.number_of_nodes()
    assert g.number_of_edges() == seed_kg.graph.number_of_edges()
    for _, data in g.nodes(data=True):
        assert all(a in data for a in NODE_ATTRS) and isinstance(data["aliases"], list)
    for _, _, key, data in g.edges(keys=True, data=True):
        assert all(a in data for a in EDGE_ATTRS)
        assert key.removeprefix("not ") == data["relation"]
    assert '"edges"' in (seed_out / "graph.json").read_text(encoding="utf-8")


def test_facts_csv_has_one_row_per_evidence(seed_out, seed_kg):
    with open(seed_out / "facts.csv", encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))
    expected = sum(len(d["evidence"]) for _, _, d in seed_kg.graph.edges(data=True))
    kept = [r for r in rows if r["in_graph"] == "true"]
    assert len(kept) == expected and all(r["sentence"] and r["doc"] for r in rows)
    left = [r for r in rows if r["in_graph"] == "false"]
    assert len(left) == len(seed_kg.rejected) and all(r["reason"] for r in left)


def test_html_loads_nothing_from_the_network(seed_out):
    html = (seed_out / "graph.html").read_text(encoding="utf-8")
    assert "<script src" not in html and "<link" not in html
    loads = re.findall(r"""(?:src|href)\s*=\s*["']?\s*(https?:)""", html, re.I)
    loads += re.findall(r"""(?:url\(|@import)\s*["']?\s*https?:""", html, re.I)
    assert loads == []
    assert "vis.Network" in html and "Content-Security-Policy" in html


def test_reported_facts_carry_prov_attribution(graph_of):
    g = graph_of("Angela Merkel arrived in Paris. Merkel said that Russia had seized Crimea.")
    rdf = rdflib.Graph().parse(data=serialize_rdf(g, "turtle"), format="turtle")
    rows = list(rdf.query("""
        PREFIX prov: <http://www.w3.org/ns/prov#>
        PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
        SELECT ?name WHERE { ?s prov:wasAttributedTo ?who . ?who rdfs:label ?name }"""))
    assert [str(r[0]) for r in rows] == ["Angela Merkel"]


def test_rdflib_view_holds_exactly_the_serialised_triples(seed_kg):
    from kgbuilder.exports import to_rdflib

    parsed = rdflib.Graph().parse(data=serialize_rdf(seed_kg.graph, "nt"), format="nt")
    built = to_rdflib(seed_kg.graph)
    assert len(parsed) == len(built) > 500
    assert set(parsed) == set(built)


def test_big_outputs_are_written_in_chunks_with_the_same_bytes(seed_kg, tmp_path):
    """graph.json and facts.csv are streamed to disk a few rows at a time: the chunks
    join to the whole document (node-link JSON exactly as networkx's data dumped whole)."""
    import orjson
    from kgbuilder.exports.facts_csv import facts_csv_chunks, to_facts_csv
    from kgbuilder.exports.files import write_all
    from kgbuilder.exports.nodelink import node_link_chunks, read_node_link

    g = seed_kg.graph
    whole = orjson.dumps(nx.node_link_data(g, edges="edges"),
                         option=orjson.OPT_SORT_KEYS | orjson.OPT_APPEND_NEWLINE)
    chunks = list(node_link_chunks(g, items=7))
    assert len(chunks) > 10 and b"".join(chunks) == whole
    rows = list(facts_csv_chunks(g, seed_kg.rejected, rows=5))
    assert len(rows) > 10 and b"".join(rows) == to_facts_csv(g, seed_kg.rejected)
    write_all({tmp_path / "graph.json": lambda: node_link_chunks(g, items=7)})
    assert (tmp_path / "graph.json").read_bytes() == whole
    assert nx.utils.graphs_equal(read_node_link(tmp_path / "graph.json"), g)


def test_rdf_is_streamed_into_its_file_with_the_same_bytes(seed_kg, tmp_path):
    """The Turtle of a corpus is written into its staged file as pyoxigraph makes it
    (never whole in memory); a writer that fails leaves the old file and no stray."""
    from kgbuilder.exports.files import Streamed, write_all

    g = seed_kg.graph
    target = tmp_path / "graph.ttl"
    write_all({target: lambda: Streamed(lambda handle: serialize_rdf(g, "turtle",
                                                                     output=handle))})
    assert target.read_bytes() == serialize_rdf(g, "turtle")

    def broken(handle) -> None:
        handle.write(b"@prefix half")
        raise RuntimeError("disk gone")

    with pytest.raises(RuntimeError):
        write_all({target: Streamed(broken)})
    assert target.read_bytes() == serialize_rdf(g, "turtle")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["graph.ttl"]
