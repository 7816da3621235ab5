"""What a builder needs per sample: the document to render and its truth metadata.

One ``Sample`` serves every set: the document type varies with the renderer (reportlab /
Chromium ``layout.Document``, Word or Excel ``Document`` of holdout2 / holdout3), the truth
side does not.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Generic, TypeVar

from samples.families import Row

DocT = TypeVar("DocT")
SEED_AGENCY = "Dinas Sosial, Pemberdayaan Perempuan dan Perlindungan Anak"
"""The seeds' agency (the 2019 Renja still prints its pre-merger name, Dinas Sosial)."""


@dataclass(frozen=True)
class DocumentTruth:
    """The ``documents`` contract row of a sample, minus ``pages`` (known after rendering)."""

    doc_type: str
    title: str
    agency: str | None
    region: str | None
    unit: str | None
    year_start: int | None
    year_end: int | None


def seed_truth(doc_type: str, title: str, year_start: int, year_end: int,
               agency: str = SEED_AGENCY) -> DocumentTruth:
    """The documents row of a seed sample: every seed document is a plan of one agency of
    Kota Probolinggo as a whole (no unit), so only type, title, years and, for the
    pre-merger documents, the agency's name differ."""
    return DocumentTruth(doc_type, title, agency, "Kota Probolinggo", None, year_start,
                         year_end)


@dataclass(frozen=True)
class Sample(Generic[DocT]):
    """A document plus its truth tables in document order (``table_seq`` = position + 1)."""

    document: DocT
    info: DocumentTruth
    tables: tuple[tuple[str, list[Row]], ...] = field(default_factory=tuple)
