"""A verb's frame: everything its constructions read, read once per verb."""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Token

from .arguments import (
    Argument,
    agents_of,
    complements_of,
    is_passive,
    objects_of,
    passive_objects,
    patients_of,
    subjects_of,
    with_members,
)
from .builder import ExtractionBuilder
from .lexicon import RESULTATIVE_VERBS
from .prepositions import inverted_predicates, is_discourse_marker, prepositional_arguments
from .records import Mention, Phrase
from .stance import Stance, stance_of
from .tree import children
from .verb_groups import (
    is_compound_preposition_head,
    particles_of,
    relation_of,
    relation_tokens,
)
from .verb_times import interposed_times, time_heads


@dataclass(frozen=True)
class Frame:
    """What a verb offers its constructions.

    ``subjects`` are the verb's grammatical subjects (for a passive with a ``by`` agent,
    what undergoes the action; the ``agents`` are then the logical subjects); ``lemma``
    and ``words`` are its relation as a lemma phrase and as written; ``times`` the bare
    time phrases on it and those set between its subject and it (:func:`interposed_times`);
    ``resultatives`` the split two-word prepositions (``out of``) that say where its object
    ends up, kept out of ``preps`` (:mod:`.resultatives`); ``stance`` its negation,
    modality and reporter.
    """

    verb: Token
    passive: bool
    agents: list[Token]
    subjects: list[Token]
    objects: list[Token]
    preps: list[Argument]
    resultatives: list[Argument]
    complements: list[Token]
    lemma: str
    words: list[Token]
    times: list[Phrase]
    stance: Stance


@dataclass(frozen=True)
class Subject:
    """One of a frame's subjects: its head, its mention and its phrase as written."""

    token: Token
    mention: Mention
    phrase: Phrase


def particle_arguments(verb: Token) -> list[Argument]:
    """Prepositional arguments of a copula's particle predicate (``are up from X``) and
    of a split two-word preposition's first word (``out`` → ``of the deal``)."""
    heads = [p for p in particles_of(verb) if p.dep_ == "advmod"] + [
        c for c in children(verb) if is_compound_preposition_head(c)]
    return [a for p in dict.fromkeys(heads) for a in prepositional_arguments(p)]


def is_resultative(argument: Argument) -> bool:
    """An argument of a split two-word preposition (``out of``, ``away from``)."""
    return is_compound_preposition_head(argument.marker.head)


def frame_of(verb: Token, builder: ExtractionBuilder) -> Frame | None:
    """The frame of ``verb``, or None when it has no subject (it then states no fact)."""
    passive = is_passive(verb)
    agents = agents_of(verb) if passive else []
    subjects = [] if agents else patients_of(verb) if passive else subjects_of(verb)
    if not agents and not subjects:
        return None
    if agents:
        subjects = patients_of(verb)
    subjects = with_members(subjects)
    objects = with_members(passive_objects(verb) if passive else objects_of(verb))
    preps = sorted(prepositional_arguments(verb) + particle_arguments(verb),
                   key=lambda a: a.marker.i) + inverted_predicates(verb)
    preps = [a for a in preps if not (agents and a.prep == "by") and not is_discourse_marker(a)]
    held = agents or objects  # "ruled Owen out of the Cup": where the object ends up
    return Frame(
        verb=verb, passive=passive, agents=agents, subjects=subjects, objects=objects,
        preps=[a for a in preps if not (held and is_resultative(a))],
        resultatives=[a for a in preps if held and is_resultative(a)
                      and verb.lemma_.lower() in RESULTATIVE_VERBS],
        complements=[] if agents or objects else complements_of(verb),
        lemma=relation_of(verb)[0], words=relation_tokens(verb),
        times=[builder.head_phrase(t) for t in time_heads(verb, builder.ents)]
        + [builder.time_phrase(t) for t in interposed_times(verb, builder.ents)],
        stance=stance_of(verb, builder.question),
    )


def subject_of(token: Token, builder: ExtractionBuilder) -> Subject:
    """``token`` as a frame's subject, its mention and phrase read once."""
    return Subject(token, builder.mention(token), builder.head_phrase(token))
