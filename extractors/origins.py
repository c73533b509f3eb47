"""Where a named one comes from, said between commas: ``Snow Patrol, originally from
Northern Ireland, ...`` and ``John Smith, 45, from Leeds, said ...`` → X –be from→ place
(rule ``origin``).

News introduces people and groups by their home town or country in a ``from`` phrase
set off by commas after the name. The phrase must hang on the name, open after a comma
(an adverb such as ``originally`` may come first) and hold a named place; the one it
describes is a name or a definite description (``The group, originally from ...``), which
the graph resolves like any other. A ``from``
phrase without the comma is an argument of something else (``the letter from London``,
``a transfer from Chelsea``).
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from typing import TYPE_CHECKING

from spacy.tokens import Span, Token

from .argument_spans import argument_span
from .confidence import confidence
from .mentions import mention_for
from .records import Extraction
from .tree import children

if TYPE_CHECKING:
    from .builder import ExtractionBuilder

ORIGIN_PLACE_LABELS = frozenset({"GPE", "LOC"})
ORIGIN_HOLDER_LABELS = frozenset({"PERSON", "ORG"})


def origin_of(name: Token, ents: dict[int, Span]) -> tuple[Token, Token] | None:
    """(``from``, place) of a comma-set ``from`` phrase on ``name`` with a named place."""
    for prep in name.rights:
        if prep.dep_ != "prep" or prep.lower_ != "from":
            continue
        opening = prep.doc[prep.left_edge.i - 1] if prep.left_edge.i > 0 else None
        if opening is None or opening.text != ",":
            continue
        for pobj in (c for c in children(prep) if c.dep_ == "pobj"):
            if pobj.i in ents and ents[pobj.i].label_ in ORIGIN_PLACE_LABELS:
                return prep, pobj
    return None


def definite(noun: Token) -> bool:
    """A common noun written with ``the`` (``The group, originally from ...``): the graph
    takes it for the named one it stands for, or leaves it out as a bare word."""
    return noun.pos_ == "NOUN" and any(c.dep_ == "det" and c.lower_ == "the"
                                       for c in children(noun))


def origin_extractions(name: Token, builder: ExtractionBuilder) -> Iterator[Extraction]:
    """``Snow Patrol, originally from Northern Ireland`` → Snow Patrol –be from→ Northern
    Ireland."""
    ent = builder.ents.get(name.i)
    if ent is None:
        if not definite(name):
            return
    elif ent.root.i != name.i or ent.label_ not in ORIGIN_HOLDER_LABELS:
        return
    found = origin_of(name, builder.ents)
    if found is None:
        return
    prep, place = found
    surface = ([prep], [builder.phrase(argument_span(name, builder.ents)),
                        builder.phrase(argument_span(place, builder.ents))])
    extraction = builder.make(name, mention_for(name, builder.ents), "be from",
                              [mention_for(place, builder.ents)], rule="origin",
                              surface=surface, confidence=confidence(
                                  "origin", name, place, builder.span, name, 2))
    yield replace(extraction, relation_text="from", negated=False, modality=None, time=None)
