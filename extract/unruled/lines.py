"""Which printed lines make a table, and where its header ends and its body begins.

A block is a run of lines cut at prose, tall gaps, a closing rule and a signature; the
body starts at a column-number row, a row key, a value or a band row (a rule across the
table under the header wins over content).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from rencana.extract.words import Word
from rencana.normalize.numbers import is_column_number_row, looks_like_value

PHRASE_GAP = 0.8
"""Words further apart than this many word heights on a line are in different cells."""
BLOCK_GAP = 3.0
"""A vertical gap taller than this many word heights ends a table (title, signature)."""
WIDE_LINE = 0.35
"""A one-phrase line wider than this share of the text is prose (a caption, a title),
unless it is a band row drawn between two rules."""
BAND_RULE = 1.0
"""A band row has rules within this many word heights above and below it…"""
BAND_WIDTH = 0.9
"""… each running across this share of the table's width."""
CLOSING_GAP = 1.5
"""A rule across the page followed by this many word heights of white closes a table
(what follows is a signature or a note, however close)."""
MIN_COLUMNS = 3
MIN_TABULAR_LINES = 3
"""A table has at least this many lines split into MIN_COLUMNS or more phrases."""
RULE_LEVEL = 1.5
"""Rule pieces this close in height (points or pixels) are one rule."""
MAX_HEADER_LINES = 12
MAX_LABEL_WORDS = 5
"""Words a header label prints on one line ("KEGIATAN / SUB KEGIATAN")."""
ROW_LINE_GAP = 0.4
"""Lines of one row are closer than this many word heights (a wrapped cell's leading);
the header sits further from the body."""
_SIGNATURE = re.compile(
    r"^(?:[A-Z][\w .'-]{2,30},\s*\d{1,2}\s+\w+\s+\d{4}|mengetahui\b|nip\b)", re.IGNORECASE)
"""The start of a signature block below a table: "Tuban, 27 Mei 2025", "Mengetahui",
"NIP …" (after white space, it ends the table however close it follows)."""
ROW_KEY = re.compile(r"^(?:\d{1,3}(?:\.\d{1,4})*|[A-Z]|[IVX]{1,4})[.)]?$")
"""What opens a body row in the first column: a number, a code, a letter or a roman."""
KEY_HEIGHT = 1.3
"""A row key is one line of print: no taller than this many word heights. (A scan's
"No" over the first column, read "1" and boxed over both lines of a two-line header, is
no key of a body row.)"""


@dataclass(frozen=True)
class Rule:
    """A horizontal rule: its height on the page and horizontal extent."""

    y: float
    x0: float
    x1: float
    drawn: bool = True
    """A stroke (a line, a border), not the edge of a shaded band: shading runs under a
    merged cell's text too, so only a drawn rule splits a cell's text."""


def split_phrases(line: Sequence[Word], gap: float) -> list[list[Word]]:
    out: list[list[Word]] = []
    for word in line:
        if out and word.x0 - out[-1][-1].x1 <= gap:
            out[-1].append(word)
        else:
            out.append([word])
    return out


def is_band_row(line: Sequence[Word], rules: Sequence[Rule], span: tuple[float, float],
            height: float) -> bool:
    """Is the line drawn between two rules that run across the whole table (a band row
    such as "Tujuan RPJMD: …"), not merely under a header cell's border?"""
    top, bottom = min(w.top for w in line), max(w.bottom for w in line)
    near = BAND_RULE * height
    across = [r for r in rules
              if min(r.x1, span[1]) - max(r.x0, span[0]) >= BAND_WIDTH * (span[1] - span[0])]
    return any(top - near <= r.y <= top for r in across) and any(
        bottom <= r.y <= bottom + near for r in across)


def find_blocks(lines: list[list[Word]], rules: Sequence[Rule], height: float
            ) -> list[list[list[Word]]]:
    """Runs of lines that may be tables: cut at prose lines and tall vertical gaps."""
    left = min(line[0].x0 for line in lines)
    width = max(line[-1].x1 for line in lines) - left
    gap = PHRASE_GAP * height
    blocks: list[list[list[Word]]] = [[]]
    for line in lines:
        top = min(w.top for w in line)
        prose = (len(split_phrases(line, gap)) == 1 and line[-1].x1 - line[0].x0 > WIDE_LINE * width
                 and not is_band_row(line, rules, (left, left + width), height))
        previous = blocks[-1]
        end = max(w.bottom for w in previous[-1]) if previous else 0.0
        closed = any(end <= r.y <= top - CLOSING_GAP * height
                     and r.x1 - r.x0 >= BAND_WIDTH * width for r in rules)
        # A row of three or more cells after white space is the table going on (a
        # spreadsheet's tall rows); a signature or a note is not.
        far = top - end > BLOCK_GAP * height and len(split_phrases(line, gap)) < MIN_COLUMNS
        signed = top - end > height and _SIGNATURE.match(" ".join(w.text for w in line))
        if previous and (prose or closed or far or signed):
            blocks.append([])
        if not prose:
            blocks[-1].append(line)
    return [_from_header(b, rules, gap) for b in blocks if b]


def is_tabular(block: list[list[Word]], gap: float) -> bool:
    """Enough lines split into columns to be a table, not prose."""
    return sum(len(split_phrases(line, gap)) >= MIN_COLUMNS for line in block) >= MIN_TABULAR_LINES


def _above_table(line: list[Word], gap: float, over_boxed_header: bool,
                 over_top_rule: bool) -> bool:
    """Could the line be printed above a table rather than be its header's: one phrase
    (a title, a caption), or a label and its value ("Sasaran Strategis : Meningkatnya
    Kualitas … (PMKS)", its colon lost on a scan) whose value is longer than any label
    or, over the table's top rule, a figure ("Target Tahun 2027 : 88%": no header label
    is a value), or, over a header drawn between rules across the table, any line of
    fewer phrases than a table has columns (a running page header "Rencana Aksi Tahun
    2026 - Dinas …" read as two phrases where a scan lost the dash)."""
    phrases = split_phrases(line, gap)
    return len(phrases) == 1 or (len(phrases) < MIN_COLUMNS and (
        over_boxed_header or any(len(p) > MAX_LABEL_WORDS for p in phrases)
        or (over_top_rule and _body_value(" ".join(w.text for w in phrases[-1])))))


def _from_header(block: list[list[Word]], rules: Sequence[Rule], gap: float
                 ) -> list[list[Word]]:
    """A block without the lines printed a little above it (:func:`_above_table`): set
    apart from the next line by white space or by the table's top rule, unlike a
    header's own lines, which a label centred over two lines interleaves."""
    start = 0
    span = (min(line[0].x0 for line in block), max(line[-1].x1 for line in block))
    across = rules_across(rules, span)
    for k in range(len(block) - 1):
        middle = line_middle(block[k])
        bottom, top = max(w.bottom for w in block[k]), min(w.top for w in block[k + 1])
        # The table's top rule under the line; over a header drawn between rules across
        # the table, another under the next.
        over_rule = any(middle <= y <= top for y in across)
        if not _above_table(block[k], gap, over_rule and any(y > top for y in across),
                            over_rule):
            break
        # The table's top rule may graze the line's lowest box (a scan boxes a word down
        # to the rule); a band's rule under its label runs across part of it only.
        if top - bottom >= gap or any(bottom <= r.y <= top for r in rules) or over_rule:
            start = k + 1
    return block[start:]


def body_start(lines: list[list[Word]], banded: list[bool], left: float, height: float,
               across: Sequence[float] = ()) -> int:
    """Index of the first body line: after a column-number row (a scan may cut a header
    label into a line of its own between rules, like a band row), else the first line that
    opens with a row key in the first column, is a band row, or carries a value (a
    percentage, an amount, a count with its unit: header labels never do, see
    :func:`_body_value`); 0 when the block has no header. ``across``: heights of the
    rules running across the table (:func:`rules_across`)."""
    gap = PHRASE_GAP * height
    numbered = next((i for i, line in enumerate(lines[:MAX_HEADER_LINES])
                     if is_column_number_row([w.text for w in line])), None)
    if numbered is not None:  # it closes the header, whatever a label above it looks like
        return numbered + 1
    for i, line in enumerate(lines[:MAX_HEADER_LINES]):
        keyed = (line[0].x0 <= left + height and ROW_KEY.match(line[0].text)
                 and line[0].bottom - line[0].top <= KEY_HEIGHT * height)
        if keyed or banded[i] or any(_body_value(" ".join(w.text for w in p))
                                     for p in split_phrases(line, gap)):
            return _row_top(lines, i, height, across)
    return _labels_over_rule(lines, gap, across)


def _labels_over_rule(lines: list[list[Word]], gap: float, across: Sequence[float]) -> int:
    """Where a header ends at its bottom rule when no body line shows within the header's
    reach: the rest of a long row broken over the page comes first, and its lines carry
    no row key and no value. Only short label phrases may stand above that rule (a row
    of a headerless continuation wraps longer text); 0 when there is no such header."""
    rule = next((y for y in across if line_middle(lines[0]) < y), None)
    if rule is None:
        return 0
    end = next((i for i, line in enumerate(lines) if line_middle(line) > rule), 0)
    labels = [p for line in lines[:end] for p in split_phrases(line, gap)]
    if end > MAX_HEADER_LINES or any(len(p) > MAX_LABEL_WORDS for p in labels):
        return 0
    return end


def _body_value(text: str) -> bool:
    """A value only a body row carries. A phrase in brackets is a header label's unit or
    note ("(Rp)", "(%)", "(IKU Kota)"), even read as a number ("(%)" → "(26)")."""
    return not (text.startswith("(") and text.endswith(")")) and looks_like_value(text)


def _row_top(lines: list[list[Word]], index: int, height: float,
             across: Sequence[float] = ()) -> int:
    """The first line of the row that line ``index`` belongs to: a row whose cells are set
    in their middle starts with the taller cells' lines, packed closer to it than the
    header is (cell padding and a border lie between header and body). A rule across the
    table between two lines parts them however close (a header set tight on its rule)."""
    while index > 0:
        above, below = lines[index - 1], lines[index]
        if (min(w.top for w in below) - max(w.bottom for w in above) >= ROW_LINE_GAP * height
                or any(line_middle(above) < y < line_middle(below) for y in across)):
            break
        index -= 1
    return index


def rules_across(rules: Sequence[Rule], span: tuple[float, float]) -> list[float]:
    """Heights of the rules running across the table: pieces at one height (a header's
    cells each drawing their own border) that cover BAND_WIDTH of its width together."""
    width = span[1] - span[0]
    levels: dict[float, float] = {}
    for rule in sorted(rules, key=lambda r: r.y):
        level = next((y for y in levels if abs(y - rule.y) <= RULE_LEVEL), rule.y)
        levels[level] = levels.get(level, 0.0) + max(0.0, min(rule.x1, span[1])
                                                       - max(rule.x0, span[0]))
    return sorted(y for y, covered in levels.items() if covered >= BAND_WIDTH * width)


def ruled_header_end(lines: list[list[Word]], start: int, span: tuple[float, float],
                      rules: Sequence[Rule]) -> int:
    """The header ends at the first rule across the table under its first line, when one
    comes before the body line found by content: the lines between are the end of a
    row broken over the page, not header labels. A header closed by its column-number
    row ends there, whatever rules its labels are drawn between."""
    if start == 0 or start >= len(lines) or is_column_number_row(
            [w.text for w in lines[start - 1]]):
        return start
    first_bottom = max(w.bottom for w in lines[0])
    rule = next((y for y in rules_across(rules, span)
                 if first_bottom < y < line_middle(lines[start])), None)
    if rule is None:
        return start
    return next(i for i, line in enumerate(lines) if line_middle(line) > rule)


def line_middle(line: Sequence[Word]) -> float:
    """Vertical middle of a line (a font's box may reach over a rule drawn close above)."""
    return (min(w.top for w in line) + max(w.bottom for w in line)) / 2
