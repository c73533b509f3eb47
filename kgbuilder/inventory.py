"""What the inputs hold, every file accounted for.

Folders are searched recursively. Files kgbuilder reads are kept; every other kind is
counted and reported in one line per kind (``skipped 3 .pdf files in docs/ ...``);
kgbuilder's own output folders (and the folder a build writes to) are never read.
PDF and Word files are refused with how to convert them, wherever they are; a ``.csv``
is read only with ``--text-column`` (one article per row); a CSV headed
``alias,canonical`` is an ``--aliases`` table and never read as articles.
"""

from __future__ import annotations

import shlex
from collections import Counter
from collections.abc import Callable, Iterable
from pathlib import Path

from .errors import InputError

TEXT_SUFFIXES = frozenset({".txt", ".text", ".md", ".markdown"})
HTML_SUFFIXES = frozenset({".html", ".htm", ".xhtml"})
JSONL_SUFFIXES = frozenset({".jsonl", ".ndjson"})
TABLE_SUFFIXES = frozenset({".csv", ".tsv"})
READ_SUFFIXES = TEXT_SUFFIXES | HTML_SUFFIXES | JSONL_SUFFIXES
# Files that are documents but need converting first: suffix → how.
CONVERT = {
    ".pdf": "convert it to text first, e.g. pdftotext FILE.pdf FILE.txt (poppler-utils)",
    ".docx": "convert it to text first, e.g. pandoc FILE.docx -t plain -o FILE.txt",
    ".doc": "convert it to text first, e.g. libreoffice --headless --convert-to txt FILE.doc",
    ".odt": "convert it to text first, e.g. pandoc FILE.odt -t plain -o FILE.txt",
    ".rtf": "convert it to text first, e.g. pandoc FILE.rtf -t plain -o FILE.txt",
}
# Data files no one means as an article (a named file of another suffix is read as text).
NOT_ARTICLES = {
    ".json": "JSON; kgbuilder reads JSON Lines (.jsonl), one article object per line",
    **dict.fromkeys((".ttl", ".nt", ".nq", ".trig", ".jsonld", ".rdf", ".owl"),
                    "RDF, not an article (query a graph with 'kgbuilder query')"),
    **dict.fromkeys((".graphml", ".gexf", ".xml", ".yaml", ".yml", ".sql"),
                    "structured data, not an article"),
}
# A folder holding any of these is a kgbuilder output folder.
OUTPUT_MARKERS = ("kgbuilder.json", "extractions.jsonl.gz", ".kgbuilder-commit.json",
                  ".kgbuilder-resume")
Warn = Callable[[str], None]


def is_output_folder(folder: Path) -> bool:
    """True for a folder a kgbuilder build wrote (or is writing)."""
    if any((folder / marker).exists() for marker in OUTPUT_MARKERS):
        return True
    return (folder / "graph.html").is_file() and (folder / "graph.json").is_file()


def _magic_kind(path: Path) -> str | None:
    """``.pdf`` or ``.docx`` when the file's first bytes say so, whatever its name."""
    try:
        with open(path, "rb") as handle:
            head = handle.read(8)
    except OSError:
        return None  # reported when the file is read
    if head.startswith(b"%PDF-"):
        return ".pdf"
    if head.startswith(b"PK\x03\x04") and path.suffix.lower() in (".docx", ".odt", ".txt"):
        return ".docx" if path.suffix.lower() != ".odt" else ".odt"
    return None


class Inventory:
    """The files behind the paths the user gave, and what was left out and why.

    ``exclude``: folders and files never read (the build's output folder, its aliases
    file). ``text_column``:
    .csv/.tsv files are read only when it is given.
    """

    def __init__(self, paths: Iterable[str], text_column: str | None = None,
                 exclude: Iterable[Path] = ()) -> None:
        self.text_column = text_column
        self.excluded = {Path(p).resolve() for p in exclude}
        self.files: list[Path | str] = []
        self.other: dict[tuple[str, str], int] = Counter()  # (folder, suffix) → count
        self.output_folders: list[Path] = []
        self.skipped: Counter[str] = Counter()  # reason → documents or files
        for raw in paths:
            self._add(raw)

    def _add(self, raw: str) -> None:
        if raw == "-":
            self.files.append("-")
            return
        path = Path(raw)
        if path.is_dir():
            self._folder(path, raw)
        elif path.is_file():
            suffix = _magic_kind(path) or path.suffix.lower()
            if suffix in CONVERT:
                raise InputError(f"{raw}: {suffix[1:].upper()} files are not read; "
                                 f"{_convert_hint(path, suffix)}")
            if suffix in NOT_ARTICLES:
                raise InputError(f"{raw}: {NOT_ARTICLES[suffix]}")
            if suffix in TABLE_SUFFIXES and self.text_column is None:
                raise InputError(f"{raw}: a table; give --text-column NAME to read one "
                                 f"article per row{_columns_hint(path)}")
            self.files.append(path)
        elif path.exists():
            raise InputError(f"{raw}: not a regular file or folder")
        else:
            raise InputError(f"{raw}: no such file or directory")

    def _folder(self, folder: Path, raw: str) -> None:
        if folder.resolve() in self.excluded or is_output_folder(folder):
            self.output_folders.append(folder)
            return
        for entry in sorted(folder.iterdir()):
            if entry.name.startswith("."):
                continue  # hidden files and folders (.git, editors' swap files)
            if entry.is_dir():
                self._folder(entry, raw)
            elif entry.resolve() in self.excluded:
                continue  # the build's aliases file
            elif entry.is_file():
                suffix = _magic_kind(entry) or entry.suffix.lower()
                readable = suffix in READ_SUFFIXES or (
                    suffix in TABLE_SUFFIXES and self.text_column is not None)
                if suffix in TABLE_SUFFIXES and _is_aliases_file(entry):
                    continue  # kgbuilder's own --aliases table, never articles
                if readable:
                    self.files.append(entry)
                else:
                    self.other[(raw, suffix or "(no suffix)")] += 1

    def report(self, warn: Warn) -> None:
        """One line per kind of file left out, and per output folder skipped."""
        for folder in self.output_folders:
            warn(f"{folder}: a kgbuilder output folder; not read as input")
        for (raw, suffix), count in sorted(self.other.items()):
            files = f"{count} {suffix} file{'s' if count != 1 else ''}"
            if suffix in CONVERT:
                how = CONVERT[suffix].replace("convert it", "convert them").replace(
                    "FILE", "NAME")
            elif suffix in TABLE_SUFFIXES:
                how = "give --text-column NAME to read one article per row"
            else:
                how = "not a kind kgbuilder reads (.txt, .md, .html, .jsonl, .csv)"
            warn(f"{raw}: skipped {files}: {how}")

    def why_empty(self) -> str:
        """Why no document came out of the inputs, in one line."""
        if not self.files:
            left = sum(self.other.values())
            kinds = ", ".join(sorted({suffix for _, suffix in self.other}))
            return ("no input files to read" + (f" ({left} other files skipped: {kinds})"
                                                 if left else "")
                    + "; kgbuilder reads .txt, .md, .html, .jsonl, .csv with --text-column, "
                      "or -")
        reasons = ", ".join(f"{count} {reason}" for reason, count in
                            sorted(self.skipped.items(), key=lambda item: -item[1]))
        total = sum(self.skipped.values())
        if total:
            return f"all {total} inputs skipped ({reasons}); nothing to build from"
        return "no documents found in the inputs (only empty or repeated texts)"


def _is_aliases_file(path: Path) -> bool:
    """True for a CSV whose header is ``alias,canonical[,type]`` (an ``--aliases`` file)."""
    try:
        with open(path, encoding="utf-8-sig", errors="replace") as handle:
            first = handle.readline()
    except OSError:
        return False
    return [c.strip().casefold() for c in first.split(",")][:2] == ["alias", "canonical"]


def _columns_hint(path: Path) -> str:
    """`` (its columns: a, b, c)`` from a table's header line, or nothing."""
    import csv

    try:
        with open(path, encoding="utf-8-sig", errors="replace", newline="") as handle:
            header = next(csv.reader(handle, dialect=_dialect(path)), [])
    except (OSError, csv.Error):
        return ""
    return f" (its columns: {', '.join(header[:12])})" if header else ""


def _dialect(path: Path) -> str:
    return "excel-tab" if path.suffix.lower() == ".tsv" else "excel"


def _convert_hint(path: Path, kind: str) -> str:
    """How to convert ``path`` (a ``kind`` file, whatever its suffix says): the command
    with its real name, and a text file name that is not the file itself."""
    target = path.with_suffix(".txt")
    if target.name == path.name:  # a PDF disguised as .txt
        target = path.with_name(f"{path.stem}-text.txt")
    return (CONVERT[kind].replace(f"FILE{kind}", shlex.quote(path.name))
            .replace("FILE.txt", shlex.quote(target.name)))
