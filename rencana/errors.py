"""Errors that carry a reader's explanation, and the exit codes of the command line.

A known failure is reported as one line naming the file and the cause; only ``--debug``
shows a traceback.
"""

from __future__ import annotations

from enum import IntEnum


class ExitCode(IntEnum):
    """Exit codes of ``rencana`` (also listed in ``--help`` and the README)."""

    OK = 0
    FILES_FAILED = 1
    """At least one file failed or was only partly read; the rest was written."""
    USAGE = 2
    MISSING_DEPENDENCY = 3
    OUTPUT_LOCKED = 4
    """Another run is writing the same output folder; nothing was read or written."""
    INTERRUPTED = 130
    """Ctrl-C (SIGINT), the shell's convention 128 + 2; the previous output is intact."""


class RencanaError(Exception):
    """Base of the errors rencana reports without a traceback."""


class DocumentError(RencanaError):
    """One input file cannot be read (corrupt, encrypted, not a PDF, …)."""


class MissingDependency(RencanaError):
    """A system program is missing; the message names the Debian package."""


class OutputLocked(RencanaError):
    """Another run is writing the same output folder."""


def describe(exc: BaseException) -> str:
    """A one-line description of an unexpected exception for a documents.error cell."""
    wrapped = exc.args[0] if exc.args and isinstance(exc.args[0], BaseException) else exc
    if isinstance(wrapped, MemoryError):  # e.g. pdfminer's wrapper around zlib's
        return "out of memory (a decompression bomb or a huge image?)"
    text = str(exc).strip().splitlines()[0] if str(exc).strip() else ""
    return f"{type(exc).__name__}: {text}" if text else type(exc).__name__
