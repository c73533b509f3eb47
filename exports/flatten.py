"""Attribute values flattened for formats that hold only scalars (GraphML, CSV).

Generic, whatever the attributes are: ``None`` becomes empty (the value is left out in
GraphML, an empty cell in CSV); lists and dicts become JSON text (``json.loads`` gives
them back, keys sorted); bool, int, float and str stay as they are. An attribute whose
values are of several kinds is text throughout (ints and floats together: float).
Characters XML cannot hold (control characters other than tab and line breaks, lone
surrogates) become U+FFFD.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Mapping

_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")


def clean_text(text: str) -> str:
    """``text`` with characters XML 1.0 cannot hold replaced by U+FFFD."""
    return _NOT_XML.sub("\ufffd", text)


def flat_value(value: object) -> bool | int | float | str | None:
    """One attribute value as a scalar: lists and dicts as JSON text, None kept."""
    if value is None or isinstance(value, (bool, int, float)):
        return value
    if isinstance(value, str):
        return clean_text(value)
    if isinstance(value, (list, tuple, set, frozenset, dict)):
        if isinstance(value, (set, frozenset)):
            value = sorted(value, key=str)
        return clean_text(json.dumps(value, ensure_ascii=False, sort_keys=True, default=str))
    return clean_text(str(value))


def column_types(rows: Iterable[Mapping[str, object]]) -> dict[str, type]:
    """Each attribute's one type over ``rows`` (bool, int, float or str), names sorted."""
    seen: dict[str, set[type]] = {}
    for row in rows:
        for name, value in row.items():
            kinds = seen.setdefault(name, set())
            if value is not None:
                kinds.add(type(flat_value(value)))
    types: dict[str, type] = {}
    for name in sorted(seen):
        kinds = seen[name]
        if kinds and kinds <= {bool}:
            types[name] = bool
        elif kinds and kinds <= {int}:
            types[name] = int
        elif kinds and kinds <= {int, float}:
            types[name] = float
        else:
            types[name] = str
    return types


def typed(value: object, kind: type) -> bool | int | float | str | None:
    """``value`` flattened and given the column's type ``kind`` (None stays None)."""
    flat = flat_value(value)
    if flat is None:
        return None
    if kind is str and isinstance(flat, bool):
        return str(flat).lower()
    return kind(flat)
