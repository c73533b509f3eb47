"""Where a named one comes from, said between commas: ``X, 29, from Swansea, said``."""

from __future__ import annotations

from conftest import edges_between


def test_a_comma_set_from_phrase_says_where_a_person_is_from(graph_of):
    g = graph_of("Kate Brown, 29, from Swansea, told reporters she was delighted.")
    assert [d["relation"] for d in edges_between(g, "Kate Brown", "Swansea")] == ["be from"]


def test_an_adverb_may_open_the_phrase(extract):
    result = extract("Chris Moyles, originally from Leeds, presented the breakfast show.")
    assert [(e.subject.text, e.objects[0].text) for e in result.extractions
            if e.rule == "origin"] == [("Chris Moyles", "Leeds")]


def test_a_from_phrase_without_the_comma_is_no_origin(extract):
    result = extract("Arsenal signed Michael Jones from Leeds on Monday.")
    assert not [e for e in result.extractions if e.rule == "origin"]
