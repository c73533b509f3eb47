"""Facts a noun phrase states without a verb: a title before a name (``Fiat chief
executive X``) and a place a thing is in (``the museum in Berlin``)."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from typing import TYPE_CHECKING

from spacy.tokens import Span, Token

from .appositions import role_of
from .confidence import confidence
from .lexicon import HONORIFICS, LOCATIVE_PREPOSITIONS
from .mentions import argument_span, mention_for, noun_phrase, with_titles
from .records import Extraction
from .tree import children

if TYPE_CHECKING:
    from .builder import ExtractionBuilder

# Named things a title before a name can belong to ("Fiat chief executive X").
OWNER_LABELS = frozenset({"ORG", "GPE", "LOC", "FAC"})
# Named places a thing can be in.
PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})


def title_before_name(ent: Span, ents: dict[int, Span]) -> Span | None:
    """The role words set before a person's name (``author Bill Bryson``, ``Fiat chief
    executive Sergio Marchionne``), honorifics (``Mr``, ``Dr``) aside; None if no role
    noun stands there."""
    doc = ent.doc
    start = with_titles(ent).start
    while start < ent.start and (doc[start].lower_ in HONORIFICS or doc[start].is_punct
                                 or doc[start].dep_ == "det"):
        start += 1
    role = doc[start:ent.start]
    if not any(t.pos_ == "NOUN" or (t.pos_ == "PROPN" and t.i not in ents) for t in role):
        return None
    return role


def title_extractions(ent: Span, builder: ExtractionBuilder) -> Iterator[Extraction]:
    """A role fact from a title before a name: ``author Bill Bryson`` → Bill Bryson –be→
    author; ``Fiat chief executive X`` → X –chief executive of→ Fiat (rule ``title``)."""
    role = title_before_name(ent, builder.ents)
    if role is None:
        return
    owners = [t for t in role if t.i in builder.ents
              and builder.ents[t.i].label_ in OWNER_LABELS and builder.ents[t.i].end < ent.start]
    subject = mention_for(ent.root, builder.ents)
    if owners:
        owner = builder.ents[owners[0].i]
        words = [t.lower_ for t in role if not owner.start <= t.i < owner.end]
        relation, objects = " ".join(words) + " of", [mention_for(owner.root, builder.ents)]
    else:
        # The title is already among the name's aliases (the graph moves it there):
        # an Open IE fact, not a node of its own.
        relation, objects = "be", [builder.other(role)]
    surface = ([], [builder.phrase(ent), builder.phrase(role)])
    extraction = builder.make(ent.root, subject, relation, objects, rule="title",
                              surface=surface, confidence=confidence(
                                  "title", ent.root, None, builder.span, ent.root, 2))
    yield replace(extraction, relation_text="is", negated=False, modality=None, time=None)


def place_of(noun: Token, ents: dict[int, Span]) -> tuple[Token, Token] | None:
    """``(preposition, place)`` when ``noun`` is set in a named place: ``the museum in
    Berlin``; or at a named place or organisation: ``a professor at Yale``."""
    for prep in noun.rights:
        if prep.dep_ != "prep" or prep.lower_ not in LOCATIVE_PREPOSITIONS:
            continue
        labels = PLACE_LABELS | ({"ORG"} if prep.lower_ == "at" else set())
        for place in children(prep):
            if place.dep_ == "pobj" and place.i in ents and ents[place.i].label_ in labels:
                return prep, place
    return None


def location_extractions(noun: Token, builder: ExtractionBuilder) -> Iterator[Extraction]:
    """``the massacre in Tiananmen Square`` → massacre –be in→ Tiananmen Square (rule
    ``location``)."""
    if noun.pos_ not in ("NOUN", "PROPN") or (noun.i in builder.ents and noun.i != builder.ents[
            noun.i].root.i):
        return
    located = place_of(noun, builder.ents)
    if located is None:
        return
    prep, place = located
    thing = noun.doc[min(noun.left_edge.i, noun_phrase(noun).start):prep.i]
    relation = f"be {prep.lower_}"
    role = noun
    while role.dep_ == "pobj" and role.head.dep_ == "prep" and role.head.head.pos_ == "NOUN":
        role = role.head.head  # "head of new media at X": the role is "head"
    if role.dep_ == "appos" and role.head.i in builder.ents and role.head.pos_ == "PROPN":
        # "X, a professor at Yale", "X, head of sales at Y": the named one holds the role.
        relation = f"{role_of(role)[0]} {prep.lower_}"
        noun = role.head
        thing = argument_span(noun, builder.ents)
    surface = ([prep], [builder.phrase(thing), builder.phrase(argument_span(place, builder.ents))])
    extraction = builder.make(noun, mention_for(noun, builder.ents), relation,
                              [mention_for(place, builder.ents)], rule="location",
                              surface=surface, confidence=confidence(
                                  "location", noun, place, builder.span, noun, 2))
    yield replace(extraction, relation_text=f"be {prep.lower_}", negated=False, modality=None,
                  time=None)


def based_extractions(word: Token, builder: ExtractionBuilder) -> Iterator[Extraction]:
    """``London-based Virgin Radio`` → Virgin Radio –be based in→ London (rule
    ``location``): a place joined by a hyphen to ``based`` before the thing it describes."""
    if word.lower_ != "based" or word.dep_ != "amod" or word.i < 2:
        return
    place, hyphen = word.doc[word.i - 2], word.doc[word.i - 1]
    if hyphen.text != "-" or place.head.i != word.i or place.pos_ != "PROPN" or (
            place.i in builder.ents and builder.ents[place.i].label_ not in PLACE_LABELS):
        return  # a proper name the NER may have missed: "Leeds-based"
    thing = word.head
    phrase = argument_span(thing, builder.ents)
    surface = ([word], [builder.phrase(thing.doc[max(phrase.start, word.i + 1):phrase.end]),
                        builder.phrase(argument_span(place, builder.ents))])
    extraction = builder.make(thing, mention_for(thing, builder.ents), "be based in",
                              [mention_for(place, builder.ents)], rule="location",
                              surface=surface, confidence=confidence(
                                  "location", thing, place, builder.span, thing, 2))
    yield replace(extraction, relation_text="based in", negated=False, modality=None,
                  time=None)
