"""A subject ``it`` of a reported clause stands for the speaker when the speaker is the
nearest subject before it and a thing; after a one-word "person" it stays unresolved (real
spaCy)."""

from __future__ import annotations


def test_it_of_a_reporting_firm_is_the_firm(referent):
    text = ("Acme Corp will return to a US court to seek sanctions against Baikal Finance "
            "Group, the firm which has bought its main asset. Acme Corp has said it will "
            "sue Baikal.")
    assert referent(text, "it", 0) == "Acme Corp"


def test_it_of_a_firm_read_as_a_person_is_no_noun_before(referent):
    """NER's person ``Yukos``: the ``it`` stays unresolved, never ``main asset``."""
    text = ("Yukos will return to a US court to seek sanctions against Baikal Finance "
            "Group, the firm which has bought its main asset. Yukos has said it will sue "
            "Baikal.")
    assert referent(text, "it", 0) is None


def test_it_of_a_one_word_person_stays_unresolved(referent):
    """``Mourinho said it was a shame``: a surname as often as a firm NER read as one."""
    text = "Chelsea lost at home. Mourinho said it was a shame."
    assert referent(text, "it") != "Mourinho"


def test_it_after_another_subject_of_the_reported_clause_is_not_the_speaker(referent):
    text = "Norbel says the benefit of the chip is that it does not overheat."
    assert referent(text, "it") != "Norbel"


def test_a_person_speaker_is_no_it(referent):
    text = "Economist Colen Garrow said the budget looked as if it would help growth."
    assert referent(text, "it") != "Colen Garrow"
