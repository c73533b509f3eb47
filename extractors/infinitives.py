"""Subjectless ``to``-infinitives whose subject is their clause's: of purpose (``closed
the road to repair it``) and on a ranked predicate nominal (``was the first to sign``);
gerunds after a preposition (``won the cup by beating Y``); and those whose subject is an
object of the verb they hang from (``ordered the bank to repay``)."""

from __future__ import annotations

from spacy.tokens import Token

from .conjuncts import NOMINAL_POS
from .lexicon import (
    COMEBACK_HEADS,
    COMEBACK_PARTICLES,
    COMPLEMENT_GERUND_PREPS,
    COPULAR_VERBS,
    GERUND_CLAUSE_PREPS,
    PREPOSITIONAL_CONTROL,
    RANK_WORDS,
    RESULT_HEADS,
    RESULT_VERBS,
)
from .mentions import TIME_LABELS
from .tree import children, lefts

SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass", "csubj", "csubjpass"})
RELATIVE_TAGS = frozenset({"WDT", "WP"})  # "who", "which", "that" as a relative's subject
PARTNER_PREPS = frozenset({"with", "against"})  # a partner of the act ("clashed with X")
VERBAL_POS = frozenset({"VERB", "AUX"})


def is_purpose_clause(verb: Token) -> bool:
    """A bare ``to``-infinitive of purpose on a verb, without subject or subordinator
    of its own (``closed the road to repair it``, ``was opened to carry trains``); not
    the infinitive of a ranked predicate nominal the parser hung from its copula."""
    if verb.dep_ != "advcl" or verb.tag_ != "VB" or verb.head.pos_ not in VERBAL_POS:
        return False
    to = False
    for child in children(verb):
        dep = child.dep_
        if dep == "mark" or dep in SUBJECT_DEPS:
            return False
        to = to or (dep == "aux" and child.lower_ == "to")
    return to and ranked_copula(verb) is None


def is_result_infinitive(verb: Token) -> bool:
    """An infinitive of outcome after a contest told in the past (``ran the quickest mile
    ever to beat Brannen``, ``came back from two down to clinch a win``): a verb of winning
    (:data:`~.lexicon.RESULT_VERBS`) after a verb of racing or coming back
    (:data:`~.lexicon.RESULT_HEADS`) tells what happened, not an aim (``spent £20m to
    win the title``, ``must beat Leeds to reach the final`` stay aims)."""
    head = verb.head
    if verb.lemma_ not in RESULT_VERBS:
        return False
    if head.lemma_ not in RESULT_HEADS and not (  # "came back to", "held off X to"
            head.lemma_ in COMEBACK_HEADS and any(
                c.dep_ in ("prt", "advmod") and c.lower_ in COMEBACK_PARTICLES
                for c in children(head))):
        return False  # "came to London to take over Arsenal": an aim
    told = head if head.tag_ in ("VBD", "VBN") else head.head
    if told.tag_ == "VBN":  # "had come back": told; "is expected to recover": a forecast
        return any(c.dep_ == "aux" and c.lemma_ == "have" for c in children(told))
    return told.tag_ == "VBD" and not any(
        c.dep_ == "aux" and c.tag_ == "MD" for n in (head, told) for c in children(n))


def is_rank_word(token: Token) -> bool:
    """``first``, ``last``, ``only`` or an ordinal (``third``, ``10th``)."""
    return token.lower_ in RANK_WORDS or token.ent_type_ == "ORDINAL"


_RANKED_INFINITIVE_DEPS = frozenset({"acl", "relcl", "xcomp", "advcl"})


def ranked_copula(verb: Token) -> Token | None:
    """The copula of the ranked predicate nominal whose subjectless ``to``-infinitive
    ``verb`` is (``was the first ship to enter X``, ``became the third player to
    withdraw from Y``), or None: it did happen, and to the copula's subject. The parser
    hangs the infinitive from the noun, or from the copula itself (as an infinitive
    chain or a purpose clause). A superlative is no rank here: ``the best player to
    sign`` is signed."""
    if verb.dep_ not in _RANKED_INFINITIVE_DEPS or verb.tag_ != "VB" \
            or not any(c.dep_ == "aux" and c.lower_ == "to"
                                    for c in children(verb)) \
            or any(c.dep_ in SUBJECT_DEPS for c in children(verb)):
        return None
    if verb.dep_ in ("acl", "relcl"):
        noun, copula = verb.head, verb.head.head
        if noun.dep_ not in ("attr", "oprd"):
            return None
    elif verb.dep_ in ("xcomp", "advcl"):
        copula = verb.head
        noun = next((c for c in children(copula) if c.dep_ in ("attr", "oprd")
                     and c.i < verb.i), None)
        if noun is None:
            return None
    else:
        return None
    if copula.lemma_ in COPULAR_VERBS and any(is_rank_word(c) for c in lefts(noun)):
        return copula
    return None


def is_ranked_infinitive(verb: Token) -> bool:
    """A subjectless ``to``-infinitive of a ranked predicate nominal (:func:`ranked_copula`)."""
    return ranked_copula(verb) is not None


def is_prepositional_gerund(verb: Token) -> bool:
    """A subjectless gerund after ``by``/``after``/``before``/``since`` on a verb (``won
    the cup by beating Y``, ``joined Y after leaving Z``): the clause's subject does it."""
    prep = verb.head
    return (verb.dep_ == "pcomp" and verb.tag_ == "VBG" and prep.pos_ == "ADP"
            and prep.lower_ in GERUND_CLAUSE_PREPS and prep.head.pos_ in VERBAL_POS
            and not any(c.dep_ in SUBJECT_DEPS for c in children(verb)))


def controller_of(verb: Token) -> Token | None:
    """The object that does what an infinitive says (``ordered the bank to repay``,
    ``asked the players to wear``): the head verb's direct object, if it has one, or the
    object of its controlling preposition (``called on the government to scrap``)."""
    if verb.dep_ not in ("xcomp", "advcl") or verb.head.pos_ != "VERB":
        return None
    preposition = PREPOSITIONAL_CONTROL.get(verb.head.lemma_)
    if preposition is not None and any(c.dep_ == "aux" and c.lower_ == "to"
                                       for c in children(verb)):
        for prep in children(verb.head):
            if prep.dep_ == "prep" and prep.lower_ == preposition and prep.i < verb.i:
                return next((c for c in children(prep) if c.dep_ == "pobj"
                             and c.pos_ in NOMINAL_POS  # not "called on Monday to"
                             and c.ent_type_ not in TIME_LABELS), None)
    if verb.dep_ != "xcomp":
        return None
    return next((c for c in children(verb.head) if c.dep_ == "dobj" and c.pos_ in NOMINAL_POS),
                None)


def complement_gerund_head(verb: Token) -> Token | None:
    """The verb or adjective whose subject does what a subjectless gerund after its
    preposition says (``Wales are thinking of winning X``, ``Lee was punished for kicking
    Y``, ``Acme is interested in buying Z``), or None: only with a preposition of
    :data:`~.lexicon.COMPLEMENT_GERUND_PREPS`, a head with no object of its own (``stopped
    him from playing``: his; nor one a relative clause gaps: ``the display they produced in
    beating X``; nor one with a partner before it: ``clashed with X for publishing``), an
    adjective only after a copula. The gerund's fact keeps
    the head in its relation (``think of winning``), as an infinitive's does (``want to
    quit``): the head says whether it happened."""
    prep = verb.head
    if verb.dep_ != "pcomp" or verb.tag_ != "VBG" or prep.dep_ != "prep" \
            or prep.lower_ not in COMPLEMENT_GERUND_PREPS \
            or any(c.dep_ in SUBJECT_DEPS for c in children(verb)):
        return None
    head = prep.head
    if head.pos_ == "ADJ":
        return head if head.dep_ == "acomp" and head.head.pos_ in VERBAL_POS else None
    if head.pos_ != "VERB" or any(c.dep_ in ("dobj", "dative") for c in children(head)) \
            or (head.dep_ == "relcl" and any(c.dep_ == "nsubj" and c.tag_ not in RELATIVE_TAGS
                                             for c in children(head))):
        return None  # "the display they produced in pushing X": an object gapped, as dobj
    if any(c.dep_ == "prep" and c.lower_ in PARTNER_PREPS and c.i < prep.i for c in children(head)):
        return None  # "clashed with Us Weekly for publishing X": the partner's doing, maybe
    return head
