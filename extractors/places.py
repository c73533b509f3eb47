"""Facts a noun phrase states of where a thing is, without a verb: a place after it
(``the museum in Berlin``, ``a professor at Yale``), a place joined to ``based``
(``London-based Virgin Radio``), a country owning an organisation's name (``Germany's
Siemens``) and a place opening its descriptor (``UK broadcaster Virgin Radio``); all rule
``location``."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from typing import TYPE_CHECKING

from spacy.tokens import Span, Token

from .appositions import role_of
from .argument_spans import argument_span
from .confidence import confidence
from .demonyms import country_of_demonym
from .lexicon import FIRM_SITE_NOUNS, LOCATIVE_PREPOSITIONS
from .mentions import mention_for, noun_phrase
from .records import Extraction, Mention
from .tree import children, rights

if TYPE_CHECKING:
    from .builder import ExtractionBuilder

# Named places a thing can be in.
PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})
# Prepositions that tie a role to what it is of ("head of sales", "economist at UBS",
# "analyst with Barclays", "spokesman for Acme"): a place after their phrase is the role
# holder's. English grammar, written here.
ROLE_PREPOSITIONS = frozenset({"of", "at", "with", "for"})


def place_of(noun: Token, ents: dict[int, Span]) -> tuple[Token, Token] | None:
    """``(preposition, place)`` when ``noun`` is set in a named place: ``the museum in
    Berlin``; or at a named place or organisation: ``a professor at Yale``."""
    for prep in rights(noun):
        if prep.dep_ != "prep" or prep.lower_ not in LOCATIVE_PREPOSITIONS:
            continue
        labels = PLACE_LABELS | ({"ORG"} if prep.lower_ == "at" else set())
        for pobj in (c for c in children(prep) if c.dep_ == "pobj"):
            # "at analyst firm IDC": the name set beside the described place
            for place in (pobj, *(c for c in children(pobj) if c.dep_ == "appos")):
                if place.i in ents and ents[place.i].label_ in labels:
                    return prep, place
    return None


def site_owner(noun: Token, prep: Token, ents: dict[int, Span]) -> Token | None:
    """The firm whose name stands right before a noun of its people or sites
    (:data:`~.lexicon.FIRM_SITE_NOUNS`) set in a place: ``Deutsche Boerse staff in
    Frankfurt`` → Deutsche Boerse; None for any other noun, name or preposition."""
    if noun.lower_ not in FIRM_SITE_NOUNS or prep.lower_ != "in" or noun.i in ents:
        return None
    before = noun.doc[noun.i - 1] if noun.i else None
    ent = ents.get(before.i) if before is not None else None
    if ent is None or ent.label_ != "ORG" or ent.end != noun.i or before.head.i != noun.i \
            or before.dep_ != "compound":
        return None
    return ent.root


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
    while role.dep_ == "pobj" and role.head.dep_ == "prep" \
            and role.head.lower_ in ROLE_PREPOSITIONS and role.head.head.pos_ == "NOUN":
        role = role.head.head  # "head of new media at X": the role is "head"; never
        # through a phrase of when or where ("a replacement in the win in Paris": the win's)
    if role.dep_ == "appos" and role.head.i in builder.ents and role.head.pos_ == "PROPN":
        # "X, a professor at Yale", "X, head of sales at Y": the named one holds the role.
        relation = f"{role_of(role)[0]} {prep.lower_}"
        noun = role.head
        thing = argument_span(noun, builder.ents)
    firm = site_owner(noun, prep, builder.ents)
    if firm is not None:  # "Deutsche Boerse staff in Frankfurt": the firm has staff there
        relation, noun = f"have {noun.lower_} {prep.lower_}", firm
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


def possessive_place_extractions(place: Token,
                                 builder: ExtractionBuilder) -> Iterator[Extraction]:
    """``Germany's Siemens``, ``India's Tata Motors`` → the organisation –be based in→ the
    country or city that owns its name (rule ``location``; a graph fact with no argument
    phrases, like :func:`descriptor_extractions`). Never a person's (``England's Jonny
    X`` plays for England) nor a common noun's (``Germany's economy``)."""
    owner = builder.ents.get(place.i)
    org = place.head
    if place.dep_ != "poss" or owner is None or owner.label_ != "GPE" \
            or owner.root.i != place.i or org.pos_ != "PROPN":
        return
    named = builder.ents.get(org.i)
    if named is not None and (named.label_ != "ORG" or named.root.i != org.i):
        return
    extraction = builder.make(org, mention_for(org, builder.ents), "be based in",
                              [mention_for(place, builder.ents)], rule="location",
                              surface=([], []), confidence=confidence(
                                  "location", org, place, builder.span, org, 2))
    yield replace(extraction, relation_text="based in", negated=False, modality=None,
                  time=None, arguments=())


def descriptor_extractions(ent: Span, builder: ExtractionBuilder) -> Iterator[Extraction]:
    """``UK broadcaster Virgin Radio``, ``Japanese carmaker Sanko`` → the organisation –be
    based in→ the country or place that opens its descriptor (rule ``location``; a graph
    fact, not an Open IE tuple: no argument phrases of its own)."""
    doc = ent.doc
    start = ent.start
    while start > builder.span.start and doc[start - 1].dep_ in ("compound", "amod", "nmod") \
            and not doc[start - 1].is_punct and start <= doc[start - 1].head.i < ent.end:
        start -= 1
    first = doc[start]
    rest = doc[start + 1:ent.start]
    if not len(rest) or not all(t.pos_ in ("NOUN", "ADJ") and t.is_lower for t in rest) \
            or rest[-1].pos_ != "NOUN" or rest[-1].tag_ in ("NNS", "NNPS"):
        return  # "UK broadcaster": the place word, then lowercase description words
    place = builder.ents.get(first.i)
    if place is not None and place.label_ in PLACE_LABELS and place.start == place.end - 1:
        obj = mention_for(first, builder.ents)
    elif first.ent_type_ == "NORP" and (country := country_of_demonym(first.text)):
        obj = Mention(country, first.idx, first.idx + len(first), "entity", "GPE", first.text,
                      sentence=builder.span.start_char, dep=first.dep_)
    else:
        return
    extraction = builder.make(ent.root, mention_for(ent.root, builder.ents), "be based in",
                              [obj], rule="location", surface=([], []),
                              confidence=confidence("location", ent.root, first, builder.span,
                                                    ent.root, 2))
    yield replace(extraction, relation_text="based in", negated=False, modality=None,
                  time=None, arguments=())
