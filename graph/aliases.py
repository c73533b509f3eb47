"""User knowledge: a CSV of aliases no rule can merge (``Suns cartel`` = ``Cartel de los Soles``).

One row per alias: ``alias,canonical[,type]``. A header row ``alias,canonical,type`` is
allowed, as are blank lines and lines starting with ``#``. ``type`` is one of the node
types of the graph contract (``Person``, ``Organization``, ``Country``, ...).
"""

from __future__ import annotations

import csv
from dataclasses import dataclass
from functools import lru_cache
from importlib.resources import files
from pathlib import Path

from .names import name_key

NODE_TYPES = frozenset({
    "Person", "Organization", "Country", "Place", "Event", "Product", "CreativeWork",
    "Legislation", "Language", "Date", "MonetaryAmount", "QuantitativeValue", "Thing",
    "Concept", "Role", "GovernmentOrganization", "PoliticalParty", "SportsTeam", "City",
})


class AliasFileError(ValueError):
    """The aliases file cannot be read or has a bad row (the message names file and line)."""


@dataclass(frozen=True)
class Canonical:
    """What an alias stands for: the canonical name and, when the user gave one, a type."""

    name: str
    type: str | None = None
    reason: str = "alias file"  # the merge reason a form joined by this row records


Aliases = dict[str, Canonical]  # name_key(alias) → canonical


def parse_aliases(lines: list[str], source: str = "aliases") -> Aliases:
    """The alias table of CSV ``lines``; raises :class:`AliasFileError` on a bad row."""
    table: Aliases = {}
    for number, row in enumerate(csv.reader(lines), start=1):
        cells = [c.strip() for c in row]
        if not any(cells) or cells[0].startswith("#"):
            continue
        if number == 1 and [c.casefold() for c in cells[:2]] == ["alias", "canonical"]:
            continue
        if len(cells) < 2 or len(cells) > 3 or not cells[0] or not cells[1]:
            raise AliasFileError(f"{source}:{number}: expected 'alias,canonical[,type]', "
                                 f"got {','.join(row)!r}")
        type_ = cells[2] if len(cells) == 3 and cells[2] else None
        if type_ is not None and type_ not in NODE_TYPES:
            raise AliasFileError(f"{source}:{number}: unknown type {type_!r} "
                                 f"(one of {', '.join(sorted(NODE_TYPES))})")
        canonical = Canonical(cells[1], type_)
        prior = table.get(name_key(cells[1]))
        if prior is not None and prior.name == canonical.name and type_ is None:
            canonical = prior  # a later row without a type keeps the earlier one's
        for name in (cells[0], cells[1]):
            known = table.get(name_key(name))
            if known is not None and known.name != canonical.name:
                was = "a canonical name" if name_key(known.name) == name_key(name) \
                    else f"an alias of {known.name!r}"
                raise AliasFileError(f"{source}:{number}: {name!r} is already {was}; "
                                     f"it cannot also stand for {canonical.name!r}")
            if known is not None and None not in (known.type, canonical.type) \
                    and known.type != canonical.type:
                raise AliasFileError(f"{source}:{number}: {canonical.name!r} is typed "
                                     f"{canonical.type!r} here but {known.type!r} before")
            table[name_key(name)] = canonical
    # a row without a type takes the type a later row gives the same canonical name
    return {key: table.get(name_key(value.name), value) if value.type is None else value
            for key, value in table.items()}


@lru_cache(maxsize=1)
def shipped_aliases() -> Aliases:
    """The alias rows kgbuilder ships (``data/parties.csv``: party short forms such as
    ``Tories`` and ``Lib Dems``), applied under the user's own."""
    text = (files("kgbuilder.graph") / "data" / "parties.csv").read_text(encoding="utf-8")
    table = parse_aliases(text.splitlines(), "parties.csv")
    return {k: Canonical(v.name, v.type, "party short form") for k, v in table.items()}


def with_shipped(user: Aliases | None) -> Aliases:
    """The user's alias table over the shipped one (a user row always wins)."""
    return {**shipped_aliases(), **(user or {})}


def read_alias_rows(path: str | Path) -> list[str]:
    """The lines of the aliases file at ``path``, unchecked (see :func:`parse_aliases`)."""
    path = Path(path)
    try:
        lines = path.read_text(encoding="utf-8-sig").splitlines()
    except FileNotFoundError:
        raise AliasFileError(f"{path}: aliases file not found") from None
    except (OSError, UnicodeDecodeError) as exc:
        raise AliasFileError(f"{path}: cannot read aliases file ({exc})") from None
    return lines


def read_aliases(path: str | Path) -> Aliases:
    """The alias table of the CSV file at ``path``."""
    return parse_aliases(read_alias_rows(path), str(path))
