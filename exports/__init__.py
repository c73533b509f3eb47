"""Export stage: the networkx graph as RDF, node-link JSON, CSV, HTML; SPARQL over RDF."""

from .facts_csv import to_facts_csv
from .files import atomic_write, write_all
from .html import render_html
from .nodelink import read_node_link, to_node_link_json
from .rdf import DEFAULT_BASE, RDF_FORMATS, serialize_rdf, to_rdflib
from .sparql import QueryError, entity_facts, format_result, load_store, run_query

__all__ = [
    "DEFAULT_BASE", "RDF_FORMATS", "QueryError", "atomic_write", "entity_facts", "format_result",
    "load_store",
    "read_node_link", "render_html", "run_query", "serialize_rdf", "to_facts_csv",
    "to_node_link_json", "to_rdflib", "write_all",
]
