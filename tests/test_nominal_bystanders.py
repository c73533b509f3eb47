"""``the group`` after a university named in passing, and under a headline that drops
``the``: the nominal still stands for the band the text introduced as an actor.
Sentences of our own, real spaCy parse."""

from __future__ import annotations

import json

from kgbuilder.extractors import Document, extract_doc, extract_documents
from kgbuilder.graph import build_graph, find_node
from kgbuilder.graph.resolve import document_clusters

from kgbuilder.inputs import read_documents


def clusters(nlp, text):
    return {c.key: c for c in document_clusters(extract_doc(nlp(text), Document("d", text)))}


def test_the_group_passes_over_a_university_named_in_passing(nlp):
    found = clusters(nlp, "Glass Harbour have released a new album. Tom Reed had been in "
                          "the band since its formation at Leeds University. The group, "
                          "originally from Wales, will tour Europe in May.")
    assert "group" in found["glass harbour"].aliases
    assert "group" not in found["leeds university"].aliases


def test_a_university_that_acts_still_stands_between(nlp):
    found = clusters(nlp, "Glass Harbour have released a new album. Leeds University "
                          "said the band had studied there. The group will tour Europe.")
    assert "group" not in found["glass harbour"].aliases


def test_a_headline_without_the_leaves_the_group_to_the_body(nlp, tmp_path):
    path = tmp_path / "news.jsonl"
    path.write_text(json.dumps({
        "id": "n1", "title": "Glass Harbour drummer leaves group",
        "text": "Glass Harbour have released a new album. Tom Reed had been in the band "
                "since its formation at Leeds University. The group, originally from "
                "Wales, will tour Europe in May."}) + "\n", encoding="utf-8")
    g = build_graph(extract_documents(read_documents([str(path)]), nlp)).graph
    band, wales = find_node(g, "Glass Harbour"), find_node(g, "Wales")
    assert band is not None and wales is not None
    assert any(d["relation"] == "be from" for d in (g.get_edge_data(band, wales) or {}).values())
