"""Regenerate graph/data/first_names.tsv from the names-dataset package (MIT licence).

names-dataset (https://github.com/philipperemy/name-dataset, v3.3.1) counts first names
by country and gender. We keep the names ranked in the top RANK of at least one country
whose share for one gender is at least SHARE, and ship only ``name<TAB>M|F``: pronoun
resolution reads it offline, without the 25 MB pickle.

    pip install names-dataset==3.3.1 && python scripts/make_first_names.py
"""

from __future__ import annotations

import gzip
import pickle
from importlib.resources import files
from pathlib import Path

RANK = 1500
SHARE = 0.9
OUT = Path(__file__).resolve().parent.parent / "graph" / "data" / "first_names.tsv"


def main() -> None:
    source = files("names_dataset") / "v3" / "first_names.pkl.gz"
    with gzip.open(str(source)) as handle:
        table = pickle.load(handle)
    rows = []
    for name, info in table.items():
        ranks, gender = info.get("rank") or {}, info.get("gender") or {}
        if not ranks or min(ranks.values()) > RANK or not name.isalpha():
            continue
        for sex in ("M", "F"):
            if (gender.get(sex) or 0) >= SHARE:
                rows.append(f"{name}\t{sex}")
    header = ("# first name -> gender (M/F), from names-dataset 3.3.1 (MIT licence,\n"
              "# github.com/philipperemy/name-dataset): names in a country's top "
              f"{RANK} with a gender share >= {SHARE}.\n"
              "# Regenerate: scripts/make_first_names.py\n")
    OUT.write_text(header + "\n".join(sorted(rows)) + "\n", encoding="utf-8")
    print(f"{len(rows)} names -> {OUT}")


if __name__ == "__main__":
    main()
