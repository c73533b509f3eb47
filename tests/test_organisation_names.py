"""Organisation names as NER gives them: a title word that opens an organisation's name
is no person's title (``Credit Suisse First Boston`` is not a ``Boston`` titled ``First``),
a name runs into no bracket it does not close, and an entity known by an acronym is
labelled by the name the acronym is of (real spaCy)."""

from __future__ import annotations

from kgbuilder.graph import find_node


def labels(g) -> set[str]:
    return {g.nodes[n]["label"] for n in g}


def test_a_title_word_inside_an_organisations_name_is_no_title(graph_of):
    g = graph_of("Credit Suisse First Boston advised Amersham on the deal.",
                 "Ana Lind flew to Boston on Friday.")
    assert "Credit Suisse First Boston" in labels(g)
    assert find_node(g, "Credit Suisse First Boston") != find_node(g, "Boston")


def test_a_name_stops_before_a_bracket_it_does_not_close(graph_of):
    g = graph_of("The Federal Bureau of Investigation (FBI) charged Tom Reed.")
    assert not any(label.count("(") != label.count(")") for label in labels(g))
    assert "Federal Bureau of Investigation" in labels(g)


def test_an_acronyms_entity_is_labelled_by_its_full_name(graph_of):
    g = graph_of("The International Monetary Fund praised Ruritania. The IMF said growth "
                 "was strong. The IMF also warned Ruritania.")
    node = find_node(g, "IMF")
    assert g.nodes[node]["label"] == "International Monetary Fund"
