"""The records of resolution: clusters of mentions while resolving, entities after."""

from __future__ import annotations

from dataclasses import dataclass, field

from kgbuilder.extractors.records import Mention

from .names import title_words

MentionKey = tuple[str, int, int]  # document id, start, end


@dataclass(slots=True)
class Cluster:
    """Mentions believed to name one entity, with the evidence for that belief (counts
    in plain dicts: a corpus makes a hundred thousand clusters, and Counters cost)."""

    key: str
    label: str
    types: dict[str, float] = field(default_factory=dict)  # type → weighted mentions
    aliases: dict[str, int] = field(default_factory=dict)  # surface form → mentions
    reasons: dict[str, str] = field(default_factory=dict)
    mentions: list[MentionKey] = field(default_factory=list)
    last_seen: int = -1
    gender: str | None = None
    fixed: bool = False  # label and type given by the user's alias file
    # A kind the name's own title words settle ("Indian drugmaker Dr Reddy's"): it
    # outvotes every NER label of the other mentions (see mention_cues.voted_kind).
    cue: str | None = None
    _type: str | None = field(default=None, repr=False, compare=False)  # set by ``type``
    _titles: tuple[int, frozenset[str]] = field(default=(-1, frozenset()), repr=False,
                                                compare=False)  # set by ``titles``

    @property
    def type(self) -> str:
        """The kind a title word settled (:attr:`cue`), else the most frequent type (the
        first seen on a tie), ``Thing`` (NER saw no name) only when no mention says
        more; pronoun resolution asks it of
        every earlier mention, so it is kept until the counts change."""
        if self.cue is not None:
            return self.cue
        if self._type is None:
            types = self.types
            if len(types) > 1 and "Thing" in types:  # an unlabelled mention says nothing
                types = {k: v for k, v in types.items() if k != "Thing"}
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
        """Every title and role word seen before this entity's name (kept until a new
        form arrives: surname resolution asks it of every candidate)."""
        known, words = self._titles
        if known != len(self.aliases):  # forms are only ever added
            words = frozenset(w for alias in self.aliases for w in title_words(alias))
            self._titles = (len(self.aliases), words)
        return words

    def add(self, mention: Mention, doc_id: str, kind: str, reason: str,
            weight: float = 1.0) -> None:
        """Count ``mention`` as one more of this entity, its type a vote of ``weight``."""
        self.types[kind] = self.types.get(kind, 0) + weight
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
        self.cue = self.cue or other.cue
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
