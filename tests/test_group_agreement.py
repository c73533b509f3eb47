"""A name NER calls a person that is the subject of a plural verb written right after it
(``Glass Harbour are touring``) is a group, so ``the band`` can reach it; the last name of
a list (``Keane and Snow Patrol are``) says nothing of itself, nor does a person a pronoun
confirmed. Sentences of our own, real spaCy parse."""

from __future__ import annotations

from kgbuilder.extractors import Document, extract_doc
from kgbuilder.graph.mention_cues import _listed
from kgbuilder.graph.resolve import document_clusters


def clusters(nlp, text):
    return {c.key: c for c in document_clusters(extract_doc(nlp(text), Document("d", text)))}


def test_a_plural_verb_makes_a_person_like_name_a_group_the_band_reaches(nlp):
    found = clusters(nlp, "Glass Harbour are touring Europe this spring. "
                          "The band said the shows had sold out.")
    assert found["glass harbour"].type == "Organization"
    assert "band" in found["glass harbour"].aliases


def test_a_perfect_have_after_the_name_counts_too(nlp):
    found = clusters(nlp, "Velvet Otter have signed a new record deal with Polydor. "
                          "The band will tour in May.")
    assert found["velvet otter"].type == "Organization"
    assert "band" in found["velvet otter"].aliases


def test_the_last_name_of_a_list_stays_what_ner_said(nlp):
    found = clusters(nlp, "Keane and Snow Patrol are nominated for the award.")
    assert found["snow patrol"].type == "Person"


def test_a_list_is_seen_through_the_words_that_describe_its_last_name():
    assert _listed("Soul singer Beverley Knight and drum 'n' bass star".split())
    assert _listed("Michael Jackson, Aerosmith,".split())
    assert not _listed("Chart stars".split())
    assert not _listed("Critics say".split())
    assert not _listed([])
