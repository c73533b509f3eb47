"""Throughput: kgbuilder's end-to-end build against spaCy's own parsing speed.

    python bench/throughput.py ../shared/corpora/bbc_news/articles.jsonl
    python bench/throughput.py ../shared/corpora/bbc_news/articles.jsonl --limit 200

Each stage runs in a fresh Python process, timed from launch to exit (imports and model
loading included in every stage alike), in one run on the same texts:

- (a) bare spaCy: ``nlp.pipe`` over the texts with the same pipeline, nothing else;
- (b) ``kgbuilder build`` end to end: reading, parsing, extraction, resolution and every
  output written (RDF, JSON, CSV, HTML, extraction cache);
- (c) textacy's subject-verb-object triples over the same parse;
- (a') kgbuilder's own parse alone: ``nlp.pipe`` with the pipeline as kgbuilder loads it
  (:func:`kgbuilder.extractors.load_pipeline`: the attribute ruler replaced by an exact
  table, the same annotations at a tenth of that component's cost). b/a' is the share
  of a build that is parsing: what extraction, resolution and outputs cost beyond it;

then (a) and (b) again with two processes (``n_process=2`` / ``--workers 2``, whose
workers parse and extract), and (d) ``kgbuilder build --executor dask --workers 2`` (a
local Dask cluster of two worker processes, its start-up included). Prints words/s,
the ratio b/a (the targets are ≥ 0.93 with one process, ≥ 0.95 with two) and each
stage's peak resident memory (the largest single process of the stage; the Dask
cluster's workers, not waited for by the build, are not counted). The machine's speed
drifts by a few percent from minute to minute; ``--repeat N`` runs the one-process
pair N times, alternating, and prints every ratio.
"""

from __future__ import annotations

import argparse
import importlib.util
import itertools
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path


def texts_of(corpus: Path) -> list[str]:
    with open(corpus, encoding="utf-8") as handle:
        return [json.loads(line)["text"] for line in handle if line.strip()]


def stage_bare(corpus: Path, workers: int) -> None:
    import spacy
    from kgbuilder.extractors.pipeline import DEFAULT_MODELS

    nlp = next(_loaded(spacy, DEFAULT_MODELS))
    for _ in nlp.pipe(texts_of(corpus), batch_size=32, n_process=workers):
        pass


def stage_kgparse(corpus: Path, workers: int) -> None:
    from kgbuilder.extractors import load_pipeline

    nlp = load_pipeline()
    for _ in nlp.pipe(texts_of(corpus), batch_size=32, n_process=workers):
        pass


def stage_textacy(corpus: Path, workers: int) -> None:
    import spacy
    from kgbuilder.extractors.pipeline import DEFAULT_MODELS
    from textacy.extract import subject_verb_object_triples

    nlp = next(_loaded(spacy, DEFAULT_MODELS))
    triples = 0
    for doc in nlp.pipe(texts_of(corpus), batch_size=32, n_process=workers):
        triples += sum(1 for _ in subject_verb_object_triples(doc))
    print(triples, file=sys.stderr)


def _loaded(spacy, names):
    for name in names:
        try:
            yield spacy.load(name)
        except OSError:
            continue


def run(command: list[str]) -> tuple[float, float]:
    """Wall seconds and peak RSS (MiB) of ``command``, which must succeed."""
    started = time.perf_counter()
    process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    _, status, usage = os.wait4(process.pid, 0)
    seconds = time.perf_counter() - started
    if status != 0:
        sys.exit(f"failed: {' '.join(command)}\n{process.stderr.read().decode()}")
    return seconds, usage.ru_maxrss / 1024


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("corpus", type=Path, help="JSONL with a 'text' per line")
    parser.add_argument("--limit", type=int, help="first N documents only")
    parser.add_argument("--workers", type=int, default=2, help="processes of the second run")
    parser.add_argument("--repeat", type=int, default=1,
                        help="run the one-process (a, b) pair this many times, alternating; "
                             "the table shows the median run, every ratio is printed")
    parser.add_argument("--stage", choices=["bare", "kgparse", "textacy"],
                        help=argparse.SUPPRESS)
    parser.add_argument("--stage-workers", type=int, default=1, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.stage:
        stages = {"bare": stage_bare, "kgparse": stage_kgparse, "textacy": stage_textacy}
        stages[args.stage](args.corpus, args.stage_workers)
        return
    with tempfile.TemporaryDirectory(prefix="kgbuilder-bench-") as tmp:
        corpus = args.corpus
        if args.limit:  # a temporary copy of the first N lines, deleted afterwards
            corpus = Path(tmp) / "corpus.jsonl"
            with open(args.corpus, encoding="utf-8") as source:
                head = itertools.islice(source, args.limit)
                corpus.write_text("".join(head), encoding="utf-8")
        texts = texts_of(corpus)
        words = sum(len(text.split()) for text in texts)
        print(f"{len(texts):,} documents, {words:,} words ({args.corpus.name})")
        me = [sys.executable, __file__, str(corpus)]
        build = [sys.executable, "-m", "kgbuilder", "build", str(corpus), "--quiet", "--out"]
        rows = {}
        pairs = []  # (a, b) of each one-process repetition, in the order run
        for _ in range(max(1, args.repeat)):
            pairs.append((run(me + ["--stage", "bare", "--stage-workers", "1"]),
                          run(build + [f"{tmp}/out1", "--workers", "1"])))
        ratios = [a[0] / b[0] for a, b in pairs]
        median = sorted(range(len(pairs)), key=ratios.__getitem__)[len(pairs) // 2]
        rows[("a", 1)], rows[("b", 1)] = pairs[median]
        rows[("a'", 1)] = run(me + ["--stage", "kgparse"])
        if importlib.util.find_spec("textacy") is not None:
            rows[("c", 1)] = run(me + ["--stage", "textacy"])
        else:
            print("textacy is not installed (pip install -e '.[bench]'): no (c) line")
        workers = args.workers
        rows[("a", workers)] = run(me + ["--stage", "bare", "--stage-workers", str(workers)])
        rows[("b", workers)] = run(build + [f"{tmp}/out{workers}", "--workers", str(workers)])
        if importlib.util.find_spec("distributed") is not None:
            rows[("d", workers)] = run(build + [f"{tmp}/dask{workers}", "--executor", "dask",
                                                "--workers", str(workers)])
        else:
            print("Dask is not installed (pip install -e '.[dask]'): no (d) line")
        names = {"a": "bare spaCy nlp.pipe", "a'": "kgbuilder's parse alone",
                 "b": "kgbuilder build (all outputs)",
                 "c": "spaCy + textacy SVO", "d": "kgbuilder build --executor dask"}
        print(f"{'stage':34} {'procs':>5} {'seconds':>8} {'words/s':>9} {'peak RSS':>9}")
        for (stage, workers), (seconds, rss) in rows.items():
            print(f"{names[stage]:34} {workers:>5} {seconds:8.1f} {words / seconds:9,.0f} "
                  f"{rss:7,.0f} MiB")
        if len(pairs) > 1:
            print("b/a with 1 process, each run: "
                  + ", ".join(f"{ratio:.3f}" for ratio in ratios))
        for workers in (1, args.workers):
            ratio = rows[("a", workers)][0] / rows[("b", workers)][0]
            print(f"b/a with {workers} process{'es' if workers > 1 else ''}: {ratio:.3f}"
                  + (" (median run)" if workers == 1 and len(pairs) > 1 else ""))
        ratio = rows[("a'", 1)][0] / rows[("b", 1)][0]
        print(f"b/a' with 1 process (the build against its own parse): {ratio:.3f}")
        if ("d", args.workers) in rows:
            ratio = rows[("a", args.workers)][0] / rows[("d", args.workers)][0]
            print(f"b/a with a local Dask cluster of {args.workers} workers: {ratio:.3f}")
        gain = rows[("b", 1)][0] / rows[("b", args.workers)][0]
        print(f"kgbuilder with {args.workers} workers: {gain:.2f}x the speed of one "
              f"({os.cpu_count()} CPUs)")


if __name__ == "__main__":
    main()
