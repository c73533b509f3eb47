"""Role phrases that stand for a person just named: ``the Dragons winger``, ``China's tax
chief`` (extractors/role_nominals.py reads the role fact off them), person nouns (``the
singer``, :data:`~.lexicon.PERSON_NOMINAL_HEADS`), and title nominals (``the prince``)
when the document names more than one holder of the title.

News writes ``... denied Luscombe a third start, but the Dragons winger is expected to be
fit``: the phrase is the person of the clause before it. It may as well introduce
someone new (``Jones said the Dragons winger ...``), so the phrase joins a person only
on strong evidence, for every mention of it:

- the one person named earlier in its sentence, or, when its sentence names none before
  it, the one person of the sentence before;
- no person of its own clause (``Jones tackled the Dragons winger``) nor a speaker of its
  sentence (``Jones said the Dragons winger ...``) is in sight, nor a name of unknown kind
  (a person NER may have missed);
- the person agrees with the role noun's gender (``spokeswoman``), is no owner of the
  role itself, and was not introduced with the same role of another owner, nor with
  another office (``President X ... Venezuela's defense minister`` is someone else);
- the phrase refers rather than defines: no restrictive relative clause after it (``the
  actor who will voice X`` is someone new) and no predicate (``he is the keeper``).
A name quoted is no antecedent (``"... from Damien," said the Tottenham striker``).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import replace

from kgbuilder.extractors.records import Extraction, Mention, Sentence

from .clusters import Cluster
from .lexicon import ROLE_MODIFIERS
from .names import ROLE_NOUNS, TITLE_WORDS, gender_of, name_key
from .nominals import is_person_nominal
from .pronouns import Seen

ROLE_RULE = "title"
# Words that open a restrictive relative clause after a noun (English grammar).
RELATIVE_WORDS = frozenset({"who", "whom", "whose", "that", "which"})
PREDICATE_DEPS = frozenset({"attr", "appos", "acomp", "oprd"})  # "X is the keeper"
# (phrase, owner): a role phrase and the name that owns the role.
RoleNominal = tuple[Mention, Mention]


def _restricted(mention: Mention, sentence: Sentence) -> bool:
    """Whether a restrictive relative clause follows ``mention`` (``the actor who ...``)."""
    after = sentence.text[mention.end - sentence.start:].lstrip()
    return after.split(" ", 1)[0].casefold() in RELATIVE_WORDS


def role_nominals(extractions: Iterable[Extraction]) -> dict[tuple[int, int], RoleNominal]:
    """Span of each role phrase whose role fact the extractor read → (phrase, owner)."""
    return {(e.subject.start, e.subject.end): (e.subject, e.objects[0]) for e in extractions
            if e.rule == ROLE_RULE and e.subject.kind == "concept" and e.objects
            and not _restricted(e.subject, e.sentence)}


def _quoted(start: int, quotes: list[tuple[int, int]]) -> bool:
    return any(s <= start < e for s, e in quotes)


def _window(nominal: Mention, history: list[Seen], pronouns: frozenset[int],
            quotes: list[tuple[int, int]]) -> list[Seen]:
    """The mentions of entities in the nominal's sentence before it, or, when that sentence
    names no person before it outside quotes (a pronoun is no name), those of the
    sentence before."""
    same = [s for s in history if s.sentence == nominal.sentence and s.start < nominal.start
            and not s.cluster.key.startswith("concept:")]
    if any(s.cluster.is_person and s.start not in pronouns and not _quoted(s.start, quotes)
           for s in same):
        return same
    earlier = [s.sentence for s in history if s.sentence < nominal.sentence]
    if not earlier:
        return []
    previous = max(earlier)
    return [s for s in history if s.sentence == previous
            and not s.cluster.key.startswith("concept:")]


def _holder(nominal: Mention, owner_text: str, owner: Cluster | None, history: list[Seen],
            pronouns: frozenset[int], quotes: list[tuple[int, int]]) -> Cluster | None:
    """The one person ``nominal`` (a role of ``owner``, written ``owner_text`` there)
    stands for, or None when the text leaves a doubt. ``pronouns``: where the document's
    pronouns start; a pronoun's guess is no evidence for a name, but a speaker all the
    same (``He said the singer ...``), and a second person in sight. ``quotes``: the
    quoted stretches, whose names are none the text refers back to."""
    window = [s for s in _window(nominal, history, pronouns, quotes)
              if not _quoted(s.start, quotes)]  # "'... from Damien,' said the striker"
    people: dict[int, Cluster] = {}
    named: set[int] = set()
    for seen in window:
        cluster = seen.cluster
        if cluster.type == "Thing":
            return None  # a name of unknown kind: perhaps a person NER missed
        if not cluster.is_person or cluster is owner:
            continue
        if seen.sentence == nominal.sentence and (
                seen.speaker or (seen.clause == nominal.clause and nominal.clause >= 0)):
            return None  # "Jones said the Dragons winger ...", "Jones tackled the ..."
        people[id(cluster)] = cluster  # "He met X. The striker ...": two people in sight
        if seen.start not in pronouns:
            named.add(id(cluster))
    if len(people) != 1 or not named:
        return None
    person = next(iter(people.values()))
    words = name_key(nominal.text).split()
    role_gender = gender_of(frozenset(words[-1:]))
    if role_gender and person.gender and role_gender != person.gender:
        return None
    titles = person.titles()
    owners = titles - TITLE_WORDS - ROLE_NOUNS - ROLE_MODIFIERS  # "bath" of "Bath prop X"
    if words[-1] in titles and owners and not owners & set(name_key(owner_text).split()):
        return None  # "Bath prop X ... the Gloucester prop": another prop
    if words[-1] in ROLE_NOUNS and words[-1] not in titles and titles & ROLE_NOUNS:
        return None  # "President X ... Venezuela's defense minister": another office
    return person


def _phrase_holder(cluster: Cluster, phrases: dict[tuple[int, int], RoleNominal],
                  entity_of: dict[tuple[int, int], Cluster], history: list[Seen],
                  pronouns: frozenset[tuple[int, int]],
                  quotes: list[tuple[int, int]]) -> Cluster | None:
    """The one person every mention of a role phrase's or person nominal's cluster
    stands for (:func:`_holder`), or None."""
    spans = [(start, end) for _, start, end in cluster.mentions if (start, end) not in pronouns]
    if not spans or any(span not in phrases for span in spans):
        return None  # "a Dragons winger" somewhere: not always the one just named
    holders = {}
    starts = frozenset(start for start, _ in pronouns)
    for span in spans:
        nominal, owner = phrases[span]
        owned = entity_of.get((owner.start, owner.end)) if owner is not nominal else None
        holder = _holder(nominal, owner.text if owner is not nominal else "", owned, history,
                         starts, quotes)
        holders[id(holder)] = holder
    return next(iter(holders.values())) if len(holders) == 1 else None


def person_nominals(extractions: Iterable[Extraction], definite: set[tuple[int, int]]
                    ) -> dict[tuple[int, int], RoleNominal]:
    """Span of each definite concept mention that describes its referent rather than
    defines it → (mention, mention): ``the actor, who won an Emmy``, never ``the actor who
    will voice Wilbur`` (a restrictive relative clause picks someone new)."""
    found: dict[tuple[int, int], RoleNominal] = {}
    for extraction in extractions:
        sentence = extraction.sentence
        for mention in (extraction.subject, *extraction.objects):
            span = (mention.start, mention.end)
            if mention.kind != "concept" or span not in definite or span in found \
                    or mention.dep in PREDICATE_DEPS:
                continue  # "he is the number two keeper" says what he is, refers to no one
            if not _restricted(mention, sentence):
                found[span] = (mention, mention)
    return found


def latest_holder(spans: list[tuple[int, int]], fitting: list[Cluster],
                  history: list[Seen]) -> Cluster | None:
    """Of several people who carry a title (``Prince Harry``, ``Prince William``), the one
    every mention of the title nominal (``the prince``) follows most closely: the last
    of them named before it, alone of them in its sentence. None when the mentions
    disagree or one has none before it."""
    ids = {id(c) for c in fitting}
    chosen: dict[int, Cluster] = {}
    for start, _ in spans:
        before = [s for s in history if s.start < start and id(s.cluster) in ids]
        if not before:
            return None
        last = max(before, key=lambda s: s.start)
        if len({id(s.cluster) for s in before if s.sentence == last.sentence}) != 1:
            return None
        chosen[id(last.cluster)] = last.cluster
    return next(iter(chosen.values())) if len(chosen) == 1 else None


def _current(history: list[Seen], entity_of: dict[tuple[int, int], Cluster]) -> list[Seen]:
    """``history`` with each mention's cluster as resolution left it: a short form
    (``Luscombe``) has been folded into its full name since it was walked past."""
    now: dict[int, Cluster] = {}
    found: list[Seen] = []
    for seen in history:
        cluster = now.get(id(seen.cluster))
        if cluster is None:
            first = seen.cluster.mentions[0] if seen.cluster.mentions else None
            cluster = entity_of.get((first[1], first[2]), seen.cluster) if first else seen.cluster
            now[id(seen.cluster)] = cluster
        found.append(replace(seen, cluster=cluster) if cluster is not seen.cluster else seen)
    return found


MERGE_REASONS = ("title nominal of its holder named last", "role phrase of the person just named")


def role_phrase_merges(by_key: dict[str, Cluster], entity_of: dict[tuple[int, int], Cluster],
                       history: list[Seen], extractions: Iterable[Extraction],
                       pronouns: frozenset[tuple[int, int]], definite: set[tuple[int, int]],
                       quotes: list[tuple[int, int]]) -> list[tuple[Cluster, Cluster, str]]:
    """(phrase cluster, person cluster, reason) merges, in key order: a title nominal
    several people of the document carry (``the prince``, :func:`latest_holder`), a role
    phrase of a named owner (``the Dragons winger``) and a person noun (``the singer``,
    :func:`_phrase_holder`).
    ``pronouns``: spans of the document's pronouns; ``definite``: spans written after
    ``the`` (:func:`.nominals.definite_spans`); ``quotes``: quoted stretches."""
    roles = role_nominals(extractions)
    phrases = [c for k, c in sorted(by_key.items()) if k.startswith("concept:")
               and not c.fixed and c.type != "Role"
               and (k.removeprefix("concept:").rsplit(" ", 1)[-1] in ROLE_NOUNS
                    or is_person_nominal(c)
                    or any((s, e) in roles for _, s, e in c.mentions))]
    if not phrases:
        return []
    current = _current(history, entity_of)
    described = {**person_nominals(extractions, definite), **roles}
    people = [c for c in by_key.values() if c.is_person]
    merges: list[tuple[Cluster, Cluster, str]] = []
    for cluster in phrases:
        words = set(cluster.key.removeprefix("concept:").split())
        fitting = [p for p in people if words <= p.titles()]
        spans = [(s, e) for _, s, e in cluster.mentions if (s, e) not in pronouns]
        person, reason = None, MERGE_REASONS[0]
        if len(fitting) > 1 and all(span in definite for span in spans) \
                and cluster.key.rsplit(" ", 1)[-1].removeprefix("concept:") in ROLE_NOUNS:
            person = latest_holder(spans, fitting, current)
        if person is None and (is_person_nominal(cluster)
                               or any(span in roles for span in spans)):
            person = _phrase_holder(cluster, described, entity_of, current, pronouns,
                                    quotes)
            reason = MERGE_REASONS[1]
        if person is not None and person is not cluster:
            merges.append((cluster, person, reason))
    return merges
