"""Time phrases a verb carries: bare times on it (``last week``) and those set between
its subject and it (``The company, in March, closed X and cut Y``), which date every
verb the subject reaches."""

from __future__ import annotations

from spacy.tokens import Span, Token

from .arguments import AMOUNT_LABELS, is_time
from .infinitives import SUBJECT_DEPS, VERBAL_POS
from .tree import children


def time_heads(verb: Token, ents: dict[int, Span]) -> list[Token]:
    """Bare time expressions and amounts on the verb (``last week``, ``rose 5%``)."""
    return [c for c in children(verb) if c.dep_ in ("npadvmod", "tmod") and (
        is_time(c, ents) or (c.i in ents and ents[c.i].label_ in AMOUNT_LABELS))]


def coordination_head(verb: Token) -> Token:
    """The first verb of the coordination ``verb`` ends (``met ... and agreed`` → met),
    while ``verb`` has no subject of its own; ``verb`` itself otherwise."""
    while (verb.dep_ == "conj" and verb.head.pos_ in VERBAL_POS
           and not any(c.dep_ in SUBJECT_DEPS for c in children(verb))):
        verb = verb.head
    return verb


def interposed_times(verb: Token, ents: dict[int, Span]) -> list[Token]:
    """Time phrases set between a subject and its verbs (``The company, in March, closed
    X and cut Y``): they date every verb the subject reaches. Each is a preposition (its
    phrase to take whole) or a time noun: one the first verb carries, when ``verb`` is a
    later conjunct, and one the parser hung on the subject as apposition or adverb
    (``The firm, earlier this month, sold ...``), for every verb."""
    first = coordination_head(verb)
    subject = next((c for c in children(first) if c.dep_ in SUBJECT_DEPS and c.i < first.i),
                   None)
    if subject is None:
        return []
    found = [c for c in children(subject) if c.i > subject.i
             and c.dep_ in ("appos", "npadvmod") and is_time(c, ents)] if subject.n_rights else []
    if first is not verb and first != verb:
        found += [c for c in children(first) if subject.i < c.i < first.i and (
            (c.dep_ == "npadvmod" and is_time(c, ents)) or (c.dep_ == "prep" and any(
                o.dep_ == "pobj" and is_time(o, ents) for o in children(c))))]
    return found
