"""Definite nominals of a law named by description: ``A proposed European law on software
patents ... The directive ... the draft directive``, ``The EU embargo on arms exports to
China ... The 15-year-old ban ... the embargo``.

The law itself is a named mention (extractors/described_laws.py). A concept cluster
whose every mention is ``the`` + a law noun (:data:`~.lexicon.LAW_NOMINAL_KINDS`), with at
most stage words (``draft``, ``proposed``), an age and words of the law's own label before
it (``the EU ban``), stands for it only when that law is the one law of the document so
far, named or described: in an article with two bans, ``the ban`` stays unresolved (a
precision-first rule: news writes ``the ban`` of the one it is about, but the parse gives
no sure way to tell which of two). ``the same embargo`` is another one: ``same`` is no
word of the label, so nothing merges.
"""

from __future__ import annotations

import re

from kgbuilder.extractors.lexicon import (
    DESCRIBED_LAW_HEADS,
    DESCRIBED_LAW_PREPOSITIONS,
    LAW_STAGE_WORDS,
)

from .clusters import Cluster
from .lexicon import DRAFTING_MODIFIERS, LAW_NOMINAL_KINDS, LAW_WORDS
from .pronouns import Seen

_AGE_KEY = re.compile(r"\b\w+ (?:year|month|week|day) old\b")  # keyed: hyphens are spaces
_DROPPED = LAW_STAGE_WORDS | DRAFTING_MODIFIERS
MAX_LAW_MODIFIERS = 2  # "the EU arms embargo"


def law_nominal(cluster: Cluster) -> tuple[str, frozenset[str]] | None:
    """(head, modifiers) of a concept cluster that may stand for a law (``the ban``,
    ``the 15-year-old ban``, ``the draft directive``: modifiers less stage words and an
    age), or None."""
    if not cluster.key.startswith("concept:") or cluster.fixed:
        return None
    words = _AGE_KEY.sub(" ", cluster.key.removeprefix("concept:")).split()
    if not words or words[-1] not in LAW_NOMINAL_KINDS:
        return None
    modifiers = frozenset(words[:-1]) - _DROPPED
    if len(modifiers) > MAX_LAW_MODIFIERS or any(
            "'" in w or "\u2019" in w for alias in cluster.aliases for w in alias.split()):
        return None  # "the Council's version of the legislation": another's
    return words[-1], modifiers


def described_head(cluster: Cluster) -> str | None:
    """The law noun a described law's label is headed by (``eu embargo on arms exports to
    china``: embargo), or None for any other cluster."""
    if cluster.type != "Legislation" or cluster.key.startswith("concept:"):
        return None
    return law_head(cluster.key)


def law_head(key: str) -> str | None:
    """The law noun before the first ``on``/``against`` of a keyed label, or None."""
    words = key.split()
    for i, word in enumerate(words[1:], 1):
        if word in DESCRIBED_LAW_PREPOSITIONS:
            return words[i - 1] if words[i - 1] in DESCRIBED_LAW_HEADS else None
    return None


# Kinds a law or an event is never given, whatever its last word ("Kill Bill", a film).
UNNAMED_KINDS = frozenset({"Person", "CreativeWork", "Place", "City", "Country", "Concept",
                           "Role"})


def is_law(cluster: Cluster) -> bool:
    """A law of the document, named (``Finance Bill``) or described."""
    if cluster.key.startswith("concept:") or cluster.type in UNNAMED_KINDS:
        return False
    return cluster.type == "Legislation" or cluster.key.rsplit(" ", 1)[-1] in LAW_WORDS


def competes(cluster: Cluster, heads: frozenset[str]) -> bool:
    """Whether ``cluster`` is a law a nominal that may stand for laws described with
    ``heads`` could mean: any named law, and a described one with one of those heads (a
    ban described is no rival of ``the bill``)."""
    if not is_law(cluster):
        return False
    head = described_head(cluster)
    return head is None or head in heads


def law_referent(start: int, head: str, modifiers: frozenset[str],
                 history: list[Seen]) -> Cluster | None:
    """The described law a nominal at ``start`` stands for: the one law named before it
    that ``head`` could mean (:func:`competes`), when that one is described with a head
    ``head`` may stand for and holds every word of ``modifiers``; else None."""
    heads = LAW_NOMINAL_KINDS[head]
    laws: dict[int, Cluster] = {}
    for seen in history:
        if seen.start < start and competes(seen.cluster, heads):
            laws[id(seen.cluster)] = seen.cluster
    if len(laws) != 1:
        return None
    law = next(iter(laws.values()))
    if described_head(law) not in heads \
            or not modifiers <= set(law.key.split()):
        return None
    return law
