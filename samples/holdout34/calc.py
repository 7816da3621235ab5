"""Print a one-table ``holdout6.model.Document`` through LibreOffice Calc as a workbook
whose language is **English (USA)**, the default of an office install nobody localised.

Grid, layout, pagination and the .fods writing are ``holdout11.calcgrid``'s (every cell
boxed); this module only sets the sheet's default cell language to en-US. The amounts and
decimals the document module puts in the cells are already in that locale's form
(``1,250,000,000``, ``85.5%``), as such a workbook prints them.
"""

from __future__ import annotations

from pathlib import Path

from samples.holdout6.model import Document
from samples.holdout11 import calcgrid

DEFAULT = '<style:default-style style:family="table-cell"><style:text-properties'
EN_US = f'{DEFAULT} fo:language="en" fo:country="US"'


def write(doc: Document, path: Path) -> None:
    """Write ``doc`` as a fully gridded en-US .fods sheet."""
    calcgrid.write(doc, path)
    text = path.read_text(encoding="utf-8")
    if DEFAULT not in text:
        raise ValueError("calcgrid's default cell style changed: no place for the locale")
    path.write_text(text.replace(DEFAULT, EN_US), encoding="utf-8")
