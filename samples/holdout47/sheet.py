"""Print a one-table document from LibreOffice Calc with ``holdout11.calcgrid``'s full grid,
its columns a hair narrower than the printable width.

``holdout7.calc`` sizes the columns to fill the page width exactly; with the 23 columns of a
T-C.29 the rounding of each width in the .fods pushes the sum past the printable area, and
Calc prints the last column on pages of its own. Half a percent of slack keeps the sheet one
page wide, as a user shrinking the last column a little before printing would."""

from __future__ import annotations

from pathlib import Path

from samples.holdout6.model import Document
from samples.holdout7 import calc
from samples.holdout11.calcgrid import GridSheet

SLACK = 0.995
"""Share of the printable width the columns take."""


class SnugSheet(GridSheet):
    """A fully gridded sheet whose columns leave a little room at the right margin."""

    def __init__(self, doc: Document, marks: frozenset[int]) -> None:
        super().__init__(doc, marks)
        self.widths = [w * SLACK for w in self.widths]


def write(doc: Document, path: Path) -> None:
    """Write ``doc`` as a fully gridded .fods sheet one page wide."""
    calc.write(doc, path, marks=frozenset(), sheet_type=SnugSheet)
