"""A plural role noun the parser read as a verb: ``Little Britain stars Matt Lucas and
David Walliams have been named ...`` parses ``stars`` as a verb that is itself the
subject of ``named``. A finite verb is never a subject, so such a verb is a noun and
states nothing as a verb; when it is a role word between a name and people's names it is
a title (rule ``title``): Matt Lucas –star of→ Little Britain, like ``Nighty Night star
Julia Davis``.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from typing import TYPE_CHECKING

from spacy.tokens import Token

from .confidence import confidence
from .kinds import kind_label
from .lexicon import ROLE_WORDS
from .mentions import mention_for, span_label
from .records import Extraction, Mention
from .tree import children

if TYPE_CHECKING:
    from .builder import ExtractionBuilder

SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass"})
NAME_PARTS = frozenset({"compound", "amod"})  # "Little Britain": the owner's own words
PLACE_LABELS = frozenset({"GPE", "LOC", "NORP", "FAC"})


def is_misread_noun(verb: Token) -> bool:
    """A present-tense verb in a subject's place: a plural noun the tagger misread."""
    return verb.pos_ == "VERB" and verb.tag_ == "VBZ" and verb.dep_ in SUBJECT_DEPS


def _people(verb: Token, ents: dict) -> list[Token]:
    """The people's names the misread noun governs as objects (``Matt Lucas and X``)."""
    objects = [c for c in children(verb) if c.dep_ == "dobj"]
    found = objects + [c for o in objects for c in children(o) if c.dep_ == "conj"]
    return [t for t in found if t.i in ents and ents[t.i].label_ == "PERSON"]


def _owner(verb: Token, builder: ExtractionBuilder) -> Mention | None:
    """The name written before the role noun, with its modifiers (``Little Britain``)."""
    subjects = [c for c in children(verb) if c.dep_ == "nsubj" and c.pos_ == "PROPN"]
    if len(subjects) != 1 or subjects[0].i != verb.i - 1:
        return None
    head = subjects[0]
    first = head.i
    while first > builder.span.start and head.doc[first - 1].head.i == head.i \
            and head.doc[first - 1].dep_ in NAME_PARTS and head.doc[first - 1].text[:1].isupper():
        first -= 1
    span = head.doc[first:head.i + 1]
    named = builder.ents.get(head.i)
    if named is not None and named.label_ in PLACE_LABELS and named.start <= span.start:
        return None  # "Hollywood stars X": a place's stars, no work's cast
    return Mention(span_label(span), span.start_char, span.end_char, "entity",
                   kind_label(span, ""), head.text, sentence=builder.span.start_char,
                   dep=head.dep_)


def misread_title_extractions(verb: Token, builder: ExtractionBuilder) -> Iterator[Extraction]:
    """``Little Britain stars Matt Lucas`` (``stars`` misread) → Matt Lucas –star of→
    Little Britain."""
    role = verb.lower_[:-1]  # "stars" -> "star": the tagger took the plural -s for a verb's
    if role not in ROLE_WORDS:
        return
    people = _people(verb, builder.ents)
    owner = _owner(verb, builder) if people else None
    if owner is None:
        return
    for person in people:
        subject = mention_for(person, builder.ents)
        extraction = builder.make(person, subject, f"{role} of", [owner], rule="title",
                                  surface=([], []), confidence=confidence(
                                      "title", person, None, builder.span, person, 2))
        yield replace(extraction, relation_text="is", negated=False, modality=None,
                      time=None, arguments=())
