"""Graph stage: resolve entities and merge facts into one networkx MultiDiGraph."""

from .aliases import AliasFileError, read_aliases
from .build import KnowledgeGraph, build_graph, find_node
from .clusters import Entity, Resolution
from .merge import resolve

__all__ = ["AliasFileError", "Entity", "KnowledgeGraph", "Resolution", "build_graph", "find_node",
           "read_aliases", "resolve"]
