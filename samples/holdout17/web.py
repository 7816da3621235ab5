"""Print a ``holdout6.model.Document`` with headless Chromium, laying out every cell's lines
itself so that the typography this set is about comes out exactly as planned:

- ``j`` columns: **justified** text (every line but a paragraph's last stretched to the
  column) with **hyphenation at line ends** — only words listed in ``HYPHENS`` (ordinary
  dictionary words of planning texts, split at their syllables) are broken, the way a word
  processor's hyphenation breaks ``Kesejah-`` / ``teraan``;
- ``m`` columns: right-aligned amounts; an amount wider than its narrow column is broken
  after a thousands dot (``1.234.567.`` / ``000``), as a spreadsheet wraps a long number;
- ``l``/``c``/``r``: left / centred / right text wrapped at spaces;
- ``\\n`` in a cell or header is a forced line break (``Rp.`` above its number, a header
  label broken mid-word such as ``Indi-`` / ``kator``);
- ``**word**`` prints the word bold and ``~~word~~`` italic, inside an otherwise regular
  cell (markup never spans a space).

Words are measured with the bold face of the font file Chromium uses, minus a slack, so
Chromium never re-wraps a line. Chromium's own soft hyphens are not used: its text layer
splits a word at every soft-hyphen point, hyphenated or not.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from html import escape
from pathlib import Path

from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth

from samples.common import placed, spans
from samples.fonts import ensure as font
from samples.holdout6.model import Document, NewPage, Table
from samples.render_html import print_pdf

CSS_FONT = {"LiberationSans": "Liberation Sans", "LiberationSerif": "Liberation Serif",
            "DejaVuSans": "DejaVu Sans"}
PAD_X, PAD_Y, SLACK = 2.2, 1.5, 2.5
BOLD, ITALIC = "**", "~~"
HYPHENS = {word.replace("-", ""): word for word in (
    "Ke-se-jah-te-ra-an", "Per-lin-dung-an", "Pem-ber-da-ya-an", "Pe-nyan-dang",
    "Pe-la-ya-nan", "Per-sen-ta-se", "Pe-rem-pu-an", "Ma-sya-ra-kat", "Re-ha-bi-li-ta-si",
    "Ke-ke-ra-san", "Ke-lem-ba-ga-an", "Pe-nge-lo-la-an", "Pe-nge-ma-is-an",
    "Pe-nge-tas-an", "Ke-mis-ki-nan", "Ter-lan-tar", "Pe-ngu-a-tan", "Pe-nye-lu-ru-han",
    "Ke-se-ta-ra-an", "Ke-ber-da-ya-an", "Pem-ba-ngun-an", "Ke-mam-pu-an", "Ke-bu-tuh-an",
    "Pe-nye-di-a-an", "Pe-nu-run-an", "Ter-pe-nu-hi", "Pen-dam-ping-an", "Ling-kung-an",
    "Ke-lu-ar-ga", "Pe-ning-kat-an", "Pe-ne-ri-ma", "Sa-ra-na", "Pra-sa-ra-na",
)}
"""Dictionary words and their syllable breaks (the only words ever hyphenated)."""
_MARKUP = re.compile(r"\*\*(.+?)\*\*|~~(.+?)~~")


def plain(text: str) -> str:
    """The text without this module's emphasis markup (what the truth holds)."""
    return _MARKUP.sub(lambda m: m.group(1) or m.group(2), text)


def _html(text: str) -> str:
    return _MARKUP.sub(lambda m: (f"<b>{m.group(1)}</b>" if m.group(1) else
                                  f"<i>{m.group(2)}</i>"), escape(text))


class _Column:
    """One column's room and the rules for breaking its lines."""

    def __init__(self, face: str, size: float, room: float, kind: str) -> None:
        self.face, self.size, self.room, self.kind = face, size, room, kind

    def width(self, text: str) -> float:
        return stringWidth(plain(text), self.face, self.size)

    def _split(self, word: str, free: float) -> tuple[str, str] | None:
        """The longest head of ``word`` (with its break mark) that fits in ``free``."""
        if self.kind == "j" and word in HYPHENS:
            parts = HYPHENS[word].split("-")
            cuts = [("".join(parts[:n]) + "-", "".join(parts[n:])) for n in range(1, len(parts))]
        elif self.kind == "m":
            cuts = [(word[:n + 1], word[n + 1:]) for n, ch in enumerate(word[:-1]) if ch == "."]
        else:
            return None
        fitting = [cut for cut in cuts if self.width(cut[0]) <= free]
        return fitting[-1] if fitting else None

    def lines(self, text: str) -> list[list[str]]:
        """The cell's lines, per forced paragraph."""
        out = []
        for paragraph in text.split("\n"):
            lines: list[str] = []
            for word in paragraph.split():
                self._place(lines, word)
            out.append(lines)
        return out

    def _place(self, lines: list[str], word: str) -> None:
        """Append ``word`` to the line, or hyphenate it there, or start new lines; a word
        that cannot be fitted is an error (it would spill into the next column)."""
        if lines and self.width(f"{lines[-1]} {word}") <= self.room:
            lines[-1] += f" {word}"
            return
        cut = self._split(word, self.room - self.width(f"{lines[-1]} ")) if lines else None
        if cut:
            lines[-1] += f" {cut[0]}"
            word = cut[1]
        while self.width(word) > self.room:
            cut = self._split(word, self.room)
            if not cut:
                raise ValueError(f"{plain(word)!r} is wider than its column "
                                 f"({self.room:.1f} pt)")
            lines.append(cut[0])
            word = cut[1]
        lines.append(word)

    def markup(self, text: str) -> str:
        """The cell as HTML: its lines joined by forced breaks (``j``: all but each
        paragraph's last line as justified blocks)."""
        if self.kind != "j":
            return "<br>".join(_html(line) for lines in self.lines(text) for line in lines)
        return "<br>".join("".join(f'<span class="jl">{_html(line)}</span>'
                                   for line in lines[:-1]) + _html(lines[-1])
                           for lines in self.lines(text) if lines)


@dataclass(frozen=True)
class Title:
    """A title block starting a later section (printed like the document's heading)."""

    lines: tuple[str, ...]


ALIGN = {"l": "left", "c": "center", "r": "right", "m": "right", "j": "justify"}


def _table(doc: Document, table: Table) -> str:
    usable = (doc.page.width_mm - 2 * doc.page.margin_mm) * mm
    total = sum(table.widths)
    bold = font(f"{doc.page.font}-Bold")
    rooms = [usable * w / total for w in table.widths]

    def column(first: int, last: int, kind: str) -> _Column:
        return _Column(bold, doc.page.size, sum(rooms[first:last + 1]) - 2 * PAD_X - SLACK,
                       kind)

    cols = "".join(f'<col style="width:{100 * w / total:.3f}%">' for w in table.widths)
    head: list[list[str]] = [[] for _ in table.header]
    for r, c, h in placed(table.header):
        text = column(c, c + h.colspan - 1, "c").markup(h.text)
        head[r].append(f'<th colspan="{h.colspan}" rowspan="{h.rowspan}">{text}</th>')
    rows = ["<tr>" + "".join(cells) + "</tr>" for cells in head]
    if table.numbers:
        rows.append('<tr class="num">' + "".join(f"<th>{n}</th>" for n in
                                                 range(1, len(table.widths) + 1)) + "</tr>")
    body: list[list[str]] = [[] for _ in table.body]
    for s in spans(table.body):
        kind = table.align[s.col]
        text = column(s.col, s.last_col, kind).markup(s.text)
        body[s.row].append(f'<td rowspan="{s.last_row - s.row + 1}" '
                           f'colspan="{s.last_col - s.col + 1}" class="{kind}">{text}</td>')
    tbody = "".join(f'<tr class="{"bold" if r in table.bold else "plain"}">{"".join(cells)}</tr>'
                    for r, cells in enumerate(body))
    caption = "".join(f'<p class="caption">{escape(t)}</p>' for t in table.caption)
    return (f"{caption}<table><colgroup>{cols}</colgroup><thead>{''.join(rows)}</thead>"
            f"<tbody>{tbody}</tbody></table>")


def _paragraph(doc: Document, text: str) -> str:
    """Running text: justified and hyphenated like the ``j`` cells."""
    room = (doc.page.width_mm - 2 * doc.page.margin_mm) * mm - SLACK
    column = _Column(font(f"{doc.page.font}-Bold"), doc.page.size, room, "j")
    return f'<p class="text">{column.markup(text)}</p>'


def _title(lines: tuple[str, ...]) -> str:
    return '<div class="heading">' + "".join(f"<div>{escape(t)}</div>" for t in lines) + "</div>"


def html(doc: Document) -> str:
    """The whole document as one HTML page; Chromium paginates it (``thead`` repeats)."""
    page = doc.page
    css = f"""
@page {{ size: {page.width_mm}mm {page.height_mm}mm; margin: {page.margin_mm}mm; }}
body {{ font-family: "{CSS_FONT[page.font]}"; font-size: {page.size}pt; margin: 0;
  line-height: 1.2; }}
.heading {{ text-align: center; font-weight: bold; font-size: {page.size + 2}pt;
  margin-bottom: 10pt; }}
.caption {{ font-weight: bold; margin: 8pt 0 4pt; }}
.text {{ margin: 6pt 0; text-align: justify; }}
.jl {{ display: block; text-align: justify; text-align-last: justify; }}
table {{ border-collapse: collapse; width: 100%; table-layout: fixed; }}
th, td {{ border: 0.6pt solid #000; padding: {PAD_Y}pt {PAD_X}pt; vertical-align: top;
  overflow-wrap: normal; white-space: nowrap; }}
th {{ background: #d9d9d9; font-weight: bold; text-align: center; vertical-align: middle; }}
tr.num th {{ background: #f0f0f0; font-weight: normal; }}
thead {{ display: table-header-group; }}
tr {{ break-inside: avoid; }}
tr.bold td {{ font-weight: bold; }}
{"".join(f"td.{k} {{ text-align: {v}; }}" for k, v in ALIGN.items())}
.newpage {{ break-before: page; }}
.sign {{ margin: 16pt 0 0 62%; text-align: center; break-inside: avoid; }}
.gap {{ height: 32pt; }}
"""
    parts = []
    for block in doc.blocks:
        if isinstance(block, NewPage):
            if block.page != doc.page:
                raise ValueError("this renderer keeps one page geometry")
            parts.append('<div class="newpage"></div>')
        elif isinstance(block, Title):
            parts.append(_title(block.lines))
        elif isinstance(block, str):
            parts.append(_paragraph(doc, block))
        else:
            parts.append(_table(doc, block))
    sign = "".join(f"<div>{escape(t)}</div>" if t else '<div class="gap"></div>'
                   for t in doc.sign)
    return (f'<!DOCTYPE html><html lang="id"><head><meta charset="utf-8"><title>'
            f"{escape(doc.name)}</title><style>{css}</style></head><body>"
            f'{_title(doc.heading)}{"".join(parts)}'
            f'<div class="sign">{sign}</div></body></html>')


def render(doc: Document, path: Path) -> None:
    """Print ``doc`` to ``path`` (print date pinned by ``render_html.print_pdf``)."""
    print_pdf(html(doc), doc.name, path)
