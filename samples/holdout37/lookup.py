"""Pick the label a planner would write for an item from a word of its name.

The three documents each invent one column from the seed's wording (Renja "Kelompok
Sasaran", Rencana Aksi "Penanggung Jawab", IKU "Formulasi / Cara Perhitungan"); one rule,
kept here, so the choice is the same kind of deterministic guess everywhere.
"""

from __future__ import annotations

PUNCTUATION = str.maketrans("(),:", "    ")


def by_word(text: str, table: tuple[tuple[str, str], ...], default: str | None = None) -> str:
    """The label of the first key in ``table`` that is a whole word of ``text`` (case
    ignored, brackets and commas dropped), else ``default``; no default means every text
    must match, so a seed change cannot silently print a wrong label."""
    words = set(text.lower().translate(PUNCTUATION).split())
    label = next((label for key, label in table if key.lower() in words), default)
    if label is None:
        raise ValueError(f"no label for {text!r}")
    return label
