"""What the builder needs per sample: the document to render and its truth metadata."""

from __future__ import annotations

from dataclasses import dataclass, field

from samples.families import Row
from samples.layout import Document


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


@dataclass(frozen=True)
class Sample:
    """A document plus its truth tables in document order (``table_seq`` = position + 1)."""

    document: Document
    info: DocumentTruth
    tables: tuple[tuple[str, list[Row]], ...] = field(default_factory=tuple)
