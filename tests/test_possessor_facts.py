"""An object written ``NAME's NOUN`` is also an interaction with NAME, when the verb has a
PLOVER event type: ``accepted Blair's promise`` → accept promise of → Blair (AGREE)."""

from __future__ import annotations

from kgbuilder.graph import find_node


def relations(g, subject: str, obj: str) -> dict[str, dict]:
    s, o = find_node(g, subject), find_node(g, obj)
    return {d["relation"]: d for _, v, d in g.out_edges(s, data=True) if v == o}


def test_accepting_a_named_possessors_promise_is_agreeing_with_them(graph_of):
    g = graph_of("The bill passed after the Liberal Party accepted Ana Lind's promise of a review.")
    data = relations(g, "Liberal Party", "Ana Lind")["accept promise of"]
    assert data["event_type"] == "AGREE" and data["wikidata_property"] is None


def test_no_possessor_fact_without_an_event_type(graph_of):
    g = graph_of("Tom Aske put England's mistakes down to a lack of toughness.",
                 "Olaf Berg met Ana Lind's wife in Oslo on Friday.")
    assert not relations(g, "Tom Aske", "England")
    assert not relations(g, "Olaf Berg", "Ana Lind")  # the wife is met, not Ana Lind


def test_branding_a_named_possessors_words_is_denouncing_them(graph_of):
    g = graph_of("Senator Ray Colt branded Ana Lind's remarks stupid.")
    data = relations(g, "Ray Colt", "Ana Lind")["brand remark of"]
    assert data["event_type"] == "DISAPPROVE"
