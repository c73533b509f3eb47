"""Writing big graphs: seconds to render each output of a graph with N facts.

    python bench/outputs.py --facts 1000000
    python bench/outputs.py --facts 100000 --rdflib     # and rdflib's serialiser, for scale

The graph is synthetic but shaped like a built one (the contract of graph/build.py):
entities with aliases, one piece of evidence per fact with a news-length sentence,
a tenth of the facts negated, documents of 20 facts each. Prints seconds, size and
triples per second for Turtle, N-Triples, node-link JSON, CSV and the HTML view.
"""

from __future__ import annotations

import argparse
import gc
import random
import resource
import time

import networkx as nx
from kgbuilder.exports import render_html, serialize_rdf, to_facts_csv, to_node_link_json
from kgbuilder.exports.rdf import rdf_triples, to_rdflib

WORDS = ("minister government company said market talks deal bank police court report "
         "president election country city week plan new million people official").split()


def synthetic_graph(facts: int, seed: int = 7) -> nx.MultiDiGraph:
    """A graph of ``facts`` edges over ``facts // 4`` entities, deterministic for ``seed``."""
    rng = random.Random(seed)
    graph = nx.MultiDiGraph()
    entities = max(10, facts // 4)
    types = ["Person", "Organization", "Country", "Place", "Concept"]
    for n in range(entities):
        label = f"Entity {n} {rng.choice(WORDS).title()}"
        graph.add_node(f"e{n}", label=label, type=types[n % 5], aliases=[label, f"E{n}"],
                       alias_counts={label: 2, f"E{n}": 1}, merge_reasons={}, mentions=3,
                       demonyms=[])
    documents = {}
    relations = [f"{verb}" for verb in ("meet", "call", "say", "sign", "buy", "visit", "warn",
                                        "meet with", "talk to", "designate")]
    for f in range(facts):
        doc = f"doc{f // 20}"
        documents.setdefault(doc, {"title": f"Headline {doc}", "date": "2025-11-24"})
        subject, obj = f"e{rng.randrange(entities)}", f"e{rng.randrange(entities)}"
        relation = relations[f % len(relations)]
        negated = f % 10 == 0
        start = (f % 20) * 160
        sentence = " ".join(rng.choice(WORDS) for _ in range(25)).capitalize() + "."
        evidence = {"doc": doc, "sentence": sentence, "char_start": start,
                    "char_end": start + len(sentence), "confidence": 0.7, "modality": None,
                    "time": None, "subject_text": subject, "relation_text": relation,
                    "object_text": obj, "arguments": [], "phrases": [subject, obj],
                    "attributed_to": None, "attributed_to_text": None, "rule": "svo"}
        key = f"not {relation}" if negated else relation
        graph.add_edge(subject, obj, key=f"{key} {f}", relation=relation, negated=negated,
                       confidence=0.7, modality=None, time=None, doc=doc, sentence=sentence,
                       char_start=start, char_end=evidence["char_end"], evidence=[evidence])
    graph.graph["documents"] = documents
    graph.graph["stats"] = {"facts": facts}
    return graph


def timed(label: str, work, triples: int | None = None) -> None:
    started = time.perf_counter()
    data = work()
    seconds = time.perf_counter() - started
    rate = f"{triples / seconds:12,.0f} triples/s" if triples else ""
    size = f"{len(data) / 2**20:8.1f} MiB" if isinstance(data, bytes) else " " * 12
    print(f"{label:28} {seconds:8.1f} s {size} {rate}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--facts", type=int, default=1_000_000)
    parser.add_argument("--rdflib", action="store_true",
                        help="also time rdflib's Turtle serialiser over the same triples")
    args = parser.parse_args()
    started = time.perf_counter()
    graph = synthetic_graph(args.facts)
    gc.freeze()  # as `kgbuilder build` does: no collector passes over the finished graph
    gc.disable()
    triples = sum(1 for _ in rdf_triples(graph))
    print(f"{args.facts:,} facts, {graph.number_of_nodes():,} entities, {triples:,} RDF "
          f"triples (graph made in {time.perf_counter() - started:.0f} s)")
    timed("RDF Turtle (pyoxigraph)", lambda: serialize_rdf(graph, "turtle"), triples)
    timed("RDF N-Triples (pyoxigraph)", lambda: serialize_rdf(graph, "nt"), triples)
    if args.rdflib:
        timed("RDF Turtle (rdflib)", lambda: to_rdflib(graph).serialize(format="turtle",
                                                                       encoding="utf-8"),
              triples)
    timed("node-link JSON", lambda: to_node_link_json(graph))
    timed("facts CSV", lambda: to_facts_csv(graph))
    timed("HTML (1,500 nodes drawn)", lambda: render_html(graph, max_nodes=1500))
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"peak RSS {peak:,.0f} MiB")


if __name__ == "__main__":
    main()
