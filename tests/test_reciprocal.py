"""Events two named parties share, stated as a noun with 'between'."""

from __future__ import annotations

from conftest import edges_between as edges


def _between(extract, text):
    return [(e.subject.text, e.relation, e.object.text, e.modality)
            for e in extract(text).extractions if e.rule == "between"]


def test_talks_between_two_named_parties_are_a_consultation(graph_of):
    g = graph_of("The talks between Norbel and Zentra ended on Friday.")
    [data] = edges(g, "Norbel", "Zentra")
    assert data["relation"] == "hold talks with" and data["event_type"] == "CONSULT"


def test_the_clause_modality_carries_over(extract):
    assert _between(extract, "A merger between Norbel and Zentra would create the "
                    "largest bank.") == [("Norbel", "merge with", "Zentra", "would")]


def test_an_event_asked_for_or_denied_is_no_fact(extract):
    assert not _between(extract, "Analysts called for talks between Norbel and Zentra.")
    assert not _between(extract, "There was no deal between Norbel and Zentra.")
    assert not _between(extract, "The proposed merger between Norbel and Zentra stalled.")


def test_a_contest_noun_is_not_read(extract):
    assert not _between(extract, "The clash between Chelsea and Arsenal ended 2-2.")
