"""Print a ``holdout6.model.Document`` the way an agency prints a page of a planning web app
(SIPD, e-SAKIP) from Chromium: the report is an HTML table with thin CSS borders, a small
sans-serif font, optionally zebra-striped body rows (``tbody tr:nth-child(even)``), and the
browser's own page header and footer in the margins — print date and time top left, the
page title top centre, the page URL bottom left and ``n/N`` bottom right.

Chromium's real header/footer would stamp the build's clock, so it is drawn with CSS
``@page`` margin boxes holding a pinned date instead (the same place, size and wording as
the browser prints). The table markup, the word-fit check and the printing (print date
pinned) are holdout7's.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from samples.holdout6.model import Document
from samples.holdout7.web import CSS_FONT, html_page, print_document


@dataclass(frozen=True)
class Browser:
    """What the browser prints in the page margins and how the web app styles its table."""

    stamp: str
    """Print date and time as Chromium writes it, e.g. ``25/11/26, 09.41``."""
    title: str
    """The page's ``<title>`` (the app's window title)."""
    url: str
    zebra: bool = False


def _box(where: str, content: str) -> str:
    return (f"@{where} {{ content: {content}; font-family: \"Liberation Sans\"; "
            "font-size: 7pt; color: #000; }")


def _css(doc: Document, browser: Browser) -> str:
    page = doc.page
    zebra = ("tbody tr:nth-child(even) td { background: #f2f2f2; }" if browser.zebra else "")
    margins = "".join((_box("top-left", f'"{browser.stamp}"'),
                       _box("top-center", f'"{browser.title}"'),
                       _box("bottom-left", f'"{browser.url}"'),
                       _box("bottom-right", 'counter(page) "/" counter(pages)')))
    return f"""
@page {{ size: {page.width_mm}mm {page.height_mm}mm; margin: {page.margin_mm}mm 8mm; {margins} }}
body {{ font-family: "{CSS_FONT[page.font]}"; font-size: {page.size}pt; margin: 0; }}
.heading {{ text-align: center; font-weight: bold; font-size: {page.size + 2}pt;
  line-height: 1.3; margin-bottom: 6pt; }}
.caption {{ font-weight: bold; margin: 6pt 0 4pt; }}
.text {{ margin: 1pt 0; }}
table {{ border-collapse: collapse; width: 100%; table-layout: fixed; margin-top: 5pt; }}
th, td {{ border: 0.5pt solid #999; padding: 1.5pt 2.5pt; vertical-align: top; }}
th {{ background: #dde4ee; font-weight: bold; text-align: center; vertical-align: middle; }}
thead {{ display: table-header-group; }}
td[rowspan="1"] {{ break-inside: avoid; }}
tr.bold td {{ font-weight: bold; }}
{zebra}
.sign {{ margin: 14pt 0 0 64%; text-align: center; break-inside: avoid; }}
.gap {{ height: 28pt; }}
"""


def printer(browser: Browser) -> Callable[[Document, Path], None]:
    """A ``blind.with_chromium`` renderer printing through ``browser``."""
    def render(doc: Document, path: Path) -> None:
        print_document(doc, html_page(doc, _css(doc, browser)), path)
    return render
