"""Run kgbuilder's extractor (and baselines) over CaRB sentences; write CaRB's tabbed format.

Usage::

    python bench/carb.py SENTENCES --out SYSTEM.tsv [--gold GOLD.tsv] [--baselines]

SENTENCES holds one tokenised sentence per line. Each spaCy ``Doc`` is built from
the line's whitespace-split words, so every relation and argument is made of
CaRB's own tokens. Each output line is: sentence, confidence, relation, arg1,
arg2, ... (the surface view of each extraction).

``--baselines`` also writes, next to SYSTEM.tsv, the output of textacy's
``subject_verb_object_triples`` (``textacy.tsv``) and of a trivial split at the
root verb (``root-split.tsv``), timed on the same parsed sentences.
``--gold`` scores every written file with ``bench/carb_score.py`` and prints one
table: quality (CaRB and CaRB(1-1)) and speed (sentences per second of the
extraction step alone, then including the parse).
"""

from __future__ import annotations

import argparse
import sys
import time
from collections.abc import Callable, Iterable
from pathlib import Path

from spacy.language import Language
from spacy.tokens import Doc

sys.path.insert(0, str(Path(__file__).resolve().parent))

from carb_score import format_table, score_files  # noqa: E402
from kgbuilder.extractors import load_pipeline  # noqa: E402
from kgbuilder.extractors.triples import doc_extractions  # noqa: E402

Row = tuple[float, str, list[str]]  # confidence, relation, arguments


def parse(nlp: Language, sentences: list[str]) -> list[Doc]:
    """Each sentence parsed from its own whitespace tokens (no re-tokenisation)."""
    docs = [Doc(nlp.vocab, words=s.split()) for s in sentences]
    for _, component in nlp.pipeline:
        docs = [component(doc) for doc in docs]
    return docs


def kgbuilder_rows(doc: Doc) -> list[Row]:
    """kgbuilder's extractions of one sentence, surface view."""
    return [(e.confidence, e.relation_text, [a.text for a in e.arguments])
            for e in doc_extractions(doc, "carb") if len(e.arguments) >= 2]


def textacy_rows(doc: Doc) -> list[Row]:
    """textacy's SVO triples, token lists as returned, constant confidence."""
    from textacy.extract import subject_verb_object_triples

    return [(1.0, " ".join(t.text for t in triple.verb),
             [" ".join(t.text for t in triple.subject), " ".join(t.text for t in triple.object)])
            for triple in subject_verb_object_triples(doc)]


def root_split_rows(doc: Doc) -> list[Row]:
    """First noun chunk, root token, rest of the sentence after the root."""
    rows: list[Row] = []
    for sent in doc.sents:
        chunks = list(sent.noun_chunks)
        root = sent.root
        rest = doc[root.i + 1:sent.end]
        if chunks and len(rest):
            rows.append((1.0, root.text, [chunks[0].text, rest.text]))
    return rows


SYSTEMS: dict[str, Callable[[Doc], list[Row]]] = {
    "kgbuilder": kgbuilder_rows, "textacy": textacy_rows, "root-split": root_split_rows,
}


def write_rows(path: Path, sentences: Iterable[str], rows: Iterable[list[Row]]) -> None:
    with path.open("w", encoding="utf-8") as out:
        for sentence, found in zip(sentences, rows, strict=True):
            for confidence, relation, arguments in found:
                cells = [sentence, f"{confidence:.4f}", relation, *arguments]
                out.write("\t".join(c.replace("\t", " ") for c in cells) + "\n")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("sentences", type=Path, help="one tokenised sentence per line")
    parser.add_argument("--out", type=Path, required=True, help="where to write SYSTEM.tsv")
    parser.add_argument("--gold", type=Path, help="score against this CaRB gold file")
    parser.add_argument("--baselines", action="store_true",
                        help="also run textacy SVO and a root-verb split")
    parser.add_argument("--model", help="spaCy pipeline (default: en_core_web_sm)")
    args = parser.parse_args(argv)
    try:
        sentences = [line.strip() for line in
                     args.sentences.read_text(encoding="utf-8").splitlines() if line.strip()]
    except OSError as exc:
        print(f"carb: cannot read {args.sentences}: {exc.strerror}", file=sys.stderr)
        return 2
    nlp = load_pipeline(args.model)
    started = time.perf_counter()
    docs = parse(nlp, sentences)
    parse_seconds = time.perf_counter() - started
    names = list(SYSTEMS) if args.baselines else ["kgbuilder"]
    outputs: list[tuple[str, Path, float]] = []
    for name in names:
        started = time.perf_counter()
        rows = [SYSTEMS[name](doc) for doc in docs]
        seconds = time.perf_counter() - started
        path = args.out if name == "kgbuilder" else args.out.with_name(f"{name}.tsv")
        args.out.parent.mkdir(parents=True, exist_ok=True)
        write_rows(path, sentences, rows)
        outputs.append((name, path, seconds))
        print(f"{name}: {sum(map(len, rows))} extractions from {len(docs)} sentences "
              f"-> {path}", file=sys.stderr)
    if args.gold:
        table = [(name, *score_files(args.gold, path)) for name, path, _ in outputs]
        print(format_table(table))
        print()
        print("| system | sentences/s (extraction) | sentences/s (parse + extraction) |")
        print("| --- | --- | --- |")
        for name, _, seconds in outputs:
            print(f"| {name} | {len(docs) / max(seconds, 1e-9):,.0f} | "
                  f"{len(docs) / (seconds + parse_seconds):,.0f} |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
