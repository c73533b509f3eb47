"""kgbuilder: an offline knowledge-graph builder for English news text.

    >>> import kgbuilder
    >>> kg = kgbuilder.build(paths=["seeds/"], out="out/")   # texts=[...] for raw texts
    >>> G = kgbuilder.load("out/graph.json")                 # networkx.MultiDiGraph
    >>> kgbuilder.find_node(G, "nicolas maduro")             # 'nicolas_maduro'

Names are imported on first use, so ``import kgbuilder`` (and the ``kgbuilder --help``
command) does not load spaCy, rdflib or pyvis.
"""

from __future__ import annotations

import importlib
from typing import Any

__version__ = "0.1.0"

_WHERE = {
    "Document": "kgbuilder.extractors.records",
    "KnowledgeGraph": "kgbuilder.graph.build",
    "find_node": "kgbuilder.graph.lookup",
    "build": "kgbuilder.api",
    "load": "kgbuilder.api",
    "BuildReport": "kgbuilder.project",
    "build_folder": "kgbuilder.project",
    "KgbuilderError": "kgbuilder.errors",
    "InputError": "kgbuilder.errors",
    "read_documents": "kgbuilder.inputs",
    "Settings": "kgbuilder.outputs",
    "write_outputs": "kgbuilder.outputs",
}
__all__ = sorted(_WHERE)


def __getattr__(name: str) -> Any:
    """The public names, each imported from its module when first asked for."""
    if name not in _WHERE:
        raise AttributeError(f"module 'kgbuilder' has no attribute {name!r}")
    value = getattr(importlib.import_module(_WHERE[name]), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(_WHERE))
