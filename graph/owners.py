"""Facts of a figure's owner: ``Tesco's profits rose to £2bn`` → Tesco –profits rise to→
£2bn (the owner written before the figure, after it with ``at``/``of``/``in``/``from``, or
as ``its``/``their``), and a bare figure right after an owned one (``Sales were down``)
taken as the same owner's (:class:`OwnedFigures`). Kept apart from :mod:`.arguments`,
whose rule names and word lists they share."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace

from kgbuilder.extractors.records import Extraction, Mention

from .arguments import OWNER_RULE, OWNER_WORDS, PEOPLE_HEADS, POSSESSIVE
from .lexicon import MEASURE_NOUNS


def owner_subject_facts(extraction: Extraction,
                        known: Callable[[int, int], bool]) -> list[Extraction]:
    """``Tesco's profits rose to £2bn`` → Tesco –profits rise to→ £2bn besides the fact
    about the profits: a subject written ``NAME's NOUN ...`` whose name is a known mention
    and whose head is a thing, not a person. The caller keeps it only when the object is
    an amount (a figure of the owner's, never an entity the thing acted on)."""
    subject = extraction.subject
    if subject.kind != "concept" or not subject.head or not extraction.objects:
        return []
    head = subject.head.casefold()
    if head in PEOPLE_HEADS or head.removesuffix("s") in PEOPLE_HEADS:
        return []
    match = POSSESSIVE.search(subject.text)
    if match is None:
        owner = _owner_after(extraction, known) or _owner_before(extraction, known)
        if owner is None:
            return []
        return [replace(extraction, subject=owner,
                        relation=f"{subject.text.casefold()} {extraction.relation}",
                        rule=extraction.rule + OWNER_RULE)]
    thing = subject.text[match.end():].casefold().split()
    if not thing or thing[-1] not in (head, f"{head}s", f"{head}es"):  # the head a lemma
        return []  # "Labour's record on the NHS": the head ends the phrase
    for offset in (m.start() for m in re.finditer(r"\S+", subject.text[:match.start()])):
        start, end = subject.start + offset, subject.start + match.start()
        if known(start, end):
            owner = Mention(subject.text[offset:match.start()], start, end, "entity",
                            sentence=subject.sentence,
                            head=subject.text[:match.start()].split()[-1])
            return [replace(extraction, subject=owner,
                            relation=f"{' '.join(thing)} {extraction.relation}",
                            rule=extraction.rule + OWNER_RULE)]
    return []


_OWNER_AFTER = re.compile(r"\s+(?:at|of|in|from)\s+")
_NAME_END = re.compile(r"['\u2019]s?(?:\s|$)|\s*$")  # a possessive, or the phrase's end


def _owner_after(extraction: Extraction, known: Callable[[int, int], bool]) -> Mention | None:
    """The owner a subject names after ``at``/``of``/``in``/``from`` (``Profits at
    Norbel``, ``Sales in Norbel's drugs business``, ``Exports from Ruritania``): the first
    known mention of the subject's phrase after the preposition, when it ends the phrase
    or is followed by a possessive ``'s``. Read from the subject phrase as written, since the
    subject mention is only its head noun phrase."""
    subject = extraction.subject
    phrase = extraction.arguments[0] if extraction.arguments else None
    if phrase is None or phrase.start != subject.start \
            or not phrase.text.startswith(subject.text):
        return None
    match = _OWNER_AFTER.match(phrase.text, len(subject.text))
    if match is None:
        return None
    text = phrase.text
    starts = [m.start() for m in re.finditer(r"\S+", text) if m.start() >= match.end()]
    ends = [m.end() for m in re.finditer(r"[^\s'\u2019]+", text) if m.end() > match.end()]
    for start in starts:
        for end in reversed([e for e in ends if e > start]):
            if known(phrase.start + start, phrase.start + end):
                if _NAME_END.match(text, end) is None:
                    return None  # "Profits at the Norbel plant in Leeds": no owner named
                name = text[start:end]
                return Mention(name, phrase.start + start, phrase.start + end, "entity",
                               sentence=subject.sentence, head=name.split()[-1])
    return None


_POSSESSIVE_PRONOUN = re.compile(r"\b(?:its|their)\s+$", re.IGNORECASE)


def _owner_before(extraction: Extraction, known: Callable[[int, int], bool]) -> Mention | None:
    """The ``its``/``their`` right before the subject (``its profits``, ``Their shares``)
    when resolution knows it: a pronoun, judged later by what it stands for."""
    subject, sentence = extraction.subject, extraction.sentence
    match = _POSSESSIVE_PRONOUN.search(sentence.text, 0, subject.start - sentence.start)
    if match is None:
        return None
    word = match.group().rstrip()
    start = sentence.start + match.start()
    if not known(start, start + len(word)):
        return None
    return Mention(word, start, start + len(word), "pronoun",
                   "neuter" if word.casefold() == "its" else "plural", word,
                   sentence=subject.sentence)


class OwnedFigures:
    """:func:`owner_subject_facts` over a document's extractions in order, and a bare
    figure noun (``Sales were down 25%``, ``on sales which fell 8%``) given the owner of
    the last owned figure when that lies in the same sentence or the one before: business
    news names a firm's figures bare once it has said whose they are."""

    def __init__(self) -> None:
        self._last: tuple[str, int, Mention] | None = None  # document, sentence, owner
        self._sentences: list[tuple[str, int]] = []  # sentence starts seen, in order
        self._named_here: set[str] = set()  # named subjects of the sentence so far

    def facts(self, extraction: Extraction,
              known: Callable[[int, int], bool]) -> list[Extraction]:
        """The owner facts of ``extraction`` (see the class)."""
        here = (extraction.doc_id, extraction.sentence.start)
        if self._sentences and self._sentences[-1][0] != here[0]:
            self._last, self._sentences = None, []  # a new document: no owner yet
        if not self._sentences or self._sentences[-1] != here:
            self._sentences = [*self._sentences[-1:], here]  # this sentence and the one before
            self._named_here = set()
        found = owner_subject_facts(extraction, known)
        words = extraction.subject.text.casefold().split()
        measure = bool(words) and words[-1] in MEASURE_NOUNS
        bare = measure and _bare_figure(extraction)  # asked once of each figure subject
        if measure and not bare:
            # whose figures they are, said with or without a figure ("X's sales improved")
            owner = found or owner_subject_facts(
                replace(extraction, objects=(extraction.subject,)), known)
            if owner:
                self._last = (*here, owner[0].subject)
        elif bare and not found and self._last is not None:
            doc, start, owner = self._last
            others = self._named_here - {owner.text}  # "Asahi predicts profits to rise"
            if doc == extraction.doc_id and (doc, start) in self._sentences and \
                    (start == here[1] or not others):
                subject = extraction.subject
                found = [replace(extraction, subject=owner,
                                 relation=f"{subject.text.casefold()} {extraction.relation}",
                                 rule=extraction.rule + OWNER_RULE)]
        if extraction.subject.kind == "entity":
            self._named_here.add(extraction.subject.text)
        return found


def _bare_figure(extraction: Extraction) -> bool:
    """A subject that is a figure noun with no determiner or owner of its own (``Sales``,
    ``R&D spending``), not ``the sales`` or ``car sales in Europe``."""
    subject = extraction.subject
    words = subject.text.casefold().split()
    if subject.kind != "concept" or not extraction.objects or not words \
            or words[-1] not in MEASURE_NOUNS or len(words) > 2 \
            or "'" in subject.text or "\u2019" in subject.text:
        return False  # "Sainsbury's sales" has its owner
    before = extraction.sentence.text[:subject.start - extraction.sentence.start].split()
    if before and any(w[:1].isupper() for w in subject.text.split()[:-1]):
        return False  # "Ford sales", a name's, unless it opens the sentence
    last = before[-1].casefold() if before else ""
    return last not in OWNER_WORDS and last not in ("these", "those", "whose") \
        and not last.endswith(("'s", "\u2019s", "'"))
