"""The country a nationality word names: ``Russian`` → Russia, ``French`` → France.

A written table for the words whose country no rule finds (``French``, ``Dutch``,
``Swiss``), then a rule over pycountry's ISO 3166 names: the one country whose name
shares with the word a stem of at least four letters and most of its own length
(``Venezuelan`` → Venezuela, ``Chinese`` → China, ``German`` → Germany), the longest
stem winning (``Nigerian`` → Nigeria, not Niger).
"""

from __future__ import annotations

from functools import cache, lru_cache

import pycountry

# Written here for kgbuilder: nationality words whose country name is no stem of them.
IRREGULAR: dict[str, str] = {
    "french": "France", "dutch": "Netherlands", "swiss": "Switzerland", "greek": "Greece",
    "spanish": "Spain", "polish": "Poland", "danish": "Denmark", "swedish": "Sweden",
    "finnish": "Finland", "british": "United Kingdom", "english": "England",
    "scottish": "Scotland", "welsh": "Wales", "irish": "Ireland", "american": "United States",
    "filipino": "Philippines", "thai": "Thailand", "czech": "Czechia", "turkish": "Turkey",
    "saudi": "Saudi Arabia", "emirati": "United Arab Emirates", "kiwi": "New Zealand",
    "russian": "Russia", "afghan": "Afghanistan", "slovak": "Slovakia",
    "slovene": "Slovenia", "norwegian": "Norway", "portuguese": "Portugal",
    "peruvian": "Peru", "argentine": "Argentina", "congolese": "Congo",
}


# What an English nationality adjective adds to the stem it shares with its country's
# name (German, Venezuela-n, Belgi-an, Brazil-ian, Chin-ese, Iraq-i, Iceland-ic,
# Luxembourg-er, Cypr-iot, Montenegr-in); the table above holds the rest. Written here.
DEMONYM_ENDINGS = frozenset({"", "n", "an", "ian", "ese", "i", "ic", "er", "iot", "in"})


@cache
def _names() -> tuple[tuple[str, str], ...]:
    names = []
    for country in pycountry.countries:
        name = getattr(country, "common_name", None) or country.name.split(",")[0]
        names.append((name.casefold(), name))
    return tuple(names)


@cache
def _names_by_opening() -> dict[str, tuple[tuple[str, str], ...]]:
    """The one-word country names by their first four letters: the only ones that can
    share a stem of four or more letters with a word opening the same way."""
    found: dict[str, list[tuple[str, str]]] = {}
    for folded, name in _names():
        if " " not in folded:
            found.setdefault(folded[:4], []).append((folded, name))
    return {opening: tuple(names) for opening, names in found.items()}


@lru_cache(maxsize=1 << 14)
def country_of_demonym(word: str) -> str | None:
    """The country ``word`` (a nationality adjective) belongs to, or None (cached: every
    capitalised word before a name is asked, and the rule scans every country)."""
    key = word.casefold().strip()
    if key in IRREGULAR:
        return IRREGULAR[key]
    if len(key) < 5 or " " in key:
        return None
    word_key = key.removesuffix("s")  # "Kenyans"
    best, found = 0, set()
    for folded, name in _names_by_opening().get(key[:4], ()):
        stem = 4
        while stem < min(len(folded), len(word_key)) and folded[stem] == word_key[stem]:
            stem += 1
        # what the word adds past the shared stem must be a nationality ending: "George"
        # (Georgia + e), "Norwich", "Polanski", "Peruzzi" are no nationality words
        if stem >= len(folded) - 2 and stem >= best and word_key[stem:] in DEMONYM_ENDINGS:
            found = {name} if stem > best else found | {name}
            best = stem
    return found.pop() if len(found) == 1 else None


@cache
def _country_names() -> frozenset[str]:
    return frozenset(folded for folded, _ in _names())


def is_country_name(text: str) -> bool:
    """Whether ``text`` is a country's ISO 3166 name (``India``, ``Germany``): a name
    that means one thing wherever it is written, a headline included."""
    return text.casefold().strip() in _country_names()
