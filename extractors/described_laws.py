"""Laws and measures news names by a description instead of a name: ``a proposed European
law on software patents``, ``the EU embargo on arms exports to China``, ``the ban on
hunting with dogs``. Such a phrase names one thing as surely as ``the Hunting Act`` does,
and later ``the law``, ``the ban`` stand for it (graph/law_nominals.py), so it becomes a
named mention (label ``LAW``, typed Legislation) instead of a noun phrase cut at its head
(``EU embargo``).

A phrase is one when its head is a law or measure noun (:data:`~.lexicon.DESCRIBED_LAW_HEADS`,
singular), an ``on``/``against`` phrase right after the head says what it is about (never
a person: ``a ban on Smith`` is a sports penalty), and no determiner makes it any law (``no
ban on X``). Its label is the phrase without determiners, possessive pronouns, stage words
(``proposed``, ``new``: :data:`~.lexicon.LAW_STAGE_WORDS`) and an age (``15-year-old``),
cut before a comma, a clause or a conjunction of the complement, at most
:data:`~.lexicon.MAX_LAW_WORDS` words.
"""

from __future__ import annotations

import re

from spacy.tokens import Span, Token

from .lexicon import (
    DESCRIBED_LAW_HEADS,
    DESCRIBED_LAW_PREPOSITIONS,
    LAW_STAGE_WORDS,
    MAX_LAW_WORDS,
    UNSPECIFIC_DETERMINERS,
)
from .mention_cues import cues
from .records import Mention
from .tree import children, lefts, rights, span_of, word_ids

LAW_HEAD_IDS = word_ids(*DESCRIBED_LAW_HEADS)  # lowercase ids, as token_codes gives them
LAW_LABEL = "LAW"  # spaCy's label for laws: the graph types it Legislation
_AGE = re.compile(r"[\w]+-(?:year|month|week|day)-old", re.IGNORECASE)  # "15-year-old"
_DROPPED_DEPS = frozenset({"det", "predet", "punct", "case", "preconj", "cc"})
# Dependencies of a clause inside the complement, not set off by a comma: the phrase goes
# on in it ("a ban on heirs marrying Catholics"), and no label cut short of it says which.
_CLAUSE_DEPS = frozenset({"relcl", "acl", "advcl", "ccomp", "mark", "parataxis"})
# Dependencies the label stops before: a second conjunct or an apposition.
_CUT_DEPS = frozenset({"appos", "cc", "conj"})
# Prepositions that go on with a noun's phrase far more often than a verb's ("exports to
# China", "sale of arms", "imports from the US"): one right after the complement that the
# parse hung elsewhere leaves the label cut short.
_NOUN_PREPOSITIONS = frozenset({"to", "of", "from"})
# Words that make a bare noun stand for something said before ("a ban on the activity").
_ANAPHORIC_DETERMINERS = frozenset({"the", "this", "that", "these", "those", "its", "their",
                                    "his", "her"})
_OBJECT_DEPS = frozenset({"pobj", "pcomp"})
_HYPHENS = frozenset({"-", "\u2010", "\u2011"})
_TRAILING_POS = frozenset({"ADP", "DET", "CCONJ", "PUNCT", "PART", "SCONJ"})


def _kept_left(head: Token) -> list[Span] | None:
    """The pieces of the head's left modifiers a label keeps (scope and kind words:
    ``EU``, ``European``, ``arms``), or None when a determiner makes the phrase any law."""
    pieces: list[Span] = []
    for child in lefts(head):
        if child.dep_ in ("det", "predet") and child.lower_ in UNSPECIFIC_DETERMINERS:
            return None
        if child.dep_ in _DROPPED_DEPS or (child.dep_ == "poss" and child.pos_ == "PRON"):
            continue
        first = child.left_edge.i
        while first < child.i and head.doc[first].dep_ in ("det", "predet"):
            first += 1  # "the European Union's ban": the possessor's article
        span = span_of(head.doc, first, child.right_edge.i + 1)
        if span.text.casefold() in LAW_STAGE_WORDS:
            continue
        if _AGE.fullmatch(span.text.replace(" ", "")):
            continue
        if child.pos_ in ("VERB", "AUX") and child.dep_ != "amod":
            return None  # a clause before the head: no phrase of a law's
        pieces.append(span)
    return pieces


def _anaphoric(noun: Token) -> bool:
    """Whether a complement's noun only points back (``the activity``, ``this practice``):
    a definite article or a possessive pronoun and nothing else beside it."""
    beside = children(noun)
    return len(beside) == 1 and beside[0].lower_ in _ANAPHORIC_DETERMINERS


def _phrase_end(head: Token, prep: Token) -> int:
    """Where the complement ends: after ``prep``'s phrase and any ``to``/``of``/``from``
    phrase of the head right after it (``embargo on oil sales | to Iran``)."""
    end, doc = prep.right_edge.i + 1, head.doc
    while end < len(doc) and doc[end].head.i == head.i and doc[end].dep_ == "prep" \
            and doc[end].lower_ in _NOUN_PREPOSITIONS:
        end = doc[end].right_edge.i + 1
    return end


def _complement(head: Token) -> Span | None:
    """The ``on``/``against`` phrase right after ``head`` (``on arms exports to China``),
    cut before a comma, clause or conjunction, or None."""
    after = rights(head)
    prep = after[0] if after else None
    if prep is None or prep.i != head.i + 1 or prep.dep_ != "prep" \
            or prep.lower_ not in DESCRIBED_LAW_PREPOSITIONS:
        return None
    objects = [c for c in children(prep) if c.dep_ in _OBJECT_DEPS]
    if not objects or objects[0].ent_type_ == "PERSON" or objects[0].pos_ == "PRON" \
            or _anaphoric(objects[0]):
        return None  # "a ban on Smith", "a law on it", "a ban on the activity"
    doc = head.doc
    end = _phrase_end(head, prep)
    for i in range(prep.i + 1, end):
        token = doc[i]
        if token.is_punct and token.text not in _HYPHENS and not token.is_quote:
            end = i
            break
        if token.dep_ in _CLAUSE_DEPS:
            return None  # "the ban on heirs marrying Catholics": no label cut short of it
        if token.dep_ in _CUT_DEPS:
            end = i
            break
    if end == _phrase_end(head, prep) and end < len(doc) \
            and doc[end].lower_ in _NOUN_PREPOSITIONS:
        return None  # "a ban on heirs | to the throne": the parse hung the rest elsewhere
    while end > prep.i + 1 and doc[end - 1].pos_ in _TRAILING_POS \
            and doc[end - 1].text not in _HYPHENS:
        end -= 1
    return span_of(doc, prep.i, end) if end > prep.i + 1 else None


def described_law(head: Token) -> tuple[str, int, int] | None:
    """(label, start, end offsets) of the law or measure ``head`` heads by description,
    or None when its phrase is no such name."""
    if head.lower_ not in DESCRIBED_LAW_HEADS or head.tag_ != "NN":
        return None
    complement = _complement(head)
    if complement is None:
        return None
    left = _kept_left(head)
    if left is None:
        return None
    doc = head.doc
    pieces = [*left, span_of(doc, head.i, head.i + 1), complement]
    label = " ".join(" ".join("".join(t.text_with_ws for t in piece if not t.is_quote)
                              .split()) for piece in pieces)
    if len(label.split()) > MAX_LAW_WORDS:
        return None
    return label, pieces[0].start_char, complement.end_char


def law_mention(head: Token) -> Mention | None:
    """The named mention of a law ``head`` heads by description (:func:`described_law`),
    or None."""
    found = described_law(head)
    if found is None:
        return None
    label, start, end = found
    return Mention(label, start, end, "entity", LAW_LABEL, head.text, **cues(head))
