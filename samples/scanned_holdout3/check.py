"""Check the built set against its digital twins (``python -m samples.scanned_holdout3.check``).

Cheap guards a rebuild can break without anyone looking at the pages: every profile has
a PDF and a truth folder and nothing else is there, each scan has its twin's page count
(the truth's `pages` too) and page sizes, no page carries a text layer, the truth is a
byte copy of the twin's, and the set stays within its size budget.
"""

from __future__ import annotations

import csv
import importlib
import sys
from collections.abc import Sequence
from pathlib import Path

import pypdfium2 as pdfium

from samples.scanned_holdout3.build import OUT, SAMPLES
from samples.scanned_holdout3.profiles import PROFILES, Profile

MAX_BYTES = 12_000_000


def truth_pages(truth: Path) -> int:
    """The page count the truth's documents.csv states."""
    with (truth / "documents.csv").open(encoding="utf-8") as handle:
        return int(next(csv.DictReader(handle))["pages"])


def problems(profile: Profile, out: Path = OUT) -> list[str]:
    """What is wrong with one document's scan (in ``out``) and truth copy (empty when all
    holds)."""
    source, stem = profile.scan.source, profile.stem
    scan = pdfium.PdfDocument(out / "pdf" / f"{stem}.pdf")
    twin = pdfium.PdfDocument(SAMPLES / source / "pdf" / f"{stem}.pdf")
    found = []
    if not len(scan) == len(twin) == truth_pages(out / "truth" / stem):
        found.append(f"{stem}: {len(scan)} pages, twin {len(twin)}")
    for index in range(min(len(scan), len(twin))):
        if not any(_same_size(scan[index].get_size(), size)
                   for size in (twin[index].get_size(), twin[index].get_size()[::-1])):
            found.append(f"{stem} page {index + 1}: size differs from the twin")
        if scan[index].get_textpage().count_chars():
            found.append(f"{stem} page {index + 1}: has a text layer")
    original = SAMPLES / source / "truth" / stem
    for path in original.iterdir():
        if (out / "truth" / stem / path.name).read_bytes() != path.read_bytes():
            found.append(f"{stem}: truth {path.name} differs from the twin's")
    return found


def _same_size(a: Sequence[float], b: Sequence[float]) -> bool:
    """Equal page sizes; a sheet fed turned a quarter has its twin's size turned."""
    return all(abs(x - y) <= 0.001 for x, y in zip(a, b, strict=True))


def check_package(package: str, max_bytes: int) -> None:
    """:func:`check_set` on the set of ``package`` (its ``build.OUT`` and
    ``profiles.PROFILES``): the later scanned sets' ``check`` modules call this."""
    build = importlib.import_module(f"{package}.build")
    check_set(build.OUT, importlib.import_module(f"{package}.profiles").PROFILES, max_bytes)


def check_set(out: Path, profiles: Sequence[Profile], max_bytes: int) -> None:
    """Print every problem of the set built in ``out`` and exit non-zero if there is any
    (later scanned sets run these checks on their own folder, profiles and budget)."""
    stems = {profile.stem for profile in profiles}
    found = [message for profile in profiles for message in problems(profile, out)]
    if {path.stem for path in (out / "pdf").glob("*.pdf")} != stems:
        found.append("pdf/ does not hold exactly one PDF per profile")
    if {path.name for path in (out / "truth").iterdir()} != stems:
        found.append("truth/ does not hold exactly one folder per profile")
    size = sum(path.stat().st_size for path in (out / "pdf").glob("*.pdf"))
    if size > max_bytes:
        found.append(f"set is {size / 1e6:.2f} MB, budget {max_bytes / 1e6:.0f} MB")
    print("\n".join(found) or f"ok: {len(profiles)} documents, {size / 1e6:.2f} MB")
    sys.exit(1 if found else 0)


def main() -> None:
    """Check this set."""
    check_set(OUT, PROFILES, MAX_BYTES)


if __name__ == "__main__":
    main()
