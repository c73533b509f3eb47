"""Coordinated arguments: ``X, Y and Z`` as the parser draws them, also a list of names
it read as an apposition. Kept apart from :mod:`.arguments` so each stays small."""

from __future__ import annotations

from spacy.strings import get_string_id
from spacy.tokens import Span, Token

from .tree import children, doc_has_any, token_codes, word_ids

NOMINAL_POS = frozenset({"NOUN", "PROPN", "PRON", "NUM", "X", "SYM"})


def expand_conjuncts(token: Token) -> list[Token]:
    """``token`` and every token conjoined with it (``X, Y and Z``), also when the parser
    read a list of names as an apposition (:func:`listed_apposition`)."""
    found = [token]
    for child in children(token):
        if (child.dep_ == "conj" and child.pos_ in NOMINAL_POS
                and not any(c.dep_ == "neg" for c in children(child))
                and stranded_verb(child) is None) \
                or listed_apposition(child):
            found.extend(expand_conjuncts(child))  # never "X and not Y": Y is denied
    return found


def listed_apposition(token: Token) -> bool:
    """A name the parser made the apposition of the name before it, though it is the
    second item of a list: ``A, B, C and D`` parsed as A with apposition B, and C, D
    conjuncts of B. A name is no description of another: A and B are names of one NER
    type and a conjunct of B is a name too (``Tony Blair, Prime Minister and Labour
    leader`` describes one man)."""
    return (token.dep_ == "appos" and token.i > token.head.i and token.ent_type_ != ""
            and token.ent_type_ == token.head.ent_type_
            and token.doc[token.i - 1].text != "("
            and any(c.dep_ == "conj" and c.ent_type_ for c in children(token)))


_OBJECT_DEPS = frozenset({"dobj", "pobj", "attr", "dative"})
_SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass", "expl", "csubj"})


def stranded_verb(noun: Token) -> Token | None:
    """The verb a conjunct noun is the subject of, though the parser joined it to the
    object before it: ``Acme bought the plant and Norbel bought the mine`` parsed with
    Norbel a second object of the first ``bought`` and the second ``bought`` a conjunct
    verb with no subject (Acme bought no Norbel, nor the mine). The noun stands right
    before a conjunct of the verb whose object it was joined to, which has no subject of
    its own; else None."""
    doc = noun.doc
    if noun.dep_ != "conj" or noun.i + 1 >= len(doc):
        return None
    verb = doc[noun.i + 1]
    if verb.dep_ != "conj" or verb.pos_ not in ("VERB", "AUX"):
        return None
    first = noun.head
    while first.dep_ == "conj":
        first = first.head
    holder = first.head.head if first.dep_ == "pobj" else first.head
    if first.dep_ not in _OBJECT_DEPS or verb.head.i != holder.i:
        return None
    return None if any(c.dep_ in _SUBJECT_DEPS for c in children(verb)) else verb


def stranded_subject(verb: Token) -> Token | None:
    """The noun right before ``verb`` that is its subject though the parser joined it to
    an object of the verb before (:func:`stranded_verb`), else None."""
    if verb.i == 0:
        return None
    noun = verb.doc[verb.i - 1]
    found = stranded_verb(noun) if noun.pos_ in NOMINAL_POS else None
    return noun if found is not None and found.i == verb.i else None


_ALTERNATIVE_WORDS = frozenset({"or"})  # "neither X nor Y" denies both: no alternative
_MODIFIER_DEPS = frozenset({"compound", "amod", "nmod", "poss"})
_ALTERNATIVE_IDS = word_ids(*_ALTERNATIVE_WORDS)
_CC = get_string_id("cc")


def alternative_offsets(sentence: Span) -> list[int]:
    """Character offsets of the nouns of ``sentence`` coordinated by ``or``
    (``either Swindon or Notts County``, ``A, B or C``): every conjunct of the group."""
    found: list[int] = []
    doc = sentence.doc
    codes = token_codes(doc)  # a sentence's words read as ids: most have no "or"
    for i in range(sentence.start, sentence.end):
        if codes[i][0] != _CC or codes[i][2] not in _ALTERNATIVE_IDS:
            continue
        token = doc[i]
        first = token.head
        while first.dep_ == "conj" and first.head.pos_ in NOMINAL_POS:
            first = first.head
        if first.pos_ not in NOMINAL_POS or first.dep_ in _MODIFIER_DEPS:
            continue  # "senior EU or member state officials": one noun's modifiers
        group = [first]
        for member in group:
            group.extend(c for c in children(member) if c.dep_ == "conj")
        before = sentence.doc[token.i - 1] if token.i > 0 else token
        if (len(group) == 2 and before.is_punct) or any(
                m.like_num or any(c.dep_ == "nummod" for c in children(m)) for m in group):
            continue  # ", or 'new draft'", "65 cents or 25%": one thing said again
        found.extend(m.idx for m in group if m.pos_ in NOMINAL_POS)
    return found


_RESPECTIVELY = word_ids("respectively")


def respective_places(sentence: Span) -> dict[int, tuple[int, int]]:
    """For a sentence with ``respectively``, the place of each coordinated noun: its
    character offset → (its list's first noun, its index in the list); empty otherwise.
    ``Norwich and Bath are away at Leeds and Hull respectively`` pairs Norwich with Leeds
    only, the first with the first."""
    if not doc_has_any(sentence.doc, _RESPECTIVELY) or \
            not any(t.lower_ == "respectively" for t in sentence):
        return {}
    places: dict[int, tuple[int, int]] = {}
    for token in sentence:
        if token.pos_ not in NOMINAL_POS or token.dep_ == "conj" or token.idx in places:
            continue
        group = expand_conjuncts(token)
        if len(group) > 1:
            for index, member in enumerate(sorted(group, key=lambda t: t.i)):
                places.setdefault(member.idx, (token.idx, index))
    return places
