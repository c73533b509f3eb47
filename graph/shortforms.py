"""Short forms of a document's names: how the text names again what it named in full.

Each function looks only at one document's clusters (:class:`~.clusters.Cluster`), by
their keys, so it costs a pass over the names, never over mention pairs.
"""

from __future__ import annotations

import re

from .clusters import Cluster
from .gazetteer import country_for, is_place_name
from .genders import gender_of_name
from .law_nominals import law_head
from .lexicon import CORPORATE_WORDS, REGNAL_TITLES
from .names import NAME_PARTICLES, is_fixture, name_key, split_title

# Kinds whose name the text shortens to its head word ("the Commission", "the Cup").
SHORTENED_TYPES = frozenset({"Organization", "Event", "Legislation"})
# Types of a one-word name that may be a company's first word (``Virgin``).
BRAND_TYPES = frozenset({"Organization", "Thing"})
# Types of a one-word place name: never an organisation's short form.
PLACE_TYPES = frozenset({"Place", "Country", "City"})
# Node types of a country's people as NER reads them ("the Scots": ORG or NORP).
PEOPLE_TYPES = frozenset({"Organization", "Thing", "Place"})


def short_form_words(cluster: Cluster) -> tuple[str, ...]:
    """Every word :func:`short_form_of` may accept as a short form of ``cluster``'s name
    (its first, last and head word), so callers look a word up instead of trying all."""
    words = [w for w in cluster.key.split() if w not in NAME_PARTICLES]
    if not words or (cluster.type == "Legislation" and law_head(cluster.key)):
        return ()  # a law named by description ("ban on X"): no name for "X" to shorten
    head = words[words.index("of") - 1] if "of" in words[1:] else words[-1]
    return (words[0], words[-1], head)


def short_form_of(word: str, cluster: Cluster, short: Cluster | None = None) -> bool:
    """Whether one-word key ``word`` (the key of cluster ``short``) is how the text
    shortens ``cluster``'s name: a person's first or last name (unless the two are known
    to differ in gender: ``Bailey``, she, is not ``Ted Bailey``; a monarch's first name,
    ``Prince Charles``, is no one else's), an organisation's or
    event's head word (``the Commission``; never a place: ``Europe`` is not ``LSE -
    Europe``), or a company's first word (``Virgin`` for ``Virgin Radio``,
    which NER may call a person unless it is a first name; never a place: ``China`` is
    not ``China Mobile``; never a name with a title or a he/she: ``President Trump`` is
    not ``Trump Management``; never a firm named before a longer name that is more than
    its form: ``Yahoo`` is not ``Yahoo Messenger`` named after it)."""
    words = [w for w in cluster.key.split() if w not in NAME_PARTICLES]
    if not words or is_fixture(cluster.label):
        return False  # "Rotherham v Yeovil": a match, no short name of either side
    if cluster.is_person:  # a woman named by her husband's surname is not he
        if short is not None and (short.titles() & REGNAL_TITLES) - cluster.titles():
            return False  # "Prince Charles" is his whole name, not Charles Kennedy's
        if short is not None and short.type != "Person" and country_for(word):
            return False  # "Scotland" (a country, its team) is not Jason Scotland
        return word in (words[0], words[-1]) and (
            short is None or None in (short.gender, cluster.gender)
            or short.gender == cluster.gender)
    head = words[words.index("of") - 1] if "of" in words[1:] else words[-1]
    if cluster.type not in SHORTENED_TYPES or len(word) < 3 or word in joined_names(cluster.label):
        return False  # "Rosneft" is no short form of "Gazprom-Rosneft" or "Gazprom and Rosneft"
    kind = short.type if short is not None else "Thing"
    if word == head:
        return kind not in PLACE_TYPES  # "Europe" is no short form of "LSE - Europe"
    if short is None or short.gender is not None or short.titles():
        return False  # "President Trump" is no short form of "Trump Management"
    brand = kind in BRAND_TYPES or (kind == "Person" and gender_of_name(word, True) is None)
    return word == words[0] and cluster.type == "Organization" and brand \
        and not is_place_name(word) and not (
            set(words[1:]) - CORPORATE_WORDS and _named_first(short, cluster))


def _named_first(short: Cluster | None, cluster: Cluster) -> bool:
    """Whether the one-word name ``short`` comes before ``cluster``'s longer name in the
    text: news gives a name in full before it shortens it, so a firm named first and a
    longer name after it are the firm and its product or unit (``Yahoo ... Yahoo
    Messenger``, ``Fiat ... Fiat Powertrain``), unless the longer name only adds the
    firm's form (``Hyundai ... Hyundai Motor``: :data:`~.lexicon.CORPORATE_WORDS`)."""
    return short is not None and bool(short.mentions and cluster.mentions) \
        and min(start for _, start, _ in short.mentions) \
        < min(start for _, start, _ in cluster.mentions)


_JOINS = re.compile(r",\s+|\s+(?:and|&)\s+|(?<=[a-z])-(?=[A-Z])")


def joined_names(label: str) -> frozenset[str]:
    """The keys of the names ``label`` joins with a comma, ``and``, ``&`` or a hyphen between
    capitals (``Gazprom-Rosneft``, ``Gazprom and Rosneft``: a venture, a merger or two
    firms NER read as one), each capitalised; empty for any other name. Either one alone
    is another firm, never a short form of the pair (nor of ``Mercedes-Benz``: precision
    first)."""
    parts = _JOINS.split(label)
    if len(parts) < 2 or not all(p[:1].isupper() for p in parts):
        return frozenset()
    return frozenset(name_key(p) for p in parts)


def titled_person(clusters: dict[str, Cluster], phrase: str) -> Cluster | None:
    """The person of ``clusters`` (keyed by name) that ``phrase`` names after titles and
    roles (``French Green MEP Alain Lipietz`` → Alain Lipietz), if any; full names only."""
    bare = name_key(split_title(phrase)[1])
    found = clusters.get(bare) if len(bare.split()) > 1 and bare != name_key(phrase) else None
    return found if found is not None and found.is_person else None


def country_of_people(clusters: list[Cluster]) -> list[tuple[Cluster, Cluster]]:
    """(people, country) pairs: a one-word plural name whose singular begins the name of
    exactly one country of the document (``Scots`` → Scotland, ``Finns`` → Finland); the
    demonyms NER marks (``Italians``) are no names at all (:func:`.resolve.is_demonym`)."""
    countries: dict[str, list[Cluster]] = {}
    for cluster in clusters:
        if cluster.type == "Country":
            for alias in cluster.aliases:
                countries.setdefault(name_key(alias), []).append(cluster)
    pairs = []
    for cluster in clusters:
        word = cluster.key
        if " " in word or not word.endswith("s") or len(word) < 5 \
                or cluster.type not in PEOPLE_TYPES or cluster.fixed:
            continue
        stem = word[:-1]
        found = {id(c): c for name, group in countries.items()
                 if name.startswith(stem) and name != stem for c in group}
        if len(found) == 1:
            pairs.append((cluster, next(iter(found.values()))))
    return pairs
