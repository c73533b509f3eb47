"""The ``kgbuilder`` commands that read a built graph: query, serve, validate, explain."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from kgbuilder.exports.formats import RDF_FORMATS

from .errors import InputError


def cmd_query(args: argparse.Namespace) -> int:
    from kgbuilder.exports.sparql import format_result, run_query

    if args.store is not None and args.graph is not None and args.sparql is None \
            and args.file is None:  # query --store DIR 'SELECT ...': the text came first
        args.sparql, args.graph = str(args.graph), None
    if args.sparql is None and args.file is None:
        raise InputError("no query given: pass it as an argument ('SELECT ...') or with "
                         "--file Q.rq")
    if args.sparql is not None and args.file is not None:
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
    store, prefixes = query_store(args)
    sys.stdout.write(format_result(run_query(store, query, prefixes, bindings), args.format))
    return 0


def cmd_validate(args: argparse.Namespace) -> int:
    from kgbuilder.exports.shapes import ValidatorMissing, read_rdf, validate

    from .outputs import Settings, read_settings

    path = rdf_file(args.graph)
    base = args.base
    if base is None:
        base = read_settings(args.graph).base if args.graph.is_dir() else Settings().base
    else:
        from kgbuilder.exports import base_problem

        problem = base_problem(base)
        if problem:
            raise InputError(problem)
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


def rdf_file(path: Path) -> Path:
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


def query_store(args: argparse.Namespace):
    """The store a query or serve command reads, and the prefixes declared for its
    queries: those of the folder's base (the Turtle file's own when there is one)."""
    from kgbuilder.exports.rdf import prefixes
    from kgbuilder.exports.sparql import file_prefixes, load_store
    from kgbuilder.exports.store import open_store

    from .outputs import read_settings

    if (args.graph is None) == (args.store is None):
        raise InputError("give a graph file or output folder, or --store DIR (one of them)")
    if args.store is not None:
        return open_store(args.store), prefixes()
    path = rdf_file(args.graph)
    declared = prefixes(read_settings(path.parent).base)
    if path.suffix == ".ttl":
        declared.update(file_prefixes(path))
    return load_store(path), declared


def cmd_serve(args: argparse.Namespace) -> int:
    from kgbuilder.exports.endpoint import make_server

    store, prefixes = query_store(args)
    try:
        server = make_server(store, args.host, args.port, prefixes)
    except OSError as exc:
        raise InputError(f"cannot listen on {args.host}:{args.port} ({exc.strerror})") \
            from None
    host, port = server.server_address[:2]
    print(f"SPARQL endpoint: http://{host}:{port}/sparql  (prefixes declared: "
          f"{', '.join(sorted(prefixes))}; Ctrl-C stops it)", flush=True)
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        pass
    finally:
        server.server_close()
    return 0


def cmd_explain(args: argparse.Namespace) -> int:
    from kgbuilder.graph.lookup import find_node

    from .api import load

    graph = load(args.out)
    node = find_node(graph, args.name)
    if node is None:
        raise InputError(f"no node labelled or aliased '{args.name}'", exit_code=1)
    data = graph.nodes[node]
    print(f"{data['label']}  [{data['type']}]  id={node}  mentions={data.get('mentions')}")
    print("aliases:")
    reasons = data.get("merge_reasons") or {}
    for alias, count in (data.get("alias_counts") or {}).items():
        print(f"  {alias} ×{count}  ({reasons.get(alias, 'name')})")
    facts = [(u, v, d) for u, v, d in graph.out_edges(node, data=True)] + \
            [(u, v, d) for u, v, d in graph.in_edges(node, data=True)]
    print(f"facts ({len(facts)}):")
    for u, v, d in facts:
        neg = "NOT " if d.get("negated") else ""
        # How the text holds it, when it does not simply assert it (a question, a plan, a
        # claim relayed from someone): printed, or a reader takes it for a plain fact.
        held = [d["modality"]] if d.get("modality") else []
        if d.get("attributed_to"):
            who = d["attributed_to"]
            held.append(f"according to {graph.nodes[who]['label'] if who in graph else who}")
        how = f"  [{', '.join(held)}]" if held else ""
        print(f"  {graph.nodes[u]['label']} –{neg}{d['relation']}→ {graph.nodes[v]['label']}"
              f"  ({d.get('confidence')}){how}")
        for ev in d.get("evidence") or ():
            print(f"      [{ev['doc']} {ev['char_start']}-{ev['char_end']}] "
                  f"{' '.join(ev['sentence'].split())}")
    return 0
