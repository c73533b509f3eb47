"""Which pronoun a person's name takes: ``masc``, ``fem`` or unknown.

Evidence, strongest first: a gendered title or role word before the name (``Mrs``,
``his wife``), then the first name in ``data/first_names.tsv`` (from the MIT-licensed
names-dataset package, see ``scripts/make_first_names.py``). A name found in neither
stays unknown, and a ``he``/``she`` reaches it only when it is the one person in reach.
"""

from __future__ import annotations

from functools import cache
from importlib.resources import files

from .names import gender_of, split_title, title_words

_PRONOUN_OF = {"M": "masc", "F": "fem"}


@cache
def first_name_genders() -> dict[str, str]:
    """First name (as written, title case) → ``masc``/``fem``, read once from the table."""
    text = (files("kgbuilder.graph") / "data" / "first_names.tsv").read_text(encoding="utf-8")
    table: dict[str, str] = {}
    for line in text.splitlines():
        if line and not line.startswith("#"):
            name, sex = line.split("\t")
            table[name] = _PRONOUN_OF[sex]
    return table


def gender_of_first_name(name: str) -> str | None:
    """``masc``/``fem`` for a full name whose first word is a known first name.

    A one-word name is a surname as often as a first name, so it gives nothing.
    """
    words = split_title(name)[1].split()
    if len(words) < 2:
        return None
    return first_name_genders().get(words[0].strip(".,").title())


def gender_of_name(name: str, person: bool = False) -> str | None:
    """The pronoun gender a person's name (with its titles) carries, if any; a lone word
    counts as a first name only when the name is already known to be a ``person``'s
    (``Ben``, tagged PERSON), since a lone word is as often a surname or a place."""
    found = gender_of(title_words(name)) or gender_of_first_name(name)
    if found is None and person:
        words = split_title(name)[1].split()
        if len(words) == 1:
            found = first_name_genders().get(words[0].strip(".,").title())
    return found
