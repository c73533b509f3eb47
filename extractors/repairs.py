"""Repairs of frequent small-model misparses, each reading the clause the parse lost."""

from __future__ import annotations

from spacy.tokens import Token

from .builder import ExtractionBuilder
from .confidence import confidence
from .mentions import span_label, trimmed
from .records import Extraction, Mention


def clause_read_as_noun_phrase(noun: Token) -> tuple[Token, Token] | None:
    """Repair a frequent small-model misparse of ``that X verbed Y``.

    The parser sometimes reads ``... indicate that Trump authorized covert actions``
    as one noun phrase: ``that`` as determiner, ``Trump`` as modifier, the finite
    verb as an adjective. Returns ``(subject, verb)`` when ``noun`` heads such a
    phrase, so the clause can be read as subject–verb–object after all.
    """
    lefts = list(noun.lefts)
    complementizer = [t for t in lefts if t.lower_ == "that" and t.tag_ == "IN"]
    verbs = [t for t in lefts if t.dep_ == "amod" and t.tag_ in ("VBD", "VBN")]
    if not complementizer or not verbs:
        return None
    verb = verbs[0]
    nominals = [t for t in lefts if complementizer[0].i < t.i < verb.i
                and t.pos_ in ("PROPN", "NOUN", "PRON") and t.dep_ in ("nmod", "compound",
                                                                      "nsubj")]
    if not nominals:
        return None
    return nominals[-1], verb


def repaired_extraction(noun: Token, subject: Token, verb: Token,
                        b: ExtractionBuilder) -> Extraction:
    """The fact of a ``that X verbed Y`` clause the parser read as one noun phrase."""
    obj = trimmed(noun.doc[verb.i + 1: noun.i + 1])
    mention = (b.mention(noun) if noun.i in b.ents else
               Mention(span_label(obj), obj.start_char, obj.end_char, "concept", "",
                       noun.lemma_.lower()))
    surface = ([verb], [b.head_phrase(subject), b.phrase(obj)])
    return b.make(verb, b.mention(subject), verb.lemma_.lower(), [mention],
                  rule="repair", surface=surface,
                  confidence=confidence("repair", subject, noun, b.span, verb, 2))
