"""kgbuilder: an offline knowledge-graph builder for English news text.

    >>> import kgbuilder
    >>> kg = kgbuilder.build(["seeds/"])       # texts, files or folders
    >>> G = kgbuilder.load("out/graph.json")   # networkx.MultiDiGraph
"""

from kgbuilder.extractors import Document
from kgbuilder.graph import KnowledgeGraph

from .api import build, load
from .inputs import InputError, read_documents
from .outputs import write_outputs

__version__ = "0.1.0"
__all__ = ["Document", "InputError", "KnowledgeGraph", "build", "load", "read_documents",
           "write_outputs"]
