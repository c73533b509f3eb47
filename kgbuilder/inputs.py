"""Reading the user's inputs into :class:`Document` records: .txt, folders, .jsonl, stdin."""

from __future__ import annotations

import json
import sys
from collections.abc import Callable, Iterable
from pathlib import Path

from kgbuilder.extractors.cleaning import clean_text
from kgbuilder.extractors.records import Document

TEXT_SUFFIXES = frozenset({".txt", ".text"})
JSONL_SUFFIXES = frozenset({".jsonl", ".ndjson"})
Warn = Callable[[str], None]


class InputError(Exception):
    """An input the user named cannot be used. ``exit_code`` follows the CLI's contract."""

    def __init__(self, message: str, exit_code: int = 2) -> None:
        super().__init__(message)
        self.exit_code = exit_code


def _stderr(message: str) -> None:
    print(f"kgbuilder: warning: {message}", file=sys.stderr)


def decode(data: bytes, name: str, warn: Warn) -> str:
    """UTF-8 text of ``data``; undecodable bytes are replaced and reported."""
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        warn(f"{name}: not valid UTF-8; undecodable bytes replaced")
        return data.decode("utf-8", errors="replace")


def input_files(paths: Iterable[str]) -> list[Path | str]:
    """The files behind ``paths`` (folders searched recursively), ``-`` kept for stdin."""
    found: list[Path | str] = []
    for raw in paths:
        if raw == "-":
            found.append("-")
            continue
        path = Path(raw)
        if path.is_dir():
            found.extend(sorted(p for p in path.rglob("*") if p.is_file()
                                and p.suffix.lower() in TEXT_SUFFIXES | JSONL_SUFFIXES))
        elif path.is_file():
            found.append(path)
        elif path.exists():
            raise InputError(f"{raw}: not a regular file or folder")
        else:
            raise InputError(f"{raw}: no such file or directory")
    return found


def _title_of(text: str) -> str | None:
    """The first line that looks like a headline: 3+ words, at most 200 characters.

    Looked for in the cleaned text, so bylines and share buttons are never titles.
    """
    for line in clean_text(text[:5000]).splitlines():
        words = line.split()
        if len(words) >= 3:
            return " ".join(words) if len(line.strip()) <= 200 else None
    return None


def jsonl_documents(text: str, name: str, warn: Warn) -> list[Document]:
    """One document per JSON line with ``id`` and ``text``; bad lines reported and skipped."""
    documents = []
    for number, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        try:
            record = json.loads(line)
        except json.JSONDecodeError as exc:
            warn(f"{name}:{number}: not valid JSON ({exc.msg}); line skipped")
            continue
        if not isinstance(record, dict) or not isinstance(record.get("text"), str) \
                or record.get("id") in (None, ""):
            warn(f"{name}:{number}: needs a string 'text' and an 'id'; line skipped")
            continue
        meta = {k: str(record[k]) for k in ("title", "date", "url") if record.get(k)}
        documents.append(Document(id=str(record["id"]), text=record["text"], source=name,
                                  **meta))
    return documents


def read_documents(paths: Iterable[str], warn: Warn = _stderr) -> list[Document]:
    """Every document in ``paths``, with unique ids, in a stable order."""
    documents: list[Document] = []
    for item in input_files(paths):
        if item == "-":
            text = decode(sys.stdin.buffer.read(), "<stdin>", warn)
            if text.strip():
                documents.append(Document(Document.content_id(text), text,
                                          title=_title_of(text), source="<stdin>"))
            continue
        path = Path(item)
        try:
            data = path.read_bytes()
        except OSError as exc:
            raise InputError(f"{path}: cannot read ({exc.strerror})") from None
        text = decode(data, str(path), warn)
        if path.suffix.lower() in JSONL_SUFFIXES:
            documents.extend(jsonl_documents(text, str(path), warn))
        elif text.strip():
            documents.append(Document(path.stem, text, title=_title_of(text), source=str(path)))
        else:
            warn(f"{path}: empty file; skipped")
    return unique_ids(documents, warn)


def unique_ids(documents: list[Document], warn: Warn) -> list[Document]:
    """Documents with clashing ids get their content hash appended; exact repeats dropped."""
    seen: dict[str, str] = {}
    unique: list[Document] = []
    for doc in documents:
        digest = Document.content_id(doc.text)
        if doc.id in seen:
            if seen[doc.id] == digest:
                warn(f"document '{doc.id}' given twice with the same text; kept once")
                continue
            doc = Document(f"{doc.id}-{digest[:8]}", doc.text, doc.title, doc.date, doc.url,
                           doc.source)
        seen[doc.id] = digest
        unique.append(doc)
    return unique
