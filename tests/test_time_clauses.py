"""A present tense in a time clause of a clause in the future is in the future too
(real spaCy parse); in a past or present main clause it is asserted."""

from __future__ import annotations

from kgbuilder.extractors import Document, extract_doc


def _modalities(nlp, text: str) -> dict[str, str | None]:
    return {e.subject.text: e.modality
            for e in extract_doc(nlp(text), Document("d", text)).extractions}


def test_a_time_clause_of_a_future_clause_is_future(nlp):
    found = _modalities(nlp, "He said the tax would be cut before Ruritania takes over "
                             "the presidency of the union in July.")
    assert found["Ruritania"] == "future"


def test_a_time_clause_of_a_past_clause_is_asserted(nlp):
    found = _modalities(nlp, "Acme closed the plant before Norbel opened its office.")
    assert found["Norbel"] is None
