"""Words the tokenizer splits at a hyphen and the parse reads as three sibling
arguments (``vice``, ``-``, ``president``) are one word again."""

from __future__ import annotations

from conftest import edges_between
from kgbuilder.extractors.split_words import split_hyphenated_words


def test_split_word_is_one_argument(nlp, extract):
    text = "Mr Darrow, who is also the vice-president of the Rotary club, has resigned."
    doc = nlp(text)
    assert [(doc[a].text, doc[b].text) for a, _, b in split_hyphenated_words(doc)] == [
        ("vice", "president")]
    result = extract(text)
    copulas = [e.object.text for e in result.extractions if e.relation == "be"]
    assert copulas == ["vice-president of the Rotary club"]


def test_hyphenated_role_keeps_its_prefix(graph_of):
    g = graph_of('"We are growing fast," said Jane Wilks, co-founder of Quorbex.')
    [data] = edges_between(g, "Jane Wilks", "Quorbex")
    assert data["relation"] == "co-founder of"


def test_a_split_word_whose_last_piece_hangs_under_its_hyphen_is_left_as_parsed(nlp, extract):
    # The parse hangs "producing songs" from the hyphen of "co-producing"; hanging the
    # hyphen from "producing" would make a loop, and spaCy then fails to find a root
    # (this crashed a build of the whole BBC corpus).
    from kgbuilder.extractors.split_words import join_split_words

    text = "Reyes began his music career co-producing songs for artists Mase and Tom Hill."
    doc = nlp(text)
    assert split_hyphenated_words(doc)  # the parse this test is about
    join_split_words(doc)
    assert all(sentence.root is not None for sentence in doc.sents)
    assert all(entity.root is not None for entity in doc.ents)
    assert extract(text).extractions  # the document is read, not failed


def test_a_parse_spacy_cannot_walk_leaves_its_document_out_with_a_warning(nlp, capsys):
    from kgbuilder.extractors import Document
    from kgbuilder.extractors.extract import read_or_skip

    text = "Reyes met Tom Hill in Leeds on Monday."
    doc = nlp(text)
    doc[0].head, doc[2].head = doc[2], doc[0]  # a loop, as a bad repair would leave
    result = read_or_skip(doc, Document("d1", text), "test")
    assert result.extractions == () and result.mentions == ()
    warning = capsys.readouterr().err
    assert warning.startswith("kgbuilder: warning: d1: left out of the graph")
    assert warning.count("\n") == 1
