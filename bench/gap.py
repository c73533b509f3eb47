"""Run kgbuilder's own pronoun resolution over GAP snippets; write the scorer's TSV.

    python bench/gap.py ../shared/benchmarks/gap/gap-development.tsv --out out/gap/dev.tsv
    python ../shared/benchmarks/gap/score.py --gold_tsv ../shared/benchmarks/gap/\
gap-development.tsv --system_tsv out/gap/dev.tsv

Snippet-context setting: the URL column is never read. Mentions come from the pipeline
(the same extraction and resolution as a build); the labelled A/B spans are used only to
write the answer: a name is the pronoun's referent when some mention of the pronoun's
cluster overlaps its span. GAP scores every pronoun, so resolution guesses
(``guess=True``: the best-ranked candidate when agreement evidence does not settle
it; graph builds never guess). An unresolved pronoun answers FALSE for both.
"""

from __future__ import annotations

import argparse
import csv
import sys
from pathlib import Path

from kgbuilder.extractors import Document, extract_doc, load_pipeline
from kgbuilder.extractors.cleaning import clean_text
from kgbuilder.graph.resolve import document_clusters


def _overlaps(spans: list[tuple[int, int]], start: int, end: int) -> bool:
    return any(s < end and start < e for s, e in spans)


def answer(row: dict, clusters) -> tuple[bool, bool]:
    """(A-coref, B-coref) from the clusters of the snippet's mentions."""
    offset = int(row["Pronoun-offset"])
    pronoun = (offset, offset + len(row["Pronoun"]))
    for cluster in clusters:
        spans = [(s, e) for _, s, e in cluster.mentions]
        if pronoun in spans:
            a, b = int(row["A-offset"]), int(row["B-offset"])
            return (_overlaps(spans, a, a + len(row["A"])),
                    _overlaps(spans, b, b + len(row["B"])))
    return False, False


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("gap_tsv", type=Path)
    parser.add_argument("--out", type=Path, required=True)
    parser.add_argument("--model", default=None)
    args = parser.parse_args()
    with args.gap_tsv.open(encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle, delimiter="\t", quoting=csv.QUOTE_NONE))
    nlp = load_pipeline(args.model)
    args.out.parent.mkdir(parents=True, exist_ok=True)
    resolved = 0
    lines = []
    texts = (clean_text(row["Text"]) for row in rows)
    for row, doc in zip(rows, nlp.pipe(texts, batch_size=64), strict=True):
        result = extract_doc(doc, Document(row["ID"], row["Text"]))
        a, b = answer(row, document_clusters(result, guess=True))
        resolved += a or b
        lines.append(f"{row['ID']}\t{str(a).upper()}\t{str(b).upper()}\n")
    args.out.write_text("".join(lines), encoding="utf-8")
    print(f"{len(rows)} snippets, pronoun resolved to A or B in {resolved}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
