"""The dependency tree read once: a token's children, kept per Doc.

``Token.children`` builds new Token objects on every call, and the extractor asks for
the same verb's children a dozen times; the table in ``Doc.user_data`` makes each
token's children a list read once. A Doc is never edited once parsed, so the table
stays true.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

_CHILDREN = "kgbuilder_children"  # key of the table in Doc.user_data


def children(token: Token) -> list[Token]:
    """``list(token.children)``, made once per token of a Doc."""
    table = token.doc.user_data.get(_CHILDREN)
    if table is None:
        table = token.doc.user_data[_CHILDREN] = {}
    i = token.i
    found = table.get(i)
    if found is None:
        found = table[i] = list(token.children)
    return found


def forget(doc: Doc) -> None:
    """Drop the table: its Token objects point back at the Doc, and a Doc freed by
    reference counting alone, not by the cycle collector, keeps memory flat."""
    doc.user_data.pop(_CHILDREN, None)
