"""Words a relation must keep to say what the sentence says: particles, degree words,
placings, the named partner of an object noun."""

from __future__ import annotations

import pytest
from conftest import edges_between


@pytest.mark.parametrize("text, relation", [
    ("The match against Wales was called off in Cardiff.", "be called off in"),
    ("Many readers are fed up with the slow trains of Acme Rail.", "be fed up with"),
    ("The match against Wales was played in Cardiff.", "be played in"),  # no particle
])
def test_a_passive_without_agent_keeps_its_particle(extract, text, relation):
    """``was called off`` is no ``was called``: the particle carries the meaning."""
    assert relation in {e.relation for e in extract(text).extractions}


@pytest.mark.parametrize("text, relation", [
    ("Acme Corp is more optimistic than Norbel Inc about next year.", "be more optimistic than"),
    ("Acme Corp is less likely than Norbel Inc to cut jobs.", "be less likely than"),
])
def test_a_comparison_keeps_its_degree_word(extract, text, relation):
    """Without ``less`` the comparison says the opposite (``be likely than``)."""
    assert relation in {e.relation for e in extract(text).extractions}


@pytest.mark.parametrize("text, relation", [
    ("Maria Lopez finished seventh in the Boston Marathon.", "finish seventh in"),
    ("Maria Lopez took second in the women's 1500m.", "take second in"),
    ("Maria Lopez won at the Boston Marathon.", "win at"),
])
def test_a_placing_after_a_verb_of_finishing_joins_the_relation(extract, text, relation):
    """``finished seventh in X``: never a bare ``finish in``, which hides the result."""
    assert relation in {e.relation for e in extract(text).extractions}


def test_a_named_partner_of_the_object_noun_is_the_object(graph_of):
    """``announced a partnership with Norbel Inc``: the fact is with Norbel, typed by the
    noun (COOPERATE); ``equalised thanks to X`` has no partner."""
    g = graph_of("Acme Corp announced a partnership with Norbel Inc on Monday. "
                 "Leeds United equalised thanks to Ivan Petrov.")
    [data] = edges_between(g, "Acme Corp", "Norbel Inc")
    assert data["relation"] == "announce partnership with" and data["event_type"] == "COOPERATE"
    assert edges_between(g, "Leeds United", "Ivan Petrov") == []


def test_a_placing_joins_only_a_verb_of_finishing(extract):
    relations = {e.relation for e in extract(
        "Maria Lopez spoke first at the conference with Ivan Petrov.").extractions}
    assert not any("first" in r for r in relations)


def test_a_verb_that_ends_the_noun_takes_no_type_of_it(graph_of):
    """``ruled out a coalition with X``: no COOPERATE."""
    g = graph_of("The Green Party ruled out a coalition with the Liberal Democrats.")
    assert all(d["event_type"] is None for d in edges_between(g, "Green Party",
                                                               "Liberal Democrats"))


def test_idioms_are_relations_not_objects(extract):
    def facts(text):
        return [(e.relation, [o.text for o in e.objects], e.rule)
                for e in extract(text).extractions]

    assert facts("The summit took place in Oslo.") == [("take place in", ["Oslo"], "idiom")]
    assert facts("The ceremony took place on Monday.") == [("take place", [], "idiom")]
    assert facts("Volunteers took care of the horses.") == [
        ("take care of", ["horses"], "idiom")]
    assert facts("The mayor left the door open to a recount.") == [
        ("leave door open to", ["recount"], "idiom")]
    assert facts("A tax rise is off the table.") == [("be off the table", [], "idiom")]
    assert facts("The colonel is in charge of the garrison.") == [
        ("be in charge of", ["garrison"], "idiom")]
    # A question's fronted copula: its nominal is the subject.
    [fact] = extract("Are higher fares off the table?").extractions
    assert (fact.subject.text, fact.relation, fact.modality) == (
        "higher fares", "be off the table", "question")
