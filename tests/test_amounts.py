"""Sums of money as graph ends: the figure as written (the scale and currency sign the
tokenizer or the parse split off kept), typed MonetaryAmount even when only a phrase
names it, one node per value as written, and a change's figure told of what changed."""

from __future__ import annotations

from kgbuilder.extractors.mentions import document_mentions, mention_for
from kgbuilder.graph import find_node
from kgbuilder.graph.names import figure_key, name_key


def out_edges(g, subject: str) -> list[tuple[str, str, str]]:
    s = find_node(g, subject)
    return [(d["relation"], g.nodes[v]["label"], g.nodes[v]["type"])
            for _, v, d in g.out_edges(s, data=True)]


def test_a_sum_ending_a_sentence_keeps_its_scale(nlp):
    doc = nlp("Acme said its profits fell 20% to $40m.")
    forty = next(t for t in doc if t.text == "40")
    mention = mention_for(forty, {})
    assert mention.text == "$40m"
    assert doc.text[mention.start:mention.end] == "$40m"
    assert document_mentions(doc)  # the Doc is left as it came


def test_a_sum_only_a_phrase_names_is_a_monetary_amount(graph_of):
    g = graph_of("Yahoo earned $187m during the same quarter.")
    assert ("earn", "$187m", "MonetaryAmount") in out_edges(g, "Yahoo")


def test_a_distance_is_no_sum(graph_of):
    g = graph_of("Kim Collins won the 100m in Athens.")
    assert all(kind != "MonetaryAmount" for _, _, kind in out_edges(g, "Kim Collins"))


def test_values_that_read_alike_stay_apart(graph_of):
    g = graph_of("Novartis paid $76 per share.", "Roche's sales rose 7.6% last year.")
    assert ("pay", "$76", "MonetaryAmount") in out_edges(g, "Novartis")
    assert ("sales rise by", "7.6%", "QuantitativeValue") in out_edges(g, "Roche")
    assert figure_key("$76") != figure_key("7.6%") and name_key("$76") == name_key("7.6%")


def test_two_figures_joined_by_to_are_no_one_value(graph_of):
    g = graph_of("Profits at Barclaycard rose by 5% to £801m.")
    assert all(" to " not in label for _, label, _ in out_edges(g, "Barclaycard"))


def test_a_changed_figure_names_what_changed(graph_of):
    g = graph_of("Heineken increased its dividend payment by 25% to 40 euro cents.")
    assert ("increase dividend payment to", "40 euro cents", "QuantitativeValue") in \
        out_edges(g, "Heineken") or ("increase dividend payment to", "40 euro cents",
                                     "MonetaryAmount") in out_edges(g, "Heineken")
    g = graph_of("Reuters posted a 52% rise in profits for the year to £198m.")
    assert all(not relation.endswith(" to") for relation, _, _ in out_edges(g, "Reuters"))
