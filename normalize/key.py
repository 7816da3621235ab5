"""The matching key: one spelling for every way a planning name gets printed.

Two printings of the same program name differ in ways that carry no meaning: case, spacing,
punctuation, leading list numbers or printed codes ("1.2.3.", "1.06.04.2.01 "), the label
word "Program"/"Kegiatan", "Kab./Kota" for "Kabupaten/Kota", "&" for "dan", agency
spelling habits ("Prosentase" for "Persentase") and OCR confusions ("Sos1al", "daerali").
The key removes exactly those differences and nothing else, so two different official
names never share a key (``tests/test_nomenclature.py`` checks that over the registry).

The steps, in order:

1. Unicode NFKC, accents dropped, lower case.
2. Leading list bullets, numbering ("1.", "1.2.3", "a)"), printed codes (new or old style)
   and the label words "program", "kegiatan", "sub kegiatan", "keg." are removed.
3. "&" becomes "dan"; every other non-alphanumeric character becomes a space.
4. Word aliases from ``data/aliases_words.csv`` (abbreviations and spelling variants) are
   applied token by token.
5. OCR repair, guided by a vocabulary (the words of the official names): a token that is
   not a known word is rewritten with the usual OCR confusions (1/l/i, 0/o, rn/m, li/h,
   cl/d, vv/w, 5/s) only when exactly one rewrite is a known word. Known words are never
   touched, which is what keeps official names apart.
"""

from __future__ import annotations

import csv
import re
import unicodedata
from collections.abc import Iterable
from functools import lru_cache
from importlib import resources

_BULLET = r"[-–—•*·>]"
_NUMBERING = r"(?:\d{1,6}(?:[.\-]\d{1,6})*[.)]?|[a-z][.)]|[ivx]{1,4}[.)])"
_LEADING_NOISE = re.compile(rf"^(?:\s*(?:{_BULLET}|{_NUMBERING}(?=\s)))+\s*")
_LABEL = re.compile(r"^(?:sub\s*kegiatan|kegiatan|keg\.|program|prog\.)\s+")
_NON_ALNUM = re.compile(r"[^0-9a-z]+")

OCR_CONFUSIONS: tuple[tuple[str, str], ...] = (
    ("1", "l"),
    ("1", "i"),
    ("l", "i"),
    ("i", "l"),
    ("0", "o"),
    ("rn", "m"),
    ("li", "h"),
    ("cl", "d"),
    ("vv", "w"),
    ("5", "s"),
    ("!", "i"),
    ("|", "l"),
)
"""(seen, meant) pairs: the confusions OCR engines make on Latin print."""


@lru_cache(maxsize=1)
def word_aliases() -> dict[str, str]:
    """Token → replacement words, from the shipped ``aliases_words.csv``."""
    text = (
        resources.files("rencana.normalize")
        .joinpath("data/aliases_words.csv")
        .read_text(encoding="utf-8")
    )
    rows = csv.DictReader(text.splitlines())
    return {row["variant"].strip().lower(): row["canonical"].strip().lower() for row in rows}


def _fold(text: str) -> str:
    """NFKC, no accents, lower case, whitespace collapsed."""
    if text.isascii():
        return " ".join(text.lower().split())
    text = unicodedata.normalize("NFKD", unicodedata.normalize("NFKC", text))
    text = "".join(ch for ch in text if not unicodedata.combining(ch))
    return " ".join(text.lower().split())


def strip_prefixes(text: str) -> str:
    """Drop leading bullets, list numbers, printed codes and label words (repeatedly)."""
    previous = None
    while previous != text:
        previous = text
        text = _LEADING_NOISE.sub("", text)
        text = _LABEL.sub("", text)
    return text


def base_tokens(text: str) -> list[str]:
    """Steps 1–4: the key's tokens before OCR repair."""
    text = strip_prefixes(_fold(text))
    text = _NON_ALNUM.sub(" ", text.replace("&", " dan "))
    aliases = word_aliases()
    out: list[str] = []
    for token in text.split():
        out.extend(aliases.get(token, token).split())
    return out


def _rewrites(token: str) -> set[str]:
    """Every token reachable by one kind of OCR confusion (one place, or everywhere)."""
    found: set[str] = set()
    for seen, meant in OCR_CONFUSIONS:
        start = token.find(seen)
        while start != -1:
            found.add(token[:start] + meant + token[start + len(seen) :])
            start = token.find(seen, start + 1)
        if seen in token:
            found.add(token.replace(seen, meant))
    return found


@lru_cache(maxsize=65536)
def repair_token(token: str, vocabulary: frozenset[str]) -> str:
    """The vocabulary word ``token`` was meant to be, when exactly one rewrite is known."""
    if token in vocabulary or token.isdigit() or not vocabulary:
        return token
    hits = _rewrites(token) & vocabulary
    return hits.pop() if len(hits) == 1 else token


def name_key(text: str | None, vocabulary: frozenset[str] = frozenset()) -> str:
    """The matching key of a printed name (``""`` for a blank one). Idempotent."""
    if not text:
        return ""
    return " ".join(repair_token(t, vocabulary) for t in base_tokens(text))


def vocabulary_of(names: Iterable[str]) -> frozenset[str]:
    """The known words: every token of every official name, plus the alias targets."""
    words = {t for name in names for t in base_tokens(name)}
    for target in word_aliases().values():
        words.update(target.split())
    return frozenset(words)
