"""A team or party written as a person's (``Mourinho's side``, ``his party``) stands for
the one team or party the role facts give that person; a side written with its team's own
name (``France's squad``, ``Mike Friday's England side``) is that team."""

from __future__ import annotations

from conftest import edges_between


def test_a_coachs_side_is_his_team(graph_of):
    g = graph_of("Kelso boss Alan Rigby was angry. "
                 "Rigby's side were knocked out of the Scottish Cup by Dunmore on Sunday.")
    assert edges_between(g, "Dunmore", "Kelso")
    assert edges_between(g, "Kelso", "Scottish Cup")


def test_his_side_after_his_title(graph_of):
    g = graph_of("Kelso manager Tom Reid said his side beat Dunmore with ease.")
    assert edges_between(g, "Kelso", "Dunmore")


def test_a_person_with_no_team_has_no_side(graph_of):
    g = graph_of("Alan Rigby was angry. "
                 "Rigby's side were knocked out of the Scottish Cup by Dunmore on Sunday.")
    assert not any(g.nodes[v]["type"] != "Concept" for v in g.successors("dunmore"))


def test_his_party_is_the_party_of_his_title(graph_of):
    g = graph_of("Labour leader Tom Reid told his party that the Conservatives had no plan.")
    assert edges_between(g, "Tom Reid", "Labour Party")


def test_a_teams_own_squad_is_the_team(graph_of):
    g = graph_of("Portugal's squad beat Latvia in Lisbon on Saturday. "
                 "Striker Nuno Gomes was dropped from Portugal's squad for the match.")
    assert edges_between(g, "Portugal", "Latvia")
    assert edges_between(g, "Nuno Gomes", "Portugal")


def test_a_side_named_after_its_coach_and_its_team(graph_of):
    g = graph_of("Coach Tom Reid's Portugal squad will tour Brazil in June.")
    assert edges_between(g, "Portugal", "Brazil")
