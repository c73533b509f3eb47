"""Countries and their alternative names, from pycountry's ISO 3166 data.

General rules only, applied to every country alike: the short, official and common
names; the name before a comma (``Venezuela, Bolivarian Republic of``); the unique
tail of an official ``... of X`` name (``United States of America`` → ``America``);
initialisms of multi-word names with and without dots (``US``, ``U.S.``, ``UK``);
and the ISO alpha-3 code (``USA``); then the common English names of
``data/countries.csv`` (``Britain``, ``Russia``, ``Burma``).
"""

from __future__ import annotations

import csv
from collections import Counter
from functools import lru_cache
from importlib.resources import files

import pycountry

from .names import name_key


def _initialisms(name: str) -> list[str]:
    words = [w for w in name.replace(",", " ").split() if w[:1].isupper()]
    if len(words) < 2:
        return []
    letters = "".join(w[0] for w in words)
    return [letters, ".".join(letters) + "."]


def _canonical(country) -> str:
    common = getattr(country, "common_name", None)
    return common or country.name.split(",")[0].strip()


@lru_cache(maxsize=1)
def country_names() -> dict[str, str]:
    """Map of :func:`name_key` of every known country name form to its canonical name."""
    forms: dict[str, set[str]] = {}
    tails: Counter[str] = Counter()
    for country in pycountry.countries:
        canonical = _canonical(country)
        names = {canonical, country.name, country.name.split(",")[0].strip(), country.alpha_3}
        official = getattr(country, "official_name", None)
        if official:
            names.add(official)
        for name in list(names):
            if name != country.alpha_3:
                names.update(_initialisms(name))
        tail = official.rsplit(" of ", 1)[1] if official and " of " in official else ""
        if tail and not tail.startswith("the "):  # "... of the United States" names another
            names.add(tail)
            tails[name_key(tail)] += 1
        forms[canonical] = names
    owners: dict[str, set[str]] = {}
    for canonical, names in forms.items():
        for name in names:
            owners.setdefault(name_key(name), set()).add(canonical)
    table = {k: next(iter(v)) for k, v in owners.items()
             if len(v) == 1 and tails[k] <= 1}
    for canonical in forms:  # the canonical name always wins its own key
        table[name_key(canonical)] = canonical
    for name, canonical in _common_names():
        known = table.get(name_key(name))
        if known is not None and known != canonical:
            table = {k: canonical if v == known else v for k, v in table.items()}
        table[name_key(name)] = table[name_key(canonical)] = canonical
    return table


def _common_names() -> list[tuple[str, str]]:
    """Rows of ``data/countries.csv``: common English names ISO spells otherwise."""
    text = (files("kgbuilder.graph") / "data" / "countries.csv").read_text(encoding="utf-8")
    return [tuple(row) for row in csv.reader(line for line in text.splitlines()
                                             if line and not line.startswith("#"))]


def country_for(name: str) -> str | None:
    """The canonical country a name stands for, or None."""
    return country_names().get(name_key(name))


@lru_cache(maxsize=1)
def region_names() -> frozenset[str]:
    """:func:`name_key` of every ISO 3166-2 subdivision name (states, provinces,
    regions: ``Vermont``, ``Texas``), from pycountry; with :func:`country_names`, the
    place words that may stand before a person's name (``Vermont Bernie Sanders``)."""
    return frozenset(name_key(s.name) for s in pycountry.subdivisions)


@lru_cache(maxsize=1 << 12)
def place_starts(stem: str) -> bool:
    """Whether a country's name key begins with ``stem`` (``iraq`` of ``Iraqi``,
    ``pakistan`` of ``Pakistani``, ``saud`` of ``Saudi``)."""
    return len(stem) >= 3 and any(k.startswith(stem) for k in country_names())


def is_place_name(word: str) -> bool:
    """Whether ``word`` names a country or a country's subdivision."""
    key = name_key(word)
    return key in country_names() or key in region_names()
