"""Cell text clean-up and the folded form used to compare header labels.

PDF text layers and OCR both hand over cell text with the page's line breaks, stray
zero-width characters and words hyphenated at a line end. The data contract wants raw
text columns "as printed" but tidy: whitespace collapsed, line breaks joined, and
hyphenation undone only where the joined word is known (so a real compound such as
"Anak-anak" keeps its hyphen). Nothing here corrects spelling: that is the normalizer's job.
"""

from __future__ import annotations

import re
import unicodedata

from rencana.normalize.vocabulary import known_words

_INVISIBLE = dict.fromkeys(map(ord, "\u200b\u200c\u200d\u2060\ufeff"), None)
"""Zero-width characters that PDF producers leave inside words."""

_SOFT_HYPHEN_BREAK = re.compile(r"\u00ad[ \t]*(?:\r\n|\r|\n)[ \t]*")
"""A soft hyphen at a line end marks a hyphenation point: the word continues on the next line."""

_HYPHEN_BREAK = re.compile(r"(\w+)[-\u2010][ \t]*(?:\r\n|\r|\n)\s*(?=(\w+))")
"""A word, a hyphen at the end of a line, and the next line's first word (looked at, not
consumed, because that word may itself end in a hyphen on the following line)."""

_PUNCTUATION_RUN = re.compile(r"[\W_]+")


_BULLET = re.compile(
    r"^(?:[\u2022\u25aa\u25cf\u25e6\u2023\u2043\u00b7]|[-\u2013](?=\s+[A-Za-z]))\s+")
"""A list bullet opening a cell ("• Rapat koordinasi", "- Jumlah Orang"): layout, not text.
A lone dash ("-", no value) and a minus before a number stay."""


def clean_cell(text: str | None, vocabulary: frozenset[str] | None = None) -> str:
    """Tidy one cell's text the way the contract's raw text columns want it.

    A hyphen at a line end is a hyphenation only when ``vocabulary`` (lower-case words;
    by default :func:`known_words`) knows the joined word, e.g. "Pengarus-\\nutamaan" ->
    "Pengarusutamaan". Otherwise the hyphen is kept and the halves are joined without a
    space ("Anak-\\nanak" -> "Anak-anak"), because a printed hyphen may belong to the word
    and guessing would change the text. A list bullet at the start is dropped.
    """
    if text is None:
        return ""
    text = _SOFT_HYPHEN_BREAK.sub("", text.translate(_INVISIBLE)).replace("\u00ad", "")

    known = known_words() if vocabulary is None else vocabulary

    def join(match: re.Match[str]) -> str:
        left, right = match.group(1), match.group(2)
        # "Anak-⏎anak" is a reduplication, hyphenated in print, whatever a word list says.
        doubled = right.lower().startswith(left.lower())
        return left if (left + right).lower() in known and not doubled else f"{left}-"

    text = _HYPHEN_BREAK.sub(join, text)
    return _BULLET.sub("", " ".join(text.split()))


def is_blank(text: str | None) -> bool:
    """True for None, "" and cells holding only whitespace or invisible characters."""
    return clean_cell(text) == ""


def lone_symbol(text: str | None) -> bool:
    """Is the cell one glyph that is no letter, digit or dash ("%", "✓", "*")? In a name
    column that is a speck an OCR engine read, not a name; a dash means "none"."""
    glyph = clean_cell(text)
    return len(glyph) == 1 and not glyph.isalnum() and not is_dash(glyph)


def is_dash(text: str | None) -> bool:
    """Is the cell a dash alone ("-", "–", "—"): printed for "none"?"""
    return clean_cell(text) in ("-", "–", "—")


def too_short_for_a_name(text: str | None) -> bool:
    """Is the cell at most two letters or digits, with nothing else but a mark or two
    ("e", "hd", "3", "0.")? No goal, target, program or indicator is named so short: in a
    name column of a scan it is a speck, a smudge or show-through the engine read as
    text, and it must not end the merged cell above. (A dash alone means "none".)"""
    glyphs = clean_cell(text).replace(" ", "")
    return 0 < sum(ch.isalnum() for ch in glyphs) <= 2 and len(glyphs) <= 3


_TRAILING_SPECK = re.compile(r"(?<=[^\W\d_]|\))(?:\s+[-–—]|\s*\n\s*\n\s*\S{1,2})$")


def without_trailing_speck(text: str) -> str:
    """The words of a cell (a name, an indicator, a location) without a lone dash after
    the last word ("... Sosial (PMKS) -", "Kota Salatiga -") or a last paragraph of one or
    two glyphs ("... tertangani\n\nas").

    A printed "-" means "none" when it fills a cell or a label's value alone; after a
    cell's last word it says nothing. On a scan both are specks the engine read (two
    grains of dust in a row look like a dash at 200 dpi, a cluster of them like "as" or
    "5" in the empty part of a tall merged cell). A hyphen joined to its word
    ("Kesejahte-") and a dash between figures ("2020 - 2024") are kept.
    """
    return _TRAILING_SPECK.sub("", text.rstrip())


def fold(text: str) -> str:
    """Lower-cased, accent-free, punctuation-free form for matching header labels.

    "Target  Kinerja (%)", "TARGET KINERJA" and "Tar-\nget Kinerja" fold to "target
    kinerja", so a header reader can compare labels without caring how a document
    capitalises, punctuates or hyphenates.
    """
    decomposed = unicodedata.normalize("NFKD", clean_cell(text).lower())
    # lower-case again: compatibility forms (e.g. mathematical capitals) decompose to capitals
    bare = "".join(ch for ch in decomposed if not unicodedata.combining(ch)).lower()
    return " ".join(_PUNCTUATION_RUN.sub(" ", bare).split())


_PAGE_NUMBER = r"(?:\d+|[ivxlc]+)"
_PAGE_FOOTER = re.compile(
    rf"^(?:(?:halaman|hal|page)\.?\s*{_PAGE_NUMBER}(?:\s*(?:dari|of|/)\s*\d+)?"
    rf"|[-–]\s*{_PAGE_NUMBER}\s*[-–])$", re.IGNORECASE)


def is_page_footer(line: str) -> bool:
    """A page-number line ("Halaman 3", "Hal. 2 dari 5", "- iv -"): never table content,
    though it may sit right under a table's last row. A bare number is not one (a wrapped
    row may hold nothing but a value)."""
    return _PAGE_FOOTER.match(" ".join(line.split())) is not None
