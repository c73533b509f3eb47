"""Members a group names with a role noun (extractors/memberships.py), real spaCy parse:
the named are members of the group, never persons the group "includes"."""

from __future__ import annotations

from conftest import edges_between, triples


def test_members_named_after_the_noun_are_members_of_the_group(graph_of):
    g = graph_of("The Zephyrs, which also includes members Tom Reid and Sam Cole, made "
                 "the top ten.")
    for name in ("Tom Reid", "Sam Cole"):
        [data] = edges_between(g, name, "Zephyrs")
        assert data["relation"] == "member of" and data["wikidata_property"] == "P463"
    assert not edges_between(g, "Zephyrs", "Tom Reid")


def test_members_the_noun_modifies_are_members_too(graph_of):
    g = graph_of("The Zephyrs includes members Tom Smith and Bill Brown.")
    for name in ("Tom Smith", "Bill Brown"):
        assert [d["relation"] for d in edges_between(g, name, "Zephyrs")] == ["member of"]


def test_a_group_including_a_name_without_a_role_noun_is_read_as_written(extract):
    facts = triples(extract("The shortlist includes Tom Smith."))
    assert ("shortlist", "include", "Tom Smith") in facts
