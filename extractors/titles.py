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

from spacy.attrs import LEMMA, LOWER
from spacy.tokens import Doc, Span, Token

from .lexicon import (
    CALENDAR_WORDS,
    LISTED_WORK_NOUNS,
    PRONOUN_CUES,
    TITLE_JOINING_WORDS,
    TITLE_SMALL_WORDS,
    WORK_LISTING_VERBS,
)
from .tree import KEPT, LISTED_TITLES, children, doc_ents, doc_has_any, doc_tokens, word_ids

MAKER_LABELS = frozenset({"PERSON", "ORG"})  # NER reads many bands as people
_JOINTS = frozenset({"and", "plus"})
_LIST_ENDS = frozenset({";", "(", ")", "-", "–", "—", "."})  # an aside or the sentence ends
_MAX_TITLE_TOKENS = 10
_TITLE_CLOSES = frozenset({",", ".", ";", ")", "?", "!"})  # after a title set off by commas
_MAX_MODIFIERS = 3  # "his completed solo album X"
_NOT_MODIFIERS = frozenset({"DET", "ADP", "CCONJ", "SCONJ", "PRON", "AUX", "PART"})
_CLITICS = frozenset({"'s", "n't", "'re", "'ll", "'ve", "'m", "'d", "\u2019s", "n\u2019t"})
HYPHENS = frozenset({"-", "\u2010", "\u2011"})
SINGULAR_WORK_NOUNS = LISTED_WORK_NOUNS  # "her song X": the same work nouns, one title
WORK_NOUN_IDS = word_ids(*SINGULAR_WORK_NOUNS)  # (triples.py reads them too)
_LISTING_IDS = word_ids(*WORK_LISTING_VERBS)
_WORK_WORD_IDS = word_ids(*SINGULAR_WORK_NOUNS, *(f"{w}s" for w in SINGULAR_WORK_NOUNS))


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
        if owner is None:
            return None
    if is_maker_pronoun(owner) or is_definite_nominal(owner):
        return subject, owner
    if owner.i in ents and ents[owner.i].label_ in MAKER_LABELS:
        return subject, owner
    return None


def is_definite_nominal(token: Token) -> bool:
    """A common noun with ``the`` (``the band's``, ``The Welsh band, whose``): the graph
    resolves it to the one maker it stands for, or leaves the fact out (a Concept makes
    no work, graph/admission.py)."""
    return token.pos_ == "NOUN" and any(c.dep_ == "det" and c.lower_ == "the"
                                        for c in children(token))


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
    """``piece`` without the quotation marks and line breaks around it."""
    start, end = piece.start, piece.end
    while start < end and (piece.doc[start].is_quote or piece.doc[start].is_space):
        start += 1
    while end > start and (piece.doc[end - 1].is_quote or piece.doc[end - 1].is_space):
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


def _is_modifier_word(token: Token) -> bool:
    """A lowercase word that may stand between a possessive and a work noun (``debut``,
    ``first solo``, ``best-known``), never an article, preposition or pronoun."""
    if token.text in HYPHENS:
        return not token.whitespace_ and token.i > 0 and not token.nbor(-1).whitespace_
    return token.is_alpha and token.is_lower and token.pos_ not in _NOT_MODIFIERS


def work_owner(kind: Token, ents: dict[int, Span]) -> Token | None:
    """The possessor of a singular work noun, read off the words (the parse often makes
    ``hit`` a verb, ``single`` an adjective): a possessive pronoun (``her debut hit``) or
    a named person's or organisation's ``'s`` (``Kasabian's new single``) at most
    :data:`_MAX_MODIFIERS` lowercase words before it; None otherwise."""
    doc, start = kind.doc, kind.sent.start
    i = kind.i - 1
    while i >= start and kind.i - i <= _MAX_MODIFIERS and _is_modifier_word(doc[i]):
        i -= 1
    if i < start:
        return None
    before = doc[i]
    if before.tag_ == "PRP$" and before.lower_ in PRONOUN_CUES:
        return before
    if before.tag_ != "POS" or i - 1 < start:
        return None
    owner = doc[i - 1]
    if i - 1 in ents:
        named = ents[i - 1]
        return named.root if named.end == i and named.label_ in MAKER_LABELS else None
    # a name NER missed ("The Lanterns' album"), as the parse's possessed rule takes it
    return owner if owner.pos_ == "PROPN" and owner.text[:1].isupper() else None


def _is_title_word(token: Token) -> bool:
    """A capitalised word, a number or a clitic glued to a word (``Who's``) of a title."""
    return (token.is_alpha and token.text[:1].isupper()) or token.like_num or (
        token.lower_ in _CLITICS and token.i > 0 and not token.nbor(-1).whitespace_)


def _is_run_word(token: Token) -> bool:
    """A capitalised word that can go on a title after its small words (``Genie in a
    Bottle``), never a month (``in October``)."""
    return token.is_alpha and token.text[:1].isupper() and token.lower_ not in CALENDAR_WORDS


def _runs_on_lowercase(doc: Doc, end: int) -> bool:
    """The title-case run ending at ``end`` goes on in lower case into more capitalised
    words (``When a Man loves a Woman``): its end is not the title's."""
    if end >= len(doc) or not doc[end].is_alpha or not doc[end].is_lower \
            or doc[end].lower_ in TITLE_SMALL_WORDS:
        return False
    return any(t.is_alpha and t.text[:1].isupper() and not t.is_sent_start
               for t in doc[end + 1:end + 3])


def title_after(kind: Token) -> Span | None:
    """The title-case run right after a work noun (``hit Genie in a Bottle``, ``song Right
    To Be Wrong``), or set off by commas after it (``his next single, Blue Moon, will``):
    capitalised words and numbers, joining small words between them
    (:data:`TITLE_JOINING_WORDS`), or NER's name there when it runs on over a comma
    (``Mind, Body & Soul``); None when a lowercase word or a mark follows the noun, the
    run goes on in lower case, a comma's title is not closed, or it is over
    :data:`_MAX_TITLE_TOKENS` tokens."""
    doc, end = kind.doc, len(kind.doc)  # the parser may start a sentence inside a title
    start = kind.i + 2 if kind.i + 1 < end and doc[kind.i + 1].text == "," else kind.i + 1
    i = start
    if i >= end or not _is_run_word(doc[i]):
        return None
    while i < end:
        if _is_title_word(doc[i]):
            i += 1
            continue
        j = i  # small words join two capitalised ones ("Genie in a Bottle", not "in 1999")
        while j < end and doc[j].lower_ in TITLE_JOINING_WORDS and doc[j].is_lower:
            j += 1
        if j == i or j >= end or not _is_run_word(doc[j]):
            break
        i = j
    named = doc[start].ent_type_ and next((e for e in kind.doc.ents if e.start == start), None)
    if named and start == kind.i + 1 and named.end > i and all(
            _is_title_word(t) or t.text in (",", "&") or t.lower_ in TITLE_JOINING_WORDS
            for t in named):
        i = named.end  # "Mind, Body & Soul": NER's name runs on over the comma
    title = doc[start:i]
    if len(title) > _MAX_TITLE_TOKENS or _runs_on_lowercase(doc, i):
        return None
    if start > kind.i + 1 and i < end and doc[i].text not in _TITLE_CLOSES:
        return None  # "his album, Tom said, ...": no title between the commas
    return title


def possessed_title(kind: Token, ents: dict[int, Span]) -> tuple[Token, Span] | None:
    """(possessor, title) of ``her debut hit Genie``, ``Kasabian's new single Club Foot``:
    a singular work noun between a possessor and a title, else None."""
    if kind.lower_ not in SINGULAR_WORK_NOUNS:
        return None
    owner = work_owner(kind, ents)
    if owner is None:
        return None
    title = title_after(kind)
    return (owner, title) if title is not None else None


def listed_work_titles(doc: Doc, ents: dict[int, Span]) -> Iterator[Span]:
    """Every title a possessor's works list in ``doc`` (:func:`listed_titles`) or that
    follows a possessor's work noun (:func:`possessed_title`)."""
    if not doc_has_any(doc, _WORK_WORD_IDS):
        return  # most documents: no work noun (a list's subject is one, in the plural)
    tokens = doc_tokens(doc)
    listing, singular = _LISTING_IDS, WORK_NOUN_IDS
    # One array read finds the few candidate words (a Token and its strings per word of
    # every document cost more than the rule itself).
    for i, (lemma, lower) in enumerate(doc.to_array([LEMMA, LOWER]).tolist()):
        if lemma in listing:
            token = tokens[i]
            if work_possessor(token, ents) is not None:
                yield from listed_titles(token)
                continue
        if lower in singular and (found := possessed_title(tokens[i], ents)):
            yield found[1]


def listed_titles_table(doc: Doc) -> dict[int, Span]:
    """Token index → the listed work title it is a word of (:func:`listed_work_titles`),
    made once per kept Doc (see :mod:`.tree`)."""
    table = doc.user_data.get(LISTED_TITLES)
    if table is None:
        table = {}
        if doc_has_any(doc, _WORK_WORD_IDS):  # most documents: no work noun, no entity map
            ents = {i: ent for ent in doc_ents(doc) for i in range(ent.start, ent.end)}
            table = {i: title for title in listed_work_titles(doc, ents)
                     for i in range(title.start, title.end)}
        if KEPT in doc.user_data:
            doc.user_data[LISTED_TITLES] = table
    return table


def listed_title_of(token: Token) -> Span | None:
    """The listed work title ``token`` is a word of (:func:`listed_work_titles`), else
    None; the table is made once per kept Doc (see :mod:`.tree`)."""
    doc = token.doc
    table = doc.user_data.get(LISTED_TITLES)
    if table is None:
        table = listed_titles_table(doc)
    return table.get(token.i) if table else None
