"""Relation types a reader would call wrong are not given: a department's manager is no
head, a withdrawal from a tournament no retreat, an interview no consultation, a signing
no support, a chain's first verb no type of its infinitive's object. Sentences of our own,
real spaCy parse."""

from __future__ import annotations

import pytest
from conftest import edges_between
from kgbuilder.graph.relations import RelationFileError, RelationTyper, parse_relations


def types(g, subject: str, obj: str) -> set[tuple[str | None, str | None]]:
    return {(d["wikidata_property"], d["event_type"]) for d in edges_between(g, subject, obj)}


def test_a_department_manager_works_for_the_firm_a_director_runs_it(graph_of):
    g = graph_of("Jane Moss, marketing manager at Brightline Foods, said sales rose.")
    assert types(g, "Jane Moss", "Brightline Foods") == {("P108", None)}
    g = graph_of("Jane Moss, technical director of Brightline Foods, said sales rose.")
    assert types(g, "Jane Moss", "Brightline Foods") == {("P108", None)}
    g = graph_of("Jane Moss, director of Brightline Foods, said sales rose.")
    assert types(g, "Jane Moss", "Brightline Foods") == {("P1037", None)}
    g = graph_of("Jane Moss, deputy director of Brightline Foods, said sales rose.")
    assert types(g, "Jane Moss", "Brightline Foods") == {("P108", None)}


def test_an_officer_works_for_the_firm_and_a_chief_at_it_too(graph_of):
    g = graph_of("Paul Grant, chief technology officer at Norwave Systems, was upbeat.")
    assert types(g, "Paul Grant", "Norwave Systems") == {("P108", None)}


def test_a_withdrawal_from_an_event_is_no_retreat(graph_of):
    g = graph_of("Kate Lowe withdrew from the Commonwealth Games in Melbourne.")
    assert types(g, "Kate Lowe", "Commonwealth Games") == {(None, None)}


def test_speaking_to_a_broadcaster_is_no_consultation(graph_of):
    g = graph_of("Tom Hardy spoke to Radio Kent after the game.")
    assert types(g, "Tom Hardy", "Radio Kent") == {(None, None)}
    g = graph_of("Tom Hardy spoke to Ivan Petrov after the game.")
    assert types(g, "Tom Hardy", "Ivan Petrov") == {(None, "CONSULT")}


def test_signing_an_artist_is_no_support_signing_a_treaty_is(graph_of):
    g = graph_of("Ray Dunn signed Lena Marsh to his record label.")
    assert types(g, "Ray Dunn", "Lena Marsh") == {(None, None)}


def test_a_negative_chain_or_a_helping_verb_does_not_type_the_infinitive(graph_of):
    g = graph_of("Tom Hardy refused to blame Ivan Petrov for the defeat.")
    assert types(g, "Tom Hardy", "Ivan Petrov") == {(None, None)}
    g = graph_of("Labour MPs failed to back Tom Hardy in the vote.")
    assert types(g, "Labour MPs", "Tom Hardy") == {(None, None)}


def test_denying_a_claim_rejects_its_owner_denying_a_person_something_does_not(graph_of):
    g = graph_of("Tom Hardy denied Ivan Petrov's claim that he had lied.")
    assert (None, "REJECT") in types(g, "Tom Hardy", "Ivan Petrov")
    g = graph_of("Tom Hardy denied Ivan Petrov a place in the team.")
    assert types(g, "Tom Hardy", "Ivan Petrov") == {(None, None)}


def test_a_place_of_death_and_a_bands_members(graph_of):
    g = graph_of("The singer Tom Hardy died in Glasgow on Sunday.")
    assert types(g, "Tom Hardy", "Glasgow") == {("P20", None)}


@pytest.mark.parametrize(("relation", "subject", "obj", "reading", "kind"), [
    ("win for", "Person", "CreativeWork", "prep", None),        # the work, not the award
    ("win", "Person", "Award", "svo", "P166"),
    ("receive about", "Person", "CreativeWork", "prep", None),
    ("criticise over", "Person", "Person", "prep", "DISAPPROVE"),  # an event row still does
    ("teach discipline to", "Organization", "Person", "svo", "P69"),  # a recipient
    ("be popular in", "Organization", "Country", "copula", None),
    ("be released in", "Organization", "Country", "passive-prep", None),
    ("be held in", "Event", "City", "passive-prep", "P276"),
    ("help to launch", "Person", "Organization", "svo", None),
    ("hope to meet", "Person", "Person", "svo", "CONSULT"),     # the infinitive's own verb
    ("fail to back", "Person", "Person", "svo", None),
    ("back up on", "Person", "Organization", "prep", None),      # a phrasal verb of its own
    ("brush off suggestions of", "Person", "PoliticalParty", "response", "REJECT"),
    ("host of", "Person", "Event", "title", None),               # "Oscar host X"
    ("head to", "Person", "Organization", "prep", None),         # "she heads to a castle"
    ("be home secretary", "Person", "Role", "title", "P39"),
    ("boss of", "Person", "Organization", "title", "P1037"),     # a club's or a firm's
    ("boss of", "Person", "SportsTeam", "title", "P286"),
    ("general manager of", "Person", "Country", "apposition", None),
    ("european president of", "Person", "Organization", "apposition", "P108"),
    ("call", "Organization", "Organization", "svo", None),       # "a service called X"
    ("call", "Person", "Person", "svo", "CONSULT"),
    ("deny", "Person", "Person", "svo", None),                   # "denied him a win"
    ("withdraw from", "Country", "Legislation", "prep", "RETREAT"),
    ("consist of", "Organization", "Person", "prep", "P463"),
])
def test_typing_rows(relation, subject, obj, reading, kind):
    row = RelationTyper().type_of(relation, subject, obj, reading=reading)
    assert (row and (row.wikidata_property or row.event_type)) == kind


def test_a_kind_can_be_every_end_but_one():
    [row] = parse_relations(["leave,person,!event,P108,false,"])
    assert row.fits("Person", "Organization") and not row.fits("Person", "Event")
    assert not row.fits("Person", "Role")
    with pytest.raises(RelationFileError, match="!KIND"):
        parse_relations(["leave,person,!nothing,P108,false,"])
