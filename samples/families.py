"""Ground-truth rows per contract table, computed from curated data (never from a PDF).

Each builder receives the curated table the PDF was rendered from and applies the data
contract's semantics: fill-down of merged cells, long format over year columns, packed
cells split into paired rows, value parsing. Columns follow docs/DATA_CONTRACT.md minus
the provenance columns a sample cannot know (doc_id, table_id, row_no, page, ...).
"""

from __future__ import annotations

from collections.abc import Mapping

from samples.curated import MERGED, Curated
from samples.values import canonical_code, is_mark, money, parse_quantity

Row = dict[str, object]

PROGRAM, KEGIATAN, SUB = "program", "kegiatan", "sub_kegiatan"


def _text(value: str) -> str | None:
    return value or None


def rencana_aksi(data: Curated, unit: str | None, sasaran: str | None) -> list[Row]:
    """One row per aksi line of a 16-column Rencana Aksi table."""
    rows = []
    for r in data.filled():
        row: Row = {"unit": unit, "sasaran_strategis": sasaran}
        for level in (PROGRAM, KEGIATAN, SUB):
            row[level] = _text(r[level])
            row[f"{level}_indikator"] = _text(r[f"{level}_indikator"])
            row[f"{level}_target_raw"] = _text(r[f"{level}_target"])
        row["sub_kegiatan_target_value"], row["sub_kegiatan_target_unit"] = parse_quantity(
            r["sub_kegiatan_target"])
        row["aksi"] = _text(r["aksi"])
        row["volume_raw"] = _text(r["volume"])
        row["volume_value"], row["volume_unit"] = parse_quantity(r["volume"])
        rows.append(row | {f"tw{q}": is_mark(r[f"tw{q}"]) for q in range(1, 5)})
    return rows


def renstra_targets(data: Curated, years: Mapping[str, int]) -> list[Row]:
    """Indicator × year targets in long format; a blank target cell yields no row.

    ``years`` maps curated column keys to the year they hold. Tujuan and sasaran are
    filled down; a row that starts a new tujuan has no sasaran unless one is printed.
    Where the table has a Satuan column, it gives every target of its indicator the
    column's unit, lower-cased (``Persen`` → ``persen``); the target cell stays
    ``target_raw``.
    """
    rows = []
    has_tujuan = "tujuan" in data.columns
    has_sasaran = "sasaran" in data.columns
    has_satuan = "satuan" in data.columns
    for r in data.filled():
        for key, year in years.items():
            raw = r[key]
            if not raw:
                continue
            value, unit = parse_quantity(raw)
            rows.append({
                "tujuan": _text(r["tujuan"]) if has_tujuan else None,
                "sasaran": _text(r["sasaran"]) if has_sasaran else None,
                "indikator": r["indikator"],
                "year": year,
                "target_raw": raw,
                "target_value": value,
                "target_unit": r["satuan"].lower() if has_satuan else unit,
            })
    return rows


IKU_TEXT = {
    "tujuan_rpjmd": "tujuan", "iku_kota": "iku_kota", "sasaran_strategis": "sasaran",
    "indikator_kinerja": "indikator", "target_raw": "target", "baseline_raw": "capaian",
    "program": "program", "indikator_program": "indikator_program", "kegiatan": "kegiatan",
    "indikator_kegiatan": "indikator_kegiatan",
}
"""iku_links text columns (contract order) → the curated key printed in them."""


def iku_links(data: Curated) -> list[Row]:
    """One row per kegiatan / sub kegiatan line (packed items were curated one per row)."""
    return [
        {**{column: _text(r[key]) for column, key in IKU_TEXT.items()},
         "budget_idr": money(r["anggaran"])}
        for r in data.filled()
        if r["kegiatan"]
    ]


def printed_bold(row: Mapping[str, str]) -> bool:
    """Whether a plan table prints the row bold: group and total rows (urusan, bidang
    urusan, JUMLAH: no ``level``) and programs, as Renja and Renstra templates do."""
    return row["level"] in ("", PROGRAM)


def plan_items(data: Curated, years: Mapping[str | None, int]) -> list[Row]:
    """Program / kegiatan / sub kegiatan lines, one row per item per year group.

    ``years`` maps a column-suffix to a year: key ``"2021"`` reads ``target_2021`` and
    ``budget_2021``; key ``None`` reads plain ``target`` / ``budget`` columns for the year
    given as its value. In a multi-year table a year group printed blank yields no row.
    Rows with ``level`` blank (group and total rows such as URUSAN or JUMLAH) are not plan
    items but still count in ``row_no`` numbering, which is the 1-based index among printed
    body rows. ``parent_row_no`` points at the enclosing program (for a kegiatan) or
    kegiatan (for a sub kegiatan).
    """
    out: list[Row] = []
    parents: dict[str, int] = {}
    for row_no, (raw, r) in enumerate(zip(data.rows, data.filled(), strict=True), start=1):
        level = r["level"]
        if not level:
            continue
        if raw[data.column("name")] == MERGED:
            raise ValueError("plan item names are never merged cells")
        parents[level] = row_no
        if level == PROGRAM:
            parents.pop(KEGIATAN, None)
        parent = {KEGIATAN: parents.get(PROGRAM), SUB: parents.get(KEGIATAN)}.get(level)
        for suffix, year in years.items():
            tail = f"_{suffix}" if suffix else ""
            target = r.get(f"target{tail}", "")
            budget = money(r.get(f"budget{tail}", ""))
            if len(years) > 1 and not target and budget is None:
                continue  # a year group printed blank holds no plan for that year
            value, unit = parse_quantity(target)
            realized = money(r.get("realized_budget", ""))
            out.append({
                "level": level,
                "code_raw": _text(r.get("code", "")),
                "code": canonical_code(r.get("code", "")),
                "name": r["name"],
                "parent_row_no": parent,
                "indikator": _text(r.get("indikator", "")),
                "year": year,
                "target_raw": _text(target),
                "target_value": value,
                "target_unit": _text(r.get("satuan", "").lower()) or unit,
                "budget_idr": budget,
                "realized_target_raw": _text(r.get("realized_target", "")),
                "realized_budget_idr": realized,
                "lokasi": _text(r.get("lokasi", "")),
            })
    return out
