"""Coordinated arguments: ``X, Y and Z`` as the parser draws them, also a list of names
it read as an apposition. Kept apart from :mod:`.arguments` so each stays small."""

from __future__ import annotations

from spacy.tokens import Token

from .tree import children

NOMINAL_POS = frozenset({"NOUN", "PROPN", "PRON", "NUM", "X", "SYM"})


def expand_conjuncts(token: Token) -> list[Token]:
    """``token`` and every token conjoined with it (``X, Y and Z``), also when the parser
    read a list of names as an apposition (:func:`listed_apposition`)."""
    found = [token]
    for child in children(token):
        if (child.dep_ == "conj" and child.pos_ in NOMINAL_POS
                and not any(c.dep_ == "neg" for c in children(child))) \
                or listed_apposition(child):
            found.extend(expand_conjuncts(child))  # never "X and not Y": Y is denied
    return found


def listed_apposition(token: Token) -> bool:
    """A name the parser made the apposition of the name before it, though it is the
    second item of a list: ``A, B, C and D`` parsed as A with apposition B, and C, D
    conjuncts of B. A name is no description of another: A and B are names of one NER
    type and a conjunct of B is a name too (``Tony Blair, Prime Minister and Labour
    leader`` describes one man)."""
    return (token.dep_ == "appos" and token.i > token.head.i and token.ent_type_ != ""
            and token.ent_type_ == token.head.ent_type_
            and token.doc[token.i - 1].text != "("
            and any(c.dep_ == "conj" and c.ent_type_ for c in children(token)))
