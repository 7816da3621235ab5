"""Dictionary repair of OCR words: one look-alike glyph misread in a word ("Jumiah").

Tesseract's LSTM reads a word glyph by glyph and keeps its dictionary only as a weak
hint, so a word with one confusable glyph misread ("l" → "i", "l" → "!", "m" → "rn")
comes out as a non-word with fair confidence. A word that is not in the dictionary is
repaired when swapping look-alike glyphs turns it into exactly one dictionary word; a
word already in the dictionary, or with no single repair, is left as read. Names the
dictionary does not know (places, acronyms) have no such repair and stay untouched.

The dictionary is :func:`rencana.normalize.vocabulary.known_words`: the engine's own
Indonesian word list plus the words of the official nomenclature.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from functools import cache
from itertools import combinations, pairwise
from string import ascii_lowercase

from rencana.normalize.vocabulary import known_words, word_frequency

LOOK_ALIKES = (("i", "l"), ("l", "i"), ("!", "l"), ("1", "l"), ("|", "l"), ("I", "l"),
               ("t", "i"), ("rn", "m"), ("m", "rn"), ("cl", "d"), ("c", "e"), ("e", "c"),
               ("0", "o"), ("vv", "w"), ("n", "ri"), ("ri", "n"), ("v", "y"), ("t", "l"),
               ("y", "ij"), ("h", "k"))
"""Glyph pairs Tesseract confuses on these scans (read → meant)."""
BROKEN_GLYPHS = (("r", "n"), ("m", "ni"), ("h", "li"), ("l", "t"), ("o", "u"),
                 ("ri", "in"))
"""Glyphs a coarse scan breaks or joins into another shape (read → meant): an "n" whose
right stem faded is an "r", touching "ni" and "li" are an "m" and an "h"."""
LIKELIER = 1.0
"""How much more common (Zipf units: a factor of ten) a word one glyph away must be for
a dictionary word as read to be doubted."""
MAX_SWAPS = 2
MIN_DOCUMENT_COUNT = 2
"""A word the document prints at least this often (and more often than the misreading)
is a repair target even when no dictionary knows it (an agency's own terms, place names)."""
_CASE_ALIKE = re.compile(r"(?<=[a-z])[COSUVWXZ](?=[a-z])")
"""A capital drawn as its small letter, only larger ("PerSentase", "PelakSanaan"): between
two small letters of a dictionary word the engine sized it wrong."""
_PARTS = re.compile(r"([/\-])")
_LEADING_SPECK = re.compile(r"^[,.;'’‘`|\-]+(?=[A-Za-z])")
_TRAILING_QUOTE = re.compile(r"(?<=[A-Za-z])[’‘`]+$")
_GLUED_TO_NUMBER = re.compile(r"^(\d+(?:[.,]\d+)?)([A-Za-z]{3,})$")
"""A count and its unit or noun read as one word ("20orang", "1Dokumen"): the narrow
space between them is lost at 200 dpi."""
_CORE = re.compile(r"^([(\"'\[]*)(.*?)([)\"'\].,;:]*)$")


def _candidates(word: str, accept: Callable[[str], bool]) -> set[str]:
    """Words reachable by swapping up to MAX_SWAPS look-alike glyphs; fewer swaps are
    tried first and suffice when one of them is accepted."""
    sites = [(i, read, meant) for read, meant in LOOK_ALIKES
             for i in range(len(word)) if word.startswith(read, i)]
    out = set()
    for count in range(1, MAX_SWAPS + 1):
        for chosen in combinations(sites, count):
            spans = sorted((i, i + len(read), meant) for i, read, meant in chosen)
            if any(a[1] > b[0] for a, b in pairwise(spans)):
                continue
            text, last = [], 0
            for start, end, meant in spans:
                text += [word[last:start], meant]
                last = end
            out.add("".join([*text, word[last:]]))
        if any(accept(c) for c in out):
            break
    return out


def _one_glyph_away(word: str, lost: bool, lost_last: bool = False) -> set[str]:
    """The words a misreading of one glyph could have come from: one look-alike or
    broken glyph read for another, or (``lost``) one glyph lost (a faded "i", a "n" of
    "nn"), or (``lost_last``) only its last glyph lost."""
    out = {word[:i] + ch + word[i:] for i in range(len(word) + 1) for ch in ascii_lowercase
           } if lost else set()
    if lost_last:
        out |= {word + ch for ch in ascii_lowercase}
    for read, meant in (*LOOK_ALIKES, *BROKEN_GLYPHS):
        start = word.find(read)
        while start >= 0:
            out.add(word[:start] + meant + word[start + len(read):])
            start = word.find(read, start + 1)
    out.discard(word)
    return out


@cache
def likelier_word(core: str, lost: bool = True, lost_last: bool = False) -> str | None:
    """The far more common word (by LIKELIER) one misread glyph from a lower-case core,
    if any: "han" → "hari", "duma" → "dunia", "lainya" → "lainnya" (a glyph ``lost``;
    ``lost_last``: the last one only, "melalu" → "melalui"). Tesseract's word list knows
    the junk forms, so its reading of them is sure; only a second reading can tell which
    was printed."""
    floor = word_frequency(core) + LIKELIER
    best = max(_one_glyph_away(core, lost, lost_last), key=word_frequency, default=core)
    return best if word_frequency(best) >= floor else None


def _in_dictionary(word: str) -> bool:
    return word.lower() in known_words()


def _repair_core(core: str, vocabulary: Mapping[str, int] | None) -> str:
    if len(core) < 3 or sum(ch.isalpha() for ch in core) < 2:
        return core
    lowered = _CASE_ALIKE.sub(lambda capital: capital.group().lower(), core)
    if lowered != core and _in_dictionary(lowered):
        core = lowered
    if _in_dictionary(core):
        return _printed_likelier(core, vocabulary) if vocabulary is not None else core
    accept = _in_dictionary
    if vocabulary is not None:
        floor = max(vocabulary.get(core.lower(), 0), MIN_DOCUMENT_COUNT - 1)

        def accept(word: str) -> bool:
            return vocabulary.get(word.lower(), 0) > floor

    known = {c for c in _candidates(core, accept) if accept(c)}
    if len({c.lower() for c in known}) != 1:
        return core
    fixed = known.pop()
    return fixed.upper() if core.isupper() and len(core) > 1 else fixed


def _printed_likelier(core: str, vocabulary: Mapping[str, int]) -> str:
    """A dictionary word as read, or the far more common word a look-alike or broken
    glyph away (:func:`likelier_word`) when the document prints that one more often, at
    least MIN_DOCUMENT_COUNT times: "Peringatan Han Ibu" where other cells read "Hari".
    Both readers may misread a glyph alike, the same print read right elsewhere says
    which word it is. Not for a glyph lost but the last (a faint final "i": "melalu" for
    "melalui"): "Bencana Alam" in a document full of "dalam", and a document's own
    misspellings ("Kordinasi") stay as printed. Words in capitals are left: acronyms are
    no words of a word list."""
    likelier = None if core.isupper() else likelier_word(core.lower(), lost=False,
                                                         lost_last=True)
    if likelier is None or vocabulary.get(likelier, 0) < max(
            MIN_DOCUMENT_COUNT, vocabulary.get(core.lower(), 0) + 1):
        return core
    return likelier.capitalize() if core[0].isupper() else likelier


def core_parts(token: str) -> tuple[str, str, str] | None:
    """A word's leading marks, its letters-and-digits core and its trailing marks
    ("(PMK" → "(", "PMK", ""); None for a word of two parts ("Kabupaten/Kota") or none."""
    if _PARTS.search(token):
        return None
    match = _CORE.match(token)
    return match.groups() if match and match.group(2) else None


def word_cores(text: str) -> list[str]:
    """The letters-and-digits cores of a text's words, lower-cased: "(Jumlah" → "jumlah",
    "Kabupaten/Kota," → "kabupaten", "kota"."""
    cores = []
    for token in text.split():
        for part in _PARTS.split(token)[::2]:
            match = _CORE.match(part)
            if match and match.group(2):
                cores.append(match.group(2).lower())
    return cores


def repair_word(text: str, vocabulary: Mapping[str, int] | None = None) -> str:
    """The word with one look-alike misreading undone, when exactly one dictionary word
    is that close; else the word as read. Each part of "Kabupaten/Kota" is done alone.
    A speck read as a stop, a hyphen or a quote, or a rule's remains read as "|", stuck to
    a word's start (",Masyarakat", "|DAN") or a quote at its end ("Penyandang’") is
    dropped: words are never printed so here. A count glued to a dictionary word
    ("20orang") gets its space back.

    With ``vocabulary`` (word counts of the whole document) the target is instead a word
    the document itself prints more often: an agency's own terms and names are not in
    any dictionary, yet a merged cell misread once is read right in the cells around it.
    """
    glued = _GLUED_TO_NUMBER.match(text)
    if glued and _in_dictionary(glued.group(2)):
        return f"{glued.group(1)} {glued.group(2)}"
    text = _TRAILING_QUOTE.sub("", _LEADING_SPECK.sub("", text))
    parts = _PARTS.split(text)
    for k in range(0, len(parts), 2):
        match = _CORE.match(parts[k])
        if match:
            lead, core, tail = match.groups()
            parts[k] = lead + _repair_core(core, vocabulary) + tail
    return "".join(parts)
