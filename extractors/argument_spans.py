"""The full phrase an argument head stands for, Open IE style (``the London, Midland and
Scottish Railway``; ``X, Y and Z`` distributed or whole), and the enumerations and
partitives that decide where a phrase ends."""

from __future__ import annotations

from spacy.tokens import Span, Token

from .lexicon import ENUMERATION_PREPOSITIONS
from .tree import children, doc_tokens, lefts, rights, span_of

# Right-hand dependents that end an argument phrase: what follows them is a new clause,
# an aside or (when conjuncts are distributed) another conjunct.
_PHRASE_END_DEPS = frozenset({"relcl", "appos", "advcl", "parataxis", "punct", "mark"})
_CONJUNCT_DEPS = frozenset({"cc", "conj", "preconj"})


def is_partitive(head: Token) -> bool:
    """A quantifier heading a part of a whole (``most of the staff``, ``two of the
    victims``): it names members as a noun does."""
    return head.pos_ in ("ADJ", "NUM", "PRON") and any(
        c.dep_ == "prep" and c.lower_ == "of" for c in rights(head))


def is_enumeration(prep: Token) -> bool:
    """A preposition that lists members of its noun: ``including``, ``like``, ``such as``."""
    word = prep.lower_
    if (word != "as" and word not in ENUMERATION_PREPOSITIONS) or prep.dep_ != "prep":
        return False
    head = prep.head
    if head.pos_ not in ("NOUN", "PROPN") and not is_partitive(head):
        return False
    if word == "as":
        return any(c.lower_ == "such" for c in lefts(prep)) or (
            prep.i > 0 and prep.doc[prep.i - 1].lower_ == "such")
    return True


def enumeration_members(noun: Token) -> tuple[Token, list[Token]] | None:
    """The enumerating preposition of ``noun`` and the members it lists, if any:
    ``hobbies such as chess and golf`` → (as, [chess, golf])."""
    if not noun.n_rights:
        return None
    for child in rights(noun):
        if is_enumeration(child) and not noun.i < noun.head.i < child.i:
            # (a list hung on a subject across its own verb is a misparse: no members)
            pobjs = [c for c in children(child) if c.dep_ == "pobj"]
            if pobjs:
                members = [pobjs[0]]
                for token in members:
                    members.extend(c for c in children(token) if c.dep_ == "conj"
                                   and c.pos_ in ("NOUN", "PROPN", "NUM"))
                return child, members
    return None


def argument_span(token: Token, ents: dict[int, Span] | None = None,
                  distribute: bool = True) -> Span:
    """The full phrase an argument head stands for, as an Open IE argument.

    Keeps determiners, modifiers and prepositional complements; stops before a
    relative clause, an apposition or a participle clause (those are facts of
    their own), and, when ``distribute``, before the next conjunct. A named entity
    is never cut (``the London, Midland and Scottish Railway``).
    """
    doc = token.doc
    tokens = doc_tokens(doc)
    start, end = token.left_edge.i, token.i + 1
    for child in rights(token):
        comma_before = child.i > 0 and tokens[child.i - 1].text == ","
        if (child.dep_ in _PHRASE_END_DEPS or (distribute and child.dep_ in _CONJUNCT_DEPS)
                or (child.dep_ == "acl" and (comma_before or child.pos_ in ("VERB", "AUX")))
                or (distribute and is_enumeration(child))):
            break
        end = child.right_edge.i + 1
    if not distribute:  # the whole list, across the commas between its conjuncts
        conjuncts = [c for c in rights(token) if c.dep_ == "conj"]
        if conjuncts:
            end = max(end, conjuncts[-1].right_edge.i + 1)
    if ents and token.i in ents:
        ent = ents[token.i]
        start, end = min(start, ent.start), max(end, ent.end)
    while start < end - 1 and (tokens[start].is_punct or tokens[start].dep_ in ("cc", "preconj")):
        start += 1
    while end - 1 > start and tokens[end - 1].is_punct and not tokens[end - 1].is_quote:
        end -= 1
    return span_of(doc, start, end)


def clause_span(verb: Token) -> Span:
    """A complement clause without its complementizer (``that``) or outer punctuation."""
    doc = verb.doc
    start, end = verb.left_edge.i, verb.right_edge.i + 1
    while start < end - 1 and (doc[start].dep_ == "mark" or doc[start].is_punct):
        start += 1
    while end - 1 > start and doc[end - 1].is_punct:
        end -= 1
    return doc[start:end]
