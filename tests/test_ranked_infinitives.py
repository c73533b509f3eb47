"""``X became the first/third Y to do Z``: X did Z, however the parser hangs the
infinitive (from the noun, or from the copula as a chain or a purpose clause). Sentences
of our own, real spaCy parse."""

from __future__ import annotations

import pytest
from conftest import edges_between


@pytest.mark.parametrize("text, subject, obj, relation", [
    # the parser hangs "to win" from the copula as a purpose clause: no longer hypothetical
    ("Anna Smith became the first woman since Jane Doe in 1990 to win two world titles "
     "in one year.", "Anna Smith", "two world titles", "win"),
    # ... or as an infinitive chain: "become to withdraw from" reads wrongly
    ("Tom Hardy has become the third player to withdraw from the Paris Open because of "
     "injury.", "Tom Hardy", "Paris Open", "withdraw from"),
])
def test_a_ranked_infinitive_happened_to_the_copulas_subject(graph_of, text, subject, obj,
                                                             relation):
    [edge] = edges_between(graph_of(text), subject, obj)
    assert edge["relation"] == relation
    assert edge["modality"] is None


def test_a_purpose_infinitive_stays_intended(graph_of):
    """No rank word: "to win" is what the trip was for, not something done."""
    g = graph_of("Anna Smith travelled to Oslo in 1990 to win two world titles in one year.")
    [edge] = edges_between(g, "Anna Smith", "two world titles")
    assert edge["modality"] == "hypothetical"


def test_an_infinitive_chain_without_rank_keeps_its_verb(graph_of):
    g = graph_of("Tom Hardy has decided to withdraw from the Paris Open because of injury.")
    [edge] = edges_between(g, "Tom Hardy", "Paris Open")
    assert edge["relation"] == "decide to withdraw from"
