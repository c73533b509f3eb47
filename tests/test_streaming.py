"""Streaming extraction: memory zones bound spaCy's vocabulary without changing results."""

from __future__ import annotations

from conftest import SEEDS
from kgbuilder.extractors import Document, extract_documents


def _documents() -> list[Document]:
    """The seed articles, each followed by a short article naming a made-up company."""
    documents = []
    for number, path in enumerate(sorted(SEEDS.glob("*.txt"))):
        documents.append(Document(path.stem, path.read_text(encoding="utf-8")))
        documents.append(Document(f"made-up-{number}",
                                  f"Qorvantix{number} Holdings bought Zelmaric{number} "
                                  f"Logistics on Monday. Its chief executive said the deal "
                                  f"would close in March."))
    return documents


def test_memory_zones_drop_new_words_and_keep_every_result(nlp):
    documents = _documents()
    made_up = [f"Qorvantix{n}" for n in range(len(documents) // 2)]
    assert not any(word in nlp.vocab.strings for word in made_up)

    zoned = list(extract_documents(documents, nlp, zone_docs=2))

    # The first group (two documents) fills the vocabulary for good; later groups' new
    # words are gone once their zone closes.
    assert made_up[0] in nlp.vocab.strings
    assert not any(word in nlp.vocab.strings for word in made_up[1:])
    plain = list(extract_documents(documents, nlp, zone_docs=len(documents)))
    assert zoned == plain
    assert [r.document.id for r in zoned] == [d.id for d in documents]
    bought = [e for r in zoned if r.document.id == "made-up-3" for e in r.extractions
              if e.relation == "buy"]
    assert bought and bought[0].subject.text == "Qorvantix3 Holdings"


def test_documents_are_read_lazily_group_by_group(nlp):
    documents = _documents()
    read: list[str] = []

    def source():
        for document in documents:
            read.append(document.id)
            yield document

    stream = extract_documents(source(), nlp, zone_docs=3, batch_size=1)
    first = next(stream)
    assert first.document.id == documents[0].id
    assert len(read) < len(documents)  # not the whole input for the first result
    assert [r.document.id for r in [first, *stream]] == [d.id for d in documents]
