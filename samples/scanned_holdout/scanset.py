"""What every scanned set's build shares: saving one scanned document with its truth, and
rebuilding the whole set from its profiles."""

from __future__ import annotations

import shutil
import time
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path
from typing import TypeVar

from samples.scanned_holdout.pdfwrite import ScannedPage, write_pdf

P = TypeVar("P")


def save(pages: Sequence[ScannedPage], stem: str, truth: Path, out: Path) -> Path:
    """Write pdf/<stem>.pdf under ``out`` and copy the digital twin's truth beside it:
    scanning changes pixels, never table content."""
    target = out / "pdf" / f"{stem}.pdf"
    write_pdf(list(pages), target)
    shutil.copytree(truth, out / "truth" / stem)
    return target


def rebuild(out: Path, profiles: Iterable[P], scan: Callable[[P], Path]) -> None:
    """Delete and rewrite pdf/ and truth/ under ``out``, one document per profile, with
    each document's size and time and the set's total."""
    for folder in ("pdf", "truth"):
        shutil.rmtree(out / folder, ignore_errors=True)
        (out / folder).mkdir()
    began = time.perf_counter()
    for profile in profiles:
        start = time.perf_counter()
        target = scan(profile)
        print(f"{target.name}: {target.stat().st_size / 1e6:.2f} MB, "
              f"{time.perf_counter() - start:.1f} s")
    total = sum(path.stat().st_size for path in (out / "pdf").glob("*.pdf"))
    print(f"total: {total / 1e6:.2f} MB, {time.perf_counter() - began:.1f} s")
