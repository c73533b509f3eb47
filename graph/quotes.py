"""Where a document quotes someone: the stretches of text inside quotation marks.

Read from the sentences extraction kept (every sentence with a fact), so pronoun
resolution can tell a ``he`` in a quotation (someone the speaker talks about) from one
in the reporter's own words.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable

from kgbuilder.extractors.records import Extraction, Mention, Sentence

from .lexicon import SPOKESPERSON_ROLES
from .names import name_key

# Verbs whose subject is the one speaking (written here from news attribution usage).
SPEECH_VERBS = frozenset("""say tell add insist explain admit claim warn reply write state
told said""".split())
OPENING = frozenset("\u201c\u2018\"")  # “ ‘ "
CLOSING = frozenset("\u201d\u2019\"")  # ” ’ "
_QUOTE_MARK = re.compile("[\u201c\u2018\u201d\u2019\"]")
_ANY_QUOTE = _QUOTE_MARK


def _quote_marks(text: str, inside: bool = False) -> tuple[list[tuple[int, int]], int | None]:
    """The closed quoted stretches of one sentence's ``text`` and where a quotation left
    open at its end begins (None when every quotation closes); ``inside``: the sentence
    starts inside a quotation, so its first mark closes it (``B," X said.``)."""
    start: int | None = 0 if inside else None
    found: list[tuple[int, int]] = []
    for mark in _QUOTE_MARK.finditer(text):
        char, i = mark.group(), mark.start()
        if start is None and char in OPENING and (i == 0 or not text[i - 1].isalnum()):
            start = i
        elif start is not None and char in CLOSING and (
                i + 1 == len(text) or not text[i + 1].isalnum()):
            found.append((start, i + 1))
            start = None
    return found, start


def quoted_spans(extractions: Iterable[Extraction]) -> list[tuple[int, int]]:
    """Document offsets of quoted stretches, in order. A quotation left open at a
    sentence's end runs to that end (news quotes often span sentences), and on through
    the sentences that follow in its paragraph when a later one closes it (``"A. B. C,"
    he said``: B and C are quoted too)."""
    sentences: dict[int, Sentence] = {}
    for extraction in extractions:
        sentences.setdefault(extraction.sentence.start, extraction.sentence)
    ordered = [sentences[start] for start in sorted(sentences)]
    spans: list[tuple[int, int]] = []
    inside = False
    for i, sentence in enumerate(ordered):
        if not inside and not _ANY_QUOTE.search(sentence.text):
            continue
        closed, start = _quote_marks(sentence.text, inside)
        spans.extend((sentence.start + a, sentence.start + b) for a, b in closed)
        if start is not None:
            spans.append((sentence.start + start, sentence.end))
        inside = start is not None and _closed_later(ordered, i)
    return sorted(spans)


NEXT_SENTENCE_GAP = 1  # one space between two sentences of a paragraph (a break ends a quote)


def _closed_later(ordered: list[Sentence], i: int) -> bool:
    """Whether the quotation left open at the end of sentence ``i`` goes on into the next
    one: the next sentence is in the same paragraph, and the first quote mark from there
    on, still in the paragraph, closes a quotation (``fit enough." Then`` does; an opening
    mark, or a paragraph's end first, says the writer never closed it)."""
    for before, sentence in zip(ordered[i:], ordered[i + 1:], strict=False):
        if not 0 <= sentence.start - before.end <= NEXT_SENTENCE_GAP:
            return False
        mark = _QUOTE_MARK.search(sentence.text)
        if mark is not None:
            at, text = mark.start(), sentence.text
            return mark.group() in CLOSING and at > 0 and not text[at - 1].isspace() \
                and (at + 1 == len(text) or not text[at + 1].isalnum())
    return False


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


def _left_open(text: str, inside: bool) -> bool:
    """Whether a sentence ends inside a quotation (``"A.`` of ``"A. B."``); ``inside``:
    whether it starts inside one."""
    if not _ANY_QUOTE.search(text):
        return inside
    return _quote_marks(text, inside)[1] is not None


def _first_subject(extractions: list[Extraction]) -> Mention | None:
    """The subject a sentence opens with: of its fact whose subject comes first."""
    return min((e.subject for e in extractions), key=lambda m: m.start, default=None)


def continued_speakers(extractions: Iterable[Extraction],
                       same: Callable[[Mention, Mention], bool] | None = None
                       ) -> dict[int, Mention]:
    """Per sentence start, who speaks a sentence that goes on with a quotation without
    saying who speaks it: news writes ``"A," X said. "B."``, and B is X's too. A sentence
    with no reporter of its own takes the speaker of the quoted sentence before it
    (through any number of such sentences) when it opens with a quotation mark or the
    sentence just before it ended inside the quotation (``"B. C."``: C is X's). A
    sentence whose subject is the speaker (``same`` says so) keeps the run going without
    being quoted itself (``X said A. And he brushed off B. "C."``: C is X's); any other
    sentence ends the run."""
    by_sentence: dict[int, list[Extraction]] = {}
    for extraction in extractions:
        by_sentence.setdefault(extraction.sentence.start, []).append(extraction)
    found: dict[int, Mention] = {}
    speaker: Mention | None = None
    inside, end = False, -1  # whether the sentence before ended in a quotation; its end
    for start in sorted(by_sentence):
        group = by_sentence[start]
        text = group[0].sentence.text
        reporter = next((e.attributed_to for e in group if e.attributed_to is not None), None)
        opens = text.lstrip()[:1] in OPENING
        # only the very next sentence of the paragraph (a quotation going on into a new
        # paragraph opens it again; a mark between the two may have closed it)
        inside = inside and start - end <= 1 and not opens
        goes_on = opens or inside
        subject = _first_subject(group)
        if reporter is not None:
            speaker = reporter if _QUOTE_MARK.search(text) else None
        elif goes_on and speaker is not None:
            found[start] = speaker
        elif not (speaker is not None and subject is not None and same is not None
                  and same(subject, speaker)):
            speaker = None
        inside = _left_open(text, inside) and not text.endswith("\n")
        end = group[0].sentence.end
    return found


# What a quoted "we" can stand for: the speaker's party, team or country; a firm or body
# only for one who speaks for it (:data:`~.lexicon.SPOKESPERSON_ROLES`: read on 200 BBC
# articles, any role, such as "Secretary of State for Culture" or a reporter's "BBC
# Scotland", named the wrong side half the time).
SIDE_TYPES = frozenset({"PoliticalParty", "SportsTeam", "Country"})
BODY_TYPES = frozenset({"Organization", "GovernmentOrganization"})
# Extraction rules of role facts ("Wales coach X", "X, a spokeswoman for Hypertag").
ROLE_RULES = frozenset({"title", "apposition"})
PLACE_RULE = "location"  # "X, head of new media at Virgin Radio": a role's workplace
_ROLE_LINKS = frozenset({"of", "for", "at"})


def _speaks_for(relation: str) -> bool:
    """Whether a role relation (``head of new media at``, ``spokeswoman for``) is one of
    someone who speaks for the organisation: its role noun, before any ``of``, is one."""
    words = relation.split()[:-1]
    if "of" in words:
        words = words[:words.index("of")]
    return bool(words) and words[-1] in SPOKESPERSON_ROLES


def speaker_sides(extractions: Iterable[Extraction],
                  node_of: Callable[[Extraction, Mention], str | None],
                  type_of: Callable[[str | None], str | None]) -> dict[str, str]:
    """Per person, the one side the role facts of ``extractions`` (the whole corpus) name
    for it (``Wales coach X`` → Wales, ``US President X`` → the United States, ``X, a
    spokeswoman for Hypertag`` → Hypertag): who a quoted ``we`` stands for when that person
    speaks. A person with roles on two sides, or none, has no side here (``we`` then stays
    unresolved)."""
    sides: dict[str, set[str]] = {}
    for extraction in extractions:
        if (not extraction.objects
                or extraction.relation.rsplit(" ", 1)[-1] not in _ROLE_LINKS):
            continue
        speaks_for = _speaks_for(extraction.relation)
        if extraction.rule not in ROLE_RULES and not (
                extraction.rule == PLACE_RULE and speaks_for):
            continue
        person = node_of(extraction, extraction.subject)
        side = node_of(extraction, extraction.object)
        kind = type_of(side)
        if person and side and type_of(person) == "Person" and (
                kind in SIDE_TYPES or kind in BODY_TYPES and speaks_for):
            sides.setdefault(person, set()).add(side)
    return {person: next(iter(found)) for person, found in sides.items() if len(found) == 1}
