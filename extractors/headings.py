"""Headlines and sub-headings read as sentences: a capitalised line without closing
punctuation, whose names NER misreads ("Trump Halts Second Wave of Attacks")."""

from __future__ import annotations

from spacy.tokens import Span

_CLOSING = frozenset('.!?:;"\'”’)]')  # not "…": a heading may trail off


def _last_character(sentence: Span) -> str:
    """The last character of ``sentence`` that is no whitespace ("" if none), read from
    its last tokens only (``Span.text`` makes a Token object per word)."""
    for i in range(len(sentence) - 1, -1, -1):
        text = sentence[i].text.rstrip()
        if text:
            return text[-1]
    return ""


def is_heading(sentence: Span) -> bool:
    """A headline or sub-heading: no closing punctuation, and at least three in four of
    its content words capitalised. NER reads such lines as strings of names ("Trump
    Halts Second Wave of Attacks")."""
    if _last_character(sentence) in ("", *_CLOSING):  # most sentences: decided by it
        return False
    words = [t for t in sentence if t.is_alpha and not t.is_stop]
    if len(words) < 2:
        return False
    capitalised = sum(1 for t in words if t.text[0].isupper())
    return 4 * capitalised >= 3 * len(words)
