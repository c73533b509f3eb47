"""Name spans NER cut or missed, mended with the parse (no extra spaCy pass).

- A score or count after a name is no part of it (``beating Argentina 3-0``).
- A place or nationality NER tagged alone, followed by proper nouns it modifies, is the
  start of a longer name (``UK Online``, ``Gisela Dulko`` when NER tags ``Gisela``); the
  longer name's kind is left for resolution to judge.
- A year before an event's name belongs to it (``the 2003 World Cup``).
- A lone capitalised proper noun inside a sentence that NER left unlabelled is a name
  (``the Premiership``, ``Bluetooth``), unless it is a title, a month or a plural role.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Span

from .lexicon import CALENDAR_WORDS, HONORIFICS, ROLE_WORDS

_SCORE = re.compile(r"\d+(?:[-–]\d+)*")
CONTINUED_LABELS = frozenset({"GPE", "NORP", "LOC"})
TRIMMED_LABELS = frozenset({"PERSON", "GPE", "LOC", "NORP"})
_NOT_NAMES = ROLE_WORDS | HONORIFICS | CALENDAR_WORDS


def _name_word(token, inside: set[int]) -> bool:
    """A capitalised proper noun outside every entity, no role word or month."""
    return (token.pos_ == "PROPN" and token.text[:1].isupper() and token.is_alpha
            and token.i not in inside and token.lower_ not in _NOT_NAMES
            and token.lower_.rstrip("s") not in _NOT_NAMES)


def mended(ent: Span, inside: set[int]) -> tuple[Span, str]:
    """The span and NER-style label of the name ``ent`` stands for (``inside``: the
    tokens of every entity of the document)."""
    doc = ent.doc
    start, end, label = ent.start, ent.end, ent.label_
    if label in TRIMMED_LABELS:
        while end - 1 > start and (_SCORE.fullmatch(doc[end - 1].text)
                                   or doc[end - 1].text in ("-", "–")):
            end -= 1
    if label in CONTINUED_LABELS and end == ent.end:
        last = end
        while last < len(doc) and _name_word(doc[last], inside) \
                and doc[last - 1].dep_ == "compound" and doc[last - 1].head.i >= last:
            last += 1
        if last > end:
            end, label = last, ""  # "UK Online": what the whole names is resolution's to say
    year = doc[start - 1] if start > 0 else None
    if label == "EVENT" and year is not None and year.like_num and len(year.text) == 4 \
            and (start <= year.head.i < end or year.head.i == ent.root.head.i):
        start -= 1  # "the 2003 World Cup", "the 2003 World Cup final"
    return doc[start:end], label


def lone_names(doc: Doc, inside: set[int]) -> list[Span]:
    """Single capitalised proper nouns NER left unlabelled, inside a sentence and next to
    no other capitalised word (runs of them are :func:`.mentions.title_case_names`')."""
    found = []
    for token in doc:
        if token.is_sent_start or not _name_word(token, inside):
            continue
        neighbours = [doc[i] for i in (token.i - 1, token.i + 1) if 0 <= i < len(doc)]
        if any(n.text[:1].isupper() or n.i in inside or n.lower_ in ("of", "and", "&")
               for n in neighbours if not n.is_punct):
            continue
        found.append(doc[token.i:token.i + 1])
    return found
