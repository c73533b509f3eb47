"""The README's example query outputs, made from the real seed graph.

    python docs/readme_examples.py OUT            # check the README against OUT's graph
    python docs/readme_examples.py OUT --update   # rewrite the README's output blocks

OUT is a folder built like ``make demo`` (``kgbuilder build seeds/ --aliases
seeds/aliases.csv --out OUT``). The test suite runs the same check, so the README's
outputs cannot drift from what kgbuilder prints.
"""

from __future__ import annotations

import argparse
import re
import sys
from pathlib import Path

README = Path(__file__).resolve().parents[1] / "README.md"
CELL = 100  # longer cells are cut to this many characters and "..."
# A ```sparql block, then (after at most a blank line) its ```text output block.
EXAMPLE = re.compile(r"```sparql\n(?P<query>.*?)```\n\n```text\n(?P<output>.*?)```", re.S)


def table(out: Path, query: str) -> str:
    """The output of ``kgbuilder query OUT QUERY`` with long cells cut."""
    from kgbuilder.exports.rdf import prefixes
    from kgbuilder.exports.sparql import (
        QueryResult,
        file_prefixes,
        format_result,
        load_store,
        run_query,
    )

    from kgbuilder.commands import rdf_file

    path = rdf_file(out)
    declared = {**prefixes(), **file_prefixes(path)}
    result = run_query(load_store(path), query, declared)
    rows = [[c if len(c) <= CELL else c[:CELL] + "..." for c in (" ".join(v.split())
                                                                 for v in row)]
            for row in result.rows]
    return format_result(QueryResult(result.variables, rows), "table")


def examples(readme: str) -> list[tuple[str, str]]:
    """(query, output as written) of every README example."""
    return [(m.group("query"), m.group("output")) for m in EXAMPLE.finditer(readme)]


def updated(readme: str, out: Path) -> str:
    """The README with every example's output block made from ``out``."""
    return EXAMPLE.sub(lambda m: f"```sparql\n{m.group('query')}```\n\n```text\n"
                                 f"{table(out, m.group('query'))}```", readme)


def main() -> int:
    args = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    args.add_argument("out", type=Path)
    args.add_argument("--update", action="store_true")
    options = args.parse_args()
    text = README.read_text(encoding="utf-8")
    new = updated(text, options.out)
    if options.update:
        README.write_text(new, encoding="utf-8")
        return 0
    if new != text:
        print("README example outputs differ from the graph; run with --update",
              file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
