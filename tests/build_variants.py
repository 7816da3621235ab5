"""Build the name-variant sets the normalizer is measured on.

Run ``python tests/build_variants.py`` to rewrite ``tests/data/name_variants.csv`` (the
tuning set) and ``tests/data/name_variants_heldout.csv`` (never used to choose thresholds).

* Tuning set: every distinct name printed in the seed documents
  (``name_variants_seed.csv``, hand-checked), half of the aksi printed in seed 000 (real
  wording that is not a name and must stay unmatched), damaged copies of every official
  name made with one family of damage (OCR confusions, dropped/doubled letters, truncation,
  case, word swaps, abbreviations, list numbers) and the ``tune`` half of the other-urusan
  names.
* Held-out set: a different random seed and *other* damage (letter transpositions, split or
  merged words, line-end hyphens, lost punctuation, keyboard slips, other agencies'
  spellings, two damages at once), the other half of the aksi and the ``heldout`` half of
  the other-urusan names.

Expected ids are the source entry's code; other-urusan names expect ``none``. A damaged
name whose plain form equals another official name is dropped: it no longer has one answer.
"""

from __future__ import annotations

import csv
import random
import re
from collections import Counter
from collections.abc import Callable
from pathlib import Path

DATA = Path(__file__).parent / "data"
REGISTRY = Path(__file__).parents[1] / "normalize" / "data" / "nomenklatur.csv"
SOURCE = Path(__file__).parents[1] / "samples" / "source"
AKSI_COLUMN = 10
"""Column 11 of the 16-column Rencana Aksi table (0-based 10)."""
FIELDS = ["name_raw", "level", "parent_code", "expected_id", "kind"]
Damage = Callable[[str, random.Random], str]


def _plain(text: str) -> str:
    return " ".join(re.sub(r"[^0-9a-z]+", " ", text.lower()).split())


def _pick_index(text: str, rng: random.Random, predicate: Callable[[str], bool]) -> int | None:
    spots = [i for i, ch in enumerate(text) if predicate(ch)]
    return rng.choice(spots) if spots else None


def ocr(text: str, rng: random.Random) -> str:
    pairs = [("l", "1"), ("i", "1"), ("o", "0"), ("m", "rn"), ("h", "li"), ("I", "l"),
             ("e", "c"), ("n", "ri")]
    rng.shuffle(pairs)
    for seen, wrong in pairs:
        if seen in text:
            starts = [m.start() for m in re.finditer(re.escape(seen), text)]
            at = rng.choice(starts)
            return text[:at] + wrong + text[at + len(seen):]
    return text


def drop_letter(text: str, rng: random.Random) -> str:
    at = _pick_index(text, rng, str.isalpha)
    return text if at is None else text[:at] + text[at + 1:]


def double_letter(text: str, rng: random.Random) -> str:
    at = _pick_index(text, rng, str.isalpha)
    return text if at is None else text[:at] + text[at] + text[at:]


def truncate(text: str, rng: random.Random) -> str:
    words = text.split()
    if len(words) < 6:
        return text
    return " ".join(words[: len(words) - rng.choice([1, 2])])


def change_case(text: str, rng: random.Random) -> str:
    return rng.choice([str.upper, str.lower, str.title])(text)


def swap_words(text: str, rng: random.Random) -> str:
    words = text.split()
    if len(words) < 3:
        return text
    at = rng.randrange(len(words) - 1)
    words[at], words[at + 1] = words[at + 1], words[at]
    return " ".join(words)


def abbreviate(text: str, rng: random.Random) -> str:
    options = [
        (r"Kabupaten/Kota", "Kab/Kota"), (r"Kabupaten/Kota", "Kab./Kota"),
        (r"\bdan\b", "&"), (r"^PROGRAM ", ""), (r"^(?!PROGRAM)", "Program "),
        (r"Kabupaten/Kota", "Kabupaten/ Kota"),
    ]
    rng.shuffle(options)
    for pattern, repl in options:
        if re.search(pattern, text):
            return re.sub(pattern, repl, text, count=1)
    return text


def numbering(text: str, rng: random.Random) -> str:
    depth = rng.randint(1, 3)
    return ".".join(str(rng.randint(1, 12)) for _ in range(depth)) + ". " + text


def transpose(text: str, rng: random.Random) -> str:
    spots = [i for i in range(len(text) - 1) if text[i].isalpha() and text[i + 1].isalpha()]
    if not spots:
        return text
    at = rng.choice(spots)
    return text[:at] + text[at + 1] + text[at] + text[at + 2:]


def space_damage(text: str, rng: random.Random) -> str:
    words = text.split()
    long_words = [i for i, w in enumerate(words) if len(w) > 6]
    if rng.random() < 0.5 and long_words:
        i = rng.choice(long_words)
        cut = rng.randint(2, len(words[i]) - 2)
        words[i] = words[i][:cut] + " " + words[i][cut:]
    elif len(words) > 2:
        i = rng.randrange(len(words) - 1)
        words[i:i + 2] = [words[i] + words[i + 1]]
    return " ".join(words)


def hyphen_break(text: str, rng: random.Random) -> str:
    words = text.split()
    long_words = [i for i, w in enumerate(words) if len(w) > 7]
    if not long_words:
        return text
    i = rng.choice(long_words)
    cut = rng.randint(3, len(words[i]) - 3)
    words[i] = words[i][:cut] + "- " + words[i][cut:]
    return " ".join(words)


def punctuation(text: str, rng: random.Random) -> str:
    if re.search(r"[,()/]", text) and rng.random() < 0.7:
        return re.sub(r"\s*[,()]\s*|/", " ", text).strip()
    return text.replace(" dan ", ", dan ", 1) if " dan " in text else text + "."


def keyboard(text: str, rng: random.Random) -> str:
    rows = ["qwertyuiop", "asdfghjkl", "zxcvbnm"]
    neighbours = {}
    for row in rows:
        for i, ch in enumerate(row):
            neighbours[ch] = row[max(0, i - 1)] + row[i + 1:i + 2]
    at = _pick_index(text, rng, lambda c: c.lower() in neighbours)
    if at is None:
        return text
    return text[:at] + rng.choice(neighbours[text[at].lower()]) + text[at + 1:]


def agency_spelling(text: str, rng: random.Random) -> str:
    options = [
        (r"Kabupaten/Kota", "Kabupaten / Kota"), (r"Kabupaten/Kota", "Kab. / Kota"),
        (r"\bSKPD\b", "Perangkat Daerah"), (r"\bPUG\b", "Pengarusutamaan Gender (PUG)"),
        (r"\bserta\b", "dan"), (r"^PROGRAM ", "Program "),
    ]
    rng.shuffle(options)
    for pattern, repl in options:
        if re.search(pattern, text):
            return re.sub(pattern, repl, text, count=1)
    return change_case(text, rng)


TUNING_DAMAGE: dict[str, Damage] = {
    "ocr": ocr, "drop_letter": drop_letter, "double_letter": double_letter,
    "truncate": truncate, "case": change_case, "word_swap": swap_words,
    "abbreviation": abbreviate, "numbering": numbering,
}
HELDOUT_DAMAGE: dict[str, Damage] = {
    "transpose": transpose, "space": space_damage, "hyphen": hyphen_break,
    "punctuation": punctuation, "keyboard": keyboard, "agency_spelling": agency_spelling,
}


def _registry() -> list[dict[str, str]]:
    with open(REGISTRY, encoding="utf-8", newline="") as handle:
        return [r for r in csv.DictReader(handle)
                if r["level"] in ("program", "kegiatan", "sub_kegiatan")]


def _parent_context(row: dict[str, str], duplicated: bool, rng: random.Random) -> str:
    """The parent the pipeline would know: usually the direct parent, sometimes less."""
    if row["level"] == "program":
        return ""
    if duplicated:
        return row["parent_code"]
    roll = rng.random()
    if roll < 0.6:
        return row["parent_code"]
    if roll < 0.8:
        return ".".join(row["code"].split(".")[:3])
    return ""


def generated(damages: dict[str, Damage], seed: int, per_entry: int,
              combine: bool) -> list[dict[str, str]]:
    """Damaged copies of every official name, each still answerable."""
    rng = random.Random(seed)
    rows = _registry()
    plain_names = Counter((_plain(r["name"]), r["level"]) for r in rows)
    taken = {_plain(r["name"]) for r in rows}
    out = []
    for row in rows:
        duplicated = plain_names[(_plain(row["name"]), row["level"])] > 1
        for _ in range(per_entry):
            kinds = rng.sample(sorted(damages), 2 if combine and rng.random() < 0.3 else 1)
            text = row["name"]
            for kind in kinds:
                text = damages[kind](text, rng)
            if text == row["name"] or (_plain(text) in taken
                                       and _plain(text) != _plain(row["name"])):
                continue
            out.append({"name_raw": text, "level": row["level"],
                        "parent_code": _parent_context(row, duplicated, rng),
                        "expected_id": row["code"], "kind": "+".join(kinds)})
    return out


def _read(name: str) -> list[dict[str, str]]:
    with open(DATA / name, encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


def other_urusan(split: str) -> list[dict[str, str]]:
    return [{"name_raw": r["name_raw"], "level": r["level"], "parent_code": "",
             "expected_id": "none", "kind": "other_urusan"}
            for r in _read("name_variants_other_urusan.csv") if r["split"] == split]


def seed_aksi(split: str) -> list[dict[str, str]]:
    """Aksi printed in the Rencana Aksi 2025 (seed 000): real wording that is not a name.

    Aksi slide into the sub kegiatan column when a PDF's columns shift; they must never be
    auto-matched. Alternate distinct aksi go to the tuning and the held-out set.
    """
    seen: dict[str, str] = {}
    for line in (SOURCE / "000_65aacf79f57789bc.txt").read_text(encoding="utf-8").splitlines():
        cells = line.split("\t")
        if len(cells) < 13:
            continue
        aksi = " ".join(cells[AKSI_COLUMN].split())
        if len(aksi) > 3 and aksi != "AKSI" and not aksi[0].isdigit():
            seen.setdefault(aksi.lower(), aksi)
    chosen = list(seen.values())[(0 if split == "tune" else 1)::2]
    return [{"name_raw": a, "level": "sub_kegiatan", "parent_code": "", "expected_id": "none",
             "kind": "aksi"} for a in chosen]


def seed_names() -> list[dict[str, str]]:
    return [{"name_raw": r["name_raw"], "level": r["level"], "parent_code": r["parent_code"],
             "expected_id": r["expected_id"], "kind": "seed"}
            for r in _read("name_variants_seed.csv")]


def write(name: str, rows: list[dict[str, str]]) -> None:
    with open(DATA / name, "w", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=FIELDS)
        writer.writeheader()
        writer.writerows(rows)


def main() -> None:
    write("name_variants.csv",
          seed_names() + generated(TUNING_DAMAGE, seed=1, per_entry=2, combine=False)
          + other_urusan("tune") + seed_aksi("tune"))
    write("name_variants_heldout.csv",
          generated(HELDOUT_DAMAGE, seed=2, per_entry=2, combine=True)
          + other_urusan("heldout") + seed_aksi("heldout"))


if __name__ == "__main__":
    main()
