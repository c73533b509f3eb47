"""Idioms read as relations, not objects: ``take place``, ``take care of X``, ``leave
the door open to X``, ``off the table``, ``in charge of X`` (rule ``idiom``)."""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Token

from .arguments import Argument, is_time, is_usable
from .builder import ExtractionBuilder
from .confidence import confidence
from .frames import Frame, Subject
from .lexicon import VERB_NOUN_IDIOMS
from .prepositions import (
    is_fronted,
    is_prepositional_idiom,
    prepositional_arguments,
    same_preposition,
)
from .records import Extraction
from .tree import children, lefts, rights


def _partners(arguments: list[Argument], subject: Token, b: ExtractionBuilder) -> list[Argument]:
    """The arguments that can be an idiom's object: no time, no fronted adverbial."""
    return [a for a in arguments if not is_time(a.head, b.ents) and is_usable(a.head)
            and not is_fronted(a, subject)]


def _idiom_facts(frame: Frame, subject: Subject, relation: str, idiom_words: list[Token],
                 partners: list[Argument], others: list[Argument],
                 b: ExtractionBuilder) -> list[Extraction]:
    """One fact per coordinated partner of an idiom (``take care of X and Y``), or one
    event without an object when it has none (``the final took place``)."""
    verb = frame.verb
    if not partners:
        surface = (frame.words + idiom_words, [subject.phrase] + b.arguments(others)
                   + frame.times)
        return [b.make(verb, subject.mention, relation, [],
                       rule="idiom", surface=surface, stance=frame.stance,
                       confidence=confidence("idiom", subject.token, None, b.span, verb,
                                             len(surface[1])))]
    first = partners[0]
    rest = [a for a in others if a.marker.i != first.marker.i]
    found = []
    for member in same_preposition(partners, first):
        surface = (frame.words + idiom_words + [first.marker],
                   [subject.phrase, b.head_phrase(member.head)] + b.arguments(rest)
                   + frame.times)
        found.append(b.make(verb, subject.mention, f"{relation} {first.prep}",
                            [b.mention(member.head)] + b.node_arguments(rest), rule="idiom",
                            surface=surface, stance=frame.stance, confidence=confidence(
                                "idiom", subject.token, member.head, b.span, verb,
                                len(surface[1]))))
    return found


def verb_noun_idiom(frame: Frame, subject: Subject, obj: Token,
                    b: ExtractionBuilder) -> list[Extraction] | None:
    """``take place``, ``take care of X``, ``play a role in X``, ``leave the door open to
    X``: the object noun belongs to the relation; the idiom's preposition takes the
    object (rule ``idiom``)."""
    idiom = VERB_NOUN_IDIOMS.get((frame.verb.lemma_, obj.lemma_.lower()))
    if idiom is None:
        return None
    complements = [c for c in children(frame.verb) if c.dep_ == "oprd" and c.pos_ == "ADJ"] + [
        c for c in rights(obj) if c.dep_ == "amod" and c.pos_ == "ADJ"]  # "the door open"
    relation = " ".join([idiom] + [c.lower_ for c in complements])
    candidates = [a for c in [obj] + complements for a in prepositional_arguments(c)]
    verb_preps = [a for a in frame.preps if a.prep not in ("by",)]
    partners = _partners(candidates, subject.token, b) or _partners(verb_preps,
                                                                      subject.token, b)
    others = [a for a in verb_preps if not partners or a.marker.i != partners[0].marker.i]
    words = sorted(set([obj] + [t for t in lefts(obj) if t.dep_ != "det"] + complements),
                   key=lambda t: t.i)
    return _idiom_facts(frame, subject, relation, words, partners, others, b)


def prepositional_idiom(frame: Frame, subject: Subject,
                        b: ExtractionBuilder) -> Iterator[Extraction]:
    """``Military action is off the table``, ``X is in charge of Y``, ``X is in talks
    with Y``: the preposition and its noun join the relation (rule ``idiom``)."""
    if frame.agents or frame.objects or frame.complements:
        return
    idioms = [a for a in frame.preps
              if is_prepositional_idiom(a) and not is_fronted(a, subject.token)]
    if not idioms:
        return
    idiom = idioms[0]
    noun = idiom.head
    determiners = [t for t in lefts(noun) if t.dep_ == "det"]
    relation = " ".join([frame.lemma, idiom.prep] + [t.lower_ for t in determiners]
                        + [noun.lemma_.lower()])
    others = [a for a in frame.preps if a.marker.i != idiom.marker.i]
    partners = _partners(prepositional_arguments(noun), subject.token, b)
    words = [idiom.marker] + determiners + [noun]
    yield from _idiom_facts(frame, subject, relation, words, partners, others, b)
