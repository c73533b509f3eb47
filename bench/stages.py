"""What each stage of a one-process build costs, as a share of the parse's time.

    python bench/stages.py ../shared/corpora/bbc_news/articles.jsonl --limit 300

In one process, with in-process timers: the parse (``nlp.pipe``) and the extraction
(:func:`extract_doc`) are timed apart in the same pass over the documents, then
resolution and the graph, each output rendered alone, and :func:`write_outputs` (every
output rendered, staged, fsynced and renamed). Shares of one run are comparable even on
a busy machine, where wall-clock ratios between separate runs are not.
"""

from __future__ import annotations

import argparse
import gc
import itertools
import tempfile
import time
from dataclasses import replace
from pathlib import Path

started = time.perf_counter()
import spacy  # noqa: E402,F401  (timed: bare spaCy pays this import too)

SPACY_IMPORT = time.perf_counter() - started
from kgbuilder.exports import (  # noqa: E402
    render_html,
    serialize_rdf,
    to_facts_csv,
    to_node_link_json,
)
from kgbuilder.extractors import Document, extract_doc, load_pipeline, pipeline_name  # noqa: E402
from kgbuilder.extractors.cleaning import clean_text  # noqa: E402
from kgbuilder.extractors.extract import joined, split_for_parsing  # noqa: E402
from kgbuilder.extractors.serialize import dump_extractions  # noqa: E402

from kgbuilder.api import graph_of_records  # noqa: E402
from kgbuilder.cli import _collected_every  # noqa: E402
from kgbuilder.inputs import input_files, iter_documents  # noqa: E402
from kgbuilder.outputs import Settings, write_outputs  # noqa: E402

KGBUILDER_IMPORTS = time.perf_counter() - started - SPACY_IMPORT


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("corpus", type=Path, help="JSONL with a 'text' per line, or a folder")
    parser.add_argument("--limit", type=int, help="first N documents only")
    args = parser.parse_args()
    cost: dict[str, float] = {}

    def timed(name: str, step):
        began = time.perf_counter()
        result = step()
        cost[name] = cost.get(name, 0.0) + time.perf_counter() - began
        return result

    nlp = timed("loading the pipeline", load_pipeline)
    gc.freeze()
    name = pipeline_name(nlp)
    documents = timed("reading", lambda: list(itertools.islice(
        iter_documents(input_files([str(args.corpus)])), args.limit)))
    pieces = timed("cleaning and hashing", lambda: [
        (split_for_parsing(clean_text(d.text)), Document.content_id(d.text))[0]
        for d in documents])
    # A headline line, a heading or a long text is parsed in pieces joined back into one
    # Doc, as the build does; the join counts as parse.
    docs = nlp.pipe((part for parts in pieces for part in parts), batch_size=32)
    records = []
    for document, parts in zip(_collected_every(iter(documents)), pieces, strict=True):
        doc = timed("parse (nlp.pipe)", lambda parts=parts: joined(
            [next(docs) for _ in parts]) if len(parts) > 1 else next(docs))
        result = timed("extraction", lambda doc=doc, document=document:
                       extract_doc(doc, document, name))
        records.append(("", replace(result, document=replace(result.document, text=""))))
    gc.disable()
    kg = timed("resolution and graph", lambda: graph_of_records(records))
    graph = kg.graph
    for label, render in [("RDF", lambda: serialize_rdf(graph)),
                          ("extraction cache", lambda: dump_extractions(records)),
                          ("HTML", lambda: render_html(graph)),
                          ("JSON", lambda: to_node_link_json(graph)),
                          ("CSV", lambda: to_facts_csv(graph))]:
        timed(f"  output {label}", render)
    with tempfile.TemporaryDirectory(prefix="kgbuilder-stages-") as tmp:
        timed("outputs, all written", lambda: write_outputs(kg, Path(tmp), Settings(),
                                                            records))
    parse = cost["parse (nlp.pipe)"]
    print(f"{len(documents):,} documents; imports: spaCy {SPACY_IMPORT:.2f} s, "
          f"kgbuilder beyond spaCy {KGBUILDER_IMPORTS:.2f} s")
    print(f"{'stage':28} {'seconds':>8} {'of parse':>9}")
    for stage, seconds in cost.items():
        print(f"{stage:28} {seconds:8.2f} {100 * seconds / parse:8.1f}%")


if __name__ == "__main__":
    main()
