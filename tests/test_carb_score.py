"""The CaRB scorer in bench/, on tuples whose scores are worked out by hand."""

from __future__ import annotations

import importlib.util
import subprocess
import sys
from pathlib import Path

import pytest

BENCH = Path(__file__).resolve().parents[1] / "bench"
_spec = importlib.util.spec_from_file_location("carb_score", BENCH / "carb_score.py")
carb = importlib.util.module_from_spec(_spec)
sys.modules["carb_score"] = carb
_spec.loader.exec_module(carb)
T = carb.Tuple


def test_pair_scores_count_shared_words_per_part():
    gold = T("visited", ("Angela Merkel", "Paris"))
    # relation 1/1, arg1 1 of 2 gold words, arg2 1 of 3 predicted words.
    assert carb.match(gold, T("visited", ("Merkel", "Paris in May"))) == (3 / 5, 3 / 4)


def test_no_shared_relation_word_or_missing_object_scores_nothing():
    gold = T("visited", ("Merkel", "Paris"))
    assert carb.match(gold, T("left", ("Merkel", "Paris"))) == (0.0, 0.0)
    assert carb.match(gold, T("visited", ("Merkel",))) == (0.0, 0.0)


def test_be_stands_for_any_form_of_be():
    assert carb.match(T("was", ("Merkel", "chancellor")),
                      T("be", ("Merkel", "chancellor"))) == (1.0, 1.0)


def test_reporting_verbs_allow_swapped_arguments():
    gold = T("said", ("Smith", "the plan failed"))
    assert carb.match(gold, T("said", ("the plan failed", "Smith"))) == (1.0, 1.0)
    assert carb.match(T("wrote", ("Smith", "the plan failed")),
                      T("wrote", ("the plan failed", "Smith")))[0] < 1.0


def test_recall_is_many_to_one_and_one_to_one_in_the_strict_variant():
    gold = {"s1": [T("visited", ("Merkel", "Paris")), T("visited", ("Merkel", "Rome"))],
            "s2": [T("met", ("Macron", "Scholz"))]}
    system = {"s1": [T("visited", ("Merkel", "Paris Rome"), 1.0),
                     T("slept", ("Merkel", "well"), 0.2)]}
    lenient = carb.evaluate(gold, system)
    # At threshold 1.0: precision 0.75 / 1; recall (1 + 1 + 0) / 3.
    assert lenient.precision == pytest.approx(0.75)
    assert lenient.recall == pytest.approx(2 / 3)
    assert lenient.threshold == 1.0
    strict = carb.evaluate(gold, system, one_to_one=True)
    assert strict.recall == pytest.approx(1 / 3)
    assert strict.f1 == pytest.approx(2 * 0.75 * (1 / 3) / (0.75 + 1 / 3))
    # PR points (R 2/3, P 0.375) at 0.2 and (R 2/3, P 0.75) at 1.0, plus (0, 1).
    assert lenient.auc == pytest.approx((2 / 3) * (0.75 + 1) / 2)


def test_sentence_keys_ignore_spacing_and_punctuation():
    assert carb.sentence_key("Bush 's plan , he said .") == carb.sentence_key("Bush's plan he said")


def test_scorer_command_line(tmp_path):
    gold = tmp_path / "gold.tsv"
    gold.write_text("Merkel visited Paris .\tvisited\tMerkel\tParis\n", encoding="utf-8")
    system = tmp_path / "system.tsv"
    system.write_text("Merkel visited Paris .\t0.9\tvisited\tMerkel\tParis\n", encoding="utf-8")
    run = subprocess.run([sys.executable, str(BENCH / "carb_score.py"), "--gold", str(gold),
                          str(system)], capture_output=True, text=True, check=True)
    assert "| system | 1.000 | 1.000 | 1.000 |" in run.stdout
    broken = tmp_path / "broken.tsv"
    broken.write_text("only one cell\n", encoding="utf-8")
    run = subprocess.run([sys.executable, str(BENCH / "carb_score.py"), "--gold", str(gold),
                          str(broken)], capture_output=True, text=True)
    assert run.returncode == 2 and "broken.tsv:1" in run.stderr


def test_carb_runner_writes_the_tabbed_format(tmp_path):
    sentences = tmp_path / "sentences.txt"
    sentences.write_text("Angela Merkel visited Paris in May .\n"
                         "The treaty was signed by the French president .\n", encoding="utf-8")
    out = tmp_path / "kg.tsv"
    subprocess.run([sys.executable, str(BENCH / "carb.py"), str(sentences), "--out", str(out)],
                   capture_output=True, text=True, check=True)
    rows = [line.split("\t") for line in out.read_text(encoding="utf-8").splitlines()]
    assert ["Angela Merkel visited Paris in May .", "visited", "Angela Merkel", "Paris"] in [
        [r[0], r[2], r[3], r[4]] for r in rows]
    assert ["The treaty", "the French president"] in [r[3:5] for r in rows
                                                      if r[2] == "was signed by"]
    assert all(0 < float(r[1]) <= 1 for r in rows)
