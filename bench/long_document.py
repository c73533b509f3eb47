"""Peak memory of one long document against the same text as many documents.

    python bench/long_document.py ../shared/corpora/bbc_news/articles.jsonl --chars 1170000

Writes the first articles of the corpus (until ``--chars`` characters) once as a single
text file (articles separated by a blank line) and once as JSONL (one article per line),
builds each with ``kgbuilder build`` in a fresh process and prints the wall time and peak
RSS of each (the process's ``ru_maxrss``).
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
import time
from pathlib import Path

KGBUILDER = Path(sys.executable).with_name("kgbuilder")


def measure(source: Path, out: Path) -> tuple[float, float]:
    """(seconds, peak RSS in MiB) of ``kgbuilder build source --out out``."""
    started = time.perf_counter()
    code = (f"import resource, subprocess, sys; subprocess.run([{str(KGBUILDER)!r}, 'build', "
            f"{str(source)!r}, '--out', {str(out)!r}, '--quiet'], check=True); "
            "print(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)")
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                            check=True)
    return time.perf_counter() - started, int(result.stdout.split()[-1]) / 1024


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("corpus", type=Path)
    parser.add_argument("--chars", type=int, default=1_170_000)
    args = parser.parse_args()
    texts: list[str] = []
    with open(args.corpus, encoding="utf-8") as handle:
        for line in handle:
            texts.append(json.loads(line)["text"])
            if sum(map(len, texts)) >= args.chars:
                break
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        single, many = folder / "long.txt", folder / "many.jsonl"
        single.write_text("\n\n".join(texts), encoding="utf-8")
        many.write_text("".join(json.dumps({"id": f"a{i}", "text": t}) + "\n"
                                for i, t in enumerate(texts)), encoding="utf-8")
        print(f"{len(texts)} articles, {sum(map(len, texts)):,} characters")
        for name, source in (("one document", single), ("many documents", many)):
            seconds, peak = measure(source, folder / f"out-{source.stem}")
            print(f"{name:15} {seconds:7.1f} s  peak RSS {peak:,.0f} MiB")


if __name__ == "__main__":
    main()
