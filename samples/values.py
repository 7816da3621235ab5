"""Value conventions of the data contract, applied to curated cells for the ground truth,
and the money styles the renderers print.

Truth is computed from the curated text (what was printed), never from the PDF, so these
rules only need to cover what the curated tables contain — and they fail loudly otherwise.
"""

from __future__ import annotations

import re
from collections.abc import Callable

MARKS = frozenset({"v", "V", "√", "✓", "x", "X"})
_QUANTITY = re.compile(r"^(?P<num>\d[\d.,]*)\s*(?P<unit>.*)$")
_THOUSANDS = re.compile(r"^\d{1,3}(\.\d{3})+$")


def parse_number(text: str) -> float:
    """Indonesian number: ``.`` groups thousands (``1.000``), ``,`` is the decimal mark;
    a lone ``.`` that does not group by three is a decimal point (``34.5``, ``68.00``)."""
    if "," in text:
        return float(text.replace(".", "").replace(",", "."))
    if _THOUSANDS.match(text) and not text.endswith(".00"):
        return float(text.replace(".", ""))
    return float(text)


def parse_quantity(raw: str) -> tuple[float | None, str | None]:
    """``"80,90%"`` → (80.9, "%"); ``"50 Orang"`` → (50, "orang"); qualitative → (None, None).

    A compound target (``"1 Keg/20 org"``: a second number in the unit) has no single value:
    (None, None), the raw text keeps it.
    """
    match = _QUANTITY.match(raw.strip())
    if not match or any(ch.isdigit() for ch in match["unit"]):
        return None, None
    unit = match["unit"].strip().lower() or None
    return parse_number(match["num"].rstrip(".,")), unit


def is_mark(raw: str) -> bool:
    """A quarter-schedule cell is true when it holds a tick mark, false when blank."""
    text = raw.strip()
    if text and text not in MARKS:
        raise ValueError(f"unexpected schedule mark {raw!r}")
    return bool(text)


def money(raw: str) -> int | None:
    """Curated money cells hold plain integer rupiah (the renderer styles them)."""
    return int(raw) if raw.strip() else None


def _group(value: int, sep: str) -> str:
    return f"{value:,}".replace(",", sep)


def rp_dots(value: int) -> str:
    """``Rp 1.283.419.000`` (the most common print style)."""
    return f"Rp {_group(value, '.')}"


def dots(value: int) -> str:
    """``1.273.095.214`` (no currency sign)."""
    return _group(value, ".")


def dots_cents(value: int) -> str:
    """``61.465.500,00`` (Indonesian with a decimal comma)."""
    return f"{_group(value, '.')},00"


def english(value: int) -> str:
    """``452,750,000.00`` (English-style grouping, as some agencies print)."""
    return f"{_group(value, ',')}.00"


def juta(value: int) -> str:
    """Millions with four decimals after an Indonesian decimal comma: 29157500 → ``29,1575``.

    Four decimals keep every curated amount exact and never look like a thousands group
    (``32,923`` would be ambiguous between 32.923 and 32923 — the contract leaves such
    values null, so a sample must not print them).
    """
    if value % 100:
        raise ValueError(f"{value} is not exact in millions with four decimals")
    whole, frac = divmod(value, 1_000_000)
    return f"{_group(whole, '.')},{frac // 100:04d}"


def canonical_code(raw: str) -> str | None:
    """Canonical dotted code: new nomenclature ``1.06.04.2.01.0001`` (authority digit and
    4-digit sub code normalised), old pre-2021 codes kept in their own dotted form."""
    text = raw.strip().replace(" ", "")
    if not text:
        return None
    parts = text.split(".")
    if len(parts[0]) == 6:  # old style 110600.110601.01.002
        return text
    if len(parts) >= 4:
        parts[3] = str(int(parts[3]))
    if len(parts) == 6:
        parts[5] = parts[5].zfill(4)
    return ".".join(parts)


def printed(style: Callable[[int], str]) -> Callable[[str], str]:
    """Adapt a money style to curated cells (which hold integer rupiah as text)."""
    return lambda raw: style(int(raw))


def ribu(value: int) -> str:
    """Thousands of rupiah, Indonesian style, exact: 984182575 → ``984.182,575``."""
    whole, frac = divmod(value, 1000)
    return _group(whole, ".") + (f",{frac:03d}" if frac else "")


def tick(_: str) -> str:
    """Print any schedule mark as a check mark (the truth reads the curated mark)."""
    return "√"
