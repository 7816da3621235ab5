"""Add canonical names to the extracted tables and write the matching audit tables.

Every name column gains ``<column>_code``, ``<column>_canonical`` and ``<column>_score``
(``plan_items``: ``canonical_code``, ``canonical_name``, ``match_score``). Code and
canonical name are filled only for decisions an analyst may group on — ``auto`` (including
``derived`` ids of pre-2021 names) and ``override``; a name in ``review`` keeps its score but
no code until a human decides, so no unconfirmed match ever reaches a panel.

Parent context flows down: a kegiatan is matched inside its program's code, a sub kegiatan
inside its kegiatan's (``plan_items`` through ``parent_row_no``). A row belongs to the old
(pre-2021) nomenclature when its document ends before 2021 or its table prints old-style
codes; such names get derived ids instead of being forced onto 2021 entries.
"""

from __future__ import annotations

from collections import Counter

import pandas as pd

from rencana.normalize.matcher import Matcher, MatchResult
from rencana.normalize.nomenclature import is_old_code

REFORM_YEAR = 2021
"""First budget year of the Permendagri 90/2019 nomenclature."""
ACCEPTED = ("auto", "override")
PROVENANCE = ("doc_id", "table_id")

# (column, level or None when the column mixes levels, column holding the parent name)
COLUMN_SPECS: dict[str, tuple[tuple[str, str | None, str | None], ...]] = {
    "rencana_aksi": (("program", "program", None), ("kegiatan", "kegiatan", "program"),
                     ("sub_kegiatan", "sub_kegiatan", "kegiatan")),
    "iku_links": (("program", "program", None), ("kegiatan", None, "program")),
}
PLAN_LEVELS = ("program", "kegiatan", "sub_kegiatan")
MATCH_COLUMNS = ["name_raw", "level", "name_key", "canonical_id", "score", "method", "status",
                 "occurrences"]
REVIEW_COLUMNS = ["name", "level", "decision", "note", "name_key", "score", "occurrences",
                  *[f"candidate_{i}_{part}" for i in (1, 2, 3) for part in ("id", "name", "score")]]


class _Log:
    """Counts how many table rows carried each (name, level, decision)."""

    def __init__(self) -> None:
        self.counts: Counter[tuple[str, str, MatchResult]] = Counter()

    def add(self, result: MatchResult, nominal_level: str | None, rows: int) -> None:
        level = result.level or nominal_level or "kegiatan"
        self.counts[(result.name_raw, level, result)] += rows

    def name_matches(self) -> pd.DataFrame:
        rows = [{"name_raw": name, "level": level, "name_key": r.name_key,
                 "canonical_id": r.canonical_id, "score": r.score, "method": r.method,
                 "status": r.status, "occurrences": n}
                for (name, level, r), n in self.counts.items()]
        frame = pd.DataFrame(rows, columns=MATCH_COLUMNS)
        frame = (frame.groupby(MATCH_COLUMNS[:-1], dropna=False, sort=True)["occurrences"]
                 .sum().reset_index())
        return _typed_matches(frame)

    def review(self) -> pd.DataFrame:
        seen: dict[tuple[str, str], dict[str, object]] = {}
        for (name, level, result), n in self.counts.items():
            if result.status != "review":
                continue
            row = seen.get((name, level))
            if row is not None:
                row["occurrences"] = int(row["occurrences"]) + n
                continue
            row = {"name": name, "level": level, "decision": "", "note": "",
                   "name_key": result.name_key, "score": result.score, "occurrences": n}
            for i, (cid, cname, cscore) in enumerate(result.candidates, start=1):
                row.update({f"candidate_{i}_id": cid, f"candidate_{i}_name": cname,
                            f"candidate_{i}_score": cscore})
            seen[(name, level)] = row
        frame = pd.DataFrame(list(seen.values()), columns=REVIEW_COLUMNS)
        return frame.sort_values(["level", "name"], ignore_index=True)


def _typed_matches(frame: pd.DataFrame) -> pd.DataFrame:
    frame = frame.astype({"name_raw": "string", "name_key": "string", "canonical_id": "string",
                          "score": "float64", "occurrences": "int32"})
    for column in ("level", "method", "status"):
        frame[column] = frame[column].astype("category")
    return frame


def _old_documents(tables: dict[str, pd.DataFrame]) -> set[str]:
    """Documents whose whole period lies before the 2021 nomenclature reform."""
    documents = tables.get("documents")
    if documents is None or "year_end" not in documents:
        return set()
    ends = pd.to_numeric(documents["year_end"], errors="coerce")
    return set(documents.loc[ends < REFORM_YEAR, "doc_id"].astype(str))


def _old_rows(frame: pd.DataFrame, old_docs: set[str]) -> pd.Series:
    """Rows of old documents, or of tables that print old-style codes."""
    old = pd.Series(False, index=frame.index)
    if "doc_id" in frame:
        old = frame["doc_id"].astype(str).isin(old_docs)
    if "code" in frame and set(PROVENANCE) <= set(frame.columns):
        has_old = frame["code"].map(lambda c: is_old_code(c) if isinstance(c, str) else False)
        old_tables = set(frame.loc[has_old, list(PROVENANCE)].itertuples(index=False, name=None))
        keys = frame[list(PROVENANCE)].itertuples(index=False, name=None)
        old |= pd.Series([k in old_tables for k in keys], index=frame.index)
    return old


def _text(value: object) -> str | None:
    return value if isinstance(value, str) and value.strip() else None


def _decide(matcher: Matcher, items: list[tuple]) -> list[MatchResult | None]:
    """Match the distinct non-blank items once (blank names get None)."""
    distinct = list(dict.fromkeys(i for i in items if i[0] is not None))
    results = dict(zip(distinct, matcher.match_many(distinct), strict=True))
    return [results.get(i) if i[0] is not None else None for i in items]


def _log_rows(log: _Log, results: list[MatchResult | None], level: str | None) -> None:
    for result in results:
        if result is not None:
            log.add(result, level, 1)


def _accepted(result: MatchResult | None) -> bool:
    return result is not None and result.status in ACCEPTED and bool(result.canonical_id)


def _resolve_by_row_order(frame: pd.DataFrame, items: list[tuple],
                          results: list[MatchResult | None], matcher: Matcher) -> None:
    """Settle names of a mixed kegiatan/sub kegiatan column from the rows above them.

    Linkage tables print a kegiatan and then its sub kegiatan in the same column. A name in
    review (a sub kegiatan that exists under two kegiatan, or a name that is both a kegiatan
    and its own sub kegiatan) is matched again as a sub kegiatan of the last accepted
    kegiatan above it in the same table and program, or — with no such kegiatan yet — as a
    kegiatan. Only an ``auto`` answer replaces the review.
    """
    keys = list(frame[[*PROVENANCE, "row_no"]].itertuples(index=False, name=None))
    context: dict[tuple, str] = {}
    for i in sorted(range(len(items)), key=lambda i: keys[i]):
        table = keys[i][:2]
        result = results[i]
        if result is not None and result.status == "review":
            name, _, parent, code, old = items[i]
            kegiatan = context.get(table)
            if kegiatan and (parent is None or kegiatan.startswith(parent + ".")):
                retry = matcher.match(name, "sub_kegiatan", kegiatan, code, old=old)
            else:
                retry = matcher.match(name, "kegiatan", parent, code, old=old)
            if retry.status == "auto":
                results[i] = result = retry
        if _accepted(result) and result.level == "kegiatan":
            context[table] = result.canonical_id


def _columns(results: list[MatchResult | None]) -> tuple[list, list, list]:
    codes, names, scores = [], [], []
    for r in results:
        accepted = r is not None and r.status in ACCEPTED
        codes.append(r.canonical_id if accepted else None)
        names.append(r.canonical_name if accepted else None)
        scores.append(r.score if r is not None else None)
    return codes, names, scores


def _assign(frame: pd.DataFrame, names: tuple[str, str, str],
            results: list[MatchResult | None]) -> None:
    codes, canonical, scores = _columns(results)
    frame[names[0]] = pd.array(codes, dtype="string")
    frame[names[1]] = pd.array(canonical, dtype="string")
    frame[names[2]] = pd.array(scores, dtype="Float64")


def _annotate_named_columns(frame: pd.DataFrame, table: str, matcher: Matcher,
                            old: pd.Series, log: _Log) -> pd.DataFrame:
    frame = frame.copy()
    for column, level, parent_column in COLUMN_SPECS[table]:
        if column not in frame:
            continue
        parents = (frame[f"{parent_column}_code"] if parent_column and
                   f"{parent_column}_code" in frame else pd.Series(None, index=frame.index))
        items = [(_text(name), level, _official(parent), None, bool(is_old))
                 for name, parent, is_old in zip(frame[column], parents, old, strict=True)]
        results = _decide(matcher, items)
        if level is None and set(PROVENANCE) <= set(frame.columns) and "row_no" in frame:
            _resolve_by_row_order(frame, items, results, matcher)
        _log_rows(log, results, level)
        _assign(frame, (f"{column}_code", f"{column}_canonical", f"{column}_score"), results)
    return frame


def _official(code: object) -> str | None:
    """A parent code usable as a search constraint (derived ids constrain nothing)."""
    return code if isinstance(code, str) and not code.startswith("D-") else None


def _annotate_plan_items(frame: pd.DataFrame, matcher: Matcher, old: pd.Series,
                         log: _Log) -> pd.DataFrame:
    frame = frame.copy()
    results: list[MatchResult | None] = [None] * len(frame)
    accepted: dict[tuple, str] = {}
    ids = list(frame[["doc_id", "table_id", "row_no"]].itertuples(index=False, name=None))
    blank = pd.Series(None, index=frame.index, dtype="object")
    parents = frame.get("parent_row_no", blank).tolist()
    # a garbled code is only in code_raw; the matcher repairs it when the repair is unique
    codes = frame.get("code", blank).fillna(frame.get("code_raw", blank)).tolist()
    names = frame["name"].tolist()
    for level in PLAN_LEVELS:
        positions = [i for i, lv in enumerate(frame["level"]) if lv == level]
        items = []
        for i in positions:
            doc, table, _ = ids[i]
            parent = accepted.get((doc, table, parents[i])) if pd.notna(parents[i]) else None
            items.append((_text(names[i]), level, _official(parent), _text(codes[i]),
                          bool(old.iloc[i])))
        decided = _decide(matcher, items)
        _log_rows(log, decided, level)
        for i, result in zip(positions, decided, strict=True):
            results[i] = result
            if _accepted(result):
                accepted[ids[i]] = result.canonical_id
    _assign(frame, ("canonical_code", "canonical_name", "match_score"), results)
    return frame


def annotate(tables: dict[str, pd.DataFrame], matcher: Matcher
             ) -> tuple[dict[str, pd.DataFrame], pd.DataFrame, pd.DataFrame, pd.DataFrame]:
    """Annotate every name column; return (tables, nomenclature, name_matches, names_review).

    ``names_review`` is ``OUT/review/names_review.csv``: one line per name in review with its
    candidates and a blank ``decision``; its first four columns (name, level, decision,
    note) are the columns of ``normalize/overrides.csv``, so a decided line can be pasted there.
    """
    log = _Log()
    old_docs = _old_documents(tables)
    out = dict(tables)
    for table in COLUMN_SPECS:
        frame = tables.get(table)
        if frame is not None:
            out[table] = _annotate_named_columns(frame, table, matcher,
                                                 _old_rows(frame, old_docs), log)
    plan = tables.get("plan_items")
    if plan is not None and {"level", "name"} <= set(plan.columns):
        out["plan_items"] = _annotate_plan_items(plan, matcher, _old_rows(plan, old_docs), log)
    return out, matcher.nomenclature_frame(), log.name_matches(), log.review()
