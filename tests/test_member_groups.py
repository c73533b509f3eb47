"""A fact whose subject is ``members of X, Y and Z`` is also told of each group, its
relation keeping ``members`` (real spaCy parse)."""

from __future__ import annotations

from conftest import edges_between


def test_members_of_listed_bands_make_one_fact_per_band(graph_of):
    g = graph_of("Ann Lee and members of the Kinks, the Hollies and the Searchers are "
                 "expected to sing on the new single.")
    for band in ("Kinks", "Searchers"):
        relations = {d["relation"] for d in edges_between(g, band, "new single")}
        assert any(r.startswith("members ") for r in relations), band
    assert {d["relation"] for d in edges_between(g, "Ann Lee", "new single")} \
        == {"be expected to sing on"}  # a person's own fact keeps its relation


def test_members_of_no_named_group_give_no_group_fact(graph_of):
    g = graph_of("Members of the public will vote on the new design.")
    assert not [d for _, _, d in g.edges(data=True) if d["relation"].startswith("members ")]


def test_taking_over_an_office_of_a_body_is_a_fact_about_the_body(graph_of):
    g = graph_of("Ruritania took over the presidency of the EU from Luxembourg in July.")
    relations = {d["relation"] for d in edges_between(g, "Ruritania", "EU")}
    assert "take over presidency of" in relations


def test_an_office_noun_needs_the_name_to_end_the_phrase(graph_of):
    g = graph_of("Ruritania took over the presidency of the EU summit in July.")
    assert not edges_between(g, "Ruritania", "EU")
