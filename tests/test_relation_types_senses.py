"""Relation types that depend on the sense: nationalities, casts, bands, genres, warnings."""

from __future__ import annotations

import pytest
from conftest import edges_between
from kgbuilder.graph.relations import RelationTyper, typing_type


def typed(g, subject: str, obj: str) -> tuple[str | None, str | None]:
    [data] = edges_between(g, subject, obj)
    return data["wikidata_property"], data["event_type"]


def test_a_countrys_actor_is_its_citizen(graph_of):
    g = graph_of("US actor Dale Morton died in Boston on Sunday.")
    assert typed(g, "Dale Morton", "United States") == ("P27", None)


def test_a_film_starring_an_actor_has_that_cast_member(graph_of):
    g = graph_of("The Grey Door, starring Tom Vance, topped the box office.")
    [data] = edges_between(g, "Grey Door", "Tom Vance")
    assert data["wikidata_property"] == "P161" and data["wikidata_inverse"] is False


def test_being_in_or_quitting_the_band_is_membership(graph_of):
    g = graph_of("Rock group Blue Harbour have sacked their bassist Ray Holt. "
                 "Holt had been in the band for ten years.")
    assert typed(g, "Ray Holt", "Blue Harbour") == ("P463", None)
    g = graph_of("Pop band Blue Harbour split up. Singer Ray Holt quit the band in March.")
    assert ("P463", None) in {(d["wikidata_property"], d["event_type"])
                              for d in edges_between(g, "Ray Holt", "Blue Harbour")
                              if d["relation"] == "quit"}


def test_a_genres_star_is_no_cast_member(graph_of):
    g = graph_of("R&B star Lena Marsh won two awards on Sunday.")
    for data in edges_between(g, "Lena Marsh", "R&B"):
        assert data["wikidata_property"] is None


def test_a_chancellor_holds_an_office_and_a_warning_is_no_threat(graph_of):
    g = graph_of("German Chancellor Klaus Weber met Italian Prime Minister Marco Rossi.")
    assert typed(g, "Klaus Weber", "Germany") == ("P39", None)  # not Britain's head of govt
    g = graph_of("Linda Shaw warned Peter Brandt not to raise taxes.")
    assert typed(g, "Linda Shaw", "Peter Brandt") == (None, None)


def test_siblings_teachers_founders_and_partners(graph_of):
    g = graph_of("Karl Berg's brother Tomas Berg said the deal was wrong.")
    assert typed(g, "Tomas Berg", "Karl Berg") == ("P3373", None)
    g = graph_of("Mark Fisher, who teaches at Leeds University, said prices would rise.")
    assert typed(g, "Mark Fisher", "Leeds University") == ("P108", None)
    g = graph_of("Tom Vance set up Harbour Airlines in 1998.")
    assert typed(g, "Tom Vance", "Harbour Airlines") == ("P112", None)
    g = graph_of("Acme Radio will broadcast in partnership with Netwave Holdings.")
    assert typed(g, "Acme Radio", "Netwave Holdings") == (None, "COOPERATE")


@pytest.mark.parametrize(("relation", "subject", "obj", "prop"), [
    ("star", "Organization", "Person", "P161"),   # a film NER called an organisation
    ("star", "Person", "Person", None),           # a film NER called a person: no reversal
    ("star with", "Person", "Person", None),      # co-stars
    ("star of", "Person", "Person", "P161"),      # "Vera Drake star X"
    ("star of", "Person", "Country", None),       # "UK star X"
    ("actor of", "Person", "Country", "P27"),
    ("join", "Person", "Organization", None),     # a firm, a club or a band
    ("join", "Country", "Organization", "P463"),
    ("president of", "Organization", "Country", None),  # a president NER took for a firm
    ("biggest oil producer of", "Organization", "Country", "P17"),
    ("parent of", "Organization", "Organization", "P355"),
    ("owner of", "Organization", "Organization", "P127"),
    ("direct", "Person", "Organization", "P57"),  # a film NER called an organisation
    ("be in", "Place", "City", "P276"),          # a site in a town
    ("be in", "Place", "Country", None),          # NER's places include drugs and shows
])
def test_sense_rows(relation, subject, obj, prop):
    kind = RelationTyper().type_of(relation, subject, obj)
    assert (kind.wikidata_property if kind else None) == prop


def test_a_genre_or_film_industry_end_takes_no_role_but_keeps_its_place():
    typer = RelationTyper()
    hollywood = typing_type("Place", "Hollywood")
    assert typer.type_of("star of", "Person", hollywood) is None
    assert typer.type_of("be based in", "Organization", hollywood).wikidata_property == "P159"
    assert typing_type("Person", "Rock") == "Person"  # Chris Rock is no genre
    assert typer.role_misfit("actor of", "Organization") is None  # nationality says no owner
