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
from rencana.normalize.nomenclature import LEVELS, is_old_code

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
MATCH_COLUMNS = ["name_raw", "level", "name_key", "canonical_id", "score", "method", "status",
                 "occurrences", "all_canonical_ids"]
METHODS = ("code", "exact", "fuzzy", "override", "unmatched")
STATUS_ORDER = ("auto", "override", "review", "unmatched")
REVIEW_COLUMNS = ["name", "level", "decision", "note", "name_key", "score", "occurrences",
                  *[f"candidate_{i}_{part}" for i in (1, 2, 3) for part in ("id", "name", "score")]]


class _Log:
    """Counts how many table rows carried each (name, level, decision)."""

    def __init__(self) -> None:
        self.counts: Counter[tuple[str, str, MatchResult]] = Counter()

    def add(self, result: MatchResult, nominal_level: str | None) -> None:
        """One table row; a column that mixes levels records the matched entry's level."""
        level = result.level or nominal_level or "kegiatan"
        self.counts[(result.name_raw, level, result)] += 1

    def name_matches(self) -> pd.DataFrame:
        """One row per (raw name, level), as the contract wants.

        The same printed name can mean different entries under different parents ("Penyediaan
        Permakanan"). The row then shows the decision that covers most rows, and
        ``all_canonical_ids`` lists every id the name received with its row count.
        """
        grouped: dict[tuple[str, str], list[tuple[MatchResult, int]]] = {}
        for (name, level, result), n in self.counts.items():
            grouped.setdefault((name, level), []).append((result, n))
        rows = []
        for (name, level), decisions in sorted(grouped.items()):
            decisions.sort(key=lambda d: (-d[1], STATUS_ORDER.index(d[0].status),
                                          d[0].canonical_id or ""))
            top = decisions[0][0]
            ids = Counter()
            for result, n in decisions:
                ids[result.canonical_id or "-"] += n
            rows.append({"name_raw": name, "level": level, "name_key": top.name_key,
                         "canonical_id": top.canonical_id, "score": top.score,
                         "method": top.method, "status": top.status,
                         "occurrences": sum(n for _, n in decisions),
                         "all_canonical_ids": "; ".join(f"{cid} ({n})" for cid, n in
                                                        sorted(ids.items()))})
        return _typed_matches(pd.DataFrame(rows, columns=MATCH_COLUMNS))

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
    """The contract dtypes (pandera checks them without coercion)."""
    frame = frame.astype({"name_raw": "string", "name_key": "string", "canonical_id": "string",
                          "score": "Float64", "occurrences": "Int32",
                          "all_canonical_ids": "string"})
    frame["level"] = pd.Categorical(frame["level"], categories=LEVELS)
    frame["method"] = pd.Categorical(frame["method"], categories=METHODS)
    frame["status"] = pd.Categorical(frame["status"], categories=STATUS_ORDER)
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
            log.add(result, level)


def _accepted(result: MatchResult | None) -> bool:
    return result is not None and result.status in ACCEPTED and bool(result.canonical_id)


def _row_keys(frame: pd.DataFrame) -> list[tuple] | None:
    """(doc_id, table_id, row_no) per row, or None when the frame lacks provenance."""
    wanted = [*PROVENANCE, "row_no"]
    if not set(wanted) <= set(frame.columns):
        return None
    return list(frame[wanted].itertuples(index=False, name=None))


def _context_query(level: str | None, parent: str | None,
                   above: tuple[str, str] | None) -> tuple[str, str | None] | None:
    """(level, parent) to ask again for a row in review, given the (level, code) of the
    program or kegiatan the rows above it are in."""
    if above and parent and not above[1].startswith(parent + "."):
        above = None                              # the rows above belong to another program
    if above and above[0] == "kegiatan" and level in (None, "sub_kegiatan"):
        return "sub_kegiatan", above[1]
    if above and above[0] == "program" and level != "program":
        return level or "kegiatan", above[1]
    if level is None:
        return "kegiatan", parent
    return None


def _container(result: MatchResult) -> tuple[str, str]:
    """The program or kegiatan an accepted entry opens (a sub kegiatan: its kegiatan)."""
    if result.level == "sub_kegiatan":
        return "kegiatan", result.canonical_id.rsplit(".", 1)[0]
    return result.level or "kegiatan", result.canonical_id


def _resolve_by_row_order(keys: list[tuple], items: list[tuple | None],
                          results: list[MatchResult | None], matcher: Matcher) -> None:
    """Settle names in review from the rows printed above them.

    Tables print a program, then its kegiatan, then their sub kegiatan. A name in review (a
    sub kegiatan that exists under two kegiatan, a name that is both a kegiatan and its own
    sub kegiatan, a row whose parent link is missing) is asked again inside the last
    accepted official entry above it in the same table — as a sub kegiatan of a kegiatan,
    or inside a program; in a mixed column with nothing above, as a kegiatan. Only an
    ``auto`` answer replaces the review.
    """
    context: dict[tuple, tuple[str, str]] = {}
    for i in sorted(range(len(items)), key=lambda i: keys[i]):
        table = keys[i][:2]
        result = results[i]
        if result is not None and result.status == "review" and items[i] is not None:
            name, level, parent, code, old = items[i]
            query = _context_query(level, parent, context.get(table))
            if query is not None:
                retry = matcher.match(name, query[0], query[1], code, old=old)
                if retry.status == "auto":
                    results[i] = result = retry
        if _accepted(result) and not result.canonical_id.startswith("D-"):
            context[table] = _container(result)


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
        keys = _row_keys(frame)
        if level is None and keys is not None:
            _resolve_by_row_order(keys, items, results, matcher)
        _log_rows(log, results, level)
        _assign(frame, (f"{column}_code", f"{column}_canonical", f"{column}_score"), results)
    return frame


def _official(code: object) -> str | None:
    """A parent code usable as a search constraint (derived ids constrain nothing)."""
    return code if isinstance(code, str) and not code.startswith("D-") else None


def _annotate_plan_items(frame: pd.DataFrame, matcher: Matcher, old: pd.Series,
                         log: _Log) -> pd.DataFrame:
    """Levels top-down so each row's parent (``parent_row_no``) is decided before it."""
    frame = frame.copy()
    keys = _row_keys(frame) or [("", "", i) for i in range(len(frame))]
    blank = pd.Series(None, index=frame.index, dtype="object")
    parents = frame.get("parent_row_no", blank).tolist()
    # a garbled code is only in code_raw; the matcher repairs it when the repair is unique
    codes = frame.get("code", blank).fillna(frame.get("code_raw", blank)).tolist()
    names, levels = frame["name"].tolist(), frame["level"].tolist()
    items: list[tuple | None] = [None] * len(frame)
    results: list[MatchResult | None] = [None] * len(frame)
    accepted: dict[tuple, str] = {}
    for level in LEVELS:
        positions = [i for i, lv in enumerate(levels) if lv == level]
        for i in positions:
            doc, table, _ = keys[i]
            parent = accepted.get((doc, table, parents[i])) if pd.notna(parents[i]) else None
            items[i] = (_text(names[i]), level, _official(parent), _text(codes[i]),
                        bool(old.iloc[i]))
        for i, result in zip(positions, _decide(matcher, [items[i] for i in positions]),
                             strict=True):
            results[i] = result
            if _accepted(result):
                accepted[keys[i]] = result.canonical_id
    _resolve_by_row_order(keys, items, results, matcher)
    for level, result in zip(levels, results, strict=True):
        if result is not None:
            log.add(result, level)
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
    nomenclature = matcher.nomenclature_frame()
    _refresh_derived_names([f for name, f in out.items() if f is not tables.get(name)],
                           nomenclature)
    return out, nomenclature, log.name_matches(), log.review()


def _refresh_derived_names(frames: list[pd.DataFrame], nomenclature: pd.DataFrame) -> None:
    """Give every derived id the wording the registry ends with (rows seen early may carry
    an earlier wording of the same cluster)."""
    derived = nomenclature[nomenclature["source"] == "derived"]
    names = dict(zip(derived["canonical_id"], derived["name"], strict=True))
    columns = [("canonical_code", "canonical_name")] + [
        (f"{c}_code", f"{c}_canonical") for spec in COLUMN_SPECS.values() for c, _, _ in spec]
    for frame in frames:
        for code, canonical in columns:
            if code in frame and canonical in frame:
                mapped = frame[code].map(names).astype("string")
                frame[canonical] = mapped.fillna(frame[canonical])
