"""Entity resolution figures: nodes before and after resolution, duplicates left.

    python bench/resolution.py seeds/
    python bench/resolution.py ../shared/corpora/bbc_news/articles.jsonl --limit 200

"Before" is a graph with one node per distinct (surface form, NER type) of the named
mentions that facts use, i.e. no resolution at all; "after" is kgbuilder's graph.
Duplicates are person nodes that share a last name and whose names do not tell them
apart (:func:`kgbuilder.graph.quality.duplicate_candidates`).
"""

from __future__ import annotations

import argparse
import itertools
import time

import networkx as nx
from kgbuilder.extractors import extract_documents, load_pipeline
from kgbuilder.graph import build_graph, read_aliases
from kgbuilder.graph.quality import duplicate_candidates
from kgbuilder.graph.types import TYPE_OF_LABEL

from kgbuilder.inputs import read_documents


def unresolved_graph(results) -> nx.MultiDiGraph:
    """One node per (surface form, type) of every named mention a fact uses."""
    graph = nx.MultiDiGraph()
    for result in results:
        for extraction in result.extractions:
            if not extraction.is_fact:
                continue
            for mention in (extraction.subject, extraction.object):
                if mention.kind == "entity":
                    type_ = TYPE_OF_LABEL.get(mention.label, "Thing")
                    graph.add_node((mention.text, type_), label=mention.text, type=type_)
    return graph


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("inputs", nargs="+")
    parser.add_argument("--limit", type=int, help="first N documents only")
    parser.add_argument("--aliases", help="alias CSV to apply")
    args = parser.parse_args()
    documents = read_documents(args.inputs)
    if args.limit:
        documents = documents[: args.limit]
    nlp = load_pipeline()
    results = list(extract_documents(documents, nlp))
    before = unresolved_graph(results)
    started = time.perf_counter()
    kg = build_graph(results, read_aliases(args.aliases) if args.aliases else None)
    seconds = time.perf_counter() - started
    graph = kg.graph
    named_after = sum(1 for _, d in graph.nodes(data=True) if d["type"] != "Concept")
    pronouns = {(r.document.id, m) for r in results for e in r.extractions if e.is_fact
                for m in (e.subject, e.object) if m.kind == "pronoun"}
    resolved = sum(1 for doc_id, m in pronouns if kg.resolution.lookup(doc_id, m))
    people_before = sum(1 for _, d in before.nodes(data=True) if d["type"] == "Person")
    people_after = sum(1 for _, d in graph.nodes(data=True) if d["type"] == "Person")
    print(f"documents: {len(documents)}")
    print(f"named nodes before resolution: {before.number_of_nodes()} "
          f"(people {people_before}); after: {named_after} (people {people_after})")
    print(f"all nodes after (with concepts): {graph.number_of_nodes()}, facts: "
          f"{graph.number_of_edges()}")
    print(f"pronouns in facts: {len(pronouns)}, resolved: {resolved}")
    dup_before = duplicate_candidates(before)
    dup_after = duplicate_candidates(graph)
    print(f"duplicate-looking person pairs before: {len(dup_before)}, after: {len(dup_after)}")
    for a, b in itertools.islice(dup_after, 20):
        print(f"  left: {graph.nodes[a]['label']!r} / {graph.nodes[b]['label']!r}")
    print(f"resolution + graph build: {seconds:.2f} s")


if __name__ == "__main__":
    main()
