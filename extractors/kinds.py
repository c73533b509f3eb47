"""What kind of thing a name names, from the words beside it (the small model's NER
often calls a band a person, a show a place).

A kind noun before the name (``the single Run``, ``production company Tiger Aspect``),
as the noun the name is in apposition to (``two stations, Virgin Radio Groove``) or
lists the name as a member of (``networks such as Orange``), a kind noun after the name
that the name modifies (``the Phoenix Nights creator``), or the preposition the name is
the object of (``during the Holocaust``, ``the series of Little Britain``) settles the
kind. A "person" whose name takes ``the`` (``the Bee Gees``) or a ``which`` clause is an
organisation, and so are the names ``members of`` lists; a name after a role word is a
person's (``full-back Dusty Hare``). Otherwise NER's label stands.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from .lexicon import (
    EVENT_PREPOSITIONS,
    GROUP_OF_NOUNS,
    KIND_NOUNS_AFTER,
    KIND_NOUNS_BEFORE,
    PERSONAL_HONORIFICS,
    ROLE_WORDS,
    WORK_OF_NOUNS,
)
from .titles import listed_title_of
from .tree import lefts

# The label of a name its context shows to be an organisation's (``members of America``):
# unlike NER's ``ORG``, never read as the country of the same name.
GROUP = "GROUP"

_ENUMERATING = frozenset({"as", "including", "like"})


def _kind_of_noun(token: Token, table: dict[str, str]) -> str | None:
    if token.pos_ not in ("NOUN", "ADJ"):  # "the single Run": "single" read as adjective
        return None
    return table.get(token.lemma_.lower()) or table.get(token.lower_)


def _noun_before(span: Span) -> Token | None:
    """The common noun right before ``span`` that ``span`` names (compound or head)."""
    if span.start == 0:
        return None
    before = span.doc[span.start - 1]
    if span.start <= before.head.i < span.end or span.root.head.i == before.i:
        return before
    return None


def _first_conjunct(token: Token) -> Token:
    """The first of the conjuncts ``token`` is one of (``A`` of ``A, B and C``)."""
    while token.dep_ == "conj" and token.head.i < token.i:
        token = token.head
    return token


def _word(token: Token) -> str:
    """The lowercased word ``token`` ends, hyphenated parts joined (``full-back``)."""
    doc = token.doc
    if token.i >= 2 and doc[token.i - 1].text == "-" and not doc[token.i - 2].whitespace_:
        return f"{doc[token.i - 2].lower_}-{token.lower_}"
    return token.lower_


def _listing_noun(root: Token) -> Token | None:
    """The noun ``root`` is listed under: its apposition head (through conjuncts), or
    the noun of ``such as``/``including``/``like`` it is an object of."""
    token = _first_conjunct(root)
    if token.dep_ == "appos":
        return token.head
    if token.dep_ == "pobj" and token.head.lower_ in _ENUMERATING \
            and token.head.head.pos_ == "NOUN":
        return token.head.head
    return None


def kind_label(span: Span, label: str) -> str:
    """The NER-style label of the name ``span`` (NER said ``label``; ``""`` when NER saw
    no name), corrected by the words beside it."""
    root = span.root
    if _titled_before(span):
        return "PERSON"  # "the Times newspaper, Ms Dunwoody": misparsed as its apposition
    if listed_title_of(root) is not None:
        return "WORK_OF_ART"  # "Their singles include Blue Lanes": a title, whatever NER said
    before = _noun_before(span)
    kind = _kind_of_noun(before, KIND_NOUNS_BEFORE) if before is not None else None
    if kind is None and _titled_first(span) and not (
            span.start > 0 and span.doc[span.start - 1].lower_ in KIND_NOUNS_BEFORE):
        return "PERSON"  # "Ms Love was sentenced", NER's work; not "the film Mrs X"
    if kind is None and root.dep_ == "compound" and root.head.i >= span.end and all(
            t.dep_ == "compound" for t in span.doc[span.end:root.head.i]):
        # "the Phoenix Nights creator", "Bluetooth radio technology"
        kind = _kind_of_noun(root.head, KIND_NOUNS_AFTER)
    if kind is None:
        listing = _listing_noun(root)
        if listing is not None:
            kind = _kind_of_noun(listing, KIND_NOUNS_BEFORE)
    first = _first_conjunct(root)
    if kind is None and first.dep_ == "pobj":
        kind = _kind_of_object(first.head)
    if kind is not None:
        return kind
    if label == "PERSON" and (span[0].lower_ == "the" or _which_follows(span)):
        return GROUP  # "the Bee Gees", "Baby Cow, which created ...": no person
    if label in ("ORG", "") and before is not None and _word(before) in ROLE_WORDS:
        return "PERSON"  # "former England full-back Dusty Hare", whatever NER said
    return label


def _is_courtesy_title(token: Token) -> bool:
    """A capitalised ``Mr``, ``Mrs``, ``Ms``, ``Miss`` (never the verb ``miss``)."""
    return token.text[:1].isupper() and token.lower_.rstrip(".") in PERSONAL_HONORIFICS


def _titled_before(span: Span) -> bool:
    """Whether a courtesy title stands right before ``span`` (``Ms Dunwoody``)."""
    return span.start > 0 and _is_courtesy_title(span.doc[span.start - 1])


def _titled_first(span: Span) -> bool:
    """Whether a courtesy title opens ``span`` and a name follows it (``Ms Love``)."""
    return len(span) > 1 and _is_courtesy_title(span[0])


def _kind_of_object(preposition: Token) -> str | None:
    """``during X``: an event; ``the series of X``, ``the film version of X``: a work."""
    if preposition.lower_ in EVENT_PREPOSITIONS:
        return "EVENT"
    noun = preposition.head
    if preposition.lower_ != "of" or noun.pos_ != "NOUN":
        return None
    if noun.lower_ in GROUP_OF_NOUNS:
        return GROUP
    if noun.lower_ in WORK_OF_NOUNS or (noun.lower_ == "version" and any(  # "film version"
            KIND_NOUNS_BEFORE.get(c.lower_) == "WORK_OF_ART" for c in lefts(noun))):
        return "WORK_OF_ART"
    return None


def _which_follows(span: Span) -> bool:
    """Whether ``, which`` follows ``span`` and its clause is about ``span``."""
    doc = span.doc
    if span.end + 1 >= len(doc) or doc[span.end].text != "," \
            or doc[span.end + 1].lower_ != "which":
        return False
    clause = doc[span.end + 1].head
    return clause.dep_ == "relcl" and clause.head.i == span.root.i


def with_name_words(span: Span) -> Span:
    """``span`` with the capitalised proper nouns before it that modify it (``Virgin
    Radio`` before ``Classic Rock``, which NER cut off as a person)."""
    doc = span.doc
    start = span.start
    while start > 0:
        previous = doc[start - 1]
        if previous.pos_ != "PROPN" or previous.dep_ != "compound" \
                or not previous.text[:1].isupper() or not start <= previous.head.i < span.end:
            break
        start -= 1
    return doc[start:span.end]
