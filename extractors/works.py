"""Works named for their maker: ``Their singles include Blue Lanes, Harbour Song and Paper
Moon`` → they –single→ each title; ``her debut hit Genie`` → she –debut hit→ Genie (rule
``works``; the titles are read by :mod:`.titles`). The work noun is the relation, typed
by the relation mapping (a single or a hit is its performer's, a novel its author's).
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from typing import TYPE_CHECKING

from spacy.tokens import Span, Token

from .confidence import confidence
from .mentions import is_pronoun, mention_for, span_label
from .records import Extraction, Mention, Sentence
from .titles import HYPHENS, listed_titles, possessed_title, work_possessor

if TYPE_CHECKING:
    from .builder import ExtractionBuilder

_TITLE_END_MARKS = frozenset({"?", "!"})  # "Who's David?": a title's own mark


def _title_mention(piece: Span, builder: ExtractionBuilder) -> Mention:
    """A listed title as a work's name (whatever NER called its words: ``Year 3000`` a
    date)."""
    return Mention(span_label(piece), piece.start_char, piece.end_char, "entity",
                   "WORK_OF_ART", piece.root.text, sentence=builder.span.start_char,
                   dep="dobj")


def listed_work_extractions(verb: Token, builder: ExtractionBuilder) -> Iterator[Extraction]:
    """``Their singles include A, B and C`` → they –single→ A, –single→ B, –single→ C."""
    found = work_possessor(verb, builder.ents)
    if found is None:
        return
    noun, owner = found
    titles = listed_titles(verb)
    if not titles:
        return
    maker = builder.mention(owner)  # a pronoun, a name, or a nominal the graph resolves
    relation = noun.lemma_.lower()
    glued_mark = titles[-1][-1].text in _TITLE_END_MARKS  # the "?" is the title's
    for title in titles:
        surface = ([noun, verb], [builder.phrase(noun.doc[noun.left_edge.i:noun.i + 1]),
                                  builder.phrase(title)])
        extraction = builder.make(verb, maker, relation, [_title_mention(title, builder)],
                                  rule="works", surface=surface, confidence=confidence(
                                      "works", owner, None, builder.span, verb, 2))
        if glued_mark and extraction.modality == "question":
            extraction = replace(extraction, modality=None)
        yield extraction


def possessed_work_extractions(kind: Token, builder: ExtractionBuilder,
                               found: list[Extraction]) -> Iterator[Extraction]:
    """``her debut hit Genie`` → she –debut hit→ Genie, read off the words when the parse
    did not join the title to its noun (``hit`` a verb, the title a clause); nothing when
    a rule of the parse (an apposition, a maker's compound) already has the fact, nor for
    a title set off by commas (``their last single, X,``: on 540 unseen articles 3 of
    7 such facts took a wrong possessor, the pronoun resolved to a name before it)."""
    possessed = possessed_title(kind, builder.ents)
    if possessed is None:
        return
    owner, title = possessed
    if title.start > kind.i + 1:
        return  # "his next single, X,": a name for the parse's apposition, no fact here
    words = [t.lower_ for t in kind.doc[owner.i + 1:kind.i] if t.pos_ == "NOUN" and not (
        t.i + 1 < kind.i and t.nbor(1).text in HYPHENS)]  # "award-winning album": an album
    relation = " ".join([*words, kind.lower_])
    work = _title_mention(title, builder)
    if any(e.relation == relation and e.objects and (e.objects[0].start, e.objects[0].end)
           == (work.start, work.end) for e in found):
        return
    maker = builder.mention(owner) if is_pronoun(owner) else mention_for(owner, builder.ents)
    extraction = builder.make(kind, maker, relation, [work], rule="works", surface=(
        [], []), confidence=confidence("works", owner, None, builder.span, kind, 2))
    sentence = extraction.sentence
    if title.end > builder.span.end:  # the parser began a sentence inside the title
        end = title[-1].sent.end_char
        sentence = Sentence(builder.source[sentence.start:end], sentence.start, end)
    yield replace(extraction, relation_text=relation, negated=False, modality=None,
                  time=None, arguments=(), sentence=sentence)
