"""Definite nominals that stand for a named entity: ``the firm``, ``the country``.

A noun phrase whose head is a kind word (:data:`~.lexicon.NOMINAL_HEADS`), written with
``the`` every time, refers back to the named entity of a compatible kind mentioned
most recently before it, when that entity is the only one of its kind in its sentence
(``Google bought Keyhole. The firm ...`` is ambiguous between two companies only if
both sit in that sentence, and then nothing merges). Every mention of the nominal that
finds an entity must find the same one, and all must find it unless two or more do
(a mention after an entity of unsure kind stays undecided), else it stays a concept.
A place joined to ``based`` may open it (``the Seattle-based company``): it says where
the firm is, never which of two. A nominal with modifiers refers first to the last
entity of its kind introduced with all of them (``tsunami charity single Grief Never
Grows Old ... the charity song``), whatever else its sentence names: the words say which
one it is.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from kgbuilder.extractors.records import Extraction

from .clusters import Cluster
from .law_nominals import UNNAMED_KINDS, competes, law_nominal, law_referent
from .lexicon import (
    ACTOR_NOMINAL_HEADS,
    BILL_PAYING_VERBS,
    DESCRIBED_NOMINAL_HEADS,
    DRAFTING_MODIFIERS,
    EPITHET_HEADS,
    GOVERNMENT_KINDS,
    GRADING_MODIFIERS,
    INSTITUTION_WORDS,
    LAW_NOMINAL_HEADS,
    LAW_NOMINAL_KINDS,
    MAX_EPITHET_WORDS,
    NAMED_KIND_HEADS,
    NOMINAL_HEADS,
    PERSON_NOMINAL_HEADS,
)
from .national_nominals import national_nominal, national_pair
from .pronouns import Seen
from .types import organization_kind

MAX_NOMINAL_WORDS = 3  # "the firm", "the US media giant"
# "the 25-year-old": news names a person by age once the name is given; alone, never
# before a noun ("the 15-year-old ban" is headed by "ban").
AGE_NOMINAL = re.compile(r"\d{1,3} year old")  # as keyed: hyphens are spaces
PERSON_KINDS = ("Person",)
PERSON_NOUN_KINDS = ("Person", "noun")  # "the singer": resolved in graph/role_nominals.py


def definite_spans(extractions: Iterable[Extraction]) -> set[tuple[int, int]]:
    """Spans of concept arguments written with ``the`` before them in their sentence."""
    found: set[tuple[int, int]] = set()
    for extraction in extractions:
        sentence = extraction.sentence
        paying = extraction.relation.split(maxsplit=1)[0] in BILL_PAYING_VERBS \
            if extraction.relation else False
        for mention in (extraction.subject, *extraction.objects):
            if mention.kind != "concept" or (paying and mention.head.casefold() == "bill"
                                             and mention is not extraction.subject):
                continue  # "foot the bill": a sum, and no nominal of the Finance Bill
            before = sentence.text[:max(0, mention.start - sentence.start)].rstrip()
            if before[-3:].casefold() == "the" and (len(before) == 3 or not before[-4].isalnum()):
                found.add((mention.start, mention.end))
    return found


DESCRIBING_RULES = frozenset({"apposition"})  # "X, the Y" and "kind words X": X is Y


def kind_nouns_before_names(extractions: Iterable[Extraction]) -> dict[tuple[int, int], int]:
    """Span of each concept the text sets right before the name it is in apposition to,
    nothing between (``the newspaper El Nacional``; not ``the Times newspaper, Ms X``)
    → that name's start: a kind noun that stands for the name after it, never for an
    entity named earlier."""
    return {(e.object.start, e.object.end): e.subject.start for e in extractions
            if e.rule in DESCRIBING_RULES and e.relation == "be" and e.objects
            and e.subject.kind == "entity" and e.object.kind == "concept"
            and e.object.end <= e.subject.start
            and not _between(e, e.object.end, e.subject.start).strip()}


def _between(extraction: Extraction, start: int, end: int) -> str:
    """The text of ``extraction``'s sentence from offset ``start`` to ``end``."""
    sentence = extraction.sentence
    return sentence.text[start - sentence.start:end - sentence.start]


def descriptions(extractions: Iterable[Extraction]) -> dict[int, frozenset[str]]:
    """Start of each mention the text describes (``tsunami charity single Grief Never
    Grows Old``, ``Deutsche Boerse, the German exchange``) → the lowercase words that
    describe it there."""
    found: dict[int, frozenset[str]] = {}
    for extraction in extractions:
        if extraction.rule in DESCRIBING_RULES and extraction.relation == "be" \
                and extraction.objects and extraction.object.kind == "concept":
            words = frozenset(w for w in extraction.object.text.split() if w.islower())
            found[extraction.subject.start] = found.get(extraction.subject.start,
                                                         frozenset()) | words
    return found


def _nominal_words(cluster: Cluster) -> list[str] | None:
    """The words of a concept cluster that may be a nominal: at most
    :data:`MAX_NOMINAL_WORDS`, lowercase modifiers only (``the China Daily newspaper`` and
    ``the French news agency`` name another entity), else None."""
    if not cluster.key.startswith("concept:"):
        return None  # (asked of every cluster: a name's is never split)
    words = cluster.key.removeprefix("concept:").split()
    if not words or len(words) > MAX_NOMINAL_WORDS:
        return None
    if any(w[:1].isupper() or "'" in w or "\u2019" in w
           for alias in cluster.aliases for w in alias.split()[_based_words(alias):-1]):
        return None  # a name or a possessive ("the president's authority") inside
    return words


def _based_words(alias: str) -> int:
    """How many words open ``alias`` with a place joined to ``based`` (``Seattle-based
    company``: 1; ``North Carolina-based bank``: 2), else 0. News names a firm so once its
    name is given (``Boeing ... the Seattle-based company``): the place says where the firm
    is, never another firm."""
    words = alias.split()
    for count, word in enumerate(words[:-1], 1):
        if word.endswith("-based"):
            return count if word[:1].isupper() else 0
        if not word[:1].isupper():
            return 0
    return 0


def _kinds(cluster: Cluster) -> tuple[str, ...] | None:
    """The entity types a nominal cluster may stand for, or None when it is no nominal."""
    words = _nominal_words(cluster)
    if words is None:
        return None
    if AGE_NOMINAL.fullmatch(" ".join(words)):
        return PERSON_KINDS
    if words[-1] in PERSON_NOMINAL_HEADS:
        return PERSON_NOUN_KINDS
    return NOMINAL_HEADS.get(words[-1]) or DESCRIBED_NOMINAL_HEADS.get(words[-1])


def is_person_nominal(cluster: Cluster) -> bool:
    """``the 25-year-old``, ``the singer``: a nominal that stands for a person (``the
    ex-Hole singer`` names a band inside)."""
    return (_kinds(cluster) == PERSON_NOUN_KINDS or _epithet(cluster)) and not any(
        c.isupper() for alias in cluster.aliases for c in alias[1:])


def _epithet(cluster: Cluster) -> bool:
    """``the king of rock 'n' roll``: a concept ``HEAD of ...`` with an epithet's head
    (:data:`~.lexicon.EPITHET_HEADS`), which names a person as ``the singer`` does (the
    caller asks that no capital follow: ``the King of Spain`` is a title)."""
    words = cluster.key.removeprefix("concept:").split()
    return cluster.key.startswith("concept:") and 3 <= len(words) <= MAX_EPITHET_WORDS \
        and words[0] in EPITHET_HEADS and words[1] == "of"


def _fits(cluster: Cluster, kinds: tuple[str, ...], head: str) -> bool:
    """Whether ``cluster`` is of ``kinds`` and, when its name ends with the word for a
    kind of body that is no business or band (``Dundee University``, ``Borders
    Council``, ``Brit Awards``), that word is the nominal's ``head`` (``the
    university``): ``the group`` and ``the firm`` never stand for them."""
    if cluster.type not in kinds or _other_body(cluster, head):
        return False
    if kinds == GOVERNMENT_KINDS:
        return organization_kind(cluster.label) == "GovernmentOrganization"
    return True


def _other_body(cluster: Cluster, head: str) -> bool:
    """Whether ``cluster``'s name ends with a kind of body other than ``head``
    (:data:`~.lexicon.INSTITUTION_WORDS`)."""
    words = cluster.key.split()
    kind = words[words.index("of") - 1] if "of" in words[1:] else words[-1]
    return kind in INSTITUTION_WORDS and kind != head  # "Court of Appeal" is a court


def _uncertain(cluster: Cluster) -> bool:
    """A named thing whose kind resolution cannot yet trust: no NER type, or a "person"
    no pronoun or title has confirmed (bands and firms are often tagged as people)."""
    return cluster.type == "Thing" or (cluster.is_person and cluster.gender is None)


def introductions(history: list[Seen]) -> dict[int, int]:
    """Where each cluster (by id) is first a subject or an apposition's name: where the
    text introduces it as an actor (``Duran Duran are ...``, ``rock band X``)."""
    first: dict[int, int] = {}
    for seen in history:
        if seen.subject or seen.dep == "appos":
            first.setdefault(id(seen.cluster), seen.start)
    return first


def _referent(start: int, kinds: tuple[str, ...], history: list[Seen], head: str,
              introduced: dict[int, int]) -> Cluster | None:
    """The most recent named entity of ``kinds`` before ``start``, when it is the only
    one of those kinds in its sentence and no entity of uncertain kind, nor a body of
    another kind (:func:`_other_body`), comes between. For ``the band``, ``the group``
    (:data:`~.lexicon.ACTOR_NOMINAL_HEADS`) only one ``introduced`` before as an actor:
    never a broadcaster named in a speaker's title (``VH1's vice president``); and a body
    of another kind never introduced as one is passed over, as a place would be (``its
    formation at Dundee University. The group ...``: no actor the group could be)."""
    chosen: Seen | None = None
    actor = head in ACTOR_NOMINAL_HEADS
    bystanders: dict[int, int] = {}  # sentence → a fitting name never an actor in it
    for seen in reversed(history):
        if seen.start >= start or seen.cluster.key.startswith("concept:"):
            continue
        if chosen is not None and seen.sentence != chosen.sentence:
            break
        fitting = _fits(seen.cluster, kinds, head)
        if fitting and actor and introduced.get(id(seen.cluster), start) >= start:
            bystanders[seen.sentence] = id(seen.cluster)
        elif fitting:
            if chosen is None:
                chosen = seen
            elif seen.cluster is not chosen.cluster:
                return None  # two candidates in one sentence
        elif chosen is None and (_uncertain(seen.cluster) or (
                seen.cluster.type in kinds and _other_body(seen.cluster, head)
                and not (actor and introduced.get(id(seen.cluster), start) >= start))):
            return None  # "the Brit Awards said ... the band": no further back
    if chosen is None or bystanders.get(chosen.sentence, id(chosen.cluster)) \
            != id(chosen.cluster):
        return None  # "UKIP ... the BNP. ... the group": a rival in its sentence
    return chosen.cluster


def _described(start: int, kinds: tuple[str, ...], modifiers: frozenset[str],
               history: list[Seen], described: dict[int, frozenset[str]], head: str
               ) -> Cluster | None:
    """The most recent named entity of ``kinds`` before ``start`` introduced with every
    word of ``modifiers``, or None (None too when they only rank or date it: ``the new
    operator``)."""
    if not modifiers - GRADING_MODIFIERS:
        return None
    for seen in reversed(history):
        if seen.start < start and not seen.cluster.key.startswith("concept:") \
                and modifiers <= described.get(seen.start, frozenset()) \
                and _fits(seen.cluster, kinds, head):
            return seen.cluster
    return None


def _only_named(start: int, head: str, modifiers: frozenset[str],
                history: list[Seen]) -> Cluster | None:
    """The one entity named before ``start`` whose name ends with a word ``head`` allows
    (:data:`~.lexicon.NAMED_KIND_HEADS`: ``the bill`` → ``Prevention of Terrorism Bill``)
    and holds every modifier but drafting words, or None: two such, or for a law's head
    (``the bill``, ``the legislation``) any other law of the document so far."""
    ends, law = NAMED_KIND_HEADS[head], head in LAW_NOMINAL_HEADS
    fitting: dict[int, Cluster] = {}
    laws: set[int] = set()
    for seen in history:
        cluster = seen.cluster
        if seen.start >= start or cluster.key.startswith("concept:") \
                or cluster.type in UNNAMED_KINDS:
            continue
        words = cluster.key.split()
        if law and competes(cluster, LAW_NOMINAL_KINDS[head]):
            laws.add(id(cluster))
        if len(words) > 1 and words[-1] in ends \
                and modifiers <= set(words) | DRAFTING_MODIFIERS:
            fitting[id(cluster)] = cluster
    if len(fitting) != 1 or (law and len(laws) != 1):
        return None
    return next(iter(fitting.values()))


NOMINAL_REASON = "definite nominal of the last entity of its kind"
# Mentions that must agree on one entity when others of the nominal are undecided (an
# entity of unsure kind stands before them): two, so one stray reading never merges.
MIN_AGREEING = 2


def _decided(found: list[Cluster | None]) -> bool:
    """Every mention found its entity, or at least :data:`MIN_AGREEING` did (and, as the
    caller checks, the same one): the undecided name no other entity."""
    decided = sum(t is not None for t in found)
    return decided == len(found) or decided >= MIN_AGREEING


def nominal_targets(clusters: Iterable[Cluster], definite: set[tuple[int, int]],
                    history: list[Seen], pronouns: frozenset[tuple[int, int]] = frozenset(),
                    described: dict[int, frozenset[str]] | None = None,
                    based: dict[int, str] | None = None,
                    before_names: dict[tuple[int, int], int] | None = None
                    ) -> list[tuple[Cluster, Cluster]]:
    """(nominal cluster, entity cluster) pairs to merge, in key order. ``pronouns``: the
    spans of the document's pronouns, which a nominal's cluster may hold (``the band ...
    they``): they follow the nominal, and no definite article is asked of them (nor of
    the title line's mentions the caller adds: a headline drops ``the``).
    ``described``: :func:`descriptions` of the document; ``based``: where it places its
    firms (graph/national_nominals.py); ``before_names``: :func:`kind_nouns_before_names`,
    each standing for its name when it fits the kind."""
    pairs: list[tuple[Cluster, Cluster]] = []
    introduced = introductions(history)
    named_at = {seen.start: seen.cluster for seen in history} if before_names else {}
    for cluster in sorted(clusters, key=lambda c: c.key):
        named = _named_kind_pair(cluster, definite, history, pronouns) \
            or _law_pair(cluster, definite, history, pronouns)
        if named is None and based and national_nominal(cluster) is not None:
            named = national_pair(cluster, _definite_spans(cluster, definite, pronouns),
                                  history, based)
        if named is not None:
            pairs.append(named)
            continue
        kinds = _kinds(cluster)
        if kinds is None or kinds == PERSON_NOUN_KINDS or cluster.fixed:
            continue  # a person's: graph/role_nominals.py asks more of it
        spans = _definite_spans(cluster, definite, pronouns)
        if not spans:
            continue
        words = cluster.key.removeprefix("concept:").split()
        modifiers = frozenset(words[:-1])
        plain = words[-1] not in DESCRIBED_NOMINAL_HEADS  # "the firm", "the 25-year-old"
        found = [_named_after(named_at.get(before_names[span]), kinds, words[-1])
                 if before_names and span in before_names else
                 _described(span[0], kinds, modifiers, history, described or {}, words[-1])
                 or (_referent(span[0], kinds, history, words[-1], introduced) if plain
                     else None)
                 for span in spans]
        targets = {id(t): t for t in found if t is not None}
        if len(targets) == 1 and _decided(found):
            pairs.append((cluster, next(iter(targets.values()))))
    return pairs


def _named_after(cluster: Cluster | None, kinds: tuple[str, ...], head: str
                 ) -> Cluster | None:
    """The name a kind noun stands before, when it is of the noun's kinds."""
    return cluster if cluster is not None and _fits(cluster, kinds, head) else None


def _definite_spans(cluster: Cluster, definite: set[tuple[int, int]],
                    pronouns: frozenset[tuple[int, int]]) -> list[tuple[int, int]]:
    """The spans of a cluster's mentions but its pronouns, when every one is written with
    ``the``; else none."""
    spans = [(start, end) for _, start, end in cluster.mentions
             if (start, end) not in pronouns]
    return [] if any(span not in definite for span in spans) else spans


def _named_kind_pair(cluster: Cluster, definite: set[tuple[int, int]], history: list[Seen],
                     pronouns: frozenset[tuple[int, int]]
                     ) -> tuple[Cluster, Cluster] | None:
    """(``cluster``, the law or event it stands for) when ``cluster`` is a definite
    nominal of a law or an event (``the bill``, ``the draft directive``) and every one of
    its mentions finds the same entity (:func:`_only_named`)."""
    words = _nominal_words(cluster)
    if words is None or cluster.fixed or words[-1] not in NAMED_KIND_HEADS:
        return None
    spans = _definite_spans(cluster, definite, pronouns)
    found = {id(t): t for t in (_only_named(start, words[-1], frozenset(words[:-1]), history)
                                for start, _ in spans)}
    target = found.get(next(iter(found))) if len(found) == 1 else None
    return (cluster, target) if spans and target is not None else None


def _law_pair(cluster: Cluster, definite: set[tuple[int, int]], history: list[Seen],
              pronouns: frozenset[tuple[int, int]]) -> tuple[Cluster, Cluster] | None:
    """(``cluster``, the law named by description it stands for) when ``cluster`` is a
    definite nominal of a law (``the ban``, ``the draft directive``) and every one of its
    mentions finds the same one (graph/law_nominals.py)."""
    found = law_nominal(cluster)
    if found is None:
        return None
    head, modifiers = found
    spans = _definite_spans(cluster, definite, pronouns)
    targets = {id(t): t for t in (law_referent(start, head, modifiers, history)
                                  for start, _ in spans)}
    target = next(iter(targets.values())) if len(targets) == 1 else None
    return (cluster, target) if spans and target is not None else None
