"""Pronoun resolution: which earlier mention a pronoun stands for, or none.

Precision first. A pronoun resolves only with agreement evidence:

- ``he``/``she`` go to a person whose gender is known (title, role word, first name or an
  earlier unambiguous pronoun) and matches; a person of unknown gender only when they are
  the one person in reach, which then fixes their gender;
- ``it`` to a named thing, never a person or a plural, no further back than the previous
  sentence; ``they`` to a plural non-person, as far;
- reflexives (``Maduro himself``) to the nearest fitting mention of their own sentence;
- a subject ``it`` of a reported clause to the speaker just before it, a thing even when
  NER called its one-word name a person (``Yukos has said it will sue``).

Among fitting candidates the best-ranked wins (``_scores``): nearer sentences, subjects, a
subject pronoun's parallel subject, a possessive's own clause subject, for a pronoun that
is no subject the nearest candidate of its sentence and those of its own clause, a known
fitting gender; a guess also weighs objects over nouns in a phrase, and mention counts.
An object pronoun, or a preposition's object, is never its own clause's subject or
object (binding: ``Saier replaced him``, ``Saier was angry with him``); a possessive
before its sentence's subject stands for that subject (``After her exit, Singh
returned``; :func:`cataphora_subject`). :func:`choose` says how sure a choice is: the
graph takes only :data:`SURE` ones, the GAP benchmark also the :data:`GUESS` for a
pronoun without agreement evidence. The weights were set on the GAP
development split.
``I``/``we`` and ``you`` are never resolved here: the graph maps a quoted ``I`` to its
speaker.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from kgbuilder.extractors.records import Mention

from .gazetteer import is_place_name
from .genders import gender_of_name
from .lexicon import NOMINAL_HEADS, ORGANIZATION_TYPES
from .names import ROLE_NOUNS, TITLE_WORDS, is_figure_text, name_key

if TYPE_CHECKING:
    from .clusters import Cluster

PERSON_PRONOUNS = frozenset({"masc", "fem"})
# Kinds a he/she never stands for, even as a guess.
GUESS_NEVER = frozenset({"Country", "Role", "Legislation", "Event", "SportsTeam",
                         "PoliticalParty", "QuantitativeValue", "Date"})
# What ``it`` can stand for: a named thing that is neither a person nor a plural.
NEUTER_TYPES = frozenset({"Organization", "GovernmentOrganization", "PoliticalParty",
                          "SportsTeam", "Country", "Place", "City", "Event", "Product",
                          "Legislation", "CreativeWork"})
PLACE_TYPES = frozenset({"Place", "City"})
PERSON_REACH = 3  # sentences a he/she looks back over (its own included)
GUESS_REACH = 5  # as far, when a best guess is wanted
SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass"})
OBJECT_DEPS = frozenset({"dobj", "dative"})
ARGUMENT_DEPS = SUBJECT_DEPS | OBJECT_DEPS  # a verb's own arguments (binding)
# A pronoun its own clause's subject or object never binds: an object, or the object of
# a preposition of the clause (``Reed replaced him``, ``Reed was angry with her``; the
# same person would be ``himself``/``herself``).
BOUND_DEPS = OBJECT_DEPS | {"pobj"}
BINDER_DEPS = ARGUMENT_DEPS | {"conj"}  # and a name joined to them ("X and Y beat her")
# Salience weights of a he/she's candidates (see ``_scores``).
W_DISTANCE, W_SUBJECT, W_PARALLEL, W_POSSESSIVE = 1.0, 1.0, 1.0, 1.0
W_POSSESSIVE_NEAR = 0.5
W_GENDER, W_NOT_PERSON, W_COUNT = 0.5, 2.0, 0.2
W_OBJECT, W_OBLIQUE = 0.5, 0.5  # a verb's object is more salient than a noun in a phrase
W_RECENT, W_CLAUSE = 1.5, 0.5  # a non-subject's nearest candidate; one of its own clause
COUNT_CAP = 3  # mentions so far beyond which a candidate is no more salient
# Personhood of a name NER called no person, or missed, or that is a known first name.
MISTAGGED, UNTAGGED, FIRST_NAMED = 0.5, 0.3, 0.8


@dataclass(slots=True)  # not frozen: a frozen init costs a setattr call per field
class Seen:
    """One mention already walked past: a candidate antecedent for later pronouns."""

    start: int
    sentence: int
    subject: bool
    plural: bool
    cluster: Cluster
    speaker: bool = False  # the subject of a reporting verb ("Andrew said ...")
    dep: str = ""  # dependency label of the mention's head
    clause: int = -1  # where the verb of its clause starts


def fits(pronoun: Mention, seen: Seen) -> bool:
    """Whether ``seen`` agrees with ``pronoun`` in person-hood and number (gender apart)."""
    cluster = seen.cluster
    if pronoun.label in PERSON_PRONOUNS:
        return cluster.is_person and cluster.gender in (None, pronoun.label)
    if pronoun.label == "neuter":  # a thing; a noun phrase too, never skipped for a name
        return not seen.plural and (cluster.type in NEUTER_TYPES or cluster.type == "Concept")
    if pronoun.label == "plural":  # never an event: "the Athens Games ... They failed to
        return seen.plural and not cluster.is_person and cluster.type != "Event"  # appear"
    return False


_FIGURE_TYPES = frozenset({"Concept", "MonetaryAmount", "QuantitativeValue"})


def _thing_or_none(pronoun: Mention, found: Cluster) -> tuple[Cluster | None, float]:
    """``found`` for sure, but when an ``it`` would stand for a figure (``40m``, ``£2bn``,
    ``an 18% jump``): an amount is what a thing has, never what "it" is, and the nearest
    fit being one leaves the reading unsure (``200 workers`` may well be ``they``)."""
    if pronoun.label == "neuter" and found.type in _FIGURE_TYPES \
            and is_figure_text(found.label):
        return None, 0.0  # (a name such as 3M or 7-Eleven is no amount)
    return found, SURE


def personhood(cluster: Cluster) -> float:
    """How likely ``cluster`` names a person, for a guess: 1.0 for a person; less for a
    name NER gave another kind (the small model reads many surnames as places or firms:
    ``Clay``, ``Soule``), less again for a capitalised phrase NER missed, unless it is a
    known first name (the model misses women's more often); 0.0 for a
    country, a state or region NER called a place, a role, an event, a common noun phrase."""
    if cluster.is_person:
        return 1.0
    if cluster.type in GUESS_NEVER:
        return 0.0
    words = cluster.label.split()
    if not words or len(words) > 4 or not all(w[:1].isupper() for w in words) \
            or name_key(words[-1]) in ROLE_NOUNS | TITLE_WORDS:
        return 0.0
    if gender_of_name(cluster.label, person=True) is not None:
        return FIRST_NAMED  # "Misty", "Snow": a first name, whatever NER called it
    if cluster.type in PLACE_TYPES and is_place_name(cluster.label):
        return 0.0  # "Kansas", "Bavaria": a state or region NER rightly called a place
    return UNTAGGED if cluster.key.startswith("concept:") else MISTAGGED


def may_fit(pronoun: Mention, seen: Seen) -> bool:
    """Whether ``seen`` could be a he/she's referent when nothing better is known: a
    person of no contrary gender, or what may be a person's name (:func:`personhood`)."""
    cluster = seen.cluster
    if cluster.gender not in (None, pronoun.label) or seen.plural:
        return False
    if cluster.gender is None and not cluster.is_person \
            and gender_of_name(cluster.label, person=True) not in (None, pronoun.label):
        return False  # a man's first name NER read as a place is no "she"
    return personhood(cluster) > 0.0


def _window(pronoun: Mention, history: list[Seen], reach: int = PERSON_REACH
            ) -> list[tuple[Seen, int]]:
    """Mentions before ``pronoun`` within its reach, most recent first, each with how many
    sentences back it lies: its own sentence and the ``reach - 1`` (``he``/``she``) or one
    (``it``/``they``) before it; a reflexive's own sentence only."""
    reflexive = pronoun.text.casefold().endswith(("self", "selves"))
    earlier = 0 if reflexive else reach - 1 if pronoun.label in PERSON_PRONOUNS else 1
    passed: set[int] = set()
    found: list[tuple[Seen, int]] = []
    # a reflexive is the one pronoun its own clause's subject does bind ("for himself")
    bound = not reflexive and pronoun.dep in BOUND_DEPS and pronoun.clause >= 0
    for seen in reversed(history):  # history runs in text order: walk back from the pronoun
        if seen.start >= pronoun.start:
            continue
        if bound and seen.clause == pronoun.clause and seen.dep in BINDER_DEPS:
            continue  # "Saier replaced him", "Saier sat with him": never its verb's own
        if seen.sentence != pronoun.sentence:
            passed.add(seen.sentence)
            if len(passed) > earlier:
                break
        found.append((seen, len(passed)))
    return found


def _named(cluster: Cluster, surnames: frozenset[str]) -> bool:
    return bool(surnames) and any(name_key(alias).split()[-1:] and
                                  name_key(alias).split()[-1] in surnames
                                  for alias in cluster.aliases)


def antecedent(pronoun: Mention, history: list[Seen], quoted: bool = False,
               speakers: frozenset[str] = frozenset()) -> Cluster | None:
    """The cluster ``pronoun`` stands for, or None when the evidence does not settle it.

    A ``he``/``she`` inside a quotation (``quoted``) speaks of someone other than the
    speaker, so speakers of the window, and people named like the quotation's own
    speakers (last words of their names, ``speakers``), are no candidates.
    """
    cluster, confidence = choose(pronoun, history, quoted, speakers)
    return cluster if confidence >= SURE else None


SURE = 1.0  # agreement evidence settles it: what the graph resolves
GUESS = 0.5  # the best-ranked candidate without such evidence (see ``choose``)


def choose(pronoun: Mention, history: list[Seen], quoted: bool = False,
           speakers: frozenset[str] = frozenset(), guess: bool = False
           ) -> tuple[Cluster | None, float]:
    """The best candidate for ``pronoun`` and how sure the choice is: :data:`SURE` when
    agreement evidence settles it, :data:`GUESS` for the best-ranked candidate when it
    does not (only looked for when ``guess``), 0.0 with None when there is none."""
    person = pronoun.label in PERSON_PRONOUNS
    reach = GUESS_REACH if guess and person else PERSON_REACH
    near = _window(pronoun, history, reach)
    window = [(s, d) for s, d in near
              if (d < PERSON_REACH and fits(pronoun, s)) or (guess and may_fit(pronoun, s))]
    speaker = None if quoted else _reporting_thing(pronoun, near)
    if speaker is not None and speaker.is_person:
        return None, 0.0  # "Mourinho said it was a shame": a surname as often as a firm
    group = _collective_subject(pronoun, near, window) or speaker
    if group is not None:
        return group, SURE
    if quoted and person:
        window = [(s, d) for s, d in window
                  if not (s.speaker or _named(s.cluster, speakers))]
    if not window:
        return None, 0.0
    if pronoun.text.casefold().endswith(("self", "selves")):
        return _thing_or_none(pronoun, window[0][0].cluster)
    if not person and quoted and pronoun.label == "neuter":
        # Speech is full of "it" for a situation ("it wouldn't have that same feeling
        # at Chelsea"): a quoted "it" stands only for a thing named in its own sentence.
        window = [(s, d) for s, d in window if d == 0]
        if not window:
            return None, 0.0
    if not person:
        nearest = window[0][0].sentence
        pool = [s for s, _ in window if s.sentence == nearest]
        if pronoun.dep == "poss" and nearest == pronoun.sentence:
            found = pool[0].cluster  # "Prozac from its maker": the nearest thing's
        else:
            found = next((s for s in pool if s.subject), pool[0]).cluster
        return _thing_or_none(pronoun, found)
    sure = [(s, d) for s, d in window if d < PERSON_REACH and fits(pronoun, s)]
    evidence = sure and (any(s.cluster.gender == pronoun.label for s, _ in sure)
                         or len({id(s.cluster) for s, _ in sure}) == 1)
    best = _best(pronoun, sure, False) if evidence else None
    if not guess:
        return (best, SURE) if best is not None else (None, 0.0)
    ranked = _best(pronoun, window, True)  # every name that may fit, not only known people
    return ranked, SURE if ranked is best else GUESS


def is_collective(cluster: Cluster) -> bool:
    """An organisation, named or a nominal of one (``the band``): British English calls
    it ``they`` (``Busted have confirmed that they ...``)."""
    if cluster.key.startswith("concept:"):
        words = cluster.key.removeprefix("concept:").split()
        return bool(words) and NOMINAL_HEADS.get(words[-1]) == ORGANIZATION_TYPES
    return cluster.type in ORGANIZATION_TYPES


def _collective_subject(pronoun: Mention, near: list[tuple[Seen, int]],
                        window: list[tuple[Seen, int]]) -> Cluster | None:
    """The organisation a subject ``they`` stands for: the subject of the nearest
    sentence with one, when that subject is an organisation and nothing plural stands
    beside it: no plural subject in that sentence, no plural object of its own clause
    (``Acme fired 200 workers. They protested``: the workers); a plural inside a clause
    of its own (``the band, which includes members X and Y``) is no rival."""
    if pronoun.label != "plural" or pronoun.dep not in SUBJECT_DEPS:
        return None
    subjects = [s for s, _ in near if s.subject and s.sentence != pronoun.sentence]
    if not subjects:
        return None
    nearest = subjects[0].sentence
    groups = [s for s in subjects if s.sentence == nearest]
    first = groups[-1]  # the sentence's first subject (the list runs backwards)
    if any(s.sentence >= nearest and (s.subject or (s.clause == first.clause
                                                    and s.dep in OBJECT_DEPS))
           for s, _ in window):
        return None  # a plural as near: a subject, or an object of the subject's clause
    return first.cluster if is_collective(first.cluster) else None


def _reporting_thing(pronoun: Mention, near: list[tuple[Seen, int]]) -> Cluster | None:
    """The thing a subject ``it`` of a reported clause stands for: the speaker that is the
    nearest subject before it in its sentence (``Acme has said it will sue Baikal``; not
    ``Intel says the benefit of UWB is that it ...``), when that is no plural, no person of
    known gender or first name, and, if NER called it a person, one word. Such a one-word
    "person" may be a firm NER misread (``Yukos``) as well as a surname (``Mourinho said it
    was a shame``): the caller then leaves the ``it`` unresolved, never taking a noun of
    the sentence before. The caller asks it of no quoted ``it`` (a speaker says ``we``)."""
    if pronoun.label != "neuter" or pronoun.dep not in SUBJECT_DEPS:
        return None
    speaker = next((s for s, distance in near if distance == 0 and s.subject), None)
    if speaker is None or not speaker.speaker or speaker.plural:
        return None
    cluster = speaker.cluster
    if cluster.key.startswith("concept:") or cluster.gender is not None \
            or gender_of_name(cluster.label, person=True) is not None:
        return None
    if cluster.is_person:
        return cluster if len(cluster.label.split()) == 1 else None
    return cluster if cluster.type in NEUTER_TYPES else None


def _best(pronoun: Mention, window: list[tuple[Seen, int]], guess: bool) -> Cluster:
    return max(_scores(pronoun, window, guess).values(), key=lambda pair: pair[0])[1]


def _scores(pronoun: Mention, window: list[tuple[Seen, int]], guess: bool = False
            ) -> dict[int, tuple[float, Cluster]]:
    """Salience of each candidate cluster for a ``he``/``she``: best mention score. A
    ``guess`` also weighs the grammatical role (a verb's object over a noun in a phrase)
    and how often a candidate was named: cues that rank well on GAP but that the
    agreement-evidence choice of the graph does not need (``the capture of Maduro ...
    His arrest``: an ``of`` phrase is a noun's argument, which the role cue cannot see)."""
    w_object, w_oblique, w_count = (W_OBJECT, W_OBLIQUE, W_COUNT) if guess else (0, 0, 0)
    subject = pronoun.dep in SUBJECT_DEPS
    possessive = pronoun.dep == "poss"
    best: dict[int, tuple[float, Cluster]] = {}
    for rank, (seen, distance) in enumerate(window):
        cluster = seen.cluster
        score = -W_DISTANCE * distance
        if seen.dep in OBJECT_DEPS:
            score += w_object
        elif seen.dep == "pobj":
            score -= w_oblique
        if not subject and distance == 0:  # "X told Y about her plans": Y, nearer
            score += W_RECENT * (rank == 0) + W_CLAUSE * (seen.clause == pronoun.clause)
        if seen.subject:
            score += W_SUBJECT
            if subject:
                score += W_PARALLEL
            if possessive and distance == 0:
                score += W_POSSESSIVE if seen.clause == pronoun.clause else W_POSSESSIVE_NEAR
        if cluster.gender == pronoun.label or (guess and _named_as(cluster, pronoun.label)):
            score += W_GENDER
        if not cluster.is_person:
            score -= W_NOT_PERSON * (1.0 - personhood(cluster))
        if id(cluster) not in best or score > best[id(cluster)][0]:
            best[id(cluster)] = (score, cluster)
    return {k: (score + w_count * min(len(cluster.mentions) - 1, COUNT_CAP), cluster)
            for k, (score, cluster) in best.items()}


def _named_as(cluster: Cluster, gender: str) -> bool:
    """Whether a cluster NER called no person, and of no gender yet, carries a first name
    of ``gender`` (``Alice``, ``Cate Blanchett`` read as a place or a firm): the small
    model misses women's names more often than men's."""
    return (cluster.gender is None and not cluster.is_person
            and gender_of_name(cluster.label, person=True) == gender)


def cataphora_subject(pronoun: Mention, subjects: Sequence[Mention]) -> Mention | None:
    """The subject a he/she before it stands for: ``After her exit from the show, Singh
    returned``. Only a pronoun that is no subject itself, before every subject of its
    sentence (``subjects``, in text order), and never a reflexive."""
    if (pronoun.label not in PERSON_PRONOUNS or pronoun.dep in SUBJECT_DEPS or not subjects
            or pronoun.text.casefold().endswith("self") or subjects[0].start < pronoun.end):
        return None
    return subjects[0]


def cataphora_fit(pronoun: Mention, cluster: Cluster) -> float:
    """How sure a he/she before a subject stands for the subject's ``cluster``:
    :data:`SURE` for a person whose gender is known and fits, :data:`GUESS` for one
    whose gender is unknown or a name of another kind, 0.0 otherwise."""
    if cluster.gender not in (None, pronoun.label):
        return 0.0
    if cluster.is_person:
        return SURE if cluster.gender == pronoun.label else GUESS
    return GUESS if personhood(cluster) > 0.0 else 0.0
