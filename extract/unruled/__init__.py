"""Tables printed without vertical rules: columns from white space, rows from rules and
paragraphs.

Word processors and browsers often print planning tables with horizontal rules only (under
the header, between groups, under each row) or with none at all (zebra shading, white
space). pdfplumber's ``lines`` strategy needs rules in both directions and finds nothing
there. Such a table still has columns: vertical strips of white that no body line crosses
("rivers"); and rows: the rules where they are drawn, else the paragraphs of the column that
holds one entry per row. Text is grouped per column before it is grouped into lines,
because cells set in the middle of their row put neighbouring columns' lines at different
heights: page-wide lines would interleave cells.

The header is laid on the body's columns: a label whose phrase covers several columns is a
band (a column span), labels under it are its leaves, and a leaf alone in white space or
sharing a body column with another leaf (a quarter column nobody marked) makes its own
column. Everything is measured in word heights, so the geometry does not depend on units.

Modules: ``lines`` (which lines make a table, where the body starts), ``columns``,
``header``, ``body`` (rows and cells), ``table`` (one table, every table on a page).
"""

from rencana.extract.unruled.lines import Rule
from rencana.extract.unruled.table import LayoutTable, unruled_tables

__all__ = ["LayoutTable", "Rule", "unruled_tables"]
