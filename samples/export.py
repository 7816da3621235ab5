"""Export office files (.docx, .xlsx) to PDF with headless LibreOffice; pin volatile bytes.

LibreOffice stamps every export with the current time (``/CreationDate``), a random
document ``/ID`` and a ``/DocChecksum`` that covers the time; all three are overwritten in
place with fixed values of the same length, so the cross-reference offsets stay valid and
a rebuild on the same LibreOffice and fonts gives the same bytes. A private user profile
keeps the export independent of (and from interfering with) any other LibreOffice on the
machine.
"""

from __future__ import annotations

import re
import shutil
import subprocess
import tempfile
from pathlib import Path

_DATE = re.compile(rb"(?<=/CreationDate\(D:)\d{14}")
_ID = re.compile(rb"/ID\s*\[\s*<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>\s*\]")
_CHECKSUM = re.compile(rb"(?<=/DocChecksum /)[0-9A-Fa-f]+")
FIXED_DATE = b"20240115080000"


def soffice() -> str:
    """Path of the LibreOffice binary (``apt-get install libreoffice-writer
    libreoffice-calc``)."""
    path = shutil.which("soffice") or shutil.which("libreoffice")
    if path is None:
        raise RuntimeError("LibreOffice not found: apt-get install libreoffice-writer "
                           "libreoffice-calc")
    return path


def _zero_id(match: re.Match[bytes]) -> bytes:
    """Both /ID strings zeroed in place (same length, so the xref table stays correct)."""
    text = match.group(0)
    for part in match.groups():
        text = text.replace(part, b"0" * len(part))
    return text


def export(sources: list[Path], out_dir: Path) -> None:
    """Convert every office file in ``sources`` to ``out_dir/<stem>.pdf`` in one LibreOffice run."""
    out_dir.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="lo_profile_") as profile:
        subprocess.run(
            [soffice(), f"-env:UserInstallation=file://{profile}", "--headless",
             "--norestore", "--convert-to", "pdf", "--outdir", str(out_dir),
             *map(str, sources)],
            check=True, capture_output=True, timeout=600)
    for source in sources:
        pdf = out_dir / f"{source.stem}.pdf"
        data = _ID.sub(_zero_id, _DATE.sub(FIXED_DATE, pdf.read_bytes()))
        data = _CHECKSUM.sub(lambda m: b"0" * len(m.group(0)), data)
        pdf.write_bytes(data)
