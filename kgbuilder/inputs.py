"""Reading the user's inputs into :class:`Document` records: .txt, .html, folders, .jsonl,
stdin.

Dirty corpora are the norm, so reading never stops at the first bad file. Two kinds of
message, each one line naming the file (and line):

- *problems* (:class:`Reader.problem`): something was skipped or altered: a malformed
  JSONL line, a binary or unreadable file, undecodable bytes, a document over the size
  limit. Reported and skipped; with ``strict`` the first one stops the run (exit 1).
- *notes*: an empty file, a text that does not look like English. Reported only.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path

from kgbuilder.extractors.cleaning import clean_text
from kgbuilder.extractors.records import Document

from .errors import InputError
from .inventory import HTML_SUFFIXES, JSONL_SUFFIXES, TABLE_SUFFIXES, Inventory
from .markup import html_to_text

MAX_DOCUMENT_CHARS = 5_000_000  # longer documents are skipped (``--max-doc-chars``)
Warn = Callable[[str], None]


def warn(message: str) -> None:
    """A one-line warning on stderr."""
    print(f"kgbuilder: warning: {message}", file=sys.stderr)


def decode(data: bytes, name: str, warn: Warn) -> str:
    """UTF-8 text of ``data``; undecodable bytes are replaced and reported."""
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        warn(f"{name}: not valid UTF-8; undecodable bytes replaced")
        return data.decode("utf-8", errors="replace")


def looks_binary(data: bytes) -> bool:
    """NUL bytes or mostly control bytes in the first 8 KiB: not a text file."""
    head = data[:8192]
    if b"\0" in head:
        return True
    controls = sum(1 for b in head if b < 32 and b not in (9, 10, 12, 13))
    return bool(head) and controls / len(head) > 0.1


def english_share(text: str, sample: int = 2000) -> float:
    """Share of the first ``sample`` words that are common English words (0–1)."""
    from spacy.lang.en.stop_words import STOP_WORDS  # spaCy loads only when text is read

    words = [w.strip(".,;:!?\"'()«»“”‘’").casefold() for w in text.split()[:sample]]
    words = [w for w in words if w]
    return sum(w in STOP_WORDS for w in words) / len(words) if words else 1.0


def input_files(paths: Iterable[str], text_column: str | None = None) -> list[Path | str]:
    """The files behind ``paths`` (folders searched recursively, see
    :class:`kgbuilder.inventory.Inventory`), ``-`` kept for stdin."""
    return Inventory(paths, text_column).files


def _title_of(text: str) -> str | None:
    """The first line that looks like a headline: 3+ words, at most 200 characters.

    Looked for in the cleaned text, so bylines and share buttons are never titles.
    """
    for line in clean_text(text[:5000]).splitlines():
        words = line.split()
        if len(words) >= 3:
            return " ".join(words) if len(line.strip()) <= 200 else None
    return None


def with_title(text: str, title: str | None) -> str:
    """``text`` headed by ``title`` (a separate field of a JSONL line or table row) when
    the text does not already start with it.

    A headline often names what the body only refers to ("Profits slide at India's Dr
    Reddy" over a body that never says "India"); parsed as the text's first line (its
    own piece, see :func:`kgbuilder.extractors.extract.split_for_parsing`), its names
    become nodes and the document's offsets stay those of the text it is stored with.
    """
    title = " ".join((title or "").split())
    if not title or " ".join(text[:len(title) * 2].split()).startswith(title):
        return text
    return f"{title}\n\n{text}"


class Reader:
    """Turns input files into documents, reporting what it skips or alters."""

    def __init__(self, warn: Warn = warn, strict: bool = False,
                 max_chars: int = MAX_DOCUMENT_CHARS, text_column: str | None = None,
                 inventory: Inventory | None = None) -> None:
        self.warn = warn
        self.strict = strict
        self.max_chars = max_chars
        self.text_column = text_column
        self.inventory = inventory
        self.problems = 0

    def skipped(self, reason: str) -> None:
        """Count a skipped file or document under ``reason`` (for "all N skipped")."""
        if self.inventory is not None:
            self.inventory.skipped[reason] += 1

    def problem(self, message: str, reason: str | None = None) -> None:
        """Something skipped or altered: reported, or under ``strict`` an error (exit 1).
        ``reason``: what was skipped, when something was."""
        self.problems += 1
        if self.strict:  # nothing is skipped or replaced then: the build stops here
            head, _, consequence = message.rpartition("; ")
            if head and ("skipped" in consequence or "replaced" in consequence):
                message = head
            raise InputError(f"{message}; build stopped (--strict)", exit_code=1)
        if reason:
            self.skipped(reason)
        self.warn(message)

    def document(self, document: Document, where: str) -> Document | None:
        """``document`` if it can be parsed; notes one that does not look like English."""
        if len(document.text) > self.max_chars:
            self.problem(f"{where}: {len(document.text):,} characters, over the limit of "
                         f"{self.max_chars:,}; skipped (raise --max-doc-chars to parse it)",
                         "over --max-doc-chars")
            return None
        words = len(document.text.split())
        if words >= 20 and english_share(document.text) < 0.1:
            self.warn(f"{where}: does not look like English; extracting anyway, expect "
                      "few facts")
        return document

    def jsonl(self, text: str, name: str) -> list[Document]:
        """One document per JSON line with ``id`` and ``text``; bad lines reported."""
        documents = []
        for number, line in enumerate(text.splitlines(), start=1):
            if not line.strip():
                continue
            try:
                record = json.loads(line)
            except json.JSONDecodeError as exc:
                self.problem(f"{name}:{number}: not valid JSON ({exc.msg}); line skipped",
                             "malformed JSONL lines")
                continue
            if not isinstance(record, dict) or not isinstance(record.get("text"), str) \
                    or record.get("id") in (None, ""):
                self.problem(f"{name}:{number}: needs a string 'text' and an 'id'; "
                             "line skipped", "JSONL lines without id/text")
                continue
            meta = {k: str(record[k]) for k in ("title", "date", "url") if record.get(k)}
            text = with_title(record["text"], meta.get("title"))
            document = self.document(Document(id=str(record["id"]), text=text,
                                              source=name, **meta), f"{name}:{number}")
            if document is not None:
                documents.append(document)
        return documents

    def table(self, text: str, path: Path) -> list[Document]:
        """One document per row of a CSV (TSV) table, its text in :attr:`text_column`;
        ``id``, ``title``, ``date``, ``url`` columns are used when present."""
        import csv
        import io

        column = self.text_column or "text"
        dialect = "excel-tab" if path.suffix.lower() == ".tsv" else "excel"
        try:
            rows = csv.DictReader(io.StringIO(text, newline=""), dialect=dialect)
            if column not in (rows.fieldnames or []):
                self.problem(f"{path}: no column '{column}' (its columns: "
                             f"{', '.join(rows.fieldnames or [])}); skipped", "no text column")
                return []
            documents = []
            for number, row in enumerate(rows, start=2):
                body = row.get(column) or ""
                if not body.strip():
                    continue
                meta = {k: row[k] for k in ("title", "date", "url") if row.get(k)}
                doc_id = row.get("id") or f"{path.stem}-{number}"
                document = self.document(Document(id=doc_id,
                                                  text=with_title(body, meta.get("title")),
                                                  source=str(path), **meta), f"{path}:{number}")
                if document is not None:
                    documents.append(document)
        except csv.Error as exc:
            self.problem(f"{path}: not a readable CSV table ({exc}); skipped", "bad tables")
            return []
        return documents

    def file(self, path: Path) -> list[Document]:
        """The documents in one file: a text, an HTML page, or JSON lines."""
        try:
            data = path.read_bytes()
        except OSError as exc:
            self.problem(f"{path}: cannot read ({exc.strerror or exc}); skipped", "unreadable")
            return []
        if looks_binary(data):
            self.problem(f"{path}: binary file, not text; skipped", "binary")
            return []
        text = decode(data, str(path), self.problem)
        suffix = path.suffix.lower()
        if suffix in JSONL_SUFFIXES:
            return self.jsonl(text, str(path))
        if suffix in TABLE_SUFFIXES:
            return self.table(text, path)
        title = None
        if suffix in HTML_SUFFIXES or text.lstrip()[:15].lower().startswith(("<!doctype html",
                                                                             "<html")):
            text, title = html_to_text(text)
        if not text.strip():
            self.warn(f"{path}: no text in it; skipped")
            self.skipped("empty")
            return []
        document = self.document(Document(path.stem, text, title=title or _title_of(text),
                                          source=str(path)), str(path))
        return [document] if document is not None else []

    def stdin(self) -> list[Document]:
        text = decode(sys.stdin.buffer.read(), "<stdin>", self.problem)
        if not text.strip():
            self.warn("<stdin>: no text in it; skipped")
            self.skipped("empty")
            return []
        document = self.document(Document(Document.content_id(text), text,
                                          title=_title_of(text), source="<stdin>"), "<stdin>")
        return [document] if document is not None else []


def count_documents(files: Iterable[Path | str], text_column: str | None = None
                    ) -> int | None:
    """How many documents ``files`` hold, for a progress bar's ETA: one per text or HTML
    file, one per non-blank line of a JSONL file (a table: its lines but the header).
    ``None`` when stdin is among them."""
    total = 0
    for item in files:
        if item == "-":
            return None
        path = Path(item)
        suffix = path.suffix.lower()
        if suffix not in JSONL_SUFFIXES and suffix not in TABLE_SUFFIXES:
            total += 1
            continue
        try:
            with open(path, "rb") as handle:
                lines = sum(1 for line in handle if line.strip())
        except OSError:
            continue  # reported when the file is read
        total += lines - 1 if suffix in TABLE_SUFFIXES and lines else lines
    return total


def iter_documents(paths: Iterable[str | Path], warn: Warn = warn, strict: bool = False,
                   max_chars: int = MAX_DOCUMENT_CHARS, text_column: str | None = None,
                   inventory: Inventory | None = None) -> Iterator[Document]:
    """Every document in ``paths``, with unique ids, in a stable order, read lazily:
    one file at a time is in memory, never the corpus.

    Bad files and lines are reported through ``warn`` and skipped; with ``strict`` the
    first one raises :class:`InputError` (exit code 1). ``inventory``: the
    :class:`Inventory` of ``paths`` when the caller made it (it also counts what is
    skipped); files of other kinds in folders are then reported by the caller.
    """
    if inventory is None:
        inventory = Inventory([str(p) for p in paths], text_column)
        inventory.report(warn)
    reader = Reader(warn, strict, max_chars, text_column, inventory)
    files = inventory.files  # every path checked before the first document is read

    def documents() -> Iterator[Document]:
        for item in files:
            yield from reader.stdin() if item == "-" else reader.file(Path(item))

    return unique_ids(documents(), warn)


def read_documents(paths: Iterable[str | Path], warn: Warn = warn, strict: bool = False,
                   max_chars: int = MAX_DOCUMENT_CHARS, text_column: str | None = None
                   ) -> list[Document]:
    """:func:`iter_documents` as a list."""
    return list(iter_documents(paths, warn, strict, max_chars, text_column))


def unique_ids(documents: Iterable[Document], warn: Warn) -> Iterator[Document]:
    """Documents with clashing ids get their content hash appended; exact repeats dropped."""
    seen: dict[str, str] = {}
    for doc in documents:
        digest = Document.content_id(doc.text)
        if doc.id in seen:
            if seen[doc.id] == digest:
                warn(f"document '{doc.id}' given twice with the same text; kept once")
                continue
            doc = Document(f"{doc.id}-{digest[:8]}", doc.text, doc.title, doc.date, doc.url,
                           doc.source)
        seen[doc.id] = digest
        yield doc
