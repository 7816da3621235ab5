"""Build holdout20: ``python -m samples.holdout20.build`` writes ``pdf/*.pdf`` and
``truth/<stem>/*.csv`` beside this file. Four web-app exports (SIPD Renja, e-SAKIP Rencana
Aksi, IKU cascading and Renstra funding table), each printed by headless Chromium through
``web.printer`` with its module's ``BROWSER`` (margin date, title, URL, ``n/N``). Truth
comes from the rows the modules print, never from a PDF."""

from __future__ import annotations

import sys
from pathlib import Path

from samples import blind
from samples.holdout20 import iku, rencana_aksi, renja, renstra, web

HERE = Path(__file__).parent
MODULES = {"renja": renja, "rencana_aksi": rencana_aksi, "iku": iku, "renstra": renstra}


def main(out: Path = HERE, only: tuple[str, ...] = ()) -> None:
    """Render every document (or those named in ``only``) and write its truth."""
    (out / "pdf").mkdir(parents=True, exist_ok=True)
    for name, module in MODULES.items():
        if not only or name in only:
            blind.with_chromium(out, module.build(), web.printer(module.BROWSER))


if __name__ == "__main__":
    main(only=tuple(sys.argv[1:]))
