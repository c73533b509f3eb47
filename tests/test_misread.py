"""A plural role noun the parser read as a verb in a subject's place."""

from __future__ import annotations

from conftest import edges_between as edges

TEXT = ("Blue Heaven stars Matt Jones and David Evans have been named the most powerful "
        "people in radio comedy.")


def test_a_misread_role_noun_between_names_is_a_title(graph_of):
    g = graph_of(TEXT)
    for person in ("Matt Jones", "David Evans"):
        [data] = edges(g, person, "Blue Heaven")
        assert data["relation"] == "star of" and data["wikidata_property"] == "P161"


def test_a_misread_noun_states_nothing_as_a_verb(extract):
    facts = extract(TEXT).extractions
    assert not [e for e in facts if e.relation == "star"]
    assert {(e.subject.text, e.relation, e.object.text) for e in facts
            if e.rule == "title"} == {("Matt Jones", "star of", "Blue Heaven"),
                                      ("David Evans", "star of", "Blue Heaven")}
