"""Entity resolution: which mentions, in which documents, name the same thing.

Two passes, so the answer does not depend on how documents were split or ordered:

1. Within a document (:func:`document_clusters`), in text order: a full name
   claims later short mentions of it (``Trump`` → ``Donald Trump``, the nearest
   earlier full name when two people share a surname); titles move to aliases;
   countries meet under their gazetteer name; he/she/his/her go to the most recent
   person.
2. Across documents (:func:`resolve`): clusters meet by normalised name; a lone
   surname joins the one person known by that surname, if exactly one.

Every merge records the rule that made it, so ``kgbuilder explain`` can say why.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field

from kgbuilder.extractors.records import NODE_KINDS, DocumentExtractions, Mention

from .gazetteer import country_for
from .names import name_key, slug, split_title, surname_key

# spaCy NER labels → schema.org classes (and Concept for plain noun phrases).
TYPE_OF_LABEL: dict[str, str] = {
    "PERSON": "Person", "ORG": "Organization", "NORP": "Organization", "GPE": "Place",
    "LOC": "Place", "FAC": "Place", "EVENT": "Event", "PRODUCT": "Product",
    "WORK_OF_ART": "CreativeWork", "LAW": "Legislation", "LANGUAGE": "Language",
    "DATE": "Date", "TIME": "Date", "MONEY": "MonetaryAmount", "QUANTITY": "QuantitativeValue",
    "PERCENT": "QuantitativeValue", "CARDINAL": "QuantitativeValue",
    "ORDINAL": "QuantitativeValue",
}
COUNTRY_LABELS = frozenset({"GPE", "LOC", "ORG", "NORP"})
# NER often calls a lone surname ORG, or misses it (label "").
SURNAME_LABELS = frozenset({"PERSON", "ORG", "NORP", ""})
PERSON_PRONOUNS = frozenset({"masc", "fem"})
MentionKey = tuple[str, int, int]  # document id, start, end


@dataclass
class Cluster:
    """Mentions believed to name one entity, with the evidence for that belief."""

    key: str
    label: str
    types: Counter[str] = field(default_factory=Counter)
    aliases: Counter[str] = field(default_factory=Counter)
    reasons: dict[str, str] = field(default_factory=dict)
    mentions: list[MentionKey] = field(default_factory=list)
    last_seen: int = -1

    @property
    def is_person(self) -> bool:
        return self.types.most_common(1)[0][0] == "Person" if self.types else False

    def add(self, mention: Mention, doc_id: str, kind: str, reason: str) -> None:
        self.types[kind] += 1
        if mention.kind != "pronoun":
            self.aliases[mention.text] += 1
            self.reasons.setdefault(mention.text, reason)
        self.mentions.append((doc_id, mention.start, mention.end))
        self.last_seen = mention.start

    def absorb(self, other: Cluster, reason: str) -> None:
        self.types.update(other.types)
        self.aliases.update(other.aliases)
        for alias in other.aliases:
            self.reasons.setdefault(alias, reason)
        self.mentions.extend(other.mentions)


@dataclass(frozen=True)
class Entity:
    """A resolved entity: what becomes one graph node."""

    id: str
    label: str
    type: str
    aliases: dict[str, int]
    reasons: dict[str, str]
    mentions: int


@dataclass
class Resolution:
    """Result of resolution: entities by id and the entity of each resolved mention."""

    entities: dict[str, Entity]
    entity_of: dict[MentionKey, str]

    def lookup(self, doc_id: str, mention: Mention) -> str | None:
        return self.entity_of.get((doc_id, mention.start, mention.end))


def _type_of(mention: Mention) -> str:
    if mention.kind == "concept":
        return "Concept"
    return TYPE_OF_LABEL.get(mention.label, "Thing")


def _is_person_name(mention: Mention) -> bool:
    return mention.kind == "entity" and mention.label == "PERSON"


class _DocumentResolver:
    """Walks one document's mentions in order, building its clusters."""

    def __init__(self, doc_id: str) -> None:
        self.doc_id = doc_id
        self.by_key: dict[str, Cluster] = {}
        self.entity_of: dict[tuple[int, int], Cluster] = {}

    def _cluster(self, key: str, label: str) -> Cluster:
        if key not in self.by_key:
            self.by_key[key] = Cluster(key=key, label=label)
        return self.by_key[key]

    def _surname_antecedent(self, mention: Mention, bare: str) -> Cluster | None:
        """The nearest earlier multi-word person whose last name ``bare`` is."""
        words = name_key(bare).split()
        if len(words) != 1 or mention.label not in SURNAME_LABELS:
            return None
        people = [c for c in self.by_key.values() if c.is_person and len(c.key.split()) > 1
                  and surname_key(c.label) == words[0]]
        return max(people, key=lambda c: c.last_seen) if people else None

    def _pronoun_antecedent(self, mention: Mention) -> Cluster | None:
        if mention.label not in PERSON_PRONOUNS:
            return None
        people = [c for c in self.by_key.values() if c.is_person and c.last_seen < mention.start]
        return max(people, key=lambda c: c.last_seen) if people else None

    def add(self, mention: Mention) -> None:
        span = (mention.start, mention.end)
        if span in self.entity_of:
            return
        if mention.kind == "pronoun":
            antecedent = self._pronoun_antecedent(mention)
            if antecedent is not None:
                antecedent.add(mention, self.doc_id, "Person", "pronoun")
                self.entity_of[span] = antecedent
            return
        kind = _type_of(mention)
        text = mention.text
        reason = "name"
        if mention.kind == "entity" and mention.label in COUNTRY_LABELS:
            country = country_for(text)
            if country:
                text, kind, reason = country, "Country", "country gazetteer"
        if mention.kind == "entity" and mention.label in SURNAME_LABELS:
            title, bare = split_title(text)
            if title and (_is_person_name(mention) or len(bare.split()) == 1):
                text, reason = bare, "title stripped"
        cluster = self._surname_antecedent(mention, text) if mention.kind == "entity" else None
        if cluster is not None:
            reason, kind = "surname of an earlier full name", "Person"
        else:
            prefix = "" if mention.kind == "entity" else "concept:"
            cluster = self._cluster(prefix + name_key(text), text)
        cluster.add(mention, self.doc_id, kind, reason)
        self.entity_of[span] = cluster


KIND_ORDER = {"entity": 0, "pronoun": 1, "concept": 2}


def _mention_order(mention: Mention) -> tuple:
    return (mention.start, -mention.end, KIND_ORDER.get(mention.kind, 3), mention.text,
            mention.label, mention.head)


def document_clusters(result: DocumentExtractions) -> list[Cluster]:
    """Clusters of one document's mentions (entities, pronouns and fact arguments)."""
    resolver = _DocumentResolver(result.document.id)
    arguments = [m for e in result.extractions if e.is_fact for m in (e.subject, *e.objects)
                 if m.kind in NODE_KINDS]
    # A total order (names before concepts on the same span), never set order: the
    # result must not depend on hashing or on the order documents arrive in.
    for mention in sorted({*result.mentions, *arguments}, key=_mention_order):
        resolver.add(mention)
    return sorted(resolver.by_key.values(), key=lambda c: c.key)


def _best_label(cluster: Cluster) -> str:
    """The most frequent bare form: ties go to the longer, then accented, spelling."""
    candidates = Counter()
    for alias, count in cluster.aliases.items():
        bare = split_title(alias)[1] if cluster.is_person else alias
        if cluster.types.get("Country"):
            bare = country_for(alias) or bare
        candidates[bare] += count
    if not candidates:
        return cluster.label
    full = [a for a in candidates if len(a.split()) == max(len(b.split()) for b in candidates)]
    if cluster.is_person:
        candidates = Counter({a: candidates[a] for a in full})
    return max(candidates, key=lambda a: (candidates[a], len(a), a != a.encode("ascii",
                                          "ignore").decode(), a))


def resolve(results: Iterable[DocumentExtractions]) -> Resolution:
    """Resolve the mentions of all documents into entities (order-independent)."""
    merged: dict[str, Cluster] = {}
    local: list[tuple[str, Cluster]] = []
    for result in sorted(results, key=lambda r: r.document.id):
        for cluster in document_clusters(result):
            local.append((result.document.id, cluster))
    # Pass 2a: same normalised name across documents.
    for _, cluster in local:
        target = merged.get(cluster.key)
        if target is None:
            merged[cluster.key] = target = Cluster(key=cluster.key, label=cluster.label)
        target.absorb(cluster, "same name in another document")
    # Pass 2b: a lone surname joins the one multi-word person with that surname.
    people_by_surname: dict[str, list[str]] = {}
    for key, cluster in merged.items():
        if cluster.is_person and len(key.split()) > 1:
            people_by_surname.setdefault(key.split()[-1], []).append(key)
    for key in sorted(merged):
        cluster = merged[key]
        words = key.split()
        candidates = people_by_surname.get(words[0], []) if len(words) == 1 else []
        if len(candidates) == 1 and (cluster.is_person or cluster.types.get("Organization")
                                     or cluster.types.get("Thing")):
            merged[candidates[0]].absorb(cluster, "surname of the only person so named")
            del merged[key]
    entities: dict[str, Entity] = {}
    id_of_key: dict[str, str] = {}
    for key in sorted(merged):
        cluster = merged[key]
        label = _best_label(cluster)
        type_ = cluster.types.most_common(1)[0][0] if cluster.types else "Thing"
        prefix = "concept:" if key.startswith("concept:") else ""
        entity_id = prefix + slug(key.removeprefix("concept:"))
        entities[entity_id] = Entity(entity_id, label, type_, dict(cluster.aliases),
                                     dict(cluster.reasons), len(cluster.mentions))
        id_of_key[key] = entity_id
    entity_of: dict[MentionKey, str] = {}
    for key in sorted(merged):
        for mention in merged[key].mentions:
            entity_of[mention] = id_of_key[key]
    return Resolution(entities, entity_of)
