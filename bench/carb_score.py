"""CaRB scoring, written from the paper's description (Bhardwaj et al., EMNLP 2019).

Usage::

    python bench/carb_score.py --gold GOLD.tsv SYSTEM.tsv [SYSTEM2.tsv ...]

Prints, per system, precision / recall / F1 at the confidence threshold with the
best F1, the area under the precision-recall curve, and the same figures for the
stricter one-to-one variant, CaRB(1-1).

Matching of one gold tuple with one predicted tuple (the "binary lenient" match):

* both tuples are cut to three parts: relation, first argument, the rest joined;
* the pair scores nothing unless a relation word is shared (a predicted ``be``
  may stand for any form of *be*) and the prediction fills at least as many
  argument slots as the gold tuple, counting up to two;
* otherwise words shared per part (multiset overlap, whitespace-split,
  case-sensitive) give pair precision = shared / predicted words and pair
  recall = shared / gold words;
* when the gold relation holds a reporting verb (``said``, ``told`` ...), the
  prediction is also tried with its arguments swapped, the better kept.

Per sentence and confidence threshold, precision credit comes from a greedy
one-to-one pairing by pair precision; recall credit is, per gold tuple, the best
pair recall of any kept prediction (CaRB), or again a greedy one-to-one pairing,
this time by pair recall (CaRB(1-1)).
"""

from __future__ import annotations

import argparse
import re
import string
import sys
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

BE_FORMS = ("be", "is", "am", "are", "was", "were", "been", "being")
REPORTING_VERBS = ("said", "told", "added", "adds", "says")
_PUNCTUATION = re.compile(f"[{re.escape(string.punctuation)}]")
_PTB_BRACKETS = {"-LRB-": "(", "-RRB-": ")", "-LSB-": "[", "-RSB-": "]", "-LCB-": "{",
                 "-RCB-": "}"}


@dataclass(frozen=True)
class Tuple:
    """One extraction: relation, arguments (subject first) and a confidence."""

    relation: str
    arguments: tuple[str, ...]
    confidence: float = 1.0


@dataclass(frozen=True)
class Score:
    precision: float
    recall: float
    f1: float
    auc: float
    threshold: float


def sentence_key(sentence: str) -> str:
    """The sentence with spaces and ASCII punctuation removed, PTB brackets unescaped."""
    text = sentence.replace(" ", "")
    for escaped, bracket in _PTB_BRACKETS.items():
        text = text.replace(escaped, bracket)
    return _PUNCTUATION.sub("", text)


def read_gold(path: Path) -> dict[str, list[Tuple]]:
    """Gold tuples by sentence key; ``C:`` context columns are skipped."""
    gold: dict[str, list[Tuple]] = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        cells = line.strip().split("\t")
        if len(cells) < 2:
            continue
        arguments = tuple(c.strip() for c in cells[2:] if "C: " not in c)
        gold.setdefault(sentence_key(cells[0].strip()), []).append(
            Tuple(cells[1].strip(), arguments))
    return gold


def read_system(path: Path) -> dict[str, list[Tuple]]:
    """System tuples by sentence key, from CaRB's tabbed format."""
    system: dict[str, list[Tuple]] = {}
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            continue
        cells = line.strip().split("\t")
        if len(cells) < 3:
            raise ValueError(f"{path}:{number}: expected sentence, confidence, relation, args")
        system.setdefault(sentence_key(cells[0]), []).append(
            Tuple(cells[2], tuple(cells[3:]), float(cells[1])))
    return system


def _binary(arguments: tuple[str, ...]) -> tuple[str, ...]:
    if len(arguments) < 2:
        return arguments
    return (arguments[0], " ".join(arguments[1:]))


def _shared(gold_words: list[str], predicted_words: list[str]) -> int:
    return sum((Counter(gold_words) & Counter(predicted_words)).values())


def _part_scores(gold: Tuple, relation: str, arguments: tuple[str, ...]) -> tuple[float, float]:
    gold_relation = gold.relation.split()
    predicted_relation = relation.split()
    shared = _shared(gold_relation, predicted_relation)
    leftover = list((Counter(predicted_relation) - Counter(gold_relation)).elements())
    if "be" in leftover and any(form in gold_relation for form in BE_FORMS):
        shared += 1
    if shared == 0:
        return 0.0, 0.0
    matched_p, total_p = shared, len(predicted_relation)
    matched_r, total_r = shared, len(gold_relation)
    for index, gold_argument in enumerate(gold.arguments):
        gold_words = gold_argument.split()
        total_r += len(gold_words)
        if index >= len(arguments):
            if index < 2:
                return 0.0, 0.0
            continue
        predicted_words = arguments[index].split()
        total_p += len(predicted_words)
        overlap = _shared(gold_words, predicted_words)
        matched_p += overlap
        matched_r += overlap
    return (matched_p / total_p if total_p else 0.0, matched_r / total_r if total_r else 0.0)


def match(gold: Tuple, predicted: Tuple) -> tuple[float, float]:
    """(pair precision, pair recall) of one predicted tuple against one gold tuple."""
    gold_binary = Tuple(gold.relation, _binary(gold.arguments))
    arguments = _binary(predicted.arguments)
    best = _part_scores(gold_binary, predicted.relation, arguments)
    if any(verb in gold.relation for verb in REPORTING_VERBS) and len(arguments) == 2:
        best = max(best, _part_scores(gold_binary, predicted.relation,
                                      (arguments[1], arguments[0])))
    return best


def _greedy(scores: list[list[tuple[float, float]]], kept: list[int], part: int) -> float:
    """Sum of a greedy one-to-one pairing of gold rows and kept columns on ``part``."""
    total = 0.0
    rows = set(range(len(scores)))
    columns = set(kept)
    for _ in range(min(len(rows), len(columns))):
        best = max((scores[i][j][part], -i, -j) for i in sorted(rows) for j in sorted(columns))
        value, i, j = best[0], -best[1], -best[2]
        total += value
        rows.discard(i)
        columns.discard(j)
    return total


def evaluate(gold: dict[str, list[Tuple]], system: dict[str, list[Tuple]],
             one_to_one: bool = False) -> Score:
    """CaRB (or CaRB(1-1)) precision, recall, F1 at the best threshold, and AUC."""
    # Like the reference scorer, every confidence in the system output is a threshold.
    thresholds = sorted({t.confidence for tuples in system.values() for t in tuples})
    if not thresholds:
        return Score(0.0, 0.0, 0.0, 0.0, 0.0)
    index = {c: n for n, c in enumerate(thresholds)}
    p_num = [0.0] * len(thresholds)
    p_den = [0] * len(thresholds)
    r_num = [0.0] * len(thresholds)
    r_den = [0] * len(thresholds)
    for key, gold_tuples in gold.items():
        predicted = system.get(key, [])
        scores = [[match(g, p) for p in predicted] for g in gold_tuples]
        covered = 0  # thresholds below or at this index are accounted for
        for confidence in sorted({p.confidence for p in predicted}):
            kept = [j for j, p in enumerate(predicted) if p.confidence >= confidence]
            precision = _greedy(scores, kept, 0)
            if one_to_one:
                recall = _greedy(scores, kept, 1)
            else:
                recall = sum(max(row[j][1] for j in kept) for row in scores)
            for c in range(covered, index[confidence] + 1):
                p_num[c] += precision
                p_den[c] += len(kept)
                r_num[c] += recall
                r_den[c] += len(gold_tuples)
            covered = index[confidence] + 1
        for c in range(covered, len(thresholds)):
            r_den[c] += len(gold_tuples)
    precisions = [n / d if d else 1.0 for n, d in zip(p_num, p_den, strict=True)]
    recalls = [n / d if d else 0.0 for n, d in zip(r_num, r_den, strict=True)]
    f1s = [2 * p * r / (p + r) if p + r else 0.0
           for p, r in zip(precisions, recalls, strict=True)]
    best = max(range(len(f1s)), key=lambda n: (f1s[n], -n))
    return Score(precisions[best], recalls[best], f1s[best],
                 area_under_curve(recalls + [0.0], precisions + [1.0]), thresholds[best])


def area_under_curve(xs: list[float], ys: list[float]) -> float:
    """Trapezoidal area under a curve whose ``xs`` are monotonic, either direction."""
    area = sum((xs[n + 1] - xs[n]) * (ys[n + 1] + ys[n]) / 2 for n in range(len(xs) - 1))
    return abs(area)


def score_files(gold_path: Path, system_path: Path) -> tuple[Score, Score]:
    """(CaRB, CaRB(1-1)) of one system file against the gold file."""
    gold = read_gold(gold_path)
    system = read_system(system_path)
    return evaluate(gold, system), evaluate(gold, system, one_to_one=True)


def format_table(rows: Iterable[tuple[str, Score, Score]]) -> str:
    """A Markdown table: system, P, R, F1, AUC, then the CaRB(1-1) P, R, F1."""
    lines = ["| system | P | R | F1 | AUC | 1-1 P | 1-1 R | 1-1 F1 |",
             "| --- | --- | --- | --- | --- | --- | --- | --- |"]
    for name, carb, single in rows:
        lines.append(f"| {name} | {carb.precision:.3f} | {carb.recall:.3f} | {carb.f1:.3f} | "
                     f"{carb.auc:.3f} | {single.precision:.3f} | {single.recall:.3f} | "
                     f"{single.f1:.3f} |")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--gold", type=Path, required=True, help="CaRB gold file (tsv)")
    parser.add_argument("systems", type=Path, nargs="+", help="system outputs, tabbed format")
    args = parser.parse_args(argv)
    try:
        rows = [(path.stem, *score_files(args.gold, path)) for path in args.systems]
    except (OSError, ValueError) as exc:
        print(f"carb_score: {exc}", file=sys.stderr)
        return 2
    print(format_table(rows))
    return 0


if __name__ == "__main__":
    sys.exit(main())
