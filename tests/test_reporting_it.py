"""A subject ``it`` of a reported clause stands for the speaker when the speaker is the
nearest subject before it and a thing, even one NER read as a person (real spaCy)."""

from __future__ import annotations


def test_it_of_a_firm_read_as_a_person_is_the_firm(referent):
    text = ("Yukos will return to a US court to seek sanctions against Baikal Finance "
            "Group, the firm which has bought its main asset. Yukos has said it will sue "
            "Baikal.")
    assert referent(text, "it", 0) == "Yukos"


def test_it_after_another_subject_of_the_reported_clause_is_not_the_speaker(referent):
    text = "Norbel says the benefit of the chip is that it does not overheat."
    assert referent(text, "it") != "Norbel"


def test_a_person_speaker_is_no_it(referent):
    text = "Economist Colen Garrow said the budget looked as if it would help growth."
    assert referent(text, "it") != "Colen Garrow"
