"""Events a named possessor does to a named object, stated as a noun: ``Vodafone's
acquisition of Mannesmann`` → Vodafone –acquire→ Mannesmann (rule ``possessed``).

News often names a deal or a hold as the subject or object of another clause (``X's
control over Y would create a monopoly``, ``regulators approved X's purchase of Y``): the
clause's verb says nothing about X and Y, so no verb construction joins them. Only the
relational nouns of :data:`~.lexicon.POSSESSED_EVENTS` are read, with their own
preposition, both ends named; an unrealised event (``its planned takeover of Y``) is no
fact. A name an owner's possessive holds before a kind noun is the owner's thing:
``Channel 9's Morning Show programme`` → Morning Show –programme of→ Channel 9.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from typing import TYPE_CHECKING

from spacy.tokens import Token

from .confidence import confidence
from .contests import is_side
from .lexicon import OWNED_KIND_NOUNS, POSSESSED_EVENTS, UNREALISED_MODIFIERS
from .mentions import argument_span, mention_for
from .records import Extraction
from .tree import children

if TYPE_CHECKING:
    from .builder import ExtractionBuilder


def possessed_extractions(noun: Token, builder: ExtractionBuilder) -> Iterator[Extraction]:
    """``X's acquisition of Y`` → X –acquire→ Y; ``X's control over Y`` → X –control→ Y."""
    event = POSSESSED_EVENTS.get(noun.lower_)
    if event is None or noun.pos_ != "NOUN":
        return
    preps, verb = event
    if any(c.lower_ in UNREALISED_MODIFIERS for c in noun.lefts):
        return
    owners = [c for c in children(noun) if c.dep_ == "poss"]
    if not owners or not is_side(owners[0], builder.ents):
        return
    for prep in (c for c in noun.rights if c.dep_ == "prep" and c.lower_ in preps):
        for target in (c for c in children(prep) if c.dep_ == "pobj"):
            if not is_side(target, builder.ents):
                continue
            owner, obj = mention_for(owners[0], builder.ents), mention_for(target, builder.ents)
            if owner.text == obj.text:
                continue
            surface = ([noun, prep], [builder.phrase(argument_span(owners[0], builder.ents)),
                                      builder.phrase(argument_span(target, builder.ents))])
            extraction = builder.make(noun, owner, verb, [obj], rule="possessed",
                                      surface=surface, confidence=confidence(
                                          "possessed", owners[0], target, builder.span,
                                          noun, 2))
            yield replace(extraction, relation_text=f"{noun.lower_} {prep.lower_}")


def owned_name_extractions(noun: Token, builder: ExtractionBuilder) -> Iterator[Extraction]:
    """``Channel 9's Morning Show programme`` → Morning Show –programme of→ Channel 9: a
    name between a named owner's possessive and a kind noun is the owner's thing (rule
    ``possessed``; a graph fact with no argument phrases of its own)."""
    if noun.pos_ != "NOUN" or noun.lower_ not in OWNED_KIND_NOUNS:
        return
    owners = [c for c in children(noun) if c.dep_ == "poss"]
    names = [c for c in noun.lefts if c.dep_ == "compound" and c.i in builder.ents
             and builder.ents[c.i].root.i == c.i and is_side(c, builder.ents)]
    if len(owners) != 1 or len(names) != 1 or not is_side(owners[0], builder.ents):
        return
    owner, name = mention_for(owners[0], builder.ents), mention_for(names[0], builder.ents)
    if owner.text == name.text or owner.end > name.start:
        return
    extraction = builder.make(noun, name, f"{noun.lower_} of", [owner], rule="possessed",
                              surface=([], []), confidence=confidence(
                                  "possessed", names[0], owners[0], builder.span, noun, 2))
    yield replace(extraction, relation_text=f"{noun.lower_} of", negated=False,
                  modality=None, time=None, arguments=())
