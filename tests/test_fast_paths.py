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
