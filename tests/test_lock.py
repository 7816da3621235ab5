"""One run per output folder: a second run refuses; a dead holder's lock is no obstacle."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import faults
import pytest

from rencana.cli import main
from rencana.errors import ExitCode, OutputLocked
from rencana.lock import LOCK_NAME, OutputLock


def test_a_second_lock_on_the_same_folder_is_refused(tmp_path: Path):
    with OutputLock(tmp_path), pytest.raises(OutputLocked, match=f"pid {os.getpid()}"):
        OutputLock(tmp_path).__enter__()
    assert not (tmp_path / LOCK_NAME).exists()
    with OutputLock(tmp_path):  # released: can be taken again
        pass


def test_a_lock_file_left_by_a_dead_run_is_taken_over(tmp_path: Path):
    out = tmp_path / "out"
    out.mkdir()
    (out / LOCK_NAME).write_text("pid 999999, started 2020-01-01 00:00:00")
    assert main(["extract", str(faults.BASE), "--out", str(out), "--quiet"]) == ExitCode.OK
    assert (out / "documents.parquet").is_file()
    assert not (out / LOCK_NAME).exists()


def _rencana(*args: str, **popen) -> subprocess.Popen:
    return subprocess.Popen([sys.executable, "-m", "rencana", *args], text=True,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, **popen)


def _wait_for(path: Path, seconds: float = 30.0) -> None:
    deadline = time.monotonic() + seconds
    while not path.exists():
        assert time.monotonic() < deadline, f"{path} never appeared"
        time.sleep(0.05)


def test_two_runs_on_one_folder_the_second_refuses(tmp_path: Path):
    """A real concurrent run holds the lock (stuck on a hanging file); a second run exits 4
    without touching the folder, and the lock dies with its holder (kill -9)."""
    out = tmp_path / "out"
    first = _rencana("extract", str(faults.hangs(tmp_path)), "--out", str(out),
                     "--timeout", "60", "--quiet")
    try:
        _wait_for(out / LOCK_NAME)
        second = subprocess.run(
            [sys.executable, "-m", "rencana", "extract", str(faults.BASE), "--out", str(out)],
            capture_output=True, text=True, timeout=60)
        assert second.returncode == ExitCode.OUTPUT_LOCKED == 4
        assert f"is being written by another rencana run (pid {first.pid}" in second.stderr
        assert "Traceback" not in second.stderr
        assert sorted(p.name for p in out.iterdir()) == [LOCK_NAME]
    finally:
        first.send_signal(signal.SIGKILL)
        first.communicate()
    third = subprocess.run(
        [sys.executable, "-m", "rencana", "extract", str(faults.BASE), "--out", str(out),
         "--quiet"], capture_output=True, text=True, timeout=60)
    assert third.returncode == 0, third.stderr


def test_debug_shows_the_traceback_of_a_refusal(tmp_path: Path):
    with OutputLock(tmp_path):
        run = subprocess.run(
            [sys.executable, "-m", "rencana", "--debug", "extract", str(faults.BASE),
             "--out", str(tmp_path)], capture_output=True, text=True, timeout=60)
    assert run.returncode != 0
    assert "Traceback" in run.stderr and "OutputLocked" in run.stderr


def test_an_unwritable_output_folder_is_one_clear_line(tmp_path: Path, capsys):
    (tmp_path / "a_file").write_text("")
    out = tmp_path / "a_file" / "out"
    assert main(["extract", str(faults.BASE), "--out", str(out)]) == ExitCode.FILES_FAILED
    assert capsys.readouterr().err == (
        f"rencana: cannot write to the output folder {out} (Not a directory)\n")
