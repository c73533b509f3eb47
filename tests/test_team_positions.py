"""``Leicester lock X``: the owner of a position in a team's side is a team, never a
person, whatever NER said. Sentences of our own, real spaCy parse."""

from __future__ import annotations

from conftest import edges_between
from kgbuilder.graph import find_node


def test_the_owner_of_a_team_position_is_an_organisation(graph_of):
    g = graph_of("England coach Tom Reed has also awarded Gloucester flanker Andy Hazell "
                 "his first start.")
    assert edges_between(g, "Andy Hazell", "Gloucester")
    assert g.nodes[find_node(g, "Gloucester")]["type"] == "Organization"


def test_a_personal_relation_keeps_its_person(graph_of):
    g = graph_of("Andy Hazell, the brother of Tom Reed, was named in the side.")
    node = find_node(g, "Tom Reed")
    assert node is None or g.nodes[node]["type"] == "Person"
