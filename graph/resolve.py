"""Entity resolution: which mentions, in which documents, name the same thing.

Two passes, so the answer does not depend on how documents were split or ordered:

1. Within a document (:func:`document_clusters`), in text order: a user alias maps a
   name to its canonical one; a full name claims later short mentions of it
   (``Trump`` → ``Donald Trump``; of two people sharing a surname, the one whose title
   fits, else the most recently mentioned); titles move to aliases; countries meet
   under their gazetteer name; an acronym joins the one name it abbreviates;
   pronouns go to the most recent compatible antecedent (person or not, number,
   gender from pronouns and role nouns such as ``his wife``), subject pronouns
   preferring a subject; reflexives (``Maduro himself``) to the nearest one in their
   sentence; a title nominal (``the US president``) to the one person in the document
   who carries that title.
2. Across documents (:func:`resolve`): clusters meet by normalised name; a lone
   surname joins the one person known by that surname, if exactly one; an acronym the
   one name it abbreviates.

Every merge records the rule that made it, so ``kgbuilder explain`` can say why.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field

from kgbuilder.extractors.records import NODE_KINDS, DocumentExtractions, Mention

from .aliases import Aliases
from .gazetteer import country_for
from .genders import gender_of_name
from .lexicon import HONORIFICS, THING_NOUNS
from .names import (
    DEMONYM,
    NAME_PARTICLES,
    ROLE_NOUNS,
    acronyms,
    gender_of,
    has_title_word,
    looks_like_acronym,
    name_key,
    slug,
    split_title,
    surname_key,
    title_words,
)
from .pronouns import PERSON_PRONOUNS, Seen, antecedent
from .types import TYPE_OF_LABEL, entity_type

COUNTRY_LABELS = frozenset({"GPE", "LOC", "ORG", "NORP"})
# NER often calls a lone surname ORG, or misses it (label "").
SURNAME_LABELS = frozenset({"PERSON", "ORG", "NORP", ""})
SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass"})
MODIFIER_DEPS = frozenset({"compound", "amod", "nmod", "npadvmod"})
ACRONYM_TYPES = frozenset({"Organization", "Place", "Event", "Legislation", "Thing"})
# Kinds whose name the text shortens to its head word ("the Commission", "the Cup").
SHORTENED_TYPES = frozenset({"Organization", "Event", "Legislation"})
MentionKey = tuple[str, int, int]  # document id, start, end


@dataclass(slots=True)
class Cluster:
    """Mentions believed to name one entity, with the evidence for that belief (counts
    in plain dicts: a corpus makes a hundred thousand clusters, and Counters cost)."""

    key: str
    label: str
    types: dict[str, int] = field(default_factory=dict)  # type → mentions
    aliases: dict[str, int] = field(default_factory=dict)  # surface form → mentions
    reasons: dict[str, str] = field(default_factory=dict)
    mentions: list[MentionKey] = field(default_factory=list)
    last_seen: int = -1
    gender: str | None = None
    fixed: bool = False  # label and type given by the user's alias file
    _type: str | None = field(default=None, repr=False, compare=False)  # set by ``type``

    @property
    def type(self) -> str:
        """The most frequent type (the first seen on a tie); pronoun resolution asks it of
        every earlier mention, so it is kept until the counts change."""
        if self._type is None:
            types = self.types
            self._type = (next(iter(types)) if len(types) == 1 else
                          max(types, key=types.__getitem__) if types else "Thing")
        return self._type

    def retype(self, kind: str) -> None:
        """Count every mention so far as ``kind`` (a merge into an entity of that type)."""
        self.types = {kind: sum(self.types.values())}
        self._type = None

    @property
    def is_person(self) -> bool:
        return self.type == "Person"

    def titles(self) -> frozenset[str]:
        """Every title and role word seen before this entity's name."""
        return frozenset(w for alias in self.aliases for w in title_words(alias))

    def add(self, mention: Mention, doc_id: str, kind: str, reason: str) -> None:
        self.types[kind] = self.types.get(kind, 0) + 1
        if kind != self._type:  # one more of the leading type keeps it in the lead
            self._type = None
        if mention.kind != "pronoun":
            self.aliases[mention.text] = self.aliases.get(mention.text, 0) + 1
            self.reasons.setdefault(mention.text, reason)
        self.mentions.append((doc_id, mention.start, mention.end))
        self.last_seen = max(self.last_seen, mention.start)

    def absorb(self, other: Cluster, reason: str) -> None:
        for kind, count in other.types.items():
            self.types[kind] = self.types.get(kind, 0) + count
        self._type = None
        for alias, count in other.aliases.items():
            self.aliases[alias] = self.aliases.get(alias, 0) + count
        for alias in other.aliases:
            # A form that was its own cluster's name came here by this merge's rule.
            local = other.reasons.get(alias, "name")
            self.reasons.setdefault(alias, reason if local == "name" else local)
        self.mentions.extend(other.mentions)
        self.last_seen = max(self.last_seen, other.last_seen)
        self.gender = self.gender or other.gender
        if other.fixed and not self.fixed:
            self.fixed, self.label = True, other.label


@dataclass(frozen=True)
class Entity:
    """A resolved entity: what becomes one graph node."""

    id: str
    label: str
    type: str
    aliases: dict[str, int]
    reasons: dict[str, str]
    mentions: int
    demonyms: tuple[str, ...] = ()  # nationality words among its titles ("Venezuelan")
    documents: dict[str, int] = field(default_factory=dict)  # document id → mentions there


@dataclass
class Resolution:
    """Result of resolution: entities by id and the entity of each resolved mention."""

    entities: dict[str, Entity]
    entity_of: dict[MentionKey, str]

    def lookup(self, doc_id: str, mention: Mention) -> str | None:
        return self.entity_of.get((doc_id, mention.start, mention.end))


def _type_of(mention: Mention) -> str:
    if mention.kind == "concept":
        return "Role" if mention.label == "ROLE" else "Concept"
    return TYPE_OF_LABEL.get(mention.label, "Thing")


def _is_person_name(mention: Mention) -> bool:
    return mention.kind == "entity" and mention.label == "PERSON"


def is_demonym(mention: Mention) -> bool:
    """A nationality adjective (``Venezuelan``), not a group (``Venezuelans``)."""
    return (mention.kind == "entity" and mention.label == "NORP" and not mention.plural
            and len(mention.text.split()) == 1 and DEMONYM.match(mention.text) is not None)


def _gender_cues(result: DocumentExtractions) -> dict[tuple[int, int], str]:
    """Spans whose apposition says which pronoun fits: ``his wife, X`` → X is ``fem``;
    ``the aircraft carrier X`` → X is a thing named like a person (``thing:Product``)."""
    cues: dict[tuple[int, int], str] = {}
    for extraction in result.extractions:
        if extraction.rule == "apposition":
            span = (extraction.subject.start, extraction.subject.end)
            gender = gender_of(set(extraction.relation.split()[:1]))
            if gender:
                cues[span] = gender
            elif extraction.relation == "be" and extraction.objects:
                kind = THING_NOUNS.get(extraction.object.head.casefold())
                if kind:
                    cues[span] = "thing:" + kind
    return cues


class _DocumentResolver:
    """Walks one document's mentions in order, building its clusters."""

    def __init__(self, doc_id: str, aliases: Aliases,
                 gender_cues: dict[tuple[int, int], str]) -> None:
        self.doc_id = doc_id
        self.aliases = aliases
        self.gender_cues = gender_cues
        self.by_key: dict[str, Cluster] = {}
        self.by_surname: dict[str, list[Cluster]] = {}  # multi-word clusters, in creation order
        self.entity_of: dict[tuple[int, int], Cluster] = {}
        self.history: list[Seen] = []

    def _cluster(self, key: str, label: str) -> Cluster:
        if key not in self.by_key:
            self.by_key[key] = cluster = Cluster(key=key, label=label)
            if len(key.split()) > 1:
                self.by_surname.setdefault(surname_key(label), []).append(cluster)
        return self.by_key[key]

    def _surname_antecedent(self, mention: Mention, bare: str,
                            title: frozenset[str]) -> Cluster | None:
        """The multi-word person whose last name ``bare`` is: the one whose titles fit
        ``title`` if any does, else the most recently mentioned."""
        words = name_key(bare).split()
        if len(words) != 1 or mention.label not in SURNAME_LABELS:
            return None
        people = [c for c in self.by_surname.get(words[0], ()) if c.is_person]
        titled = [c for c in people if title and title <= c.titles()]
        return max(titled or people, key=lambda c: c.last_seen) if people else None

    def _acronym_antecedent(self, text: str) -> Cluster | None:
        """The one earlier multi-word name that ``text`` abbreviates (``FBI``)."""
        if not looks_like_acronym(text):
            return None
        wanted = name_key(text)
        found = [c for c in self.by_key.values() if not c.key.startswith("concept:")
                 and c.type in ACRONYM_TYPES and wanted in acronyms(c.label)]
        return found[0] if len(found) == 1 else None

    def _remember(self, mention: Mention, cluster: Cluster) -> None:
        self.entity_of[(mention.start, mention.end)] = cluster
        if mention.dep not in MODIFIER_DEPS:  # "US" in "the US president" is no antecedent
            self.history.append(Seen(mention.start, mention.sentence,
                                      mention.dep in SUBJECT_DEPS, mention.plural, cluster))
        gender = self.gender_cues.get((mention.start, mention.end))
        if gender and gender.startswith("thing:"):
            gender = None
        if gender is None and mention.kind == "entity" and cluster.is_person:
            gender = gender_of_name(mention.text)
        if mention.kind == "pronoun" and mention.label in PERSON_PRONOUNS:
            gender = mention.label
        if gender and cluster.gender is None:
            cluster.gender = gender

    def add(self, mention: Mention) -> None:
        if (mention.start, mention.end) in self.entity_of:
            return
        if mention.kind == "pronoun":
            found = antecedent(mention, self.history)
            if found is not None:
                found.add(mention, self.doc_id, found.type, "pronoun")
                self._remember(mention, found)
            return
        if is_demonym(mention):
            return  # "Venezuelan" describes; it names no entity (kept in the titles)
        kind = _type_of(mention)
        cue = self.gender_cues.get((mention.start, mention.end), "")
        if cue.startswith("thing:"):  # "the aircraft carrier, Gerald Ford": no person
            kind = cue.removeprefix("thing:")
        elif mention.kind == "entity" and mention.label == "PERSON":
            things = [THING_NOUNS[w] for w in title_words(mention.text) if w in THING_NOUNS]
            if things:  # "the aircraft carrier Gerald Ford": the carrier's title words
                kind = things[0]
        elif mention.kind == "entity" and mention.label == "" and gender_of_name(mention.text):
            kind = "Person"  # a proper name NER missed, with a known first name
        text = mention.text
        reason = "name"
        honorific = ""
        title: frozenset[str] = frozenset()
        user = self.aliases.get(name_key(text))
        if mention.kind == "entity" and mention.label in COUNTRY_LABELS and user is None:
            country = country_for(text)
            if country:
                text, kind, reason = country, "Country", "country gazetteer"
        if mention.kind == "entity" and mention.label in SURNAME_LABELS and user is None:
            titles, bare = split_title(text)
            # "Boss Henk Addink" (no NER label), "President Trump" (called ORG).
            titled_name = has_title_word(titles) and (mention.label == ""
                                                       or len(bare.split()) == 1)
            if titles and (_is_person_name(mention) or titled_name):
                text, reason, title = bare, "title stripped", title_words(mention.text)
                courtesy = titles.split()[-1]
                if courtesy.casefold().rstrip(".") in HONORIFICS:  # "Lord Janner", "Mr Blair"
                    honorific = f"{courtesy} {bare}"
                if (titled_name and mention.label == "") or gender_of(title):
                    kind = "Person"  # "Mr Cable", whatever NER called it
                user = self.aliases.get(name_key(bare))
        cluster = None
        if user is not None:
            cluster = self._cluster(name_key(user.name), user.name)
            reason = "name" if name_key(text) == name_key(user.name) else "alias file"
            if not cluster.fixed:
                cluster.fixed, cluster.label = True, user.name
            kind = user.type or (kind if kind != "Concept" else "Thing")
        elif mention.kind == "entity":
            cluster = self._surname_antecedent(mention, text, title)
            if cluster is not None:
                reason, kind = "surname of an earlier full name", "Person"
            else:
                cluster = self._acronym_antecedent(text)
                if cluster is not None:
                    reason, kind = "acronym of an earlier name", cluster.type
        if cluster is None:
            prefix = "" if mention.kind == "entity" else "concept:"
            cluster = self._cluster(prefix + name_key(text), text)
        cluster.add(mention, self.doc_id, kind, reason)
        if honorific and honorific not in cluster.aliases:
            cluster.aliases[honorific] = 0  # a form the text implies: searchable, uncounted
            cluster.reasons.setdefault(honorific, "courtesy title and name")
        self._remember(mention, cluster)

    def resolve_nominals(self) -> None:
        """Fold a title nominal (``the US president``) into the one person of this document
        whose titles include every word of it."""
        people = [c for c in self.by_key.values() if c.is_person]
        for key in sorted(self.by_key):
            cluster = self.by_key[key]
            words = key.removeprefix("concept:").split()
            if not key.startswith("concept:") or cluster.fixed or not words \
                    or cluster.type == "Role" \
                    or words[-1] not in ROLE_NOUNS:
                continue
            fitting = [p for p in people if set(words) <= p.titles()]
            if len(fitting) == 1:
                self._merge(fitting[0], cluster, "title nominal unique in the document")

    def resolve_short_names(self) -> None:
        """Fold a one-word name into the one longer name of this document it belongs to:
        a person's first or last name (``Jonny``, ``Xie``, ``Luscombe``), an
        organisation's or event's head word (``the Commission``, ``the Cup``)."""
        longer = [c for c in self.by_key.values()
                  if not c.key.startswith("concept:") and len(c.key.split()) > 1]
        for key in sorted(self.by_key):
            cluster = self.by_key.get(key)
            if cluster is None or cluster.fixed or key.startswith("concept:") \
                    or len(key.split()) != 1 or looks_like_acronym(cluster.label):
                continue
            fitting = [c for c in longer if c is not cluster and c.key in self.by_key
                       and _short_form_of(key, c)]
            if len(fitting) == 1:
                self._merge(fitting[0], cluster, "short form of the one full name in "
                                                 "the document")

    def _merge(self, target: Cluster, other: Cluster, reason: str) -> None:
        other.retype(target.type)
        target.absorb(other, reason)
        del self.by_key[other.key]
        for span, cluster in self.entity_of.items():
            if cluster is other:
                self.entity_of[span] = target


def _short_form_of(word: str, cluster: Cluster) -> bool:
    """Whether one-word key ``word`` is how the text shortens ``cluster``'s name."""
    words = [w for w in cluster.key.split() if w not in NAME_PARTICLES]
    if not words:
        return False
    if cluster.is_person:
        return word in (words[0], words[-1])
    head = words[words.index("of") - 1] if "of" in words[1:] else words[-1]
    return cluster.type in SHORTENED_TYPES and word == head and len(word) >= 3


KIND_ORDER = {"entity": 0, "pronoun": 1, "concept": 2}


def _mention_order(mention: Mention) -> tuple:
    return (mention.start, -mention.end, KIND_ORDER.get(mention.kind, 3), mention.text,
            mention.label, mention.head, mention.sentence, mention.dep, mention.plural)


def document_clusters(result: DocumentExtractions, aliases: Aliases | None = None
                      ) -> list[Cluster]:
    """Clusters of one document's mentions (entities, pronouns and fact arguments)."""
    resolver = _DocumentResolver(result.document.id, aliases or {}, _gender_cues(result))
    arguments = [m for e in result.extractions if e.is_fact for m in (e.subject, *e.objects)
                 if m.kind in NODE_KINDS]
    # A total order (names before concepts on the same span), never set order: the
    # result must not depend on hashing or on the order documents arrive in.
    for mention in sorted({*result.mentions, *arguments}, key=_mention_order):
        resolver.add(mention)
    resolver.resolve_nominals()
    resolver.resolve_short_names()
    return sorted(resolver.by_key.values(), key=lambda c: c.key)


def _best_label(cluster: Cluster) -> str:
    """The most frequent bare form: ties go to the longer, then accented, spelling."""
    if cluster.fixed:
        return cluster.label
    candidates: dict[str, int] = {}
    person, country = cluster.is_person, bool(cluster.types.get("Country"))
    for alias, count in cluster.aliases.items():
        named_thing = not person and bool(title_words(alias) & THING_NOUNS.keys())
        bare = split_title(alias)[1] if person or named_thing else alias
        if country:
            bare = country_for(alias) or bare
        candidates[bare] = candidates.get(bare, 0) + count
    if not candidates:
        return cluster.label
    longest = max(len(b.split()) for b in candidates)
    full = [a for a in candidates if len(a.split()) == longest]
    if person:
        candidates = {a: candidates[a] for a in full}
    return max(candidates, key=lambda a: (candidates[a], len(a), a != a.encode("ascii",
                                          "ignore").decode(), a))


def _fullest(cluster: Cluster) -> str:
    """The longest name among a cluster's forms, titles stripped (what its type is read
    from: ``Vincent Cable``, not the more frequent ``Cable``)."""
    if cluster.fixed or not cluster.aliases:
        return cluster.label
    return max((split_title(a)[1] for a in sorted(cluster.aliases)),
               key=lambda name: len(name.split()))


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
                                     or cluster.types.get("Thing")):
            merged[candidates[0]].absorb(cluster, "surname of the only person so named")
            del merged[key]


def _merge_acronyms(merged: dict[str, Cluster]) -> None:
    """An acronym joins the one multi-word name it abbreviates."""
    by_acronym: dict[str, list[str]] = {}
    for key, cluster in merged.items():
        if not key.startswith("concept:") and cluster.type in ACRONYM_TYPES:
            for letters in sorted(acronyms(cluster.label)):
                by_acronym.setdefault(letters, []).append(key)
    for key in sorted(merged):
        cluster = merged[key]
        if key.startswith("concept:") or not any(looks_like_acronym(a) for a in cluster.aliases):
            continue
        candidates = [k for k in by_acronym.get(key, []) if k != key]
        if len(candidates) == 1 and candidates[0] in merged:
            merged[candidates[0]].absorb(cluster, "acronym of the only name so abbreviated")
            del merged[key]


def resolve(results: Iterable[DocumentExtractions], aliases: Aliases | None = None
            ) -> Resolution:
    """Resolve the mentions of all documents into entities (order-independent).

    ``aliases`` is the user's alias table (:func:`kgbuilder.graph.aliases.read_aliases`).
    """
    merged: dict[str, Cluster] = {}
    local: list[tuple[str, Cluster]] = []
    for result in sorted(results, key=lambda r: r.document.id):
        for cluster in document_clusters(result, aliases):
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
        kind = cluster.type if cluster.fixed or prefix else entity_type(
            cluster.type, _fullest(cluster), cluster.types.get("Person", 0),
            cluster.gender is not None)
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
    return Resolution(entities, entity_of)
