"""Facts the text does not state: one of alternatives joined by or/nor. Real spaCy."""

from __future__ import annotations

from kgbuilder.extractors import Document, extract_doc


def test_one_of_alternatives_is_not_stated(nlp):
    text = ("Leeds were drawn against either Swindon or Notts County. "
            "The fund holds 3,217 tonnes of gold, or about 113.5m ounces.")
    found = {(e.relation, e.objects[0].text): e.modality
             for e in extract_doc(nlp(text), Document("d", text)).extractions if e.objects}
    assert found[("be drawn against", "Swindon")] == "hypothetical"
    assert found[("be drawn against", "Notts County")] == "hypothetical"
    assert found[("hold", "3,217 tonnes")] is None  # the same amount said again
