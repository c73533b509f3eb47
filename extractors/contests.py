"""Who beat whom, read off a win noun: ``Leeds's 2-1 win over Everton`` and ``Ajax
claimed a narrow victory against Feyenoord`` → winner –beat→ loser, and off a loss noun:
``England's 18-17 defeat to France`` and ``Wales suffered a loss against Italy`` → loser
–lose to→ winner (rule ``contest``).

Sports and election reports state most results as a noun, not a verb: the clause's
verb (``broke his wrist during``, ``secured``) says nothing about the match, so the
verb constructions never join the two sides. The winner is the noun's named possessor,
else the named subject of a verb that takes the win as its object (``claim``, ``grind
out``), climbing from ``by grinding out`` to the clause's verb. Both sides must be
names. A possessive pronoun (``their defeat to France``) or a date's possessive
(``last year's defeat``) names no side itself: the side is then the named subject of the
noun's own clause, when it agrees with the pronoun (``England ... wasted a lead in their
defeat to France``: England; resolution might hand the pronoun ``three games``), or the
named possessor of a result noun that is that subject (``Slovakia's win made up for last
year's defeat to the US``); with a date's possessive, only a team, country or party's
subject is taken (``Drogba scored in Saturday's win``: Chelsea won, not Drogba).
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from typing import TYPE_CHECKING

from spacy.tokens import Span, Token

from .argument_spans import argument_span
from .confidence import confidence
from .lexicon import (
    LOSER_PREPS,
    LOSS_NOUNS,
    LOSS_TAKING_VERBS,
    RESULT_NOUNS,
    WIN_NOUNS,
    WIN_TAKING_VERBS,
    WINNER_PREPS,
)
from .mentions import NAMED_LABELS, mention_for
from .records import Extraction
from .tree import children, rights

if TYPE_CHECKING:
    from .builder import ExtractionBuilder

CLIMB_DEPS = frozenset({"pcomp", "advcl", "xcomp"})  # "by grinding out", "to claim"
# Named-entity labels a possessive pronoun can stand for: "his"/"her" a person, "its" and
# "their" a team, country, party or firm (English agreement; news writes "their" for a
# team). A date's possessive leaves the result to a subject of the second kind.
PERSON_LABELS = frozenset({"PERSON"})
GROUP_LABELS = frozenset({"ORG", "GPE", "NORP"})
PRONOUN_SIDES = {"his": PERSON_LABELS, "her": PERSON_LABELS, "its": GROUP_LABELS,
                 "their": GROUP_LABELS}
# Dependencies a result noun may hang by below its clause's verb: an object, a
# preposition's object, and the preposition or object that carries it.
NOUN_PATH_DEPS = frozenset({"dobj", "pobj", "prep", "attr"})


def is_side(token: Token, ents: dict[int, Span]) -> bool:
    """A named team, person, party or place; never a date or time (``Saturday's``)."""
    if token.i in ents:
        return ents[token.i].label_ in NAMED_LABELS
    return token.pos_ == "PROPN"


def other_side(noun: Token, preps: frozenset[str],
               ents: dict[int, Span]) -> tuple[Token, Token] | None:
    """(preposition, side) of ``win over X`` / ``defeat to X``, when X is named; the
    preposition may hang on the verb that takes the noun (``suffered a defeat by X``)."""
    holders = [noun] + ([noun.head] if noun.dep_ == "dobj" else [])
    for prep in (c for h in holders for c in rights(h)
                 if c.dep_ == "prep" and c.lower_ in preps and c.i > noun.i):
        for pobj in (c for c in children(prep) if c.dep_ == "pobj"):
            if is_side(pobj, ents):
                return prep, pobj
    return None


def verb_subject(verb: Token) -> Token | None:
    """The subject of ``verb``, or of the clause it hangs from (``secured ... by grinding
    out``): at most two steps up."""
    for _ in range(3):
        subjects = [c for c in children(verb) if c.dep_ == "nsubj"]
        if subjects:
            return subjects[0]
        if verb.dep_ not in CLIMB_DEPS:
            return None
        verb = verb.head.head if verb.head.pos_ == "ADP" else verb.head
    return None


def owner_of(noun: Token, ents: dict[int, Span], taking: frozenset[str]) -> Token | None:
    """The side whose result ``noun`` is: its named possessor, else the named subject of
    a verb of ``taking`` that takes it as object."""
    owners = [c for c in children(noun) if c.dep_ == "poss"]
    if owners and is_side(owners[0], ents):
        return owners[0]
    if owners:
        labels = unnamed_owner_labels(owners[0], ents)
        return clause_side(noun, ents, labels) if labels else None
    verb = noun.head
    if noun.dep_ != "dobj" or verb.lemma_.lower() not in taking:
        return None
    subject = verb_subject(verb)
    return subject if subject is not None and is_side(subject, ents) else None


def unnamed_owner_labels(owner: Token, ents: dict[int, Span]) -> frozenset[str] | None:
    """The entity labels the side behind a possessive that names none may have: a
    pronoun's agreement (``their``: a group), a date's (``Saturday's``: a group); None
    for any other possessor (``the coach's``)."""
    if owner.pos_ == "PRON":
        return PRONOUN_SIDES.get(owner.lower_)
    if owner.i in ents and ents[owner.i].label_ in ("DATE", "TIME"):
        return GROUP_LABELS
    return None


def clause_verb(noun: Token) -> Token | None:
    """The verb whose clause holds ``noun`` through objects and prepositions only (``wasted
    a lead in their defeat``: wasted); None across any other arc."""
    token = noun
    for _ in range(5):
        if token.dep_ not in NOUN_PATH_DEPS or token.head is token:
            return None
        token = token.head
        if token.pos_ in ("VERB", "AUX"):
            return token
    return None


def clause_side(noun: Token, ents: dict[int, Span], labels: frozenset[str]) -> Token | None:
    """The named subject of the result noun's clause, when its label is one of ``labels``;
    else the named possessor of a result noun that is that subject."""
    verb = clause_verb(noun)
    subject = verb_subject(verb) if verb is not None else None
    if subject is None or subject.i == noun.i:
        return None
    if subject.lemma_.lower() in RESULT_NOUNS:
        owners = [c for c in children(subject) if c.dep_ == "poss"]
        subject = owners[0] if owners else None
        if subject is None or subject.i not in ents:
            return None
    if subject.i in ents and ents[subject.i].label_ in labels:
        return subject
    return None


def contest_extractions(noun: Token, builder: ExtractionBuilder) -> Iterator[Extraction]:
    """``X's win over Y`` / ``X claimed a victory against Y`` → X –beat→ Y; ``X's defeat
    to Y`` / ``X suffered a loss against Y`` → X –lose to→ Y."""
    if noun.pos_ != "NOUN":
        return
    lemma = noun.lemma_.lower()
    if lemma in WIN_NOUNS:
        relation, preps, taking = "beat", LOSER_PREPS, WIN_TAKING_VERBS
    elif lemma in LOSS_NOUNS:
        relation, preps, taking = "lose to", WINNER_PREPS, LOSS_TAKING_VERBS
    else:
        return
    found = other_side(noun, preps, builder.ents)
    owner = owner_of(noun, builder.ents, taking)
    if found is None or owner is None:
        return
    prep, other = found
    owner_mention, other_mention = (mention_for(owner, builder.ents),
                                    mention_for(other, builder.ents))
    if owner_mention.text == other_mention.text:
        return
    surface = ([noun, prep], [builder.phrase(argument_span(owner, builder.ents)),
                              builder.phrase(argument_span(other, builder.ents))])
    extraction = builder.make(noun, owner_mention, relation, [other_mention], rule="contest",
                              surface=surface, confidence=confidence(
                                  "contest", owner, other, builder.span, noun, 2))
    yield replace(extraction, relation_text=f"{noun.lower_} {prep.lower_}")
