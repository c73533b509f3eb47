"""Shared fixtures: one real spaCy pipeline and one real seed build per test session."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from kgbuilder.extractors import (
    Document,
    extract_doc,
    extract_documents,
    load_pipeline,
    pipeline_name,
)
from kgbuilder.graph import build_graph
from kgbuilder.graph.resolve import document_clusters

from kgbuilder.inputs import read_documents
from kgbuilder.outputs import write_outputs

ROOT = Path(__file__).resolve().parents[1]
SEEDS = ROOT / "seeds"


@pytest.fixture(scope="session")
def nlp():
    return load_pipeline()


@pytest.fixture(scope="session")
def seed_results(nlp):
    """What extraction reads off the seed articles (parsed once per session)."""
    return list(extract_documents(read_documents([str(SEEDS)]), nlp))


@pytest.fixture(scope="session")
def seed_kg(seed_results):
    return build_graph(seed_results)


@pytest.fixture(scope="session")
def seed_out(seed_kg, tmp_path_factory):
    out = tmp_path_factory.mktemp("seed-out")
    write_outputs(seed_kg, out)
    return out


@pytest.fixture
def extract(nlp):
    """Facts of one text as (subject, relation, object) label triples plus the records."""

    def run(text: str):
        result = extract_doc(nlp(text), Document("t", text))
        return result

    return run


@pytest.fixture
def graph_of(nlp):
    """The graph built from a few short texts (each its own document)."""

    def run(*texts: str):
        docs = [Document(f"d{i}", t) for i, t in enumerate(texts)]
        return build_graph([extract_doc(nlp(d.text), d, pipeline_name(nlp))
                            for d in docs]).graph

    return run


@pytest.fixture
def referent(nlp):
    """The label of the cluster the ``nth`` occurrence of ``pronoun`` went to, or None."""
    def run(text: str, pronoun: str, nth: int = 0, guess: bool = False) -> str | None:
        result = extract_doc(nlp(text), Document("d", text))
        found = list(re.finditer(rf"\b{pronoun}\b", text))[nth]
        span = (found.start(), found.end())
        for cluster in document_clusters(result, guess=guess):
            if span in [(s, e) for _, s, e in cluster.mentions]:
                return cluster.label
        return None

    return run


def edges_between(g, subject: str, obj: str) -> list[dict]:
    """The data of every edge from the node named ``subject`` to the one named ``obj``."""
    from kgbuilder.graph import find_node

    s, o = find_node(g, subject), find_node(g, obj)
    return [d for _, v, d in g.out_edges(s, data=True) if v == o]


def triples(result) -> set[tuple[str, str, str]]:
    return {(e.subject.text, e.relation, e.object.text) for e in result.extractions if e.is_fact}
