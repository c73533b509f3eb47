"""Shortcuts taken for speed give the answers of the rules they stand in for."""

from __future__ import annotations

import re

import pytest
from kgbuilder.extractors.demonyms import country_of_demonym
from kgbuilder.graph.admission import is_heading
from kgbuilder.graph.names import name_key

# The rules as first written, before the shortcuts.
_POSSESSIVE_END = re.compile(r"(?:'s|')$")
_THE = re.compile(r"^the\s+")
_PUNCT = re.compile(r"[^\w\s]")
_SPACES = re.compile(r"\s+")
_SENTENCE_END = re.compile(r"""[.!?…:;"'”’)\]]\s*$""")


def _plain_name_key(text: str) -> str:
    text = text.casefold().strip()
    text = _POSSESSIVE_END.sub("", text)
    text = _THE.sub("", text)
    text = _PUNCT.sub(lambda m: "" if m.group() in ".'" else " ", text)
    return _SPACES.sub(" ", text).strip()


@pytest.mark.parametrize("text", [
    "The United States", "U.S.", "united states's", "Jones'", "Jones''", "theatre Royal",
    "the\u00a0Beatles", "Smith  Jr.", "AT&T", "Marks & Spencer's", "x's\u2028", "'s", "",
    "the", "The  Who's", "Ofcom", "Procter and Gamble", "e-mail", "snake_case",
])
def test_name_key_agrees_with_the_plain_rule(text: str) -> None:
    assert name_key(text) == _plain_name_key(text)


@pytest.mark.parametrize("sentence", [
    "He won.", "He won", "He said: ", "Troops leave Iraq\n", "'Yes', he said '  ",
    "(Reuters)", "Wait…", "", "   ", "Why?\u2028", "the list ]", "A headline\u00a0",
])
def test_is_heading_agrees_with_the_plain_rule(sentence: str) -> None:
    assert is_heading(sentence) == (_SENTENCE_END.search(sentence) is None)


@pytest.mark.parametrize("word, country", [
    ("Nigerian", "Nigeria"), ("Venezuelan", "Venezuela"), ("Chinese", "China"),
    ("German", "Germany"), ("French", "France"), ("Bananas", None), ("Indo", None),
])
def test_demonyms_find_their_country_by_its_opening(word: str, country: str | None) -> None:
    assert country_of_demonym(word) == country


def test_the_attribute_table_agrees_with_its_token_by_token_path(nlp) -> None:
    """The numpy path of the attribute table (keys in one loop, updates by column, the
    morphology set per analysis) writes what the plain per-token path writes: rules of
    several tokens (``gon na``), expressions (``n't``, ``y'``), whitespace tokens."""
    from spacy.attrs import DEP, LEMMA, MORPH, POS, TAG

    table = nlp.get_pipe("attribute_ruler")
    texts = ["I'd say they ain't coming, y' know, and he's nothin' if not stubborn.",
             "Gonna be late: we gon na wait  and they won't.\n\nNobody cares.",
             "The ministers haven't agreed on a 3.5% rise until Friday's vote."]
    with nlp.select_pipes(disable=["attribute_ruler", "lemmatizer", "ner"]):
        docs = list(nlp.pipe(texts))
    columns = [POS, TAG, MORPH, LEMMA, DEP]
    for doc in docs:
        fast, plain = table(doc.copy()), table.each_token(doc.copy())
        assert fast.to_array(columns).tolist() == plain.to_array(columns).tolist()
        assert [str(t.morph) for t in fast] == [str(t.morph) for t in plain]
        assert any(str(t.morph) for t in fast)
