"""One run per output folder: a lock file in ``OUT`` held for the whole run.

Two runs writing the same folder would each swap in their own files and leave a mix of
both. The lock is an ``flock`` on ``OUT/.rencana.lock``: the kernel releases it when the
holder exits in any way, ``kill -9`` included, so a lock left by a dead run is never
stale — the next run simply takes it. The file records the holder's PID and start time
only to name it in the refusal message. (``flock`` is advisory and local; on a network
share two machines may not see each other's lock.)

The file is removed on release. A run that opened the file just before it was removed
would then hold a lock on a deleted file, so after locking we check that the path still
names the file we locked, and retry otherwise.
"""

from __future__ import annotations

import fcntl
import os
import time
from pathlib import Path
from types import TracebackType

from rencana.errors import OutputLocked, RencanaError

LOCK_NAME = ".rencana.lock"


class OutputLock:
    """``with OutputLock(out):`` — hold the run lock of output folder ``out``."""

    def __init__(self, out_dir: Path) -> None:
        self.path = Path(out_dir) / LOCK_NAME
        self._fd: int | None = None

    def __enter__(self) -> OutputLock:
        while True:
            fd = self._open()
            try:
                fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
            except BlockingIOError:
                holder = os.read(fd, 200).decode(errors="replace").strip()
                os.close(fd)
                raise OutputLocked(
                    f"{self.path.parent} is being written by another rencana run "
                    f"({holder or 'holder unknown'}); wait for it to finish or choose "
                    f"another --out"
                ) from None
            if self._still_named(fd):
                break
            os.close(fd)
        os.ftruncate(fd, 0)
        os.write(fd, f"pid {os.getpid()}, started {time.strftime('%Y-%m-%d %H:%M:%S')}".encode())
        self._fd = fd
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        if self._fd is None:
            return
        self.path.unlink(missing_ok=True)
        os.close(self._fd)
        self._fd = None

    def _open(self) -> int:
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            return os.open(self.path, os.O_RDWR | os.O_CREAT, 0o644)
        except OSError as exc:
            raise RencanaError(f"cannot write to the output folder {self.path.parent} "
                               f"({exc.strerror or exc})") from exc

    def _still_named(self, fd: int) -> bool:
        """Whether the lock path still names the file ``fd`` locked (not removed meanwhile)."""
        try:
            return os.stat(self.path).st_ino == os.fstat(fd).st_ino
        except FileNotFoundError:
            return False
