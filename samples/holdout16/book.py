"""The model of a whole planning document as agencies publish it: a cover, a foreword
("Kata Pengantar"), a table of contents, BAB chapters of prose with small narrative tables,
plan tables captioned "Tabel 6.1 …" and continued as "Lanjutan Tabel 6.1" on the next
pages, page numbers in the footer (roman in the front matter, arabic from BAB I) and a
closing signature.

Every page is planned here (``Sheet``), so the table of contents can print the page each
chapter starts on and the renderers only lay out one sheet per page: a sheet that does not
fit its page is an error of the renderer, never a silent extra page. The truth side never
reads this model.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace

from samples.common import SPAN_UP
from samples.holdout6.model import Head

ROMAN = ("i", "ii", "iii", "iv", "v")


@dataclass(frozen=True)
class Text:
    """A paragraph. ``style``: ``cover`` (large centred bold), ``h1`` (centred bold chapter
    heading), ``h2`` (bold sub-heading), ``p`` (justified prose), ``c`` (centred),
    ``toc`` (a contents line: ``label`` and its page number at the right margin)."""

    text: str
    style: str = "p"
    page: str = ""


@dataclass(frozen=True)
class Grid:
    """A ruled table: header rows, relative column widths, alignment letters, body rows
    (``^`` / ``<`` span marks), bold body rows, a ``1 2 3 …`` row, a caption above."""

    header: tuple[tuple[Head, ...], ...]
    widths: tuple[float, ...]
    align: str
    body: tuple[tuple[str, ...], ...]
    bold: frozenset[int] = frozenset()
    numbers: bool = False
    caption: tuple[str, ...] = ()

    def __post_init__(self) -> None:
        """A misaligned row would silently shift printed columns."""
        if {len(self.align), *map(len, self.body)} != {len(self.widths)}:
            raise ValueError(f"rows do not have {len(self.widths)} columns")


@dataclass(frozen=True)
class Sign:
    """A signature block at the right (place and date, office, name, rank, NIP; ``""`` is
    the gap left for the signature)."""

    lines: tuple[str, ...]


Block = Text | Grid | Sign


@dataclass(frozen=True)
class Sheet:
    """One printed page: its blocks, orientation, the contents entry that starts on it and
    the footer text the renderer prints (set by ``book``). ``rotate``: a landscape sheet
    printed on a portrait page turned by ``/Rotate 90`` (as some PDF writers and scanners
    emit it) instead of a landscape page size."""

    blocks: tuple[Block, ...]
    landscape: bool = False
    rotate: bool = False
    entry: str = ""
    folio: str = ""


@dataclass(frozen=True)
class Book:
    """A whole document: paper (portrait mm), font, size and margin, and its sheets."""

    name: str
    paper: tuple[float, float]
    font: str
    size: float
    margin_mm: float
    sheets: tuple[Sheet, ...]


def continued(number: str, title: str, table: Grid, rows_per_page: Sequence[int],
              landscape: bool = False, rotate: bool = False, before: tuple[Block, ...] = (),
              after: tuple[Block, ...] = (), entry: str = "") -> list[Sheet]:
    """A plan table over several pages: each page repeats the header, the first is captioned
    "Tabel ``number`` ``title``", the others "Lanjutan Tabel ``number``". A merged cell cut
    by a page break is printed again at the top of the next page (as a re-typed continued
    table does); the rows per page are planned by the document module."""
    if sum(rows_per_page) != len(table.body):
        raise ValueError(f"{sum(rows_per_page)} planned rows for {len(table.body)}")
    shown = _anchors(table.body)
    sheets, start = [], 0
    for n, count in enumerate(rows_per_page):
        chunk = [list(row) for row in table.body[start:start + count]]
        chunk[0] = [shown[start][c] if cell == SPAN_UP else cell
                    for c, cell in enumerate(chunk[0])]
        caption = (f"Tabel {number}", title) if n == 0 else (f"Lanjutan Tabel {number}",)
        part = replace(table, body=tuple(map(tuple, chunk)), caption=caption,
                       bold=frozenset(r - start for r in table.bold
                                      if start <= r < start + count))
        blocks = (*(before if n == 0 else ()), part,
                  *(after if n == len(rows_per_page) - 1 else ()))
        sheets.append(Sheet(blocks, landscape or rotate, rotate, entry if n == 0 else ""))
        start += count
    return sheets


def _anchors(body: tuple[tuple[str, ...], ...]) -> list[list[str]]:
    """Each cell's text with row-span marks resolved to the anchor above."""
    out: list[list[str]] = []
    for row in body:
        out.append([out[-1][c] if cell == SPAN_UP else cell for c, cell in enumerate(row)])
    return out


def book(name: str, look: tuple[tuple[float, float], str, float, float], cover: Sheet,
         foreword: Sheet, body: Sequence[Sheet], folio: str) -> Book:
    """Assemble the document: cover (no page number), foreword and contents numbered
    ``i``, ``ii``, the body from 1; ``folio`` formats the footer (``"- {n} -"``). The
    contents list every sheet that starts an entry, with the page it is printed on."""
    numbers = {"KATA PENGANTAR": ROMAN[0], "DAFTAR ISI": ROMAN[1]}
    numbers |= {s.entry: str(n) for n, s in enumerate(body, start=1) if s.entry}
    contents = Sheet((Text("DAFTAR ISI", "h1"),
                      *(Text(label, "toc", page) for label, page in numbers.items())))
    front = [replace(foreword, folio=folio.format(n=ROMAN[0])),
             replace(contents, folio=folio.format(n=ROMAN[1]))]
    pages = [replace(s, folio=folio.format(n=n)) for n, s in enumerate(body, start=1)]
    paper, font, size, margin = look
    return Book(name, paper, font, size, margin, (cover, *front, *pages))
