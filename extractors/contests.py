"""Who beat whom, read off a win noun: ``Leeds's 2-1 win over Everton`` and ``Ajax
claimed a narrow victory against Feyenoord`` → winner –beat→ loser, and off a loss noun:
``England's 18-17 defeat to France`` and ``Wales suffered a loss against Italy`` → loser
–lose to→ winner (rule ``contest``).

Sports and election reports state most results as a noun, not a verb: the clause's
verb (``broke his wrist during``, ``secured``) says nothing about the match, so the
verb constructions never join the two sides. The winner is the noun's named possessor,
else the named subject of a verb that takes the win as its object (``claim``, ``grind
out``), climbing from ``by grinding out`` to the clause's verb. Both sides must be
names (a possessive pronoun, ``their defeat to France``, is none: resolution may hand it
a plural thing such as ``three games``); a date's possessive (``Saturday's win``) is no
side.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from typing import TYPE_CHECKING

from spacy.tokens import Span, Token

from .argument_spans import argument_span
from .confidence import confidence
from .lexicon import (
    LOSER_PREPS,
    LOSS_NOUNS,
    LOSS_TAKING_VERBS,
    WIN_NOUNS,
    WIN_TAKING_VERBS,
    WINNER_PREPS,
)
from .mentions import NAMED_LABELS, mention_for
from .records import Extraction
from .tree import children, rights

if TYPE_CHECKING:
    from .builder import ExtractionBuilder

CLIMB_DEPS = frozenset({"pcomp", "advcl", "xcomp"})  # "by grinding out", "to claim"


def is_side(token: Token, ents: dict[int, Span]) -> bool:
    """A named team, person, party or place; never a date or time (``Saturday's``)."""
    if token.i in ents:
        return ents[token.i].label_ in NAMED_LABELS
    return token.pos_ == "PROPN"


def other_side(noun: Token, preps: frozenset[str],
               ents: dict[int, Span]) -> tuple[Token, Token] | None:
    """(preposition, side) of ``win over X`` / ``defeat to X``, when X is named; the
    preposition may hang on the verb that takes the noun (``suffered a defeat by X``)."""
    holders = [noun] + ([noun.head] if noun.dep_ == "dobj" else [])
    for prep in (c for h in holders for c in rights(h)
                 if c.dep_ == "prep" and c.lower_ in preps and c.i > noun.i):
        for pobj in (c for c in children(prep) if c.dep_ == "pobj"):
            if is_side(pobj, ents):
                return prep, pobj
    return None


def verb_subject(verb: Token) -> Token | None:
    """The subject of ``verb``, or of the clause it hangs from (``secured ... by grinding
    out``): at most two steps up."""
    for _ in range(3):
        subjects = [c for c in children(verb) if c.dep_ == "nsubj"]
        if subjects:
            return subjects[0]
        if verb.dep_ not in CLIMB_DEPS:
            return None
        verb = verb.head.head if verb.head.pos_ == "ADP" else verb.head
    return None


def owner_of(noun: Token, ents: dict[int, Span], taking: frozenset[str]) -> Token | None:
    """The side whose result ``noun`` is: its named possessor, else the named subject of
    a verb of ``taking`` that takes it as object."""
    owners = [c for c in children(noun) if c.dep_ == "poss"]
    if owners:
        return owners[0] if is_side(owners[0], ents) else None
    verb = noun.head
    if noun.dep_ != "dobj" or verb.lemma_.lower() not in taking:
        return None
    subject = verb_subject(verb)
    return subject if subject is not None and is_side(subject, ents) else None


def contest_extractions(noun: Token, builder: ExtractionBuilder) -> Iterator[Extraction]:
    """``X's win over Y`` / ``X claimed a victory against Y`` → X –beat→ Y; ``X's defeat
    to Y`` / ``X suffered a loss against Y`` → X –lose to→ Y."""
    if noun.pos_ != "NOUN":
        return
    lemma = noun.lemma_.lower()
    if lemma in WIN_NOUNS:
        relation, preps, taking = "beat", LOSER_PREPS, WIN_TAKING_VERBS
    elif lemma in LOSS_NOUNS:
        relation, preps, taking = "lose to", WINNER_PREPS, LOSS_TAKING_VERBS
    else:
        return
    found = other_side(noun, preps, builder.ents)
    owner = owner_of(noun, builder.ents, taking)
    if found is None or owner is None:
        return
    prep, other = found
    owner_mention, other_mention = (mention_for(owner, builder.ents),
                                    mention_for(other, builder.ents))
    if owner_mention.text == other_mention.text:
        return
    surface = ([noun, prep], [builder.phrase(argument_span(owner, builder.ents)),
                              builder.phrase(argument_span(other, builder.ents))])
    extraction = builder.make(noun, owner_mention, relation, [other_mention], rule="contest",
                              surface=surface, confidence=confidence(
                                  "contest", owner, other, builder.span, noun, 2))
    yield replace(extraction, relation_text=f"{noun.lower_} {prep.lower_}")
