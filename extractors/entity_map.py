"""A document's entity map (token → the NER span covering it) and the mended names of
its entities, worked out once per Doc and shared by mentions and facts.

Both live in ``Doc.user_data`` only while :func:`entities_kept` holds them: their Spans
point back at the Doc (a cycle only the collector frees) and ``Doc.to_bytes`` cannot
write them, so every public extraction function drops them before it returns.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from spacy.tokens import Doc, Span

from .spans import MENDED, is_age_nominal
from .tree import ENTS, KEPT, doc_ents, forget_tables

_ENTITY_SPANS = KEPT  # key of the map in Doc.user_data; the tree's tables live with it
CLAUSE_STARTS = "kgbuilder_clause_starts"  # per token, its clause's start (mentions.py)


def entity_spans(doc: Doc) -> dict[int, Span]:
    """Map of token index to the named-entity span that covers it (an age standing for a
    person, ``the 25-year-old has ...``, is no date: see :func:`is_age_nominal`). Made
    once and kept while :func:`entities_kept` holds it; not to be edited."""
    spans = doc.user_data.get(_ENTITY_SPANS)
    if spans is None:
        ents = doc_ents(doc)
        spans = doc.user_data[_ENTITY_SPANS] = {
            i: ent for ent in ents if not is_age_nominal(ent)
            for i in range(ent.start, ent.end)}
        doc.user_data[ENTS] = ents  # kept with the map (see extractors/tree.py)
    return spans


def forget_entities(doc: Doc) -> None:
    """Drop the entity map and mended names kept in ``doc`` (their Spans point back at
    the Doc, which reference counting alone should free), and the clause and token
    tables made with them."""
    doc.user_data.pop(_ENTITY_SPANS, None)
    doc.user_data.pop(MENDED, None)
    doc.user_data.pop(CLAUSE_STARTS, None)
    forget_tables(doc)


@contextmanager
def entities_kept(doc: Doc) -> Iterator[None]:
    """The entity map and mended names of ``doc`` kept for the block, then dropped (even
    on an error), unless an enclosing block keeps them: a Doc leaves every public
    function as it came (no stale map if its entities change later, nothing that
    ``Doc.to_bytes`` cannot write)."""
    outer = _ENTITY_SPANS in doc.user_data or MENDED in doc.user_data
    try:
        yield
    finally:
        if not outer:
            forget_entities(doc)
