"""Verb constructions whose fact is an event and its partner, not the verb's own object.

``X called for the embargo to be lifted`` → X –call for lifting→ embargo (rule
``called-for``): a plea verb's ``for`` clause, passive, names what is to be done and to
what; the clause alone says only that the embargo is lifted. ``the race is between X and
Y`` → X –race against→ Y (rule ``contest-between``): a contest noun the copula's subject, its
two sides after ``between``; the copula's own subject is no party.
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Token

from .arguments import is_passive
from .builder import ExtractionBuilder
from .confidence import confidence
from .conjuncts import expand_conjuncts
from .contests import is_side
from .frames import Frame, Subject
from .lexicon import CONTEST_NOUNS, PLEA_VERBS
from .records import Extraction
from .tree import children

_VOWELS = frozenset("aeiou")


def gerund(participle: Token) -> str:
    """The ``-ing`` form of a past participle's verb: ``lifted`` → lifting, ``scrapped``
    → scrapping (the written doubling kept), ``released`` → releasing, ``freed`` →
    freeing; an irregular one from its lemma (``held`` → holding)."""
    word, lemma = participle.lower_, participle.lemma_.lower()
    if word.endswith("eed") and lemma.endswith("ee"):
        return f"{lemma}ing"
    if word.endswith("ed") and not word.endswith("ied") and len(word) > 4:
        return f"{word[:-2]}ing"
    if lemma.endswith("e") and not lemma.endswith("ee") and len(lemma) > 2:
        return f"{lemma[:-1]}ing"
    return f"{lemma}ing"


def pleaded_clause(verb: Token) -> Token | None:
    """The passive ``for ... to be done`` clause of a plea verb (``called for the ban
    to be lifted``): the participle, else None."""
    if verb.lemma_.lower() not in PLEA_VERBS:
        return None
    for clause in children(verb):
        if clause.dep_ != "advcl" or clause.tag_ != "VBN" or not is_passive(clause):
            continue
        deps = {(c.dep_, c.lower_) for c in children(clause)}
        if ("mark", "for") in deps and ("aux", "to") in deps:
            return clause
    return None


def called_for(frame: Frame, subject: Subject, b: ExtractionBuilder) -> Iterator[Extraction]:
    """``X called for Y to be lifted`` → X –call for lifting→ Y, one fact per
    coordinated Y; a plea is a fact whatever becomes of what it asks."""
    verb = frame.verb
    clause = pleaded_clause(verb)
    if clause is None:
        return
    patients = [t for c in children(clause) if c.dep_ == "nsubjpass"
                for t in expand_conjuncts(c)]
    relation = f"{frame.lemma} for {gerund(clause)}"
    for patient in patients:
        marks = [c for c in children(clause) if c.dep_ in ("mark", "aux", "auxpass")]
        surface = (frame.words + marks + [clause], [subject.phrase, b.head_phrase(patient)])
        yield b.make(verb, subject.mention, relation, [b.mention(patient)],
                     rule="called-for", surface=surface, stance=frame.stance,
                     confidence=confidence("svo", subject.token, patient, b.span, verb, 2))


def contest_sides(frame: Frame, subject: Subject,
                  b: ExtractionBuilder) -> tuple[Token, Token] | None:
    """The two sides of ``the race is between X and Y``: a contest noun the subject of
    ``be``, its ``between`` object two coordinated parties, each named or a personal
    pronoun (``between them and Labour``)."""
    noun = subject.token
    if frame.verb.lemma_ != "be" or noun.pos_ != "NOUN" \
            or noun.lemma_.lower() not in CONTEST_NOUNS or frame.objects:
        return None
    markers = {a.marker.i: a.marker for a in frame.preps if a.prep == "between"}
    if len(markers) != 1:
        return None
    marker = next(iter(markers.values()))
    sides = [t for c in children(marker) if c.dep_ == "pobj" for t in expand_conjuncts(c)]
    if len(sides) != 2 or not all(_party(t, b) for t in sides):
        return None
    return sides[0], sides[1]


def _party(token: Token, b: ExtractionBuilder) -> bool:
    """A named party, or a personal pronoun that may stand for one (not ``it``)."""
    if token.pos_ == "PRON":
        return token.lower_ in ("them", "us", "we", "they", "him", "her")
    return is_side(token, b.ents)


def contest(frame: Frame, subject: Subject, b: ExtractionBuilder) -> Iterator[Extraction]:
    """``the race is between X and Y`` → X –race against→ Y (rule ``contest-between``)."""
    sides = contest_sides(frame, subject, b)
    if sides is None:
        return
    first, second = sides
    first_mention, second_mention = b.mention(first), b.mention(second)
    if first_mention.text == second_mention.text:
        return  # one name the parser read as two sides ("between Chelsea and Arsenal")
    relation = f"{subject.token.lemma_.lower()} against"
    surface = ([subject.token, frame.verb], [b.head_phrase(first), b.head_phrase(second)])
    yield b.make(frame.verb, first_mention, relation, [second_mention],
                 rule="contest-between", surface=surface, stance=frame.stance,
                 confidence=confidence("copula", first, second, b.span, frame.verb, 2))
