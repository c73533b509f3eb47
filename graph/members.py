"""Facts of a group's members told of the groups: ``members of the Bee Gees, the Beach
Boys and the Eagles are expected to feature on the song`` → Bee Gees –members be expected
to feature on→ song, and so for each group of the list (rule marked ``+members``).

The subject phrase ``members of X`` names its groups after ``of``; the parse keeps only
its head noun as the fact's subject, so a list of groups is lost. The relation keeps
the word ``members``: what the members do is not said of the whole group. Likewise an
office's body (:func:`office_facts`): ``takes over the presidency of the EU`` is a fact
about the EU too.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace

from kgbuilder.extractors.records import DocumentExtractions, Extraction, Mention

from .lexicon import OFFICE_NOUNS

MEMBERS_RULE = "+members"
_MEMBERS_OF = "members of "  # written here: the partitive of a group's people
Span = tuple[int, int]


def member_groups(result: DocumentExtractions) -> dict[Span, tuple[Mention, ...]]:
    """Span of each fact subject ``members of X (, Y and Z)`` → the named groups it lists:
    the name that ends the subject phrase after ``of``, and the names joined to it."""
    subjects = {(e.subject.start, e.subject.end): e.subject for e in result.extractions
                if e.subject.kind == "concept"
                and e.subject.text.casefold().startswith(_MEMBERS_OF)}
    if not subjects:
        return {}
    names = sorted((m for m in result.mentions if m.kind == "entity"),
                   key=lambda m: (m.start, m.end))
    found: dict[Span, tuple[Mention, ...]] = {}
    for span, subject in subjects.items():
        after = [m for m in names if m.sentence == subject.sentence
                 and subject.start + len(_MEMBERS_OF) <= m.start]
        if not after or after[0].end != subject.end:
            continue  # no name ends the phrase: "members of the public", "members of
            # Westminster's committee", "members of Apple Developer Connection" (NER: Apple)
        groups = [after[0]]
        for name in after[1:]:
            if name.dep != "conj":
                break
            groups.append(name)
        found[span] = tuple(groups)
    return found


def member_facts(extraction: Extraction,
                 groups: dict[Span, tuple[Mention, ...]]) -> list[Extraction]:
    """One fact per group a ``members of ...`` subject lists (see the module)."""
    if not groups or not extraction.objects:
        return []
    listed = groups.get((extraction.subject.start, extraction.subject.end), ())
    return [replace(extraction, subject=replace(group, dep=extraction.subject.dep,
                                                clause=extraction.subject.clause),
                    relation=f"members {extraction.relation}",
                    relation_text=f"members {extraction.relation_text}",
                    rule=extraction.rule + MEMBERS_RULE)
            for group in listed]


OFFICE_RULE = "+office"
_OFFICE = re.compile(r"^(?:the |its |their |his |her )?(\w+) of (?:the )?")


def office_facts(extraction: Extraction, known: Callable[[int, int], bool]
                 ) -> list[Extraction]:
    """``X takes over the presidency of the EU`` → X –take over presidency of→ EU besides
    the fact about the presidency: an object ``OFFICE of NAME`` whose name, a known
    mention (``known(start, end)``), ends the phrase."""
    obj = extraction.objects[0] if extraction.objects else None
    if obj is None or obj.kind != "concept":
        return []
    match = _OFFICE.match(obj.text)
    if match is None or match.group(1).casefold() not in OFFICE_NOUNS \
            or not known(obj.start + match.end(), obj.end):
        return []
    name = obj.text[match.end():]
    owner = Mention(name, obj.start + match.end(), obj.end, "entity",
                    sentence=obj.sentence, head=name.split()[-1])
    noun = match.group(1).casefold()
    return [replace(extraction, relation=f"{extraction.relation} {noun} of",
                    relation_text=f"{extraction.relation_text} {noun} of",
                    objects=(owner,), rule=extraction.rule + OFFICE_RULE)]
