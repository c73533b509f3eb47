"""Bodies news names by their kind and remit: ``the joint committee on Strategic Export
Controls``, ``a Commons committee on Standards and Privileges``. Such a phrase names one
body as surely as ``the Defence Committee`` does, but the NER takes only the remit (an
organisation ``Strategic Export Controls``) and the noun phrase stops at ``committee``:
it becomes a named mention of an organisation, labelled by the whole phrase.

A phrase is one when its head is a lowercase body noun (:data:`BODY_HEADS`), ``on`` comes
right after it, and the remit is a capitalised name (its inner words may be ``and``,
``of``, ``in``, ``for``, ``the``), never a person, place, nationality or date (``a
commission on Iraq`` is an inquiry about a country, not a body's name).
"""

from __future__ import annotations

from spacy.tokens import Token

from .lexicon import UNSPECIFIC_DETERMINERS
from .mention_cues import cues
from .records import Mention
from .tree import children, lefts, rights

# Nouns of a standing body with a remit. Written here from UK politics news.
BODY_HEADS = frozenset({"committee", "subcommittee", "commission", "panel", "taskforce"})
# Lowercase words a body's remit may hold between its capitalised words.
_REMIT_JOINS = frozenset({"and", "of", "in", "for", "the", "on"})
# Entity labels no remit is: a body named after one is about it, not called by it.
_NO_REMIT_LABELS = frozenset({"PERSON", "GPE", "NORP", "LOC", "DATE", "TIME", "CARDINAL",
                              "MONEY", "PERCENT", "ORDINAL", "QUANTITY"})


def _remit_end(head: Token) -> int | None:
    """Where a capitalised ``on`` remit right after ``head`` ends, or None."""
    after = rights(head)
    prep = after[0] if after else None
    if prep is None or prep.i != head.i + 1 or prep.dep_ != "prep" or prep.lower_ != "on":
        return None
    doc = head.doc
    end = prep.right_edge.i + 1
    words = doc[prep.i + 1:end]
    if not len(words) or not words[0].is_title or not words[-1].is_title:
        return None
    for word in words:
        if word.ent_type_ in _NO_REMIT_LABELS:
            return None
        if not (word.is_title or word.is_upper or word.lower_ in _REMIT_JOINS):
            return None
    return end


def described_body(head: Token) -> tuple[str, int, int] | None:
    """(label, start, end offsets) of the body ``head`` names with its remit, or None."""
    if head.lower_ not in BODY_HEADS or head.tag_ != "NN":
        return None
    end = _remit_end(head)
    if end is None:
        return None
    kept = []
    for child in lefts(head):
        if child.dep_ in ("det", "predet"):
            if child.lower_ in UNSPECIFIC_DETERMINERS:
                return None
            continue
        if child.dep_ == "poss" or any(c.dep_ == "case" for c in children(child)):
            return None  # "Labour's committee on X": the owner's, no name of its own
        kept.append(child)
    doc = head.doc
    start = min((c.left_edge.i for c in kept), default=head.i)
    span = doc[start:end]
    return " ".join(span.text.split()), span.start_char, span.end_char


def body_mention(head: Token) -> Mention | None:
    """The named mention of a body ``head`` heads by its remit (:func:`described_body`),
    or None."""
    found = described_body(head)
    if found is None:
        return None
    label, start, end = found
    return Mention(label, start, end, "entity", "ORG", head.text, **cues(head))
