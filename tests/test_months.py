"""Schedules written by month (normalize/months.py)."""

from __future__ import annotations

import pytest

from rencana.normalize.months import month_number, scheduled_quarters


@pytest.mark.parametrize(("word", "number"), [("Januari", 1), ("Peb", 2), ("Agt", 8),
                                              ("Agustus", 8), ("Oct", 10), ("Des", 12),
                                              ("Juni", 6), ("Juli", 7), ("Rapat", None)])
def test_month_names_and_abbreviations(word: str, number: int | None):
    assert month_number(word) == number


@pytest.mark.parametrize(("text", "quarters"), [
    ("Januari - Maret", (True, False, False, False)),
    ("Juli - Desember", (False, False, True, True)),
    ("April, Oktober", (False, True, False, True)),
    ("Agustus", (False, False, True, False)),
    ("Februari s.d. Mei", (True, True, False, False)),
    ("Maret dan November", (True, False, False, True)),
])
def test_months_written_out_plan_the_quarters_they_fall_in(text, quarters):
    assert scheduled_quarters(text) == quarters


def test_text_naming_no_month_plans_nothing_it_can_tell():
    assert scheduled_quarters("Setiap triwulan") is None
    assert scheduled_quarters("") is None
