"""The folds that end one document's resolution, once every mention has its cluster:
title nominals into the one person who holds the title, names spelled alike, and one-word
names into the one longer name of the document they shorten (graph/resolve.py walks the
mentions; these run after it)."""

from __future__ import annotations

from collections.abc import Iterable

from kgbuilder.extractors.records import Extraction

from .antecedents import married
from .cluster_index import ClusterIndex
from .clusters import Cluster
from .lexicon import SUBORDINATE_ROLE_WORDS
from .names import ROLE_NOUNS, looks_like_acronym
from .shortforms import country_of_people, short_form_of, short_form_words, titled_person

SHORT_FORM_REASON = "short form of the one full name in the document"


class DocumentFolds(ClusterIndex):
    """The end-of-document folds of :class:`.resolve._DocumentResolver`, over its
    clusters (``by_key``), the role words NER read as names (``role_only``) and the names
    a he/she marries (``spouses``)."""

    role_only: set[str]
    spouses: set[tuple[int, int]]

    def resolve_nominals(self) -> None:
        """Fold a title nominal (``the US president``) into the one person of this document
        whose titles include every word of it, and no deputy's word besides (``the prime
        minister`` is not the Deputy Prime Minister)."""
        people = [c for c in self.by_key.values() if c.is_person]
        for key in sorted(self.by_key):
            cluster = self.by_key[key]
            words = key.removeprefix("concept:").split()
            if not key.startswith("concept:") or cluster.fixed or not words \
                    or cluster.type == "Role" \
                    or words[-1] not in ROLE_NOUNS:
                continue
            fitting = [p for p in people if set(words) <= p.titles()
                       and not (p.titles() & SUBORDINATE_ROLE_WORDS) - set(words)]
            if len(fitting) == 1:
                self._merge(fitting[0], cluster, "title nominal unique in the document")
        for key in sorted(self.role_only & self.by_key.keys()):
            cluster = self.by_key.pop(key)  # a role no single person holds: no node
            for span in self.spans_of.pop(id(cluster), ()):
                del self.entity_of[span]

    def resolve_namesakes(self, openings: frozenset[int]) -> None:
        """A noun phrase spelled like a named entity of this document is that entity
        (``Labour say ...`` at a sentence start, where NER saw no name), or like a
        person's name after titles (``French Green MEP Alain Lipietz``); a people's plural
        joins its country (``the Scots``, :func:`.shortforms.country_of_people`). A
        one-word "name" only ever capitalised where it opens a sentence is that common
        noun (``Developers say ... developers``; ``openings``: where the document's
        sentences of fact begin, :func:`sentence_openings`): the name joins the noun,
        not the other way round."""
        for key in sorted(k for k in self.by_key if k.startswith("concept:")):
            cluster = self.by_key[key]
            named = self.by_key.get(key.removeprefix("concept:"))
            reason = "spelled like a name of the document"
            if named is None:
                named, reason = titled_person(self.by_key, cluster.label), "title stripped"
            if named is None or cluster.fixed or cluster.type == "Role":
                continue
            if _common_noun_opening(named, cluster, openings):
                self._merge(cluster, named, "a common noun opening its sentence")
            else:
                self._merge(named, cluster, reason)
        for people, country in country_of_people(list(self.by_key.values())):
            self._merge(country, people, "people of a country of the document")

    def resolve_short_names(self) -> None:
        """Fold a one-word name into the one longer name of this document it belongs to:
        a person's first or last name (``Jonny``, ``Xie``, ``Luscombe``), an
        organisation's or event's head word (``the Commission``, ``the Cup``)."""
        longer = [c for c in self.by_key.values()
                  if not c.key.startswith("concept:") and len(c.key.split()) > 1]
        by_word: dict[str, list[Cluster]] = {}  # every word short_form_of may accept
        for candidate in longer:
            for word in dict.fromkeys(short_form_words(candidate)):
                by_word.setdefault(word, []).append(candidate)
        for key in sorted(self.by_key):
            cluster = self.by_key.get(key)
            if cluster is None or cluster.fixed or key.startswith("concept:") \
                    or len(key.split()) != 1 or looks_like_acronym(cluster.label):
                continue
            fitting = [c for c in by_word.get(key, ()) if c is not cluster
                       and c.key in self.by_key and short_form_of(key, c, cluster)
                       and not (married(c, self.spouses) and key == c.key.split()[-1]
                                and cluster.gender != c.gender)]  # his name, taken
            # "Virgin": of Virgin Radio and Virgin Radio Groove, the name the others extend
            fitting = [c for c in fitting
                       if not any(c.key.startswith(o.key + " ") for o in fitting)]
            if len(fitting) == 1:
                self._merge(fitting[0], cluster, SHORT_FORM_REASON)


_OPENING_MARKS = " \t\n\"'\u201c\u2018("  # what may stand before a sentence's first word


def sentence_openings(extractions: Iterable[Extraction]) -> frozenset[int]:
    """Where the first word of each sentence of ``extractions`` begins."""
    return frozenset(e.sentence.start + len(e.sentence.text)
                     - len(e.sentence.text.lstrip(_OPENING_MARKS)) for e in extractions)


def _common_noun_opening(named: Cluster, noun: Cluster, openings: frozenset[int]) -> bool:
    """Whether one-word ``named``, spelled as ``noun`` is in lowercase, is capitalised
    only where sentences open: a common noun NER took for a name. (A firm named only at
    sentence openings whose name is also a noun the text uses, ``Shell ... the shell of
    the building``, is lost the same way: a known limit.)"""
    if named.fixed or " " in named.key or not named.mentions \
            or any(alias != alias.capitalize() for alias in named.aliases):
        return False  # "iPod", "BT", "Labour Party": written as names
    return all(alias.islower() for alias in noun.aliases) and all(
        start in openings for _, start, _ in named.mentions)
