"""The extraction stage's entry point: documents in, :class:`DocumentExtractions` out."""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from spacy.language import Language
from spacy.tokens import Doc

from .cleaning import clean_text
from .mentions import document_mentions
from .records import Document, DocumentExtractions
from .triples import doc_extractions


def extract_doc(doc: Doc, document: Document) -> DocumentExtractions:
    """Mentions and facts of one parsed document."""
    return DocumentExtractions(
        document=document,
        sentences=sum(1 for s in doc.sents if s.text.strip()),
        mentions=tuple(document_mentions(doc)),
        extractions=tuple(doc_extractions(doc, document.id, document.text)),
    )


def extract_documents(documents: Iterable[Document], nlp: Language,
                      batch_size: int = 32, n_process: int = 1) -> Iterator[DocumentExtractions]:
    """Parse ``documents`` in batches with ``nlp.pipe`` and yield what each one says.

    The parser sees :func:`clean_text` of each text, which keeps every character
    offset, so the offsets in the results point into the original text.
    """
    stream = ((clean_text(d.text), d) for d in documents)
    for doc, document in nlp.pipe(stream, as_tuples=True, batch_size=batch_size,
                                  n_process=n_process):
        yield extract_doc(doc, document)
