"""A persistent embedded triple store (pyoxigraph, RocksDB on disk) for graphs that
outgrow loading a file per query (``kgbuilder build --store DIR``, ``query --store DIR``).

The store is built in a temporary folder beside ``DIR`` and swapped in when complete,
so a reader never opens a half-loaded store and an interrupted build leaves the old one.
"""

from __future__ import annotations

import os
import shutil
import tempfile
from pathlib import Path

import pyoxigraph as ox

from .sparql import QueryError, rdf_format_of


def is_replaceable_store(directory: Path) -> bool:
    """Whether :func:`write_store` may put a store at ``directory``: nothing there, an
    empty folder, or an earlier store (never a folder of the user's files)."""
    directory = Path(directory)
    if not directory.exists():
        return True
    return directory.is_dir() and (not any(directory.iterdir())
                                   or (directory / "CURRENT").is_file())


def write_store(rdf_file: Path, directory: Path) -> None:
    """Replace the store at ``directory`` with one holding the triples of ``rdf_file``."""
    directory = Path(directory)
    if not is_replaceable_store(directory):
        raise QueryError(f"{directory}: exists and is not a kgbuilder store; not replaced")
    directory.parent.mkdir(parents=True, exist_ok=True)
    staging = Path(tempfile.mkdtemp(prefix=f".{directory.name}.", dir=directory.parent))
    try:
        store = ox.Store(str(staging))
        store.bulk_load(path=str(rdf_file), format=rdf_format_of(rdf_file))
        store.flush()
        del store  # its last reference: the database closes here
        old = None
        if directory.exists():  # an earlier store, or an empty folder
            old = Path(tempfile.mkdtemp(prefix=f".{directory.name}.old.", dir=directory.parent))
            os.replace(directory, old / "store")
        os.replace(staging, directory)
        if old is not None:
            shutil.rmtree(old, ignore_errors=True)
    except BaseException:
        shutil.rmtree(staging, ignore_errors=True)
        raise


def open_store(directory: Path) -> ox.Store:
    """The store at ``directory``, opened read-only."""
    directory = Path(directory)
    if not directory.exists():  # a path that is not there is a usage error, as elsewhere
        raise QueryError(f"{directory}: no such file or folder", exit_code=2)
    if not (directory / "CURRENT").is_file():
        raise QueryError(f"{directory}: not a kgbuilder store (build one with --store DIR)")
    try:
        return ox.Store.read_only(str(directory))
    except OSError as exc:
        raise QueryError(f"{directory}: cannot open the store ({exc})") from None
