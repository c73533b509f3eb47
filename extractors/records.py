"""Plain, immutable records that leave the extraction stage.

They hold no spaCy objects, so they pickle cheaply across processes and machines,
and graph/ can consume them without importing spaCy. Slotted: a corpus makes millions
of them, and without a ``__dict__`` each takes less memory and less of the garbage
collector's time.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from sys import intern

from .lexicon import FUTURE_HEDGES, MODALITY_CLASSES, REPORTED_HEDGES


@dataclass(frozen=True, slots=True)
class Document:
    """One input article. ``id`` is given by the user or derived from the text."""

    id: str
    text: str = field(repr=False)  # a repr names the document, never prints its text
    title: str | None = None
    date: str | None = None
    url: str | None = None
    source: str | None = None

    @staticmethod
    def content_id(text: str) -> str:
        """A stable id for a text without one: the first 16 hex digits of its SHA-256."""
        return hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]

    @property
    def metadata(self) -> dict[str, str]:
        """Title, date, url and source, only those that are known."""
        fields = {"title": self.title, "date": self.date, "url": self.url, "source": self.source}
        return {k: v for k, v in fields.items() if v}


@dataclass(frozen=True, slots=True)
class Mention:
    """A span of a document that names something.

    ``kind`` is ``entity`` (a named-entity span, ``label`` holds spaCy's NER label as
    :mod:`.kinds` corrects it, ``GROUP`` for an organisation known by its context),
    ``concept`` (another noun phrase, labelled without determiners), ``pronoun``
    (``label`` holds its agreement cues, e.g. ``masc``, ``fem``, ``plural``, ``neuter``),
    ``clause`` (a reported clause, ``said that ...``) or ``other`` (a word that names
    nothing by itself: ``what``, ``there``, ``something``). Only the first three can
    become graph nodes (:data:`NODE_KINDS`).
    ``start``/``end`` are character offsets in the document text. The cues that
    resolution weighs: ``sentence``, the offset where the mention's sentence starts;
    ``dep``, the dependency label of its head (``nsubj`` marks a subject); ``plural``,
    whether its head is a plural noun; ``clause``, the offset of the verb of its clause
    (-1 when unknown).
    """

    text: str
    start: int
    end: int
    kind: str
    label: str = ""
    head: str = ""
    sentence: int = -1
    dep: str = ""
    plural: bool = False
    clause: int = -1

    def __post_init__(self) -> None:
        # Kinds, labels, cues and head words repeat across a corpus's records, and spaCy
        # makes a new string for each: one shared string each keeps the records small.
        setter = object.__setattr__
        setter(self, "text", intern(self.text))
        setter(self, "kind", intern(self.kind))  # read back from a cache: a new string each
        setter(self, "label", intern(self.label))
        setter(self, "head", intern(self.head))
        setter(self, "dep", intern(self.dep))


NODE_KINDS = frozenset({"entity", "concept", "pronoun"})
# The rule suffix of a fact told of a "whose" clause's antecedent (extractors/relatives.py).
WHOSE_RULE = "+whose"
# The rule suffix of a fact that pairs the wrong members of two lists a "respectively"
# matches one to one (extractors/builder.py); the graph keeps it out with that reason.
CROSSED_RULE = "+crossed"
# The rule suffix of a fact whose relation holds what the verb called its object ("call
# giant" of "called Callaghan a giant"): typed only by a row for the whole relation.
PREDICATED_RULE = "+predicated"
# The rule suffix of a fact whose object is the named partner of the verb's object noun
# ("announced a partnership with Sony": announce partnership with -> Sony): typed by a row
# for the whole relation or for the verb with the preposition ("form with"), never by the
# bare verb's ("form": founded).
PARTNER_RULE = "+partner"


@dataclass(frozen=True, slots=True)
class Phrase:
    """A full argument as written (``the cartel, reportedly led by X`` keeps its words).

    Mentions are trimmed to what a graph node is named after; phrases keep the whole
    argument, for evidence and for Open IE benchmarks.
    """

    text: str
    start: int
    end: int

    def __post_init__(self) -> None:
        # Most argument phrases are a mention's words again, or repeat across a corpus
        # ("the government"): one shared string each.
        object.__setattr__(self, "text", intern(self.text))


@dataclass(frozen=True, slots=True)
class Sentence:
    """A sentence's text and its character offsets in the document."""

    text: str
    start: int
    end: int


@dataclass(frozen=True, slots=True)
class Extraction:
    """One fact read off one sentence, in two views.

    The *logical* view feeds the graph: ``subject`` –``relation``→ ``objects[0]``, with
    ``relation`` the normalised lemma phrase (``meet with``, ``call``), the by-agent of
    a passive as subject, and further prepositional arguments in ``objects[1:]``.
    The *surface* view keeps the clause as written, Open IE style: ``relation_text``
    (``had a call with``'s ``had``, ``is not accepted``) and ``arguments`` (the full
    argument phrases, subject first, prepositional ones with their preposition).
    ``attributed_to`` is who the fact is reported from (``Trump said that ...``);
    ``objects`` is empty for an event without one (``offered to step down``);
    ``rule`` names the construction that produced it.
    ``modality`` says how the text holds a fact it does not simply assert: ``question``,
    ``hypothetical`` (a condition, ``whether``, an intention, a possibility), ``future``,
    ``reported`` (relayed from ``attributed_to`` or a charge), or the hedging word itself
    (``could``, ``reportedly``, ``expected``, ``likely``); :attr:`modality_class` maps
    every value to one of the four classes.
    """

    doc_id: str
    sentence: Sentence
    subject: Mention
    relation: str
    relation_text: str
    objects: tuple[Mention, ...]
    negated: bool = False
    modality: str | None = None
    time: str | None = None
    confidence: float = 0.5
    rule: str = "svo"
    arguments: tuple[Phrase, ...] = ()
    attributed_to: Mention | None = None

    def __post_init__(self) -> None:
        # Relations, rules and modalities repeat across a corpus ("say", "svo"): shared.
        setter = object.__setattr__
        setter(self, "doc_id", intern(self.doc_id))
        setter(self, "relation", intern(self.relation))
        setter(self, "relation_text", intern(self.relation_text))
        setter(self, "rule", intern(self.rule))
        if self.modality is not None:
            setter(self, "modality", intern(self.modality))

    @property
    def object(self) -> Mention:
        return self.objects[0]

    @property
    def modality_class(self) -> str | None:
        """``question``, ``hypothetical``, ``future``, ``reported``, or None if asserted."""
        value = self.modality
        if value is None or value in MODALITY_CLASSES:
            return value
        if value in REPORTED_HEDGES:
            return "reported"
        return "future" if value in FUTURE_HEDGES else "hypothetical"

    @property
    def is_fact(self) -> bool:
        """Both ends name something a graph node can stand for."""
        return (bool(self.objects) and self.subject.kind in NODE_KINDS
                and self.object.kind in NODE_KINDS)


@dataclass(frozen=True)
class DocumentExtractions:
    """Everything extraction learned from one document, in document order."""

    document: Document
    sentences: int
    mentions: tuple[Mention, ...] = field(default_factory=tuple)
    extractions: tuple[Extraction, ...] = field(default_factory=tuple)
    pipeline: str = ""  # the spaCy pipeline that parsed it: "en_core_web_sm 3.8.0"
    headline: str = ""  # the text's first line, which names an untitled document
