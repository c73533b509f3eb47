"""Events a clause's subject does, named by a noun its verb supports: ``X launched an
attack on Y`` → X –attack→ Y, ``X led the party's opposition to Y`` → X –oppose→ Y,
``X opened the forum with an attack on Labour's record`` → X –attack→ Labour, ``X is in
the middle of a tour of Y`` → X –tour→ Y (rule ``supported``); and a subject's answer to
a named party's proposal: ``X accepted Y's apology`` → X –accept apology of→ Y (rule
``response``).

News names much of what a party does as a noun (the verb only starts, leads or voices
it): the verb constructions then join the subject to the noun phrase, and the named
partner inside it (``of``/``to``/``on`` Y) joins nobody. Only the event nouns of
:data:`~.lexicon.POSSESSED_EVENTS` are read, with their own preposition and a named
partner; the subject must be a name or a personal pronoun; a passive clause, an
unrealised event (``a planned visit``) and another named party's event (``backed Y's
attack on Z``, read by :mod:`.possessed`) are none of its subject's doing.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from typing import TYPE_CHECKING

from spacy.tokens import Span, Token

from .appositions import named_apposition
from .argument_spans import argument_span
from .arguments import is_passive, subjects_of
from .confidence import confidence
from .contests import is_side
from .lexicon import (
    CONDUCT_NOUNS,
    EVENT_MIDST_NOUNS,
    LIGHT_PREPS,
    LIGHT_VERBS,
    ONGOING_EVENT_PREPS,
    RESPONSE_NOUNS,
    RESPONSE_VERBS,
    SAYING_NOUNS,
    STANCE_EVENTS,
    SUPPORT_VERBS,
    WITH_EVENT_VERBS,
)
from .mentions import is_pleonastic, is_pronoun, mention_for
from .possessed import agent_compounds, realised_event
from .records import Extraction
from .stance import quoted_speaker
from .tree import children, rights
from .verb_groups import relation_of

if TYPE_CHECKING:
    from .builder import ExtractionBuilder


def event_partner(noun: Token, preps: frozenset[str],
                  ents: dict[int, Span]) -> tuple[Token, Token] | None:
    """(preposition, named partner) of an event noun: ``attack on Labour``; a stance
    event's target may be a party's conduct (``attack on Labour's record``: Labour)."""
    for prep in (c for c in rights(noun) if c.dep_ == "prep" and c.lower_ in preps):
        for pobj in (c for c in children(prep) if c.dep_ == "pobj"):
            if is_side(pobj, ents):
                return prep, pobj
            if noun.lower_ in STANCE_EVENTS and pobj.lower_ in CONDUCT_NOUNS:
                owners = [c for c in children(pobj) if c.dep_ == "poss"]
                if owners and is_side(owners[0], ents):
                    return prep, owners[0]
    return None


def supporting_verb(noun: Token) -> Token | None:
    """The verb whose subject does the event ``noun`` names: a support verb taking it as
    object (``launched an attack``), a verb of opening or answering taking it with
    ``with`` (``opened the forum with an attack``), or ``be`` in/on it (``is on a visit
    to``, ``is in the middle of a tour of``); else None."""
    if noun.dep_ == "dobj":
        return noun.head if noun.head.lemma_.lower() in SUPPORT_VERBS else None
    if noun.dep_ != "pobj":
        return None
    prep = noun.head
    if (prep.lower_ == "of" and prep.head.lower_ in EVENT_MIDST_NOUNS
            and prep.head.dep_ == "pobj"):
        prep = prep.head.head
    if prep.dep_ != "prep":
        return None
    verb = prep.head
    if prep.lower_ == "with" and verb.pos_ == "VERB" and verb.lemma_.lower() in WITH_EVENT_VERBS:
        return verb
    if prep.lower_ in ONGOING_EVENT_PREPS and verb.lemma_ == "be":
        return verb
    return None


def is_noun_infinitive(verb: Token) -> bool:
    """An infinitive a noun takes (``his refusal to accept``, ``a decision to launch``):
    refused, decided or planned, never stated as done."""
    return verb.dep_ == "acl" and any(c.dep_ == "aux" and c.lower_ == "to"
                                      for c in children(verb))


def is_doer(subject: Token, ents: dict[int, Span]) -> bool:
    """A subject the event can be given to: a name (or a role noun with one beside it,
    ``the singer, Anna Marsh``), a personal pronoun that refers, or a quoted ``I`` whose
    speaker the sentence names."""
    if subject.lower_ == "i" and quoted_speaker(subject) is not None:
        return True
    if is_pronoun(subject):
        return subject.lower_ in ("he", "she", "they", "it") and not is_pleonastic(subject)
    return is_side(subject, ents) or named_apposition(subject, ents) is not None


def supported_extractions(noun: Token, builder: ExtractionBuilder) -> Iterator[Extraction]:
    """``X launched an attack on Y`` / ``X is on a visit to Y`` → X –attack/visit→ Y."""
    event = realised_event(noun)
    if event is None:
        return
    preps, relation = event
    owners = [c for c in children(noun) if c.dep_ == "poss"]
    if owners and is_side(owners[0], builder.ents):
        return  # another named party's event (or the subject's own, read by possessed)
    verb = supporting_verb(noun)
    if verb is None or is_passive(verb) or is_noun_infinitive(verb):
        return
    found = event_partner(noun, preps, builder.ents)
    if found is None:
        return
    prep, partner = found
    if noun.dep_ == "dobj" and verb.lemma_ in LIGHT_VERBS and prep.lower_ in LIGHT_PREPS:
        return  # "held talks with Y": the light-verb construction's
    other = mention_for(partner, builder.ents)
    for subject in subjects_of(verb):
        if not is_doer(subject, builder.ents) or subject.i == partner.i:
            continue
        doer = builder.mention(subject)
        if doer.text == other.text:
            continue
        surface = ([verb, noun, prep], [builder.head_phrase(subject),
                                        builder.phrase(argument_span(partner, builder.ents))])
        extraction = builder.make(verb, doer, relation, [other], rule="supported",
                                  surface=surface, confidence=confidence(
                                      "supported", subject, partner, builder.span, verb, 2))
        yield replace(extraction, relation_text=f"{noun.lower_} {prep.lower_}")


def response_extractions(noun: Token, builder: ExtractionBuilder) -> Iterator[Extraction]:
    """``X accepted Y's apology`` (or ``Y's apology was accepted by X``, ``X brushed off
    Labour suggestions``) → X –accept apology of→ Y: the answer to a proposal names its
    proposer, the noun's named possessor or naming modifier; a passive's doer is its
    by-agent."""
    if noun.pos_ != "NOUN" or noun.lower_ not in RESPONSE_NOUNS:
        return
    verb = noun.head
    if verb.lemma_.lower() not in RESPONSE_VERBS or is_noun_infinitive(verb):
        return
    if (noun.dep_, is_passive(verb)) not in (("dobj", False), ("nsubjpass", True)):
        return  # "rejected Y's offer", "Y's offer was rejected by X"
    owners = [c for c in children(noun) if c.dep_ == "poss"] or (
        agent_compounds(noun, builder.ents) if noun.lower_ in SAYING_NOUNS else [])
    if not owners or not is_side(owners[0], builder.ents):
        return  # a pronoun's or a description's ("the prince's"): no node to join
    owner = owners[0]
    other = builder.mention(owner)
    lemma, surface_words = relation_of(verb)
    if is_passive(verb):
        lemma, surface_words = verb.lemma_.lower(), verb.text
    relation = f"{lemma} {noun.lower_} of"
    for subject in subjects_of(verb):
        if not is_doer(subject, builder.ents):
            continue
        doer = builder.mention(subject)
        if doer.text == other.text:
            continue
        surface = ([verb, noun], [builder.head_phrase(subject),
                                  builder.phrase(argument_span(owner, builder.ents))])
        extraction = builder.make(verb, doer, relation, [other], rule="response",
                                  surface=surface, confidence=confidence(
                                      "response", subject, owner, builder.span, verb, 2))
        yield replace(extraction, relation_text=f"{surface_words} {noun.lower_} of")
