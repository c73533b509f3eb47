"""A role held of a named owner, written without the holder's name: ``the Dragons
winger``, ``China's tax chief`` → (the phrase) –winger of→ Dragons, –tax chief of→ China
(rule ``title``, a graph fact with no argument phrases of its own).

News writes such a phrase for a person it has just named (``... denied Luscombe a start,
but the Dragons winger is expected to be fit``). The graph folds the phrase into that
person when the text leaves no doubt who it is (graph/role_nominals.py); the role fact
then reads like a title before a name (``Dragons winger Hal Luscombe``). When no person
is found the fact stays out of the graph: the phrase alone names nobody.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from typing import TYPE_CHECKING

from spacy.tokens import Token

from .confidence import confidence
from .lexicon import HOME_ROLES, ROLE_QUALIFIERS, ROLE_WORDS
from .mentions import mention_for
from .records import Extraction
from .tree import children, lefts

if TYPE_CHECKING:
    from .builder import ExtractionBuilder

# Named things a role can be held of (the title rule's owners, extractors/nominals.py).
OWNER_LABELS = frozenset({"ORG", "GPE", "LOC", "FAC"})
ROLE_NOMINAL_RULE = "title"
PLACE_LABELS = frozenset({"GPE", "LOC"})


def _owner(noun: Token, builder: ExtractionBuilder) -> Token | None:
    """The named owner that opens the phrase (``the Dragons winger``, ``China's tax
    chief``): a compound name after ``the``, or a possessive name; None when a pronoun
    owns the phrase (``his Newcastle boss`` is another person) or no name stands there."""
    left = list(lefts(noun))
    owners = [t for t in left if t.dep_ in ("compound", "poss") and t.pos_ == "PROPN"
              and t.i in builder.ents and builder.ents[t.i].label_ in OWNER_LABELS
              and builder.ents[t.i].root.i == t.i]
    if len(owners) != 1:
        return None
    owner = owners[0]
    ent = builder.ents[owner.i]
    if ent.label_ in PLACE_LABELS and noun.lower_ in HOME_ROLES:
        return None
    definite = any(t.dep_ == "det" and t.lower_ == "the" and t.i < ent.start for t in left)
    possessive = owner.dep_ == "poss"
    if not (definite or possessive) or any(t.dep_ == "poss" and t is not owner for t in left):
        return None
    # Every word between the owner and the role noun is a lowercase or capitalised role
    # word of its own ("tax", "Treasury"), no number nor adjective ("the Wales new coach").
    between = noun.doc[ent.end:noun.i]
    if any(t.pos_ not in ("NOUN", "PROPN") or t.i in builder.ents and
           builder.ents[t.i].label_ == "PERSON" for t in between if t.dep_ != "case"):
        return None
    return owner


def role_nominal_extractions(noun: Token, builder: ExtractionBuilder) -> Iterator[Extraction]:
    """``the Dragons winger`` → the phrase –winger of→ Dragons, ``the former Libertines
    singer`` –former singer of→ Libertines (a singular role noun
    heading its own phrase, no name after it: ``Dragons winger Hal Luscombe`` is a
    title)."""
    if noun.lower_ not in ROLE_WORDS or noun.tag_ != "NN" or noun.dep_ in ("compound", "poss") \
            or noun.i in builder.ents or any(c.dep_ == "appos" for c in children(noun)):
        return
    owner = _owner(noun, builder)
    if owner is None:
        return
    ent = builder.ents[owner.i]
    qualifiers = [t.lower_ for t in lefts(noun) if t.i < ent.start and t.lower_ in ROLE_QUALIFIERS]
    words = qualifiers + [t.lower_ for t in noun.doc[ent.end:noun.i + 1] if t.dep_ != "case"]
    subject = mention_for(noun, builder.ents)
    if subject.kind != "concept":
        return
    extraction = builder.make(noun, subject, " ".join(words) + " of",
                              [mention_for(owner, builder.ents)], rule=ROLE_NOMINAL_RULE,
                              surface=([], []), confidence=confidence(
                                  "title", noun, None, builder.span, noun, 2))
    yield replace(extraction, relation_text="is", negated=False, modality=None, time=None,
                  arguments=())
