"""A resolved entity's node type: its own kind, never ``Thing`` for a named entity.

spaCy's NER label gives the broad kind (:data:`TYPE_OF_LABEL`); the gazetteer makes a
place a ``Country``; an organisation's own words make it a ``PoliticalParty``,
``GovernmentOrganization`` or ``SportsTeam`` where they say so clearly; a proper name
the NER missed is a ``Person`` when it starts with a known first name, else an
``Organization`` when it is an acronym, else a ``Place``-less generic ``Organization``;
an acronym NER calls a place that the gazetteer does not know (``BT``) is an organisation.
"""

from __future__ import annotations

import re

from .gazetteer import country_for, is_place_name
from .genders import first_name_genders, gender_of_first_name
from .lexicon import (
    EVENT_WORDS,
    GOVERNMENT_WORDS,
    LAW_WORDS,
    PARTY_WORDS,
    PUBLICATION_WORDS,
    TEAM_WORDS,
)
from .names import looks_like_acronym, name_key

# spaCy NER labels → schema.org classes (and Concept for plain noun phrases).
TYPE_OF_LABEL: dict[str, str] = {
    "PERSON": "Person", "ORG": "Organization", "NORP": "Organization", "GPE": "Place",
    "GROUP": "Organization",  # an organisation by its context (extractors/kinds.py)
    "LOC": "Place", "FAC": "Place", "EVENT": "Event", "PRODUCT": "Product",
    "WORK_OF_ART": "CreativeWork", "LAW": "Legislation", "LANGUAGE": "Language",
    "DATE": "Date", "TIME": "Date", "MONEY": "MonetaryAmount", "QUANTITY": "QuantitativeValue",
    "PERCENT": "QuantitativeValue", "CARDINAL": "QuantitativeValue",
    "ORDINAL": "QuantitativeValue",
}


# An amount written as a name: a currency sign or a scale (``£165bn``, ``420bn yuan``,
# ``$1.5 billion``), which NER sometimes labels a person or an organisation.
_SCALE = r"(?:bn|m|tn|trn|k|trillion|billion|million|thousand)"
_CURRENCY_WORDS = (r"(?:yuan|euros?|dollars?|pounds?|sterling|yen|rupees?|rupiah|roubles?|"
                   r"rubles?|pesos?|francs?|won|rand|naira|reais|real|lira|krona|kronor)")
_AMOUNT = re.compile(
    rf"[£$€¥]\s?\d[\d.,]*\s?{_SCALE}?|\d[\d.,]*\s?{_SCALE}(?:\s{_CURRENCY_WORDS})?"
    rf"|\d[\d.,]*\s?{_CURRENCY_WORDS}", re.IGNORECASE)


def is_amount(label: str) -> bool:
    """``label`` is a sum of money, whatever NER called it (``£165bn``, ``420bn yuan``)."""
    return _AMOUNT.fullmatch(label.strip()) is not None


_METRIC = re.compile(r"\d[\d.,]*\s?[mk]", re.IGNORECASE)


def is_written_sum(label: str) -> bool:
    """``label``, a phrase no NER label vouches for, is a sum of money: an amount that is
    no bare figure in metres or thousands (``the 100m``, ``a 10k run``)."""
    return is_amount(label) and _METRIC.fullmatch(label.strip()) is None


def organization_kind(label: str) -> str:
    """``PoliticalParty``, ``GovernmentOrganization``, ``SportsTeam`` or ``Organization``,
    from the name's own words (``Labour Party``, ``Ministry of Defence``, ``Leeds United``)."""
    words = name_key(label).split()
    if not words:
        return "Organization"
    if words[-1] in PARTY_WORDS or (len(words) == 1 and words[0] in PARTY_WORDS):
        return "PoliticalParty"
    if words[0] in GOVERNMENT_WORDS or words[-1] in GOVERNMENT_WORDS:
        return "GovernmentOrganization"
    if words[-1] in TEAM_WORDS or " ".join(words[-2:]) in TEAM_WORDS:
        return "SportsTeam"
    return "Organization"


def entity_type(broad: str, label: str, person_mentions: int = 0,
                gendered: bool = False) -> str:
    """The node type of an entity named ``label`` whose mentions mostly say ``broad``.

    A name's last word settles its kind when it is a kind word (``... Party``,
    ``... Bill``, ``... Cup``). NER's person label is checked against what people's names
    look like in news, where a person is introduced by a full name: a one-word "person"
    that is a country is the country; one that no pronoun, courtesy title or first name
    marks as a person, or a name joined by ``for``/``of``/``and``, is an organisation.
    A name with a known first name, or one a he/she refers to, that NER called a person at
    least once is a person.
    """
    if is_amount(label):
        return "MonetaryAmount"  # an amount is a value, never a named thing
    words = name_key(label).split()
    if len(words) > 1 and words[0] in PUBLICATION_WORDS and not gendered:
        return "Organization"  # "Sunday Telegraph journalist X": NER's person is a paper
    if broad == "Person" and not gendered:
        if len(words) == 1 and country_for(label):
            return "Country"
        if (len(words) == 1 and label.title() not in first_name_genders()) or (
                set(words[1:-1]) & {"for", "of", "and"}):
            return organization_kind(label)
    if broad != "Person" and len(words) > 1 and not is_possessed(label) \
            and (gendered or gender_of_first_name(label)) and (
            person_mentions or (len(words) > 2 and broad == "Organization"
                                and organization_kind(label) == "Organization"
                                and not set(words) & {"for", "of", "and", "the"})):
        return "Person"  # "María Corina Machado" called an organisation by NER
    last = words[-1] if words else ""
    if broad != "Person" or len(words) > 1:
        if last in PARTY_WORDS and broad in ("Organization", "Person", "Thing"):
            return "PoliticalParty"
        if last in LAW_WORDS and len(words) > 1:
            return "Legislation"
        if last in EVENT_WORDS and len(words) > 1 and broad != "CreativeWork":
            return "Event"
    if broad == "Place" and looks_like_acronym(label) and not is_place_name(label):
        return organization_kind(label)  # "BT" called a place: no place the gazetteer knows
    if broad == "Organization":
        return organization_kind(label)
    if broad == "Thing":
        if gender_of_first_name(label):  # "Gordon Brown's Budget": a person's thing
            return broad if is_possessed(label) else "Person"
        return organization_kind(label)  # "Lloyd's Register" stays an organisation
    return broad


def is_possessed(label: str) -> bool:
    """Whether a possessive ``'s`` stands inside ``label`` (``Gordon Brown's Budget``)."""
    return any(w.endswith(("'s", "\u2019s", "s'", "s\u2019")) for w in label.split()[:-1])
