"""The digital path: a page's text layer → :class:`RawTable` records.

pdfplumber finds the ruled tables (its ``lines`` strategy follows the drawn grid, which is
what planning tables have). We do not use ``Table.extract()``: it returns ``None`` for
covered positions and loses the spans. Instead the grid is rebuilt from the cell boxes —
every distinct cell edge is a grid line, so a box crossing internal lines is a merged cell
with a row/column span — and the page's words are assigned to cells once, by their centre.
That keeps merged cells, wrapped lines and paragraph breaks, and costs one word pass per page.
"""

from __future__ import annotations

import bisect
from collections.abc import Sequence
from dataclasses import replace
from itertools import pairwise

from pdfplumber.utils.text import extract_words

from rencana.extract.framing import not_a_table
from rencana.extract.unruled import Rule, unruled_tables
from rencana.extract.words import Word, line_texts, row_cell_texts
from rencana.records import SHADE_COVER, SHADE_LEVEL, BBox, Cell, PageTables, RawTable

TABLE_SETTINGS = {
    "vertical_strategy": "lines",
    "horizontal_strategy": "lines",
    "snap_tolerance": 3,
    "join_tolerance": 3,
    "intersection_tolerance": 3,
}
METHOD = "pdfplumber"
UNRULED_METHOD = "pdfplumber+layout"
THIN_BAR = 2.0
"""A filled rectangle at most this tall (points) is a drawn rule (a browser's border)."""
RULE_TOLERANCE = 1.5
"""Horizontal segments closer than this (points) are one rule: a thin filled rectangle
has two edges, and a browser draws a row's border cell by cell."""
EDGE_TOLERANCE = 2.0
"""Cell edges closer than this (points) are the same grid line."""
PARAGRAPH_PITCH = 1.6
"""Lines further apart (centre to centre) than this many line heights are separate
paragraphs; packed multi-item cells print one item per paragraph."""
MIN_CELLS = 4
MIN_CUT_ROW = 6.0
"""Points the outer borders must run on below a table's last rule to hold a cut row."""
DEFAULT_X_TOLERANCE = 3.0
SPACELESS_X_TOLERANCE = 1.0
HANGING_LEADING = 0.6
"""Largest gap, as a share of the glyph height, between lines of text hanging below a
table (line spacing is 0.1–0.5 of it; a footer sits further off)."""


def _in_page(obj: dict, page) -> bool:
    """Text drawn outside the page is invisible (a spreadsheet repeats a merged cell's text
    above the page it continues on); it is no part of what a reader sees."""
    return obj["top"] >= 0 and obj["bottom"] <= page.height and obj["x0"] >= 0 and (
        obj["x1"] <= page.width)


def _words(chars: list[dict]) -> list[Word]:
    """Words of a page's chars (see :func:`_reading_words`)."""
    return [word for word, _ in _reading_words(chars, None)]


def _x_tolerance(chars: list[dict]) -> float:
    """Gap (points) that still joins two chars into one word. Producers that write no
    space characters at all (every glyph placed on its own) leave only a narrow gap
    between words; pdfplumber's default would glue whole phrases together."""
    if any(c["text"] == " " for c in chars):
        return DEFAULT_X_TOLERANCE
    return SPACELESS_X_TOLERANCE


def _cluster(values: Sequence[float]) -> list[float]:
    """Sorted distinct coordinates, merging those within EDGE_TOLERANCE."""
    out: list[float] = []
    for v in sorted(values):
        if out and v - out[-1] <= EDGE_TOLERANCE:
            continue
        out.append(v)
    return out


def _index(lines: Sequence[float], value: float) -> int:
    """Index of the grid line nearest to ``value``."""
    return min(range(len(lines)), key=lambda i: abs(lines[i] - value))


def _middle(char: dict) -> float:
    return (char["top"] + char["bottom"]) / 2


def _hanging(chars: Sequence[dict], x0: float, x1: float, bottom: float) -> list[dict]:
    """Chars of the text lines that hang below a table's bottom border from its last row.

    A browser breaking a tall merged cell at a page end may paint the lines that did not
    fit across and under the border instead of on the next page. Such overflow starts
    with a line drawn across the border (nothing else is printed across a rule) and goes
    on line after line at the text's leading; a footer or signature below is set apart.
    """
    below = sorted((c for c in chars if x0 <= (c["x0"] + c["x1"]) / 2 <= x1
                    and _middle(c) > bottom), key=lambda c: c["top"])
    reach = max((c["bottom"] for c in below if c["top"] < bottom), default=None)
    if reach is None:
        return []
    out = []
    for char in below:
        if char["top"] > reach + HANGING_LEADING * (char["bottom"] - char["top"]):
            break
        out.append(char)
        reach = max(reach, char["bottom"])
    return out


def cells_from_boxes(boxes: Sequence[BBox], chars: Sequence[dict]
                     ) -> tuple[list[Cell], int, int, int]:
    """Rebuild a spanned grid from cell boxes and fill it with the text inside each box.

    Characters, not words, are assigned to cells (by their centre), and words are built
    per cell: an amount printed flush against a border must not glue onto the next
    cell's text ("1.865.933.500Rp"). Also returns how many grid positions no box covers
    (a merged cell whose lower border is missing at a page end leaves such holes).
    """
    xs = _cluster([b[0] for b in boxes] + [b[2] for b in boxes])
    ys = _cluster([b[1] for b in boxes] + [b[3] for b in boxes])
    n_cols, n_rows = len(xs) - 1, len(ys) - 1
    owner: dict[tuple[int, int], int] = {}
    spans = []
    for i, box in enumerate(boxes):
        col, row = _index(xs, box[0]), _index(ys, box[1])
        colspan = max(_index(xs, box[2]) - col, 1)
        rowspan = max(_index(ys, box[3]) - row, 1)
        spans.append((row, col, rowspan, colspan))
        for r in range(row, row + rowspan):
            for c in range(col, col + colspan):
                owner[(r, c)] = i
    tagged = []
    for char in chars:
        # Text hanging below the last border was handed over as the last row's.
        r = bisect.bisect_right(ys, min(_middle(char), ys[-1] - 1e-6)) - 1
        c = bisect.bisect_right(xs, (char["x0"] + char["x1"]) / 2) - 1
        if (r, c) in owner:
            tagged.append({**char, "cell": owner[(r, c)]})
    buckets: dict[int, list[Word]] = {i: [] for i in range(len(boxes))}
    for word, cell in _tagged_words(tagged):
        buckets[cell].append(word)
    cells = []
    texts = row_cell_texts([buckets[i] for i in range(len(boxes))],
                           [(row, rowspan) for row, _, rowspan, _ in spans], PARAGRAPH_PITCH)
    for i, (box, (row, col, rowspan, colspan)) in enumerate(zip(boxes, spans, strict=True)):
        text, tops = texts[i]
        bottom = max((w.bottom for w in buckets[i]), default=None)
        cells.append(Cell(row, col, text, rowspan, colspan, tuple(box), paragraph_tops=tops,
                          text_bottom=bottom))
    holes = n_rows * n_cols - len(owner)
    return cells, n_rows, n_cols, holes


def _dark(color) -> bool:
    """A fill a reader sees as a mark: not white, not a pale tint (header backgrounds)."""
    if color is None:
        return False
    values = color if isinstance(color, (tuple, list)) else (color,)
    if len(values) == 4:  # CMYK: ink coverage
        return max(values) >= SHADE_LEVEL
    return bool(values) and sum(values) / len(values) <= 1 - SHADE_LEVEL


def shade_cells(cells: list[Cell], rects: Sequence[dict]) -> list[Cell]:
    """Mark cells mostly covered by a dark filled rectangle."""
    fills = [(r["x0"], r["top"], r["x1"], r["bottom"]) for r in rects
             if r.get("fill") and _dark(r.get("non_stroking_color"))]
    if not fills:
        return cells
    out = []
    for cell in cells:
        x0, top, x1, bottom = cell.bbox
        area = max((x1 - x0) * (bottom - top), 1e-6)
        covered = max((max(0.0, min(x1, f[2]) - max(x0, f[0]))
                       * max(0.0, min(bottom, f[3]) - max(top, f[1])) for f in fills),
                      default=0.0)
        out.append(replace(cell, shaded=True) if covered / area >= SHADE_COVER else cell)
    return out


ROTATED_READING = {1: {"char_dir_rotated": "btt", "line_dir_rotated": "ltr"},
                   -1: {"char_dir_rotated": "ttb", "line_dir_rotated": "rtl"}}
"""How text turned a quarter reads, by the sign of its text matrix's b: turned left
(narrow header cells, "Kuartal I" set bottom to top) or turned right."""


def _tagged_words(tagged: list[dict]) -> list[tuple[Word, int]]:
    """Words of cell-tagged chars; a word never crosses from one cell into another."""
    return [(word, int(cell)) for word, cell in _reading_words(tagged, "cell")]


def _reading_words(chars: list[dict], tag: str | None) -> list[tuple[Word, object]]:
    """Words of chars in reading order, with the value of their ``tag`` attribute.

    Upright words in content-stream order (``use_text_flow``): sorting chars into lines
    first chains neighbouring cells whose lines sit at different heights into one "line"
    and interleaves their letters ("P e n y a n d a n g"); lines are rebuilt
    geometrically afterwards. Text turned a quarter (a narrow header cell's label,
    "Satuan" set bottom to top) is read in its own direction, not letter by letter."""
    attrs = [tag] if tag else []
    groups: dict[int, list[dict]] = {}
    for char in chars:
        turn = 0 if char.get("upright", True) else (1 if char["matrix"][1] > 0 else -1)
        groups.setdefault(turn, []).append(char)
    upright = groups.pop(0, [])
    out = [(Word(w["text"], w["x0"], w["top"], w["x1"], w["bottom"]), w.get(tag))
           for w in extract_words(upright, use_text_flow=True, extra_attrs=attrs,
                                  x_tolerance=_x_tolerance(upright))]
    for turn, turned in groups.items():
        out += _turned_lines(extract_words(turned, extra_attrs=attrs, **ROTATED_READING[turn]),
                             turn, tag)
    return out


def _turned_lines(words: list[dict], turn: int, tag: str | None) -> list[tuple[Word, object]]:
    """Turned words joined per printed line (one x position, one ``tag`` value), in
    reading order, as one horizontal-looking word: the cell then reads "Kuartal I"."""
    lines: dict[tuple[object, int], list[dict]] = {}
    for w in words:
        lines.setdefault((w.get(tag), round(w["x0"])), []).append(w)
    out: list[tuple[Word, object]] = []
    for (value, _), line in lines.items():
        line.sort(key=lambda w: -w["bottom"] if turn > 0 else w["top"])
        out.append((Word(" ".join(w["text"] for w in line), min(w["x0"] for w in line),
                         min(w["top"] for w in line), max(w["x1"] for w in line),
                         max(w["bottom"] for w in line)), value))
    return out


def _open_bottoms(page, bottom: float) -> list[dict]:
    """Lines closing the columns whose borders stop short of a table's bottom at a page
    end: a browser ends a merged cell's fragment above the row the other columns end
    with, and without its lower border the cell, and its text, would be lost."""
    ends: dict[float, float] = {}
    for edge in page.edges:
        if edge["orientation"] == "v":
            x = round(edge["x0"])
            ends[x] = max(ends.get(x, 0.0), edge["bottom"])
    xs = sorted(ends)
    lines = []
    for a, b in pairwise(xs):
        end = ends[a]
        if abs(ends[b] - end) <= EDGE_TOLERANCE and end < bottom - EDGE_TOLERANCE and b - a > 1:
            lines.append(_hline(a, b, end))
    return lines


def _cut_row_end(page, x0: float, x1: float, bottom: float) -> float | None:
    """Where a table's outer borders end when they run on below its last rule: a row cut
    by the page end, printed without a lower border. Closed there, the row (and its
    text: a sub kegiatan with its pagu) is a row of the table, not lost."""
    ends: dict[str, float] = {}
    for edge in page.edges:
        if edge["orientation"] != "v" or edge["top"] > bottom + EDGE_TOLERANCE:
            continue
        for side, x in (("left", x0), ("right", x1)):
            if abs(edge["x0"] - x) <= EDGE_TOLERANCE:
                ends[side] = max(ends.get(side, 0.0), edge["bottom"])
    end = min(ends.values(), default=bottom) if len(ends) == 2 else bottom
    return end if end > bottom + MIN_CUT_ROW else None


def _hline(x0: float, x1: float, y: float) -> dict:
    """A horizontal edge for pdfplumber's explicit lines."""
    return {"x0": x0, "x1": x1, "top": y, "bottom": y, "width": x1 - x0, "height": 0,
            "orientation": "h", "object_type": "line"}


def _find_tables(page) -> list:
    """Ruled tables on a page. A table whose merged cells run off the page (no lower
    border at the page end) leaves grid positions without a cell; it is found again with
    its bottom edge drawn in, which closes those cells."""
    found = page.find_tables(TABLE_SETTINGS)
    out = []
    for table in found:
        boxes = [tuple(c) for c in table.cells]
        x0, top, x1, bottom = table.bbox
        cut = _cut_row_end(page, x0, x1, bottom)
        if len(boxes) >= MIN_CELLS and (cells_from_boxes(boxes, [])[3] or cut):
            end = cut or bottom
            # The crop is a little wider than the table: a border drawn a hair outside
            # the box pdfplumber reports would otherwise be cut away with its cells.
            margin = EDGE_TOLERANCE
            around = (max(x0 - margin, page.bbox[0]), max(top - margin, page.bbox[1]),
                      min(x1 + margin, page.bbox[2]), min(end + margin, page.bbox[3]))
            cropped = page.crop(around)
            closing = [_hline(x0, x1, end), *_open_bottoms(cropped, end)]
            closed = cropped.find_tables({**TABLE_SETTINGS,
                                          "explicit_horizontal_lines": closing})
            if len(closed) == 1:
                table = closed[0]
        out.append(table)
    return sorted(out, key=lambda t: (t.bbox[1], t.bbox[0]))


def _horizontal_pieces(page) -> list[Rule]:
    """Horizontal strokes, thin bars and the top and bottom edges of shaded areas."""
    pieces = [Rule(line["top"], line["x0"], line["x1"]) for line in page.lines
              if abs(line["bottom"] - line["top"]) <= THIN_BAR]
    for rect in page.rects:
        if rect["height"] <= THIN_BAR:
            pieces.append(Rule((rect["top"] + rect["bottom"]) / 2, rect["x0"], rect["x1"]))
        else:
            drawn = bool(rect.get("stroke"))
            pieces += [Rule(rect["top"], rect["x0"], rect["x1"], drawn),
                       Rule(rect["bottom"], rect["x0"], rect["x1"], drawn)]
    return sorted(pieces, key=lambda r: r.y)


def horizontal_rules(page) -> list[Rule]:
    """Horizontal rules of a page, touching collinear pieces joined (a browser draws a
    row's border cell by cell); a rule broken where a merged cell goes on stays in
    pieces. A rule is ``drawn`` when some piece of it is a stroke or a thin filled bar,
    not only the edge of a shaded area."""
    rules: list[Rule] = []
    for piece in _horizontal_pieces(page):
        joins = [k for k, r in enumerate(rules) if abs(piece.y - r.y) <= RULE_TOLERANCE
                 and piece.x0 <= r.x1 + RULE_TOLERANCE and r.x0 <= piece.x1 + RULE_TOLERANCE]
        if joins:
            last = rules[joins[-1]]
            rules[joins[-1]] = Rule(last.y, min(last.x0, piece.x0), max(last.x1, piece.x1),
                                    last.drawn or piece.drawn)
        else:
            rules.append(piece)
    return rules


def _drawn_verticals(page) -> bool:
    """Does the page draw any vertical stroke (a line, a thin bar, a stroked box)?

    Without one, the "grid" pdfplumber finds is the edges of shaded areas: a
    spreadsheet's table style fills the header and every other row, and the white rows
    between have no edges at all, so a grid of fills loses them with their text. Such a
    page is read as a table without vertical rules, its fills' edges as row rules.
    """
    return (any(abs(line["x1"] - line["x0"]) <= THIN_BAR for line in page.lines)
            or any(rect["width"] <= THIN_BAR or rect.get("stroke") for rect in page.rects)
            or any(curve.get("stroke") for curve in page.curves))


def _side_by_side(tables: list) -> list[tuple[list[BBox], BBox]]:
    """Cell boxes and bounding box of each table, tables printed side by side on the same
    rows joined into one.

    A spreadsheet's empty spacer column (or a hidden one) prints without borders, so its
    grid breaks into a left and a right table spanning the same height: the right one's
    "Jadwal" marks or "Prakiraan Maju" values belong to the left one's rows. Joined, the
    gap becomes an empty column.
    """
    groups: list[tuple[list[BBox], BBox]] = []
    for table in sorted(tables, key=lambda t: (t.bbox[0], t.bbox[1])):
        boxes = [tuple(c) for c in table.cells]
        if len(boxes) < MIN_CELLS:
            continue
        x0, top, x1, bottom = table.bbox
        beside = next((k for k, (_, b) in enumerate(groups)
                       if b[2] <= x0 + EDGE_TOLERANCE and abs(b[1] - top) <= EDGE_TOLERANCE
                       and abs(b[3] - bottom) <= EDGE_TOLERANCE), None)
        if beside is None:
            groups.append((boxes, (x0, top, x1, bottom)))
        else:
            joined, b = groups[beside]
            groups[beside] = ([*joined, *boxes], (b[0], min(b[1], top), x1, max(b[3], bottom)))
    return sorted(groups, key=lambda g: (g[1][1], g[1][0]))


def _ruled_tables(page, chars: list[dict]) -> list[tuple[list[Cell], int, int, BBox, str]]:
    found = []
    for boxes, (x0, top, x1, bottom) in _side_by_side(_find_tables(page)):
        inside = [c for c in chars if x0 <= (c["x0"] + c["x1"]) / 2 <= x1
                  and top <= _middle(c) <= bottom]
        inside += _hanging(chars, x0, x1, bottom)
        cells, n_rows, n_cols, _ = cells_from_boxes(boxes, inside)
        if n_rows >= 2 and n_cols >= 2:
            found.append((cells, n_rows, n_cols, (x0, top, x1, bottom), METHOD))
    return found


def extract_page_tables(page, page_number: int,
                        open_layout: tuple[float, ...] | None = None) -> PageTables:
    """Every table on a pdfplumber page, and the page's text lines.

    Ruled tables are found by their grid; a page with none is read for tables drawn
    without vertical rules (:mod:`rencana.extract.unruled`), on ``open_layout`` (the
    previous page's) when one continues without its header. Each table's ``context`` is
    the text printed above it on the page and below the previous table (its title block),
    which classification and families read.
    """
    chars = [c for c in page.chars if _in_page(c, page)]
    words = _words(chars)
    ruled = _ruled_tables(page, chars) if _drawn_verticals(page) else []
    found = [t for t in ruled if not not_a_table(*t[:3])]
    layouts = [] if found else unruled_tables(words, horizontal_rules(page), open_layout)
    found = found or [(t.cells, t.n_rows, t.n_cols, t.bbox, UNRULED_METHOD) for t in layouts]
    tables: list[RawTable] = []
    floor = 0.0
    for cells, n_rows, n_cols, bbox, method in found:
        above = [w for w in words if floor <= w.top and w.bottom <= bbox[1]]
        tables.append(
            RawTable(
                page=page_number,
                index=len(tables) + 1,
                n_rows=n_rows,
                n_cols=n_cols,
                cells=tuple(sorted(shade_cells(cells, page.rects), key=lambda c: (c.row, c.col))),
                row_pages=(page_number,) * n_rows,
                method=method,
                bbox=bbox,
                context=tuple(line_texts(above)),
            )
        )
        floor = bbox[3]
    return PageTables(tables, line_texts(words), layouts[-1].bounds if layouts else None)
