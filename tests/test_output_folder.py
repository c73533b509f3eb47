"""What a build does to the folder it writes: it never replaces files it did not write,
leaves no graph of another RDF format behind, and reports bad options as InputError."""

from __future__ import annotations

import pytest

import kgbuilder

TEXT = "Acme Corp hired Ana Costa in Leeds."


def test_a_new_rdf_format_replaces_the_old_rdf_file(nlp, tmp_path):
    out = tmp_path / "out"
    kgbuilder.build(texts=[TEXT], nlp=nlp, out=out)
    assert (out / "graph.ttl").is_file()
    kgbuilder.build(texts=[TEXT], nlp=nlp, out=out, rdf_format="nt")
    assert (out / "graph.nt").is_file() and not (out / "graph.ttl").exists()


def test_a_folder_kgbuilder_did_not_write_is_not_overwritten(nlp, tmp_path):
    out = tmp_path / "mine"
    out.mkdir()
    (out / "facts.csv").write_text("my own table\n")
    with pytest.raises(kgbuilder.InputError, match="did not write") as info:
        kgbuilder.build(texts=[TEXT], nlp=nlp, out=out)
    assert info.value.exit_code == 2
    assert (out / "facts.csv").read_text() == "my own table\n"
    assert sorted(p.name for p in out.iterdir()) == ["facts.csv"]


@pytest.mark.parametrize("option", ["aliases", "relations"])
def test_a_bad_table_is_an_input_error_in_python_too(nlp, tmp_path, option):
    table = tmp_path / "bad.csv"
    table.write_text("just one column\n")
    with pytest.raises(kgbuilder.InputError, match="bad.csv:1") as info:
        kgbuilder.build(texts=[TEXT], nlp=nlp, **{option: table})
    assert info.value.exit_code == 2


def test_a_bad_base_is_an_input_error_before_anything_is_written(nlp, tmp_path):
    with pytest.raises(kgbuilder.InputError, match="not an absolute IRI"):
        kgbuilder.build(texts=[TEXT], nlp=nlp, out=tmp_path / "out", base="nope")
    for base in ("https://example.org/kg?x=1", "https://example.org/kg#"):
        with pytest.raises(kgbuilder.InputError, match="query or fragment"):
            kgbuilder.build(texts=[TEXT], nlp=nlp, out=tmp_path / "out", base=base)
    assert not (tmp_path / "out").exists()


def test_queries_run_unchanged_on_a_quad_format_build(nlp, tmp_path):
    from kgbuilder.exports.endpoint import answer
    from kgbuilder.exports.sparql import load_store, run_query

    query = "SELECT ?name WHERE { ?e a ?kind ; rdfs:label ?name } ORDER BY ?name"
    rows = {}
    for fmt, name in (("turtle", "graph.ttl"), ("trig", "graph.trig")):
        out = tmp_path / fmt
        kgbuilder.build(texts=[TEXT], nlp=nlp, out=out, rdf_format=fmt)
        rows[fmt] = run_query(load_store(out / name), query).rows
    assert rows["trig"] == rows["turtle"] and ["Leeds"] in rows["trig"]
    status, _, body = answer(load_store(tmp_path / "trig" / "graph.trig"), query, "text/csv",
                             {"rdfs": "http://www.w3.org/2000/01/rdf-schema#"})
    assert status == 200 and b"Leeds" in body


def test_a_grown_folder_keeps_its_relation_rows(nlp, tmp_path):
    """``--relations`` is kept like ``--aliases``: out=A then into=B writes what one build
    of A and B with the same rows writes."""
    rows = tmp_path / "rel.csv"
    rows.write_text("pattern,subject,object,property,inverse,event\n"
                    "hire,org,person,,,COOPERATE\n")
    first, second = "Acme Corp hired Ana Costa.", "Norbel Inc hired Tom Hale in York."
    kgbuilder.build(texts=[first], nlp=nlp, relations=rows, out=tmp_path / "grown")
    kgbuilder.build(texts=[second], nlp=nlp, into=tmp_path / "grown")
    kgbuilder.build(texts=[first, second], nlp=nlp, relations=rows, out=tmp_path / "once")
    grown = (tmp_path / "grown" / "graph.json").read_bytes()
    assert grown == (tmp_path / "once" / "graph.json").read_bytes()
    assert b'"event_type":"COOPERATE"' in grown
