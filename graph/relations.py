"""Relation types: the Wikidata property or PLOVER event type an open relation instantiates.

The mapping is data (``data/relations.csv``, documented there; users add or override
rows with ``--relations FILE``). A relation is typed by the first row whose pattern it
matches and whose subject and object kinds fit the edge's ends:

- ``role:WORD`` rows match role facts (``chief of``, ``be home secretary``, ``interim
  president of``): the longest role pattern among the relation's words, after a row for
  the whole relation (``head at`` is an employer, ``head of`` a directorship);
- other rows match the whole relation (``meet with``), else its verb with the same
  preposition, else a one-word pattern its first word (``criticise`` for ``criticise
  over``). Word senses stay apart through the kinds: ``call`` is CONSULT only between two
  actors, never for "calling X a terrific person" (a Concept object). A chain ``use to
  threaten`` is also tried by its last verb, and a ``* PREP`` row matches any relation
  ending in that preposition, after every other row.
"""

from __future__ import annotations

import csv
from dataclasses import dataclass
from functools import cache
from importlib.resources import files
from pathlib import Path

from .lexicon import (
    ACTOR_HEADS,
    AWARD_HEADS,
    BAND_HEADS,
    CAPITAL_CITIES,
    FUNCTION_ROLE_WORDS,
    GENRE_HEADS,
    JOINT_NOUNS,
    NEGATIVE_CHAIN_VERBS,
    SUBORDINATE_ROLE_WORDS,
)

KINDS: dict[str, frozenset[str]] = {
    "person": frozenset({"Person"}),
    "org": frozenset({"Organization", "GovernmentOrganization", "PoliticalParty",
                      "SportsTeam"}),
    "party": frozenset({"PoliticalParty"}),
    "government": frozenset({"GovernmentOrganization"}),
    "team": frozenset({"SportsTeam"}),
    "country": frozenset({"Country"}),
    "place": frozenset({"Place", "City", "Country", "Capital"}),
    "locality": frozenset({"Place", "City", "Capital"}),  # a place that is no country
    "work": frozenset({"CreativeWork", "Product"}),
    "event": frozenset({"Event", "Award"}),  # an award ceremony is an event too
    "role": frozenset({"Role"}),
    "award": frozenset({"Award"}),
}
# A noun phrase naming a group of people who act ("British officials", "the German
# authorities") is an actor for event types, though no named node: a pseudo type.
ACTOR_GROUP = "ActorGroup"
# A named event or thing headed by an award word (the Brit Awards) is an award when typed:
# a pseudo type too.
AWARD = "Award"
# An organisation named by a band noun ("the band", "the boy band"): a band, and an
# organisation for every other row. A pseudo type too.
BAND = "Band"
KINDS["org"] = KINDS["org"] | {BAND}
KINDS["band"] = frozenset({BAND})
KINDS["actor"] = KINDS["person"] | KINDS["org"] | KINDS["country"] | {ACTOR_GROUP}
# A national capital named for its government ("Beijing welcomed the move"): a place, and
# an actor of event rows only (no property: Beijing "owns" nothing). A pseudo type too.
CAPITAL = "Capital"
# An end named by a genre or film industry (R&B, Hollywood): its node type after this
# prefix; no role row takes it ("R&B star X" is no cast member), every other row reads
# the node type ("based in Hollywood").
GENRE = "Genre:"
PLOVER_TYPES = frozenset("""AGREE CONSULT SUPPORT CONCEDE COOPERATE AID RETREAT INVESTIGATE
DEMAND DISAPPROVE REJECT THREATEN PROTEST CRIME SANCTION MOBILIZE COERCE ASSAULT""".split())
COLUMNS = ["pattern", "subject", "object", "property", "inverse", "event"]
ROLE_PREFIX = "role:"
# Properties whose subject heads the object (head of state or government, chief executive,
# chairperson, director, head coach): no row gives them to a subordinate's role
# (:data:`~.lexicon.SUBORDINATE_ROLE_WORDS`: "deputy leader of", "assistant coach of").
HEAD_PROPERTIES = frozenset({"P35", "P6", "P169", "P488", "P1037", "P286"})
# P27 country of citizenship: a role word's country ("US actor X") is the person's own.
NATIONALITY = "P27"
# Prepositions of place: a capital as their object is where, never a government.
_LOCATIVE = frozenset("in at near outside inside across around through into from".split())
# Amounts: a property row taking "any" object that meets one types nothing ("signed for
# £4.6m" is no team, nor a signing of support); an event row may take one ("pledged £50m").
AMOUNT_TYPES = frozenset({"MonetaryAmount", "QuantitativeValue"})
_ROLE_GLUE = frozenset({"of", "for", "at", "be", "in", "with", "to"})
# Prepositions that may end a relation: a verb's own row types "VERB PREP" only by an event
# row ("criticise over"); its property is the verb's object's, not the preposition's ("won
# an Oscar" is an award received, "won for Unforgiven" is not). Not "to", whose object is
# a two-object verb's recipient ("teach discipline to Harry"). English grammar.
_PREPOSITIONS = frozenset("""of for at in with on about from by over into against after under
between among through across towards toward like as onto upon within behind near
alongside before since than via""".split())
# Particles that make a phrasal verb of their own ("back up on CD", "call off", "sign up"):
# "VERB PARTICLE" is never typed by the verb's own row. English grammar.
_PARTICLES = frozenset({"up", "down", "off", "out", "back", "away"})
# A kind written !KIND takes every end but a role and that kind's ("withdraw from" a place
# or a treaty, never an event: an athlete's withdrawal is no retreat).
NOT = "!"
# Rules (a fact's reading) that put a role noun, not a verb, in the relation: a title
# (extractors/role_nominals.py), an apposition, a possessive (extractors/possessed.py), a
# role's workplace (graph/quotes.py); and the rule of a verb with its preposition, which
# never reads a role word ("She heads to a castle" is no head of it).
ROLE_READINGS = frozenset({"title", "apposition", "possessed", "location"})
VERB_PREP_READING = "prep"
# How a candidate pattern's rows are taken: all of them, only event rows (a verb row for a
# relation ending in a preposition), or only P276 rows ("be held in" → "be in": where an
# event or a site is; "be released in", "be popular in" say no whereabouts).
ALL, EVENTS, SITES = "all", "events", "sites"
LOCATION = "P276"


# Role words that praise rather than name an office: a role node they head is typed as a
# description. Written here.
PRAISE_ROLE_HEADS = frozenset({"legend", "great", "icon", "hero"})


def typing_type(node_type: str, head: str) -> str:
    """The type an end is typed by: a Concept headed by a group of actors
    (:data:`~.lexicon.ACTOR_HEADS`: ``officials``, ``authorities``) counts as
    :data:`ACTOR_GROUP`; a named thing headed by an award word (:data:`~.lexicon.AWARD_HEADS`:
    ``the Brit Awards``) as :data:`AWARD`; a place named by a national capital
    (:data:`~.lexicon.CAPITAL_CITIES`) as :data:`CAPITAL`; a genre or film industry NER
    named an organisation or a place (:data:`~.lexicon.GENRE_HEADS`: ``R&B star``,
    ``Hollywood star``) as :data:`GENRE` and its type; an organisation named by a band
    noun (:data:`~.lexicon.BAND_HEADS`: ``rejoined the band``) as :data:`BAND`; every
    other end by its node type."""
    if head.casefold() in GENRE_HEADS and node_type in KINDS["place"] | KINDS["org"]:
        return GENRE + node_type  # a person (Chris Rock) or a work is no genre
    if node_type == "Organization" and head.casefold() in BAND_HEADS:
        return BAND
    if node_type == "Concept":
        return ACTOR_GROUP if head.casefold() in ACTOR_HEADS else node_type
    if node_type == "Role" and head.casefold() in PRAISE_ROLE_HEADS:
        return "Concept"  # "soul legend Ray Charles": praise, no position held (P39)
    if head.casefold() in AWARD_HEADS and node_type in ("Event", "Thing"):
        return AWARD
    if node_type in ("City", "Place") and head.casefold() in CAPITAL_CITIES:
        return CAPITAL
    return node_type


class RelationFileError(ValueError):
    """A relations file cannot be read or has a bad row (the message names file and line)."""


@dataclass(frozen=True, slots=True)
class RelationType:
    """What one mapping row says: property (and whether it reads object → subject), event."""

    pattern: str
    subject: str
    object: str
    wikidata_property: str | None
    inverse: bool
    event_type: str | None

    def _takes(self, kind: str, end_type: str) -> bool:
        if end_type.startswith(GENRE):
            if self.pattern.startswith(ROLE_PREFIX):
                return False
            end_type = end_type[len(GENRE):]
        if kind.startswith(NOT):
            return end_type != "Role" and not self._takes(kind[len(NOT):], end_type)
        if end_type == CAPITAL and kind == "actor":  # a capital's government, in events
            return self.wikidata_property is None
        return end_type in KINDS[kind]

    def fits_object(self, object_type: str) -> bool:
        """Whether an object of this type fits (see :meth:`fits`)."""
        if self.object == "any":
            return object_type != "Role" and not (
                object_type.startswith(GENRE) and self.pattern.startswith(ROLE_PREFIX))
        return self._takes(self.object, object_type)

    def fits(self, subject_type: str, object_type: str) -> bool:
        """Whether ends of these types fit; ``any`` is any end but a role, which only a
        ``role`` row takes (``be leader`` is a position held, not a chairmanship)."""
        return (self.subject == "any" or self._takes(self.subject, subject_type)) \
            and self.fits_object(object_type)


def _row(cells: list[str], where: str) -> RelationType:
    if len(cells) != len(COLUMNS):
        raise RelationFileError(f"{where}: expected {len(COLUMNS)} columns "
                                f"({','.join(COLUMNS)}), got {len(cells)}")
    pattern, subject, obj, prop, inverse, event = (c.strip() for c in cells)
    if not pattern:
        raise RelationFileError(f"{where}: empty pattern")
    for kind in (subject, obj):
        if kind != "any" and kind.removeprefix(NOT) not in KINDS:
            raise RelationFileError(f"{where}: unknown kind {kind!r} (one of any, "
                                    f"{', '.join(sorted(KINDS))}, or !KIND for any but it)")
    if prop and not (prop[0] == "P" and prop[1:].isdigit()):
        raise RelationFileError(f"{where}: {prop!r} is not a Wikidata property id (P39)")
    if event and event not in PLOVER_TYPES:
        raise RelationFileError(f"{where}: {event!r} is not a PLOVER type")
    if inverse not in ("", "true", "false"):
        raise RelationFileError(f"{where}: inverse must be true, false or empty")
    if not prop and not event:
        raise RelationFileError(f"{where}: a row needs a property or an event type")
    return RelationType(pattern.casefold(), subject, obj, prop or None, inverse == "true",
                        event or None)


def parse_relations(lines: list[str], source: str = "relations") -> list[RelationType]:
    """The rows of a relations CSV; raises :class:`RelationFileError` on a bad row."""
    rows: list[RelationType] = []
    for number, cells in enumerate(csv.reader(lines), start=1):
        if not any(c.strip() for c in cells) or cells[0].lstrip().startswith("#"):
            continue
        if [c.strip() for c in cells] == COLUMNS:
            continue
        rows.append(_row(cells, f"{source}:{number}"))
    return rows


def read_relation_rows(path: str | Path) -> list[str]:
    """The lines of the user's relations file at ``path``, unchecked (see
    :func:`parse_relations`): a build folder keeps them for the builds that grow it."""
    try:
        text = Path(path).read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as error:
        raise RelationFileError(f"{path}: cannot read relations file "
                                f"({getattr(error, 'strerror', None) or error})") from None
    return text.splitlines()


def read_relations(path: str | Path) -> list[RelationType]:
    """The rows of the user's relations file at ``path``."""
    return parse_relations(read_relation_rows(path), str(path))


@cache
def _subordinate(relation: str, row: RelationType) -> bool:
    """Whether ``row`` gives a head's property to a subordinate's role: the word before
    its role word is a :data:`~.lexicon.SUBORDINATE_ROLE_WORDS` one (``opposition leader
    of`` is no head of state; a row for the whole ``opposition leader`` still applies) or
    names a department or a region (:data:`~.lexicon.FUNCTION_ROLE_WORDS`: ``marketing
    manager at``, ``European president of``), whose holder heads no organisation."""
    if row.wikidata_property not in HEAD_PROPERTIES or not row.pattern.startswith(ROLE_PREFIX):
        return False
    role = row.pattern[len(ROLE_PREFIX):].split()
    words = relation.casefold().split()
    for i in range(1, len(words) - len(role) + 1):
        if words[i:i + len(role)] == role:
            return words[i - 1] in SUBORDINATE_ROLE_WORDS | FUNCTION_ROLE_WORDS
    return False


def _taken(row: RelationType, mode: str) -> bool:
    """Whether a candidate pattern taken in ``mode`` takes ``row``."""
    if mode == EVENTS:
        return row.event_type is not None
    return row.wikidata_property == LOCATION if mode == SITES else True


def default_relations() -> tuple[RelationType, ...]:
    """The mapping shipped with kgbuilder (``data/relations.csv``)."""
    text = (files("kgbuilder.graph") / "data" / "relations.csv").read_text(encoding="utf-8")
    return tuple(parse_relations(text.splitlines(), "relations.csv"))


class RelationTyper:
    """Types relations by the user's rows first, then the shipped ones (memoised)."""

    def __init__(self, extra: list[RelationType] | None = None) -> None:
        rows = [*(extra or []), *default_relations()]
        self.roles = sorted({r.pattern[len(ROLE_PREFIX):] for r in rows
                             if r.pattern.startswith(ROLE_PREFIX)}, key=len, reverse=True)
        self.by_pattern: dict[str, list[RelationType]] = {}
        for row in rows:
            self.by_pattern.setdefault(row.pattern, []).append(row)
        # role words only a person holds ("president", "rap star"): a relation with one is
        # never read as a "* of" whereabouts (NER's "Turkmen President X" organisation)
        self.person_roles = frozenset(p for p, rs in self.by_pattern.items()
                                      if p.startswith(ROLE_PREFIX)
                                      and all(r.subject == "person" for r in rs))
        self._memo: dict[tuple[str, str, str, bool, str], RelationType | None] = {}
        self._role_memo: dict[str, list[str]] = {}

    def _candidates(self, relation: str, reading: str = "") -> list[tuple[str, str]]:
        """The patterns to try, in order, each with how its rows are taken (:data:`ALL`,
        :data:`EVENTS`, :data:`SITES`). A chain ``refuse to blame`` is never typed by its
        first verb, and not at all after a :data:`~.lexicon.NEGATIVE_CHAIN_VERBS` one; a
        phrasal verb (``back up on``) never by its verb's row; a role fact (``host of``
        from ``Oscar host X``: :data:`ROLE_READINGS`) never by a verb row for its first
        word, a verb with its preposition (``head to``) never by a role row."""
        words = relation.split()
        to = words.index("to", 1) if "to" in words[1:-1] else 0
        chain = to == 1 or (to == 2 and words[0] == "be")  # "help to launch", "be to star"
        if chain and words[to - 1] in NEGATIVE_CHAIN_VERBS:
            return []
        mode = {relation: ALL}
        role_fact = reading in ROLE_READINGS
        roles = role = [] if reading == VERB_PREP_READING else self._roles(words)
        verb = [relation]
        if len(words) > 1:
            if not chain:
                reduced = f"{words[0]} {words[-1]}"
                verb.append(reduced)
                mode.setdefault(reduced, SITES if words[0] == "be" else ALL)
            phrasal = words[1] in _PARTICLES
            if phrasal and len(words) > 2:  # "brush off suggestions of": "brush off"
                verb.append(" ".join(words[:2]))
            if len(words) == 3 and words[1] == "for" and words[2].endswith("ing"):
                verb.append(f"{words[0]} for")  # "call for lifting": a plea, "call for"
            if not (chain or phrasal or role_fact and words[0] != "be"):  # "be mayor": P39
                verb.append(words[0])
                mode.setdefault(words[0], EVENTS if words[-1] in _PREPOSITIONS else ALL)
            if "to" in words[1:-2]:  # "be expected to feature on": "feature on"
                verb.append(" ".join(words[words.index("to", 1) + 1:]))
            if "to" in words[1:-1] and words[-1] not in _ROLE_GLUE:
                verb.append(words[-1])  # "use to threaten": the infinitive's own verb
            if words[-3:-2] == ["in"] and words[-1] == "with" and words[-2] in JOINT_NOUNS:
                verb.append(JOINT_NOUNS[words[-2]])  # "broadcast in partnership with"
        if roles and len(words) > 1 and words[-1] in _ROLE_GLUE:
            # "research director at": a row for the role word with the same preposition
            # ("director at": an employer) comes before the role's own rows
            roles = [f"{roles[0][len(ROLE_PREFIX):]} {words[-1]}", roles[0]]
        if len(words) > 2 and words[-1] in _ROLE_GLUE and words[0] != "be":
            roles.append(f"{words[-2]} {words[-1]}")  # "US unit of": a "unit of" row
        if words[0] in self.by_pattern and (len(words) == 1 or len(words) == 2
                                            and words[1] in _ROLE_GLUE - {"of", "be"}):
            roles = []  # "The Aviator, starring DiCaprio", "stars with X": a verb of its own
        ordered = [relation] + roles + verb[1:] if words[0] == "be" or \
            words[-1] in _ROLE_GLUE else verb + roles
        whereabouts = len(words) > 1 and not (role and role[0] in self.person_roles)
        ordered = ordered + [f"* {words[-1]}"] if whereabouts else ordered
        return [(pattern, mode.get(pattern, ALL)) for pattern in ordered]

    def _roles(self, words: list[str]) -> list[str]:
        """The role pattern a relation ends its role phrase with: ``chief economist at`` →
        economist (never ``chief``, a modifier there), ``director of rugby of`` → director;
        none for a role *in* a place (``analyst in Istanbul`` says where, not whose)."""
        if words and words[-1] == "in":
            return []
        start = 1 if words[:1] == ["be"] else 0
        end = next((i for i in range(start, len(words)) if words[i] in _ROLE_GLUE), len(words))
        phrase = f" {' '.join(words[start:end])}"
        found = self._role_memo.get(phrase)  # a scan of every role row, asked once a phrase
        if found is None:
            found = self._role_memo[phrase] = [
                ROLE_PREFIX + r for r in self.roles if phrase.endswith(f" {r}")][:1]
        return list(found)

    def role_misfit(self, relation: str, object_type: str) -> str | None:
        """The role word of a role ``relation`` (``director of``) when the mapping has rows
        for it and none takes an owner of ``object_type`` (a country's ``director``), else
        None; the subject is not asked (a name NER left untyped still holds its role)."""
        words = relation.casefold().split()
        roles = self._roles(words) if words and words[-1] in ("of", "at", "for") else []
        # a nationality row ("US actor X": citizenship) says nothing of whose role it is
        rows = [r for r in self.by_pattern.get(roles[0], ()) if r.wikidata_property
                != NATIONALITY] if roles else []
        if not rows or any(row.fits_object(object_type) for row in rows):
            return None
        return roles[0][len(ROLE_PREFIX):]

    def type_of(self, relation: str, subject_type: str, object_type: str,
                exact: bool = False, reading: str = "") -> RelationType | None:
        """The first row that ``relation`` between ends of these types matches, or None;
        ``exact``: only a row for the whole relation; ``reading``: the rule that read the
        fact, without its ``+`` marks (see :meth:`_candidates`), or empty."""
        if object_type == CAPITAL and relation.rsplit(" ", 1)[-1] in _LOCATIVE:
            object_type = "City"  # "meet in Brussels" says where, not with whom
        key = (relation, subject_type, object_type, exact, reading)
        if key not in self._memo:
            patterns = [(relation.casefold(), ALL)] if exact else \
                self._candidates(relation.casefold(), reading)
            row = next((row for pattern, mode in patterns
                        for row in self.by_pattern.get(pattern, ())
                        if _taken(row, mode) and row.fits(subject_type, object_type)
                        and not _subordinate(relation, row)), None)
            # "signed for £4.6m": the row's sense is not this one, and no later row's is
            amount = row is not None and row.object == "any" and bool(row.wikidata_property) \
                and object_type in AMOUNT_TYPES
            self._memo[key] = None if amount else row
        return self._memo[key]
