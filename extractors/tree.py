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

from bisect import bisect_left
from collections.abc import Callable
from typing import TypeVar

import numpy
from spacy.attrs import DEP, HEAD, IS_QUOTE, LOWER, ORTH, POS, TAG
from spacy.strings import get_string_id
from spacy.tokens import Doc, Span, Token

KEPT = "kgbuilder_entity_spans"  # present while a block keeps the document's tables
TOKENS = "kgbuilder_tokens"  # key of the Token list in Doc.user_data
CHILDREN = "kgbuilder_children"  # key of the children table in Doc.user_data
ENTS = "kgbuilder_ents"  # key of the Doc's entity Spans in Doc.user_data
LISTED_TITLES = "kgbuilder_listed_titles"  # per token, the listed work title (titles.py)
LOWERS = "kgbuilder_lowers"  # the Doc's lowercase word ids, as a set
OPENINGS = "kgbuilder_openings"  # token indices of the Doc's opening brackets
PIECES = "kgbuilder_pieces"  # per token, its text and whitespace as a label writes it
T = TypeVar("T")
CODES = "kgbuilder_codes"  # per token, its (dependency, tag, lowercase, part of speech) ids
PARTICLES = "kgbuilder_particles"  # per verb, its particles (verb_groups.particles_of)
PASSIVES = "kgbuilder_passives"  # per verb, whether it is passive (arguments.is_passive)
QUOTES = "kgbuilder_quotes"  # token indices of the Doc's quote marks
SIDES = "kgbuilder_sides"  # per token, its children before it and after it
NAMES = "kgbuilder_names"  # per named entity, its mention (mentions.named_mention)
NAMES_ELSEWHERE = "kgbuilder_names_elsewhere"  # names inside sentences (nominals.py)


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
    """``doc.ents`` (about 0.4 µs per entity to make), made once per kept Doc, mended:
    an entity the parse reads as names side by side is split at its commas
    (:func:`subtree_pieces`), at a joining word or an ``and`` between two names
    (:func:`_joined_pieces`); a possessive or an opening adverb NER ran in is cut off
    (:func:`_mended`); a "name" without a capital letter is dropped
    (:func:`_uncapitalised_name`)."""
    data = doc.user_data
    found = data.get(ENTS)
    if found is None:
        found = doc.ents
        if any(doc[ent.start:ent.end - 1].text.find(",", 1) > 0 for ent in found
               if ent.end - ent.start > 2):
            found = tuple(piece for ent in found for piece in subtree_pieces(ent))
        if any(_owner_end(ent) or _opening_adverb(ent) for ent in found):
            found = tuple(_mended(ent) for ent in found)
        if any(ent.end - ent.start > 2 and ent.label in _JOINED_NAME_LABELS
               and any(_joins_two_names(t, ent) for t in ent[1:-1]) for ent in found):
            found = tuple(piece for ent in found for piece in _joined_pieces(ent))
        if any(_uncapitalised_name(ent) for ent in found):
            found = tuple(ent for ent in found if not _uncapitalised_name(ent))
        if KEPT in data:
            data[ENTS] = found
    return found


_PERSON = get_string_id("PERSON")
_POSSESSIVE_TAG = get_string_id("POS")


def _owner_end(ent: Span) -> int | None:
    """Where a person's name ends inside a PERSON entity that runs on past a possessive
    (``Bill Cosby's TV``: the person is Bill Cosby, the TV is his), else None."""
    if ent.label != _PERSON or ent.end - ent.start < 3:
        return None
    return next((t.i for t in ent[1:-1] if t.tag == _POSSESSIVE_TAG), None)


_OPENING_WORD_POS = frozenset({get_string_id(p) for p in ("ADV", "CCONJ", "SCONJ", "INTJ")})


def _opening_adverb(ent: Span) -> bool:
    """An entity that takes in the adverb opening its sentence (``Nevertheless Franz
    Ferdinand``): the name starts after it."""
    return ent.end - ent.start > 1 and ent[0].is_sent_start and ent[0].pos in _OPENING_WORD_POS


def _mended(ent: Span) -> Span:
    """``ent`` without an opening adverb and cut at a person's possessive."""
    start = ent.start + 1 if _opening_adverb(ent) else ent.start
    end = _owner_end(ent) or ent.end
    return ent if (start, end) == (ent.start, ent.end) else \
        Span(ent.doc, start, end, label=ent.label)


# NER labels of proper names, which English capitalises (a law may be "section 5").
_CAPITALISED_LABELS = frozenset({get_string_id(label) for label in (
    "PERSON", "ORG", "GPE", "LOC", "NORP", "FAC", "PRODUCT", "EVENT", "WORK_OF_ART",
    "LANGUAGE")})


def _uncapitalised_name(ent: Span) -> bool:
    """A name the NER found without one capital letter (``customers``, ``striker``,
    ``anabolic steroids``, ``7:39.89`` as places or firms): common words and numbers, no
    name; a product named by a number (Boeing's ``777``) is one, and so is a lowercase
    word the tagger reads as a proper noun (the cable firm ``ntl``)."""
    if ent.label not in _CAPITALISED_LABELS:
        return False
    text = ent.text
    return text == text.lower() and not (ent.label == _PRODUCT and text.isdigit()) \
        and not all(t.pos == _PROPN for t in ent)  # "777"; a firm that writes itself "ntl"


# NER labels of names that a lowercase preposition or conjunction never holds together
# (a work's title may: "Return to Oz").
_JOINED_NAME_LABELS = frozenset({get_string_id(label) for label in
                                 ("ORG", "GPE", "LOC", "FAC", "NORP", "PERSON")})
_PROPN = get_string_id("PROPN")
_PRODUCT = get_string_id("PRODUCT")
# Lowercase words that join two names but sit in none (a name's own connectors do: "Bank
# of England", "Newcastle upon Tyne", "Commission on Social Justice"). English; written here.
_JOINING_WORDS = frozenset({get_string_id(w) for w in (
    "to", "when", "while", "after", "before", "against", "than", "into", "from", "over")})


def _joins_two_names(token: Token, ent: Span) -> bool:
    """A lowercase preposition or conjunction between two capitalised words inside one
    NER span ``ent``, which then names two things (``Arsenal to Real Madrid``,
    ``Southampton when Arsenal``; never one inside a hyphenated place, ``Stoke-on-Trent``),
    or an ``and`` between two names of two words or more (:func:`_and_joins_two_names`)."""
    if token.orth in _AND_WORDS:
        return _and_joins_two_names(token, ent)
    if token.orth not in _JOINING_WORDS:
        return False
    before, after = token.doc[token.i - 1], token.doc[token.i + 1]
    return before.pos == _PROPN and before.text[:1].isupper() and after.text[:1].isupper() \
        and before.whitespace_ != "" and token.whitespace_ != ""


# "&" joins a firm's own name ("Daily Mail & General Trust"): only "and" may join two names
_AND_WORDS = frozenset({get_string_id("and")})
_DETERMINER_THE = get_string_id("the")


def _and_joins_two_names(token: Token, ent: Span) -> bool:
    """Whether ``and`` inside ``ent`` joins two capitalised names of two words or more
    (``the Film Council and Channel 4``, ``Apple Insider and Think Secret``): one name
    of one word and another is a name of its own (``Trinidad and Tobago``, ``Marks and
    Spencer``, ``Procter and Gamble``), and so is any with a lowercase word in it
    (``London School of Economics and Political Science``, ``St Vincent and the
    Grenadines``). Three names joined by two ``and`` stay one span (each side then holds
    a lowercase ``and``): precision first."""
    start = ent.start + (ent[0].lower == _DETERMINER_THE)
    left, right = token.doc[start:token.i], token.doc[token.i + 1:ent.end]
    if len(left) < 2 or len(right) < 2 or not all(
            t.text[:1].isupper() or t.text[:1].isdigit() for t in (*left, *right)):
        return False
    # the parse must coordinate the two: the right name a conjunct of the left one, the
    # left no modifier of the right ("US Securities and Exchange Commission")
    return any(t.dep_ == "conj" and left.start <= t.head.i < left.end for t in right) \
        and not any(right.start <= t.head.i < right.end for t in left)


def _joined_pieces(ent: Span) -> list[Span]:
    """``ent`` as the names a joining word inside it separates (:func:`_joins_two_names`)."""
    if ent.end - ent.start <= 2 or ent.label not in _JOINED_NAME_LABELS:
        return [ent]
    pieces, start = [], ent.start
    for token in ent[1:-1]:
        if _joins_two_names(token, ent):
            pieces.append(Span(ent.doc, start, token.i, label=ent.label))
            start = token.i + 1
    return [*pieces, Span(ent.doc, start, ent.end, label=ent.label)] if pieces else [ent]


def subtree_pieces(ent: Span) -> list[Span]:
    """``ent`` cut at each inner comma whose two sides no dependency joins: NER's
    ``Burnley, Crystal Palace`` in "Liverpool travel to Burnley, Crystal Palace go to
    Sunderland" is two names (``Auckland, New Zealand`` and "the Department of the
    Environment, Food and Rural Affairs" hold together through the parse)."""
    doc, pieces, start = ent.doc, [], ent.start
    for comma in range(ent.start + 1, ent.end - 1):
        if doc[comma].text != ",":
            continue
        before, after = range(start, comma), range(comma + 1, ent.end)
        if not any(doc[i].head.i in after for i in before) \
                and not any(doc[i].head.i in before for i in after):
            pieces.append(Span(doc, start, comma, label=ent.label))
            start = comma + 1
    pieces.append(Span(doc, start, ent.end, label=ent.label) if pieces else ent)
    return pieces


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


def _sides_table(doc: Doc) -> list[tuple[list[Token], list[Token]]]:
    """Per token, its children before it and after it (the children table split)."""
    table = kept_table(doc, CHILDREN, _children_table)
    counts = [0] * len(doc)
    for i, offset in enumerate(doc.to_array(HEAD).astype("int64").tolist()):
        if offset > 0:
            counts[i + offset] += 1
    return [(kids[:n], kids[n:]) for kids, n in zip(table, counts, strict=True)]


def _sides(token: Token) -> tuple[list[Token], list[Token]] | None:
    """The children before and after ``token`` from the kept table, None outside a block."""
    data = token.doc.user_data
    table = data.get(SIDES)
    if table is None:
        if KEPT not in data:
            return None
        table = kept_table(token.doc, SIDES, _sides_table)
    return table[token.i]


def lefts(token: Token) -> list[Token]:
    """``list(token.lefts)``, read from a table made once per kept Doc."""
    sides = _sides(token)
    return list(token.lefts) if sides is None else sides[0]


def rights(token: Token) -> list[Token]:
    """``list(token.rights)``, read from a table made once per kept Doc."""
    sides = _sides(token)
    return list(token.rights) if sides is None else sides[1]


def forget_tables(doc: Doc) -> None:
    """Drop the token, children, entity and listed-title tables of ``doc``."""
    doc.user_data.pop(TOKENS, None)
    doc.user_data.pop(CHILDREN, None)
    doc.user_data.pop(ENTS, None)
    doc.user_data.pop(LISTED_TITLES, None)
    doc.user_data.pop(LOWERS, None)
    doc.user_data.pop(OPENINGS, None)
    doc.user_data.pop(CODES, None)
    doc.user_data.pop(PIECES, None)
    doc.user_data.pop(NAMES, None)
    doc.user_data.pop(SIDES, None)
    doc.user_data.pop(QUOTES, None)
    doc.user_data.pop(PARTICLES, None)
    doc.user_data.pop(PASSIVES, None)
    doc.user_data.pop(NAMES_ELSEWHERE, None)


def word_ids(*words: str) -> frozenset[int]:
    """The string ids of ``words`` (spaCy's hashes, as :func:`doc_has_any` compares)."""
    return frozenset(get_string_id(w) for w in words)


def kept_table(doc: Doc, key: str, make: Callable[[Doc], T]) -> T:
    """The table ``make`` reads off ``doc``, made once and kept under ``key`` while a
    block keeps the Doc's tables (:data:`KEPT`); made afresh outside one."""
    data = doc.user_data
    table = data.get(key)
    if table is None:
        table = make(doc)
        if KEPT in data:
            data[key] = table
    return table


def kept_answers(doc: Doc, key: str) -> dict:
    """A dict of answers about ``doc`` kept under ``key`` while a block keeps the Doc's
    tables (:data:`KEPT`), so a question asked again is answered once; a throwaway dict
    outside one."""
    data = doc.user_data
    if KEPT not in data:
        return {}
    found = data.get(key)
    if found is None:
        found = data[key] = {}
    return found


def _lowers(doc: Doc) -> set[int]:
    return set(doc.to_array(LOWER).tolist())


def doc_has_any(doc: Doc, ids: frozenset[int]) -> bool:
    """Whether a word of ``doc``, lowercased, has one of the string ``ids``
    (:func:`word_ids`): a rule for rare words asks once per Doc instead of per verb."""
    return not kept_table(doc, LOWERS, _lowers).isdisjoint(ids)


_OPEN_BRACKET = get_string_id("(")


def _openings(doc: Doc) -> list[int]:
    return [i for i, orth in enumerate(doc.to_array(ORTH).tolist()) if orth == _OPEN_BRACKET]


def opens_bracket(doc: Doc, start: int, end: int) -> bool:
    """Whether a token from ``start`` to ``end`` is an opening bracket, read from the
    positions of the Doc's brackets instead of each token's text."""
    openings = kept_table(doc, OPENINGS, _openings)
    k = bisect_left(openings, start)
    return k < len(openings) and openings[k] < end


def _quotes(doc: Doc) -> list[int]:
    return numpy.flatnonzero(doc.to_array(IS_QUOTE)).tolist()


def quote_marks(doc: Doc, start: int, end: int) -> list[int]:
    """The token indices of the quote marks from ``start`` to ``end`` (exclusive), read
    from the positions of the Doc's quote marks instead of each token."""
    quotes = kept_table(doc, QUOTES, _quotes)
    return quotes[bisect_left(quotes, start):bisect_left(quotes, end)]


def _codes(doc: Doc) -> list[tuple[int, int, int, int]]:
    return [tuple(row) for row in doc.to_array([DEP, TAG, LOWER, POS]).tolist()]


def token_codes(doc: Doc) -> list[tuple[int, int, int, int]]:
    """Per token, the string ids of its dependency label, tag and lowercase form and its
    part of speech (a ``spacy.symbols`` value), from one array read: a test over a
    sentence's words reads ints, not a Token and a new string per word."""
    return kept_table(doc, CODES, _codes)


# Words whose closing period is their own even at a sentence's end ("Acme Co."). English
# company and name abbreviations; written here.
_ABBREVIATIONS = frozenset("""co inc ltd corp plc jr sr st bros mr mrs ms dr prof gen
col lt sgt rev hon esq no vs etc""".split())


def label_piece(token: Token) -> str:
    """What a label writes of ``token``: its text and trailing whitespace, only the
    whitespace for a quote mark, and no period that is also its sentence's full stop
    (``on his account on X.``, ``chairman Norbert Ore.``: the tokenizer keeps it on the
    word; ``U.S.`` and ``Co.`` keep theirs)."""
    if token.is_quote:
        return token.whitespace_
    text = token.text
    if len(text) > 1 and text[-1] == "." and "." not in text[:-1] \
            and text[:-1].lower() not in _ABBREVIATIONS and text[0].isupper() \
            and _ends_sentence(token):
        return text[:-1] + token.whitespace_
    return token.text_with_ws


def _ends_sentence(token: Token) -> bool:
    """Whether only whitespace comes between ``token`` and the next sentence or the end."""
    doc = token.doc
    i = token.i + 1
    while i < len(doc) and doc[i].is_space:
        i += 1
    return i == len(doc) or doc[i].is_sent_start


def _pieces(doc: Doc) -> list[str]:
    return [label_piece(t) for t in doc_tokens(doc)]


def label_pieces(doc: Doc) -> list[str]:
    """Per token, what a label writes of it: its text and trailing whitespace, only the
    whitespace for a quote mark (two Token properties a word otherwise, for every label
    it is part of)."""
    return kept_table(doc, PIECES, _pieces)
