"""``the 24-year-old`` stands for the person just named, as the definite nominals do;
before a noun (``the 15-year-old ban``) it stays a modifier."""

from __future__ import annotations

from kgbuilder.graph import find_node


def relations(g, subject: str, obj: str) -> list[str]:
    s, o = find_node(g, subject), find_node(g, obj)
    return [d["relation"] for _, v, d in g.out_edges(s, data=True) if v == o]


def test_an_age_stands_for_the_person_just_named(graph_of):
    g = graph_of("Winger Tom Reyes hurt his knee on Monday. "
                 "The 24-year-old has not played for Wales since March.")
    assert relations(g, "Tom Reyes", "Wales") == ["play for"]


def test_an_age_with_two_people_before_it_stays_unresolved(graph_of):
    g = graph_of("Coach Ian Foster praised winger Tom Reyes on Monday. "
                 "The 24-year-old has not played for Wales since March.")
    assert not relations(g, "Tom Reyes", "Wales") and not relations(g, "Ian Foster", "Wales")


def test_an_age_before_a_noun_is_no_person(extract):
    [fact] = extract("The 15-year-old ban was lifted.").extractions
    assert fact.subject.text == "15-year-old ban"
