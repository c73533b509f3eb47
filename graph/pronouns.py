"""Pronoun resolution: which earlier mention a pronoun stands for, or none.

Precision first. A pronoun resolves only with agreement evidence:

- ``he``/``she`` go to a person whose gender is known (title, role word, first name or an
  earlier unambiguous pronoun) and matches; a person of unknown gender only when they are
  the one person in reach, which then fixes their gender;
- ``it`` to a named thing, never a person or a plural, no further back than the previous
  sentence; ``they`` to a plural non-person, as far;
- reflexives (``Maduro himself``) to the nearest fitting mention of their own sentence.

Among fitting mentions, the nearest sentence that holds one wins; in it a subject is
preferred (news prose carries the topic in subjects), else the last fitting mention.
``I``/``we`` and ``you`` are never resolved here: the graph maps a quoted ``I`` to its
speaker.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from kgbuilder.extractors.records import Mention

from .names import name_key

if TYPE_CHECKING:
    from .clusters import Cluster

PERSON_PRONOUNS = frozenset({"masc", "fem"})
# What ``it`` can stand for: a named thing that is neither a person nor a plural.
NEUTER_TYPES = frozenset({"Organization", "GovernmentOrganization", "PoliticalParty",
                          "SportsTeam", "Country", "Place", "City", "Event", "Product",
                          "Legislation", "CreativeWork"})
PERSON_REACH = 3  # sentences a he/she looks back over (its own included)


@dataclass(slots=True)  # not frozen: a frozen init costs a setattr call per field
class Seen:
    """One mention already walked past: a candidate antecedent for later pronouns."""

    start: int
    sentence: int
    subject: bool
    plural: bool
    cluster: Cluster
    speaker: bool = False  # the subject of a reporting verb ("Andrew said ...")


def fits(pronoun: Mention, seen: Seen) -> bool:
    """Whether ``seen`` agrees with ``pronoun`` in person-hood and number (gender apart)."""
    cluster = seen.cluster
    if pronoun.label in PERSON_PRONOUNS:
        return cluster.is_person and cluster.gender in (None, pronoun.label)
    if pronoun.label == "neuter":  # a thing; a noun phrase too, never skipped for a name
        return not seen.plural and (cluster.type in NEUTER_TYPES or cluster.type == "Concept")
    if pronoun.label == "plural":
        return seen.plural and not cluster.is_person
    return False


def _window(pronoun: Mention, history: list[Seen]) -> list[Seen]:
    """Mentions before ``pronoun`` within its reach, most recent first: its own sentence
    and the ``PERSON_REACH - 1`` (``he``/``she``) or one (``it``/``they``) before it;
    a reflexive's own sentence only."""
    reflexive = pronoun.text.casefold().endswith(("self", "selves"))
    earlier = 0 if reflexive else PERSON_REACH - 1 if pronoun.label in PERSON_PRONOUNS else 1
    passed: set[int] = set()
    found: list[Seen] = []
    for seen in reversed(history):  # history runs in text order: walk back from the pronoun
        if seen.start >= pronoun.start:
            continue
        if seen.sentence != pronoun.sentence:
            passed.add(seen.sentence)
            if len(passed) > earlier:
                break
        found.append(seen)
    return found


def _named(cluster: Cluster, surnames: frozenset[str]) -> bool:
    return bool(surnames) and any(name_key(alias).split()[-1:] and
                                  name_key(alias).split()[-1] in surnames
                                  for alias in cluster.aliases)


def antecedent(pronoun: Mention, history: list[Seen], quoted: bool = False,
               speakers: frozenset[str] = frozenset()) -> Cluster | None:
    """The cluster ``pronoun`` stands for, or None when the evidence does not settle it.

    A ``he``/``she`` inside a quotation (``quoted``) speaks of someone other than the
    speaker, so speakers of the window, and people named like the quotation's own
    speakers (last words of their names, ``speakers``), are no candidates.
    """
    person = pronoun.label in PERSON_PRONOUNS
    window = [s for s in _window(pronoun, history) if fits(pronoun, s)
              and not (quoted and person and (s.speaker or _named(s.cluster, speakers)))]
    if not window:
        return None
    reflexive = pronoun.text.casefold().endswith(("self", "selves"))
    if reflexive:
        return window[0].cluster
    if pronoun.label in PERSON_PRONOUNS and not any(
            s.cluster.gender == pronoun.label for s in window) and len(
            {id(s.cluster) for s in window}) > 1:
        return None  # two people in reach, neither known to fit: no evidence for either
    nearest = window[0].sentence
    pool = [s for s in window if s.sentence == nearest]
    return next((s for s in pool if s.subject), pool[0]).cluster
