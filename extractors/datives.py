"""The second object of a verb. The recipient of a double-object verb (``gave Ireland a
100% record``, ``earned Bath a draw``): it is no object of the verb, but the partner of a
preposition the verb implies (``give to Ireland``, ``earn for Bath``); the thing given
stays the direct object. The predicate a verb of naming sets on its object (``called
Callaghan a giant``): the relation says what the object was called (``call giant``),
never a bare ``call``, which reads as a phone call."""

from __future__ import annotations

from spacy.tokens import Token

from .lexicon import BENEFACTIVE_VERBS, PARTITIVE_HEADS
from .tree import children


def recipient_preposition(verb: Token, obj: Token) -> str | None:
    """``to`` or ``for`` when ``obj`` is the recipient of a verb that also has a direct
    object (``for`` after a verb of getting or making: ``earned Bath a draw``), else None
    (``told the Times``: the recipient is the only object and reads as one)."""
    if obj.dep_ != "dative" or obj.pos_ == "ADP" \
            or not any(c.dep_ == "dobj" for c in children(verb)) \
            or any(c.dep_ == "case" for c in children(obj)):
        return None  # "told BBC Radio 4's Today programme": a possessor, no recipient
    return "for" if verb.lemma_.lower() in BENEFACTIVE_VERBS else "to"


def given_thing(verb: Token) -> str | None:
    """The head noun of what a double-object verb gives, as written and lower-cased
    (``start`` of ``gave Athletico an ideal start``), when it is a common noun: the
    recipient's relation keeps it (``give start to``), never the bare ``give to``, which
    reads as giving the recipient away. None for a name, a number, a pronoun or a word
    that only counts (``a number of``)."""
    thing = next((c for c in children(verb) if c.dep_ == "dobj"), None)
    if thing is None or thing.pos_ != "NOUN" or thing.ent_type_ \
            or thing.lemma_.lower() in PARTITIVE_HEADS or not thing.text.isalpha() \
            or any(c.like_num or c.dep_ in ("nummod", "quantmod") for c in children(thing)):
        return None  # "gave Labour £2m": a sum, whose unit is no thing
    return thing.text.lower()


_DETERMINERS = frozenset({"a", "an", "the"})


def object_predicate(verb: Token, obj: Token) -> str | None:
    """What a verb calls its direct object ``obj`` (``a "terrific person"`` of ``calling
    Rodriguez a terrific person``: ``terrific person``), from the verb's object predicative
    noun, its determiners and quotes left out; None when there is none."""
    if obj.dep_ != "dobj":
        return None
    predicate = next((c for c in children(verb) if c.dep_ == "oprd" and c.pos_ == "NOUN"
                      and c.i > obj.i), None)
    if predicate is None:
        return None
    words = [t.lower_ for t in predicate.doc[predicate.left_edge.i:predicate.i + 1]
             if t.is_alpha and t.lower_ not in _DETERMINERS]
    return " ".join(words) or None
