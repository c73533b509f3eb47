"""A mention's span without the words around a name that are no part of it: determiners,
quotes and possessive pronouns before, a possessive ending or punctuation after, and a
bracket NER ran the name into (``Federal Bureau of Investigation (FBI``)."""

from __future__ import annotations

from spacy.tokens import Span, Token

from .tree import doc_tokens, opens_bracket, span_of

_DROP_LEFT_DEPS = frozenset({"det", "predet", "punct", "case", "preconj", "cc"})


def trimmed(span: Span) -> Span:
    """``span`` without leading determiners/quotes and trailing possessives or punctuation."""
    start, end = span.start, span.end
    doc = span.doc
    tokens = doc_tokens(doc)
    while start < end:
        token = tokens[start]
        if not (token.dep_ in _DROP_LEFT_DEPS or token.is_punct
                or (token.dep_ == "poss" and token.pos_ == "PRON")):
            break
        start += 1
    while end > start:
        token = tokens[end - 1]
        if not (token.tag_ == "POS" or token.is_punct):
            break
        end -= 1
    if opens_bracket(doc, start, end):
        end = _before_open_bracket(tokens, start, end)  # "Federal Bureau of Investigation
        # (FBI": NER ran a name into the acronym that follows it in brackets
    return span_of(doc, start, end) if end > start else span


def _before_open_bracket(tokens: list[Token], start: int, end: int) -> int:
    """Where a span from ``start`` to ``end`` ends before a bracket it opens and never
    closes (``end`` when it closes every bracket it opens)."""
    depth, cut = 0, end
    for i in range(start, end):
        if tokens[i].text == "(":
            if depth == 0:
                cut = i
            depth += 1
        elif tokens[i].text == ")" and depth:
            depth -= 1
            if depth == 0:
                cut = end
    if depth == 0:
        return end
    while cut > start and tokens[cut - 1].is_punct:
        cut -= 1
    return cut
