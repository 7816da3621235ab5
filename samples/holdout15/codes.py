"""Pre-2021 (Permendagri 13/2006 – 54/2010) program and kegiatan codes as this set prints
them, and their canonical form in the truth.

Seed 004 prints its codes compactly (``110600.110601.16.017``: urusan 1.06, organisasi
1.06.01, program 16, kegiatan 017). Word-era Renja and Renstra of other regions print the
same segments dotted with the urusan repeated before the organisation
(``1.06.1.06.01.16.017``) or separated by spaces (``1 06 01 16 017``). The contract keeps old
codes in their own form, so ``code`` is the printed code with spaces read as dots and no
segment re-padded (``samples.values.canonical_code`` would treat a dotted old code as new
nomenclature and re-pad it)."""

from __future__ import annotations

from samples.families import Row


def segments(code: str) -> tuple[str, str, str]:
    """(urusan, program, kegiatan) of a seed code: ``110600.110601.16.017`` → ("06", "16",
    "017"); a program code ``110600.16`` has no kegiatan ("")."""
    parts = code.split(".")
    kegiatan = parts[3] if len(parts) == 4 else ""
    return parts[0][2:4], parts[-2] if kegiatan else parts[1], kegiatan


def canonical(raw: str) -> str:
    """``1 06 01 16 017`` → ``1.06.01.16.017``; a dotted old code stays as printed."""
    return ".".join(raw.split()) if " " in raw.strip() else raw.strip()


def kept(rows: list[Row]) -> list[Row]:
    """Truth rows with ``code`` in the old codes' own form (see the module docstring)."""
    return [{**row, "code": canonical(str(row["code_raw"])) if row["code_raw"] else None}
            for row in rows]
