"""Second readers for tests: what the OCR checks read again, told what it reads."""

from __future__ import annotations

import numpy as np


class OneTextReader:
    """A second reader that reads one text, counting its calls."""

    def __init__(self, text: str) -> None:
        self.text, self.calls = text, 0

    def read_line(self, image: np.ndarray) -> str:
        self.calls += 1
        return self.text
