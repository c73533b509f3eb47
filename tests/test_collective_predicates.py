"""A plural predicate nominal of one person (``X and Y were huge losses``, ``X and Y, the
oldest and youngest players``) is said of the group, not of each; a plural noun for people
is said of each (``X and Y are Stanford students``). Sentences of our own, real spaCy."""

from __future__ import annotations

from conftest import edges_between


def _rejected(nlp, text: str) -> list[str]:
    from kgbuilder.extractors import Document, extract_doc
    from kgbuilder.graph import build_graph

    kg = build_graph([extract_doc(nlp(text), Document("d", text))])
    return [r["reason"] for r in kg.rejected]


def test_a_plural_thing_is_no_predicate_of_each_person(nlp, graph_of):
    text = "Tom Hardy and Paul Smith were huge losses for the England team."
    g = graph_of(text)
    assert edges_between(g, "Tom Hardy", "huge losses") == []
    assert "'huge losses' is said of a group, not of one person" in _rejected(nlp, text)


def test_a_counted_group_is_no_predicate_of_each_person(graph_of):
    g = graph_of("Tom Hardy and Paul Smith are two top-class players.")
    assert edges_between(g, "Paul Smith", "two top-class players") == []


def test_a_plural_noun_for_people_is_said_of_each(graph_of):
    g = graph_of("Tom Hardy and Paul Smith are Stanford University students.")
    [edge] = edges_between(g, "Paul Smith", "Stanford University students")
    assert edge["relation"] == "be"


def test_a_singular_predicate_stays(graph_of):
    g = graph_of("Tom Hardy was a huge loss for the England team.")
    assert edges_between(g, "Tom Hardy", "huge loss")
