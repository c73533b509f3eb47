"""The recipient of a double-object verb is the partner of ``to``/``for``, never the
verb's object: ``gave Ireland a record`` does not give Ireland away. Sentences of our
own, real spaCy parse."""

from __future__ import annotations

from conftest import edges_between


def test_a_recipient_is_given_to(graph_of):
    g = graph_of("Acme Corp gave Tom Hardy a new contract.")
    assert [d["relation"] for d in edges_between(g, "Acme Corp", "Tom Hardy")] == \
        ["give contract to"]


def test_a_given_sum_leaves_the_bare_give_to(graph_of):
    """``gave Labour £2m``: the sum is a figure of its own, no word of the relation."""
    g = graph_of("Acme Corp gave the Labour Party £2m last year.")
    assert [d["relation"] for d in edges_between(g, "Acme Corp", "Labour Party")] == ["give to"]


def test_a_possessor_read_as_a_recipient_is_no_recipient(extract):
    """``told BBC Radio 4's Today programme``: the station owns the programme."""
    result = extract("Tom Hardy told BBC Radio 4's Today programme that he would stay.")
    relations = {e.relation for e in result.extractions if e.subject.text == "Tom Hardy"}
    assert "tell" in relations and not any(r.endswith(" to") for r in relations)


def test_a_recipient_of_a_verb_of_getting_is_got_for(extract):
    result = extract("Tom Hardy scored a late try that earned Bath a draw.")
    assert "earn draw for" in {e.relation for e in result.extractions}


def test_a_lone_object_stays_the_object(graph_of):
    """``sold Vodafone``: no second object, Vodafone is what was sold."""
    g = graph_of("Acme Corp sold Vodafone in 2003.")
    assert [d["relation"] for d in edges_between(g, "Acme Corp", "Vodafone")] == ["sell"]


def test_what_a_verb_calls_its_object_joins_the_relation(graph_of):
    """``called Ivan Petrov a giant``: no phone call (no CONSULT), the relation says so."""
    g = graph_of("Maria Lopez called Ivan Petrov a giant of the movement.",
                 "Maria Lopez called Ivan Petrov on Monday.")
    relations = {d["relation"]: d["event_type"] for d in edges_between(g, "Maria Lopez",
                                                                        "Ivan Petrov")}
    assert relations.get("call giant", "missing") is None
    assert relations.get("call") == "CONSULT"
