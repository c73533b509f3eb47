"""Laws and measures named by description (``a proposed Dutch law on seed patents``, ``the
UN embargo on oil sales to Ruritania``): a named Legislation node labelled without
determiners, stage words or an age; later ``the ban``, ``the directive`` stand for it
when it is the one law of the document they could mean. Sentences of our own, real
spaCy parse."""

from __future__ import annotations

from kgbuilder.exports.rdf import to_rdflib
from kgbuilder.extractors import Document, extract_doc
from kgbuilder.extractors.described_laws import described_law
from kgbuilder.graph import find_node
from kgbuilder.graph.resolve import document_clusters
from rdflib import RDF, URIRef


def label_of(nlp, text: str, head: str) -> str | None:
    doc = nlp(text)
    token = next(t for t in doc if t.text == head)
    found = described_law(token)
    return None if found is None else found[0]


def clusters(nlp, text):
    return {c.key: c for c in document_clusters(extract_doc(nlp(text), Document("d", text)))}


def test_the_label_drops_article_stage_word_and_keeps_scope_and_complement(nlp):
    assert label_of(nlp, "A proposed Dutch law on seed patents was shelved by the cabinet.",
                    "law") == "Dutch law on seed patents"
    assert label_of(nlp, "The UN embargo on oil sales to Ruritania will be lifted soon.",
                    "embargo") == "UN embargo on oil sales to Ruritania"


def test_a_possessors_article_is_dropped_too(nlp):
    assert label_of(nlp, "Critics say the European Union's ban on arms exports to Oceania "
                         "has failed.", "ban") == "European Union's ban on arms exports to Oceania"


def test_no_complement_no_law(nlp):
    assert label_of(nlp, "The smoking ban came into force on Friday.", "ban") is None
    assert label_of(nlp, "The UN embargo was lifted on Friday.", "embargo") is None


def test_any_law_plural_laws_and_a_person_are_none(nlp):
    assert label_of(nlp, "There will be no ban on fishing this year.", "ban") is None
    assert label_of(nlp, "Ministers reviewed the laws on fishing.", "laws") is None
    assert label_of(nlp, "The league imposed a ban on John Smith.", "ban") is None


def test_a_complement_that_points_back_or_runs_on_in_a_clause_is_none(nlp):
    assert label_of(nlp, "Farmers fear a ban on the practice will hurt them.", "ban") is None
    assert label_of(nlp, "The bill would end the ban on heirs to the throne marrying "
                         "Catholics.", "ban") is None


def test_the_ban_and_the_embargo_stand_for_the_one_described_embargo(nlp):
    found = clusters(nlp, "The UN embargo on oil sales to Ruritania is likely to be lifted. "
                          "The 10-year-old ban was imposed after a coup. Farmers said the "
                          "embargo had hurt them.")
    law = found["un embargo on oil sales to ruritania"]
    assert law.type == "Legislation"
    assert {"10-year-old ban", "embargo"} <= set(law.aliases)


def test_the_draft_directive_stands_for_a_described_law(nlp):
    found = clusters(nlp, "A proposed Dutch law on seed patents was shelved in May. "
                          "Ministers will adopt the draft directive next year.")
    assert "draft directive" in found["dutch law on seed patents"].aliases


def test_two_bans_leave_the_ban_a_concept(nlp):
    found = clusters(nlp, "Ministers backed a ban on fox hunting and a ban on whaling in "
                          "the Antarctic. The ban will come into force in June.")
    assert "concept:ban" in found


def test_a_named_law_leaves_the_ban_a_concept(nlp):
    found = clusters(nlp, "The Fishing Act brought in a ban on trawling in the bay. "
                          "Fishermen said the ban was unfair.")
    assert "concept:ban" in found


def test_the_same_embargo_is_another_one(nlp):
    found = clusters(nlp, "The UN embargo on oil sales to Ruritania will end. He said it "
                          "was wrong to put Ruritania under the same embargo as Oceania.")
    assert "same embargo" not in found["un embargo on oil sales to ruritania"].aliases


def test_a_described_ban_is_no_rival_of_the_bill(nlp):
    found = clusters(nlp, "MPs debated the Coastal Fishing Bill on Monday. It would end the "
                          "ban on trawling in the bay. The bill was passed on Friday.")
    assert "ban on trawling in the bay" in found
    assert "bill" in found["coastal fishing bill"].aliases


def test_the_node_is_legislation_in_the_graph_and_in_rdf(graph_of):
    g = graph_of("The UN embargo on oil sales to Ruritania is likely to be lifted soon. "
                 "Oceania described the embargo as a relic.")
    node = find_node(g, "UN embargo on oil sales to Ruritania")
    assert g.nodes[node]["type"] == "Legislation"
    assert any(g.nodes[u]["label"] == "Oceania" and d["relation"] == "describe"
               for u, v, d in g.in_edges(node, data=True))
    rdf = to_rdflib(g)
    assert any(o == URIRef("https://schema.org/Legislation")
               for o in rdf.objects(None, RDF.type))


def test_a_pronoun_of_a_described_law_is_no_edge_end(graph_of):
    g = graph_of("The UN embargo on oil sales to Ruritania will be lifted. "
                 "It has hurt farmers in Oceania badly.")
    node = find_node(g, "UN embargo on oil sales to Ruritania")
    assert node is not None and not list(g.out_edges(node))


def test_a_one_word_name_in_the_complement_is_no_short_form_of_the_law(graph_of):
    g = graph_of("Ministers defended plans to end the Norland's arms embargo on Zentra.")
    node = find_node(g, "Norland's arms embargo on Zentra")
    assert "Zentra" not in g.nodes[node]["aliases"]
