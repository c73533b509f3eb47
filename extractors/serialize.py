""":class:`DocumentExtractions` as JSON-ready dicts and back.

The form extraction results take when they leave a process: the extraction cache an
output folder keeps for incremental builds (``--into``), and the partial results of
parallel and Dask executors. Plain JSON, so a cache is readable without kgbuilder.
"""

from __future__ import annotations

import gzip
import zlib
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import fields
from operator import attrgetter

import orjson

from .records import Document, DocumentExtractions, Extraction, Mention, Phrase, Sentence

FORMAT_VERSION = 3  # 2: mentions, phrases and sentences as rows; 3: each sentence once
READABLE_VERSIONS = frozenset({2, 3})


_FIELDS: dict[type, tuple[tuple[str, ...], attrgetter]] = {}  # names and their getter


def _fields_of(kind: type) -> tuple[tuple[str, ...], attrgetter]:
    if kind not in _FIELDS:
        names = tuple(f.name for f in fields(kind))
        _FIELDS[kind] = names, attrgetter(*names)
    return _FIELDS[kind]


def _as_dict(record: object) -> dict:
    """A record's fields by name, in declaration order (shallow, unlike ``asdict``)."""
    names, values = _fields_of(type(record))
    return dict(zip(names, values(record), strict=True))


def _row(record: Mention | Phrase | Sentence) -> list:
    """A flat record as the list of its field values, in field order (keys would make
    up half of a cache's bytes and of the time to write it)."""
    return list(_fields_of(type(record))[1](record))


def extractions_to_dict(result: DocumentExtractions) -> dict:
    """``result`` as plain data. The document's text is left out (``text`` is ``""``):
    facts carry their sentences, and the graph needs nothing else of it. Mentions,
    phrases and sentences are rows of their fields in declaration order; each sentence is
    written once (``texts``) and facts refer to it by position, and a fact's ``doc_id`` is
    left out when it is the document's."""
    texts: dict[Sentence, int] = {}
    return {
        "document": {**_as_dict(result.document), "text": ""},
        "sentences": result.sentences,
        "mentions": [_row(m) for m in result.mentions],
        "extractions": [_extraction_dict(e, texts, result.document.id)
                        for e in result.extractions],
        "texts": [_row(sentence) for sentence in texts],
        "pipeline": result.pipeline,
        "headline": result.headline,
    }


def _extraction_dict(extraction: Extraction, texts: dict[Sentence, int], doc_id: str) -> dict:
    data = {
        **_as_dict(extraction),
        "sentence": texts.setdefault(extraction.sentence, len(texts)),
        "subject": _row(extraction.subject),
        "objects": [_row(m) for m in extraction.objects],
        "arguments": [_row(p) for p in extraction.arguments],
        "attributed_to": (None if extraction.attributed_to is None
                          else _row(extraction.attributed_to)),
    }
    if data["doc_id"] == doc_id:
        del data["doc_id"]
    return data


def _extraction(data: dict, sentences: list[Sentence], doc_id: str) -> Extraction:
    sentence = data["sentence"]
    return Extraction(**{
        "doc_id": doc_id,
        **data,
        "sentence": sentences[sentence] if isinstance(sentence, int) else Sentence(*sentence),
        "subject": Mention(*data["subject"]),
        "objects": tuple(Mention(*m) for m in data["objects"]),
        "arguments": tuple(Phrase(*p) for p in data["arguments"]),
        "attributed_to": None if data["attributed_to"] is None
        else Mention(*data["attributed_to"]),
    })


def extractions_from_dict(data: dict) -> DocumentExtractions:
    """The :class:`DocumentExtractions` that :func:`extractions_to_dict` gave ``data`` for
    (format 2, with a sentence row in every fact, is read too)."""
    document = Document(**data["document"])
    sentences = [Sentence(*row) for row in data.get("texts", ())]
    return DocumentExtractions(
        document=document,
        sentences=data["sentences"],
        mentions=tuple(Mention(*m) for m in data["mentions"]),
        extractions=tuple(_extraction(e, sentences, document.id) for e in data["extractions"]),
        pipeline=data.get("pipeline", ""),  # caches written before it was kept: unknown
        headline=data.get("headline", ""),
    )


def encoded_record(digest: str, result: DocumentExtractions) -> bytes:
    """One ``(content digest, result)`` pair as a gzip member holding its JSON line,
    byte-stable (no timestamp in the gzip header). A cache is such members one after
    the other, which gzip reads as one stream, so a member made once (while a build
    saves its progress) is written into the finished cache as it is."""
    gz = zlib.compressobj(1, zlib.DEFLATED, 31)  # wbits 31: a gzip stream, mtime 0
    line = orjson.dumps({"v": FORMAT_VERSION, "digest": digest,
                         **extractions_to_dict(result)}) + b"\n"  # key order: field order
    return gz.compress(line) + gz.flush()


def dump_extractions(records: Iterable[tuple[str, DocumentExtractions]],
                     encoded: Mapping[int, tuple[DocumentExtractions, bytes]] | None = None
                     ) -> bytes:
    """``(content digest, result)`` pairs as gzipped JSON lines, byte-stable: the same
    records always give the same bytes. ``encoded``: members already made, by ``id`` of
    their result (with the result, so the id cannot have been reused)."""
    encoded = encoded or {}
    chunks = []
    for digest, result in records:
        known = encoded.get(id(result))
        chunks.append(known[1] if known is not None and known[0] is result
                      else encoded_record(digest, result))
    return b"".join(chunks)


def load_extractions(data: bytes) -> Iterator[tuple[str, DocumentExtractions]]:
    """The ``(digest, result)`` pairs of :func:`dump_extractions`'s bytes.

    Raises ``ValueError`` on bytes it did not write (not gzip, not JSON, another version).
    """
    try:
        text = gzip.decompress(data).decode("utf-8")
    except (OSError, EOFError, UnicodeDecodeError) as exc:
        raise ValueError(f"not a kgbuilder extraction cache ({exc})") from None
    for number, line in enumerate(text.splitlines(), start=1):
        if not line:
            continue
        try:
            record = orjson.loads(line)
            version = record.pop("v")
            if version not in READABLE_VERSIONS:
                raise ValueError(f"format version {version}, expected {FORMAT_VERSION}")
            digest = record.pop("digest")
            yield digest, extractions_from_dict(record)
        except (orjson.JSONDecodeError, KeyError, TypeError, ValueError) as exc:
            raise ValueError(f"line {number}: not a kgbuilder extraction record ({exc})") \
                from None
