"""Where a document quotes someone: the stretches of text inside quotation marks.

Read from the sentences extraction kept (every sentence with a fact), so pronoun
resolution can tell a ``he`` in a quotation (someone the speaker talks about) from one
in the reporter's own words.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable

from kgbuilder.extractors.records import Extraction, Mention

from .names import name_key

# Verbs whose subject is the one speaking (written here from news attribution usage).
SPEECH_VERBS = frozenset("""say tell add insist explain admit claim warn reply write state
told said""".split())
OPENING = frozenset("\u201c\u2018\"")  # “ ‘ "
CLOSING = frozenset("\u201d\u2019\"")  # ” ’ "
_QUOTE_MARK = re.compile("[\u201c\u2018\u201d\u2019\"]")
_ANY_QUOTE = _QUOTE_MARK


def quoted_spans(extractions: Iterable[Extraction]) -> list[tuple[int, int]]:
    """Document offsets of quoted stretches, in order. A quotation left open at a
    sentence's end runs to that end (news quotes often span sentences)."""
    seen: set[int] = set()
    spans: list[tuple[int, int]] = []
    for extraction in extractions:
        sentence = extraction.sentence
        if sentence.start in seen:
            continue
        seen.add(sentence.start)
        if not _ANY_QUOTE.search(sentence.text):
            continue
        start: int | None = None
        for mark in _QUOTE_MARK.finditer(sentence.text):
            char, i = mark.group(), mark.start()
            if start is None and char in OPENING and (i == 0 or not sentence.text[i - 1].isalnum()):
                start = i
            elif start is not None and char in CLOSING and (
                    i + 1 == len(sentence.text) or not sentence.text[i + 1].isalnum()):
                spans.append((sentence.start + start, sentence.start + i + 1))
                start = None
        if start is not None:
            spans.append((sentence.start + start, sentence.end))
    return sorted(spans)


def speaker_spans(extractions: Iterable[Extraction]) -> set[tuple[int, int]]:
    """Spans of the mentions that speak: subjects of reported speech (``Andrew told the
    BBC``) and whom facts are attributed to."""
    found: set[tuple[int, int]] = set()
    for extraction in extractions:
        verb = extraction.relation.split()[0] if extraction.relation else ""
        if extraction.rule == "report" or verb in SPEECH_VERBS:
            found.add((extraction.subject.start, extraction.subject.end))
        if extraction.attributed_to is not None:
            found.add((extraction.attributed_to.start, extraction.attributed_to.end))
    return found


def speaker_names(extractions: Iterable[Extraction]) -> dict[int, frozenset[str]]:
    """Per sentence start, the last words of the names that speak in it (``Marsh`` of
    ``"He will play," Marsh said``): a quotation's pronoun speaks of someone else, even
    when the speaker is named after it."""
    names: dict[int, set[str]] = {}
    spans = speaker_spans(extractions)
    for extraction in extractions:
        for mention in (extraction.subject, extraction.attributed_to):
            if mention is not None and mention.kind == "entity" and (
                    mention.start, mention.end) in spans:
                words = name_key(mention.text).split()
                if words:
                    names.setdefault(extraction.sentence.start, set()).add(words[-1])
    return {start: frozenset(found) for start, found in names.items()}


def continued_speakers(extractions: Iterable[Extraction]) -> dict[int, Mention]:
    """Per sentence start, who speaks a sentence that goes on with a quotation without
    saying who speaks it: news writes ``"A," X said. "B."``, and B is X's too. A sentence
    that opens with a quotation mark and has no reporter of its own takes the speaker of
    the quoted sentence before it (through any number of such sentences); any other
    sentence ends the run."""
    by_sentence: dict[int, tuple[str, Mention | None]] = {}
    for extraction in extractions:
        sentence = extraction.sentence
        text, reporter = by_sentence.get(sentence.start, (sentence.text, None))
        by_sentence[sentence.start] = (text, reporter or extraction.attributed_to)
    found: dict[int, Mention] = {}
    speaker: Mention | None = None
    for start in sorted(by_sentence):
        text, reporter = by_sentence[start]
        opens = text.lstrip()[:1] in OPENING
        if reporter is not None:
            speaker = reporter if _QUOTE_MARK.search(text) else None
        elif opens and speaker is not None:
            found[start] = speaker
        else:
            speaker = None
    return found


# What a quoted "we" can stand for: the speaker's party, team or country. (Not a firm or
# body: read on 200 BBC articles, roles such as "Secretary of State for Culture" or a
# reporter's "BBC Scotland" named the wrong side half the time.)
SIDE_TYPES = frozenset({"PoliticalParty", "SportsTeam", "Country"})
# Extraction rules of role facts ("Wales coach X", "X, a spokeswoman for Hypertag").
ROLE_RULES = frozenset({"title", "apposition"})
_ROLE_LINKS = frozenset({"of", "for", "at"})


def speaker_sides(extractions: Iterable[Extraction],
                  node_of: Callable[[Extraction, Mention], str | None],
                  type_of: Callable[[str | None], str | None]) -> dict[str, str]:
    """Per person, the one side the role facts of ``extractions`` (the whole corpus) name
    for it (``Wales coach X`` → Wales, ``US President X`` → the United States): who a
    quoted ``we`` stands for when that person speaks. A person with roles on two sides, or
    none, has no side here (``we`` then stays unresolved)."""
    sides: dict[str, set[str]] = {}
    for extraction in extractions:
        if (extraction.rule not in ROLE_RULES or not extraction.objects
                or extraction.relation.rsplit(" ", 1)[-1] not in _ROLE_LINKS):
            continue
        person = node_of(extraction, extraction.subject)
        side = node_of(extraction, extraction.object)
        if person and side and type_of(person) == "Person" and type_of(side) in SIDE_TYPES:
            sides.setdefault(person, set()).add(side)
    return {person: next(iter(found)) for person, found in sides.items() if len(found) == 1}
