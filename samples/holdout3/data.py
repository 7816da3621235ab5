"""Curated rows of holdout3's own tables (``samples/holdout3/tables``); the seed tables are
read with ``samples.curated`` and printed sums computed by ``samples.derive``."""

from __future__ import annotations

from pathlib import Path

from samples.curated import Curated, load

TABLES_DIR = Path(__file__).parent / "tables"


def own(name: str) -> Curated:
    """Read ``samples/holdout3/tables/<name>.tsv`` with the curated loader."""
    return load(name, TABLES_DIR)
