"""Facts of a ``whose`` clause told of its antecedent: ``Norbel, whose shares are traded in
Toronto`` → Norbel –shares be traded in→ Toronto (rule suffix ``+whose``).

The clause's subject (``whose shares``) refers to nothing by itself, so its facts never
reach the graph; the antecedent owns the thing, and the relation keeps the thing's noun
(``shares``, ``grandmother``) so the fact still says whose shares were traded. Only an
antecedent that is a name is used: ``the firm, whose ...`` is left to the nominals.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from typing import TYPE_CHECKING

from spacy.tokens import Span, Token

from .mentions import NAMED_LABELS, mention_for
from .records import WHOSE_RULE, Extraction

if TYPE_CHECKING:
    from .builder import ExtractionBuilder

SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass"})


def whose_owner(whose: Token, ents: dict[int, Span]) -> tuple[Token, Token] | None:
    """(the owned noun, the named antecedent) of ``NAME, whose NOUN VERB ...``, or None."""
    noun = whose.head
    verb = noun.head
    if whose.tag_ != "WP$" or whose.dep_ != "poss" or noun.dep_ not in SUBJECT_DEPS \
            or verb.dep_ != "relcl":
        return None
    antecedent = verb.head
    if antecedent.i in ents:
        return (noun, antecedent) if ents[antecedent.i].label_ in NAMED_LABELS else None
    return (noun, antecedent) if antecedent.pos_ == "PROPN" else None  # a name NER missed


def whose_extractions(found: list[Extraction], sentence: Span,
                      builder: ExtractionBuilder) -> Iterator[Extraction]:
    """Each fact whose subject is ``whose NOUN`` again, told of the named antecedent."""
    for whose in (t for t in sentence if t.tag_ == "WP$"):
        owned = whose_owner(whose, builder.ents)
        if owned is None:
            continue
        noun, antecedent = owned
        owner = mention_for(antecedent, builder.ents)
        for extraction in found:
            if extraction.subject.start == whose.idx and extraction.objects:
                yield replace(extraction, subject=owner,
                              relation=f"{noun.lower_} {extraction.relation}",
                              rule=extraction.rule + WHOSE_RULE)
