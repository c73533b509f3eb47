"""A team or party written as a person's: ``Mourinho's side``, ``his side``, ``his party``.

News names a coach's or a player's team, and a politician's party, by its person once the
text has said whose it is (``Chelsea boss Jose Mourinho ... Mourinho's side were knocked
out``). Such a phrase stands for the one side the role facts of the corpus give that
person (:func:`team_sides`; a party: :func:`.quotes.speaker_sides`), when the side is of
the kind its noun says (:data:`~.lexicon.SIDE_NOUNS`); else it stays a phrase of its own.
A side written with its team's own name is that team, whoever coaches it (``dropped from
France's squad``, ``Mike Friday's England side led 19-7``: :func:`named_spans`).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable

from kgbuilder.extractors.records import Extraction, Mention

from .lexicon import SIDE_NOUNS, TEAM_ROLES

ROLE_RULES = frozenset({"title", "apposition"})  # "Wales coach X", "X, the Bath lock"
TEAM_TYPES = frozenset({"SportsTeam", "Organization", "Country"})

# "Mourinho's side", "Matt Williams' side": a possessor, its possessive, one noun.
_POSSESSED = re.compile(r"^(?P<owner>\S.*?)(?:'s|\u2019s|'|\u2019)\s+(?P<noun>[a-z]+)$")
# "Mike Friday's England side": a possessor, its possessive, the team's own name, one noun.
_NAMED_INSIDE = re.compile(r"^\S.*?(?:'s|\u2019s|'|\u2019)\s+"
                           r"(?P<team>[A-Z][\w-]*(?:\s+[A-Z][\w-]*)?)\s+(?P<noun>[a-z]+)$")
# "his side", "her party": a possessive pronoun of one person right before the noun.
_PRONOUN_BEFORE = re.compile(r"\b(?:his|her)\s+$", re.IGNORECASE)


def owner_spans(extraction: Extraction, mention: Mention) -> tuple[str, list[tuple[int, int]]]:
    """(side noun, document spans the owner may be known by, longest name first) of a
    concept ``mention`` written as a person's side; ("", []) for any other mention."""
    sentence = extraction.sentence
    if mention.kind != "concept" or mention.text.rsplit(" ", 1)[-1].casefold() \
            not in SIDE_NOUNS or not sentence.start <= mention.start <= sentence.end:
        return "", []  # most concepts: one look at the last word
    offset = mention.start - sentence.start
    text = sentence.text[offset:mention.end - sentence.start]
    match = _POSSESSED.match(text)
    if match is not None and match.group("noun") in SIDE_NOUNS:
        owner = match.group("owner")
        starts = [m.start() for m in re.finditer(r"\S+", owner)]
        return match.group("noun"), [(mention.start + s, mention.start + len(owner))
                                     for s in starts]
    if text.casefold() in SIDE_NOUNS:
        pronoun = _PRONOUN_BEFORE.search(sentence.text[:offset])
        if pronoun is not None:
            start = sentence.start + pronoun.start()
            return text.casefold(), [(start, start + len(pronoun.group().rstrip()))]
    return "", []


def team_sides(extractions: Iterable[Extraction],
               node_of: Callable[[Extraction, Mention], str | None],
               type_of: Callable[[str | None], str | None]) -> dict[str, str]:
    """Per person, the one team the role facts of ``extractions`` (the whole corpus) make
    them a coach, captain or player of (``Chelsea boss X`` → Chelsea); a person with two
    such teams, or none, has none here."""
    teams: dict[str, set[str]] = {}
    for extraction in extractions:
        words = extraction.relation.split()
        if extraction.rule not in ROLE_RULES or not extraction.objects \
                or len(words) < 2 or words[-1] != "of" or words[-2] not in TEAM_ROLES:
            continue
        person = node_of(extraction, extraction.subject)
        team = node_of(extraction, extraction.object)
        if person and team and type_of(person) == "Person" and type_of(team) in TEAM_TYPES:
            teams.setdefault(person, set()).add(team)
    return {person: next(iter(found)) for person, found in teams.items() if len(found) == 1}


def named_spans(extraction: Extraction, mention: Mention) -> tuple[str, list[tuple[int, int]]]:
    """(side noun, document spans of the team a concept ``mention`` names itself) for a
    side written with its team's name: the possessor when that is the team (``France's
    side``, ``Bath's team``), or the name between a person's possessive and the noun
    (``Mike Friday's England side``); the caller keeps a span only when it is a team.
    ("", []) for any other mention."""
    sentence = extraction.sentence
    if mention.kind != "concept" or mention.text.rsplit(" ", 1)[-1].casefold() \
            not in SIDE_NOUNS or not sentence.start <= mention.start <= sentence.end:
        return "", []
    text = sentence.text[mention.start - sentence.start:mention.end - sentence.start]
    inside = _NAMED_INSIDE.match(text)
    if inside is not None and inside.group("noun") in SIDE_NOUNS:
        start = mention.start + inside.start("team")
        return inside.group("noun"), [(start, start + len(inside.group("team")))]
    owner = _POSSESSED.match(text)
    if owner is not None and owner.group("noun") in SIDE_NOUNS:
        return owner.group("noun"), [(mention.start, mention.start + len(owner.group("owner")))]
    return "", []

