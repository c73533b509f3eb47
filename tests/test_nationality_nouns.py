"""``the Spaniard``, ``the 20-year-old Swede``: a noun for one person of a nation names
nobody by itself; it is no node (one node "Spaniard" would join every Spaniard of a
document). Sentences of our own, real spaCy parse."""

from __future__ import annotations

from kgbuilder.graph import find_node


def test_a_nationality_noun_is_no_node(graph_of):
    g = graph_of("Tom Hardy will face Carlos Diaz in the final after the Spaniard beat "
                 "Paul Smith. The 24-year-old Swiss told Le Monde about the match.")
    assert find_node(g, "Spaniard") is None
    assert find_node(g, "Swiss") is None
    assert find_node(g, "Paul Smith") is None or not g.in_edges(find_node(g, "Paul Smith"))


def test_the_country_of_a_nationality_adjective_stays(graph_of):
    """``the Swiss research group X``: the adjective still places the group."""
    g = graph_of("Professor Anna Weber works for the Swiss research group MiraLab.")
    assert find_node(g, "Switzerland") is not None
    assert find_node(g, "Swiss") is None


def test_a_named_person_keeps_the_edge(graph_of):
    g = graph_of("Carlos Diaz beat Paul Smith in the final.")
    assert g.has_edge(find_node(g, "Carlos Diaz"), find_node(g, "Paul Smith"))
