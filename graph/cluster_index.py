"""The indexes one document's resolution looks its clusters up in, and the merge that
keeps them right.

They keep a document's work linear in its mentions (a book-length text has tens of
thousands): clusters by key, multi-word ones by surname, by the acronyms of their label
(checked again when used) and by their words in sorted order.
"""

from __future__ import annotations

from .antecedents import word_order_key
from .clusters import Cluster
from .names import acronyms, surname_key


class ClusterIndex:
    """A document's clusters by key, surname, acronym and word order; the cluster of each
    resolved span."""

    def __init__(self) -> None:
        self.by_key: dict[str, Cluster] = {}
        self.by_surname: dict[str, list[Cluster]] = {}  # multi-word clusters, in creation order
        self.by_acronym: dict[str, list[Cluster]] = {}
        self.by_words: dict[tuple[str, ...], list[Cluster]] = {}  # word_order_key → clusters
        self.entity_of: dict[tuple[int, int], Cluster] = {}
        # The spans each cluster holds in ``entity_of`` (by id): keeps a merge linear.
        self.spans_of: dict[int, list[tuple[int, int]]] = {}

    def _cluster(self, key: str, label: str) -> Cluster:
        """The cluster of ``key``, made (and indexed) under ``label`` if new."""
        if key not in self.by_key:
            self.by_key[key] = cluster = Cluster(key=key, label=label)
            if len(key.split()) > 1:
                self.by_surname.setdefault(surname_key(label), []).append(cluster)
            self._index_acronyms(cluster)
            order = word_order_key(key)
            if order is not None:
                self.by_words.setdefault(order, []).append(cluster)
        return self.by_key[key]

    def _index_acronyms(self, cluster: Cluster) -> None:
        """File ``cluster`` under the acronyms of its label (again when it changes); a
        concept's never (no acronym stands for a noun phrase: never looked up)."""
        if cluster.key.startswith("concept:"):
            return
        for acronym in acronyms(cluster.label):
            self.by_acronym.setdefault(acronym, []).append(cluster)

    def fold_described(self, target: Cluster, phrase: Cluster, reason: str,
                       dropped: set[tuple[int, int]]) -> None:
        """Merge a describing phrase into ``target``, less the ``dropped`` spans it holds
        (a thing's pronoun that a person cannot take)."""
        spans = self.spans_of.get(id(phrase), [])
        for span in [s for s in spans if s in dropped]:
            spans.remove(span)
            del self.entity_of[span]
        phrase.mentions = [m for m in phrase.mentions if (m[1], m[2]) not in dropped]
        self._merge(target, phrase, reason)

    def _merge(self, target: Cluster, other: Cluster, reason: str) -> None:
        if other.gender and other.is_person and target.type in ("Organization", "Thing"):
            target.retype("Person")  # "Mr Cable" shows NER's "Vincent Cable" is a person
        other.retype(target.type)
        label = target.label
        target.absorb(other, reason)
        if target.label != label:
            self._index_acronyms(target)
        del self.by_key[other.key]
        moved = self.spans_of.pop(id(other), [])
        for span in moved:
            self.entity_of[span] = target
        self.spans_of.setdefault(id(target), []).extend(moved)
