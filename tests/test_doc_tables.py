"""What extraction keeps in a Doc while it reads it (token, children and entity tables,
mended names), and that it leaves the Doc as it came."""

from __future__ import annotations


def test_the_children_table_is_dropped_after_a_document(nlp):
    from kgbuilder.extractors.tree import children
    from kgbuilder.extractors.triples import doc_extractions

    doc = nlp("The council sold the old depot to a builder.")
    assert [t.text for t in children(doc[2])] == [t.text for t in doc[2].children]
    doc_extractions(doc, "t")
    assert "kgbuilder_children" not in doc.user_data


def test_mended_names_are_worked_out_once_and_dropped_after_a_document(nlp):
    """Mentions and facts ask for the same names: one answer per entity, gone with the
    document (the Spans it holds point back at the Doc)."""
    from kgbuilder.extractors.mentions import entities_kept, entity_spans
    from kgbuilder.extractors.spans import mended
    from kgbuilder.extractors.triples import doc_extractions

    doc = nlp("BBC Radio Five Live hired Ursula von der Leyen in Leeds.")
    with entities_kept(doc):
        ents = entity_spans(doc)
        assert entity_spans(doc) is ents
        first = [mended(ent, ents) for ent in doc.ents]
        assert [mended(ent, ents) for ent in doc.ents] == first
        assert [mended(ent, dict(ents)) for ent in doc.ents] == first  # another map: redone
        assert any(span.text == "Ursula von der Leyen" for span, _ in first)
        doc_extractions(doc, "t")
        assert "kgbuilder_entity_spans" in doc.user_data  # the enclosing block keeps it
    assert not [key for key in doc.user_data if str(key).startswith("kgbuilder_")
                and key != "kgbuilder_sentence_starts"]


def test_public_extraction_functions_leave_the_doc_as_it_came(nlp):
    """Called alone, mentions and facts keep no entity map in the Doc: it still
    serialises, and entities set afterwards are the ones read next."""
    from kgbuilder.extractors.mentions import document_mentions, entity_spans
    from kgbuilder.extractors.triples import sentence_extractions

    doc = nlp("Acme Foods hired Ana Costa in Leeds.")
    document_mentions(doc)
    sentence_extractions(next(doc.sents), "t")
    assert not [key for key in doc.user_data if str(key).startswith("kgbuilder_")
                and key != "kgbuilder_sentence_starts"]
    doc.to_bytes()
    doc.ents = []
    assert entity_spans(doc) == {}
