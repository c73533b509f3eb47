"""Cues of mentions that pronoun resolution weighs: a possessive's subject clause, and
short names of people NER left unlabelled (real spaCy)."""

from kgbuilder.extractors.mentions import document_mentions


def _mentions(nlp, text: str):
    return document_mentions(nlp(text))


def _clause_start(text: str, word: str) -> int:
    return text.index(word)


def test_possessive_in_a_subjectless_clause_takes_the_subject_clause(nlp):
    text = "Barkha has gone to give her resignation to the board."
    her = next(m for m in _mentions(nlp, text) if m.text == "her")
    assert her.clause == _clause_start(text, "gone")  # not "give": its subject is Barkha's


def test_possessive_in_a_clause_with_its_own_subject_keeps_it(nlp):
    text = "Anna said that Maria gave her speech."
    her = next(m for m in _mentions(nlp, text) if m.text == "her")
    assert her.clause == _clause_start(text, "gave")


def test_surname_repeated_at_a_sentence_start_is_a_person_mention(nlp):
    text = "Sandra Collins grew up in Phoenix. Collins performed for thousands of fans."
    found = [(m.text, m.label, m.start) for m in _mentions(nlp, text) if m.kind == "entity"]
    assert ("Collins", "PERSON", text.rindex("Collins")) in found


def test_a_capitalised_word_no_person_was_named_by_is_no_echo(nlp):
    text = "Sandra Collins grew up in Phoenix. Fans came from far away."
    found = {m.text for m in _mentions(nlp, text) if m.kind == "entity"}
    assert "Fans" not in found and "Collins" not in found


def test_you_names_nobody_and_us_is_still_a_country(graph_of):
    g = graph_of('"You need a movie star," Ana Lind told Norbel. You Said No topped the '
                 "charts in the US.", '"I bow down to you," Ana Lind said to Tom Reed.')
    labels = {g.nodes[n]["label"] for n in g}
    assert not {"You", "you", "I"} & labels
    assert "United States" in labels
