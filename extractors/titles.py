"""Titles a list names as a possessor's works: ``Their singles include Blue Lanes,
Harbour Song and Paper Moon`` (read by :mod:`.works` as facts and by :mod:`.mentions` as
the names of works, whatever NER called their words).

The small model reads a run of song or film titles as clauses (``What I Go To School For``
becomes a verb with its subject), so the list is read off the words, not the parse: after
``include``, the pieces between commas and a lowercase ``and``, each a title written in
title case. The list ends at the first piece that is not one (``His films include Mexican
movie X``: no title after ``include``). Only a possessor that names something (a pronoun,
a name, or the name a ``whose`` clause hangs from) makes the works its own.
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Doc, Span, Token

from .lexicon import LISTED_WORK_NOUNS, PRONOUN_CUES, TITLE_SMALL_WORDS, WORK_LISTING_VERBS
from .tree import KEPT, LISTED_TITLES, children, doc_tokens

MAKER_LABELS = frozenset({"PERSON", "ORG"})  # NER reads many bands as people
_JOINTS = frozenset({"and", "plus"})
_LIST_ENDS = frozenset({";", "(", ")", "-", "–", "—", "."})  # an aside or the sentence ends
_MAX_TITLE_TOKENS = 10


def is_maker_pronoun(token: Token) -> bool:
    """A possessive personal pronoun (``their``, ``her``): resolution finds whose."""
    return token.pos_ == "PRON" and token.lower_ in PRONOUN_CUES


def work_possessor(verb: Token, ents: dict[int, Span]) -> tuple[Token, Token] | None:
    """(work noun, possessor) of ``Their singles include ...``, ``X's films include ...``,
    ``X, whose hits include ...``: the plural work noun the verb's subject is and the
    token that names whose they are; None for any other subject."""
    if verb.lemma_.lower() not in WORK_LISTING_VERBS or any(c.dep_ in ("auxpass", "neg")
                                                         for c in children(verb)):
        return None
    subject = next((c for c in children(verb) if c.dep_ == "nsubj"), None)
    if subject is None or subject.tag_ != "NNS" or subject.lemma_.lower() not in LISTED_WORK_NOUNS:
        return None
    owner = next((c for c in children(subject) if c.dep_ == "poss"), None)
    if owner is None:
        return None
    if owner.tag_ == "WP$":  # "X, whose hits include ...": X's
        owner = verb.head if verb.dep_ == "relcl" else None
        if owner is None or owner.i not in ents:
            return None
    if is_maker_pronoun(owner):
        return subject, owner
    if owner.i in ents and ents[owner.i].label_ in MAKER_LABELS:
        return subject, owner
    return None


def _is_title(piece: Span) -> bool:
    """A work's title as news writes it: opens with a capital or a number, has a
    capitalised word, and every other lowercase word is a small word of titles (``of``,
    ``the``, ``a``); at most :data:`_MAX_TITLE_TOKENS` tokens."""
    if not len(piece) or len(piece) > _MAX_TITLE_TOKENS:
        return False
    first = piece[0]
    if not (first.text[:1].isupper() or first.like_num):
        return False
    if not any(t.is_alpha and t.text[:1].isupper() for t in piece):
        return False
    return all(not t.is_alpha or t.text[:1].isupper() or (t.lower_ in TITLE_SMALL_WORDS
                                                          and t.i > first.i)
               for t in piece)


def _unquoted(piece: Span) -> Span:
    """``piece`` without the quotation marks around it."""
    start, end = piece.start, piece.end
    while start < end and piece.doc[start].is_quote:
        start += 1
    while end > start and piece.doc[end - 1].is_quote:
        end -= 1
    return piece.doc[start:end]


def _is_boundary(token: Token) -> bool:
    """A comma, a lowercase ``and``/``plus`` (``And`` stays inside a title), or a mark
    that ends the list."""
    return token.text in _LIST_ENDS or token.text == "," or (
        token.lower_ in _JOINTS and token.is_lower)


def listed_titles(verb: Token) -> list[Span]:
    """The titles listed after ``verb`` up to the first piece that is no title: the
    words between commas and ``and``/``plus``; a ``?`` or ``!`` that ends the sentence
    right after a title is the title's own (``Who's David?``)."""
    doc, end = verb.doc, verb.sent.end
    pieces: list[Span] = []
    start = verb.i + 1
    for i in range(verb.i + 1, end + 1):
        token = doc[i] if i < end else None
        if token is not None and not _is_boundary(token):
            continue
        if i > start:
            pieces.append(_unquoted(doc[start:i]))
        if token is None or token.text in _LIST_ENDS:
            break
        start = i + 1
    titles: list[Span] = []
    for piece in pieces:
        if not _is_title(piece):
            break
        titles.append(piece)
    return titles


def listed_work_titles(doc: Doc, ents: dict[int, Span]) -> Iterator[Span]:
    """Every title a possessor's works list in ``doc`` (:func:`listed_titles`)."""
    for token in doc_tokens(doc):
        if token.lemma_ in WORK_LISTING_VERBS and work_possessor(token, ents) is not None:
            yield from listed_titles(token)


def listed_title_of(token: Token) -> Span | None:
    """The listed work title ``token`` is a word of (:func:`listed_work_titles`), else
    None; the table is made once per kept Doc (see :mod:`.tree`)."""
    doc = token.doc
    table = doc.user_data.get(LISTED_TITLES)
    if table is None:
        ents = {i: ent for ent in doc.ents for i in range(ent.start, ent.end)}
        table = {i: title for title in listed_work_titles(doc, ents)
                 for i in range(title.start, title.end)}
        if KEPT in doc.user_data:
            doc.user_data[LISTED_TITLES] = table
    return table.get(token.i)
