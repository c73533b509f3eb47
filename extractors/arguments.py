"""What a verb's dependency tree offers: its voice, subjects, objects and prepositional
arguments, and the words of its relation.

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
    is_ranked_infinitive,
    ranked_copula,
)
from .lexicon import (
    ACCUSATION_VERBS,
    COMPOUND_PREPOSITIONS,
    FINISHING_VERBS,
    HEDGE_ADVERBS,
    OBJECT_CONTROL_VERBS,
    PATIENT_PURPOSE_VERBS,
    PLACING_WORDS,
    PREDICATE_PARTICLES,
    RELATIVE_PRONOUNS,
    RESULTATIVE_VERBS,
    UNUSABLE_ARGUMENTS,
)
from .mentions import TIME_LABELS
from .tree import PARTICLES, PASSIVES, children, doc_tokens, kept_answers, lefts, word_ids

PASSIVE_SUBJECT_DEPS = frozenset({"nsubjpass", "csubjpass"})
PASSIVE_MARK_DEPS = PASSIVE_SUBJECT_DEPS | {"auxpass"}
OBJECT_DEPS = frozenset({"dobj", "attr", "oprd", "dative"})
# A preposition's object: a noun phrase, or a gerund clause ("by interacting X").
OBJECT_OF_PREPOSITION_DEPS = frozenset({"pobj", "pcomp"})
RELATION_DEPS = frozenset({"aux", "auxpass", "neg", "prt"})  # words of the verb group
_PLACING_DEPS = frozenset({"advmod", "npadvmod", "dobj", "oprd"})  # "finished seventh"
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
    or an age standing for a person (``the 25-year-old``, headed by the adjective)."""
    return token.lower_ not in UNUSABLE_ARGUMENTS and (
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


_COMPOUND_FIRST_IDS = word_ids(*COMPOUND_PREPOSITIONS)


def is_compound_preposition_head(token: Token) -> bool:
    """The first word of a two-word preposition the parser split (``out`` of ``pulled
    out of the deal``, ``away`` of ``moved away from``): no object of its own, one
    preposition under it."""
    if token.lower not in _COMPOUND_FIRST_IDS:  # an int test: most words
        return False
    second = COMPOUND_PREPOSITIONS.get(token.lower_)
    if second is None or token.dep_ not in ("prep", "advmod"):
        return False
    below = children(token)
    preps = [c for c in below if c.dep_ == "prep"]
    return (not any(c.dep_ in OBJECT_OF_PREPOSITION_DEPS for c in below)
            and len(preps) == 1 and preps[0].lower_ == second)


def particles_of(verb: Token) -> list[Token]:
    """The verb's particles (``call off``), an adverb ``back`` right after it that the
    parser did not call one (``went back on a pledge``, ``hit back at``), the first word
    of a split two-word preposition after a verb with no object or one that moves its
    object (``was ruled out of``, ``ruled him out of``, not ``had 4m people out of
    work``), and a copula's particle predicate (``are up``). Asked several times per
    verb: worked out once while the Doc's tables are kept."""
    answers = kept_answers(verb.doc, PARTICLES)
    found = answers.get(verb.i)
    if found is None:
        found = answers[verb.i] = _particles_of(verb)
    return found


def _particles_of(verb: Token) -> list[Token]:
    if verb.lemma_ != "be":
        below = children(verb)
        moves = (verb.lemma_.lower() in RESULTATIVE_VERBS
                 or not any(c.dep_ == "dobj" for c in below))
        return _one_compound([c for c in below if c.dep_ == "prt" or (
            c.dep_ == "advmod" and c.i == verb.i + 1 and c.lower_ == "back")
            or (moves and is_compound_preposition_head(c))])
    return _one_compound([c for c in children(verb) if c.dep_ == "prt" or (
        c.dep_ == "advmod" and c.i > verb.i and c.lower_ in PREDICATE_PARTICLES)
        or is_compound_preposition_head(c)])


def _one_compound(particles: list[Token]) -> list[Token]:
    """At most one split two-word preposition joins the relation, the first, and none
    after a preposition of the verb's own: ``walks out of the hotel ..., ahead of the
    tour`` is walking out of the hotel, ``was named in the squad ..., ahead of the match``
    being named in the squad."""
    heads = [p for p in particles if p.lower_ in COMPOUND_PREPOSITIONS and p.dep_ != "prt"]
    if not heads:
        return particles
    verb = heads[0].head
    first_prep = min((c.i for c in children(verb) if c.dep_ == "prep" and c.i > verb.i),
                     default=len(verb.doc))
    return [p for p in particles if p not in heads[1:]
            and not (p is heads[0] and first_prep < p.i)]


def relation_of(verb: Token) -> tuple[str, str]:
    """The normalised lemma phrase and surface words of the verb, with particle and chain."""
    particles = particles_of(verb)
    lemma = " ".join([verb.lemma_.lower()] + [p.lower_ for p in particles] + placing(verb))
    surface = " ".join([verb.text] + [p.text for p in particles])
    if is_passive(verb) and not agents_of(verb):  # "was called off": "be called off"
        lemma = " ".join([f"be {verb.lower_}"] + [p.lower_ for p in particles])
    if (verb.dep_ == "xcomp" and verb.head.pos_ in ("VERB", "AUX", "ADJ")
            and controller_of(verb) is None and not is_ranked_infinitive(verb)):
        head_lemma, head_surface = relation_of(verb.head)
        if verb.head.pos_ == "ADJ":
            head_lemma, head_surface = f"be {verb.head.lower_}", verb.head.text
        return f"{head_lemma} to {lemma}", f"{head_surface} to {surface}"
    if (head := complement_gerund_head(verb)) is not None:  # "think of winning"
        head_lemma, head_surface = (f"be {head.lower_}", head.text) if head.pos_ == "ADJ" \
            or is_passive(head) else relation_of(head)  # "be revered for captaining"
        return f"{head_lemma} {verb.head.lower_} {verb.lower_}", \
            f"{head_surface} {verb.head.text} {surface}"
    return lemma, surface


def placing(verb: Token) -> list[str]:
    """The place a verb of finishing ranks its subject at, right after it (``finished
    seventh in``, ``took second in``): the relation keeps it, else ``finish in`` says
    nothing of the result. A list of one word, or empty."""
    after = verb.doc[verb.i + 1] if verb.i + 1 < len(verb.doc) else None
    if after is None or verb.lemma_ not in FINISHING_VERBS or after.head.i != verb.i \
            or after.dep_ not in _PLACING_DEPS \
            or not (after.ent_type_ == "ORDINAL" or after.lower_ in PLACING_WORDS):
        return []
    return [after.lower_]


def relation_tokens(verb: Token) -> list[Token]:
    """The relation's words as written: auxiliaries, negation, the verb and its particle.

    An infinitive chain carries the words of the verb it hangs from (``plans to
    rebuild``, ``is expected to travel``); adverbs inside the verb group stay
    (``will soon speak``), as do those just before a verb without auxiliary (``also
    houses``, ``finally closed``).
    """
    words = [c for c in children(verb) if c.dep_ in RELATION_DEPS] + [
        p for p in particles_of(verb) if p.dep_ != "prt"]
    adverbs = {c.i: c for c in children(verb) if c.dep_ == "advmod" and c.i < verb.i}
    if adverbs:
        first = min(w.i for w in words + [verb])
        words += [c for i, c in adverbs.items() if first < i]
        i = verb.i - 1
        while (i in adverbs and adverbs[i].pos_ == "ADV" and adverbs[i].tag_ != "WRB"
               and adverbs[i].lower_ not in HEDGE_ADVERBS):  # a hedge is the modality
            words.append(adverbs[i])
            i -= 1
    words.append(verb)
    if (verb.dep_ == "xcomp" and verb.head.pos_ in VERBAL_POS and controller_of(verb) is None
            and not is_ranked_infinitive(verb)):
        words += relation_tokens(verb.head)
    elif verb.dep_ == "xcomp" and verb.head.pos_ == "ADJ":
        words += [verb.head] + [c for c in children(verb.head.head)
                                if c.dep_ in ("aux", "neg")] + [verb.head.head]
    elif (head := complement_gerund_head(verb)) is not None:
        words += [verb.head] + (relation_tokens(head) if head.pos_ != "ADJ" else [head, head.head])
    return sorted(set(words), key=lambda t: t.i)


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
