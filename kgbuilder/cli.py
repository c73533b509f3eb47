"""The ``kgbuilder`` command: build (here), query, serve, validate, explain (commands.py).

Exit codes: 0 success; 1 the inputs held nothing usable, a bad input under --strict,
or a query/graph problem; 2 usage errors (missing paths, bad options, a bad aliases file,
a model that cannot load); 130 interrupted. Errors are one line on stderr, never a
traceback. Heavy libraries (spaCy, rdflib, pyvis) load only in the command that needs
them, so ``kgbuilder --help`` answers at once.
"""

from __future__ import annotations

import argparse
import gc
import os
import signal
import sys
from collections.abc import Iterator
from contextlib import nullcontext
from pathlib import Path
from urllib.parse import quote

from .cli_parser import parser
from .errors import InputError, KgbuilderError


class _Interrupt:
    """Ctrl-C (SIGINT) noted as a flag and acted on between documents.

    Python's default handler raises KeyboardInterrupt wherever the main thread happens to
    be; inside a finaliser that exception is printed and dropped, and the build would go
    on to write its outputs. A flag cannot be lost.
    """

    def __init__(self) -> None:
        self.asked = False

    def __enter__(self) -> _Interrupt:
        self.previous = signal.signal(signal.SIGINT, self._note)
        return self

    def __exit__(self, *exc: object) -> None:
        signal.signal(signal.SIGINT, self.previous)

    def _note(self, signum: int, frame: object) -> None:
        self.asked = True

    def check(self) -> None:
        if self.asked:
            raise KeyboardInterrupt

    def watch(self, stream: Iterator) -> Iterator:
        for item in stream:
            self.check()
            yield item


def _collected_every(stream: Iterator, every: int = 500) -> Iterator:
    """``stream`` with cyclic garbage collected once per ``every`` documents, instead of
    on allocation counts. Parsing leaves few cycles (about 300 objects per 200 BBC
    articles), while automatic collections kept rescanning the growing results; each
    collection here freezes what survived, so no result is scanned twice."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        for number, item in enumerate(stream, start=1):
            if number % every == 0:
                gc.collect()
                gc.freeze()
            yield item
    finally:
        if was_enabled:
            gc.enable()


def _counted(stream: Iterator, bar) -> Iterator:
    """``stream``, with ``bar`` advanced per item and closed at its end."""
    try:
        for item in stream:
            bar.update(1)
            yield item
    finally:
        bar.close()


def _progress(enabled: bool, total: int | None, interrupt: _Interrupt):
    """What the extraction stream goes through: collection, progress bar, Ctrl-C check."""
    def watched(stream: Iterator) -> Iterator:
        stream = _collected_every(stream)
        if enabled:
            from tqdm import tqdm

            # tqdm shows documents/s and, when the total is known, the time left; the
            # documents a build skips or resumes count as done (updated by hand: a bar
            # iterating the stream itself would overwrite those counts).
            bar = tqdm(total=total, unit="doc", desc="extracting", file=sys.stderr,
                       mininterval=0.5, smoothing=0.1)
            watched.passed = lambda: bar.update(1)
            watched.close = bar.close
            stream = _counted(stream, bar)
        return interrupt.watch(stream)
    watched.passed = None
    watched.close = lambda: None  # the build closes an interrupted build's bar at once
    return watched


def cmd_build(args: argparse.Namespace) -> int:
    from kgbuilder.extractors import load_pipeline

    from .api import local_extractor
    from .executors import start_executor
    from .inputs import Inventory, count_documents, iter_documents, warn
    from .project import build_folder, check_output_folder, previous_build

    if args.scheduler and args.executor != "dask":
        raise InputError("--scheduler goes with --executor dask")
    counts = {"--max-nodes": args.max_nodes, "--batch-size": args.batch_size,
              "--max-doc-chars": args.max_doc_chars, "--workers": args.workers,
              "--partition-docs": args.partition_docs}
    for option, value in counts.items():
        if value is not None and value < 1:
            raise InputError(f"{option} must be a positive number, not {value}")
    if args.base is not None:
        from kgbuilder.exports import base_problem

        problem = base_problem(args.base)
        if problem:
            raise InputError(problem)
    out = args.out or args.into
    check_output_folder(out, args.store)
    if args.out is not None and any(str(i) != "-" and Path(i).resolve() == Path(out).resolve()
                                    for i in args.inputs):
        raise InputError(f"{out}: is both an input and --out; write the graph to another folder")
    settings, known = previous_build(out, grow=args.into is not None)
    settings = settings.updated(aliases=args.aliases, rdf_format=args.rdf_format,
                                base=args.base, max_nodes=args.max_nodes, focus=args.focus,
                                hops=args.hops, exports=args.export, relations=args.relations)
    # A bad row stops the build here, naming the file and line.
    settings.aliases(str(args.aliases or out / "kgbuilder.json"))
    relations = settings.relations(str(args.relations or out / "kgbuilder.json"))
    never_read = [out] + ([args.aliases] if args.aliases else [])
    inventory = Inventory(args.inputs, text_column=args.text_column, exclude=never_read)
    inventory.report(warn)
    documents = iter_documents(inventory.files, strict=args.strict,
                               max_chars=args.max_doc_chars, text_column=args.text_column,
                               inventory=inventory)
    show = not args.quiet and (args.progress or sys.stderr.isatty())
    with _Interrupt() as interrupt:
        nlp = load_pipeline(args.model) if args.executor == "local" else None
        workers = args.workers or ((os.cpu_count() or 2) if args.executor == "dask" else 1)
        executor = start_executor(nlp, args.model, args.executor, workers, args.batch_size,
                                  args.partition_docs, args.scheduler)
        if executor is not None:  # waiting on workers, it looks at Ctrl-C too
            executor.stop = lambda: interrupt.asked
        extract = executor or local_extractor(nlp, args.batch_size)
        del nlp  # the extractor alone holds it, and lets it go when extraction ends
        # The model's objects are out of the collector's sight (reference counts free them).
        gc.freeze()
        progress = _progress(show, count_documents(inventory.files, args.text_column),
                             interrupt)
        try:
            with executor or nullcontext():
                done = build_folder(documents, out, extract,
                                    settings=settings, known=known, model=args.model,
                                    store=args.store, relations=relations, progress=progress,
                                    report=warn, check=interrupt.check,
                                    why_empty=inventory.why_empty)
        finally:
            progress.close()  # an interrupted bar prints now, before the closing message
    if not args.quiet:
        print(done.summary())
        for path in done.paths.written():
            if path.name not in ("extractions.jsonl.gz", "kgbuilder.json"):
                print(f"  {path.suffix[1:].upper():7} {path}")
        html = done.paths.html.resolve()
        print(f"Open the graph: xdg-open '{_shell_quoted(str(done.paths.html))}'  "
              f"(or file://{quote(str(html))})")
    return 0


def _shell_quoted(text: str) -> str:
    """``text`` for inside single quotes in a POSIX shell."""
    return text.replace("'", "'\\''")


def _exit_code(exc: BaseException) -> int | None:
    """The exit code of an error to report in one line, None for any other exception."""
    if isinstance(exc, KgbuilderError):
        return exc.exit_code
    # These modules load spaCy or the graph stage; an error of theirs means they are loaded.
    usage = [getattr(sys.modules.get(module), name, None) for module, name in
             (("kgbuilder.extractors.pipeline", "ModelError"),
              ("kgbuilder.graph.aliases", "AliasFileError"),
              ("kgbuilder.graph.relations", "RelationFileError"))]
    if any(kind is not None and isinstance(exc, kind) for kind in usage):
        return 2
    return None


def main(argv: list[str] | None = None) -> int:
    from .commands import cmd_explain, cmd_query, cmd_serve, cmd_validate

    args = parser().parse_args(argv)
    command = {"build": cmd_build, "query": cmd_query, "serve": cmd_serve,
               "explain": cmd_explain, "validate": cmd_validate}[args.command]
    try:
        return command(args)
    except BrokenPipeError:  # output piped into `head` and the like: stop quietly
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 141
    except KeyboardInterrupt:
        print(f"kgbuilder: interrupted{_left_behind(args)}", file=sys.stderr)
        return 130
    except OSError as exc:
        print(f"kgbuilder: error: {exc.filename or ''}: {exc.strerror or exc}", file=sys.stderr)
        return 1
    except Exception as exc:
        code = _exit_code(exc)
        if code is None:
            raise
        print(f"kgbuilder: error: {' '.join(str(exc).split())}", file=sys.stderr)
        return code
    finally:
        gc.unfreeze()  # a caller in the same process gets its garbage collected as before


def run() -> None:
    """The ``kgbuilder`` command: :func:`main`, then exit without tearing the heap down.

    Once a build's files are written and closed, freeing its graph and records object
    by object only delays the exit (0.6 s after 2,000 BBC articles); the OS takes the
    memory back at once.
    """
    code = main()
    try:
        sys.stdout.flush()
        sys.stderr.flush()
    except BrokenPipeError:
        code = code or 141
    os._exit(code)


if __name__ == "__main__":
    run()


def _left_behind(args: argparse.Namespace) -> str:
    """What an interrupted command leaves: a build, the previous outputs (or none) and
    how to go on."""
    if args.command != "build":
        return ""
    out = Path(args.out or args.into)
    had = any((out / name).exists() for name in ("graph.json", "kgbuilder.json"))
    return (("; existing outputs were left as they were" if had else
             "; no outputs were written")
            + "; run the same command again to go on where it stopped")
