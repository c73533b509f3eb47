"""Regenerate graph/data/first_names.tsv from the names-dataset package (MIT licence).

names-dataset (https://github.com/philipperemy/name-dataset, v3.3.1) counts first names
by country and gender. We keep the names ranked in the top RANK of at least one country
whose share for one gender is at least SHARE, and ship only ``name<TAB>M|F``, with a third
column ``s`` for a name whose best rank as a last name is better than its best as a first
name in the English-speaking countries (``Williams``, ``Collins``: alone, such a word is
more likely a surname). Pronoun resolution reads it offline, without the 25 MB pickles.

    pip install names-dataset==3.3.1 && python scripts/make_first_names.py
"""

from __future__ import annotations

import gzip
import pickle
from importlib.resources import files
from pathlib import Path

RANK = 1500
SHARE = 0.9
ENGLISH = ("US", "GB", "CA", "AU", "IE", "NZ", "ZA")  # where the surname test looks
OUT = Path(__file__).resolve().parent.parent / "graph" / "data" / "first_names.tsv"


def main() -> None:
    source = files("names_dataset") / "v3" / "first_names.pkl.gz"
    with gzip.open(str(source)) as handle:
        table = pickle.load(handle)
    with gzip.open(str(files("names_dataset") / "v3" / "last_names.pkl.gz")) as handle:
        last_names = pickle.load(handle)
    rows = []
    for name, info in table.items():
        ranks, gender = info.get("rank") or {}, info.get("gender") or {}
        if not ranks or min(ranks.values()) > RANK or not name.isalpha():
            continue
        as_last = (last_names.get(name) or {}).get("rank") or {}
        surname = min((as_last.get(c, RANK + 1) for c in ENGLISH), default=RANK + 1) \
            < min(ranks.get(c, RANK + 1) for c in ENGLISH)
        for sex in ("M", "F"):
            if (gender.get(sex) or 0) >= SHARE:
                rows.append(f"{name}\t{sex}" + ("\ts" if surname else ""))
    header = ("# first name -> gender (M/F), from names-dataset 3.3.1 (MIT licence,\n"
              "# github.com/philipperemy/name-dataset): names in a country's top "
              f"{RANK} with a gender share >= {SHARE};\n# s: ranked better as a last name than "
              "as a first name in English-speaking countries.\n"
              "# Regenerate: scripts/make_first_names.py\n")
    OUT.write_text(header + "\n".join(sorted(rows)) + "\n", encoding="utf-8")
    print(f"{len(rows)} names -> {OUT}")


if __name__ == "__main__":
    main()
