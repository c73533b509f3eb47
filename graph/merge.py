"""Entity resolution across documents: the clusters of every document meet.

Clusters meet by normalised name (the first document's cluster of a name takes the
others in); a lone surname joins the one person known by that surname, if exactly one;
an acronym the one name it abbreviates that some document gave it. The result does not
depend on how documents were split or ordered. Each entity then gets its label
(:func:`_best_label`) and type (:func:`~.types.entity_type`).
"""

from __future__ import annotations

from collections.abc import Iterable

from kgbuilder.extractors.records import DocumentExtractions

from .aliases import Aliases, with_shipped
from .antecedents import ACRONYM_TYPES
from .clusters import Cluster, Entity, MentionKey, Resolution
from .document_folds import SHORT_FORM_REASON
from .gazetteer import country_for
from .lexicon import KIND_WORDS, THING_NOUNS
from .mention_cues import is_role_only, nationality_named
from .names import (
    DEMONYM,
    acronyms,
    clear_name_caches,
    is_fixture,
    looks_like_acronym,
    name_key,
    slug,
    split_title,
    surname_key,
    title_words,
)
from .nominals import NOMINAL_REASON
from .resolve import document_clusters
from .role_nominals import MERGE_REASONS
from .types import entity_type, is_written_sum


def _best_label(cluster: Cluster) -> str:
    """The most frequent bare form: ties go to the longer, then accented, spelling."""
    if cluster.fixed:
        return cluster.label
    candidates: dict[str, int] = {}
    person, country = cluster.is_person, bool(cluster.types.get("Country"))
    for alias, count in cluster.aliases.items():
        if cluster.reasons.get(alias) == NOMINAL_REASON or cluster.reasons.get(alias) \
                in MERGE_REASONS:
            continue  # "the firm", "the Dragons winger" describe; they never name
        if is_fixture(alias) and not is_fixture(cluster.label):
            continue  # "Rotherham v Yeovil" names a match, never Yeovil
        named_thing = not person and not cluster.key.startswith("concept:") and bool(
            title_words(alias) & THING_NOUNS.keys())  # a concept keeps its words: "aircraft
        # carrier", never "carrier"; a name loses its kind: "the carrier Gerald Ford"
        bare = split_title(alias)[1] if person or named_thing else alias
        if person:  # "Briton Tim Henman"
            bare = nationality_named(bare, lambda key: False) or bare
        if country:
            bare = country_for(alias) or bare
        candidates[bare] = candidates.get(bare, 0) + count
    if not person:  # "Fiat Powertrain", not its short form "Fiat" named more often
        full = {a: n for a, n in candidates.items()
                if cluster.reasons.get(a) != SHORT_FORM_REASON}
        candidates = full or candidates
    if not candidates:
        return cluster.label
    longest = max(len(b.split()) for b in candidates)
    full = [a for a in candidates if len(a.split()) == longest]
    if person:
        candidates = {a: candidates[a] for a in full}
    best = max(candidates, key=lambda a: (candidates[a], len(a), a != a.encode("ascii",
                                          "ignore").decode(), a))
    if looks_like_acronym(best):  # "General Motors", not "GM": the name the acronym is of
        spelled = [a for a in candidates if name_key(best) in acronyms(a)]
        if spelled:
            return max(spelled, key=lambda a: (candidates[a], len(a), a))
    return best


def _fullest(cluster: Cluster) -> str:
    """The longest name among a cluster's forms, titles stripped (what its type is read
    from: ``Vincent Cable``, not the more frequent ``Cable``)."""
    if cluster.fixed or not cluster.aliases:
        return cluster.label
    return max((a if surname_key(a) in KIND_WORDS else split_title(a)[1]  # General Election
                for a in sorted(cluster.aliases)), key=lambda name: len(name.split()))


def _merge_surnames(merged: dict[str, Cluster]) -> None:
    """A lone surname joins the one multi-word person with that surname."""
    people_by_surname: dict[str, list[str]] = {}
    for key, cluster in merged.items():
        if cluster.is_person and len(key.split()) > 1:
            people_by_surname.setdefault(key.split()[-1], []).append(key)
    for key in sorted(merged):
        cluster = merged[key]
        words = key.split()
        candidates = people_by_surname.get(words[0], []) if len(words) == 1 else []
        if len(candidates) == 1 and (cluster.is_person or cluster.types.get("Organization")
                                     or cluster.types.get("Thing")) \
                and (cluster.is_person or not country_for(cluster.label)):
            # (a country, or its team NER calls an organisation, is no surname: Scotland
            # is not Jason Scotland)
            merged[candidates[0]].absorb(cluster, "surname of the only person so named")
            del merged[key]


def _merge_acronyms(merged: dict[str, Cluster]) -> None:
    """An acronym joins the one multi-word name it abbreviates that some document gave
    it."""
    by_acronym: dict[str, list[str]] = {}
    for key, cluster in merged.items():
        if not key.startswith("concept:") and cluster.type in ACRONYM_TYPES:
            for letters in sorted(acronyms(cluster.label)):
                by_acronym.setdefault(letters, []).append(key)
    for key in sorted(merged):
        cluster = merged[key]
        if key.startswith("concept:") or not any(looks_like_acronym(a) for a in cluster.aliases):
            continue
        # Only a name some document spelled out with this acronym ("the International
        # Monetary Fund (IMF)"): the one corpus name with those initials was as often
        # another body (HIV for Hartz IV, MW for Mid Wales, LG for Liggett Group).
        candidates = [k for k in by_acronym.get(key, []) if k != key and k in merged
                      and any(name_key(a) == key for a in merged[k].aliases)]
        if len(candidates) == 1:
            merged[candidates[0]].absorb(cluster, "acronym of the only name so abbreviated")
            del merged[key]


class Prepared:
    """Documents resolved on their own ahead of :func:`resolve`: the first pass, which
    needs nothing but the document, done as each document's results arrive (while
    worker processes parse the next ones) instead of after the last. Kept by ``id`` of
    the result, with the result, so an id reused by another object is never trusted."""

    def __init__(self, aliases: Aliases | None = None) -> None:
        self.aliases = aliases
        self._shipped = with_shipped(aliases)
        self._done: dict[int, tuple[DocumentExtractions, list[Cluster]]] = {}

    def add(self, result: DocumentExtractions) -> None:
        """Resolve ``result``'s document on its own now."""
        self._done[id(result)] = (result, document_clusters(result, self._shipped))

    def take(self, result: DocumentExtractions) -> list[Cluster] | None:
        """The clusters :meth:`add` made for ``result`` (each handed out once), or None."""
        known = self._done.pop(id(result), None)
        return known[1] if known is not None and known[0] is result else None


def resolve(results: Iterable[DocumentExtractions], aliases: Aliases | None = None,
            prepared: Prepared | None = None) -> Resolution:
    """Resolve the mentions of all documents into entities (order-independent).

    ``aliases`` is the user's alias table (:func:`kgbuilder.graph.aliases.read_aliases`);
    ``prepared``: documents already resolved on their own, with the same ``aliases``.
    """
    merged: dict[str, Cluster] = {}
    local: list[tuple[str, Cluster]] = []
    if prepared is not None and prepared.aliases is not aliases:
        prepared = None  # made for another alias table: of no use here
    aliases = with_shipped(aliases)  # the party short forms under the user's rows
    for result in sorted(results, key=lambda r: r.document.id):
        clusters = prepared.take(result) if prepared is not None else None
        for cluster in document_clusters(result, aliases) if clusters is None else clusters:
            local.append((result.document.id, cluster))
    # Pass 2a: same normalised name across documents.
    for _, cluster in local:  # the first document's cluster of a name takes the others in
        target = merged.get(cluster.key)
        if target is None:
            merged[cluster.key] = cluster
        else:
            target.absorb(cluster, "same name in another document")
    _merge_surnames(merged)
    _merge_acronyms(merged)
    entities: dict[str, Entity] = {}
    id_of_key: dict[str, str] = {}
    for key in sorted(merged):
        cluster = merged[key]
        prefix = "concept:" if key.startswith("concept:") else ""
        entity_id = prefix + slug(key.removeprefix("concept:"))
        demonyms = sorted({w for alias in cluster.aliases if " " in alias  # else no title
                           for w in split_title(alias)[0].split() if DEMONYM.match(w)})
        documents: dict[str, int] = {}
        for doc_id, _, _ in cluster.mentions:
            documents[doc_id] = documents.get(doc_id, 0) + 1
        label = _best_label(cluster)
        # A lone title-line person vote (half a vote, see mention_cues.TITLE_VOTE) is no
        # evidence that a name with a first-name word is a person ("Davis Cup").
        cued = cluster.cue is not None  # its title words outweigh NER's person votes
        kind = cluster.type if cluster.fixed or prefix else entity_type(
            cluster.type, _fullest(cluster),
            0 if cued else int(cluster.types.get("Person", 0)),
            not cued and cluster.gender is not None)
        if prefix and is_written_sum(label):  # "£7m", "42.09bn": a sum the parse left a phrase
            kind = "MonetaryAmount"
        if kind == "Person" and not cluster.is_person:  # NER's other labels outvoted
            cluster.retype("Person")
            label = _best_label(cluster)
        entities[entity_id] = Entity(entity_id, label, kind,
                                     dict(cluster.aliases), dict(cluster.reasons),
                                     len(cluster.mentions), tuple(demonyms),
                                     dict(sorted(documents.items())))
        id_of_key[key] = entity_id
    entity_of: dict[MentionKey, str] = {}
    for key in sorted(merged):
        for mention in merged[key].mentions:
            entity_of[mention] = id_of_key[key]
    clear_name_caches()  # names are all keyed now; the graph and outputs get the memory
    is_role_only.cache_clear()
    return Resolution(entities, entity_of)
