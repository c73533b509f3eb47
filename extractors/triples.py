"""Facts read off spaCy's dependency parse, each in a logical and a surface view.

:func:`sentence_extractions` runs, over each token of a sentence, the verb
constructions (:mod:`.constructions`, in their declared order, over the verb's
:mod:`.frames`), the apposition role facts (:mod:`.appositions`) and the misparse
repairs (:mod:`.repairs`). Constructions covered: active and passive voice (the
by-agent becomes the logical subject), copulas, verb particles (``call off``),
prepositional objects (``meet with``), light verbs and event nouns (``had a call with
X`` → call X), ``to``-infinitive chains (``plan to rebuild``), relative clauses and
participles (``the regime, led by X``), appositions as role facts, enumerations
(``X including Y``, :mod:`.enumerations`), ``whose`` clauses (:mod:`.relatives`),
results stated as a noun (``X's win over Y``, :mod:`.contests`; ``X's purchase of
Y``, :mod:`.possessed`), predicate adjectives (``be open to``), conjoined subjects,
objects and verbs, roles given with ``as`` (:mod:`.as_roles`), reported speech,
negation, modality and hedges (:mod:`.stance`).
"""

from __future__ import annotations

from spacy.strings import get_string_id
from spacy.symbols import AUX, CCONJ, DET, IDS, INTJ, NOUN, PART, PROPN, PUNCT, SPACE, VERB
from spacy.tokens import Doc, Span

from .appositions import apposition_extractions
from .arguments import NOMINAL_POS
from .as_roles import as_role_extractions
from .builder import ExtractionBuilder
from .constructions import verb_extractions
from .contests import contest_extractions
from .entity_map import entities_kept, entity_spans
from .enumerations import enumeration_extractions
from .lexicon import (
    ENUMERATION_WORDS,
    POSSESSED_EVENTS,
    RECIPROCAL_EVENTS,
    RESPONSE_NOUNS,
    RESULT_NOUNS,
    WORK_LISTING_VERBS,
)
from .misread import is_misread_noun, misread_title_extractions
from .nominals import has_person_title, title_extractions
from .origins import origin_extractions
from .places import (
    based_extractions,
    descriptor_extractions,
    location_extractions,
    possessive_place_extractions,
)
from .possessed import creation_extractions, owned_name_extractions, possessed_extractions
from .reciprocal import between_extractions
from .records import Extraction
from .relatives import whose_extractions
from .repairs import clause_read_as_noun_phrase, repaired_extraction
from .role_nominals import role_nominal_extractions
from .supported import response_extractions, supported_extractions
from .titles import WORK_NOUN_IDS
from .tree import doc_tokens, token_codes, word_ids
from .works import listed_work_extractions, possessed_work_extractions

_APPOS, _IN, _THAT, _WHOSE = (get_string_id(w) for w in ("appos", "IN", "that", "WP$"))
# Parts of speech no rule below starts at (every rule wants a verb, a noun, a pronoun, a
# number, a preposition, an adjective or an adverb the parser gave a noun's arc).
_INERT_POS = frozenset({DET, PUNCT, CCONJ, PART, SPACE, INTJ})
# The loop below reads each token's codes (ints), not its strings: the same tests as
# ``token.pos_ in ("VERB", "AUX")`` or ``token.lower_ in RESPONSE_NOUNS``.
_VERB_POS, _NAME_OR_NOUN = frozenset({VERB, AUX}), frozenset({NOUN, PROPN})
_NOMINAL_POS_IDS = frozenset(IDS[p] for p in NOMINAL_POS)
_NO_VERB_DEPS = word_ids("aux", "auxpass", "amod")
_AMOD, _PREP, _POBJ, _DOBJ, _POSS = (get_string_id(w) for w in ("amod", "prep", "pobj", "dobj",
                                                                 "poss"))
_ENUMERATION_IDS, _RESULT_IDS = word_ids(*ENUMERATION_WORDS), word_ids(*RESULT_NOUNS)
_POSSESSED_IDS, _RECIPROCAL_IDS = word_ids(*POSSESSED_EVENTS), word_ids(*RECIPROCAL_EVENTS)
_RESPONSE_IDS = word_ids(*RESPONSE_NOUNS)


def sentence_extractions(sentence: Span, doc_id: str, ents: dict[int, Span] | None = None,
                         source_text: str | None = None) -> list[Extraction]:
    """All facts of one sentence, in token order.

    ``source_text`` is the document as the user gave it (before cleaning); the
    evidence sentence is cut from it, so it reads exactly as written.
    """
    with entities_kept(sentence.doc):
        return _sentence_extractions(sentence, doc_id, ents, source_text)


def _sentence_extractions(sentence: Span, doc_id: str, ents: dict[int, Span] | None,
                          source_text: str | None) -> list[Extraction]:
    ents = entity_spans(sentence.doc) if ents is None else ents
    builder = ExtractionBuilder(sentence, doc_id, ents, source_text)
    found: list[Extraction] = []
    tokens = doc_tokens(sentence.doc)[sentence.start:sentence.end]
    codes = token_codes(sentence.doc)[sentence.start:sentence.end]
    # Appositions need an ``appos`` arc, the repair a complementizer ``that``: sentences
    # without one skip those tests for every noun.
    appositions = any(code[0] == _APPOS for code in codes)
    complementizer = any(code[1] == _IN and code[2] == _THAT for code in codes)
    for token, (dep, _, lower, pos) in zip(tokens, codes, strict=True):
        if pos in _INERT_POS:
            continue  # a determiner, a mark, an adverb: no rule starts at one
        if pos in _VERB_POS and dep not in _NO_VERB_DEPS:
            if is_misread_noun(token):
                found.extend(misread_title_extractions(token, builder))
            else:
                found.extend(verb_extractions(token, builder))
                if token.lemma_ in WORK_LISTING_VERBS:
                    found.extend(listed_work_extractions(token, builder))
        elif dep == _AMOD:
            found.extend(based_extractions(token, builder))
        if dep == _PREP and lower in _ENUMERATION_IDS:
            found.extend(enumeration_extractions(token, builder))
        if appositions and pos in _NOMINAL_POS_IDS:
            found.extend(apposition_extractions(token, builder))
        if pos in _NAME_OR_NOUN and token.n_rights:
            found.extend(location_extractions(token, builder))
            if token.i in ents or pos == NOUN:
                found.extend(origin_extractions(token, builder))
            if lower in _RESULT_IDS or token.lemma_ in RESULT_NOUNS:
                found.extend(contest_extractions(token, builder))
            elif lower in _POSSESSED_IDS:
                found.extend(possessed_extractions(token, builder))
                found.extend(supported_extractions(token, builder))
            if lower in _RECIPROCAL_IDS:
                found.extend(between_extractions(token, builder))
            if dep == _POBJ and token.head.lower_ == "as":
                found.extend(as_role_extractions(token, builder))
        elif dep == _DOBJ and token.lemma_ in RESULT_NOUNS:  # "suffered a defeat by X"
            found.extend(contest_extractions(token, builder))
        if lower in _RESPONSE_IDS and token.n_lefts:  # "accepted Y's apology"
            found.extend(response_extractions(token, builder))
        if pos == NOUN and token.n_lefts > 1:
            found.extend(owned_name_extractions(token, builder))
        if pos == NOUN and token.n_lefts:
            found.extend(role_nominal_extractions(token, builder))
        elif pos == PROPN and token.n_lefts:
            found.extend(creation_extractions(token, builder))
        if pos == PROPN and token.i in ents:
            ent = ents[token.i]
            if dep == _POSS:
                found.extend(possessive_place_extractions(token, builder))
            if ent.label_ == "PERSON" and ent.root.i == token.i and ent.start > sentence.start:
                found.extend(title_extractions(ent, builder))
            elif ent.label_ == "ORG" and ent.root.i == token.i and ent.start > sentence.start:
                if has_person_title(ent, ents, sentence.start):
                    found.extend(title_extractions(ent, builder))
                else:
                    found.extend(descriptor_extractions(ent, builder))
        if complementizer and pos in _NAME_OR_NOUN:
            repaired = clause_read_as_noun_phrase(token)
            if repaired:
                found.append(repaired_extraction(token, *repaired[1:], builder))
    for k, code in enumerate(codes):  # after the parse's own facts
        if code[2] in WORK_NOUN_IDS:
            found.extend(list(possessed_work_extractions(tokens[k], builder, found)))
    if any(code[1] == _WHOSE for code in codes):
        found.extend(list(whose_extractions(found, sentence, builder)))
    return found


def doc_extractions(doc: Doc, doc_id: str, source_text: str | None = None) -> list[Extraction]:
    """All facts of a parsed document, sentence by sentence."""
    found: list[Extraction] = []
    with entities_kept(doc):
        ents = entity_spans(doc)
        for sent in doc.sents:
            found.extend(sentence_extractions(sent, doc_id, ents, source_text))
    return found
