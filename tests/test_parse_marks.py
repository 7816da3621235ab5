"""Quarter schedule marks."""

from pathlib import Path

import pytest

from rencana.normalize.marks import is_mark, parse_mark, planned_value, value_schedule
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


def test_a_schedule_printing_values_marks_the_quarters_with_a_non_zero_value():
    assert value_schedule(["1", "", "1", "0", "-"])
    assert value_schedule(["25%", "50%", "", "1 Kali", "v"])
    assert not value_schedule(["", "v", "-"])  # ticks only: nothing to read as a value
    assert not value_schedule(["1", "Rapat koordinasi"])  # text in a schedule cell
    assert [planned_value(t) for t in ("1", "0", "25%", "2 Kali", "", "0%")] == [
        True, False, True, True, False, False]
