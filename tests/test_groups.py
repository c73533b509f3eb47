"""Group nominals (``the duo``): a fact of the group is a fact of each person just
named together, and of nobody when the count or the coordination does not fit."""

from __future__ import annotations

from kgbuilder.extractors import Document, extract_doc
from kgbuilder.graph import build_graph


def edges(nlp, text: str) -> set[tuple[str, str, str]]:
    kg = build_graph([extract_doc(nlp(text), Document("d", text))])
    return {(s, o, k) for s, o, k in kg.graph.edges(keys=True)}


def test_the_duo_is_both_people_just_named_together(nlp):
    text = ("Matt Lucas and David Walliams were named the most powerful people "
            "in comedy. The duo beat Peter Kay in the poll.")
    found = edges(nlp, text)
    assert ("matt_lucas", "peter_kay", "beat") in found
    assert ("david_walliams", "peter_kay", "beat") in found


def test_a_duo_needs_exactly_two_people(nlp):
    text = ("Matt Lucas, David Walliams and Ricky Gervais were named the most powerful "
            "people in comedy. The duo beat Peter Kay in the poll.")
    assert not {e for e in edges(nlp, text) if e[1] == "peter_kay"}


def test_a_duo_needs_the_people_of_the_last_sentence(nlp):
    text = ("Matt Lucas and David Walliams were named the most powerful people in comedy. "
            "The list was published on Monday. The magazine printed it. "
            "The duo beat Peter Kay in the poll.")
    assert not {e for e in edges(nlp, text) if e[1] == "peter_kay"}
