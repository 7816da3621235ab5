"""IKU linkage (Tabel Keterkaitan IKU dengan Program Kegiatan): tujuan → IKU → sasaran →
indikator → program → kegiatan with its indicator and budget.

Agencies often pack several kegiatan, their indicators and their amounts into one cell,
one item per paragraph; those become one row each, paired in order.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from rencana.extract.families.base import Column, Row, TableContext, TableFamily
from rencana.normalize.money import parse_money

from rencana.records import FamilyRows

_PARAGRAPH = re.compile(r"\n\s*\n")
_PACKED = ("kegiatan", "indikator_kegiatan", "budget_raw")


def paragraphs(text: str) -> list[str]:
    """The paragraphs of a cell (a blank line separates them)."""
    return [p.strip() for p in _PARAGRAPH.split(text or "") if p.strip()]


class IkuLinks(TableFamily):
    name = "iku_links"
    table = "iku_links"
    columns = (
        Column("indikator_program", r"indikator.*program"),
        Column("indikator_kegiatan", r"indikator.*kegiatan"),
        Column("iku_kota", r"\biku\b.*\b(kota|kabupaten|daerah|pemda)\b|\biku\b(?!.*opd)"),
        Column("tujuan_rpjmd", r"\btujuan\b"),
        Column("sasaran_strategis", r"\bsasaran\b"),
        Column("indikator_kinerja", r"indikator"),
        Column("target_raw", r"\btarget\b"),
        Column("baseline_raw", r"capaian|realisasi|baseline|kondisi awal"),
        Column("budget_raw", r"anggaran|pagu|\brp\b|dana"),
        Column("program", r"\bprogram\b"),
        Column("kegiatan", r"kegiatan"),
    )
    required = frozenset({"program", "kegiatan", "indikator_kegiatan"})
    levels = (
        ("tujuan_rpjmd",),
        ("iku_kota",),
        ("sasaran_strategis",),
        ("indikator_kinerja", "target_raw", "baseline_raw"),
        ("program", "indikator_program"),
    )

    def split_packed(self, row: Row, out: FamilyRows) -> list[Row]:
        parts = {name: paragraphs(row.get(name, "")) for name in _PACKED}
        count = len(parts["kegiatan"])
        if count <= 1:
            return [row]
        others = {name: len(p) for name, p in parts.items() if name != "kegiatan" and p}
        if any(n != count for n in others.values()):
            out.warnings.append(
                f"packed cell: {count} kegiatan but {others} paired values; "
                "amounts left unpaired (kept in budget_raw)"
            )
        rows = []
        for i, name in enumerate(parts["kegiatan"]):
            item = dict(row, kegiatan=name)
            for other in ("indikator_kegiatan", "budget_raw"):
                item[other] = parts[other][i] if len(parts[other]) == count else ""
            rows.append(item)
        if len(parts["budget_raw"]) not in (0, count):
            # Never pair amounts by guesswork: keep the printed text, leave the value null.
            rows[0]["_unpaired_budget"] = row.get("budget_raw", "")
        return rows

    def records(
        self, row: Row, ctx: TableContext, out: FamilyRows, row_no: int
    ) -> Iterator[dict]:
        if not row.get("kegiatan"):
            return
        money = parse_money(row.get("budget_raw"))
        raw_budget = row.get("budget_raw") or row.get("_unpaired_budget") or None
        if money.warning:
            out.warnings.append(money.warning)
        yield {
            **{name: row.get(name) or None for name in (
                "tujuan_rpjmd", "iku_kota", "sasaran_strategis", "indikator_kinerja",
                "target_raw", "baseline_raw", "program", "indikator_program", "kegiatan",
                "indikator_kegiatan",
            )},
            "budget_idr": money.value,
            "budget_raw": raw_budget,
        }
