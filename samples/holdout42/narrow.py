"""Liberation Sans Narrow (the metric twin of Arial Narrow, the face many Excel-kept
planning sheets are printed in) registered with reportlab under the names the shared
renderers ask ``samples.fonts.ensure`` for.

``fonts.ensure`` returns any name reportlab already knows, so registering the faces through
``holdout5.draw.font`` (which knows their files) lets ``holdout6.draw`` draw with them and
``holdout7.web`` measure words with the same font file Chromium prints with, without
touching the shared font table.
"""

from __future__ import annotations

from samples.holdout5.draw import font

FACE = "LiberationSansNarrow"
CSS_NAME = "Liberation Sans Narrow"


def register() -> str:
    """Register the regular and bold faces (once) and return the regular face's name."""
    font(f"{FACE}-Bold")
    return font(FACE)
