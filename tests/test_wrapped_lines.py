"""Hard-wrapped text: a line break inside a sentence never splits its parse."""

from __future__ import annotations

import textwrap

import pytest
from kgbuilder.extractors import Document, extract_documents
from kgbuilder.extractors.cleaning import clean_text, join_wrapped_lines

PARAGRAPH = ("Venezuelan President Nicolas Maduro spoke by telephone with Donald Trump on "
             "Monday, according to officials in Caracas who asked not to be named. The White "
             "House said the call lasted fifteen minutes and that the two leaders discussed a "
             "possible meeting in Washington. Delcy Rodriguez, the vice president of Venezuela, "
             "later praised the talks on state television, while Marco Rubio warned that "
             "sanctions on the oil company PDVSA would remain in place until free elections "
             "were held.")


def _facts(result) -> set[tuple]:
    return {(e.subject.text, e.relation, tuple(o.text for o in e.objects))
            for e in result.extractions}


@pytest.mark.parametrize("width", [60, 72, 80])
def test_a_hard_wrapped_paragraph_reads_as_the_same_sentences(nlp, width):
    whole = next(extract_documents([Document("a", PARAGRAPH)], nlp))
    wrapped_text = textwrap.fill(PARAGRAPH, width)
    wrapped = next(extract_documents([Document("b", wrapped_text)], nlp))
    assert wrapped.sentences == whole.sentences == 3
    assert _facts(wrapped) == _facts(whole)
    assert {m.text for m in wrapped.mentions} == {m.text for m in whole.mentions}
    for extraction in wrapped.extractions:  # offsets still point into the text as given
        s = extraction.sentence
        assert wrapped_text[s.start:s.end] == s.text


@pytest.mark.parametrize(("text", "joined"), [
    ("The talks were held in\nCaracas on Monday.", True),   # ends on a preposition
    ("Officials said that\nthe talks went well.", True),    # next line in lower case
    ("Maduro, Rodriguez and Cabello,\nall three were there.", True),  # ends on a comma
    ("Summit\nJoe Biden met Xi Jinping.", False),           # a heading
    ("Oil prices rise\nCrude rose 3% on Monday.", False),   # a headline ending on a verb
    ("He left.\nShe stayed.", False),                       # a sentence end
    ("Reasons:\n- cost\n- time", False),                    # a list
    ("First paragraph\n\nsecond paragraph", False),         # a blank line
])
def test_only_breaks_inside_a_sentence_are_joined(text, joined):
    cleaned = join_wrapped_lines(text)
    assert len(cleaned) == len(text)
    assert (cleaned.count("\n") < text.count("\n")) is joined


def test_cleaning_keeps_every_offset_of_a_wrapped_text():
    text = textwrap.fill(PARAGRAPH, 70) + "\n\nHeading\nNext paragraph here."
    cleaned = clean_text(text)
    assert len(cleaned) == len(text)
    assert cleaned.replace(" ", "\n") == text.replace(" ", "\n")
    assert cleaned.endswith("\n\nHeading\nNext paragraph here.")


@pytest.mark.parametrize(("text", "joined"), [
    ("The group sold its remaining stakes in snack food chains such as Dunkin'\n"
     "Donuts and Baskin-Robbins to a group of private equity firms.", True),
    ("A three-judge panel rejected the claim in a short ruling\n- filed in 1999 -"
     " on Monday.", True),                                  # a dash, not a list item
    ("The side scored 20 tries and are expected to come in at\n57. Of the 20 teams ...",
     True),                                                 # a number, not a list item
    ("The reasons were these:\n- cost\n- time", False),     # a list
    ("He said it was over.'\nThe next day he came back.", False),
])
def test_quotes_dashes_and_numbers_at_a_line_break(text, joined):
    assert (join_wrapped_lines(text).count("\n") < text.count("\n")) is joined


def test_a_line_ending_in_a_space_joins_without_splitting_a_name(nlp):
    """``fold -s`` leaves a space at the end of each wrapped line: the doubled space is
    left out of the parse, and every offset still points into the text as given."""
    wrapped = ("The new President, Viktor Yushchenko, has said a limited list of \n"
               "companies is being drawn up. But on Wednesday Prime Minister Yulia \n"
               "Tymoshenko said the government was planning to renationalise 3,000 \n"
               "firms, many of them sold to allies of the last administration.\n")
    result = next(extract_documents([Document("d", wrapped)], nlp))
    people = {m.text for m in result.mentions if m.label == "PERSON"}
    assert any(p.endswith("Yulia Tymoshenko") for p in people) and "Tymoshenko" not in people
    assert result.sentences == 2
    for mention in result.mentions:
        if mention.kind == "entity":
            assert mention.text in " ".join(wrapped[mention.start:mention.end].split())
    for extraction in result.extractions:
        s = extraction.sentence
        assert " ".join(wrapped[s.start:s.end].split()) == " ".join(s.text.split())
        assert wrapped[s.start] not in " \n"


def test_a_word_hyphenated_at_a_line_end_is_read_whole(nlp):
    text = ("The board of the drug maker said on Monday that its chief executive Jean-\n"
            "Pierre Garnier would step down at the end of the year after ten years.\n")
    result = next(extract_documents([Document("d", text)], nlp))
    people = [m for m in result.mentions if m.label == "PERSON"]
    assert [m.text.removeprefix("chief executive ") for m in people] == ["Jean-Pierre Garnier"]
    assert text[people[0].start:people[0].end].endswith("Jean-\nPierre Garnier")
