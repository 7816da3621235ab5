"""OCR amounts checked against the sums the table prints (extract/families/totals.py)."""

from __future__ import annotations

from rencana.extract.families.totals import disputed_amounts


def _rows(*amounts: tuple[int, int | None, int | None]) -> list[dict]:
    """Rows of one year from (row_no, parent_row_no, budget)."""
    return [{"row_no": n, "parent_row_no": p, "year": 2027, "budget_idr": b}
            for n, p, b in amounts]


def test_a_misread_item_is_disputed_with_its_parent_unless_another_sum_confirms_it():
    rows = _rows((1, None, 300), (2, 1, 200), (3, 2, 120), (4, 2, 80), (5, 1, 100),
                 (6, 5, 60), (7, 5, 90))  # 7 misread: 60 + 90 != 100
    # rows 6 and 7 (indexes 5, 6) are disputed; row 5 is confirmed by 300 = 200 + 100
    assert disputed_amounts(rows, "budget_idr") == {5, 6}


def test_sums_that_hold_confirm_every_amount():
    rows = _rows((1, None, 300), (2, 1, 200), (3, 1, 100), (4, 3, 60), (5, 3, 40))
    assert disputed_amounts(rows, "budget_idr") == set()


def test_a_table_whose_parents_are_mostly_no_sums_is_left_as_read():
    rows = _rows((1, None, 999), (2, 1, 200), (3, 1, 100))
    assert disputed_amounts(rows, "budget_idr") == set()
    rows += _rows((4, None, 50), (5, 4, 50))  # one sum holds, one does not: no majority
    assert disputed_amounts(rows, "budget_idr") == set()


def test_a_missing_amount_or_another_year_makes_no_sum():
    rows = _rows((1, None, 300), (2, 1, 200), (3, 1, None), (4, 2, 150), (5, 2, 50))
    rows.append({"row_no": 1, "parent_row_no": None, "year": 2028, "budget_idr": 7})
    assert disputed_amounts(rows, "budget_idr") == set()


def test_a_misread_level_still_reads_as_totals_each_followed_by_its_items():
    # row 4 is a program read as a kegiatan: 300 = 200 + 100 and 50 = 30 + 20 both hold
    rows = _rows((1, None, 300), (2, 1, 200), (3, 1, 100), (4, 1, 50), (5, 1, 30), (6, 1, 20),
                 (7, None, 10), (8, 7, 10), (9, None, 40), (10, 9, 40))
    assert disputed_amounts(rows, "budget_idr") == set()
    rows[4]["budget_idr"] = 35  # and a misread among them is still caught
    assert disputed_amounts(rows, "budget_idr") == {3, 4, 5}


def test_the_one_amount_a_misread_digit_away_is_the_only_one_dropped():
    m = 1_000_000
    rows = _rows((1, None, 300 * m), (2, 1, 200 * m), (3, 2, 120 * m), (4, 2, 80 * m),
                 (5, 1, 100 * m), (6, 5, 40 * m), (7, 5, 68 * m))  # 60 read as 68
    assert disputed_amounts(rows, "budget_idr") == {6}


def test_a_misread_digit_under_a_top_level_total_costs_only_its_suspects():
    k = 1_000
    rows = _rows((1, None, 391_440 * k), (2, 1, 5_000 * k), (3, 1, 5_900 * k + 600),
                 (4, 1, 50_000 * k), (5, 1, 330_540 * k), (6, None, 60 * k), (7, 6, 60 * k),
                 (8, None, 70 * k), (9, 8, 70 * k))  # 5.900.000 read 5.900.600
    assert disputed_amounts(rows, "budget_idr") == {0, 2}


def test_an_item_over_its_confirmed_total_is_disputed_though_a_sibling_is_unread():
    rows = _rows((1, None, 300), (2, 1, 200), (3, 1, 100),
                 (4, 3, 20), (5, 3, 180), (6, 3, None),  # 180 > 100: misread
                 (7, 2, 150), (8, 2, 50))
    assert disputed_amounts(rows, "budget_idr") == {4}
    unconfirmed = _rows((1, None, 100), (2, 1, 20), (3, 1, 180), (4, 1, None),
                        (5, None, 90), (6, 5, 90))
    assert disputed_amounts(unconfirmed, "budget_idr") == set()  # 100 may be the misread


def test_an_amount_read_two_ways_takes_the_reading_the_printed_sums_add_up_with():
    from rencana.extract.families.totals import settled_by_sums

    rows = _rows((1, None, None), (2, 1, 200), (3, 1, None),  # 1 and 3 read two ways
                 (4, 3, 60), (5, 3, 40), (6, None, 90), (7, 6, 90))
    readings = {0: [309, 300], 2: [100, 190]}
    assert settled_by_sums(rows, "budget_idr", readings) == {0: 300, 2: 100}
    # a total equal to its one item, both read the same two ways: either choice adds up
    same = _rows((1, None, None), (2, 1, None), (3, None, 50), (4, 3, 50))
    assert settled_by_sums(same, "budget_idr", {0: [70, 80], 1: [70, 80]}) == {}
    # a table whose parents print no sums settles nothing
    own = _rows((1, None, None), (2, 1, 200), (3, 1, 100), (4, None, 999), (5, 4, 1))
    assert settled_by_sums(own, "budget_idr", {0: [300, 390]}) == {}
