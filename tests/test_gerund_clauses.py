"""A gerund after ``by``/``after``/``before`` shares its clause's subject: ``X won the cup
by beating Y`` → X beat Y; under a passive, ``after`` gives the patient and ``by`` no one."""

from __future__ import annotations

from conftest import triples


def test_by_gerund_shares_the_subject(extract):
    facts = triples(extract("Spain won the trophy by beating Italy in the final."))
    assert ("Spain", "beat", "Italy") in facts


def test_after_gerund_shares_the_subject(extract):
    facts = triples(extract("Lopez joined Everton after leaving Real Madrid in May."))
    assert ("Lopez", "leave", "Real Madrid") in facts


def test_after_gerund_under_a_passive_is_the_patients(extract):
    facts = triples(extract("Smith was arrested after attacking Jones."))
    assert ("Smith", "attack", "Jones") in facts


def test_by_gerund_under_a_passive_has_no_subject(extract):
    facts = triples(extract("The soup can be thickened by adding a raw potato."))
    assert not any(relation == "add" for _, relation, _ in facts)
