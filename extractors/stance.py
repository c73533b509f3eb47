"""What the text does not simply assert: negation, modality and hedges, and who a
clause is reported from.
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Token

from .arguments import subjects_of
from .lexicon import (
    FIRST_PERSON,
    HEDGE_ADJECTIVES,
    HEDGE_ADVERBS,
    HEDGE_VERBS,
    MODALS,
    REPORTING_VERBS,
    SPEECH_VERBS,
)

# Arcs a quoted or reported clause hangs from its verb of saying by.
REPORTED_CLAUSE_DEPS = frozenset({"ccomp", "parataxis"})
# Arcs an infinitive or coordinated verb shares its head's stance through.
CHAIN_DEPS = frozenset({"conj", "xcomp", "advcl"})


def is_negated(verb: Token) -> bool:
    """A ``not``/``never``/``n't`` on the verb, or on the verb an infinitive chain hangs from."""
    if any(c.dep_ == "neg" for c in verb.children):
        return True
    return verb.dep_ == "xcomp" and is_negated(verb.head)


def modality_of(verb: Token) -> str | None:
    """The modal or hedging word that qualifies the verb (``could``, ``reportedly``), if any."""
    for child in verb.children:
        if child.dep_ == "aux" and child.lower_ in MODALS:
            return child.lower_
        if child.dep_ == "advmod" and child.lower_ in HEDGE_ADVERBS:
            return child.lower_
    if verb.dep_ == "xcomp" and verb.head.lemma_ in HEDGE_VERBS:
        return verb.head.lower_  # "is expected to visit", "seems to back"
    if verb.dep_ == "xcomp" and verb.head.pos_ == "ADJ" and verb.head.lower_ in HEDGE_ADJECTIVES:
        return verb.head.lower_  # "is likely to win"
    if verb.dep_ in ("xcomp", "conj") and verb.head.pos_ in ("VERB", "AUX"):
        return modality_of(verb.head)
    return None


def reporting_verb(verb: Token, verbs: frozenset[str] = SPEECH_VERBS) -> Token | None:
    """The verb of saying that reports the clause ``verb`` belongs to, if any.

    Either the clause hangs from it (``Trump said that X ...``, ``Trump wrote, "X ..."``)
    or, as the parser often reads a quotation, it hangs from the quoted clause's root
    (``"X ...," Trump said``).
    """
    node = verb
    while node.dep_ in CHAIN_DEPS and node.head.i != node.i:
        node = node.head
    if node.dep_ in REPORTED_CLAUSE_DEPS and node.head.lemma_ in verbs:
        return node.head
    if node.dep_ == "ROOT":
        for child in node.children:
            if (child.dep_ in ("parataxis", "ccomp", "advcl") and child.lemma_ in verbs
                    and not any(c.dep_ in ("ccomp", "dobj") for c in child.children)):
                return child
    return None


def quoted_speaker(token: Token) -> Token | None:
    """The speaker a first-person pronoun in a quotation stands for.

    In ``Trump wrote, "I had a call ..."`` and ``"I'll be talking to him," Trump said``
    the quoted clause is reported by a verb of saying whose subject is the speaker.
    """
    if token.lower_ not in FIRST_PERSON:
        return None
    node = token.head
    while node.dep_ not in ("ccomp", "parataxis", "ROOT") and node.head.i != node.i:
        node = node.head
    speech = reporting_verb(node)
    if speech is None:
        return None
    speakers = [c for c in speech.children if c.dep_ == "nsubj"]
    if speakers and speakers[0].lower_ not in FIRST_PERSON:
        return speakers[0]
    return None


def reporter_of(verb: Token) -> Token | None:
    """Who a clause is reported from: ``X said that ...``, ``..., X said``, ``according to X``."""
    for child in verb.children:
        if child.dep_ == "prep" and child.lower_ == "according":
            for to in child.children:
                pobjs = [c for c in to.children if c.dep_ == "pobj"]
                if pobjs:
                    return pobjs[0]
    speech = reporting_verb(verb, REPORTING_VERBS)
    if speech is None:
        return None
    speakers = subjects_of(speech)
    return speakers[0] if speakers else None


@dataclass(frozen=True)
class Stance:
    """How a verb's clause stands in the text: denied, hedged, reported from someone."""

    negated: bool
    modality: str | None
    reporter: Token | None


def stance_of(verb: Token) -> Stance:
    """The negation, modality and reporter of ``verb``'s clause, read once."""
    return Stance(is_negated(verb), modality_of(verb), reporter_of(verb))
