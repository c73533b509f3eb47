"""A clause completing a noun of claim is relayed, not asserted; denied when the claim
is the object of a verb of denial. Sentences of our own, real spaCy parse."""

from __future__ import annotations

from conftest import edges_between


def test_a_rejected_claim_is_denied_and_relayed(graph_of):
    g = graph_of("Jones dismissed suggestions that Tom Brown might leave Arsenal.")
    [edge] = edges_between(g, "Tom Brown", "Arsenal")
    assert (edge["modality"], edge["negated"]) == ("reported", True)


def test_a_rumour_is_relayed_not_asserted(graph_of):
    g = graph_of("There are rumours that Google is poised to buy Yahoo.")
    [edge] = edges_between(g, "Google", "Yahoo")
    assert (edge["modality"], edge["negated"]) == ("reported", False)


def test_a_claim_noun_elsewhere_leaves_the_clause_asserted(graph_of):
    """The claim does not complete the clause: the text states it itself."""
    g = graph_of("Tom Brown joined Arsenal despite claims about his fitness.")
    [edge] = edges_between(g, "Tom Brown", "Arsenal")
    assert (edge["modality"], edge["negated"]) == (None, False)


def test_a_report_that_did_something_is_no_claim(extract):
    """``a report that criticised X``: a relative clause says what the report did."""
    result = extract("A report that criticised Acme Corp was published by Ofcom on Monday.")
    assert all(e.modality != "reported" for e in result.extractions)
