"""``the bill``, ``the festival``: a definite nominal of a law or an event stands for the
one entity of the document so far whose name ends with a word its head allows; two such
(or, for a law, any other law) and it stays a concept; ``foot the bill`` is a sum.
Sentences of our own, real spaCy parse."""

from __future__ import annotations

from kgbuilder.extractors import Document, extract_doc
from kgbuilder.graph.resolve import document_clusters


def clusters(nlp, text):
    return {c.key: c for c in document_clusters(extract_doc(nlp(text), Document("d", text)))}


def test_the_bill_is_the_one_bill_named_before(nlp):
    found = clusters(nlp, "MPs debated the Prevention of Fraud Bill on Monday. "
                          "The bill was passed after ten hours of debate.")
    assert "bill" in found["prevention of fraud bill"].aliases


def test_the_legislation_is_the_one_law_named_before(nlp):
    found = clusters(nlp, "Ministers published the Gaming Bill in May. "
                          "Critics said the legislation would create new casinos.")
    assert "legislation" in found["gaming bill"].aliases


def test_another_law_of_the_document_leaves_the_bill_a_concept(nlp):
    found = clusters(nlp, "MPs debated the Fraud Bill and the Road Safety Act on Monday. "
                          "The bill was passed.")
    assert "concept:bill" in found


def test_a_bill_to_pay_is_no_law(nlp):
    found = clusters(nlp, "Ministers published the Gaming Bill in May. Taxpayers will foot "
                          "the bill, critics said. The bill was passed.")
    assert "bill" not in found["gaming bill"].aliases


def test_the_festival_is_the_one_festival_named_before(nlp):
    found = clusters(nlp, "The Leeds Film Festival opened on Friday. "
                          "The festival runs until 24 June.")
    assert "festival" in found["leeds film festival"].aliases


def test_two_festivals_leave_the_festival_a_concept(nlp):
    found = clusters(nlp, "The Leeds Film Festival and the York Jazz Festival opened on "
                          "Friday. The festival runs until June.")
    assert "festival" not in found["leeds film festival"].aliases
    assert "festival" not in found["york jazz festival"].aliases


def test_the_group_never_stands_for_a_university(nlp):
    found = clusters(nlp, "Researchers at Dundee University won a grant on Friday. "
                          "The group said the money would fund a new lab.")
    assert "group" not in found["dundee university"].aliases
    assert "concept:group" in found


def test_an_awards_between_leaves_the_band_undecided_not_further_back(nlp):
    # Glass Harbour are a band (plural verb); the Brit Awards come last before "the
    # band", which must not skip them to reach the band named first.
    found = clusters(nlp, "Glass Harbour are touring with U2 this spring. Glass Harbour "
                          "were nominated at the Brit Awards. The band said it was proud.")
    assert "band" not in found["brit awards"].aliases


def test_the_band_passes_over_a_broadcaster_it_was_told_to(nlp):
    found = clusters(nlp, "Glass Harbour are touring Europe this spring. Kate Reed told "
                          "Radio Nova the band were tired. The band released an album.")
    assert "band" in found["glass harbour"].aliases
    assert "band" not in found["radio nova"].aliases


def test_the_band_is_never_the_broadcaster_of_a_speaker_s_title(nlp):
    found = clusters(nlp, "Glass Harbour are touring Europe this spring. \"They are "
                          "brilliant,\" said Tom Reed, head of music at Radio Nova. The band "
                          "released a new album in May.")
    assert "band" not in found["radio nova"].aliases
