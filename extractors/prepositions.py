"""A verb's prepositional arguments (``with X``, ``to Y``) and the tests that tell an
argument from a connective (``For example``), a predicate idiom (``off the table``) or a
phrase fronted before the subject (``In 2009, ...``)."""

from __future__ import annotations

from spacy.tokens import Token

from .arguments import OBJECT_OF_PREPOSITION_DEPS, Argument, inverted_subject, with_members
from .conjuncts import expand_conjuncts
from .lexicon import PREPOSITIONAL_IDIOMS
from .tree import children


def prepositional_arguments(verb: Token) -> list[Argument]:
    """Prepositional objects of the verb (and of a predicate adjective): ``with X``, ``to Y``."""
    found: list[Argument] = []
    for child in children(verb):
        if child.dep_ == "prep" or (child.dep_ == "dative" and child.pos_ == "ADP"):
            for pobj in children(child):
                if pobj.dep_ in OBJECT_OF_PREPOSITION_DEPS:
                    found.extend(Argument(child.lower_, o, child)
                                 for o in with_members(expand_conjuncts(pobj)))
    return found


def is_discourse_marker(argument: Argument) -> bool:
    """A fronted connective (``For example``, ``In addition``, ``In fact``, ``Of course``):
    a preposition before its verb with a bare common noun, no argument of anything."""
    head = argument.head
    return (argument.marker.i < argument.marker.head.i and head.pos_ in ("NOUN", "ADJ")
            and head.is_lower and not any(True for _ in children(head)))


def is_prepositional_idiom(argument: Argument) -> bool:
    """A preposition and noun that predicate (``off the table``, ``in charge of``)."""
    return (argument.prep, argument.head.lemma_.lower()) in PREPOSITIONAL_IDIOMS


def inverted_predicates(verb: Token) -> list[Argument]:
    """A question's predicate idiom the parser hung on the inverted subject (``Are tax
    rises on the table?``): the copula's, not the noun's."""
    inverted = inverted_subject(verb)
    if inverted is None:
        return []
    return [a for a in prepositional_arguments(inverted) if is_prepositional_idiom(a)]


def same_preposition(arguments: list[Argument], first: Argument) -> list[Argument]:
    """``first`` and the arguments coordinated with it under its preposition."""
    return [a for a in arguments if a.marker.i == first.marker.i]


def is_fronted(argument: Argument, subject: Token) -> bool:
    """A prepositional phrase set before the clause's subject (``In 2009, X bought Y``,
    ``Due to the rain, ...``): an adverbial of the whole clause, never the object whose
    preposition joins the relation."""
    return argument.marker.i < subject.left_edge.i and argument.marker.i < argument.marker.head.i
