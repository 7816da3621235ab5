"""Finding a table's header band and turning it into one label per column.

Planning tables print one to four header rows (group headings such as "PROGRAM" spanning
"NAMA | INDIKATOR | TARGET"), often followed by a column-number row ("1 2 3 … 16"). Families
map columns by the *meaning* of these labels, never by position, so the same family reads
tables whose columns are ordered, worded or subset differently.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from rencana.normalize.months import MONTHS, month_number
from rencana.normalize.numbers import is_column_number_row, looks_like_value
from rencana.normalize.text import clean_cell, fold
from rencana.records import RawTable

MAX_HEADER_ROWS = 5
MAX_HEADER_CELL_WORDS = 12
"""Header cells are short labels; a longer cell is data. Permendagri 86 labels reach ten
words ("Indikator Kinerja Program (Outcome) / Kegiatan dan Sub Kegiatan (Output)")..."""
MAX_LONG_LABEL_WORDS = 20
MIN_LABELLED_CELLS = 4
"""... and its evaluation table's (T-C.29) sixteen ("Realisasi Target Kinerja Hasil Program
dan Keluaran Kegiatan s/d dengan Renja Perangkat Daerah Tahun Lalu (2024)"), in a row
labelling many columns; a long cell in a row of few is data (a merged cell's text a
spreadsheet prints again above the next page's header)."""
SUB_LABEL_CHARS = 4
"""The longest sub-label under a band: "VIII", "Rp", "TW"."""
_ITEM = re.compile(r"sub\s*kegiatan|kegiatan|program|rencana aksi|aksi|sasaran|tujuan")
_BARE = re.compile(
    r"^(nama|uraian|indikator( kinerja)?|target( kinerja)?( tahun)?( (19|20)\d\d)?|satuan|volume)$")
"""Labels that mean nothing alone: a "Target" (or "Target 2027") column is the target of
the item printed to its left (a Rencana Aksi may print four columns all headed "Target")."""
_QUARTER_NUMERALS = frozenset({"i", "ii", "iii", "iv", "1", "2", "3", "4"})
"""Four columns numbered I–IV (or 1–4) under one band are the four quarters."""
QUARTER_BAND = re.compile(r"\b(?:triwulan|tw|trw|kuartal|quarter)\b")
"""A band over the quarter columns names them ("Jadwal Pelaksanaan (Triwulan)", "TW")."""
QUARTERS = ("tw i", "tw ii", "tw iii", "tw iv")
MONTH_QUARTERS = (r"\bjan\w*\b.*\bmar\w*", r"\bapr\w*\b.*\bjun\w*", r"\bjul\w*\b.*\bsep\w*",
                  r"\bo[kc]t\w*\b.*\bdes\w*")
QUARTER_END_MONTHS = (r"mar\w*", r"jun\w*", r"sep\w*", r"de[sc]\w*")
"""A schedule headed by each quarter's closing month ("Maret | Juni | September | Desember")."""
MONTH_QUARTERS_12 = tuple(q for q in QUARTERS for _ in range(3))
_MONTH_BAND = re.compile(r"\bbulan\b")
MIN_MONTHS_NAMED = 10
"""Of twelve month labels this many must be read as their month (OCR garbles a few)."""
SHORT_LABEL = 3
"""A label this short in a run of quarter labels is a garbled one ("ti", "", "il")."""
_ROW_NUMBER = re.compile(r"^(?:\d{1,3}(?:\.\d{1,3})*|[A-Za-z]|[IVX]{1,4})\.?$")
"""A row-numbering cell ("1", "1.1", "A", "IV."): a data row starts with one."""


HEADER_ABBREVIATIONS = {
    "ind": "indikator", "indik": "indikator", "tgt": "target", "trgt": "target",
    "sat": "satuan", "vol": "volume", "keb": "kebutuhan", "sbr": "sumber", "smbr": "sumber",
    "cat": "catatan", "ket": "keterangan", "ketr": "keterangan", "prog": "program",
    "keg": "kegiatan", "subkeg": "sub kegiatan", "ang": "anggaran", "angg": "anggaran",
    "renc": "rencana", "real": "realisasi", "thn": "tahun",
}
"""Words a header abbreviates to fit a narrow column ("IND. KINERJA", "TGT", "SAT.",
"KEB. DANA", "SBR. DANA"): the families match the words written out. Not "th": OCR reads
a blurred "TW I" so, and a garbled quarter label must stay short to be known as one."""


def header_label(text: str) -> str:
    """A header cell's folded text (:func:`fold`) with its abbreviations written out."""
    return " ".join(HEADER_ABBREVIATIONS.get(word, word) for word in fold(text).split())


_SECTION = re.compile(r"^([^:\n]{2,40}?)\s*:\s*(\S.*)$", re.S)
_NUMBERED_SECTION = re.compile(
    r"^([A-Za-z][A-Za-z ]{1,30}?\s\d{1,2})\s*[.;,]?\s+([A-Za-z].*)$", re.S)
"""A numbered heading whose colon a scan lost or read as a stop ("Tujuan 1. Meningkatnya
…", "Tujuan 2 Meningkatnya …"): the number ends the label."""


def section_heading(cells: list[str]) -> list[tuple[str, str]] | None:
    """The (label, value) pairs of a row printed as one "Label: value" cell across the
    whole table ("Tujuan RPJMD: Meningkatkan …"): a heading for the rows below, neither a
    header row nor an item. One heading may stack several pairs, one per line ("Program :
    …", "Indikator Program : …", "Target : 81%"); a line without a label continues the
    value above. ``cells`` are the row's raw texts with spans spread."""
    if len(cells) < 2 or len({clean_cell(c) for c in cells}) != 1:
        return None
    pairs: list[tuple[str, list[str]]] = []
    for line in cells[0].splitlines():
        match = _SECTION.match(line.strip()) or (
            None if pairs else _NUMBERED_SECTION.match(line.strip()))
        if match:
            pairs.append((match.group(1), [match.group(2)]))
        elif pairs and line.strip():
            pairs[-1][1].append(line.strip())
        elif line.strip():
            return None
    return [(label, clean_cell(" ".join(value))) for label, value in pairs] or None


@dataclass(frozen=True)
class Header:
    """The header band of a table."""

    n_rows: int
    """Rows that belong to the header, including a column-number row."""
    labels: tuple[str, ...]
    """Folded composite label per column, e.g. "program indikator"."""
    leaves: tuple[str, ...]
    """Folded lowest header text per column ("target" under "… pendanaan 2019")."""
    rows: tuple[tuple[str, ...], ...]
    """The header rows' folded texts (spans spread), used to recognise repeated headers."""
    has_number_row: bool


def _word_count(text: str) -> int:
    return sum(any(ch.isalpha() for ch in token) for token in text.split())


def _is_header_row(cells: list[str], first: bool) -> bool:
    texts = [c for c in cells if c]
    if not texts or (not first and _ROW_NUMBER.match(texts[0]) and len(texts) > 1):
        return False
    longest = MAX_LONG_LABEL_WORDS if len(texts) >= MIN_LABELLED_CELLS else MAX_HEADER_CELL_WORDS
    return not any(looks_like_value(t) or _word_count(t) > longest for t in texts)


def _sub_labels(row: list[str], above: list[str]) -> bool:
    """Is the row, beside the header cells spanning down into it, a run of short labels
    under a band ("I | II … XII" under "Bulan", "K | Rp", "T | R")? OCR garbles such
    numerals into what looks like a value ("IX" read "1x", a count of x), but a body row
    right under the header carries names, not a dozen glyphs. (Numbers alone are a
    column-number row, perhaps with its first number lost: no label.)"""
    own = [cell for cell, top in zip(row, above, strict=True) if cell and cell != top]
    return (len(own) >= MIN_LABELLED_CELLS
            and all(len(cell) <= SUB_LABEL_CHARS and " " not in cell for cell in own)
            and any(ch.isalpha() for cell in own for ch in cell))


def composite_label(parts: list[str]) -> str:
    """Join a column's header texts top to bottom, dropping repeats from spans."""
    out: list[str] = []
    for part in parts:
        if part and (not out or out[-1] != part):
            out.append(part)
    return " ".join(out)


def qualify_bare_labels(labels: list[str]) -> list[str]:
    """Prefix bare labels with the item named by the nearest column to their left
    ("program | indikator program | target" → "… | program target")."""
    out = list(labels)
    for col, label in enumerate(labels):
        if not _BARE.match(label):
            continue
        for left in reversed(labels[:col]):
            item = _ITEM.search(left)
            if item:
                out[col] = f"{item.group(0)} {label}"
                break
    return out


def _is_quarter_band(band: str, below: list[str]) -> bool:
    """A band naming quarters itself, over labels most of which name one ("TW I"), or
    over four columns numbered I–IV ("Jadwal Pelaksanaan" over "I | II | III | IV")."""
    named = sum(_names_quarter(label) for label in below)
    numerals = [label for label in below if label]
    return (bool(QUARTER_BAND.search(band)) or 2 * named >= len(below)
            or (any(label in _QUARTER_NUMERALS for label in numerals)
                and all(_ROMANISH.fullmatch(label) for label in numerals)))


_ROMANISH = re.compile(r"[ivxl1-4|!hnu]{1,4}")
"""Quarter numerals as OCR leaves them under a band ("1", "", "il", "iv"; "II" as "h",
"n" or "u" when its two strokes join at a serif): with one read right and none that is
anything else, the four columns are I–IV by position."""
_GARBLED_TW = re.compile(r"^t?w\s*[ivlt1|!u]{1,4}$")
""""TW II" as OCR reads it when the space and numerals blur: "twi", "twit", "twiv", "wu"."""


def _names_quarter(label: str) -> bool:
    return bool(QUARTER_BAND.match(label) or _GARBLED_TW.match(label))


def _months_in_order(window: list[str]) -> bool:
    """Four labels naming the quarters by their months: ranges ("Jan-Mar" … "Okt-Des") or
    closing months ("Maret" … "Desember")."""
    ranges = all(re.search(months, label)
                 for months, label in zip(MONTH_QUARTERS, window, strict=True))
    return ranges or all(re.fullmatch(month, label)
                         for month, label in zip(QUARTER_END_MONTHS, window, strict=True))


def _names_months(window: list[str]) -> bool:
    """Twelve labels naming the months in order ("Jan", "Feb", … "Des")."""
    named = sum(month_number(label) == number for number, label in enumerate(window, start=1))
    return named >= MIN_MONTHS_NAMED


def _number_quarter_run(row: list[str]) -> list[str]:
    """Four neighbouring labels, most of them naming a quarter ("TW I", "Ti", "",
    "TW ill"): OCR garbles the numerals, position does not. Four month ranges in order
    ("Jan-Mar", "Apr-Jun", "Jul-Sep", "Okt-Des"), or the four closing months ("Maret",
    "Juni", "September", "Desember"), are the quarters too; twelve months in order are
    three columns of each quarter."""
    out = list(row)
    for start in range(len(row) - len(MONTHS) + 1):
        if _names_months(row[start : start + len(MONTHS)]):
            out[start : start + len(MONTHS)] = MONTH_QUARTERS_12
            return out
    for start in range(len(row) - len(QUARTERS) + 1):
        window = row[start : start + len(QUARTERS)]
        if _months_in_order(window):
            out[start : start + len(QUARTERS)] = QUARTERS
            break
        named = sum(_names_quarter(label) for label in window)
        garbled = all(_names_quarter(label) or len(label) <= SHORT_LABEL for label in window)
        if 2 * named >= len(QUARTERS) and garbled and len(set(window)) > 1:
            out[start : start + len(QUARTERS)] = QUARTERS
            break
    return out


def _number_split_quarters(row: list[str], below: list[str]) -> list[str]:
    """Quarters each split into the same sub-columns ("TW I" over "T | R", "Target |
    Realisasi"): a run of 4·k columns whose labels all name a quarter, over sub-labels
    repeating every k columns, is the four quarters k columns each, by position. Read
    labels alone would not do: OCR reads "TW I" and "TW II" alike ("Tw il"), and one
    label over 2·k columns would pass for a band over the four quarters."""
    out = list(row)
    start = 0
    while start < len(row):
        end = start
        while end < len(row) and _names_quarter(row[end]):
            end += 1
        width, k = end - start, (end - start) // len(QUARTERS)
        sub = below[start:end]
        if (k >= 2 and width == k * len(QUARTERS) and len(set(sub[:k])) == k
                and all(sub[j] == sub[j + k] for j in range(width - k))):
            out[start:end] = [QUARTERS[j // k] for j in range(width)]
        start = max(end, start + 1)
    return out


def _quarters_by_position(band: str, below: list[str]) -> tuple[str, ...] | None:
    """The quarter of each column under a schedule band: four quarter columns, or twelve
    month columns under a band naming months ("Jadwal Pelaksanaan (Bulan)" over "1 … 12"
    or "Jan … Des")."""
    if len(below) == len(QUARTERS) and _is_quarter_band(band, below):
        return QUARTERS
    if len(below) == len(MONTHS) and (_MONTH_BAND.search(band) or _names_months(below)):
        return MONTH_QUARTERS_12
    return None


def number_quarter_bands(rows: list[list[str]]) -> list[list[str]]:
    """Rows below a four-column quarter band ("JADWAL PELAKSANAAN TRIWULAN" over
    "I | II | III | IV", or a band over "TW I … TW IV") labelled by position.

    The quarter labels are the glyphs OCR loses or confuses most ("I" → "|", "" or "l";
    "III" → "i"; "TW II" → "wi"), and a misread one maps a mark to the wrong quarter.
    Under such a band position is certain, so it overrides what was read; the band's
    own row keeps its text.
    """
    out = [list(row) for row in rows]
    if rows:
        out[-1] = _number_quarter_run(out[-1])
    for r in range(len(rows) - 1):
        out[r] = _number_split_quarters(out[r], rows[r + 1])
    for r, row in enumerate(out[:-1]):
        start = 0
        while start < len(row):
            end = start
            while end < len(row) and row[end] == row[start]:
                end += 1
            run = _quarters_by_position(row[start], rows[r + 1][start:end])
            if row[start] and run:
                for depth, below in enumerate(out[r + 1 :]):
                    below[start:end] = run if depth == 0 else ("",) * len(run)
            start = end
    return out


def is_header_band(table: RawTable) -> bool:
    """Is the table nothing but header rows (labels, no values, no numbered row)?"""
    grid = [[clean_cell(t) for t in row] for row in table.grid(spread_spans=True)]
    return all(_is_header_row(row, first=r == 0) for r, row in enumerate(grid))


def find_header(table: RawTable) -> Header:
    """Detect the header band: up to the column-number row, else the leading label rows."""
    grid = [[clean_cell(t) for t in row] for row in table.grid(spread_spans=True)]
    limit = min(MAX_HEADER_ROWS, len(grid))
    n_rows, has_number_row = 0, False
    for r in range(limit):
        if is_column_number_row(grid[r]):
            n_rows, has_number_row = r + 1, True
            break
    if not has_number_row:
        while (n_rows < limit - 1 and (_is_header_row(grid[n_rows], first=n_rows == 0)
                                       or (n_rows and _sub_labels(grid[n_rows], grid[n_rows - 1])))
               and not section_heading(grid[n_rows])):
            n_rows += 1
    label_rows = grid[: n_rows - 1] if has_number_row else grid[:n_rows]
    folded = number_quarter_bands([[header_label(t) for t in row] for row in label_rows])
    labels = tuple(qualify_bare_labels(
        [composite_label([row[c] for row in folded]) for c in range(table.n_cols)]
    ))
    leaves = tuple(next((row[c] for row in reversed(folded) if row[c]), "")
                   for c in range(table.n_cols))
    return Header(
        n_rows=n_rows,
        labels=labels,
        leaves=leaves,
        rows=tuple(tuple(row) for row in folded),
        has_number_row=has_number_row,
    )


def body_headings(table: RawTable, header: Header) -> list[list[tuple[str, str]]]:
    """The section headings among a table's body rows (see :func:`section_heading`):
    a table may name its program and kegiatan only there."""
    grid = table.grid(spread_spans=True)
    return [pairs for row in grid[header.n_rows:] if (pairs := section_heading(row))]
