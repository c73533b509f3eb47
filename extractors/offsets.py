"""Spaces beside a joined line break, taken out before parsing and put back after.

A word hyphenated at a line end (``Jean-⏎Pierre``) loses the break itself the same way.

A line wrapped by ``fold -s`` (or sent as format=flowed mail) ends in a space, so once its
line break is read as a space (:func:`kgbuilder.extractors.cleaning.join_wrapped_lines`)
two spaces stand between two words, and spaCy makes the second a token of its own, which
the small model reads as a break inside a name (``Yulia  Tymoshenko``). Those extra
characters are deleted from the text the parser sees (:func:`doubled_at_joins`,
:func:`without`) and every offset of the results is then mapped back into the text as
given (:func:`restored`), so evidence still points at the document's own characters.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from dataclasses import replace

from .records import DocumentExtractions, Extraction, Mention, Phrase, Sentence

_BLANKS = " \t\r"


def doubled_at_joins(original: str, cleaned: str) -> list[int]:
    """Offsets of the whitespace beside each line break of ``original`` that ``cleaned``
    joined (turned into a space): deleting them leaves exactly one space there, or none
    after a hyphen inside a word."""
    removed: list[int] = []
    position = original.find("\n")
    while position != -1:
        if cleaned[position] == " ":  # a joined break
            left = position
            while left > 0 and cleaned[left - 1] in _BLANKS:
                left -= 1
            right = position + 1
            while right < len(cleaned) and cleaned[right] in _BLANKS:
                right += 1
            # A word hyphenated at the line end (Jean-⏎Pierre) joins with no space at all.
            hyphenated = (left >= 2 and cleaned[left - 1] == "-" and cleaned[left - 2].isalpha()
                          and right < len(cleaned) and cleaned[right].isalpha())
            removed.extend(i for i in range(left, right) if hyphenated or i != position)
        position = original.find("\n", position + 1)
    return removed


def without(text: str, removed: list[int]) -> str:
    """``text`` with the characters at the (sorted) offsets ``removed`` deleted."""
    if not removed:
        return text
    parts, start = [], 0
    for offset in removed:
        parts.append(text[start:offset])
        start = offset + 1
    parts.append(text[start:])
    return "".join(parts)


class _Mapping:
    """Offsets in the text without ``removed`` → offsets in the text with them."""

    def __init__(self, removed: list[int]) -> None:
        # Where each deleted character would stand in the shortened text.
        self.landing = [offset - k for k, offset in enumerate(removed)]

    def start(self, offset: int) -> int:
        """A start offset: after every deleted character in front of it."""
        return offset + bisect_right(self.landing, offset) if offset >= 0 else offset

    def end(self, offset: int) -> int:
        """An end offset: deleted characters right after a span stay outside it."""
        return offset + bisect_left(self.landing, offset) if offset >= 0 else offset


def restored(result: DocumentExtractions, removed: list[int]) -> DocumentExtractions:
    """``result`` (offsets in the text without ``removed``) with every offset in the text
    as given. Texts stay as parsed: a name reads ``Yulia Tymoshenko``."""
    if not removed:
        return result
    at = _Mapping(removed)

    def mention(m: Mention | None) -> Mention | None:
        if m is None:
            return None
        return replace(m, start=at.start(m.start), end=at.end(m.end),
                       sentence=at.start(m.sentence), clause=at.start(m.clause))

    def phrase(p: Phrase) -> Phrase:
        return replace(p, start=at.start(p.start), end=at.end(p.end))

    def extraction(e: Extraction) -> Extraction:
        s = e.sentence
        return replace(e, sentence=Sentence(s.text, at.start(s.start), at.end(s.end)),
                       subject=mention(e.subject),
                       objects=tuple(mention(o) for o in e.objects),
                       arguments=tuple(phrase(p) for p in e.arguments),
                       attributed_to=mention(e.attributed_to))

    return replace(result, mentions=tuple(mention(m) for m in result.mentions),
                   extractions=tuple(extraction(e) for e in result.extractions))
