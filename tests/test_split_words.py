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
