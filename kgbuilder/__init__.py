"""kgbuilder: an offline knowledge-graph builder for English news text.

    >>> import kgbuilder
    >>> kg = kgbuilder.build(["seeds/"])       # texts, files or folders
    >>> G = kgbuilder.load("out/graph.json")   # networkx.MultiDiGraph
"""

from kgbuilder.extractors import Document
from kgbuilder.graph import KnowledgeGraph

from .api import build, load, write_outputs
from .inputs import InputError, read_documents

__version__ = "0.1.0"
__all__ = ["Document", "InputError", "KnowledgeGraph", "build", "load", "read_documents",
           "write_outputs"]
