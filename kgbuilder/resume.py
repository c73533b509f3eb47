"""Resuming an interrupted build: extraction results saved as they are made.

While a build extracts, its results go to ``OUT/.kgbuilder-resume/`` in small chunks
(gzipped JSON lines, the extraction cache's format), each written to a temporary file and
renamed into place, so a chunk is whole or absent however the process ends (Ctrl-C,
``kill -9``, a power cut after the rename). Running the same command again reads the
chunks and extracts only the documents they do not hold; a build that completes removes
the folder. Chunks are used only for documents of the new build with the same text and
id, parsed with the same ``--model``, so changing the inputs between runs is safe.
"""

from __future__ import annotations

import json
import shutil
import time
import zlib
from collections.abc import Iterator, Mapping
from pathlib import Path

from kgbuilder.exports.files import atomic_write
from kgbuilder.extractors.records import DocumentExtractions
from kgbuilder.extractors.serialize import encoded_record, load_extractions

RESUME_DIR = ".kgbuilder-resume"
_META = "resume.json"
Record = tuple[str, DocumentExtractions]  # (content digest, extraction results)


class SavedMembers(Mapping[int, tuple[DocumentExtractions, bytes]]):
    """The gzip members a :class:`ResumeLog` wrote, by ``id`` of their result, read back
    from its chunk files when asked for (held in memory, they would add the whole cache
    to a build's peak). A member that cannot be read back, or whose bytes are no longer
    the ones written (CRC-32: another build into the same folder rewrote the chunk), is
    missing."""

    def __init__(self) -> None:
        self._where: dict[int, tuple[DocumentExtractions, Path, int, int, int]] = {}

    def note(self, result: DocumentExtractions, chunk: Path, offset: int,
             member: bytes) -> None:
        """``result``'s member, ``member``, was written at ``offset`` of ``chunk``."""
        self._where[id(result)] = (result, chunk, offset, len(member), zlib.crc32(member))

    def __getitem__(self, key: int) -> tuple[DocumentExtractions, bytes]:
        result, chunk, offset, length, crc = self._where[key]
        try:
            with open(chunk, "rb") as handle:
                handle.seek(offset)
                member = handle.read(length)
        except OSError:
            raise KeyError(key) from None
        if len(member) != length or zlib.crc32(member) != crc:
            raise KeyError(key)
        return result, member

    def __iter__(self) -> Iterator[int]:
        return iter(self._where)

    def __len__(self) -> int:
        return len(self._where)


class ResumeLog:
    """The results of one build so far, saved every ``every`` seconds (and on
    :meth:`flush`) under ``out/.kgbuilder-resume``."""

    def __init__(self, out: Path, model: str | None, every: float = 2.0) -> None:
        self.folder = Path(out) / RESUME_DIR
        self.model = model or "(default)"
        self.every = every
        self.pending: list[Record] = []
        # every saved result's gzip member, by id of the result: the finished cache reuses them
        self.encoded = SavedMembers()
        self.last = time.monotonic()
        self.number = 0

    def load(self) -> dict[str, DocumentExtractions]:
        """Results an interrupted run with the same model saved, by content digest.
        Chunks of another model are dropped; an unreadable chunk is ignored."""
        found: dict[str, DocumentExtractions] = {}
        if not self.folder.is_dir():
            return found
        try:
            meta = json.loads((self.folder / _META).read_text(encoding="utf-8"))
        except (OSError, ValueError):
            meta = {}
        if meta.get("model") != self.model:
            self.remove()
            return found
        for chunk in sorted(self.folder.glob("chunk-*.jsonl.gz")):
            self.number = max(self.number, int(chunk.name[6:12]) + 1)
            try:
                found.update(load_extractions(chunk.read_bytes()))
            except (OSError, ValueError):
                continue  # whole or absent by construction; anything else is not ours
        return found

    def add(self, record: Record) -> None:
        """Keep ``record``; the pending ones are written once ``every`` seconds passed."""
        self.pending.append(record)
        if time.monotonic() - self.last >= self.every:
            self.flush()

    def flush(self) -> None:
        """Write the pending results as one more chunk."""
        if not self.pending:
            return
        if self.number == 0 and not (self.folder / _META).is_file():
            atomic_write(self.folder / _META, json.dumps({"model": self.model}).encode())
        chunk = self.folder / f"chunk-{self.number:06d}.jsonl.gz"
        members = [encoded_record(digest, result) for digest, result in self.pending]
        atomic_write(chunk, b"".join(members))
        offset = 0
        for (_, result), member in zip(self.pending, members, strict=True):
            self.encoded.note(result, chunk, offset, member)
            offset += len(member)
        self.number += 1
        self.pending = []
        self.last = time.monotonic()

    def remove(self) -> None:
        """Drop the saved results (the build they belonged to completed)."""
        self.pending = []
        self.encoded = SavedMembers()
        shutil.rmtree(self.folder, ignore_errors=True)
