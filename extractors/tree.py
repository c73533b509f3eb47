"""The parsed Doc read once: its Tokens, entity Spans and each token's children, per Doc.

spaCy makes a new Token object on every ``doc[i]`` and every step of
``Token.children``, and the extractor looks at the same tokens and asks for the same
verb's children a dozen times. The tables here are made once per Doc, from its arrays,
and kept in ``Doc.user_data`` only while :func:`extractors.entity_map.entities_kept`
holds the document's entity map (:data:`KEPT`): their Tokens point back at the Doc, a
cycle only the collector frees, so the block that keeps them drops them. Outside such a
block each call works from the Doc alone. A Doc is never edited once parsed, so the
tables stay true.
"""

from __future__ import annotations

from spacy.attrs import HEAD
from spacy.tokens import Doc, Span, Token

KEPT = "kgbuilder_entity_spans"  # present while a block keeps the document's tables
TOKENS = "kgbuilder_tokens"  # key of the Token list in Doc.user_data
CHILDREN = "kgbuilder_children"  # key of the children table in Doc.user_data
ENTS = "kgbuilder_ents"  # key of the Doc's entity Spans in Doc.user_data
LISTED_TITLES = "kgbuilder_listed_titles"  # per token, the listed work title (titles.py)


def doc_tokens(doc: Doc) -> list[Token]:
    """``list(doc)``, one Token per position, made once per kept Doc."""
    data = doc.user_data
    found = data.get(TOKENS)
    if found is None:
        found = list(doc)
        if KEPT in data:
            data[TOKENS] = found
    return found


def doc_ents(doc: Doc) -> tuple[Span, ...]:
    """``doc.ents`` (about 0.4 µs per entity to make), made once per kept Doc."""
    data = doc.user_data
    found = data.get(ENTS)
    if found is None:
        found = doc.ents
        if KEPT in data:
            data[ENTS] = found
    return found


def span_of(doc: Doc, start: int, end: int) -> Span:
    """``doc[start:end]``: a Span made directly when the bounds are in range (spaCy's
    slice normalisation costs twice the Span itself), else as the slice would be."""
    if 0 <= start <= end <= len(doc):
        return Span(doc, start, end)
    return doc[start:end]


def children(token: Token) -> list[Token]:
    """``list(token.children)`` (in token order), read from a table made once per kept
    Doc."""
    data = token.doc.user_data
    table = data.get(CHILDREN)
    if table is None:
        if KEPT not in data:
            return list(token.children)
        table = data[CHILDREN] = _children_table(token.doc)
    return table[token.i]


def _children_table(doc: Doc) -> list[list[Token]]:
    """Per token, its children in token order, from the Doc's head offsets."""
    tokens = doc_tokens(doc)
    table: list[list[Token]] = [[] for _ in tokens]
    for i, offset in enumerate(doc.to_array(HEAD).astype("int64").tolist()):
        if offset:
            table[i + offset].append(tokens[i])
    return table


def forget_tables(doc: Doc) -> None:
    """Drop the token, children, entity and listed-title tables of ``doc``."""
    doc.user_data.pop(TOKENS, None)
    doc.user_data.pop(CHILDREN, None)
    doc.user_data.pop(ENTS, None)
    doc.user_data.pop(LISTED_TITLES, None)
