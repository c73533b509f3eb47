"""Turning what a rule found (tokens) into :class:`Extraction` records (plain data)."""

from __future__ import annotations

import re

from spacy.tokens import Span, Token

from .appositions import named_apposition
from .argument_spans import argument_span
from .arguments import Argument, is_time, is_usable
from .conjuncts import alternative_offsets, respective_places
from .lexicon import UNUSABLE_ARGUMENTS
from .mentions import NAMED_LABELS, mention_for, span_label, trimmed
from .possessed import owned_name
from .records import CROSSED_RULE, Extraction, Mention, Phrase, Sentence
from .stance import Stance, is_question, quoted_speaker, stance_of
from .tree import children

# A comma and relative pronoun that open a non-restrictive relative clause inside a noun
# phrase (``the prostate, which is then cut``): a fact of its own, no part of the phrase.
_NONRESTRICTIVE = re.compile(r"\s*,\s+(?:which|who|whom|whose)\b")


def opens_quote(text: str) -> bool:
    """``text`` opens more quotations than it closes (``"``, or PTB ```` `` ````/``''``)."""
    return text.count('"') % 2 == 1 or text.count("``") > text.count("''")


def words_of(tokens: list[Token]) -> str:
    """Tokens as written, one space apart."""
    return " ".join(t.text for t in tokens)


class ExtractionBuilder:
    """Carries the per-sentence context that every extraction needs."""

    def __init__(self, sentence: Span, doc_id: str, ents: dict[int, Span],
                 source_text: str | None = None) -> None:
        self.span = sentence
        self.source = source_text if source_text is not None else sentence.doc.text
        start, end = sentence.start_char, sentence.end_char
        self.sentence = Sentence(self.source[start:end], start, end)
        self.doc_id = doc_id
        self.ents = ents
        self.question = is_question(sentence)  # every clause of it is asked, not stated
        self._times: dict[int, str | None] = {}  # per verb: read once, asked per fact
        # Per argument head: its mention and phrase, asked by each verb and construction
        # that reads it (both are frozen records, shared safely).
        self._mentions: dict[int, Mention] = {}
        self._head_phrases: dict[int, Phrase] = {}
        self._alternatives: list[int] | None = None  # see :meth:`alternative`
        self._places: dict[int, tuple[int, int]] | None = None  # see :meth:`crossed`

    def mention(self, token: Token) -> Mention:
        """The mention an argument head stands for; a quoted ``I`` is the speaker."""
        found = self._mentions.get(token.i)
        if found is None:
            found = self._mentions[token.i] = self._mention(token)
        return found

    def _mention(self, token: Token) -> Mention:
        speaker = quoted_speaker(token)
        if speaker is not None:
            token = speaker
        if token.i not in self.ents:
            # "the Interim President of Venezuela, Delcy Rodriguez": the name, not the title.
            token = named_apposition(token, self.ents) or token
        if token.pos_ == "NOUN" and token.n_lefts > 1:
            named = owned_name(token, self)  # "BBC Radio 4's Today programme": Today
            if named is not None:
                return named
        mention = mention_for(token, self.ents)
        if not (is_usable(token) or self.named_word(token)) or is_time(token, self.ents):
            return Mention(mention.text, mention.start, mention.end, "other", "", token.text)
        return mention

    def named_word(self, token: Token) -> bool:
        """A word of a name the tagger read as a verb or an adjective (``support to U2``:
        U2 a verb): the NER's name, a capitalised object of a preposition, is a thing."""
        ent = self.ents.get(token.i)
        return (ent is not None and ent.label_ in NAMED_LABELS and token.dep_ == "pobj"
                and token.text[:1].isupper() and token.lower_ not in UNUSABLE_ARGUMENTS)

    def other(self, span: Span, kind: str = "other") -> Mention:
        """A mention of something that is not a graph node (a clause, a time, an adjective)."""
        return Mention(span_label(span), span.start_char, span.end_char, kind, "",
                       span.root.text)

    def phrase(self, span: Span, marker: Token | None = None) -> Phrase:
        """The words of ``span`` as written, from ``marker`` (a preposition) if it precedes."""
        start = marker.idx if marker is not None and marker.i < span.start else span.start_char
        return Phrase(self.source[start:span.end_char], start, span.end_char)

    def head_phrase(self, head: Token) -> Phrase:
        """The full argument phrase headed by ``head``."""
        found = self._head_phrases.get(head.i)
        if found is None:
            found = self._head_phrases[head.i] = self.noun_phrase(argument_span(head,
                                                                                self.ents))
        return found

    def noun_phrase(self, span: Span, marker: Token | None = None) -> Phrase:
        """:meth:`phrase` of a noun phrase, cut before a non-restrictive relative clause
        that a word inside it carries (``a portion of the prostate, which ...``), and
        closing the quotation it opens when the parse left the closing mark outside."""
        doc = span.doc
        if span.end < len(doc) and doc[span.end].is_quote and opens_quote(
                self.source[span.start_char:span.end_char]):
            span = doc[span.start:span.end + 1]
        phrase = self.phrase(span, marker)
        cut = _NONRESTRICTIVE.search(phrase.text)
        if cut is None or cut.start() == 0:
            return phrase
        return Phrase(phrase.text[:cut.start()], phrase.start, phrase.start + cut.start())

    def time_phrase(self, head: Token) -> Phrase:
        """A time as written: a preposition with its object (``in March``), else the time
        phrase a noun heads (``earlier this month``)."""
        if head.dep_ == "prep":
            return self.phrase(head.doc[head.left_edge.i:head.right_edge.i + 1])
        return self.head_phrase(head)

    def arguments(self, arguments: list[Argument]) -> list[Phrase]:
        """One phrase per preposition, with all its coordinated objects (``with X, Y and
        Z``): a list is one argument, never repeated conjunct by conjunct."""
        phrases: list[Phrase] = []
        seen: set[int] = set()
        for argument in arguments:
            if argument.marker.i in seen:
                continue
            seen.add(argument.marker.i)
            pobj = next((c for c in children(argument.marker) if c.dep_ == "pobj"),
                        argument.head)
            phrases.append(self.noun_phrase(argument_span(pobj, self.ents, distribute=False),
                                            argument.marker))
        return phrases

    def node_arguments(self, arguments: list[Argument]) -> list[Mention]:
        """Mentions of the prepositional arguments a node can stand for (times are attributes)."""
        return [self.mention(a.head) for a in arguments if not is_time(a.head, self.ents)]

    def time_of(self, verb: Token) -> str | None:
        """A date or time expression attached to the verb (``on Monday``, ``this week``)."""
        if verb.i not in self._times:
            self._times[verb.i] = self._time_of(verb)
        return self._times[verb.i]

    def _time_of(self, verb: Token) -> str | None:
        ents = self.ents
        if not ents:
            return None
        for child in children(verb):
            if child.i in ents and is_time(child, ents):
                return trimmed(ents[child.i]).text
            if child.n_rights or child.n_lefts:  # a leaf has no object
                for token in children(child):
                    if token.dep_ == "pobj" and is_time(token, ents):
                        return trimmed(ents[token.i]).text
        return None

    def alternative(self, mention: Mention) -> bool:
        """Whether ``mention`` holds one of nouns joined by ``or`` (``either
        Swindon or Notts County``): one of them is meant, neither is stated."""
        if self._alternatives is None:
            self._alternatives = alternative_offsets(self.span)
        return any(mention.start <= at < mention.end for at in self._alternatives)

    def crossed(self, subject: Mention, obj: Mention) -> bool:
        """Whether ``subject`` and ``obj`` stand at different places of two lists that
        ``respectively`` pairs one to one (``A and B won C and D respectively``: A won C,
        never D)."""
        if self._places is None:
            self._places = respective_places(self.span)
        if not self._places:
            return False
        mine, theirs = _place(subject, self._places), _place(obj, self._places)
        return mine is not None and theirs is not None and mine[0] != theirs[0] \
            and mine[1] != theirs[1]

    def make(self, verb: Token, subject: Mention, relation: str, objects: list[Mention], *,
             rule: str, surface: tuple[list[Token], list[Phrase]], confidence: float,
             stance: Stance | None = None) -> Extraction:
        """One extraction; ``stance`` is the verb's, when the caller has read it already."""
        stance = stance_of(verb, self.question) if stance is None else stance
        modality = stance.modality
        if modality is None and (self.alternative(subject)
                                 or (objects and self.alternative(objects[0]))):
            modality = "hypothetical"  # "drawn against either Swindon or Notts County"
        if objects and self.crossed(subject, objects[0]):  # empty for most sentences
            rule += CROSSED_RULE  # "A and B beat C and D respectively": A beat no D
        if self._places and len(objects) > 1:
            objects = objects[:1] + [o for o in objects[1:] if not self.crossed(subject, o)]
        return Extraction(
            doc_id=self.doc_id, sentence=self.sentence, subject=subject, relation=relation,
            relation_text=words_of(surface[0]), objects=tuple(objects),
            negated=stance.negated, modality=modality, time=self.time_of(verb),
            confidence=confidence, rule=rule, arguments=tuple(surface[1]),
            attributed_to=self.mention(stance.reporter) if stance.reporter is not None
            else None,
        )


def _place(mention: Mention, places: dict[int, tuple[int, int]]) -> tuple[int, int] | None:
    """The list place (:func:`~.conjuncts.respective_places`) of a noun inside ``mention``."""
    return next((place for at, place in places.items() if mention.start <= at < mention.end),
                None)
