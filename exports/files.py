"""Writing output files so that a reader never sees a half-written one, and a folder of
outputs is never left half-updated.

:func:`write_all` stages every file (written and fsynced beside its target), records the
renames in a journal, performs them, then drops the journal. A process killed during the
renames leaves the journal behind; :func:`finish_interrupted_write` completes it, so the
folder ends up holding either the old set of files or the new one, never a mix.
"""

from __future__ import annotations

import json
import os
import tempfile
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

JOURNAL = ".kgbuilder-commit.json"


@dataclass(frozen=True)
class Streamed:
    """A file's content as the function that writes it into an open binary file (a
    serialiser with a file output, such as pyoxigraph's): never held in memory."""

    write: Callable[[BinaryIO], object]


# A file's bytes, or its bytes in chunks, or the function that writes them.
Content = bytes | Iterable[bytes] | Streamed


def _stage(path: Path, data: Content) -> Path:
    """``data`` (bytes, or an iterable of byte chunks written as they come, or a
    :class:`Streamed` writer, so a big file is never whole in memory) in a fsynced
    temporary file beside ``path``, with the usual permissions."""
    path.parent.mkdir(parents=True, exist_ok=True)
    umask = os.umask(0)
    os.umask(umask)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as handle:
            if isinstance(data, bytes | bytearray):
                handle.write(data)
            elif isinstance(data, Streamed):
                data.write(handle)
            else:
                handle.writelines(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.chmod(tmp, 0o666 & ~umask)  # mkstemp makes 0600; give the usual permissions
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    return Path(tmp)


def _sync_dir(folder: Path) -> None:
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def atomic_write(path: Path, data: bytes) -> None:
    """Write ``data`` to a temporary file beside ``path`` and rename it into place."""
    tmp = _stage(path, data)
    try:
        os.replace(tmp, path)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise


def write_all(outputs: Mapping[Path, Content | Callable[[], Content]]) -> None:
    """Replace several files of one folder together: all staged, then all renamed under a
    journal, so an interruption leaves the old set or (see
    :func:`finish_interrupted_write`) the new one.

    A file's content may be given as a function that renders it: it is then called
    just before that file is staged, so only one output is held in memory at a time (none
    whole, when the function returns its bytes in chunks)."""
    folders = {path.parent for path in outputs}
    if len(folders) != 1:
        raise ValueError("write_all replaces files of one folder")
    folder = folders.pop()
    staged: dict[Path, Path] = {}
    try:
        for path, data in outputs.items():
            staged[path] = _stage(path, data() if callable(data) else data)
        atomic_write(folder / JOURNAL, json.dumps(
            {tmp.name: path.name for path, tmp in staged.items()}).encode("utf-8"))
    except BaseException:
        for tmp in staged.values():
            tmp.unlink(missing_ok=True)
        raise
    finish_interrupted_write(folder, [path.name for path in outputs])


def finish_interrupted_write(folder: Path, names: Iterable[str] = ()) -> bool:
    """Complete the renames a journal in ``folder`` records (a :func:`write_all` that was
    interrupted), and remove files staged for ``names`` that no journal claims. True when
    there was a journal to complete."""
    folder = Path(folder)
    journal = folder / JOURNAL
    pending = journal.is_file()
    if pending:
        for tmp, name in json.loads(journal.read_text(encoding="utf-8")).items():
            if (folder / tmp).exists():
                os.replace(folder / tmp, folder / name)
        _sync_dir(folder)
        journal.unlink()
    for name in names:
        for stray in folder.glob(f".{name}.*.tmp"):
            stray.unlink(missing_ok=True)
    return pending
