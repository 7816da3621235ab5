"""Curated rows of holdout2's own tables (``samples/holdout2/tables``); seed tables are
re-homed and printed sums computed by ``samples.derive``."""

from __future__ import annotations

from pathlib import Path

from samples.curated import Curated, load

TABLES_DIR = Path(__file__).parent / "tables"


def own(name: str) -> Curated:
    """Read ``samples/holdout2/tables/<name>.tsv`` with the curated loader."""
    return load(name, TABLES_DIR)
