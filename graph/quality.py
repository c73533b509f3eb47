"""Checks of a built graph's nodes: what still looks like one entity split in two."""

from __future__ import annotations

from itertools import combinations

import networkx as nx

from .names import name_key, split_title


def _name_words(label: str) -> list[str]:
    return [w for w in name_key(split_title(label)[1]).split() if len(w) > 1]


def _compatible(a: list[str], b: list[str]) -> bool:
    """One name's words are all in the other's (``Trump`` / ``Donald J. Trump``): nothing
    says they are different people. ``Delcy Rodríguez`` / ``Jorge Rodríguez`` are."""
    return set(a) <= set(b) or set(b) <= set(a)


def duplicate_candidates(graph: nx.MultiDiGraph) -> list[tuple[str, str]]:
    """Pairs of person nodes that share a normalised last name and whose names do not
    tell them apart: the duplicates resolution may have left, sorted."""
    by_last: dict[tuple[str, str], list[tuple[str, list[str]]]] = {}
    for node, data in graph.nodes(data=True):
        if data["type"] != "Person":
            continue
        words = _name_words(data["label"])
        if words:
            by_last.setdefault((data["type"], words[-1]), []).append((node, words))
    pairs = [(a, b) for group in by_last.values()
             for (a, wa), (b, wb) in combinations(sorted(group), 2) if _compatible(wa, wb)]
    return sorted(pairs)
