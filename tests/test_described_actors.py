"""``the German exchange said``, ``the Swiss 12th seed beat X``: a definite description by
nationality stands for an actor the text names elsewhere, and is no node of its own; as
a description of a name (``X, the French newspaper``) and for a country's institution it
stays. Sentences of our own, real spaCy parse."""

from __future__ import annotations

from conftest import edges_between
from kgbuilder.graph import find_node


def test_a_described_actor_is_no_node(graph_of):
    g = graph_of("Deutsche Boerse held talks with the LSE. "
                 "The German exchange said it had held friendly talks with the LSE.")
    assert find_node(g, "German exchange") is None
    assert edges_between(g, "Deutsche Boerse", "LSE")


def test_a_described_person_as_object_is_no_node(graph_of):
    g = graph_of("Tony Reed is happy to work with the Swiss star on a casual basis.")
    assert find_node(g, "Swiss star") is None


def test_a_description_of_a_name_stays(graph_of):
    g = graph_of("Le Monde, the French newspaper, praised Tony Reed.")
    assert edges_between(g, "Le Monde", "French newspaper")


def test_a_countrys_institution_stays(graph_of):
    g = graph_of("The French government criticised the LSE on Monday.")
    assert edges_between(g, "French government", "LSE")
