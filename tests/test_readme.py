"""The README tells the truth: its example outputs are the real ones, and it opens with
how to install, run the demo and the tests, and run kgbuilder from the virtualenv."""

from __future__ import annotations

import importlib.util

import pytest
from conftest import ROOT, SEEDS
from kgbuilder.graph import build_graph, read_aliases

from kgbuilder.outputs import write_outputs

README = ROOT / "README.md"


def readme_examples():
    spec = importlib.util.spec_from_file_location("readme_examples",
                                                  ROOT / "docs" / "readme_examples.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def demo_out(seed_results, tmp_path_factory):
    """The graph ``make demo`` builds: the seeds with their aliases file."""
    out = tmp_path_factory.mktemp("demo")
    write_outputs(build_graph(seed_results, read_aliases(SEEDS / "aliases.csv")), out)
    return out


def test_readme_example_outputs_are_the_real_outputs(demo_out):
    module = readme_examples()
    text = README.read_text(encoding="utf-8")
    examples = module.examples(text)
    assert len(examples) >= 6
    for query, written in examples:
        assert module.table(demo_out, query) == written, (
            "README output is out of date: python docs/readme_examples.py OUT --update")


def test_readme_opens_with_install_demo_test_and_the_venv():
    head = README.read_text(encoding="utf-8")[:2500]
    for needed in ("make demo", "make test", ".venv/bin/kgbuilder"):
        assert needed in head, needed
    assert head.index("make demo") < head.index("## ")
