"""Quarter schedule marks."""

from pathlib import Path

import pytest

from rencana.normalize.marks import is_mark, numeric_schedule, parse_mark
from rencana.normalize.numbers import parse_quantity


@pytest.mark.parametrize("raw", ["v", "V", "√", "✓", "✔", "x", "X", " v ", "V\n"])
def test_marks_are_true(raw):
    assert parse_mark(raw) is True
    assert is_mark(raw)


@pytest.mark.parametrize("raw", [None, "", "  ", "-", "–"])
def test_blank_and_dash_are_false_marks(raw):
    assert parse_mark(raw) is False
    assert is_mark(raw)


@pytest.mark.parametrize("raw", ["88%", "1", "vv", "v v", "Rapat-rapat koordinasi", "y", "ok"])
def test_other_text_is_not_a_mark(raw):
    """Unknown text is not read as planned: the cell is flagged by is_mark instead."""
    assert parse_mark(raw) is False
    assert not is_mark(raw)


def test_schedule_columns_of_the_rencana_aksi_seed_are_marks():
    """In seed 000 (16-column Rencana Aksi), every aksi row with a volume (column 12)
    carries marks or blanks in TW I–IV (columns 13–16) and is planned in some quarter."""
    source = Path(__file__).resolve().parent.parent / "samples" / "source"
    text = (source / "000_65aacf79f57789bc.txt").read_text(encoding="utf-8")
    rows = [line.split("\t") for line in text.splitlines()]
    aksi_rows = [r for r in rows if len(r) >= 16 and parse_quantity(r[11]).unit is not None]
    assert len(aksi_rows) > 80
    for row in aksi_rows:
        quarters = row[12:16]
        assert all(is_mark(cell) for cell in quarters), row
        assert any(parse_mark(cell) for cell in quarters), row


def test_a_schedule_of_ones_and_blanks_is_read_as_flags_but_other_numbers_are_not():
    assert numeric_schedule(["1", "", "1", "0", "-"])
    assert not numeric_schedule(["1", "2", ""])  # counts per quarter, not flags
    assert not numeric_schedule(["", "v", "-"])  # nothing printed as a number
    assert not numeric_schedule(["1", "1 Dokumen"])
