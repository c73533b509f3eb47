"""Extraction stage: text → mentions and subject–relation–object facts (spaCy)."""

from .cleaning import clean_text
from .extract import extract_doc, extract_documents
from .pipeline import DEFAULT_MODELS, ModelError, load_pipeline, pipeline_name
from .records import Document, DocumentExtractions, Extraction, Mention, Sentence

__all__ = [
    "DEFAULT_MODELS", "Document", "DocumentExtractions", "Extraction", "Mention", "ModelError",
    "Sentence", "clean_text", "extract_doc", "extract_documents", "load_pipeline",
    "pipeline_name",
]
