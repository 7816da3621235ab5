"""Map printed program / kegiatan / sub kegiatan names to the canonical nomenclature.

The cascade, each step recorded in ``method``:

1. ``override`` — a human decision in ``overrides.csv`` (by key and level) wins.
2. derived — a name printed with an old-style (pre-2021) code has no official entry: it gets
   a derived id, ``"D-"`` + hash of level and key, so the same name gets the same id in any
   document and any run order. Recorded as method ``exact`` (the key is the cluster); the
   ``nomenclature`` table marks the entry ``source = derived``.
3. ``code`` — a printed new-style code straight to the registry; a repaired (garbled) code
   only when the repair is unique *and* the name agrees. A row the caller flags ``old``
   (pre-2021 table) without a usable new code is derived here, never forced onto 2021 names.
4. ``exact`` — the matching key equals the key of one official name (inside the parent
   when the parent is known).
5. ``fuzzy`` — rapidfuzz similarity of keys against the level's entries; candidates are
   constrained to the parent's code when it is known.

Status: ``auto`` above :data:`ACCEPT` with a clear margin over the runner-up, ``review``
between :data:`REVIEW` and :data:`ACCEPT` (or a thin margin, or a tie between entries with
the same name), ``unmatched`` below. A wrong ``auto`` match is the worst outcome, so every
doubt goes to ``review``. The thresholds were chosen on the variant set
(``tests/data/name_variants.csv``; see ``bench/names.py``).
"""

from __future__ import annotations

import csv
import hashlib
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from pathlib import Path

import numpy as np
import pandas as pd
from rapidfuzz import fuzz
from rapidfuzz.process import cdist

from rencana.normalize.key import name_key, vocabulary_of
from rencana.normalize.nomenclature import LEVELS, Entry, Registry, is_old_code

ACCEPT = 90.0
"""Fuzzy score at or above which a match is accepted without review.

Measured on the variant sets (``python -m bench.names``): names with no entry (other urusan,
aksi wording) reach at most 85.0 (tuning) and 84.1 (held-out); 90 leaves a margin of five
points, and moving it between 85 and 95 changes only the review rate (3–6 %), never the
auto precision (1.00)."""
REVIEW = 75.0
"""Fuzzy score below which a name is left unmatched: 75 gives the best accuracy of the
sweep (65–80); lower lets aksi wording into review, higher loses truncated names."""
MARGIN = 4.0
"""Minimum lead over the best different entry for an ``auto`` decision."""

DEFAULT_OVERRIDES = Path(__file__).with_name("overrides.csv")
NO_MATCH = "none"
"""Override decision meaning "this name has no entry": it stays unmatched, on purpose."""

Item = tuple[str, str | None, str | None, str | None]
"""(name, level, parent_code, code) — what the pipeline asks about one printed name."""
Candidate = tuple[str, str, float]


@dataclass(frozen=True)
class MatchResult:
    """The decision for one printed name."""

    name_raw: str
    level: str | None
    name_key: str
    canonical_id: str | None
    canonical_name: str | None
    score: float
    method: str
    status: str
    candidates: tuple[Candidate, ...]


@dataclass(frozen=True)
class _Override:
    canonical_id: str | None
    name: str


def similarity(a: str, b: str) -> float:
    """Score of two keys: edit similarity, forgiving word order (0–100)."""
    return max(fuzz.ratio(a, b), fuzz.token_sort_ratio(a, b))


def derived_id(level: str, key: str) -> str:
    """Stable id of a name with no official entry: depends on level and key only."""
    return "D-" + hashlib.sha1(f"{level}|{key}".encode()).hexdigest()[:10]


class Matcher:
    """Matches names against one registry plus the curated overrides."""

    def __init__(self, registry: Registry, overrides_path: Path | None = None,
                 accept: float = ACCEPT, review: float = REVIEW, margin: float = MARGIN) -> None:
        self.registry = registry
        self.accept, self.review, self.margin = accept, review, margin
        self.vocabulary = vocabulary_of(e.name for e in registry.entries())
        self._key_of: dict[str, str] = {
            e.canonical_id: self.key(e.name) for e in registry.entries()
        }
        self._by_key: dict[str, list[Entry]] = {}
        for entry in registry.entries():
            self._by_key.setdefault(self._key_of[entry.canonical_id], []).append(entry)
        self._blocks: dict[str | None, tuple[list[Entry], list[str]]] = {}
        for level in (*LEVELS, None):
            entries = registry.entries(level)
            self._blocks[level] = (entries, [self._key_of[e.canonical_id] for e in entries])
        self._overrides = self._load_overrides(overrides_path) if overrides_path else {}
        self._derived: dict[str, Entry] = {}
        self._cache: dict[tuple, MatchResult] = {}
        self._masks: dict[tuple[str | None, str], np.ndarray] = {}

    @classmethod
    def default(cls, overrides_path: Path | None = None) -> Matcher:
        """The shipped registry with ``overrides_path`` (default: the shipped overrides)."""
        return cls(Registry.load(), overrides_path or DEFAULT_OVERRIDES)

    def key(self, name: str | None) -> str:
        """The matching key of ``name`` with this registry's vocabulary."""
        return name_key(name, self.vocabulary)

    # -- overrides -------------------------------------------------------------------------

    def _load_overrides(self, path: Path) -> dict[tuple[str, str], _Override]:
        """Decisions by (key, level); a blank level applies to every level.

        Rows with a blank decision are skipped (an unfilled review line); an unknown
        official-looking id is an error, because a typo must not silently unmatch a name.
        """
        table: dict[tuple[str, str], _Override] = {}
        if not path.exists():
            return table
        with open(path, encoding="utf-8", newline="") as handle:
            for row in csv.DictReader(handle):
                decision = (row.get("decision") or "").strip()
                if not decision or not (row.get("name") or "").strip():
                    continue
                level = (row.get("level") or "").strip()
                target = self._override_target(decision, path)
                table[(self.key(row["name"]), level)] = target
        return table

    def _override_target(self, decision: str, path: Path) -> _Override:
        if decision.lower() == NO_MATCH:
            return _Override(None, "")
        if decision.startswith("D-"):
            return _Override(decision, "")
        entry = self.registry.by_code.get(decision)
        if entry is None:
            raise ValueError(f"{path}: decision {decision!r} is not a registry code")
        return _Override(entry.canonical_id, entry.name)

    # -- public API -------------------------------------------------------------------------

    def match(
        self,
        name: str,
        level: str | None,
        parent_code: str | None = None,
        code: str | None = None,
        *,
        old: bool = False,
    ) -> MatchResult:
        """Decide one name. ``level=None`` searches every level and returns the best."""
        return self.match_many([(name, level, parent_code, code, old)])[0]

    def match_many(
        self, items: Iterable[Item | tuple[str, str | None, str | None, str | None, bool]]
    ) -> list[MatchResult]:
        """Decide many names at once (fuzzy scoring is batched per level).

        Items are ``(name, level, parent_code, code)``, optionally with a fifth element
        ``old`` (the row belongs to a pre-2021 table). Repeated questions are answered from
        a cache keyed by the matching key, so a name printed a thousand times costs one.
        """
        items = [tuple(i) + (False,) * (5 - len(i)) for i in items]
        results: list[MatchResult | None] = [None] * len(items)
        pending: dict[str | None, list[tuple[int, tuple, str]]] = {}
        for index, (name, level, parent, code, old) in enumerate(items):
            name = "" if name is None else str(name)
            key = self.key(name)
            cache_key = (key, level, parent or None, code or None, bool(old))
            cached = self._cache.get(cache_key)
            if cached is not None:
                if cached.canonical_id in self._derived:
                    self._note_derived(cached.canonical_id, name)
                results[index] = replace(cached, name_raw=name)
                continue
            decided = self._decide_without_fuzzy(name, key, level, parent, code, bool(old))
            if decided is not None:
                self._cache[cache_key] = decided
                results[index] = decided
            else:
                pending.setdefault(level, []).append((index, cache_key, name))
        for level, group in pending.items():
            self._fuzzy_block(level, group, results)
        return [r for r in results if r is not None]

    def level_of(self, name: str) -> str | None:
        """The level a name has in the nomenclature, when that much is certain.

        For tables that print neither codes nor level labels. A name that exists under two
        kegiatan is still certainly a sub kegiatan, so ties between entries of one level
        count; anything below the accept threshold says nothing.
        """
        result = self.match(name, None)
        if result.status in ("auto", "override"):
            return result.level
        best = [c for c in result.candidates if c[2] >= max(self.accept, result.score)]
        levels = {self.registry.by_code[c[0]].level for c in best if c[0] in self.registry.by_code}
        return levels.pop() if len(levels) == 1 else None

    def nomenclature_frame(self) -> pd.DataFrame:
        """Contract ``nomenclature`` table: every official entry plus the derived ones used."""
        derived = pd.DataFrame(
            [{"canonical_id": e.canonical_id, "level": e.level, "name": e.name,
              "parent_id": None, "source": "derived"}
             for e in sorted(self._derived.values(), key=lambda e: e.canonical_id)],
            columns=["canonical_id", "level", "name", "parent_id", "source"],
        ).astype({"canonical_id": "string", "name": "string", "parent_id": "string"})
        frame = pd.concat([self.registry.frame(), derived], ignore_index=True)
        frame["level"] = pd.Categorical(frame["level"], categories=LEVELS)
        frame["source"] = pd.Categorical(frame["source"], categories=("official", "derived"))
        return frame

    # -- cascade ----------------------------------------------------------------------------

    def _result(
        self,
        name: str,
        level: str | None,
        key: str,
        entry_id: str | None,
        entry_name: str | None,
        score: float,
        method: str,
        status: str,
        candidates: Sequence[Candidate] = (),
    ) -> MatchResult:
        # the level of the decided entry: inferred when none was asked, corrected when a
        # document misfiled the name (an accepted match is the better evidence)
        if entry_id is not None and (level is None or status in ("auto", "override")):
            found = self.registry.by_code.get(entry_id) or self._derived.get(entry_id)
            level = found.level if found else level
        return MatchResult(
            name,
            level,
            key,
            entry_id,
            entry_name,
            round(float(score), 1),
            method,
            status,
            tuple(candidates[:3]),
        )

    def _decide_without_fuzzy(
        self,
        name: str,
        key: str,
        level: str | None,
        parent: str | None,
        code: str | None,
        old: bool,
    ) -> MatchResult | None:
        """Steps 1–4 of the cascade; None when the name needs fuzzy scoring."""
        override = self._overrides.get((key, level or "")) or self._overrides.get((key, ""))
        if override is not None:
            cid = override.canonical_id
            if cid is None:
                return self._result(name, level, key, None, None, 0.0, "override", "override")
            label = override.name or name
            return self._result(
                name, level, key, cid, label, 100.0, "override", "override", ((cid, label, 100.0),)
            )
        if is_old_code(code) and key:
            return self._derive(name, key, level)
        by_code = self._by_code(name, key, level, code)
        if by_code is not None:
            return by_code
        if not key:
            return self._result(name, level, key, None, None, 0.0, "unmatched", "unmatched")
        if old:
            return self._derive(name, key, level)
        return self._exact(name, key, level, parent)

    def _derive(self, name: str, key: str, level: str | None) -> MatchResult:
        """A derived entry for a pre-2021 name.

        The old nomenclature has two levels, program and kegiatan; an item a table files
        below a kegiatan is still an old kegiatan, so both get one id per key.
        """
        if level is None:
            return self._result(name, level, key, None, None, 0.0, "unmatched", "unmatched")
        family = "program" if level == "program" else "kegiatan"
        cid = derived_id(family, key)
        self._derived.setdefault(cid, Entry(cid, family, name, None, source="derived"))
        label = self._note_derived(cid, name)
        return self._result(name, level, key, cid, label, 100.0, "exact", "auto",
                            ((cid, label, 100.0),))

    def _note_derived(self, cid: str, name: str) -> str:
        """Keep the smallest printed wording as the entry's name: the same for any order."""
        entry = self._derived[cid]
        if name < entry.name:
            self._derived[cid] = replace(entry, name=name)
        return self._derived[cid].name

    def _by_code(
        self, name: str, key: str, level: str | None, code: str | None
    ) -> MatchResult | None:
        entry, clean = self.registry.lookup_code(code)
        if entry is None:
            return None
        agreement = similarity(key, self._key_of[entry.stored_id]) if key else 100.0
        candidate = ((entry.canonical_id, entry.name, agreement),)
        if agreement < self.accept and not clean:
            return None
        # A clean printed code whose name disagrees goes to review, never silently auto.
        status = "auto" if agreement >= self.accept else "review"
        return self._result(name, level, key, entry.canonical_id, entry.name, agreement,
                            "code", status, candidate)

    def _in_parent(self, entry: Entry, parent: str | None) -> bool:
        return parent is None or entry.canonical_id.startswith(
            self.registry.template_of(parent) + "."
        )

    def _exact(self, name: str, key: str, level: str | None,
               parent: str | None) -> MatchResult | None:
        """Exact key: one entry (inside the parent, when known) → auto; several → review.

        A name found only at another level than asked (a sub kegiatan printed in the
        kegiatan column, a kegiatan a table files as sub kegiatan) is still that entry —
        documents do misfile levels — so a unique hit is accepted and reports its own level.
        """
        all_hits = self._by_key.get(key, [])
        hits = [e for e in all_hits if level is None or e.level == level] or all_hits
        if not hits:
            return None
        inside = [e for e in hits if self._in_parent(e, parent)]
        candidates = [(self.registry.rebase_like(e.canonical_id, parent), e.name, 100.0)
                      for e in inside or hits]
        status = "auto" if len(inside) == 1 else "review"
        return self._result(name, level, key, candidates[0][0], candidates[0][1], 100.0,
                            "exact", status, candidates)

    def _fuzzy_block(
        self,
        level: str | None,
        group: list[tuple[int, tuple, str]],
        results: list[MatchResult | None],
    ) -> None:
        """Score a group of names against one level's entries in one batched call."""
        entries, keys = self._blocks[level]
        queries = [cache_key[0] for _, cache_key, _ in group]
        scores = cdist(queries, keys, scorer=fuzz.ratio, dtype=np.float32, workers=-1)
        # Word order only matters for names that are not already clear edit-distance
        # matches; scoring just those keeps 100k names well inside the time budget.
        unclear = np.flatnonzero(scores.max(axis=1) < self.accept + self.margin)
        if len(unclear):
            swapped = cdist([queries[i] for i in unclear], keys, scorer=fuzz.token_sort_ratio,
                            dtype=np.float32, workers=-1)
            scores[unclear] = np.maximum(scores[unclear], swapped)
        for row, (index, cache_key, name) in enumerate(group):
            result = self._fuzzy_decision(name, cache_key, entries, scores[row])
            self._cache[cache_key] = result
            results[index] = result

    def _parent_mask(
        self, level: str | None, parent: str | None, entries: list[Entry]
    ) -> np.ndarray | None:
        """Which of the level's entries lie under ``parent`` (cached per parent)."""
        if not parent:
            return None
        mask = self._masks.get((level, parent))
        if mask is None:
            mask = np.array([self._in_parent(e, parent) for e in entries], dtype=bool)
            self._masks[(level, parent)] = mask
        return mask

    def _fuzzy_decision(
        self, name: str, cache_key: tuple, entries: list[Entry], scores: np.ndarray
    ) -> MatchResult:
        key, level, parent = cache_key[0], cache_key[1], cache_key[2]
        mask = self._parent_mask(level, parent, entries)
        constrained = mask is not None and bool(mask.any())
        space = np.where(mask, scores, -1.0) if constrained else scores
        order = np.argsort(-space, kind="stable")
        best_score = float(space[order[0]])
        runner_up = float(space[order[1]]) if len(order) > 1 else 0.0
        outside_better = constrained and float(scores.max()) > best_score
        candidates = [
            (
                self.registry.rebase_like(entries[i].canonical_id, parent),
                entries[i].name,
                round(float(scores[i]), 1),
            )
            for i in (np.argsort(-scores, kind="stable")[:3] if outside_better else order[:3])
        ]
        if best_score < self.review and not (outside_better and scores.max() >= self.review):
            return self._result(
                name, level, key, None, None, best_score, "unmatched", "unmatched", candidates
            )
        clear = best_score >= self.accept and best_score - runner_up >= self.margin
        status = "auto" if clear and not outside_better else "review"
        top = candidates[0]
        return self._result(name, level, key, top[0], top[1], top[2], "fuzzy", status, candidates)
