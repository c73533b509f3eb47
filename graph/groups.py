"""Group nominals: ``the duo`` stands for the people just named together.

``Little Britain stars Matt Lucas and David Walliams were named ... The duo kept Peter Kay
at number two``: a definite noun of a known number of people (:data:`~.lexicon.
GROUP_SIZES`) refers to a coordination of exactly that many named people (``A and B``,
one clause) when it is the last mention of people before it, in its own sentence or the
one before. A fact with a group end becomes one fact per member; with no such
coordination it stays the group's (and out of the graph, as too generic).
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import replace

from kgbuilder.extractors.records import DocumentExtractions, Extraction, Mention, Sentence

from .lexicon import GROUP_SIZES

GROUP_RULE = "+group"
PERSON_LABELS = frozenset({"PERSON"})
CONJUNCT_DEPS = frozenset({"conj"})
Span = tuple[int, int]


def _group_size(mention: Mention, sentence: Sentence) -> int | None:
    """How many people ``mention`` names: ``the duo`` → 2, else None (no ``the``)."""
    if mention.kind != "concept":
        return None
    size = GROUP_SIZES.get(mention.text.casefold())
    offset = mention.start - sentence.start
    before = sentence.text[max(0, offset - 5):max(0, offset)].casefold().split()
    return size if size and before[-1:] == ["the"] else None


def _last_people(people: list[Mention], start: int) -> list[Mention]:
    """The coordination the last person before ``start`` ends: the people of one clause
    and sentence joined to the first of them (``A, B and C``), in text order."""
    before = [m for m in people if m.end <= start]
    if not before:
        return []
    group = [before[-1]]
    for mention in reversed(before[:-1]):
        last = group[-1]
        if last.dep not in CONJUNCT_DEPS or mention.sentence != last.sentence \
                or mention.clause != last.clause:
            break
        group.append(mention)
    return group[::-1] if group[-1].dep not in CONJUNCT_DEPS else []


def group_members(result: DocumentExtractions) -> dict[Span, tuple[Mention, ...]]:
    """Span of each group nominal of ``result`` → the named people it stands for."""
    groups: dict[Span, tuple[int, int]] = {}  # span → (size, start of its sentence)
    for extraction in result.extractions:
        for end in (extraction.subject, *extraction.objects):
            size = _group_size(end, extraction.sentence)
            if size is not None:
                groups[(end.start, end.end)] = (size, extraction.sentence.start)
    if not groups:
        return {}
    people = sorted({m for m in result.mentions
                     if m.kind == "entity" and m.label in PERSON_LABELS},
                    key=lambda m: (m.start, m.end))
    sentences = sorted({m.sentence for m in result.mentions} | {s for _, s in groups.values()})
    order = {start: i for i, start in enumerate(sentences)}
    found: dict[Span, tuple[Mention, ...]] = {}
    for (start, end), (size, sentence) in groups.items():
        members = _last_people(people, start)
        if len(members) == size and order[sentence] - order[members[0].sentence] <= 1:
            found[(start, end)] = tuple(members)
    return found


def fanned_out(extractions: Iterable[Extraction],
               members: dict[Span, tuple[Mention, ...]]) -> Iterator[Extraction]:
    """``extractions`` with each whose subject or object is a group nominal replaced by
    one per member (rule marked ``+group``); the others as they are."""
    for extraction in extractions:
        if not extraction.objects:  # an event without a partner: no fact to fan out
            yield extraction
            continue
        subject = members.get((extraction.subject.start, extraction.subject.end))
        obj = members.get((extraction.object.start, extraction.object.end))
        if subject is None and obj is None:
            yield extraction
            continue
        for who in subject or (extraction.subject,):
            for what in obj or extraction.objects[:1]:
                yield replace(extraction, subject=_standing_in(who, extraction.subject),
                              objects=(_standing_in(what, extraction.object),
                                       *extraction.objects[1:]),
                              rule=extraction.rule + GROUP_RULE)


def _standing_in(member: Mention, group: Mention) -> Mention:
    """``member`` in the group's place: its span and name, the group's role in the clause."""
    if member is group:
        return group
    return replace(member, sentence=group.sentence, dep=group.dep, clause=group.clause)
