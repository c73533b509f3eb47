"""The words of a verb's relation: its particles (``call off``, a split ``pulled out
of``), a placing after a verb of finishing (``finished seventh in``), the verb chain an
infinitive or a complement gerund hangs from (``plans to rebuild``, ``think of
winning``), and the relation's words as written.

Small pure functions over ``Token``; :mod:`.frames` reads them once per verb.
"""

from __future__ import annotations

from spacy.tokens import Token

from .arguments import OBJECT_OF_PREPOSITION_DEPS, agents_of, is_passive
from .infinitives import (
    VERBAL_POS,
    complement_gerund_head,
    controller_of,
    is_ranked_infinitive,
)
from .lexicon import (
    COMPOUND_PREPOSITIONS,
    FINISHING_VERBS,
    HEDGE_ADVERBS,
    PLACING_WORDS,
    PREDICATE_PARTICLES,
    RESULTATIVE_VERBS,
)
from .tree import PARTICLES, children, kept_answers, word_ids

RELATION_DEPS = frozenset({"aux", "auxpass", "neg", "prt"})  # words of the verb group
_PLACING_DEPS = frozenset({"advmod", "npadvmod", "dobj", "oprd"})  # "finished seventh"

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
