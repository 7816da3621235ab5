"""Print a ``holdout6.model.Document`` with headless Chromium in one of three "modern
template" looks that rule very little — the styles Word's and Google Docs' table galleries
offer and that agencies now pick instead of a full grid:

- ``ZEBRA``: horizontal rules only (heavy above and below the header, a grey hairline
  under every body row, none vertical) and pale shading on every second body row;
- ``DARK``: a dark header band with white bold text, its cells parted by thin WHITE
  rules, over a pale-tinted body whose cells are parted the same way (no dark line at all);
- ``FRAMED``: an outer frame and one rule under the header, nothing inside; rows are
  told apart only by padding.

The page, the word-fit check and the printing are ``holdout7.web``'s; only the style is
this set's. Backgrounds print because every rule asks for exact colours.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from samples.holdout6.model import Document
from samples.holdout7.web import CSS_FONT, PAD_X, PAD_Y, html_page, print_document


@dataclass(frozen=True)
class Look:
    """What one template sets: its table CSS, where the page number sits, and whether a
    body row may break over a page (a cell merged over dozens of rows must, or Chromium
    pushes the whole merge to the next page)."""

    rules: str
    footer: str = "bottom-center"
    rows: str = "avoid"


ZEBRA = Look("""
th, td { border: none; }
thead tr:first-child th { border-top: 1.2pt solid #000; }
thead tr:last-child th { border-bottom: 1.2pt solid #000; }
thead th[colspan]:not([colspan="1"]) { border-bottom: 0.5pt solid #000; }
td { border-bottom: 0.4pt solid #a6a6a6; }
tbody tr:nth-child(even) td { background: #edf1f6; }
tbody tr:last-child td { border-bottom: 1.2pt solid #000; }
""", footer="bottom-right")

DARK = Look("""
th { background: #1f3864; color: #fff; border: 0.8pt solid #fff; }
td { background: #dde5f1; border: 0.8pt solid #fff; }
""", rows="auto")

FRAMED = Look("""
table { border: 0.9pt solid #000; }
th, td { border: none; }
thead tr:last-child th { border-bottom: 0.9pt solid #000; }
thead th[colspan]:not([colspan="1"]) { border-bottom: 0.4pt solid #000; }
td { padding-top: 4.5pt; padding-bottom: 4.5pt; }
""")


def _css(doc: Document, look: Look) -> str:
    page = doc.page
    face = CSS_FONT[page.font]
    footer = (page.page_numbers.replace("{n}", '" counter(page) "')
              .replace("{N}", '" counter(pages) "'))
    return f"""
@page {{ size: {page.width_mm}mm {page.height_mm}mm; margin: {page.margin_mm}mm;
  @{look.footer} {{ content: "{footer}"; font-family: "{face}"; font-size: {page.size}pt; }} }}
* {{ -webkit-print-color-adjust: exact; print-color-adjust: exact; }}
body {{ font-family: "{face}"; font-size: {page.size}pt; margin: 0; line-height: 1.3; }}
.heading {{ text-align: center; font-weight: bold; font-size: {page.size + 2.5}pt;
  margin-bottom: 10pt; }}
.caption {{ font-weight: bold; margin: 6pt 0 4pt; }}
.text {{ margin: 3pt 0; }}
table {{ border-collapse: collapse; width: 100%; table-layout: fixed; }}
th, td {{ padding: {PAD_Y}pt {PAD_X}pt; vertical-align: top; }}
th {{ font-weight: bold; text-align: center; vertical-align: middle; }}
thead {{ display: table-header-group; }}
tr {{ break-inside: {look.rows}; }}
tr.bold td {{ font-weight: bold; }}
.sign {{ margin: 16pt 0 0 62%; text-align: center; break-inside: avoid; }}
.gap {{ height: 32pt; }}
{look.rules}"""


def render(look: Look, doc: Document, path: Path) -> None:
    """Print ``doc`` to ``path`` in ``look``."""
    print_document(doc, html_page(doc, _css(doc, look)), path)
