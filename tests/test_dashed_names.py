"""A noun phrase that is a name and a description set off by dashes stands for the name
(real spaCy parse); a dash before an aside or a second name does not."""

from __future__ import annotations

from conftest import edges_between
from kgbuilder.extractors.records import Mention
from kgbuilder.graph.mention_cues import dashed_names


def _concept(text: str, start: int = 0) -> Mention:
    return Mention(text, start, start + len(text), "concept", "", text.split()[-1])


def _name(text: str, start: int = 0) -> Mention:
    return Mention(text, start, start + len(text), "entity", "ORG", text.split()[-1])


def test_a_name_and_its_dashed_description_is_the_name():
    phrase = _concept("Norbel - the country's biggest bank")
    assert dashed_names([phrase, _name("Norbel")]) == {(0, 35): (0, 6)}


def test_a_dash_before_an_aside_or_a_second_name_is_no_description():
    aside = _concept("Ian Gough - out of the reckoning")
    pair = _concept("Sega - ESPN range")
    assert dashed_names([aside, _name("Ian Gough")]) == {}
    assert dashed_names([pair, _name("Sega"), _name("ESPN", 7)]) == {}


def test_the_described_name_gets_the_fact(graph_of):
    g = graph_of("Federated Stores - owner of the Macy's chain - will assume $6bn of debt.")
    assert edges_between(g, "Federated Stores", "$6bn")
