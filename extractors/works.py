"""Works a list names for their maker: ``Their singles include Blue Lanes, Harbour Song
and Paper Moon`` → they –single→ each title (rule ``works``; the list is read by
:mod:`.titles`). The work noun is the relation, typed by the relation mapping (a single
or a hit is its performer's, a novel its author's).
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from typing import TYPE_CHECKING

from spacy.tokens import Span, Token

from .confidence import confidence
from .mentions import is_pronoun, mention_for, span_label
from .records import Extraction, Mention
from .titles import listed_titles, work_possessor

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
    maker = builder.mention(owner) if is_pronoun(owner) else mention_for(owner, builder.ents)
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
