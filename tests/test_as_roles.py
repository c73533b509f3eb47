"""Roles a clause gives its subject with ``as``: ``X served as chief executive of Y``."""

from __future__ import annotations

from conftest import edges_between


def edges(g, subject: str, obj: str) -> dict[str, dict]:
    return {d["relation"]: d for d in edges_between(g, subject, obj)}


def test_served_as_a_role_of_a_named_owner(extract):
    facts = [e for e in extract("Ana Lind served as chief executive of Norbel until 2010."
                                ).extractions if e.rule == "as-role"]
    assert [(e.subject.text, e.relation, e.object.text) for e in facts] == [
        ("Ana Lind", "chief executive of", "Norbel")]


def test_each_subject_holds_the_role_as_one(graph_of):
    g = graph_of("Paul Keane and Ian Ross met as students at Leeds University.")
    for person in ("Paul Keane", "Ian Ross"):
        assert edges(g, person, "Leeds University")["student at"]["wikidata_property"] == "P69"


def test_a_judging_verb_gives_no_role(extract):
    result = extract("Maria Lopez was hailed as the saviour of Acme.")
    assert not [e for e in result.extractions if e.rule == "as-role"]
