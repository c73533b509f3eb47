"""``respectively`` pairs two lists one to one: ``A and B bought C and D respectively``
says A bought C and B bought D, never A bought D. Sentences of our own, real spaCy."""

from __future__ import annotations

from conftest import edges_between


def test_respectively_keeps_only_the_matching_pairs(graph_of):
    g = graph_of("Acme Corp and Norbel Inc bought Vodafone and Orange respectively.")
    assert edges_between(g, "Acme Corp", "Vodafone") and edges_between(g, "Norbel Inc", "Orange")
    assert edges_between(g, "Acme Corp", "Orange") == []
    assert edges_between(g, "Norbel Inc", "Vodafone") == []


def test_the_crossed_pair_stays_in_the_records_with_its_reason(nlp):
    from kgbuilder.extractors import Document, extract_doc, pipeline_name
    from kgbuilder.graph import build_graph

    text = "Acme Corp and Norbel Inc bought Vodafone and Orange respectively."
    kg = build_graph([extract_doc(nlp(text), Document("d0", text), pipeline_name(nlp))])
    reasons = [reason for e, reason, _ in kg.left_out
               if e.subject.text == "Acme Corp" and e.objects[0].text == "Orange"]
    assert reasons and "respectively" in reasons[0]


def test_without_respectively_every_pair_stands(graph_of):
    g = graph_of("Acme Corp and Norbel Inc bought Vodafone and Orange.")
    assert edges_between(g, "Acme Corp", "Orange") and edges_between(g, "Norbel Inc", "Vodafone")
