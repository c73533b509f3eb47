"""The recipient of a double-object verb (``gave Ireland a 100% record``, ``earned Bath
a draw``): it is no object of the verb, but the partner of a preposition the verb implies
(``give to Ireland``, ``earn for Bath``); the thing given stays the direct object."""

from __future__ import annotations

from spacy.tokens import Token

from .lexicon import BENEFACTIVE_VERBS
from .tree import children


def recipient_preposition(verb: Token, obj: Token) -> str | None:
    """``to`` or ``for`` when ``obj`` is the recipient of a verb that also has a direct
    object (``for`` after a verb of getting or making: ``earned Bath a draw``), else None
    (``told the Times``: the recipient is the only object and reads as one)."""
    if obj.dep_ != "dative" or obj.pos_ == "ADP" \
            or not any(c.dep_ == "dobj" for c in children(verb)):
        return None
    return "for" if verb.lemma_.lower() in BENEFACTIVE_VERBS else "to"
