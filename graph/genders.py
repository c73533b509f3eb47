"""Which pronoun a person's name takes: ``masc``, ``fem`` or unknown.

Evidence, strongest first: a gendered title or role word before the name (``Mrs``,
``his wife``), then the first name in ``data/first_names.tsv`` (from the MIT-licensed
names-dataset package, see ``scripts/make_first_names.py``). A name found in neither
stays unknown, and a ``he``/``she`` reaches it only when it is the one person in reach.
"""

from __future__ import annotations

from functools import cache
from importlib.resources import files

from .names import TITLE_WORDS, gender_of, split_title, title_words

_PRONOUN_OF = {"M": "masc", "F": "fem"}


@cache
def _tables() -> tuple[dict[str, str], dict[str, str]]:
    """Every first name, and those that are no common surname, → ``masc``/``fem``."""
    text = (files("kgbuilder.graph") / "data" / "first_names.tsv").read_text(encoding="utf-8")
    table: dict[str, str] = {}
    lone: dict[str, str] = {}
    for line in text.splitlines():
        if line and not line.startswith("#"):
            name, sex, *surname = line.split("\t")
            table[name] = _PRONOUN_OF[sex]
            if not surname:
                lone[name] = table[name]
    return table, lone


def first_name_genders() -> dict[str, str]:
    """First name (as written, title case) → ``masc``/``fem``, read once from the table."""
    return _tables()[0]


def lone_name_genders() -> dict[str, str]:
    """The first names a word standing alone may be read as: not those ranked better as
    surnames (``Williams``, ``Collins``: alone, most often a surname, of women too)."""
    return _tables()[1]


def gender_of_first_name(name: str) -> str | None:
    """``masc``/``fem`` for a full name whose first word is a known first name.

    A one-word name is a surname as often as a first name, so it gives nothing.
    """
    titles, bare = split_title(name)
    words = bare.split()
    table = first_name_genders()
    # The title split also takes a first name that looks like a demonym or a place, or
    # stands before an initial (``Susan King``, ``Mary Tyler Moore``, ``Erica L. Werner``):
    # the capitalised words it took after its last title word come first.
    run: list[str] = []
    for word in reversed(titles.split()):
        if word[:1].islower() or word.casefold().strip(",.") in TITLE_WORDS:
            break
        run.insert(0, word)
    first = next((w for w in run if len(w.strip(".,")) > 1), None)
    if first is not None and first.strip(".,").title() in table:
        return table[first.strip(".,").title()]
    if len(words) < 2:
        return None
    return table.get(words[0].strip(".,").title())


def gender_of_name(name: str, person: bool = False) -> str | None:
    """The pronoun gender a person's name (with its titles) carries, if any; a lone word
    counts as a first name only when the name is already known to be a ``person``'s
    (``Ben``, tagged PERSON), since a lone word is as often a surname or a place, and
    never when it is a common surname (:func:`lone_name_genders`)."""
    found = gender_of(title_words(name)) or gender_of_first_name(name)
    if found is None and person:
        words = split_title(name)[1].split()
        if len(words) == 1:
            found = lone_name_genders().get(words[0].strip(".,").title())
    return found
