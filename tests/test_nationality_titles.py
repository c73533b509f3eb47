"""Nationality words before a person's name (``Frenchman Pierre Dubois``, ``American
Parker`` after ``Lindsay Parker``) are no part of it: the person keeps her name and
type, and joins her other mentions. Sentences of our own, real spaCy parse."""

from __future__ import annotations

from conftest import edges_between
from kgbuilder.extractors import Document, extract_doc
from kgbuilder.graph import find_node
from kgbuilder.graph.resolve import document_clusters


def test_a_nationality_word_before_a_full_name_is_stripped(graph_of):
    g = graph_of("Frenchman Pierre Dubois beat Tom Hardy in the first round.")
    node = find_node(g, "Pierre Dubois")
    assert g.nodes[node]["label"] == "Pierre Dubois"
    assert g.nodes[node]["type"] == "Person"


def test_a_nationality_word_before_a_known_surname_joins_the_person(graph_of):
    g = graph_of("Lindsay Parker reached the final in Sydney. "
                 "American Parker beat Jane Doe on Sunday.")
    assert edges_between(g, "Lindsay Parker", "Jane Doe")


def test_a_company_named_by_nationality_stays_whole(graph_of):
    g = graph_of("American Express sued Acme Corp on Monday.")
    assert edges_between(g, "American Express", "Acme Corp")


def test_a_first_name_spelled_like_a_nationality_starts_a_name_of_its_own(nlp):
    # "Belinda" looks like a word of "Belize" to the loose demonym match; before the
    # surname of an earlier man it is her first name, not a nationality.
    text = ("Tom Rowe chaired the meeting in Leeds. Belinda Rowe said that she would "
            "stand for the board.")
    clusters = document_clusters(extract_doc(nlp(text), Document("d", text)))
    tom = next(c for c in clusters if c.label == "Tom Rowe")
    assert "Belinda Rowe" not in tom.aliases
