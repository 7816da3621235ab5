"""Stitching tables that run over several pages into one table.

A continuation is recognised by what a reader sees: it is the first table at the top of
the next page, it has the same columns, it either repeats the header (then the repeated
header and column-number rows are dropped) or starts straight with data, and nothing new is
printed above it (a new title block above means a new table, even with an identical header;
a running page header that was already above the first part does not).
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace

from rapidfuzz import fuzz

from rencana.extract.header import Header, composite_label, find_header
from rencana.normalize.marks import is_mark
from rencana.normalize.money import value_lines
from rencana.normalize.numbers import is_column_number_row, looks_like_value
from rencana.normalize.text import clean_cell, fold, is_page_footer, lone_symbol
from rencana.records import Cell, RawTable

FRAGMENT_FILL = 1.5
"""A cell is filled to its lower border when less than this many line heights remain."""
HEADER_SIMILARITY = 90
"""rapidfuzz ratio above which a continuation's header repeats the first page's."""
_CONTINUED = re.compile(r"^(lanjutan|sambungan)\b|\blanjutan$")
_BARE_PAGE_NUMBER = re.compile(r"^[ivxlc\d]+$")
"""A page number standing alone ("- 4 -" once folded): above a table it is no caption."""
_CAPTION = re.compile(r"^(tabel|table|lampiran|bab|gambar|matriks)\b")
MIN_TITLE_LETTERS = 4
_LOWER_CASE_OPENING = re.compile(r"^[^\w]*[a-z]")
"""A caption or heading opens with a capital or a number; a line opening in lower case is
a reader's margin note ("cek lagi", "sdh cek") or the tail of a sentence."""


@dataclass(frozen=True)
class StitchedTable:
    """A table after stitching, with its header (the header rows are still its first rows)
    and the other readings of that header repeated over later pages, band for band alike
    (a scan reads each page's copy with other misreadings: "Rencana Iksi" on one,
    "Rencana Aksi" on the next; a text layer repeats it word for word)."""

    table: RawTable
    header: Header
    repeats: tuple[Header, ...] = ()


def _context_lines(table: RawTable) -> set[str]:
    """Folded text lines above a table, without page numbers, without a caption that
    announces a continuation ("Lanjutan Tabel 4.1", "Tabel 4.1 (lanjutan)") and without
    lines opening in lower case: a note written on a copy is no new table's caption."""
    lines = {fold(line) for line in table.context if not _LOWER_CASE_OPENING.match(line)}
    return {line for line in lines
            if line and not is_page_footer(line) and not _BARE_PAGE_NUMBER.match(line)
            and not _CONTINUED.search(line)}


def _new_lines(nxt: RawTable, prev: StitchedTable) -> set[str]:
    """Context lines of ``nxt`` that are not spilled text of ``prev``'s cells; on a scan,
    only those that could announce a table (:func:`_announces_table`)."""
    spilled = _spilled(prev)
    lines = _context_lines(nxt)
    if nxt.method.startswith("ocr"):
        lines &= {fold(line) for line in nxt.context if _announces_table(line)}
    return {line for line in lines if not set(line.split()) <= spilled}


def _announces_table(line: str) -> bool:
    """Could a line read above a scanned table announce a new one: a caption ("Tabel
    3.2 …"), a title in capitals, or a label and its value ("Sasaran Strategis : …")?
    What else a scan shows there is no title: the edge of the next sheet stuck to the
    page (the tail of its table's rows), a note, specks read as "0. - -"."""
    letters = [ch for ch in line if ch.isalpha()]
    return bool(_CAPTION.match(fold(line))) or ":" in line or (
        len(letters) >= MIN_TITLE_LETTERS and "".join(letters).isupper())


def _spilled(prev: StitchedTable) -> set[str]:
    """Words of the table's body: text above a continuation made only of them is a merged
    cell's text that a spreadsheet repeats above the next page, not a new title."""
    table = prev.table
    last_page = table.row_pages[-1]
    words: set[str] = set()
    for cell in table.cells:  # the merged cells still open at the page end
        if cell.row >= prev.header.n_rows and table.row_pages[cell.row] == last_page:
            words.update(fold(cell.text).split())
    return words


def _same_header(a: Header, b: Header) -> bool:
    """Repeated headers match, allowing a word lost or wrapped differently on one page."""
    if len(a.rows) != len(b.rows):
        return False
    return fuzz.ratio(_joined(a), _joined(b)) >= HEADER_SIMILARITY


def _joined(header: Header) -> str:
    return " | ".join(" | ".join(row) for row in header.rows)


def _by_column(rows: Sequence[Sequence[str]]) -> str:
    """The header rows' texts joined column by column, top to bottom."""
    return " | ".join(composite_label([row[c] for row in rows]) for c in range(len(rows[0])))


def _body_cells(table: RawTable, skip_rows: int, row_offset: int) -> list[Cell]:
    """Cells of ``table`` below ``skip_rows``, renumbered to start at ``row_offset``."""
    out = []
    for cell in table.cells:
        if cell.row + cell.rowspan <= skip_rows:
            continue
        if cell.row < skip_rows:  # a span that starts in the header and runs into the body
            cell = replace(cell, row=skip_rows, rowspan=cell.rowspan - (skip_rows - cell.row))
        out.append(replace(cell, row=cell.row - skip_rows + row_offset))
    return out


def _continuation_skip(prev: StitchedTable, nxt: RawTable, known: set[str]) -> int | None:
    """Header rows to drop if ``nxt`` continues ``prev``, else None."""
    if nxt.n_cols != prev.table.n_cols or nxt.page != prev.table.row_pages[-1] + 1:
        return None
    if not _new_lines(nxt, prev) <= known:
        return None
    spill = _spill_rows(prev, nxt)
    repeated = _repeated_header_rows(prev.header, nxt, spill)
    if repeated is not None:
        return repeated
    header = find_header(nxt)
    if header.n_rows and _same_header(header, prev.header):
        return header.n_rows
    if header.has_number_row and prev.header.has_number_row:
        # The column-number row ("1 2 3 … 16") repeats exactly even when text of a merged
        # cell broken over the page overprints the repeated header labels.
        return header.n_rows
    if header.has_number_row and header.n_rows == 1:
        return 1
    first_row = tuple(fold(t) for t in nxt.grid()[0])
    if prev.header.rows and first_row == prev.header.rows[0]:
        return None  # a repeated header that does not match exactly: another table
    return 0


def _spill_rows(prev: StitchedTable, nxt: RawTable) -> int:
    """Leading rows of ``nxt`` made only of words of the merged cells still open at the
    end of ``prev`` (a spreadsheet prints such a cell's text again above the repeated
    header): a repeat, not content."""
    spilled = _spilled(prev)
    grid = nxt.grid(spread_spans=False)
    count = 0
    while count < len(grid) - 1:
        words = set(fold(" ".join(grid[count])).split())
        if not words or not words <= spilled:
            break
        count += 1
    return count


def _repeated_header_rows(header: Header, nxt: RawTable, skip: int = 0) -> int | None:
    """How many leading rows of ``nxt`` (after ``skip`` spilled rows) repeat ``header``
    (label rows, then the number row where the first part had one), or None. Read from
    the first part's header, not ``nxt``'s own: a fragment of a row broken over the page,
    printed right under the repeated header, looks like one more header row."""
    k = len(header.rows)
    if not k or nxt.n_rows <= 1 + skip:
        return None
    grid = [[fold(clean_cell(t)) for t in row] for row in nxt.grid()[skip:]]
    if len(grid) <= k or fuzz.ratio(" | ".join(" | ".join(r) for r in grid[:k]),
                                    _joined(header)) < HEADER_SIMILARITY:
        # A label's lines parted into rows of their own on one page and not on the other
        # (the layout reader of a scan sees "Indikator Kegiatan / Sub" over "Kegiatan" as
        # two levels where the lines lie a little further apart): each column's whole
        # label is compared.
        whole = _by_column(header.rows)
        k = next((j for j in range(1, min(k + 2, len(grid))) if j != k and fuzz.ratio(
            _by_column(grid[:j]), whole) >= HEADER_SIMILARITY), 0)
        if not k:
            return None
    if header.has_number_row:
        numbered = _repeated_number_row([clean_cell(t) for t in grid[k]])
        return skip + k + 1 if numbered else None
    return skip + k


def _repeated_number_row(cells: list[str]) -> bool:
    """Is the row under a repeated header's labels its column-number row? Under labels
    that match, a scan's specks and lost numbers ("1 :", "2.", "✓", "") do not make it
    a body row: with no word in it, half its printed cells holding their own column's
    number is enough."""
    if is_column_number_row(cells):
        return True
    printed = [(k, text) for k, text in enumerate(cells, start=1) if text]
    placed = sum(re.sub(r"\D", "", text) == str(k) for k, text in printed)
    return (not any(re.search(r"[^\W\d_]{2}", text) for _, text in printed)
            and placed >= max(3, len(printed) / 2))


def _row_cells(table: RawTable, row: int) -> dict[int, Cell]:
    """Non-empty cells anchored in a row, by column."""
    return {c.col: c for c in table.cells if c.row == row and c.text.strip()}


def _covering_cells(table: RawTable, row: int) -> dict[int, Cell]:
    """Non-empty cells that cover a row (anchored in it or merged down into it)."""
    return {c.col: c for c in table.cells
            if c.row <= row < c.row + c.rowspan and c.text.strip()}


def _is_row_fragment(prev: RawTable, nxt: RawTable, skip: int,
                     known_name: Callable[[str], object] | None) -> bool:
    """Is the first body row of ``nxt`` the rest of a row that broke across the page?

    Word and LibreOffice let a row break across pages by default: the cells that did not
    fit continue at the top of the next page as a row of their own. Such a row holds only
    prose (no amount, percentage or mark), only in columns where the last row above has
    text, and each of those cells above is filled to its lower border; only a list of
    values going on under a list of values (:func:`_value_list`) may come along. A cell that is a
    whole nomenclature name by itself (``known_name``) under a cell that is one too
    starts a real row instead ("PEMBERDAYAAN SOSIAL" under "PROGRAM" is the rest of it).
    """
    if skip >= nxt.n_rows or not prev.n_rows:
        return False
    last = _covering_cells(prev, prev.n_rows - 1)
    # A lone symbol (a speck read "%" at the top of a scanned page) tells nothing either
    # way; :func:`_join_fragment` does not run it on from words.
    first = {col: c for col, c in _row_cells(nxt, skip).items() if not lone_symbol(c.text)}
    if not first or not set(first) <= set(last):
        return False
    listed = {col for col in first if _value_list(last[col].text)}
    prose = {col: c for col, c in first.items() if col not in listed}
    if not prose or any(looks_like_value(c.text) or is_mark(c.text) for c in prose.values()):
        return False
    if known_name and any(known_name(clean_cell(c.text)) and known_name(clean_cell(
            last[col].text)) for col, c in prose.items()):
        return False
    return all(_filled_to_border(last[col]) for col in prose)


def _filled_to_border(cell: Cell) -> bool:
    """Does the cell's text reach its lower border (less than FRAGMENT_FILL lines left)?
    Text cut by a page break does; a finished text rarely does, unless its row's height is
    its own."""
    if cell.bbox is None or cell.text_bottom is None:
        return False
    line = max(cell.text_bottom - (cell.paragraph_tops or (cell.text_bottom,))[-1], 1.0)
    return cell.bbox[3] - cell.text_bottom <= FRAGMENT_FILL * line


def _value_list(text: str) -> bool:
    """Is a cell a list of values, one per line ("Rp 1.000,-", "-", "Rp 2.500,-")? A
    packed row's amounts list goes on over the page beside its prose, printed line under
    line (not level with their items), so its cell above is not filled to its border."""
    lines = value_lines(text)
    return lines is not None and len(lines) >= 2


def _continued_merges(prev: RawTable, nxt: RawTable, skip: int) -> set[int]:
    """Columns whose merged cell runs on from the previous page.

    A word processor prints a merged cell's text only on its first page; the rows it
    spans on the next page show an empty merged cell. An empty cell spanning two rows or
    more at the top of the body, under a column whose last row above has text, is that
    cell going on (a "Lokasi" merged over a program's rows) — unless a cell to its left
    opens a new group over as many rows there (a new kegiatan whose target is blank).
    An empty cell of one row goes on only where its row prints the key of the group the
    merged cell spans (:func:`_group_key`): a row of its own is as often a level whose
    cell is blank. A merged cell whose text did not fit goes on with the rest of it
    (:func:`_continued_texts`)."""
    last = _covering_cells(prev, prev.n_rows - 1)
    top = [c for c in nxt.cells if c.row == skip]
    blank = [c for c in top if not c.text.strip() and c.col in last]
    empty = {c.col for c in blank if c.rowspan >= 2}
    tails = _continued_texts(top, last, empty)
    row = {c.col: c.text.strip() for c in top}
    return tails | {c.col for c in blank
                    if (c.col in empty
                        and not any(d.col < c.col and d.rowspan >= c.rowspan and d.text.strip()
                                    and d.col not in tails for d in top))
                    or _in_group(row, _group_key(prev, last[c.col]))}


def _group_key(table: RawTable, merged: Cell) -> dict[int, str]:
    """What every row a merged cell spans prints alike, each in a cell of its own, left of
    it: the codes of the group it was merged over ("1", "06", "04" over a program's
    kegiatan and sub kegiatan rows). Empty for a cell of one row, which shows no group."""
    rows = range(merged.row, merged.row + merged.rowspan)
    if len(rows) < 2:
        return {}
    by_col: dict[int, list[str]] = defaultdict(list)
    for c in table.cells:
        if c.row in rows and c.col < merged.col and c.rowspan == 1:
            by_col[c.col].append(c.text.strip())
    return {col: texts[0] for col, texts in by_col.items()
            if len(texts) == len(rows) and texts[0] and len(set(texts)) == 1}


def _in_group(row: dict[int, str], key: dict[int, str]) -> bool:
    """Does a row print a group's whole key (:func:`_group_key`)?"""
    return bool(key) and all(row.get(col) == text for col, text in key.items())


def _continued_texts(top: list[Cell], last: dict[int, Cell], empty: set[int]) -> set[int]:
    """Columns whose merged cell's text runs on at the top of the next page.

    Word and LibreOffice flow a vertically merged cell's text down the rows it spans, over
    the page break too: the rest of it heads the next page in a merged cell beside the new
    rows of deeper levels ("Persentase PPKS yang" / "mendapatkan perlindungan …"). Such a
    cell is prose starting in lower case (the middle of a phrase: a name or an indicator
    starts with a capital), under a cell filled to its lower border, and spans the same
    rows as an empty cell beside it that continues a merge (the rest of its group: a
    target printed whole above)."""
    spans = {c.rowspan for c in top if c.col in empty}
    return {c.col for c in top
            if c.rowspan in spans and c.col in last and c.text.strip()[:1].islower()
            and not looks_like_value(c.text) and not is_mark(c.text)
            and _filled_to_border(last[c.col])}


def _run_on(cells: list[Cell], body: list[Cell], first_row: int, cols: set[int]
            ) -> tuple[list[Cell], list[Cell]]:
    """The previous part's cells with each merged cell in ``cols`` spanning on over the
    cell that continues it at ``first_row`` (empty, or with the rest of its text), and the
    body without that cell: one merged cell across the page break, as if printed on one
    page."""
    going_on = {c.col: c for c in body if c.row == first_row and c.col in cols}
    last = {c.col: c for c in cells
            if c.col in going_on and c.row < first_row <= c.row + c.rowspan and c.text.strip()}
    cells = [replace(c, rowspan=c.rowspan + going_on[c.col].rowspan,
                     text="\n".join(t for t in (c.text, going_on[c.col].text) if t.strip()))
             if last.get(c.col) is c else c for c in cells]
    body = [c for c in body if not (c.col in last and going_on.get(c.col) is c)]
    return cells, body


def _join_fragment(prev: StitchedTable, nxt: RawTable, skip: int
                   ) -> tuple[StitchedTable, RawTable, int]:
    """Append the fragment's texts to the row above and drop the fragment row. A lone
    symbol does not run on from words (a speck read "%" at the top of a scanned page would
    end a merged name on every row it spans)."""
    above = _covering_cells(prev.table, prev.table.n_rows - 1)
    first = _row_cells(nxt, skip)
    cells = [replace(c, text=f"{c.text}\n{first[c.col].text}")
             if c.col in first and above.get(c.col) is c
             and not (lone_symbol(first[c.col].text) and any(ch.isalpha() for ch in c.text))
             else c for c in prev.table.cells]
    merged = prev.table.with_rows(cells, prev.table.n_rows, list(prev.table.row_pages))
    rest = [c for c in nxt.cells if not (c.row == skip and c.col in first)]
    return StitchedTable(merged, prev.header), replace(nxt, cells=tuple(rest)), skip + 1


def _shared_key_columns(left: RawTable, right: RawTable, first: int) -> int:
    """How many leading columns the two tables print identically on every body row."""
    a = [[clean_cell(t) for t in row] for row in left.grid()[first:]]
    b = [[clean_cell(t) for t in row] for row in right.grid()[first:]]
    k = 0
    while (k < min(left.n_cols, right.n_cols) - 1
           and all(ra[k] == rb[k] for ra, rb in zip(a, b, strict=True))
           and sum(bool(r[k]) for r in a) * 2 > len(a)):
        k += 1
    return k


def _right_half(left: RawTable, right: RawTable) -> int | None:
    """Key columns repeated when ``right`` is the right half of ``left``: a table too wide
    for the page printed "across then down", its code and name columns repeated as print
    titles on the next page beside the remaining columns, row for row."""
    if right.page != left.page + 1 or right.n_rows != left.n_rows:
        return None
    head_left, head_right = find_header(left), find_header(right)
    first = head_left.n_rows
    if first == 0 or first != head_right.n_rows or first >= left.n_rows:
        return None
    k = _shared_key_columns(left, right, first)
    # A continuation down the page repeats the whole header; a right half heads other
    # columns. The shared columns must tell the rows apart (not one merged cell).
    keys = {tuple(clean_cell(t) for t in row[:k]) for row in left.grid()[first:]}
    if not k or head_left.labels[k:] == head_right.labels[k:] or len(keys) < 2:
        return None
    return k


def join_halves(tables: list[RawTable]) -> list[RawTable]:
    """Tables printed across then down joined side by side (see :func:`_right_half`);
    the joined table keeps the left half's pages for provenance."""
    out: list[RawTable] = []
    for table in sorted(tables, key=lambda t: (t.page, t.index)):
        prev = out[-1] if out else None
        shared = _right_half(prev, table) if prev and table.index == 1 else None
        if prev is None or shared is None:
            out.append(table)
            continue
        extra = [replace(c, col=c.col - shared + prev.n_cols) for c in table.cells
                 if c.col >= shared]
        out[-1] = replace(prev, n_cols=prev.n_cols + table.n_cols - shared,
                          cells=tuple(sorted([*prev.cells, *extra],
                                             key=lambda c: (c.row, c.col))))
    return out


def stitch(tables: list[RawTable], known_name: Callable[[str], object] | None = None
           ) -> list[StitchedTable]:
    """Merge continuation tables into their first part, in document order.

    ``known_name`` (text → truthy when the text is a complete nomenclature name) keeps a
    real row that starts a page from being read as the rest of the row above it.
    """
    tables = join_halves(tables)
    out: list[StitchedTable] = []
    known: list[set[str]] = []
    # Lines printed above the first table of an earlier page: a running page header
    # ("Rencana Aksi Tahun 2026 - Dinas …") is known above any table's continuation,
    # even one that began below another table, under no such line.
    page_tops: set[str] = set()
    first_on_page: set[tuple[int, int]] = set()
    pages_seen: set[int] = set()
    for table in sorted(tables, key=lambda t: (t.page, t.index)):
        if table.page not in pages_seen:
            pages_seen.add(table.page)
            first_on_page.add((table.page, table.index))
        skip = None
        if out and (table.page, table.index) in first_on_page:
            skip = _continuation_skip(out[-1], table, known[-1] | page_tops)
        if (table.page, table.index) in first_on_page:
            page_tops |= _context_lines(table)
        if skip is None:
            out.append(StitchedTable(table, find_header(table)))
            known.append(_context_lines(table))
            continue
        prev = out[-1]
        continued = _continued_merges(prev.table, table, skip)
        if _is_row_fragment(prev.table, table, skip, known_name):
            prev, table, skip = _join_fragment(prev, table, skip)
        cells, body = _run_on(list(prev.table.cells),
                              _body_cells(table, skip, prev.table.n_rows),
                              prev.table.n_rows, continued)
        added = table.n_rows - skip
        merged = prev.table.with_rows(
            cells + body,
            prev.table.n_rows + added,
            list(prev.table.row_pages) + list(table.row_pages[skip:]),
        )
        repeat = find_header(table) if skip else None
        new_reading = repeat is not None and (repeat.n_rows, repeat.has_number_row) == (
            prev.header.n_rows, prev.header.has_number_row) and repeat.labels not in {
            h.labels for h in (prev.header, *prev.repeats)}
        out[-1] = StitchedTable(merged, prev.header,
                                prev.repeats + ((repeat,) if new_reading else ()))
        known[-1] |= _context_lines(table)
    return out
