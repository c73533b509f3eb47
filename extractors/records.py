"""Plain, immutable records that leave the extraction stage.

They hold no spaCy objects, so they pickle cheaply across processes and machines,
and graph/ can consume them without importing spaCy.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field


@dataclass(frozen=True)
class Document:
    """One input article. ``id`` is given by the user or derived from the text."""

    id: str
    text: str
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


@dataclass(frozen=True)
class Mention:
    """A span of a document that names something.

    ``kind`` is ``entity`` (a named-entity span, ``label`` holds spaCy's NER label),
    ``concept`` (another noun phrase, labelled without determiners) or ``pronoun``
    (``label`` holds its agreement cues, e.g. ``masc``, ``fem``, ``plural``, ``neuter``).
    ``start``/``end`` are character offsets in the document text.
    """

    text: str
    start: int
    end: int
    kind: str
    label: str = ""
    head: str = ""


@dataclass(frozen=True)
class Sentence:
    """A sentence's text and its character offsets in the document."""

    text: str
    start: int
    end: int


@dataclass(frozen=True)
class Extraction:
    """One subject–relation–object fact read off one sentence.

    ``relation`` is the normalised lemma phrase (``meet with``); ``relation_text`` the
    words as written. ``objects`` holds the first object and any further prepositional
    arguments (n-ary facts). ``rule`` names the construction that produced it.
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

    @property
    def object(self) -> Mention:
        return self.objects[0]


@dataclass(frozen=True)
class DocumentExtractions:
    """Everything extraction learned from one document, in document order."""

    document: Document
    sentences: int
    mentions: tuple[Mention, ...] = field(default_factory=tuple)
    extractions: tuple[Extraction, ...] = field(default_factory=tuple)
