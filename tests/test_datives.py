"""The recipient of a double-object verb is the partner of ``to``/``for``, never the
verb's object: ``gave Ireland a record`` does not give Ireland away. Sentences of our
own, real spaCy parse."""

from __future__ import annotations

from conftest import edges_between


def test_a_recipient_is_given_to(graph_of):
    g = graph_of("Acme Corp gave Tom Hardy a new contract.")
    assert [d["relation"] for d in edges_between(g, "Acme Corp", "Tom Hardy")] == ["give to"]


def test_a_recipient_of_a_verb_of_getting_is_got_for(extract):
    result = extract("Tom Hardy scored a late try that earned Bath a draw.")
    assert "earn for" in {e.relation for e in result.extractions}


def test_a_lone_object_stays_the_object(graph_of):
    """``sold Vodafone``: no second object, Vodafone is what was sold."""
    g = graph_of("Acme Corp sold Vodafone in 2003.")
    assert [d["relation"] for d in edges_between(g, "Acme Corp", "Vodafone")] == ["sell"]
