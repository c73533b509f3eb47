"""Finding a node by any of its names, whatever the case or accents."""

from __future__ import annotations

import unicodedata

import networkx as nx


def fold(name: str) -> str:
    """``name`` compared loosely: case folded, accents dropped, spaces collapsed
    (``Nicolás  MADURO`` → ``nicolas maduro``)."""
    decomposed = unicodedata.normalize("NFKD", name.casefold())
    return " ".join("".join(c for c in decomposed if not unicodedata.combining(c)).split())


def find_node(graph: nx.MultiDiGraph, name: str) -> str | None:
    """Id of the node labelled ``name``, else the most-mentioned node with that alias.

    Case and accents do not matter (``nicolas maduro`` finds ``Nicolás Maduro``); an exact
    label beats a loose one, and a label beats an alias. None when no node has the name.
    """
    wanted = fold(name)
    exact: list[tuple[int, str]] = []
    loose: list[tuple[int, str]] = []
    aliased: list[tuple[int, str]] = []
    for node, data in graph.nodes(data=True):
        label = str(data.get("label", node))
        mentions = data.get("mentions") or 0
        if label == name:
            exact.append((mentions, node))
        elif fold(label) == wanted:
            loose.append((mentions, node))
        elif any(fold(str(alias)) == wanted for alias in data.get("aliases") or ()):
            aliased.append((mentions, node))
    for found in (exact, loose, aliased):
        if found:
            return max(found)[1]
    return None
