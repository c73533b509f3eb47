"""Definite nominals opened by a nationality: ``the Spanish group``, ``the Indian firm``.

Such a nominal stands for a firm of that country named before it, but news most often
leaves the reader to know which firm is German (``Deutsche Boerse ... the German
exchange``), and recency would guess wrong (``S&N is to buy 37.5% of India's United
Breweries ... chair of the Indian firm`` is no S&N). So it is resolved only when the text
itself places exactly one organisation of the document so far in that country (``Spain's
Ferrovial``, ``German investment bank Deutsche Bank``: extraction's ``be based in``
facts); else it stays a nominal, which graph/admission.py keeps out of the graph.
"""

from __future__ import annotations

from collections.abc import Iterable

from kgbuilder.extractors.demonyms import country_of_demonym
from kgbuilder.extractors.records import Extraction

from .clusters import Cluster
from .gazetteer import country_names
from .lexicon import NATIONAL_NOMINAL_HEADS, ORGANIZATION_TYPES
from .names import name_key
from .pronouns import Seen

MAX_NATIONAL_WORDS = 4  # "the German exchange", "the Russian oil giant"
BASED = "be based in"  # extraction's relation of a firm's seat or country


def based_countries(extractions: Iterable[Extraction]) -> dict[int, str]:
    """End offset of each subject the text places in a country (``Spain's Ferrovial``,
    ``German bank X``, ``X is based in Spain``) → that country's canonical name."""
    names = country_names()
    found: dict[int, str] = {}
    for extraction in extractions:
        if extraction.relation == BASED and extraction.objects:
            country = names.get(name_key(extraction.object.text))
            if country is not None:
                found[extraction.subject.end] = country
    return found


def national_nominal(cluster: Cluster) -> str | None:
    """The country of a concept cluster every form of which is a nationality, lowercase
    words and a firm's head noun (``German exchange``; :data:`~.lexicon.
    NATIONAL_NOMINAL_HEADS`), else None."""
    if cluster.fixed or not cluster.key.startswith("concept:"):
        return None
    words = cluster.key.removeprefix("concept:").split()
    if not 2 <= len(words) <= MAX_NATIONAL_WORDS or words[-1] not in NATIONAL_NOMINAL_HEADS:
        return None
    for alias in cluster.aliases:
        forms = alias.split()
        if len(forms) != len(words) or not forms[0][:1].isupper() \
                or any(not w.islower() for w in forms[1:]):
            return None  # "German Chancellor", "German exchange's offer"
    return country_of_demonym(words[0])


def national_referent(start: int, country: str, history: list[Seen],
                      based: dict[int, str]) -> Cluster | None:
    """The one organisation named before ``start`` that the text places in ``country``
    before ``start`` (:func:`based_countries`), or None (none, or two)."""
    found: dict[int, Cluster] = {}
    for seen in history:
        cluster = seen.cluster
        if seen.start >= start or cluster.type not in ORGANIZATION_TYPES \
                or cluster.key.startswith("concept:"):
            continue
        if any(based.get(end) == country for _, begin, end in cluster.mentions
               if begin < start):
            found[id(cluster)] = cluster
    return next(iter(found.values())) if len(found) == 1 else None


def national_pair(cluster: Cluster, spans: list[tuple[int, int]], history: list[Seen],
                  based: dict[int, str]) -> tuple[Cluster, Cluster] | None:
    """(``cluster``, the firm it stands for) when ``cluster`` is a nationality's nominal
    whose every definite mention (``spans``) finds the same firm."""
    country = national_nominal(cluster)
    if country is None or not spans:
        return None
    targets = {id(t): t for t in (national_referent(s, country, history, based)
                                  for s, _ in spans)}
    target = next(iter(targets.values())) if len(targets) == 1 else None
    return (cluster, target) if target is not None else None
