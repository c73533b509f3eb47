"""A further argument of where, when or how that names nothing is no edge: its fact drops
the verb's object (``made his debut in the 1998 championship`` → ``make in``); a named
one, and a partner the verb asks for, stay. Sentences of our own, real spaCy parse."""

from __future__ import annotations

from conftest import edges_between


def _relations(g, subject: str) -> set[str]:
    from kgbuilder.graph import find_node

    return {d["relation"] for _, _, d in g.out_edges(find_node(g, subject), data=True)}


def test_an_unnamed_circumstance_is_no_edge(graph_of):
    g = graph_of("Tom Hardy made his international debut in the 1998 home championship.")
    assert "make in" not in _relations(g, "Tom Hardy")
    g = graph_of("Tom Hardy beat Paul Smith in the second round of the Paris Open.")
    assert _relations(g, "Tom Hardy") == {"beat"}


def test_a_named_circumstance_stays(graph_of):
    g = graph_of("Tom Hardy won the singles title in Paris in 2004.")
    assert "win title in" in [d["relation"] for d in edges_between(g, "Tom Hardy", "Paris")]


def test_a_partner_the_verb_asks_for_stays(graph_of):
    g = graph_of("Tom Hardy blamed the poor results on a lack of leadership in the squad.")
    assert "blame results on" in _relations(g, "Tom Hardy")


def test_an_indefinite_pronoun_names_nobody(nlp):
    from kgbuilder.extractors import Document, extract_doc

    text = "Whoever signs Tom Hardy takes a gamble, and everyone knows Paul Smith."
    result = extract_doc(nlp(text), Document("d", text))
    kinds = {e.subject.text.split()[0]: e.subject.kind for e in result.extractions}
    assert kinds.get("Whoever") == "other" and kinds.get("everyone") == "other"
