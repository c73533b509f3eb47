"""Events a named possessor does to a named object, stated as a noun: ``Vodafone's
acquisition of Mannesmann`` → Vodafone –acquire→ Mannesmann (rule ``possessed``).

News often names a deal or a hold as the subject or object of another clause (``X's
control over Y would create a monopoly``, ``regulators approved X's purchase of Y``): the
clause's verb says nothing about X and Y, so no verb construction joins them. Only the
relational nouns of :data:`~.lexicon.POSSESSED_EVENTS` are read, with their own
preposition, both ends named; an unrealised event (``its planned takeover of Y``) is no
fact. A name an owner's possessive holds before a kind noun is the owner's thing:
``Channel 9's Morning Show programme`` → Morning Show –programme of→ Channel 9.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from typing import TYPE_CHECKING

from spacy.tokens import Token

from .argument_spans import argument_span
from .confidence import confidence
from .contests import is_side
from .lexicon import (
    CREATION_KINDS,
    DEICTIC_TIME_WORDS,
    KIND_NOUNS_BEFORE,
    OWNED_KIND_NOUNS,
    PLACED_EVENTS,
    POSSESSED_EVENTS,
    UNREALISED_MODIFIERS,
)
from .mentions import mention_for
from .records import Extraction, Mention
from .tree import children, lefts, rights

if TYPE_CHECKING:
    from .builder import ExtractionBuilder


def realised_event(noun: Token) -> tuple[frozenset[str], str] | None:
    """The (prepositions, relation) of an event noun of :data:`~.lexicon.POSSESSED_EVENTS`
    that no modifier makes unrealised (``a planned takeover``), else None."""
    event = POSSESSED_EVENTS.get(noun.lower_)
    if event is None or noun.pos_ != "NOUN" \
            or any(c.lower_ in UNREALISED_MODIFIERS for c in lefts(noun)):
        return None
    return event


def possessed_extractions(noun: Token, builder: ExtractionBuilder) -> Iterator[Extraction]:
    """``X's acquisition of Y`` → X –acquire→ Y; ``X's control over Y`` → X –control→ Y."""
    event = realised_event(noun)
    if event is None:
        return
    preps, verb = event
    owners = [c for c in children(noun) if c.dep_ == "poss"] or agent_compounds(noun, builder.ents)
    if not owners or not is_side(owners[0], builder.ents):
        return
    for prep in (c for c in rights(noun) if c.dep_ == "prep" and c.lower_ in preps):
        for pobj in (c for c in children(prep) if c.dep_ == "pobj"):
            target = pobj if is_side(pobj, builder.ents) else _named_kind(pobj, builder.ents)
            if target is None:
                continue
            owner, obj = mention_for(owners[0], builder.ents), mention_for(target, builder.ents)
            if owner.text == obj.text:
                continue
            surface = ([noun, prep], [builder.phrase(argument_span(owners[0], builder.ents)),
                                      builder.phrase(argument_span(target, builder.ents))])
            extraction = builder.make(noun, owner, verb, [obj], rule="possessed",
                                      surface=surface, confidence=confidence(
                                          "possessed", owners[0], target, builder.span,
                                          noun, 2))
            yield replace(extraction, relation_text=f"{noun.lower_} {prep.lower_}")
    yield from _placed(noun, owners[0], builder)


def event_place(noun: Token, ents: dict) -> Token | None:
    """The named place an event noun's ``in`` phrase sets it in, on the noun or on its
    target (``crackdown on protesters in Tiananmen Square``), else None."""
    from .places import place_of  # places reads appositions, which read this module

    holders = [noun] + [o for p in rights(noun) if p.dep_ == "prep" for o in children(p)
                        if o.dep_ == "pobj" and o.pos_ == "NOUN"]
    for holder in holders:
        located = place_of(holder, ents)
        if located is not None and located[0].lower_ == "in":
            return located[1]
    return None


def _placed(noun: Token, owner: Token, builder: ExtractionBuilder) -> Iterator[Extraction]:
    """``China's crackdown on protesters in Tiananmen Square`` → China –crack down in→
    Tiananmen Square, for the events of :data:`~.lexicon.PLACED_EVENTS`."""
    relation = PLACED_EVENTS.get(noun.lower_)
    place = event_place(noun, builder.ents) if relation else None
    if place is None:
        return
    doer, where = mention_for(owner, builder.ents), mention_for(place, builder.ents)
    if doer.text != where.text:
        yield _owned(noun, doer, relation, where, builder, place)


AGENT_LABELS = frozenset({"ORG", "GPE"})  # "the EU embargo on X", "a US ban on Y"


def agent_compounds(noun: Token, ents: dict) -> list[Token]:
    """The one organisation or country named as a modifier of an event noun that has its
    object after it (``the EU embargo on China``): the event's doer, else none."""
    names = [c for c in lefts(noun) if c.dep_ == "compound" and c.i in ents
             and ents[c.i].root.i == c.i and ents[c.i].label_ in AGENT_LABELS]
    return names if len(names) == 1 else []


# Kind nouns a name stands before: an owner's thing or a maker's creation.
_NAMED_KIND_NOUNS = OWNED_KIND_NOUNS | CREATION_KINDS


def _named_kind(noun: Token, ents: dict) -> Token | None:
    """The name a kind noun carries before it (``its Clearstream unit``), else None."""
    if noun.pos_ != "NOUN" or noun.lower_ not in OWNED_KIND_NOUNS:
        return None
    names = [c for c in lefts(noun) if c.dep_ in ("compound", "amod") and is_side(c, ents)
             and (c.i not in ents or ents[c.i].root.i == c.i)]
    return names[0] if len(names) == 1 else None


def _is_misread_date(token: Token, ents: dict) -> bool:
    """A name the NER read as a date: a time word that is written in lower case inside a
    sentence, here with a capital (``Radio Wessex's Today programme``)."""
    return (token.i in ents and ents[token.i].label_ in ("DATE", "TIME")
            and len(ents[token.i]) == 1 and token.lower_ in DEICTIC_TIME_WORDS
            and token.text[:1].isupper() and not token.is_sent_start)


def _name_mention(token: Token, kind: str, builder: ExtractionBuilder) -> Mention:
    """The mention of a name set before a kind noun: the NER's entity, else the word as a
    name of the kind the noun says (``Today programme``: a work)."""
    if token.i in builder.ents and is_side(token, builder.ents):
        return mention_for(token, builder.ents)
    return Mention(token.text, token.idx, token.idx + len(token), "entity",
                   KIND_NOUNS_BEFORE.get(kind, "WORK_OF_ART"), token.text,
                   sentence=builder.span.start_char, dep=token.dep_)


def owned_name_extractions(noun: Token, builder: ExtractionBuilder) -> Iterator[Extraction]:
    """``Channel 9's Morning Show programme`` → Morning Show –programme of→ Channel 9: a
    name between a named owner's possessive and a kind noun is the owner's thing (rule
    ``possessed``; a graph fact with no argument phrases of its own); a made thing is its
    maker's the other way round (``Norbel's Zentrol drug`` → Norbel –drug→ Zentrol)."""
    parts = owned_parts(noun, builder.ents)
    if parts is None:
        return
    owner = mention_for(parts[0], builder.ents)
    name = _name_mention(parts[1], noun.lower_, builder)
    if owner.text == name.text or owner.end > name.start:
        return
    if noun.lower_ in CREATION_KINDS:
        yield _owned(noun, owner, noun.lower_, name, builder, parts[1])
    else:
        yield _owned(noun, name, f"{noun.lower_} of", owner, builder, parts[0])


def owned_parts(noun: Token, ents: dict) -> tuple[Token, Token] | None:
    """(owner, name) of ``Channel 9's Morning Show programme``: a kind noun with one named
    possessor and one name set before it; else None."""
    if noun.pos_ != "NOUN" or noun.lower_ not in _NAMED_KIND_NOUNS:
        return None
    owners = [c for c in children(noun) if c.dep_ == "poss"]
    if len(owners) != 1 or not is_side(owners[0], ents):
        return None
    names = [c for c in lefts(noun) if c.dep_ == "compound" and (
        (c.i in ents and ents[c.i].root.i == c.i and is_side(c, ents))
        or _is_misread_date(c, ents))]
    return (owners[0], names[0]) if len(names) == 1 else None


def owned_name(noun: Token, builder: ExtractionBuilder) -> Mention | None:
    """The name an argument headed by an owned kind noun stands for (``told BBC Radio 4's
    Today programme``: Today), else None; the owner's tie is its own fact."""
    parts = owned_parts(noun, builder.ents)
    if parts is None:
        return None
    name = _name_mention(parts[1], noun.lower_, builder)
    return name if parts[0].i < parts[1].i else None


def _owned(noun: Token, subject: Mention, relation: str, obj: Mention,
           builder: ExtractionBuilder, other: Token) -> Extraction:
    """A graph fact of rule ``possessed`` read off a noun phrase (no argument phrases)."""
    extraction = builder.make(noun, subject, relation, [obj], rule="possessed",
                              surface=([], []), confidence=confidence(
                                  "possessed", noun, other, builder.span, noun, 2))
    return replace(extraction, relation_text=relation, negated=False, modality=None,
                   time=None, arguments=())


def creation_relation(kind: Token, name: Token, owner: Token) -> str | None:
    """The words that say what a maker's named thing is, when ``kind`` is a creation kind
    noun between the possessive ``owner`` and ``name`` (``popular diabetes drug`` →
    diabetes drug, ``comeback single`` → comeback single; describing adjectives dropped);
    None otherwise."""
    if kind.lower_ not in CREATION_KINDS or not owner.right_edge.i < kind.i < name.i:
        return None
    words = [t.lower_ for t in kind.doc[owner.right_edge.i + 1:kind.i] if t.pos_ == "NOUN"
             and t.nbor(1).text != "-"]  # "award-winning album": an album
    return " ".join([*words, kind.lower_])


def creation_extractions(name: Token, builder: ExtractionBuilder) -> Iterator[Extraction]:
    """``Norbel's popular diabetes drug Zentrol`` → Norbel –diabetes drug→ Zentrol: a name
    after a possessor's creation kind noun (the parse makes the noun a modifier of the
    name) is the possessor's making (rule ``possessed``)."""
    if not is_side(name, builder.ents) or (name.i in builder.ents
                                           and builder.ents[name.i].root.i != name.i):
        return
    kinds = [c for c in lefts(name) if c.dep_ in ("compound", "amod", "nmod")
             and c.i == name.i - 1]
    # The possessive hangs on the name or on a word before it ("Norbel's drug Zentrol").
    modifiers = [c for c in lefts(name) if c.dep_ in ("compound", "amod", "nmod")]
    owners = [c for t in (name, *modifiers) for c in children(t) if c.dep_ == "poss"]
    if len(owners) != 1 or not kinds or not is_side(owners[0], builder.ents):
        return
    relation = creation_relation(kinds[0], name, owners[0])
    owner, thing = mention_for(owners[0], builder.ents), _name_mention(name, kinds[0].lower_,
                                                                       builder)
    if relation is None or owner.text == thing.text or owner.end > thing.start:
        return
    yield _owned(name, owner, relation, thing, builder, owners[0])
