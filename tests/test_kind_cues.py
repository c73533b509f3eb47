"""A kind noun right before a name NER calls a person settles that the name is an
organisation's, whatever the other mentions' labels say, so ``the firm`` can reach it;
a kind noun further back (``club captain``) says nothing about the name. Sentences of
our own, real spaCy parse."""

from __future__ import annotations

import pytest
from kgbuilder.extractors import Document, extract_doc
from kgbuilder.graph import build_graph
from kgbuilder.graph.mention_cues import organisation_titled
from kgbuilder.graph.resolve import document_clusters


def clusters(nlp, text):
    return {c.key: c for c in document_clusters(extract_doc(nlp(text), Document("d", text)))}


def test_only_the_word_right_before_the_name_counts():
    assert organisation_titled("Indian drugmaker Dr Ramesh Kapoor")
    assert organisation_titled("rock band Dr Feelgood")
    assert not organisation_titled("club captain John Terry")
    assert not organisation_titled("Ramesh Kapoor")


def test_an_organisation_noun_before_a_person_like_name_makes_it_the_firm(nlp):
    text = ("Profits at Indian drugmaker Dr Ramesh Kapoor's fell 40% as costs rose. "
            "The firm said sales fell. Dr Kapoor's has built its name on cheap drugs.")
    found = clusters(nlp, text)
    assert found["ramesh kapoor"].type == "Organization"
    assert "firm" in found["ramesh kapoor"].aliases  # "the firm" reaches it
    g = build_graph([extract_doc(nlp(text), Document("d", text))]).graph
    assert g.nodes["ramesh_kapoor"]["type"] == "Organization"


def test_a_role_after_the_kind_noun_keeps_the_person_apart_from_the_club(nlp):
    text = ("Chelsea sold club captain John Terry to Leeds. The club said he had asked "
            "to leave. Terry thanked the fans.")
    found = clusters(nlp, text)
    assert found["john terry"].type == "Person"
    assert "club" not in found["john terry"].aliases
    assert "club" in found["chelsea"].aliases


def test_a_definite_nominal_that_only_reports_still_finds_its_entity(nlp):
    # "The firm said ..." gives no fact (its object is a clause), yet it is definite.
    text = "Acme Holdings reported a loss on Monday. The firm said sales had fallen."
    found = clusters(nlp, text)
    assert "firm" in found["acme holdings"].aliases


@pytest.mark.parametrize("label, kind", [("Sunday Telegraph", "Organization"),
                                         ("Daily Mail", "Organization"),
                                         ("Evening Standard", "Organization"),
                                         ("John Peel", "Person")])
def test_a_publication_s_name_is_no_person_whatever_ner_called_it(label, kind):
    from kgbuilder.graph.types import entity_type
    assert entity_type("Person", label) == kind
