"""Words the parser split at their hyphen, joined again before anything reads the parse.

spaCy's tokenizer splits a hyphenated word (``vice-president``, ``co-star``,
``e-mail``) into three tokens, and the small model often reads the three as siblings
with one label: ``the vice/attr -/attr president/attr``, so a copula or an apposition
gets three objects (``vice``, ``-``, ``president``) and the role loses its prefix
(``Burt Reynolds –co of→ Ossie Davis``). Such a word is one word: its last piece keeps
the label and the pieces before it hang from it (on 393 unseen BBC articles, 275 words,
mostly ``e-mail``, ``anti-...``, ``pre-...``, ``co-...``). It may also read the prefix
and the hyphen as siblings of one label and hang the last piece elsewhere: ``Tory
co/nsubj -/nsubj chairman/compound Liam Fox opened ...`` gives the verb two subjects ``co``
and ``-``; such a prefix and hyphen hang from the last piece too.
"""

from __future__ import annotations

import numpy
from spacy.attrs import DEP, HEAD, ORTH, SPACY
from spacy.strings import get_string_id
from spacy.tokens import Doc, Token

HYPHEN = get_string_id("-")
PREFIX_DEP = "compound"  # the piece before the hyphen: a modifier of the word's last piece
HYPHEN_DEP = "punct"


def split_hyphenated_words(doc: Doc) -> list[tuple[int, int, int]]:
    """``(prefix, hyphen, last)`` token positions of each word written with a hyphen and no
    space that the parse reads as three siblings of one head with one label, or whose
    prefix and hyphen are such siblings while the last piece hangs elsewhere (never from
    the prefix or the hyphen)."""
    if len(doc) < 3:
        return []
    table = doc.to_array([ORTH, SPACY, HEAD, DEP]).astype("int64")
    middles = numpy.flatnonzero(table[1:-1, 0] == HYPHEN) + 1
    if not len(middles):
        return []
    found = []
    for i in middles.tolist():
        (_, spaced_before, offset_before, dep_before), hyphen = table[i - 1], table[i]
        after = table[i + 1]
        if spaced_before or hyphen[1] or not offset_before:
            continue
        head = i - 1 + offset_before
        if head != i + hyphen[2] or head in (i - 1, i, i + 1) or dep_before != hyphen[3]:
            continue
        if (head == i + 1 + after[2] and dep_before == after[3]) \
                or i + 1 + after[2] not in (i - 1, i):
            found.append((i - 1, i, i + 1))
    return found


def join_split_words(doc: Doc) -> int:
    """Hang each :func:`split_hyphenated_words` prefix and hyphen from the word's last
    piece, in place (before any table of the Doc is made); the number of words joined."""
    words = split_hyphenated_words(doc)
    if not words:
        return 0
    heads = (doc.to_array([HEAD]).astype("int64").ravel()
             + numpy.arange(len(doc))).tolist()  # each token's head, kept as we hang
    joined = 0
    for prefix, hyphen, last in words:
        if _descends_from(last, {prefix, hyphen}, heads):
            continue  # the last piece under the prefix or hyphen: hanging them would loop
        for piece, dep in ((prefix, PREFIX_DEP), (hyphen, HYPHEN_DEP)):
            doc[piece].head, doc[piece].dep_ = doc[last], dep
            heads[piece] = last
        joined += 1
    return joined


def _descends_from(token: int, ancestors: set[int], heads: list[int]) -> bool:
    """Whether one of ``ancestors`` is on the way from ``token`` to its sentence's root."""
    for _ in range(len(heads)):
        head = heads[token]
        if head in ancestors:
            return True
        if head == token:
            return False
        token = head
    return True  # no root reached: treat as looping


def is_joining_hyphen(token: Token) -> bool:
    """A hyphen :func:`join_split_words` hung inside a word: no space on either side."""
    return (token.dep_ == HYPHEN_DEP and token.text == "-" and not token.whitespace_
            and token.i > 0 and not token.doc[token.i - 1].whitespace_)


def written_lower(tokens: list[Token]) -> str:
    """``tokens`` lowercased as written: one space between words, none inside a word
    (``co-author``)."""
    parts: list[str] = []
    for k, token in enumerate(tokens):
        glued = k and tokens[k - 1].i == token.i - 1 and not tokens[k - 1].whitespace_
        parts.append(token.lower_ if glued or not k else " " + token.lower_)
    return "".join(parts)
