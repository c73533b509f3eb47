"""Who beat whom, read off a win noun: ``Leeds's 2-1 win over Everton`` and ``Ajax
claimed a narrow victory against Feyenoord`` → winner –beat→ loser (rule ``contest``).

Sports and election reports state most results as a noun, not a verb: the clause's
verb (``broke his wrist during``, ``secured``) says nothing about the match, so the
verb constructions never join the two sides. The winner is the noun's named possessor,
else the named subject of a verb that takes the win as its object (``claim``, ``grind
out``), climbing from ``by grinding out`` to the clause's verb. Both sides must be
names; a date's possessive (``Saturday's win``) is no side.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from typing import TYPE_CHECKING

from spacy.tokens import Span, Token

from .argument_spans import argument_span
from .confidence import confidence
from .lexicon import LOSER_PREPS, WIN_NOUNS, WIN_TAKING_VERBS
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


def loser_of(noun: Token, ents: dict[int, Span]) -> tuple[Token, Token] | None:
    """(preposition, loser) of ``win over X`` / ``victory against X``, when X is named."""
    for prep in (c for c in rights(noun) if c.dep_ == "prep" and c.lower_ in LOSER_PREPS):
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


def winner_of(noun: Token, ents: dict[int, Span]) -> Token | None:
    """The named side who won ``noun``: its possessor, else the subject of the verb that
    takes it as object."""
    owners = [c for c in children(noun) if c.dep_ == "poss"]
    if owners:
        return owners[0] if is_side(owners[0], ents) else None
    verb = noun.head
    if noun.dep_ != "dobj" or verb.lemma_.lower() not in WIN_TAKING_VERBS:
        return None
    subject = verb_subject(verb)
    return subject if subject is not None and is_side(subject, ents) else None


def contest_extractions(noun: Token, builder: ExtractionBuilder) -> Iterator[Extraction]:
    """``X's win over Y`` / ``X claimed a victory against Y`` → X –beat→ Y."""
    if noun.pos_ != "NOUN" or noun.lemma_.lower() not in WIN_NOUNS:
        return
    lost = loser_of(noun, builder.ents)
    winner = winner_of(noun, builder.ents)
    if lost is None or winner is None:
        return
    prep, loser = lost
    winner_mention, loser_mention = (mention_for(winner, builder.ents),
                                     mention_for(loser, builder.ents))
    if winner_mention.text == loser_mention.text:
        return
    surface = ([noun, prep], [builder.phrase(argument_span(winner, builder.ents)),
                              builder.phrase(argument_span(loser, builder.ents))])
    extraction = builder.make(noun, winner_mention, "beat", [loser_mention], rule="contest",
                              surface=surface, confidence=confidence(
                                  "contest", winner, loser, builder.span, noun, 2))
    yield replace(extraction, relation_text=f"{noun.lower_} {prep.lower_}")
