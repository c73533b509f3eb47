"""Where the newskg relation types and fact recall go wrong, article by article.

    python bench/newskg_debug.py out/newskg ../shared/benchmarks/newskg [--missed N]

Lists found facts whose Wikidata property or PLOVER type differs from the gold, edges
between gold entities that carry no type, and a sample of missed gold facts with the
extraction records of their sentence (``facts.csv``: in the graph or why not), so one
sees whether the extractor missed a fact or the graph refused it.
"""

from __future__ import annotations

import argparse
import csv
import importlib.util
import json
import random
from collections import defaultdict
from pathlib import Path

import kgbuilder


def _scorer(bench: Path):
    spec = importlib.util.spec_from_file_location("newskg_score", bench / "score.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _records(out: Path) -> dict[tuple[str, str], list[dict]]:
    by_sentence: dict[tuple[str, str], list[dict]] = defaultdict(list)
    with open(out / "facts.csv", encoding="utf-8") as handle:
        for row in csv.DictReader(handle):
            by_sentence[(row["doc"], row["sentence"].strip())].append(row)
    return by_sentence


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("out", type=Path)
    parser.add_argument("bench", type=Path)
    parser.add_argument("--missed", type=int, default=30, help="missed facts to show")
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--typed", action="store_true",
                        help="only missed facts whose gold has a property or event type")
    args = parser.parse_args()
    sc = _scorer(args.bench)
    graph = kgbuilder.load(args.out)
    records = _records(args.out)
    names = {n: sc.names_of(d) for n, d in graph.nodes(data=True)}
    label = {n: d.get("label", n) for n, d in graph.nodes(data=True)}
    mismatches, untyped, missed = [], [], []
    for path in sorted((args.bench / "gold").glob("*.json")):
        gold = json.loads(path.read_text())
        doc = gold["doc"]
        forms = {e["id"]: {sc.norm(f) for f in [*e["forms"], e["name"]]} for e in gold["entities"]}
        edges = [(u, v, d) for u, v, d in graph.edges(data=True) if doc in sc.edge_docs(d)]
        node_ent = {n: {e for e, f in forms.items() if names[n] & f}
                    for n in {x for u, v, _ in edges for x in (u, v)}}

        def side_ok(node, fact, side, node_ent=node_ent):
            if fact.get(side):
                return fact[side] in node_ent.get(node, ())
            return sc.text_match(fact[side + "_text"], names[node])
        for fact in gold["facts"]:
            hit = None
            for u, v, d in edges:
                pairs = [(u, v)] + ([(v, u)] if fact.get("sym") else [])
                same_sign = bool(fact.get("negated")) == bool(d.get("negated"))
                if same_sign and sc.rel_match(fact["rel_keys"], d) and any(
                        side_ok(s, fact, "subj") and side_ok(o, fact, "obj") for s, o in pairs):
                    hit = (u, v, d)
                    break
            what = (f"{doc}: {fact.get('subj') or fact.get('subj_text')} | {fact['rel']} | "
                    f"{fact.get('obj') or fact.get('obj_text')} "
                    f"[{fact.get('wd')} {fact.get('event')}]")
            if hit is None and (not args.typed or fact.get("wd") or fact.get("event")):
                missed.append((what, doc, fact["sentence"]))
            if hit is None:
                continue
            u, v, d = hit
            got = (d.get("wikidata_property"), d.get("event_type"))
            if (fact.get("wd") and fact["wd"] != got[0]) or (
                    fact.get("event") and fact["event"] != got[1]):
                mismatches.append(f"{what}\n    gold wd={fact.get('wd')} event={fact.get('event')}"
                                  f"; edge {label[u]} -{d['relation']}-> {label[v]} wd={got[0]} "
                                  f"event={got[1]}\n    {fact['sentence'][:160]}")
        for u, v, d in edges:
            typed = d.get("wikidata_property") or d.get("event_type")
            if node_ent.get(u) and node_ent.get(v) and not typed:
                untyped.append(f"{doc}: {label[u]} ({graph.nodes[u]['type']}) -{d['relation']}-> "
                               f"{label[v]} ({graph.nodes[v]['type']}) "
                               f"[{d['evidence'][0]['rule']}]")
    print(f"## type mismatches on found facts ({len(mismatches)})")
    print("\n".join(mismatches))
    print(f"\n## untyped entity-entity edges ({len(untyped)})")
    print("\n".join(untyped))
    random.Random(args.seed).shuffle(missed)
    print(f"\n## missed gold facts ({len(missed)}), a sample of {args.missed}")
    for what, doc, sentence in missed[:args.missed]:
        print(f"{what}\n    {sentence[:200]}")
        for row in records.get((doc, sentence.strip()), []):
            status = "EDGE" if row["in_graph"] == "true" else f"out: {row['reason']}"
            print(f"      [{row['rule']}] {row['subject_text']} | {row['relation']} | "
                  f"{row['object_text']}  -> {status}")


if __name__ == "__main__":
    main()
