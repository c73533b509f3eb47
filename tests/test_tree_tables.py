"""The per-Doc tables of ``extractors/tree.py`` read the same parse as spaCy's own
accessors, and leave the Doc with the block that kept them."""

from __future__ import annotations

from kgbuilder.extractors.entity_map import entities_kept, entity_spans
from kgbuilder.extractors.tree import CHILDREN, TOKENS, children, doc_tokens, span_of
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
