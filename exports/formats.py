"""The RDF formats and default base IRI, without loading any RDF library."""

from __future__ import annotations

DEFAULT_BASE = "http://example.org/kgbuilder/"
RDF_FORMATS: dict[str, tuple[str, str]] = {  # name → (rdflib format, file suffix)
    "turtle": ("turtle", "ttl"), "nt": ("nt", "nt"), "jsonld": ("json-ld", "jsonld"),
    "trig": ("trig", "trig"), "nquads": ("nquads", "nq"),
}
