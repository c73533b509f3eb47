"""``whose`` clauses: their facts are told of the named antecedent, the owned noun kept in
the relation and no relation type read off the rest."""

from __future__ import annotations

from conftest import edges_between as edges
from conftest import triples


def test_whose_clause_fact_belongs_to_the_antecedent(graph_of):
    g = graph_of("Analysts praised Norbel Mining, whose shares are traded in Toronto.")
    [data] = edges(g, "Norbel Mining", "Toronto")
    assert data["relation"] == "shares be traded in"


def test_a_relatives_role_is_not_the_antecedents(graph_of):
    g = graph_of("Tom Price, whose brother plays for Arsenal, spoke on Monday.")
    [data] = edges(g, "Tom Price", "Arsenal")
    assert data["relation"] == "brother play for" and data["wikidata_property"] is None


def test_an_unnamed_antecedent_is_left_alone(extract):
    result = extract("The senator, whose father died in Vietnam, met Lisa Grant.")
    assert not [e for e in result.extractions if e.rule.endswith("+whose")]


def test_a_clause_on_an_apposition_is_the_names(extract):
    """``Quorbex, a small firm which makes X``: Quorbex makes X, not a nameless firm."""
    facts = triples(extract("Quorbex, a small firm which makes garden tools, was sold. "
                            "Blue Lantern, a crime drama starring Tom Reyes, opens on Friday."))
    assert ("Quorbex", "make", "garden tools") in facts
    assert ("Blue Lantern", "star", "Tom Reyes") in facts
    assert not any(s in ("small firm", "crime drama") for s, _, _ in facts)


def test_a_clause_on_a_role_is_not_the_characters(extract):
    facts = triples(extract("Ms Hale played Nora Quill, a role which won her a Bafta."))
    assert not any(s == "Nora Quill" and r.startswith("win") for s, r, _ in facts)
