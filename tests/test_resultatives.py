"""Split two-word prepositions (``out of``, ``away from``) and where a verb puts its
object: ``a knee injury ruled X out of Y`` → X –be ruled out of→ Y."""

from __future__ import annotations

from conftest import edges_between


def relations(g, subject: str, obj: str) -> list[str]:
    return [d["relation"] for d in edges_between(g, subject, obj)]


def test_a_passive_keeps_out_of_in_its_relation(graph_of):
    g = graph_of("Midfielder Paul Scholes has been ruled out of the World Cup.")
    assert relations(g, "Paul Scholes", "World Cup") == ["be ruled out of"]


def test_the_object_is_what_ends_up_out_of_it(graph_of):
    g = graph_of("A hamstring injury has ruled Thierry Henry out of the Champions League.")
    assert relations(g, "Thierry Henry", "Champions League") == ["be ruled out of"]


def test_the_agent_of_a_passive_is_not_knocked_out(graph_of):
    g = graph_of("Greece were knocked out of the Olympic tournament by Portugal.")
    assert relations(g, "Greece", "Olympic tournament") == ["be knocked out of"]
    assert not [r for r in relations(g, "Portugal", "Olympic tournament")]


def test_the_first_preposition_after_out_of_is_not_the_relation(extract):
    result = extract("Shell pulled out of the pipeline project with Gazprom last year.")
    relations = {e.relation for e in result.extractions if e.subject.text == "Shell"}
    assert "pull out of" in relations
    assert "pull with" not in relations


def test_out_of_after_another_verb_says_why(extract):
    result = extract("Prosecutors pursued Yukos out of a political vendetta.")
    assert not [e for e in result.extractions if e.rule == "resultative"]
