"""The extraction stage's entry point: documents in, :class:`DocumentExtractions` out."""

from __future__ import annotations

import itertools
import sys
from collections.abc import Iterable, Iterator
from contextlib import nullcontext
from dataclasses import replace

import numpy
from spacy.attrs import IS_SPACE, ORTH, SENT_START, SPACY
from spacy.language import Language
from spacy.tokens import Doc

from .cleaning import clean_text
from .entity_map import entities_kept, entity_spans
from .final_appositions import hang_final_appositions
from .mentions import document_mentions
from .offsets import doubled_at_joins, restored, without
from .pipeline import pipeline_name
from .records import Document, DocumentExtractions
from .split_words import join_split_words
from .triples import doc_extractions


def extract_doc(doc: Doc, document: Document, pipeline: str = "") -> DocumentExtractions:
    """Mentions and facts of one parsed document; ``pipeline`` names what parsed it.
    Mentions and facts share the document's entity map and mended names. Words the
    parser split at a hyphen are joined in the parse first (:mod:`split_words`)."""
    join_split_words(doc)
    hang_final_appositions(doc)
    with entities_kept(doc):
        entity_spans(doc)
        return DocumentExtractions(
            document=document,
            sentences=_sentence_count(doc),
            mentions=tuple(document_mentions(doc)),
            extractions=tuple(doc_extractions(doc, document.id, document.text)),
            pipeline=pipeline,
            headline=first_line(document.text),
        )


def _sentence_count(doc: Doc) -> int:
    """Sentences with any visible character: with a token that is not all whitespace
    (read from the Doc's arrays; ``Doc.text`` makes every Token)."""
    if not len(doc):
        return 0
    table = doc.to_array([SENT_START, IS_SPACE])
    starts = table[:, 0] == 1
    starts[0] = True  # Doc.sents starts a sentence at the first token, whatever its flag
    sentence = numpy.cumsum(starts)
    return len(numpy.unique(sentence[table[:, 1] == 0]))


HEADLINE_CHARS = 200


def first_line(text: str) -> str:
    """The first non-empty line of ``text``, whitespace collapsed, at most
    :data:`HEADLINE_CHARS` characters (a headline; an untitled document is named by it)."""
    for line in text.splitlines():
        words = line.split()
        if words:
            line = " ".join(words)
            return line if len(line) <= HEADLINE_CHARS else line[:HEADLINE_CHARS - 1] + "…"
    return ""


# Texts longer than CHUNK_CHARS are parsed in pieces of at most PIECE_CHARS, about one
# news article each: a batch of pieces then holds as much text as a batch of articles, so
# a long document peaks at the memory of the same text as many documents.
CHUNK_CHARS = 10_000
PIECE_CHARS = 2_000

# A line that ends a sentence: its last visible character closes one. After any other line
# (a headline, a caption, a dateline) the next line is parsed on its own, so the
# heading's words never lean on the sentence below it ("Summit\nJoe Biden met ..." would
# otherwise be parsed as "Summit", "Joe", "Biden met ...").
_SENTENCE_END = frozenset('.!?:;"\')]\u201d\u2019')


def split_for_parsing(text: str, limit: int = CHUNK_CHARS,
                      piece: int = PIECE_CHARS) -> list[str]:
    """``text`` cut into pieces that join back to it, each parsed as its own Doc.

    A piece ends after every line that does not end a sentence (a heading, so the parser
    never reads it together with the next line). A text longer than ``limit`` is also
    cut into pieces of at most ``min(piece, limit)`` characters, after a line break, else
    after a sentence end (``. ``), else after a space; a text without any is cut hard.
    """
    if len(text) > limit:
        limit = min(piece, limit)
    pieces: list[str] = []
    start = 0
    for line_end in _heading_ends(text):
        pieces.extend(_bounded(text[start:line_end], limit))
        start = line_end
    if start < len(text) or not pieces:
        pieces.extend(_bounded(text[start:], limit))
    return pieces


def _heading_ends(text: str) -> Iterator[int]:
    """Offsets just after each line break (and the blank lines after it) that follows a
    line not ending a sentence."""
    position = text.find("\n")
    while position != -1:
        line_start = text.rfind("\n", 0, position) + 1
        line = text[line_start:position].rstrip()
        end = position + 1
        while end < len(text) and text[end] in " \n\r":
            end += 1
        if line and line[-1] not in _SENTENCE_END and end < len(text):
            yield end
        position = text.find("\n", end)


def _bounded(text: str, limit: int) -> list[str]:
    """``text`` in pieces of at most ``limit`` characters that join back to it."""
    pieces: list[str] = []
    start = 0
    while len(text) - start > limit:
        window = text[start:start + limit]
        cut = window.rfind("\n")  # a line break in the second half, else a sentence end
        if cut < limit // 2:
            cut = max(cut, window.rfind(". ") + 1)
        if cut < limit // 2:
            cut = max(cut, window.rfind(" "))
        cut = cut + 1 if cut > 0 else limit
        pieces.append(text[start:start + cut])
        start += cut
    pieces.append(text[start:])
    return pieces


_ARRAY_ATTRS = list(Doc._get_array_attrs())  # what Doc.from_docs carries over, SPACY included
_ORTH, _SPACY = _ARRAY_ATTRS.index(ORTH), _ARRAY_ATTRS.index(SPACY)


def joined(docs: list[Doc]) -> Doc:
    """``Doc.from_docs(docs, ensure_whitespace=False)``, its words and spaces read from
    arrays: spaCy's builds three Token objects per word (a sixtieth of a build's time
    on news with headlines, each parsed as a piece of its own). Docs carrying user data
    or span groups go to spaCy's, which carries those over."""
    if any(doc.user_data or len(doc.spans) for doc in docs):
        return Doc.from_docs(docs, ensure_whitespace=False)
    vocab = docs[0].vocab
    array = numpy.concatenate([doc.to_array(_ARRAY_ATTRS) for doc in docs])
    strings = vocab.strings
    words = [strings[orth] for orth in array[:, _ORTH].tolist()]
    spaces = [bool(space) for space in array[:, _SPACY].tolist()]
    whole = Doc(vocab, words=words, spaces=spaces)
    whole.from_array(_ARRAY_ATTRS, array)
    if any(len(doc) for doc in docs):
        whole.tensor = numpy.vstack([numpy.asarray(doc.tensor) for doc in docs if len(doc)])
    return whole


ZONE_DOCS = 1000  # documents per spaCy memory zone (see extract_documents)


def extract_documents(documents: Iterable[Document], nlp: Language,
                      batch_size: int = 32, n_process: int = 1,
                      chunk_chars: int = CHUNK_CHARS,
                      zone_docs: int = ZONE_DOCS) -> Iterator[DocumentExtractions]:
    """Parse ``documents`` in batches with ``nlp.pipe`` and yield what each one says, in
    input order, reading ``documents`` lazily (memory holds the batches in flight).

    ``n_process`` > 1 parses in that many processes (spaCy's multiprocessing). The
    parser sees :func:`clean_text` of each text, which keeps every character offset, so
    the offsets in the results point into the original text. A text longer than
    ``chunk_chars`` is parsed in pieces (:func:`split_for_parsing`) joined back into one
    Doc, so its offsets are the same as if it had been parsed whole.

    In one process, documents after the first ``zone_docs`` are parsed in groups of
    ``zone_docs`` inside spaCy memory zones: the strings and lexemes a group adds to the
    vocabulary are dropped after it, so memory does not grow with the corpus's distinct
    words. The first group stays outside, to fill the tokenizer's cache (zones do not
    add to it) with the corpus's common words. Results are the same either way.
    """
    name = pipeline_name(nlp)
    if n_process > 1:  # a new group would restart every worker process: no zones
        yield from _extracted(documents, nlp, name, batch_size, n_process, chunk_chars)
        return
    stream = iter(documents)
    first = True
    while (head := next(stream, None)) is not None:
        group = itertools.chain([head], itertools.islice(stream, zone_docs - 1))  # lazily
        with nullcontext() if first else nlp.memory_zone():
            yield from _extracted(group, nlp, name, batch_size, 1, chunk_chars)
        first = False


def read_or_skip(doc: Doc, document: Document, name: str) -> DocumentExtractions:
    """:func:`extract_doc`, or, when spaCy cannot walk the document's parse (a tree that
    loops: ``E039``), the document with nothing read and a one-line warning: one
    article never stops the build of a corpus."""
    try:
        return extract_doc(doc, document, name)
    except (RuntimeError, IndexError, ValueError) as exc:
        print(f"kgbuilder: warning: {document.id}: left out of the graph, its parse could "
              f"not be read ({type(exc).__name__}: {' '.join(str(exc).split())[:120]})",
              file=sys.stderr)
        return DocumentExtractions(document=document, sentences=0, pipeline=name,
                                   headline=first_line(document.text))


def _extracted(documents: Iterable[Document], nlp: Language, name: str, batch_size: int,
               n_process: int, chunk_chars: int) -> Iterator[DocumentExtractions]:
    in_flight: dict[int, tuple[Document, list[int]]] = {}

    def pieces() -> Iterator[tuple[str, tuple[int, int]]]:
        for number, document in enumerate(documents):
            cleaned = clean_text(document.text)
            # Spaces doubled by a joined line break are left out of the parse (offsets.py)
            removed = doubled_at_joins(document.text, cleaned) if "\n" in cleaned else []
            parts = split_for_parsing(without(cleaned, removed), chunk_chars)
            in_flight[number] = document, removed
            for part in parts:  # the context crossing processes is two small ints
                yield part, (number, len(parts))

    waiting: list[Doc] = []
    for doc, (number, count) in nlp.pipe(pieces(), as_tuples=True, batch_size=batch_size,
                                         n_process=n_process):
        if count > 1:  # extraction reads no vectors: a piece's tensor is dropped at once,
            doc.tensor = numpy.zeros((0,), dtype="float32")  # never held for a whole text
        waiting.append(doc)
        if len(waiting) == count:
            whole = waiting[0] if count == 1 else joined(waiting)
            waiting = []
            document, removed = in_flight.pop(number)
            if not removed:
                yield read_or_skip(whole, document, name)
                continue
            parsed = replace(document, text=without(document.text, removed))
            result = restored(read_or_skip(whole, parsed, name), removed)
            yield replace(result, document=document, headline=first_line(document.text))
