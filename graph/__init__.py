"""Graph stage: resolve entities and merge facts into one networkx MultiDiGraph."""

from .build import KnowledgeGraph, build_graph, find_node
from .resolve import Entity, Resolution, resolve

__all__ = ["Entity", "KnowledgeGraph", "Resolution", "build_graph", "find_node", "resolve"]
