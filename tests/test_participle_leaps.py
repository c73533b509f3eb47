"""A participle the parse hangs on a noun before a whole clause describes no one sure."""

from __future__ import annotations

from conftest import triples

LEAPING = [
    ("The news was posted on his website, Rant Online, where Smith praised the efforts of "
     "the new government, now led by Maria Lopez.", ("Maria Lopez", "lead")),
    ("The deal was announced at the factory, where workers cheered the rescue of the "
     "carmaker, now owned by Nanjing Automobile.", ("Nanjing Automobile", "own")),
]


def test_a_participle_leaping_a_clause_gives_no_fact(extract):
    for text, (agent, relation) in LEAPING:
        found = triples(extract(text))
        assert not any(s == agent and r == relation for s, r, _ in found), found
        assert found  # the sentence's other facts stay


def test_a_participle_beside_its_noun_keeps_its_fact(extract):
    found = triples(extract("The club, now owned by Roman Abramovich, won the league."))
    assert ("Roman Abramovich", "own", "club") in found
