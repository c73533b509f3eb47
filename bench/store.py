"""Querying a file against querying a persistent store, at about a million triples.

    python bench/store.py --facts 60000        # 60,000 facts ≈ 1,000,000 triples

``kgbuilder query FILE`` parses the file into memory on every call; ``build --store DIR``
pays the load once and ``query --store DIR`` opens the store read-only. Prints the time
to load each way and to answer two cookbook-style queries after that.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

from kgbuilder.exports import serialize_rdf
from kgbuilder.exports.sparql import load_store
from kgbuilder.exports.store import open_store, write_store

sys.path.insert(0, str(Path(__file__).parent))
from outputs import synthetic_graph  # noqa: E402

QUERIES = {
    "facts per document": """SELECT ?doc (COUNT(?s) AS ?n) WHERE {
        ?s <http://www.w3.org/ns/prov#hadPrimarySource> ?doc } GROUP BY ?doc
        ORDER BY DESC(?n) LIMIT 10""",
    "who called whom": """SELECT ?a ?b WHERE {
        ?x <http://example.org/kgbuilder/rel/call> ?y .
        ?x <http://www.w3.org/2000/01/rdf-schema#label> ?a .
        ?y <http://www.w3.org/2000/01/rdf-schema#label> ?b } LIMIT 1000""",
}


def seconds(work) -> tuple[float, object]:
    started = time.perf_counter()
    result = work()
    return time.perf_counter() - started, result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--facts", type=int, default=60_000)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        ttl = Path(tmp) / "graph.ttl"
        ttl.write_bytes(serialize_rdf(synthetic_graph(args.facts), "turtle"))
        load_file, memory = seconds(lambda: load_store(ttl))
        triples = len(memory)
        print(f"{triples:,} triples ({ttl.stat().st_size / 2**20:.0f} MiB of Turtle)")
        print(f"query FILE: parse into memory      {load_file:6.2f} s on every call")
        load_disk, _ = seconds(lambda: write_store(ttl, Path(tmp) / "store"))
        print(f"build --store: bulk load to disk   {load_disk:6.2f} s once")
        open_disk, disk = seconds(lambda: open_store(Path(tmp) / "store"))
        print(f"query --store: open read-only      {open_disk:6.2f} s on every call")
        for name, query in QUERIES.items():
            in_memory, rows = seconds(lambda q=query: list(memory.query(q)))
            on_disk, _ = seconds(lambda q=query: list(disk.query(q)))
            print(f"{name:20} in memory {in_memory:6.3f} s, on disk {on_disk:6.3f} s "
                  f"({len(rows)} rows)")


if __name__ == "__main__":
    main()
