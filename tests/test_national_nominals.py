"""``the Spanish group``: a nominal opened by a nationality stands for the one firm the
text places in that country, never the firm named last when the text does not say
which is Spanish. Sentences of our own, real spaCy parse."""

from __future__ import annotations

from kgbuilder.extractors import Document, extract_doc
from kgbuilder.graph.resolve import document_clusters


def clusters(nlp, text):
    return {c.key: c for c in document_clusters(extract_doc(nlp(text), Document("d", text)))}


def test_the_spanish_group_is_the_firm_placed_in_spain(nlp):
    found = clusters(nlp, "Shares in Norbel Holdings rose after it sold its stake to "
                          "Spain's Tecnovia Corp for £40m. The Spanish group bought Vantor "
                          "Ltd in 2003.")
    assert "Spanish group" in found["tecnovia corp"].aliases
    assert "Spanish group" not in found["norbel holdings"].aliases


def test_a_nationality_before_the_name_places_the_firm(nlp):
    found = clusters(nlp, "Spanish construction firm Tecnovia Corp bought a stake in "
                          "Norbel Holdings on Monday. Norbel Holdings said the deal was fair. "
                          "The Spanish group bought Vantor Ltd in 2003.")
    assert "Spanish group" in found["tecnovia corp"].aliases


def test_a_firm_the_text_never_places_is_no_referent(nlp):
    found = clusters(nlp, "Tecnovia Corp made an offer for Norbel Holdings on Monday. The "
                          "Spanish group said the offer was fair.")
    assert "Spanish group" not in found["tecnovia corp"].aliases
    assert "Spanish group" not in found["norbel holdings"].aliases


def test_two_firms_of_the_country_leave_it_undecided(nlp):
    found = clusters(nlp, "German bank Alvinger Group bought a stake in Norbel Holdings. "
                          "German insurer Rostwald Group bought one too. The German group "
                          "said the price was fair.")
    assert "concept:german group" in found
    assert not any("German group" in c.aliases for c in found.values()
                   if not c.key.startswith("concept:"))
