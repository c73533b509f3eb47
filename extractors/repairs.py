"""Repairs of frequent small-model misparses, each reading the clause the parse lost."""

from __future__ import annotations

from spacy.tokens import Span, Token

from .argument_spans import argument_span
from .arguments import NOMINAL_POS, subjects_of
from .builder import ExtractionBuilder
from .confidence import confidence
from .lexicon import REPORTING_VERBS
from .mentions import span_label, trimmed
from .records import Extraction, Mention
from .stance import Stance

# Finite and participle verb tags the parser gives a verb it reads as a noun modifier.
VERB_TAGS = frozenset({"VBD", "VBN", "VBZ", "VBP"})
MODIFIER_DEPS = frozenset({"amod", "compound", "nmod"})
SUBJECT_MODIFIER_DEPS = frozenset({"nmod", "compound", "nsubj", "poss"})


def clause_read_as_noun_phrase(noun: Token) -> tuple[Token, Token, Token] | None:
    """``(complementizer, subject, verb)`` of a ``that X verbed Y`` clause the parser
    read as one noun phrase headed by ``noun``, else None.

    The small model sometimes reads ``... indicate that the council approved new rules``
    as one noun phrase: ``that`` as determiner, the subject as a modifier, the finite
    verb as an adjective. Any such phrase is a clause: a complementizer ``that``, then a
    nominal, then a verb form, all to the left of the head noun.
    """
    lefts = list(noun.lefts)
    complementizers = [t for t in lefts if t.lower_ == "that" and t.tag_ == "IN"]
    if not complementizers:
        return None
    that = complementizers[0]
    verbs = [t for t in noun.doc[that.i + 1:noun.i]
             if t.tag_ in VERB_TAGS and t.dep_ in MODIFIER_DEPS and t.head.i == noun.i]
    if not verbs:
        return None
    verb = verbs[0]
    nominals = [t for t in noun.doc[that.i + 1:verb.i]
                if t.pos_ in NOMINAL_POS and t.dep_ in SUBJECT_MODIFIER_DEPS]
    if not nominals:
        return None
    return that, nominals[-1], verb


def misparsed_clause_span(noun: Token, that: Token, ents: dict[int, Span]) -> Span:
    """The words of the clause after its ``that``, to the end of the noun's phrase."""
    return noun.doc[that.i + 1:argument_span(noun, ents).end]


def repaired_extraction(noun: Token, subject: Token, verb: Token,
                        b: ExtractionBuilder) -> Extraction:
    """The fact of a ``that X verbed Y`` clause the parser read as one noun phrase,
    reported from the subject of the verb of saying it is the object of, if any."""
    obj = trimmed(noun.doc[verb.i + 1: noun.i + 1])
    mention = (b.mention(noun) if noun.i in b.ents else
               Mention(span_label(obj), obj.start_char, obj.end_char, "concept", "",
                       noun.lemma_.lower()))
    surface = ([verb], [b.head_phrase(subject), b.phrase(obj)])
    reporters = (subjects_of(noun.head) if noun.dep_ == "dobj"
                 and noun.head.lemma_ in REPORTING_VERBS else [])
    negated = any(t.dep_ == "neg" and t.head.i == verb.i for t in noun.lefts)
    stance = Stance(negated, "reported" if reporters else None,
                    reporters[0] if reporters else None)
    return b.make(verb, b.mention(subject), verb.lemma_.lower(), [mention],
                  rule="repair", surface=surface, stance=stance,
                  confidence=confidence("repair", subject, noun, b.span, verb, 2))
