"""The name a description stands beside: a clause on an apposition's noun is the name's."""

from __future__ import annotations

from spacy.tokens import Token

from .lexicon import PLAYED_PART_NOUNS


def described_name(noun: Token) -> Token:
    """The name a common noun stands beside as its apposition (``Sideways, a comedy
    starring X``: Sideways), else the noun itself: what a clause right after the noun
    is about (after a phrase of its own, ``head of sales at Acme which ...``, it may be
    the phrase's; a role's is the performance's, not the character's)."""
    head = noun.head
    if noun.dep_ == "appos" and noun.pos_ == "NOUN" and head.pos_ == "PROPN" \
            and head.i < noun.i and noun.lemma_ not in PLAYED_PART_NOUNS \
            and not any(c.dep_ == "prep" for c in noun.rights):
        return head
    return noun
