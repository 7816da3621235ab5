"""The second scanned holdout is complete, image-only, page-true and rebuilds byte for byte."""

from __future__ import annotations

import csv
import importlib
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType

import numpy as np
import pypdfium2 as pdfium
import pytest

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = ROOT / "samples"
OUT = SAMPLES / "scanned_holdout2"
MAX_BYTES = 14_000_000


@pytest.fixture(scope="module")
def build() -> Iterator[ModuleType]:
    """The build module; `samples` is a folder of the repository, not an installed package."""
    with pytest.MonkeyPatch.context() as patch:
        patch.syspath_prepend(str(ROOT))
        yield importlib.import_module("samples.scanned_holdout2.build")


def printed_pages(truth: Path) -> int:
    """The page count the truth's documents.csv states."""
    with (truth / "documents.csv").open(encoding="utf-8") as handle:
        return int(next(csv.DictReader(handle))["pages"])


def test_every_scan_matches_its_truth_and_source_pages(build: ModuleType) -> None:
    profiles = build.PROFILES
    stems = {profile.stem for profile in profiles}
    assert {path.stem for path in (OUT / "pdf").glob("*.pdf")} == stems
    assert {path.name for path in (OUT / "truth").iterdir()} == stems
    for profile in profiles:
        scan = pdfium.PdfDocument(OUT / "pdf" / f"{profile.stem}.pdf")
        source = pdfium.PdfDocument(SAMPLES / profile.scan.source / "pdf" / f"{profile.stem}.pdf")
        assert len(scan) == len(source) == printed_pages(OUT / "truth" / profile.stem)
        turned = dict(profile.scan.turned)
        for index in range(len(scan)):
            width, height = source[index].get_size()
            expected = (height, width) if turned.get(index, 0) % 180 else (width, height)
            assert scan[index].get_size() == pytest.approx(expected, abs=0.001)
            assert scan[index].get_textpage().count_chars() == 0  # image only


def test_truth_is_the_holdouts_truth_unchanged(build: ModuleType) -> None:
    for profile in build.PROFILES:
        source = SAMPLES / profile.scan.source / "truth" / profile.stem
        copied = OUT / "truth" / profile.stem
        names = sorted(path.name for path in source.iterdir())
        assert sorted(path.name for path in copied.iterdir()) == names
        for name in names:
            assert (copied / name).read_bytes() == (source / name).read_bytes()


def test_set_stays_within_its_size_budget() -> None:
    assert sum(path.stat().st_size for path in (OUT / "pdf").glob("*.pdf")) <= MAX_BYTES


def test_rebuilding_a_document_gives_the_same_bytes(build: ModuleType, tmp_path: Path) -> None:
    profile = min(build.PROFILES, key=lambda p: (OUT / "pdf" / f"{p.stem}.pdf").stat().st_size)
    (tmp_path / "pdf").mkdir()
    (tmp_path / "truth").mkdir()
    rebuilt = build.scan_document(profile, tmp_path)
    assert rebuilt.read_bytes() == (OUT / "pdf" / f"{profile.stem}.pdf").read_bytes()


def test_last_row_is_the_lowest_wide_line_not_the_signature(build: ModuleType) -> None:
    last_row_y = build.last_row_y
    page = np.ones((1000, 800, 3), np.float32)
    page[200:204, 50:750] = 0.0  # table rule
    page[400:410, 60:700] = 0.0  # last table row, spanning the columns
    page[600:610, 500:700] = 0.0  # signature block: one narrow column
    assert last_row_y(page) == 409
    page[400:410, 60:700] = 1.0
    page[200:204, 50:750] = 1.0
    assert last_row_y(page) is None  # only the signature block is left
    assert last_row_y(np.ones((100, 100, 3), np.float32)) is None
