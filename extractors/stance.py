"""What the text does not simply assert: negation, modality and hedges, and who a
clause is reported from.
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Span, Token

from .arguments import (
    OBJECT_DEPS,
    SUBJECT_DEPS,
    VERBAL_POS,
    agents_of,
    controller_of,
    is_passive,
    subjects_of,
)
from .claims import claim_noun_of, is_denied_claim
from .infinitives import complement_gerund_head, is_purpose_clause, is_result_infinitive
from .lexicon import (
    ACCUSATION_VERBS,
    ASKING_VERBS,
    BELIEF_VERBS,
    CONDITIONAL_MARKS,
    COUNTERFACTUAL_VERBS,
    FIRST_PERSON,
    FUTURE_AUXILIARIES,
    FUTURE_VERBS,
    HEDGE_ADJECTIVES,
    HEDGE_ADVERBS,
    HEDGE_VERBS,
    HYPOTHETICAL_MARKS,
    IMPERSONAL_HEDGE_ADJECTIVES,
    IMPERSONAL_HEDGES,
    IMPLICATIVE_ADJECTIVES,
    IMPLICATIVE_CONTROL_VERBS,
    INTENTION_VERBS,
    MODALS,
    POSSIBILITY_NOUNS,
    REPORTING_VERBS,
    SINGULAR_FIRST_PERSON,
    SPEECH_VERBS,
    TIME_FUTURE_AUXILIARIES,
    TIME_MARKS,
    TOPIC_HEADS,
    TOPIC_PREPOSITIONS,
)
from .tree import children, doc_has_any, word_ids

# Arcs a quoted or reported clause hangs from its verb of saying by.
REPORTED_CLAUSE_DEPS = frozenset({"ccomp", "parataxis"})
# Arcs a clause's verb is reached through from the verb of saying that reports it.
CHAIN_DEPS = frozenset({"conj", "xcomp", "advcl"})
# A clause on a noun (``steroids given to her``, ``the firm that bought X``) is reported
# when the clause holding the noun as an argument is.
NOUN_CLAUSE_DEPS = frozenset({"acl", "relcl"})
# Verbs that say or ask: stated even in a question ("he asked, ... ?").
QUESTION_REPORTING_VERBS = ASKING_VERBS | SPEECH_VERBS
# Dependents that give a conjunct a clause of its own (it then shares no auxiliary).
OWN_CLAUSE_DEPS = SUBJECT_DEPS | {"aux", "auxpass"}


def shares_auxiliaries(verb: Token) -> bool:
    """A bare-form conjunct with no subject or auxiliary of its own, which takes its
    head's (``did not support X or fund Y``, ``will open X and run Y``)."""
    return (verb.dep_ == "conj" and verb.tag_ == "VB" and verb.head.pos_ in VERBAL_POS
            and not any(c.dep_ in OWN_CLAUSE_DEPS for c in children(verb)))


def verb_chain(verb: Token) -> list[Token]:
    """``verb`` and the verbs whose auxiliaries and stance it shares, nearest first: the
    heads of its infinitive chain (``plans to build``) and of an auxiliary-sharing
    conjunct."""
    chain = [verb]
    node = verb
    while True:
        if (node.dep_ == "xcomp" and node.head.pos_ in VERBAL_POS) or shares_auxiliaries(node):
            node = node.head
        elif (head := complement_gerund_head(node)) is not None:  # "thinking of winning"
            node = head.head if head.pos_ == "ADJ" else head
        else:
            return chain
        chain.append(node)


# Arguments whose determiner "no" denies their clause ("showed no sign of X", "has no
# contract with Y", "No Briton has won Z").
NEGATED_ARGUMENT_DEPS = frozenset({"dobj", "attr", "nsubj", "nsubjpass"})


def has_no_determiner(noun: Token) -> bool:
    """``no`` as the noun's determiner, a word of its own (not ``no-fly zone``)."""
    return any(c.lower_ == "no" and c.dep_ == "det" and c.whitespace_ for c in children(noun))


def is_negated(verb: Token) -> bool:
    """A ``not``/``never``/``n't`` on the verb, or ``no`` on its object or subject
    (``showed no sign of``), on the verb an infinitive chain hangs
    from, or on the verb whose auxiliaries it shares (do-support: ``did not X or Y``)."""
    if any(c.dep_ == "neg" or (c.dep_ in NEGATED_ARGUMENT_DEPS and has_no_determiner(c))
           for c in children(verb)) or is_neither_nor(verb):
        return True
    if any(c.dep_ == "acomp" and any(g.dep_ == "neg" for g in children(c))
           for c in children(verb)):
        return True  # "pleaded not guilty": the adjective the relation takes in is negated
    head = verb.head
    if verb.dep_ == "xcomp" and head.pos_ == "ADJ":
        if any(c.dep_ == "advmod" and c.lower_ == "too" for c in children(head)):
            return True  # "too canny to make claims": he does not make them
        if head.dep_ in ("acomp", "xcomp") and head.head.pos_ in VERBAL_POS:
            return is_negated(head.head)  # "is not likely to win": the copula's "not"
    if (gerund_head := complement_gerund_head(verb)) is not None:  # "not thinking of winning"
        return is_negated(gerund_head.head if gerund_head.pos_ == "ADJ" else gerund_head)
    return (verb.dep_ == "xcomp" or shares_auxiliaries(verb)) and is_negated(head)


_NEITHER_NOR = frozenset({"neither", "nor"})
_NEITHER_NOR_IDS = word_ids(*_NEITHER_NOR)
_NEITHER_ARGUMENTS = frozenset({"nsubj", "nsubjpass", "dobj", "attr"})


def is_neither_nor(verb: Token) -> bool:
    """``neither ... nor`` denies what it joins: verbs (``neither confirmed nor denied``,
    ``Nor did he``), subjects (``Neither Acme nor Norbel bought``) and objects (``bought
    neither the plant nor the mine``)."""
    if not doc_has_any(verb.doc, _NEITHER_NOR_IDS):
        return False  # most documents: no such word anywhere
    kids = children(verb)
    if any(c.lower_ in _NEITHER_NOR and c.dep_ in ("preconj", "cc", "advmod", "det")
           for c in kids):
        return True
    if verb.dep_ == "conj" and any(c.lower_ in _NEITHER_NOR and c.dep_ in ("preconj", "cc")
                                   for c in children(verb.head)):
        return True  # "neither confirmed nor denied": "denied" too
    return any(c.dep_ in _NEITHER_ARGUMENTS and any(
        g.lower_ == "neither" and g.dep_ in ("preconj", "det") for g in children(c))
        for c in kids)


def hedge_of(verb: Token) -> str | None:
    """The modal or hedging word that qualifies the verb (``could``, ``reportedly``), if any."""
    for child in children(verb):
        if child.dep_ == "aux" and child.lower_ in MODALS:
            return child.lower_
        if child.dep_ == "advmod" and child.lower_ in HEDGE_ADVERBS:
            return child.lower_
    if verb.dep_ == "xcomp" and verb.head.lemma_ in HEDGE_VERBS:
        return verb.head.lower_  # "is expected to visit", "seems to back"
    if verb.dep_ == "xcomp" and verb.head.pos_ == "ADJ" and verb.head.lower_ in HEDGE_ADJECTIVES:
        return verb.head.lower_  # "is likely to win"
    if verb.dep_ == "ccomp" and is_impersonal_hedge(verb.head):
        return verb.head.lower_  # "it appears that the UK is in ..."
    if verb.dep_ == "ccomp" and (weighed := impersonal_hedge_adjective(verb.head)) is not None \
            and weighed.i < verb.i:  # "X is a giant - it is impossible to ...": X stands
        return weighed.lower_  # "it is unlikely that Acme will buy Norbel"
    if is_subject_infinitive(verb) and verb.head.lemma_ in HEDGE_VERBS:
        return verb.head.lower_  # "analysts expect X to post ...": expected, not done
    if verb.dep_ in ("xcomp", "conj") and verb.head.pos_ in VERBAL_POS:
        return hedge_of(verb.head)
    if (head := complement_gerund_head(verb)) is not None:  # "might insist on playing"
        return hedge_of(head.head if head.pos_ == "ADJ" else head)
    return None


def is_subject_infinitive(verb: Token) -> bool:
    """A ``to``-infinitive with a subject of its own that a verb takes as its clause
    (``expect Nippon Steel to post``, ``want Sony to cut``: the parser's reading of
    object control): what it says is the head verb's expectation or wish."""
    return (verb.dep_ == "ccomp" and verb.tag_ == "VB" and verb.head.pos_ in VERBAL_POS
            and any(c.dep_ == "aux" and c.tag_ == "TO" for c in children(verb))
            and any(c.dep_ in SUBJECT_DEPS for c in children(verb)))


def is_impersonal_hedge(verb: Token) -> bool:
    """``it seems``/``it appears`` (with an ``it`` subject): what its clause says is
    hedged, not asserted."""
    return verb.lemma_ in IMPERSONAL_HEDGES and any(
        c.dep_ in ("nsubj", "expl") and c.lower_ == "it" for c in children(verb))


def impersonal_hedge_adjective(head: Token) -> Token | None:
    """The adjective that weighs a clause hung on ``head``: ``head`` itself (``unlikely
    he would give``), or the complement of an ``it`` copula (``it is possible that``)."""
    if head.pos_ == "ADJ":
        return head if head.lower_ in IMPERSONAL_HEDGE_ADJECTIVES else None
    if head.lemma_ != "be" or not any(c.dep_ in ("nsubj", "expl") and c.lower_ == "it"
                                      for c in children(head)):
        return None
    return next((c for c in children(head)
                 if c.dep_ == "acomp" and c.lower_ in IMPERSONAL_HEDGE_ADJECTIVES), None)


def _has_mark(clause: Token, marks: frozenset[str]) -> bool:
    return any(c.dep_ == "mark" and c.lower_ in marks for c in children(clause))


def clause_head(verb: Token, chain: list[Token] | None = None) -> Token:
    """The verb heading the clause ``verb`` belongs to, through chains and conjuncts
    (``chain``: its :func:`verb_chain`, when the caller has it)."""
    node = (chain or verb_chain(verb))[-1]
    while node.dep_ == "conj" and node.head.pos_ in VERBAL_POS:
        node = node.head
    return node


def is_hypothetical(verb: Token, chain: list[Token] | None = None) -> bool:
    """Not asserted but supposed, intended or asked: an infinitive of intention (``plans
    to build``), a condition or its consequence (``if X fails, Y will ...``), an embedded
    question (``unclear whether X ...``), an infinitive of purpose (``closed the road to
    repair it``), or a clause of a possibility noun (``the potential for X to become Y``)."""
    chain = chain or verb_chain(verb)
    if any(n.dep_ == "xcomp" and n.head.lemma_ in INTENTION_VERBS for n in chain[:-1]):
        return True
    if any(controller_of(n) is not None and n.head.lemma_ not in IMPLICATIVE_CONTROL_VERBS
           for n in chain[:-1]):
        return True  # "ordered the bank to repay": asked, not done
    last = chain[-1]
    if is_subject_infinitive(last) and last.head.lemma_ not in IMPLICATIVE_CONTROL_VERBS:
        return True  # "want Sony to cut costs", as the parser reads object control
    if (last.dep_ == "xcomp" and last.head.pos_ == "ADJ"
            and last.head.lower_ not in IMPLICATIVE_ADJECTIVES):
        return True  # "is keen to sign X", "is favourite to win Y"
    head = clause_head(verb, chain)
    if _has_mark(head, HYPOTHETICAL_MARKS):
        return True
    if any(c.dep_ == "advcl" and _has_mark(c, CONDITIONAL_MARKS) for c in children(head)):
        return True
    if is_purpose_clause(head) and not is_result_infinitive(head):
        return True  # "closed the road to repair it": intended, not done
    if head.dep_ == "ccomp" and head.head.lemma_ in COUNTERFACTUAL_VERBS:
        return True  # "I wish X were like Y": contrary to fact
    if head.dep_ == "pcomp" and head.tag_ == "VBG" and head.head.lower_ in TOPIC_PREPOSITIONS \
            and head.head.head.lemma_.lower() in TOPIC_HEADS \
            and any(c.dep_ in SUBJECT_DEPS for c in children(head)):
        return True  # "to talk about Turkey entering the EU": a topic, not an event
    return head.dep_ in ("acl", "advcl") and head.head.lemma_ in POSSIBILITY_NOUNS


def is_future(verb: Token, chain: list[Token] | None = None) -> bool:
    """Stated as still to come: ``will``/``shall``, ``is to``, ``is set to``, ``is
    scheduled to``, ``is going to``; a present tense in a time clause of a clause in the
    future (``will be lifted before Britain takes over``)."""
    chain = chain or verb_chain(verb)
    head = clause_head(verb, chain)
    if head.dep_ == "advcl" and head.tag_ in ("VBZ", "VBP") and _has_mark(head, TIME_MARKS) \
            and any(c.dep_ == "aux" and c.lower_ in TIME_FUTURE_AUXILIARIES
                    for c in children(head.head)):
        return True
    for node in chain:
        if any(c.dep_ == "aux" and c.lower_ in FUTURE_AUXILIARIES for c in children(node)):
            return True
        head = node.head
        if node.dep_ == "xcomp" and head.lemma_ in FUTURE_VERBS and (
                head.lemma_ == "be" or head.tag_ == "VBG" and head.lemma_ == "go"
                or any(c.dep_ == "auxpass" for c in children(head))):
            return True
    return False


def accuser_of(verb: Token, chain: list[Token] | None = None) -> Token | None:
    """The verb of accusation whose charge ``verb`` states (``accused X of kidnapping Y``)."""
    head = clause_head(verb, chain)
    if (head.dep_ == "pcomp" and head.head.dep_ == "prep"
            and head.head.head.lemma_ in ACCUSATION_VERBS):
        return head.head.head
    return None


def modality_of(verb: Token, question: bool = False,
                chain: list[Token] | None = None) -> str | None:
    """How the text holds the verb's clause when it does not simply assert it.

    ``question`` (its sentence asks it); the hedging word itself (``could``,
    ``reportedly``, ``expected``, ``likely``); ``hypothetical``; ``future``; ``reported``
    (a charge the text relays: ``accused X of ...``); else None. The caller adds
    ``reported`` for a clause with a reporter (:func:`stance_of`).
    """
    if question and verb.lemma_ not in QUESTION_REPORTING_VERBS:
        return "question"
    hedge = hedge_of(verb)
    if hedge is not None:
        return hedge
    chain = chain or verb_chain(verb)
    if is_hypothetical(verb, chain):
        return "hypothetical"
    if is_future(verb, chain):
        return "future"
    if accuser_of(verb, chain) is not None or relayed_claim(verb, chain) is not None:
        return "reported"
    return None


def relayed_claim(verb: Token, chain: list[Token] | None = None) -> Token | None:
    """The noun of claim whose clause ``verb`` belongs to (``rumours that X will buy
    Y``), if any (:mod:`.claims`)."""
    return claim_noun_of(clause_head(verb, chain))


def is_question(sentence: Span) -> bool:
    """The sentence ends with a question mark (closing quotes and brackets aside)."""
    for token in reversed(sentence):
        if token.text == "?":
            return True
        if not (token.is_quote or token.is_bracket or token.is_space):
            return False
    return False


def reporting_verb(verb: Token, verbs: frozenset[str] = SPEECH_VERBS) -> Token | None:
    """The verb of saying that reports the clause ``verb`` belongs to, if any.

    Either the clause hangs from it (``Trump said that X ...``, ``Trump wrote, "X ..."``)
    or, as the parser often reads a quotation, it hangs from the quoted clause's root
    (``"X ...," Trump said``).
    """
    node = verb
    while node.head.i != node.i:
        if node.dep_ in CHAIN_DEPS:
            node = node.head
        elif node.dep_ in NOUN_CLAUSE_DEPS and node.head.dep_ in OBJECT_DEPS:
            node = node.head.head  # "says she took steroids given to her by X": reported
        else:
            break
    if node.dep_ in REPORTED_CLAUSE_DEPS and node.head.lemma_ in verbs:
        return node.head
    if node.dep_ == "ROOT":
        for child in children(node):
            # A verb of belief reports only a clause of its own ("X, I think"), never the
            # clause it is an aside to ("produced X, though it hopes to ...").
            if (child.dep_ in ("parataxis", "ccomp", "advcl") and child.lemma_ in verbs
                    and (child.dep_ == "parataxis" or child.lemma_ not in BELIEF_VERBS)
                    and not any(c.dep_ in ("ccomp", "dobj") for c in children(child))):
                return child
    return None


def quoted_speaker(token: Token) -> Token | None:
    """The speaker a first-person pronoun in a quotation stands for.

    In ``Trump wrote, "I had a call ..."`` and ``"I'll be talking to him," Trump said``
    the quoted clause is reported by a verb of saying whose subject is the speaker.
    """
    if token.lower_ not in SINGULAR_FIRST_PERSON or token.pos_ != "PRON":
        return None  # a quoted "we" is the speaker's side, not the speaker
    node = token.head
    while node.dep_ not in ("ccomp", "parataxis", "ROOT") and node.head.i != node.i:
        node = node.head
    speech = reporting_verb(node)
    if speech is None:
        return None
    speakers = [c for c in children(speech) if c.dep_ == "nsubj"]
    if speakers and speakers[0].lower_ not in FIRST_PERSON:
        return speakers[0]
    return None


def reporter_of(verb: Token, chain: list[Token] | None = None) -> Token | None:
    """Who a clause is reported from: ``X said that ...``, ``..., X said``, ``according to X``."""
    chain = chain or verb_chain(verb)
    for node in chain:
        for child in children(node):
            if child.dep_ == "prep" and child.lower_ == "according":
                for to in children(child):
                    pobjs = [c for c in children(to) if c.dep_ == "pobj"]
                    if pobjs:
                        return pobjs[0]
    accuser = accuser_of(verb, chain)
    if accuser is not None:
        accusers = (agents_of(accuser) if is_passive(accuser)
                    else [c for c in children(accuser) if c.dep_ == "nsubj"])
        return accusers[0] if accusers else None
    speech = reporting_verb(verb, REPORTING_VERBS)
    if speech is None:
        return None
    speakers = subjects_of(speech)
    return speakers[0] if speakers else None


@dataclass(frozen=True)
class Stance:
    """How a verb's clause stands in the text: denied, hedged, reported from someone."""

    negated: bool
    modality: str | None
    reporter: Token | None


def stance_of(verb: Token, question: bool = False) -> Stance:
    """The negation, modality and reporter of ``verb``'s clause, read once; a clause
    the text relays from a reporter, and holds in no other way, is ``reported``.
    ``question``: the verb's sentence is a question (:func:`is_question`)."""
    chain = verb_chain(verb)
    modality, reporter = modality_of(verb, question, chain), reporter_of(verb, chain)
    if modality is None and reporter is not None:
        modality = "reported"
    claim = relayed_claim(verb, chain)
    if claim is not None:  # "rejected claims that she is X": relayed, and denied
        return Stance(is_negated(verb) != is_denied_claim(claim), "reported", reporter)
    return Stance(is_negated(verb), modality, reporter)
