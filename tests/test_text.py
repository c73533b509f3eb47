"""Line breaks and headings: never a split name or a heading leaning on the next line."""

from __future__ import annotations

import pytest
from kgbuilder.extractors import Document, extract_documents
from kgbuilder.extractors.extract import split_for_parsing

HEADED = [
    "Summit\nJoe Biden met Xi Jinping in Bali.",
    "Summit\n\nJoe Biden met Xi Jinping in Bali.",
    "Trade talks\r\nJoe Biden met Xi Jinping in Bali.",
]


@pytest.mark.parametrize("text", HEADED)
def test_a_heading_never_splits_the_name_below_it(nlp, text):
    result = next(extract_documents([Document("d", text)], nlp))
    names = {m.text for m in result.mentions if m.label == "PERSON"}
    assert {"Joe Biden", "Xi Jinping"} <= names
    facts = {(e.subject.text, e.relation, e.object.text) for e in result.extractions}
    assert ("Joe Biden", "meet", "Xi Jinping") in facts
    assert result.sentences == 2
    for extraction in result.extractions:  # offsets still point into the text as given
        s = extraction.sentence
        assert text[s.start:s.end] == s.text


def test_single_line_breaks_inside_paragraphs_keep_sentences_whole(nlp):
    text = ("Venezuela\nNicolás Maduro spoke with Donald Trump on Monday.\n"
            "Delcy Rodríguez praised the call.")
    result = next(extract_documents([Document("d", text)], nlp))
    sentences = {e.sentence.text.strip() for e in result.extractions}
    assert "Nicolás Maduro spoke with Donald Trump on Monday." in sentences
    assert not any(s in {"Nicolás", "Maduro"} for s in sentences)


@pytest.mark.parametrize("text", [
    "", "\n\n", "no line break at all", "Heading\n", "A.\nB\nC\n\nD.",
    "x" * 25_000, ("word " * 3000 + "\n") * 4, "Title\n" * 50,
])
def test_pieces_join_back_to_the_text_and_stay_bounded(text):
    pieces = split_for_parsing(text, limit=10_000)
    assert "".join(pieces) == text
    assert all(len(p) <= 10_000 for p in pieces)


def test_long_texts_are_cut_to_article_sized_pieces_short_ones_are_not():
    paragraph = "Joe Biden met Xi Jinping in Bali. " * 20 + "\n"  # 681 characters
    short, long = paragraph * 10, paragraph * 100
    assert split_for_parsing(short) == [short]  # up to 10,000 characters: whole
    pieces = split_for_parsing(long)
    assert "".join(pieces) == long and max(map(len, pieces)) <= 2_000
    assert all(p.endswith("\n") for p in pieces[:-1])  # cut at line breaks


def test_headings_end_pieces_and_sentences_do_not():
    text = "Summit\nJoe Biden met Xi Jinping.\nHe left.\n\nNext heading\n\nBody."
    assert split_for_parsing(text) == ["Summit\n", "Joe Biden met Xi Jinping.\nHe left.\n\n"
                                       "Next heading\n\n", "Body."]


def test_pieces_are_joined_exactly_as_spacy_joins_them(nlp):
    """A heading and its article, parsed apart, join into the Doc ``Doc.from_docs`` gives:
    words, spaces, tags, lemmas, morphology, parse, entities and sentences alike."""
    import numpy
    from kgbuilder.extractors.extract import _ARRAY_ATTRS, joined
    from spacy.attrs import LEMMA, MORPH
    from spacy.tokens import Doc

    text = ("Ministers Meet In Leeds\n\nThe talks, led by Ana Costa of Unite, ended late.  "
            "They'll resume on 3 May.\nSecond Heading\nNo agreement was reached.\n")
    pieces = list(nlp.pipe(split_for_parsing(text)))
    assert len(pieces) >= 3
    ours, theirs = joined(pieces), Doc.from_docs(pieces, ensure_whitespace=False)
    assert ours.text == theirs.text == text
    columns = [*_ARRAY_ATTRS, LEMMA, MORPH]
    assert numpy.array_equal(ours.to_array(columns), theirs.to_array(columns))
    assert [(e.text, e.label_) for e in ours.ents] == [(e.text, e.label_) for e in theirs.ents]
    assert [s.text for s in ours.sents] == [s.text for s in theirs.sents]
    pieces[0].user_data["mark"] = 1  # what only spaCy's join carries over: left to it
    with pytest.warns(UserWarning):
        joined(pieces)
