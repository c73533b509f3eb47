"""Events two named parties share, stated as a noun with ``between``: ``talks between
Euronext and the LSE`` → Euronext –hold talks with→ LSE (rule ``between``).

Only the nouns of :data:`~.lexicon.RECIPROCAL_EVENTS` are read, with exactly two named
parties, and only where the text takes the event as having happened: the noun is the
subject of its clause (``the row between X and Y deepened``; the clause's own negation and
modality carry over, ``a merger between X and Y would create ...`` is hypothetical) or
the object of a time preposition (``during a meeting between X and Y``). As an object
(``called for talks between X and Y``, ``blocked a merger between ...``) it is no fact;
nor with a word that says it has not happened (``proposed``, ``no``).
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from typing import TYPE_CHECKING

from spacy.tokens import Token

from .argument_spans import argument_span
from .confidence import confidence
from .contests import is_side
from .lexicon import (
    RECIPROCAL_EVENTS,
    RECIPROCAL_SUBJECT_DEPS,
    RECIPROCAL_TIME_PREPS,
    UNREALISED_MODIFIERS,
)
from .mentions import mention_for
from .records import Extraction
from .stance import stance_of
from .tree import children

if TYPE_CHECKING:
    from .builder import ExtractionBuilder

NEGATING_DETERMINERS = frozenset({"no"})  # "there was no deal between X and Y"


def clause_verb(noun: Token) -> Token | None:
    """The verb whose clause holds ``noun`` as its subject or as the object of a time
    preposition; None in any other role."""
    if noun.dep_ in RECIPROCAL_SUBJECT_DEPS and noun.head.pos_ in ("VERB", "AUX"):
        return noun.head
    prep = noun.head
    if (noun.dep_ == "pobj" and prep.lower_ in RECIPROCAL_TIME_PREPS
            and prep.head.pos_ in ("VERB", "AUX")):
        return prep.head
    return None


def parties(noun: Token, ents: dict) -> tuple[Token, Token] | None:
    """The two named parties of ``NOUN between X and Y``, else None."""
    for prep in (c for c in noun.rights if c.dep_ == "prep" and c.lower_ == "between"):
        first = [c for c in children(prep) if c.dep_ == "pobj"]
        if len(first) != 1:
            return None
        second = [c for c in children(first[0]) if c.dep_ == "conj"]
        if len(second) == 1 and is_side(first[0], ents) and is_side(second[0], ents):
            return first[0], second[0]
    return None


def between_extractions(noun: Token, builder: ExtractionBuilder) -> Iterator[Extraction]:
    """``the talks between X and Y`` → X –hold talks with→ Y, in the stance of the clause
    that holds the noun."""
    relation = RECIPROCAL_EVENTS.get(noun.lower_)
    if relation is None or noun.pos_ != "NOUN":
        return
    if any(c.lower_ in UNREALISED_MODIFIERS or c.lower_ in NEGATING_DETERMINERS
           for c in noun.lefts):
        return
    verb = clause_verb(noun)
    pair = parties(noun, builder.ents) if verb is not None else None
    if verb is None or pair is None:
        return
    first, second = (mention_for(t, builder.ents) for t in pair)
    if first.text == second.text:
        return
    surface = ([noun], [builder.phrase(argument_span(t, builder.ents)) for t in pair])
    extraction = builder.make(noun, first, relation, [second], rule="between",
                              surface=surface, stance=stance_of(verb, builder.question),
                              confidence=confidence("between", pair[0], pair[1],
                                                    builder.span, noun, 2))
    yield replace(extraction, relation_text=f"{noun.lower_} between")
