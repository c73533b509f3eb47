"""The indexes one document's resolution looks its clusters up in.

They keep a document's work linear in its mentions (a book-length text has tens of
thousands): clusters by key, multi-word ones by surname, by the acronyms of their label
(checked again when used) and by their words in sorted order.
"""

from __future__ import annotations

from .antecedents import word_order_key
from .clusters import Cluster
from .names import acronyms, surname_key


class ClusterIndex:
    """A document's clusters by key, surname, acronym and word order."""

    def __init__(self) -> None:
        self.by_key: dict[str, Cluster] = {}
        self.by_surname: dict[str, list[Cluster]] = {}  # multi-word clusters, in creation order
        self.by_acronym: dict[str, list[Cluster]] = {}
        self.by_words: dict[tuple[str, ...], list[Cluster]] = {}  # word_order_key → clusters

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
