"""Known Indonesian words: what a hyphen at a line end may rejoin and an OCR repair may
produce.

The list is the OCR engine's own Indonesian dictionary (extracted from the installed
``ind.traineddata`` with Tesseract's ``combine_tessdata`` and ``dawg2wordlist``) plus the
words of the official nomenclature, plus a short list of the field's own terms that
neither holds (``data/domain_words.csv``: "Pemerlu" of PPKS, "keberdayaan", "psikotik",
and the standard acronyms "PPKS", "DTKS", "IPG"), each a word of social-welfare and
empowerment regulation, printed in these agencies' indicators, never a misspelling seen
in one document. (Without "PPKS", a line "Sosial (PPKS)" the engine lost was refused when
the second reader read it whole: it held a word no list knew.) Without Tesseract
installed it is the nomenclature's and the field's words alone.

That list says which words exist, not how common they are, and it holds rare and junk
forms ("Han", "kah", "dar") that a scan's broken glyph turns common words into. How often
a word is written comes from wordfreq's Indonesian list (:func:`word_frequency`).
"""

from __future__ import annotations

import csv
import math
import re
import shutil
import subprocess
import tempfile
from functools import cache
from importlib.resources import files
from pathlib import Path

from rencana.normalize.nomenclature import Registry

FUNCTION_WORDS = frozenset({"dan", "di", "ke", "dari", "serta", "untuk", "yang", "pada",
                            "atau"})
"""Conjunctions and prepositions: written in lower case inside a title, and never the last
word of a sentence or an abbreviation."""

_TESSDATA = (Path("/usr/share/tesseract-ocr/5/tessdata"),
             Path("/usr/share/tesseract-ocr/4.00/tessdata"), Path("/usr/share/tessdata"))


def _engine_words(language: str) -> set[str]:
    """The word list inside Tesseract's ``<language>.traineddata`` (empty if absent)."""
    tools = shutil.which("combine_tessdata"), shutil.which("dawg2wordlist")
    data = next((d / f"{language}.traineddata" for d in _TESSDATA
                 if (d / f"{language}.traineddata").is_file()), None)
    if None in tools or data is None:
        return set()
    with tempfile.TemporaryDirectory() as tmp:
        base = Path(tmp) / language
        for part in ("lstm-word-dawg", "lstm-unicharset"):
            subprocess.run(["combine_tessdata", "-e", str(data), f"{base}.{part}"],
                           capture_output=True, check=False)
        out = Path(tmp) / "words.txt"
        subprocess.run(["dawg2wordlist", f"{base}.lstm-unicharset", f"{base}.lstm-word-dawg",
                        str(out)], capture_output=True, check=False)
        return set(out.read_text(encoding="utf-8").lower().split()) if out.exists() else set()


def _domain_words() -> set[str]:
    """The field's terms the engine's list and the nomenclature lack (module docstring)."""
    table = files("rencana.normalize").joinpath("data/domain_words.csv")
    with table.open(encoding="utf-8") as handle:
        return {row["word"].lower() for row in csv.DictReader(handle)}


@cache
def known_words() -> frozenset[str]:
    """Lower-cased known words: the engine's Indonesian word list, the field's terms and
    the nomenclature's words. Built once per process (about 0.1 s)."""
    words = _engine_words("ind") | _domain_words()
    for entry in Registry.load().stored.values():
        words.update(w for w in re.split(r"[^\w]+", entry.name.lower()) if w)
    return frozenset(words)


@cache
def _frequencies() -> dict[str, float]:
    from wordfreq import get_frequency_dict  # 75 ms to import: only the OCR path asks

    return get_frequency_dict("id")


def word_frequency(word: str) -> float:
    """How often the word is written in Indonesian, on wordfreq's Zipf scale (log10 of
    uses per billion words: "dan" 7.4, "hari" 6.4, "han" 4.7); 0 for a word under the
    list's floor of 3 (once per million words)."""
    share = _frequencies().get(word.lower())
    return math.log10(share * 1e9) if share else 0.0
