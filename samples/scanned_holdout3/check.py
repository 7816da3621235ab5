"""Check the built set against its digital twins (``python -m samples.scanned_holdout3.check``).

Cheap guards a rebuild can break without anyone looking at the pages: every profile has
a PDF and a truth folder and nothing else is there, each scan has its twin's page count
(the truth's `pages` too) and page sizes, no page carries a text layer, the truth is a
byte copy of the twin's, and the set stays within its size budget.
"""

from __future__ import annotations

import csv
import sys
from pathlib import Path

import pypdfium2 as pdfium

from samples.scanned_holdout3.build import OUT, SAMPLES
from samples.scanned_holdout3.profiles import PROFILES, Profile

MAX_BYTES = 12_000_000


def truth_pages(truth: Path) -> int:
    """The page count the truth's documents.csv states."""
    with (truth / "documents.csv").open(encoding="utf-8") as handle:
        return int(next(csv.DictReader(handle))["pages"])


def problems(profile: Profile) -> list[str]:
    """What is wrong with one document's scan and truth copy (empty when all holds)."""
    source, stem = profile.scan.source, profile.stem
    scan = pdfium.PdfDocument(OUT / "pdf" / f"{stem}.pdf")
    twin = pdfium.PdfDocument(SAMPLES / source / "pdf" / f"{stem}.pdf")
    found = []
    if not len(scan) == len(twin) == truth_pages(OUT / "truth" / stem):
        found.append(f"{stem}: {len(scan)} pages, twin {len(twin)}")
    for index in range(min(len(scan), len(twin))):
        if any(
            abs(a - b) > 0.001
            for a, b in zip(scan[index].get_size(), twin[index].get_size(), strict=True)
        ):
            found.append(f"{stem} page {index + 1}: size differs from the twin")
        if scan[index].get_textpage().count_chars():
            found.append(f"{stem} page {index + 1}: has a text layer")
    original = SAMPLES / source / "truth" / stem
    for path in original.iterdir():
        if (OUT / "truth" / stem / path.name).read_bytes() != path.read_bytes():
            found.append(f"{stem}: truth {path.name} differs from the twin's")
    return found


def main() -> None:
    """Print every problem and exit non-zero if there is any."""
    stems = {profile.stem for profile in PROFILES}
    found = [message for profile in PROFILES for message in problems(profile)]
    if {path.stem for path in (OUT / "pdf").glob("*.pdf")} != stems:
        found.append("pdf/ does not hold exactly one PDF per profile")
    if {path.name for path in (OUT / "truth").iterdir()} != stems:
        found.append("truth/ does not hold exactly one folder per profile")
    size = sum(path.stat().st_size for path in (OUT / "pdf").glob("*.pdf"))
    if size > MAX_BYTES:
        found.append(f"set is {size / 1e6:.2f} MB, budget {MAX_BYTES / 1e6:.0f} MB")
    print("\n".join(found) or f"ok: {len(PROFILES)} documents, {size / 1e6:.2f} MB")
    sys.exit(1 if found else 0)


if __name__ == "__main__":
    main()
