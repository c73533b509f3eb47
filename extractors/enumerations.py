"""Membership facts from enumerations: ``companies including Monsanto and Shell`` →
companies –include→ Monsanto, companies –include→ Shell (rule ``enumeration``).

The members also share every fact of the noun they are listed under
(:func:`~.arguments.with_members`); this is the listing itself, one fact per member.
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Token

from .argument_spans import enumeration_members, is_enumeration
from .builder import ExtractionBuilder
from .confidence import confidence
from .records import Extraction
from .stance import Stance

STATED = Stance(negated=False, modality=None, reporter=None)  # a listing is not hedged


def enumeration_extractions(prep: Token, b: ExtractionBuilder) -> Iterator[Extraction]:
    """One ``include`` fact per member listed by the enumerating preposition ``prep``
    (``including``, ``like``, ``such as``); the surface relation is the words as
    written."""
    if not is_enumeration(prep):
        return
    noun = prep.head
    listed = enumeration_members(noun)
    if listed is None or listed[0].i != prep.i:
        return
    words = [prep]
    if prep.lower_ == "as" and prep.i > 0 and prep.doc[prep.i - 1].lower_ == "such":
        words.insert(0, prep.doc[prep.i - 1])
    whole = b.mention(noun)
    whole_phrase = b.head_phrase(noun)
    for member in listed[1]:
        yield b.make(prep, whole, "include", [b.mention(member)], rule="enumeration",
                     surface=(words, [whole_phrase, b.head_phrase(member)]), stance=STATED,
                     confidence=confidence("enumeration", noun, member, b.span, prep, 2))
