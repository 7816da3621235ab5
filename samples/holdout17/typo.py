"""How this set's documents print values: one number in several typographic forms.

The forms are those the data contract says how to read, so the truth of each is fixed:
percentages ``75%``, ``75 %``, ``75,50%``, ``75.5%`` (value 75 / 75.5, unit ``%``) and
amounts ``Rp.`` over its number, ``Rp783.242.000`` glued, ``783.242.000,00`` with cents
(integer part only). Which form a cell gets is decided by its position, so a rebuild prints
the same. The truth is computed from the text returned here (targets) or from the integer
amount (money), never from a PDF.
"""

from __future__ import annotations

from samples.values import dots, parse_quantity

PERCENT_STYLES = 4


def _id(value: float) -> str:
    """``75`` / ``75,5``: Indonesian decimal comma, no trailing zeros."""
    text = f"{value:.2f}".rstrip("0").rstrip(".")
    return text.replace(".", ",")


def percent(value: float, style: int) -> str:
    """``value`` % in one of four printed forms."""
    dotted = f"{value:.2f}".rstrip("0").removesuffix(".") if value % 1 else f"{value:.1f}"
    return (f"{_id(value)}%", f"{_id(value)} %", f"{value:.2f}%".replace(".", ","),
            f"{dotted}%")[style % PERCENT_STYLES]


def restyled(raw: str, style: int) -> str:
    """A printed percentage re-printed in form ``style``; any other target as it was."""
    value, unit = parse_quantity(raw)
    return percent(value, style) if value is not None and unit == "%" else raw


def rp_over(amount: int) -> str:
    """``Rp.`` on its own line above the number (a cell with a forced break)."""
    return f"Rp.\n{dots(amount)}"


def rp_glued(amount: int) -> str:
    """``Rp783.242.000``: the currency sign typed without a space."""
    return f"Rp{dots(amount)}"


def cents(amount: int) -> str:
    """``783.242.000,00``."""
    return f"{dots(amount)},00"


def rp_cents(amount: int) -> str:
    """``Rp. 783.242.000,00``."""
    return f"Rp. {cents(amount)}"


def money_forms(amount: int) -> tuple[str, ...]:
    """Every word form an amount of this set can print as (for the self-check): the number
    alone, with cents, or glued to ``Rp``."""
    return (dots(amount), cents(amount), rp_glued(amount), f"Rp{cents(amount)}")
