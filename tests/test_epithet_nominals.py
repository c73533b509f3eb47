"""``the king of rock 'n' roll``: an epithet stands for the person just named, as ``the
singer`` does; ``the King of Spain`` is a title, no epithet. Sentences of our own, real
spaCy parse."""

from __future__ import annotations

from kgbuilder.extractors import Document, extract_doc
from kgbuilder.graph.resolve import document_clusters


def clusters(nlp, text):
    return {c.key: c for c in document_clusters(extract_doc(nlp(text), Document("d", text)))}


def test_the_king_of_a_genre_is_the_person_just_named(nlp):
    found = clusters(nlp, "The late US singer Johnny Calder is likely to top the charts "
                          "again on Sunday. The king of country music has already had three "
                          "hits this year.")
    assert "king of country music" in found["johnny calder"].aliases


def test_the_king_of_a_country_is_a_title_not_an_epithet(nlp):
    found = clusters(nlp, "The singer Johnny Calder played in Madrid on Sunday. The King of "
                          "Spain has already met the band.")
    assert not any(alias.casefold().startswith("king")
                   for alias in found["johnny calder"].aliases)
