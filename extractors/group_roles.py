"""A band role before a name whose band the sentence calls ``the band``: ``the band's
record company said frontman Tom Reid ...`` → Tom Reid –frontman of→ the band (rule
``title``). The graph resolves ``the band`` to the one band it stands for (a definite
nominal, graph/nominals.py); when it cannot, the fact stays out of the graph."""

from __future__ import annotations

from spacy.tokens import Span, Token

from .lexicon import BAND_ROLE_WORDS, GROUP_NOUNS
from .tree import children


def sentence_group(role: Span, sentence: Span) -> Token | None:
    """The one definite group noun of ``sentence`` outside ``role`` (``the band``, ``the
    band's``) when ``role`` ends in a band role word (``frontman``, ``lead singer``), else
    None; a possessive's band (``his other band``) is someone's, not the one meant."""
    if role[-1].lower_ not in BAND_ROLE_WORDS:
        return None
    nouns = [t for t in sentence if t.lower_ in GROUP_NOUNS and t.pos_ == "NOUN"
             and not role.start <= t.i < role.end
             and any(c.dep_ == "det" and c.lower_ == "the" for c in children(t))]
    return nouns[0] if len(nouns) == 1 else None
