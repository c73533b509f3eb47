"""What a verb's dependency tree offers: its voice, subjects, objects and prepositional
arguments (the words of its relation: :mod:`.verb_groups`).

Small pure functions over ``Token`` in the spirit of textacy's ``extract``; each answers
one question about a verb. :mod:`.frames` reads them once per verb.
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Span, Token

from .argument_spans import enumeration_members
from .conjuncts import NOMINAL_POS, expand_conjuncts, stranded_subject
from .described_names import described_name
from .infinitives import (
    SUBJECT_DEPS,
    VERBAL_POS,
    complement_gerund_head,
    controller_of,
    is_prepositional_gerund,
    is_purpose_clause,
    ranked_copula,
)
from .lexicon import (
    ACCUSATION_VERBS,
    OBJECT_CONTROL_VERBS,
    PATIENT_PURPOSE_VERBS,
    RELATIVE_PRONOUNS,
    UNUSABLE_ARGUMENTS,
)
from .mentions import TIME_LABELS
from .tree import PASSIVES, children, doc_tokens, kept_answers, lefts

PASSIVE_SUBJECT_DEPS = frozenset({"nsubjpass", "csubjpass"})
PASSIVE_MARK_DEPS = PASSIVE_SUBJECT_DEPS | {"auxpass"}
OBJECT_DEPS = frozenset({"dobj", "attr", "oprd", "dative"})
# A preposition's object: a noun phrase, or a gerund clause ("by interacting X").
OBJECT_OF_PREPOSITION_DEPS = frozenset({"pobj", "pcomp"})
AMOUNT_LABELS = frozenset({"MONEY", "PERCENT", "QUANTITY", "CARDINAL"})


@dataclass(frozen=True)
class Argument:
    """A prepositional argument: its preposition (word and token) and its object's head."""

    prep: str
    head: Token
    marker: Token


def with_members(tokens: list[Token]) -> list[Token]:
    """``tokens``, each followed by the members its enumeration lists (``banks including
    X and Y`` → banks, X, Y): a fact about the whole holds of each member named."""
    found: list[Token] = []
    for token in tokens:
        found.append(token)
        listed = enumeration_members(token)
        if listed is not None:
            found.extend(m for m in listed[1] if m not in found)
    return found


def is_passive(verb: Token) -> bool:
    """Passive voice: a passive subject or auxiliary, or a participle modifying a noun.
    Asked several times per verb (its frame, its stance, its objects' readings): worked
    out once while the Doc's tables are kept."""
    answers = kept_answers(verb.doc, PASSIVES)
    found = answers.get(verb.i)
    if found is None:
        found = answers[verb.i] = _is_passive(verb)
    return found


def _is_passive(verb: Token) -> bool:
    agent = False
    own_clause = False
    for child in children(verb):
        dep = child.dep_
        if dep in PASSIVE_MARK_DEPS:
            return True
        agent = agent or dep == "agent"
        own_clause = own_clause or dep in ("nsubj", "aux")
    if verb.tag_ != "VBN":
        return False
    if verb.dep_ == "conj" and not own_clause and verb.head.pos_ == "VERB":
        return is_passive(verb.head)  # "was designed and built": one auxiliary for both
    return verb.dep_ == "acl" or (verb.dep_ == "advcl" and (agent or is_participial_opener(verb)))


def is_participial_opener(verb: Token) -> bool:
    """A past participle opening its sentence's clause (``Formerly known as Edo, the city
    ...``): passive, of the clause's subject; not a perfect (``Having won, ...``)."""
    return (verb.tag_ == "VBN" and verb.dep_ == "advcl" and verb.i < verb.head.i
            and not any(c.dep_ in ("aux", "auxpass", "nsubj", "nsubjpass", "mark")
                        for c in children(verb)))


def is_usable(token: Token) -> bool:
    """A nominal that names something by itself (not ``what``, ``there``, ``something``),
    or an age standing for a person (``the 25-year-old``, headed by the adjective); never
    a quotation mark the tagger read as a noun (the quote of ``known as '771``)."""
    return token.lower_ not in UNUSABLE_ARGUMENTS and not token.is_quote and (
        token.pos_ in NOMINAL_POS or (token.lower_ == "old" and token.dep_ != "amod" and any(
            c.lower_ == "year" for c in lefts(token))))


def is_time(token: Token, ents: dict[int, Span]) -> bool:
    """Part of a DATE or TIME entity."""
    return token.i in ents and ents[token.i].label_ in TIME_LABELS


def agents_of(verb: Token) -> list[Token]:
    """The heads of a passive verb's ``by`` agent, conjuncts expanded; coordinated
    participles share the last one's (``was designed and built by X``)."""
    for child in children(verb):
        if child.dep_ == "agent":
            return [o for c in children(child) if c.dep_ in OBJECT_OF_PREPOSITION_DEPS
                    for o in expand_conjuncts(c)]
    for child in children(verb):
        if (child.dep_ == "conj" and child.tag_ == "VBN"
                and not any(c.dep_ in SUBJECT_DEPS or c.dep_ in ("aux", "auxpass")
                            for c in children(child))):
            return agents_of(child)
    return []


def subjects_of(verb: Token) -> list[Token]:
    """Heads of the verb's logical subjects (the by-agent for passives), conjuncts expanded."""
    if is_passive(verb):
        agents = agents_of(verb)
        if agents:
            return agents
    direct = [c for c in children(verb) if c.dep_ in SUBJECT_DEPS]
    if direct:
        subject = direct[0]
        if subject.lower_ in RELATIVE_PRONOUNS and verb.dep_ == "relcl":
            subject = described_name(verb.head)
        return expand_conjuncts(subject)
    inverted = inverted_subject(verb)
    if inverted is not None:
        return expand_conjuncts(inverted)
    copula = ranked_copula(verb)
    if copula is not None:  # "X was the first ship to enter Y": X entered Y
        return subjects_of(copula)
    if verb.dep_ == "acl" and verb.head.pos_ in NOMINAL_POS:
        if is_passive(verb):
            return []
        if any(c.dep_ == "aux" and c.lower_ == "to" for c in children(verb)):
            # "his decision to halt X": the possessor decides, not the decision.
            return [c for c in children(verb.head) if c.dep_ == "poss"]
        return [described_name(verb.head)]
    controller = controller_of(verb)
    if (controller is not None and controller.dep_ == "dobj"
            and verb.head.lemma_ not in OBJECT_CONTROL_VERBS):
        return subjects_of(verb.head)  # "Yukos sold Yugansk to pay the bill": Yukos pays
    if controller is not None:
        return expand_conjuncts(controller)
    if verb.dep_ == "conj":
        stranded = stranded_subject(verb)
        if stranded is not None:  # "Acme bought the plant and Norbel bought the mine"
            return [stranded]
    if verb.dep_ in ("conj", "xcomp") and verb.head.pos_ in VERBAL_POS:
        return subjects_of(verb.head)
    if (verb.dep_ == "pcomp" and verb.head.dep_ == "prep"
            and verb.head.head.lemma_ in ACCUSATION_VERBS):
        # "X accused Y of kidnapping Z", "Y was accused of hiding Z": Y is charged with it.
        return [c for c in children(verb.head.head) if c.dep_ in ("dobj", "nsubjpass")][:1]
    if verb.dep_ == "xcomp" and verb.head.pos_ == "ADJ" and verb.head.head.pos_ in VERBAL_POS:
        return subjects_of(verb.head.head)
    if (head := complement_gerund_head(verb)) is not None:  # "X thought of winning Y"
        head = head.head if head.pos_ == "ADJ" else head  # "X was revered by Y for doing":
        return patients_of(head) if is_passive(head) else subjects_of(head)  # X did it
    if is_purpose_clause(verb) or is_prepositional_gerund(verb):
        # "The bridge was built to carry trains": the purpose is its clause subject's;
        # "X won by beating Y", "X was held after attacking Y": so is the gerund (but
        # "X was cleaned by adding Y": an unnamed agent's).
        head = verb.head if verb.dep_ == "advcl" else verb.head.head
        if is_passive(head):
            if verb.head.lower_ == "by":
                return []
            if head.lemma_ in PATIENT_PURPOSE_VERBS or not is_purpose_clause(verb):
                return patients_of(head)  # "was built to carry", "was held after attacking"
            return agents_of(head)  # "the unit was sold to pay the bill": not the unit
        return subjects_of(head)
    perfect = verb.tag_ == "VBN" and any(c.dep_ == "aux" and c.lower_ == "having"
                                         for c in children(verb))
    if verb.dep_ == "advcl" and (verb.tag_ == "VBG" or perfect) and verb.head.pos_ in VERBAL_POS:
        # "Speaking in Paris, Merkel said ...", "Having won the title, the team ...": the
        # participle shares the main subject, every conjunct of it ("he, X and Y all step
        # up campaigning ahead of Z": all three campaign).
        shared = [c for c in children(verb.head) if c.dep_ == "nsubj"][:1]
        return expand_conjuncts(shared[0]) if shared else []
    return []


CLAUSE_DEPS = frozenset({"relcl", "acl", "advcl", "ccomp"})


def leaps_a_clause(participle: Token) -> bool:
    """A participle the parse hung on a noun before a whole clause (``the platform, where
    Trump praised the regime, now led by X``): a noun of that clause, nearer, may be what
    it describes as well, so its noun is a guess (``the first station made available
    followed by X`` leaps no noun)."""
    between = doc_tokens(participle.doc)[participle.head.i + 1:participle.i]
    clause = next((k for k, t in enumerate(between)
                   if t.dep_ in CLAUSE_DEPS and t.pos_ in ("VERB", "AUX")), None)
    return clause is not None and any(t.pos_ in ("NOUN", "PROPN") for t in between[clause:])


def patients_of(verb: Token) -> list[Token]:
    """For a passive verb, what undergoes the action (``X was captured``, ``X, led by Y``)."""
    direct = [c for c in children(verb) if c.dep_ in PASSIVE_SUBJECT_DEPS]
    if direct:
        subject = direct[0]
        if subject.lower_ in RELATIVE_PRONOUNS and verb.dep_ == "relcl":
            subject = described_name(verb.head)
        return expand_conjuncts(subject)
    if verb.dep_ in ("acl", "relcl") and verb.head.pos_ in NOMINAL_POS:
        if verb.dep_ == "acl" and leaps_a_clause(verb):
            return []  # whose it is, the parse cannot tell
        return [described_name(verb.head)]
    if verb.dep_ == "conj" and verb.head.pos_ == "VERB" and is_passive(verb.head):
        return patients_of(verb.head)
    if verb.dep_ == "advcl" and verb.tag_ == "VBN" and verb.head.pos_ in VERBAL_POS:
        # A participle clause describes the nearest noun: "..., the party, now led by X"
        # after the verb's object; "Attacked by X, the party ..." before its subject.
        if verb.i > verb.head.i:
            before = verb.doc[verb.left_edge.i - 1] if verb.left_edge.i > 0 else None
            if before is not None and before.text == "," and before.i > 0:
                noun = noun_phrase_head(verb.doc[before.i - 1])
                if noun is not None:
                    return [noun]
            objects = [c for c in children(verb.head) if c.dep_ in OBJECT_DEPS and c.i < verb.i]
            if objects:
                return [objects[-1]]
        return [c for c in children(verb.head) if c.dep_ in ("nsubj", "nsubjpass")][:1]
    if verb.dep_ == "conj" and verb.head.pos_ in NOMINAL_POS:
        return [verb.head]
    return []


def noun_phrase_head(token: Token) -> Token | None:
    """The head noun of the noun phrase that ``token`` ends, if it ends one."""
    while token.dep_ in ("compound", "flat") and token.head.i > token.i:
        token = token.head
    return token if token.pos_ in ("NOUN", "PROPN") else None


def inverted_subject(verb: Token) -> Token | None:
    """The subject of a question's fronted copula, which the parser reads as its
    predicate nominal: ``Are boots on the ground off the table?`` → boots."""
    if verb.lemma_ != "be" or verb.i != verb.left_edge.i:
        return None
    if any(c.dep_ in SUBJECT_DEPS or c.dep_ == "expl" for c in children(verb)):
        return None
    attrs = [c for c in children(verb) if c.dep_ == "attr" and c.pos_ in NOMINAL_POS]
    return attrs[0] if len(attrs) == 1 and attrs[0].lower_ not in UNUSABLE_ARGUMENTS else None


def objects_of(verb: Token) -> list[Token]:
    """Heads of the verb's direct objects and predicate nominals, conjuncts expanded; an
    adjective complement of an object (``left the door open``) is no object."""
    found: list[Token] = []
    has_object = any(c.dep_ == "dobj" for c in children(verb))
    inverted = inverted_subject(verb)
    for child in children(verb):
        if child.dep_ == "oprd" and child.pos_ == "ADJ" and has_object:
            continue
        if child is inverted or child == inverted:
            continue
        if child.dep_ in OBJECT_DEPS and child.pos_ != "ADP":
            head = child
            if head.lower_ in RELATIVE_PRONOUNS and verb.dep_ == "relcl":
                head = verb.head
            found.extend(expand_conjuncts(head))
    if not found and verb.dep_ == "relcl" and not is_passive(verb):
        has_subject = any(c.dep_ in SUBJECT_DEPS and c.lower_ not in RELATIVE_PRONOUNS
                          for c in children(verb))
        has_pp = any(c.dep_ == "prep" for c in children(verb))
        if has_subject and not has_pp and verb.head.pos_ in NOMINAL_POS:
            found.append(verb.head)  # "an offer the United States rejected"
    return found


def passive_objects(verb: Token) -> list[Token]:
    """The second object a passive keeps (``was awarded the prize``, ``was given a name``)."""
    return [o for c in children(verb) if c.dep_ == "dobj" and c.pos_ in NOMINAL_POS
            for o in expand_conjuncts(c)]


def complements_of(verb: Token) -> list[Token]:
    """Clausal and adjectival complements: ``said that ...``, ``is open``, ``seems ready``."""
    return [c for c in children(verb) if c.dep_ in ("ccomp", "acomp")
            or (c.dep_ == "xcomp" and c.pos_ == "ADJ")]
