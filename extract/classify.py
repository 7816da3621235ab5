"""Classifying a document from its printed text: type, title, agency, region, bidang, years.

Planning documents announce themselves in their title block ("RENCANA AKSI", "RENCANA
STRATEGIS", "TABEL KETERKAITAN IKU …", "RENCANA KERJA … TAHUN 2019"). The first matching
heading near the start of the document decides the type; agency, region and years are read
from the lines around it. Values are kept as printed (no case changes).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from rencana.normalize.numbers import year_range
from rencana.normalize.vocabulary import FUNCTION_WORDS
from rencana.records import DocumentInfo

DOC_TYPES: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("iku_linkage", re.compile(r"keterkaitan\s+(iku|indikator kinerja utama)", re.I)),
    ("iku_linkage", re.compile(r"\b(iku|indikator kinerja utama)\b.*\bketerkaitan\b", re.I)),
    # "Cascading" (pohon kinerja turned into a table) links the IKU to programs too.
    ("iku_linkage", re.compile(r"\bcascading\b", re.I)),
    ("rencana_aksi", re.compile(r"\brencana\s+aksi\b", re.I)),
    ("renstra", re.compile(r"\b(renstra|rencana\s+strategis)\b", re.I)),
    # T-C.27 "Rencana Program, Kegiatan dan Pendanaan" is the Renstra's funding table.
    ("renstra", re.compile(r"\brencana\s+program\b.*\bpendanaan\b", re.I)),
    ("renja", re.compile(r"\b(renja|rencana\s+kerja)\b(?!\s+(dan\s+)?anggaran)", re.I)),
    # A document that is the IKU itself ("INDIKATOR KINERJA UTAMA (IKU) TAHUN 2023").
    ("iku_linkage", re.compile(r"^(penetapan\s+)?(iku|indikator kinerja utama)\b", re.I)),
)
_AGENCY_WORDS = r"dinas|badan|kantor|sekretariat|inspektorat|satuan polisi|rumah sakit"
AGENCY = re.compile(
    rf"\b((?:{_AGENCY_WORDS})\b.*?)"
    r"(?=\s+(?:kota|kabupaten|kab\.|provinsi|pemerintah)\b|\s+tahun\b|$)",
    re.I,
)
REGION = re.compile(
    r"\b((?:kota|kabupaten|kab\.|provinsi)\s+(?!/)[A-Z][\w\-]*(?:\s+[A-Z][\w\-]*){0,2})", re.I
)
_REGION_STOP = re.compile(r"\s+(tahun|dinas|badan|periode|\d).*$", re.I)
UNIT = re.compile(r"^\s*(?:[A-Z0-9]{1,4}[.)]\s*)?(?:bidang\s+(?!urusan\b)(.+)|"
                  r"((?:upt|uptd|balai)\s.+))$", re.I)
"""A unit heading, perhaps numbered as a section ("A. BIDANG …", "2) Bidang …"): a bidang
(its name follows the word) or a technical unit ("UPT …", "Balai …", named in full)."""
_URUSAN_WRAP = re.compile(r"\b(?:urusan\s+)?pemerintahan[\s\d.,]*$", re.I)
"""A line ending in "Urusan Pemerintahan" (perhaps followed by its row's totals), or in
"Pemerintahan" alone when a narrow cell wrapped "Urusan" onto a line of its own."""
_TITLE_STOP = re.compile(rf"^({_AGENCY_WORDS}|pemerintah|kota|kabupaten|provinsi)\b", re.I)
_YEAR_LINE = re.compile(r"^(tahun|periode)\b", re.I)
SINGLE_YEAR = re.compile(r"\btahun\s+(?:anggaran\s+)?((?:19|20)\d\d)\b", re.I)
HEAD_LINES = 40
"""Lines from the start of the document that count as its title block."""
_TITLE_MAX_WORDS = 16


def _head(lines: Sequence[str]) -> list[str]:
    return [" ".join(line.split()) for line in lines if line.strip()][:HEAD_LINES]


def _without_running_header(pages: list[list[str]]) -> list[list[str]]:
    """The pages without their running header: a first line printed the same on every
    page (a browser's or word processor's page header) is page furniture, not the title
    the document's first page opens with."""
    texts = [lines for lines in pages if lines]
    if len(texts) < 2 or any(lines[0] != texts[0][0] for lines in texts):
        return pages
    return [lines[1:] if lines else lines for lines in pages]


def _title_lines(head: list[str]) -> list[str]:
    """The title: the first run of heading lines on the first page, after any leading
    agency/region lines and before the agency/region/year lines that follow it."""
    start = 0
    while start < len(head) and _TITLE_STOP.match(head[start]):
        start += 1
    title: list[str] = []
    for line in head[start : start + 4]:
        if _TITLE_STOP.match(line) or len(line.split()) > _TITLE_MAX_WORDS:
            break
        # "TAHUN ANGGARAN 2024" still belongs to a title that has not named its agency
        # yet; after "… DINAS SOSIAL KOTA BATU" it starts the block below the title.
        if _YEAR_LINE.match(line) and (not title or AGENCY.search(" ".join(title))):
            break
        if line not in title:  # a running title printed again beside the first one
            title.append(line)
    return title


def _doc_type(title: str) -> str:
    for doc_type, pattern in DOC_TYPES:
        if pattern.search(title):
            return doc_type
    return "unknown"


def display_case(text: str | None) -> str | None:
    """An all-caps name in the case the agency writes in running text ("DINAS SOSIAL DAN
    …" → "Dinas Sosial dan …"), so the same agency or region groups across documents that
    print it in capitals or not. Mixed-case text and acronyms with digits stay as printed."""
    if not text or text != text.upper():
        return text
    words = []
    for i, word in enumerate(text.split()):
        lower = word.lower()
        if any(ch.isdigit() for ch in word):
            words.append(word)
        elif i and lower in FUNCTION_WORDS:
            words.append(lower)
        else:
            words.append(lower[:1].upper() + lower[1:])
    return " ".join(words)


def unit_name(line: str) -> str | None:
    """The bidang named by a heading line ("BIDANG PEMBERDAYAAN SOSIAL" → its name)."""
    match = UNIT.match(line)
    return " ".join((match.group(1) or match.group(2)).split()) if match else None


def _unit_headings(page_lines: Sequence[Sequence[str]]) -> set[str]:
    """Bidang named by heading lines. "BIDANG SOSIAL" under a line ending "URUSAN
    PEMERINTAHAN" is no unit but the nomenclature's urusan ("Urusan Pemerintahan Bidang
    Sosial", a group row of a Renstra or Renja) wrapped in its cell."""
    return {name for lines in page_lines for before, line in zip(["", *lines], lines, strict=False)
            if line.isupper() and len(line.split()) <= _TITLE_MAX_WORDS
            and not _URUSAN_WRAP.search(before) and (name := unit_name(line))}


def _first(pattern: re.Pattern[str], lines: Sequence[str]) -> str | None:
    for line in lines:
        match = pattern.search(line)
        if match:
            return match.group(1).strip(" ,.;:")
    return None


def _years(lines: Sequence[str]) -> tuple[int | None, int | None]:
    for line in lines:
        span = year_range(line)
        if span:
            return span
    for line in lines:
        match = SINGLE_YEAR.search(line)
        if match:
            year = int(match.group(1))
            return year, year
    return None, None


def classify(page_lines: Sequence[Sequence[str]]) -> DocumentInfo:
    """What the document is, from the text lines of its pages in reading order.

    The type comes from the title on the first page that has text; a document whose title
    names no known type (a SAKIP deck that contains a Matriks Renstra, say) is ``unknown``
    even if a later heading names one.
    """
    pages = _without_running_header([_head(lines) for lines in page_lines])
    head = next((lines for lines in pages if lines), [])
    title_lines = _title_lines(head)
    title = " ".join(title_lines) or None
    block = head[: len(title_lines) + 8]
    region = _first(REGION, block)
    if region:
        region = _REGION_STOP.sub("", region)
    units = _unit_headings(page_lines)
    # The title names the plan's own period; a narrative paragraph below it may cite
    # another plan's ("capaian Renstra … Tahun 2021-2026").
    year_start, year_end = _years(title_lines)
    if year_start is None:
        year_start, year_end = _years([line for line in block
                                       if len(line.split()) <= _TITLE_MAX_WORDS])
    return DocumentInfo(
        doc_type=_doc_type(title) if title else "unknown",
        title=title,
        agency=display_case(_first(AGENCY, block)),
        region=display_case(region),
        unit=units.pop() if len(units) == 1 else None,
        year_start=year_start,
        year_end=year_end,
    )
