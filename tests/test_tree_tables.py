"""The per-Doc tables of ``extractors/tree.py`` read the same parse as spaCy's own
accessors, and leave the Doc with the block that kept them."""

from __future__ import annotations

from kgbuilder.extractors.entity_map import entities_kept, entity_spans
from kgbuilder.extractors.mentions import document_mentions, named_mention
from kgbuilder.extractors.tree import (
    CHILDREN,
    NAMES,
    QUOTES,
    SIDES,
    TOKENS,
    children,
    doc_tokens,
    lefts,
    quote_marks,
    rights,
    span_of,
)
from kgbuilder.extractors.triples import doc_extractions

TEXT = ("The council, which met on Monday, sold the old depot to a builder from Leeds. "
        "\"We had no choice,\" its leader said, and the sale went ahead.")


def test_children_and_tokens_match_spacy_inside_and_outside_a_kept_block(nlp):
    doc = nlp(TEXT)
    outside = [[c.i for c in children(t)] for t in doc]
    with entities_kept(doc):
        entity_spans(doc)
        inside = [[c.i for c in children(t)] for t in doc]
        assert [t.i for t in doc_tokens(doc)] == list(range(len(doc)))
        assert TOKENS in doc.user_data and CHILDREN in doc.user_data
    assert inside == outside == [[c.i for c in t.children] for t in doc]
    assert TOKENS not in doc.user_data and CHILDREN not in doc.user_data


def test_no_table_is_kept_outside_a_block(nlp):
    doc = nlp(TEXT)
    doc_tokens(doc)
    children(doc[3])
    assert TOKENS not in doc.user_data and CHILDREN not in doc.user_data
    doc_extractions(doc, "t")
    assert not {TOKENS, CHILDREN} & set(doc.user_data)


def test_span_of_is_the_slice(nlp):
    doc = nlp(TEXT)
    n = len(doc)
    for start, end in [(0, 3), (2, 2), (5, 4), (-1, n), (n - 2, n + 5), (0, n), (-3, -1)]:
        made, sliced = span_of(doc, start, end), doc[start:end]
        assert (made.start, made.end, made.text) == (sliced.start, sliced.end, sliced.text)


def test_lefts_and_rights_match_spacy_inside_and_outside_a_kept_block(nlp):
    doc = nlp(TEXT)
    spacy_sides = [([c.i for c in t.lefts], [c.i for c in t.rights]) for t in doc]
    outside = [([c.i for c in lefts(t)], [c.i for c in rights(t)]) for t in doc]
    with entities_kept(doc):
        entity_spans(doc)
        inside = [([c.i for c in lefts(t)], [c.i for c in rights(t)]) for t in doc]
        assert SIDES in doc.user_data
    assert inside == outside == spacy_sides
    assert any(left and right for left, right in spacy_sides)  # the text has both sides
    assert SIDES not in doc.user_data


def test_quote_marks_are_the_quote_tokens_in_range(nlp):
    doc = nlp(TEXT)
    every = [t.i for t in doc if t.is_quote]
    assert len(every) == 2
    with entities_kept(doc):
        entity_spans(doc)
        assert quote_marks(doc, 0, len(doc)) == every
        assert quote_marks(doc, every[0] + 1, len(doc)) == every[1:]
        assert quote_marks(doc, 0, every[0]) == []
        assert QUOTES in doc.user_data
    assert quote_marks(doc, every[0], every[0] + 1) == every[:1]
    assert QUOTES not in doc.user_data


def test_a_named_mention_is_worked_out_once_per_kept_doc(nlp):
    doc = nlp("Tony Blair met Gordon Brown in London on Monday.")
    with entities_kept(doc):
        ents = entity_spans(doc)
        first = named_mention(doc.ents[0], ents)
        assert named_mention(doc.ents[0], ents) is first  # the kept answer
        assert named_mention(doc.ents[0], dict(ents)) is not first  # another map: afresh
        assert NAMES in doc.user_data
    assert NAMES not in doc.user_data
    inside = {i: ent for ent in doc.ents for i in range(ent.start, ent.end)}
    outside = named_mention(doc.ents[0], inside)
    assert outside == first and outside is not first
    assert NAMES not in doc.user_data
    assert [m.text for m in document_mentions(doc)][:2] == ["Tony Blair", "Gordon Brown"]
