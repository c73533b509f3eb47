"""A subjectless gerund after the preposition a verb or adjective takes (``thinking of
winning X``, ``punished for kicking Y``, ``interested in signing Z``) is done by that
word's subject; its fact keeps the word in the relation, with its negation and hedge."""

from __future__ import annotations

from conftest import edges_between


def _facts(extract, text: str) -> dict[tuple[str, str, str], object]:
    return {(e.subject.text, e.relation, e.object.text): e
            for e in extract(text).extractions if e.objects}


def test_the_head_stays_in_the_relation(extract):
    facts = _facts(extract, "Lisbon are thinking of signing Nuno Gomes.")
    assert ("Lisbon", "think of signing", "Nuno Gomes") in facts
    facts = _facts(extract, "Porto are interested in signing Nuno Gomes.")
    assert ("Porto", "be interested in signing", "Nuno Gomes") in facts


def test_negation_and_hedge_of_the_head_carry_over(extract):
    facts = _facts(extract, "Porto are not thinking of selling Nuno Gomes.")
    assert facts[("Porto", "think of selling", "Nuno Gomes")].negated
    facts = _facts(extract, "Porto might insist on playing Nuno Gomes.")
    assert facts[("Porto", "insist on playing", "Nuno Gomes")].modality == "might"


def test_a_passive_heads_gerund_is_its_patients(extract):
    facts = _facts(extract, "Tom Reid was fined by the league for kicking Sam Cole.")
    assert ("Tom Reid", "be fined for kicking", "Sam Cole") in facts
    assert not [f for f in facts if f[0] == "league" and f[2] == "Sam Cole"]


def test_an_object_or_a_partner_of_the_head_may_be_the_doer(extract):
    facts = _facts(extract, "The coach stopped Tom Reid from playing Sam Cole.")
    assert not [f for f in facts if f[0] == "coach" and f[2] == "Sam Cole"]
    facts = _facts(extract, "Ann Lee clashed with the Daily Echo for publishing photos of "
                            "Sam Cole.")
    assert not [f for f in facts if f[0] == "Ann Lee" and "publishing" in f[1]]


def test_the_gerund_fact_is_an_edge(graph_of):
    g = graph_of("Striker Tom Reid was punished for kicking Sam Cole.")
    assert edges_between(g, "Tom Reid", "Sam Cole")
