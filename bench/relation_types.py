"""How many entity–entity edges of a built graph carry a relation type, and which.

    kgbuilder build ARTICLES --out OUT --quiet && python bench/relation_types.py OUT

Prints a Markdown table for the README: edges between two named entities, how many are
typed (a Wikidata property or a PLOVER event type), and the count of each type.
"""

from __future__ import annotations

import argparse
from collections import Counter

from kgbuilder.graph.admission import NAMED_TYPES

import kgbuilder


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("graph", help="an output folder or graph.json")
    args = parser.parse_args()
    graph = kgbuilder.load(args.graph)
    edges = typed = 0
    kinds: Counter[str] = Counter()
    for u, v, data in graph.edges(data=True):
        if graph.nodes[u]["type"] not in NAMED_TYPES or graph.nodes[v]["type"] not in NAMED_TYPES:
            continue
        edges += 1
        found = [k for k in (data.get("wikidata_property"), data.get("event_type")) if k]
        typed += bool(found)
        kinds.update(found)
    share = f"{typed / edges:.0%}" if edges else "-"
    print(f"entity–entity edges: {edges}, typed: {typed} ({share})\n")
    print("| type | edges |\n| --- | --- |")
    for kind, count in sorted(kinds.items(), key=lambda kv: (-kv[1], kv[0])):
        print(f"| {kind} | {count} |")


if __name__ == "__main__":
    main()
