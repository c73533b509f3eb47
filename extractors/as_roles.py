"""Roles a clause gives its subject with ``as``: ``Ana Lind served as chief executive of
Norbel`` → Ana Lind –chief executive of→ Norbel; ``Keane and Ross met as students at
Leeds University`` → each –student at→ Leeds University (rule ``as-role``).

The verb construction reads ``serve as`` with the whole role phrase as its object, a
concept; the role and its named owner, the fact a reader wants, are read here. Only the
verbs of :data:`~.lexicon.AS_ROLE_VERBS` give a role the subject holds, and only with a
named owner after ``of``/``at``/``for``.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from typing import TYPE_CHECKING

from spacy.tokens import Token

from .appositions import role_of
from .arguments import subjects_of
from .confidence import confidence
from .contests import is_side
from .lexicon import AS_ROLE_PREPS, AS_ROLE_VERBS
from .records import Extraction
from .tree import children, rights

if TYPE_CHECKING:
    from .builder import ExtractionBuilder


def role_owner(noun: Token, ents: dict) -> tuple[Token, Token] | None:
    """(preposition, named owner) of ``chief executive of Norbel`` / ``students at X``."""
    for prep in (c for c in rights(noun) if c.dep_ == "prep" and c.lower_ in AS_ROLE_PREPS):
        for pobj in (c for c in children(prep) if c.dep_ == "pobj"):
            if is_side(pobj, ents):
                return prep, pobj
    return None


def as_role_extractions(noun: Token, builder: ExtractionBuilder) -> Iterator[Extraction]:
    """``X served as chief executive of Y`` → X –chief executive of→ Y."""
    as_, verb = noun.head, noun.head.head
    if noun.dep_ != "pobj" or noun.pos_ != "NOUN" or as_.lower_ != "as" \
            or verb.pos_ != "VERB" or verb.lemma_.lower() not in AS_ROLE_VERBS:
        return
    owned = role_owner(noun, builder.ents)
    if owned is None:
        return
    prep, owner = owned
    role = role_of(noun)[0].split()
    role[-1] = noun.lemma_.lower()  # "students" of two people: each is a student
    relation = f"{' '.join(role)} {prep.lower_}"
    for subject in subjects_of(verb):
        if not is_side(subject, builder.ents):
            continue
        # A graph fact, no Open IE tuple: the clause's own tuple (``serve as``) has the words.
        extraction = builder.make(verb, builder.mention(subject), relation,
                                  [builder.mention(owner)], rule="as-role", surface=([], []),
                                  confidence=confidence("as-role", subject, owner,
                                                        builder.span, verb, 2))
        yield replace(extraction, relation_text=f"as {noun.lower_} {prep.lower_}",
                      arguments=())
