"""Extraction stage: text → mentions and subject–relation–object facts (spaCy).

Names are imported on first use: the records alone (``kgbuilder.extractors.records``,
which graph/ reads) never load spaCy.
"""

from __future__ import annotations

import importlib
from typing import Any

_WHERE = {
    "clean_text": "cleaning",
    "extract_doc": "extract", "extract_documents": "extract",
    "DEFAULT_MODELS": "pipeline", "ModelError": "pipeline", "load_pipeline": "pipeline",
    "pipeline_name": "pipeline",
    "Document": "records", "DocumentExtractions": "records", "Extraction": "records",
    "Mention": "records", "Sentence": "records",
}
__all__ = sorted(_WHERE)


def __getattr__(name: str) -> Any:
    if name not in _WHERE:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(f".{_WHERE[name]}", __name__), name)
    globals()[name] = value
    return value
