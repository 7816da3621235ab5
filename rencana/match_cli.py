"""``rencana match``: ask the normalizer about names, one by one or a whole CSV.

    rencana match --level program "PROGRAM PEMERDAYAAN SOSIAL" "Rehabilitasi Sosial"
    rencana match --csv names.csv --out decisions.csv

The CSV needs ``name_raw`` and ``level`` (program | kegiatan | sub_kegiatan; blank = any),
optionally ``parent_code``; other columns are carried through and ``canonical_id``,
``canonical_name``, ``score``, ``method``, ``status`` are added.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

import pandas as pd

from rencana.normalize.matcher import Matcher, MatchResult
from rencana.normalize.nomenclature import LEVELS

OUTPUT_COLUMNS = ["canonical_id", "canonical_name", "score", "method", "status"]
TABLE_HEADER = ("name", "canonical id", "canonical name", "score", "method", "status")
NAME_WIDTH = 60


def add_parser(subparsers) -> None:
    """Register the ``match`` sub-command."""
    parser = subparsers.add_parser(
        "match",
        help="map program/kegiatan/sub kegiatan names to the canonical nomenclature",
        description="Show how names are matched to the official nomenclature "
        "(status auto, review, unmatched or override).",
    )
    parser.add_argument("names", nargs="*", metavar="NAME", help="names to match")
    parser.add_argument("--level", choices=LEVELS, help="level of the NAMEs (default: any)")
    parser.add_argument("--parent-code", help="code of the NAMEs' parent, when known")
    parser.add_argument("--csv", type=Path, help="CSV with name_raw, level[, parent_code]")
    parser.add_argument("--out", type=Path, help="where to write the CSV decisions")
    parser.add_argument("--overrides", type=Path, help="overrides file (default: shipped)")
    parser.set_defaults(handler=run)


def _clip(text: str | None, width: int = NAME_WIDTH) -> str:
    text = text or "-"
    return text if len(text) <= width else text[: width - 1] + "…"


def format_table(results: list[MatchResult]) -> str:
    """Plain aligned columns: readable in any terminal and in a log file."""
    rows = [TABLE_HEADER] + [
        (_clip(r.name_raw), r.canonical_id or "-", _clip(r.canonical_name), f"{r.score:.1f}",
         r.method, r.status)
        for r in results
    ]
    widths = [max(len(row[i]) for row in rows) for i in range(len(TABLE_HEADER))]
    return "\n".join("  ".join(cell.ljust(w) for cell, w in zip(row, widths, strict=True))
                     .rstrip() for row in rows)


def match_frame(frame: pd.DataFrame, matcher: Matcher) -> pd.DataFrame:
    """``frame`` with the decision columns added (input columns kept as they are)."""
    def column(name: str) -> list[str | None]:
        if name not in frame:
            return [None] * len(frame)
        return [v if isinstance(v, str) and v.strip() else None for v in frame[name]]

    items = list(zip(frame["name_raw"].fillna("").astype(str), column("level"),
                     column("parent_code"), [None] * len(frame), strict=True))
    results = matcher.match_many(items)
    out = frame.copy()
    out["canonical_id"] = [r.canonical_id for r in results]
    out["canonical_name"] = [r.canonical_name for r in results]
    out["score"] = [r.score for r in results]
    out["method"] = [r.method for r in results]
    out["status"] = [r.status for r in results]
    return out


def run(args: argparse.Namespace) -> int:
    """Exit 0 on success, 2 on a usage error (the CLI's convention)."""
    if bool(args.csv) == bool(args.names) or (args.csv and not args.out):
        print("rencana match: give NAMEs, or --csv FILE --out FILE", file=sys.stderr)
        return 2
    matcher = Matcher.default(args.overrides)
    if args.names:
        results = [matcher.match(n, args.level, args.parent_code) for n in args.names]
        print(format_table(results))
        return 0
    if not args.csv.exists():
        print(f"rencana match: input not found: {args.csv}", file=sys.stderr)
        return 2
    frame = pd.read_csv(args.csv, dtype=str, keep_default_na=False)
    if "name_raw" not in frame:
        print("rencana match: the CSV needs a name_raw column", file=sys.stderr)
        return 2
    out = match_frame(frame, matcher)
    args.out.parent.mkdir(parents=True, exist_ok=True)
    out.to_csv(args.out, index=False)
    counts = out["status"].value_counts().to_dict()
    print(f"{len(out)} names -> {args.out} ({', '.join(f'{k} {v}' for k, v in counts.items())})")
    return 0
