"""Results stated as a noun: ``X's win over Y`` and ``X claimed a victory against Y``."""

from __future__ import annotations

from kgbuilder.graph import find_node


def relations(g, subject: str, obj: str) -> list[str]:
    s, o = find_node(g, subject), find_node(g, obj)
    return [d["relation"] for _, v, d in g.out_edges(s, data=True) if v == o]


def test_possessor_of_a_win_beat_its_loser(graph_of):
    g = graph_of("The striker broke his wrist during Leeds United's 2-1 win over Everton.")
    assert relations(g, "Leeds United", "Everton") == ["beat"]


def test_subject_of_a_verb_taking_the_win(graph_of):
    g = graph_of("Ajax claimed a narrow win against Feyenoord in Rotterdam.")
    assert relations(g, "Ajax", "Feyenoord") == ["beat"]


def test_subject_climbs_from_a_by_clause(graph_of):
    g = graph_of("Barcelona secured the title by grinding out a 3-0 victory over Valencia.")
    assert "beat" in relations(g, "Barcelona", "Valencia")


def test_a_dates_possessive_is_no_winner(extract):
    result = extract("Fans celebrated Saturday's 3-1 win over Porto.")
    assert not [e for e in result.extractions if e.rule == "contest"]


def test_a_win_without_a_named_loser_is_no_result(extract):
    result = extract("Celtic's win over the weekend lifted the mood.")
    assert not [e for e in result.extractions if e.rule == "contest"]


def test_possessor_of_a_defeat_lost_to_its_winner(graph_of):
    g = graph_of("Supporters left early during Hibernian's 3-0 defeat to Aberdeen.")
    assert relations(g, "Hibernian", "Aberdeen") == ["lose to"]


def test_subject_of_suffer_lost_to_the_side_after_the_verb(graph_of):
    g = graph_of("Roger Federer suffered a surprise loss against Marat Safin in Melbourne.")
    assert "lose to" in relations(g, "Roger Federer", "Marat Safin")


def test_a_pronoun_owns_no_defeat(extract):
    result = extract("Leeds, who have lost four games, conceded late in their defeat by Hull.")
    assert not [e for e in result.extractions if e.rule == "contest"]
