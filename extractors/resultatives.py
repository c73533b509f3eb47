"""Where an action leaves its object: ``A knee injury ruled Owen out of the World Cup``
→ Owen –be ruled out of→ World Cup, and ``Arsenal were knocked out of the FA Cup by
Chelsea`` → Arsenal –be knocked out of→ FA Cup (rule ``resultative``).

A split two-word preposition (``out of``, ``away from``) after a verb with an object
says where the object ends up, never where the subject goes: the frame keeps it out of
the verb's arguments (``Frame.resultatives``), so no ``Chelsea –knock out of→ FA Cup``
is read, and this construction gives it to the object (the grammatical subject of a
passive with an agent), its relation the passive the plain clause would have
(``Carragher was ruled out of the final``: ``be ruled out of``).
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from spacy.tokens import Token

from .confidence import confidence
from .lexicon import IRREGULAR_PARTICIPLES

if TYPE_CHECKING:
    from .builder import ExtractionBuilder
    from .frames import Frame, Subject
    from .records import Extraction

PARTICIPLE_TAGS = frozenset({"VBN", "VBD"})


def participle(verb: Token) -> str:
    """The past participle of ``verb``: as written when it is one (``ruled``), else made
    from its lemma (``ruling`` → ``ruled``, ``keeping`` → ``kept``)."""
    if verb.tag_ in PARTICIPLE_TAGS:
        return verb.lower_
    lemma = verb.lemma_.lower()
    if lemma in IRREGULAR_PARTICIPLES:
        return IRREGULAR_PARTICIPLES[lemma]
    return f"{lemma}d" if lemma.endswith("e") else f"{lemma}ed"


def patients(frame: Frame, subject: Subject) -> list[Token]:
    """What the action moves: the objects of an active verb (read with its first subject
    only), the subject of a passive with an agent."""
    if frame.passive:
        return [subject.token] if frame.agents else []
    return frame.objects if subject.token == frame.subjects[0] else []


def resultative(frame: Frame, subject: Subject, b: ExtractionBuilder) -> Iterator[Extraction]:
    """``ruled Owen out of the World Cup`` → Owen –be ruled out of→ World Cup."""
    for argument in frame.resultatives:
        relation = f"be {participle(frame.verb)} {argument.marker.head.lower_} {argument.prep}"
        words = [*frame.words, argument.marker]
        for patient in patients(frame, subject):
            surface = (words, [b.head_phrase(patient), b.head_phrase(argument.head)])
            yield b.make(frame.verb, b.mention(patient), relation, [b.mention(argument.head)],
                         rule="resultative", surface=surface, stance=frame.stance,
                         confidence=confidence("resultative", patient, argument.head, b.span,
                                               frame.verb, 2))
