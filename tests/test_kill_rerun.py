"""A run killed at any moment leaves the previous output; running again gives the full one.

``rencana extract`` runs as a real subprocess and is stopped with SIGKILL early (while
starting), mid-run (after its first document), while writing the staging files, and between
the final renames; and with SIGINT (Ctrl-C). "Previous output" is a complete run over one
sample, the killed run reads two, so an intact folder is distinguishable from a rewritten
one. The precise moments inside writing are reached by a wrapper that kills its own process
from inside ``DataFrame.to_parquet`` / ``os.replace`` — a real SIGKILL at a chosen call.
"""

from __future__ import annotations

import shutil
import signal
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

import pandas as pd
import pytest
from faults import SMALL_SAMPLES

from rencana.lock import LOCK_NAME
from rencana.output import STAGING_PREFIX, read_table
from rencana.schemas import TABLES

KILL_AT_CALL = """\
import os, signal, sys
import pandas as pd
from rencana.cli import main
owner, name, n = sys.argv[1], sys.argv[2], int(sys.argv[3])
target = pd.DataFrame if owner == "DataFrame" else os
original, calls = getattr(target, name), [0]
def killing(*args, **kwargs):
    calls[0] += 1
    if calls[0] == n:
        os.kill(os.getpid(), signal.SIGKILL)
    return original(*args, **kwargs)
setattr(target, name, killing)
sys.exit(main(sys.argv[4:]))
"""


def _extract_args(out: Path, inputs: list[Path]) -> list[str]:
    return ["extract", *map(str, inputs), "--out", str(out), "--jobs", "1"]


def _run(out: Path, inputs: list[Path]) -> None:
    """An uninterrupted run, in-process (``--timeout 0``): the same tables, a second faster."""
    done = subprocess.run([sys.executable, "-m", "rencana", *_extract_args(out, inputs),
                           "--timeout", "0"], capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr


def _files(out: Path) -> dict[str, bytes]:
    """Every output file's bytes (leftover staging folders and the lock are not output)."""
    return {str(p.relative_to(out)): p.read_bytes() for p in sorted(out.rglob("*"))
            if p.is_file() and p.name != LOCK_NAME
            and not p.relative_to(out).parts[0].startswith(STAGING_PREFIX)}


def _tables(out: Path) -> dict[str, pd.DataFrame]:
    return {table: read_table(out, table) for table in TABLES}


@pytest.fixture(scope="module")
def runs(tmp_path_factory) -> tuple[Path, dict[str, bytes], dict[str, pd.DataFrame]]:
    """(folder holding the previous output, its files, the uninterrupted run's tables)."""
    root = tmp_path_factory.mktemp("kill")
    _run(root / "previous", SMALL_SAMPLES[:1])
    _run(root / "reference", SMALL_SAMPLES)
    previous = _files(root / "previous")
    assert previous != _files(root / "reference")
    return root / "previous", previous, _tables(root / "reference")


def _assert_rerun_gives_the_full_output(out: Path, reference: dict[str, pd.DataFrame]):
    _run(out, SMALL_SAMPLES)
    for table, frame in _tables(out).items():
        pd.testing.assert_frame_equal(frame, reference[table], obj=table)
    assert not list(out.glob(f"{STAGING_PREFIX}*")) and not (out / LOCK_NAME).exists()


def _killed_after(out: Path, ready: Callable[[subprocess.Popen], None]) -> None:
    process = subprocess.Popen([sys.executable, "-m", "rencana",
                                *_extract_args(out, SMALL_SAMPLES)],
                               stderr=subprocess.PIPE, stdout=subprocess.DEVNULL, text=True)
    ready(process)
    process.kill()
    process.communicate(timeout=30)
    assert process.returncode == -signal.SIGKILL


def _first_document_done(process: subprocess.Popen) -> None:
    for line in process.stderr:
        if line.rsplit("\r", 1)[-1].startswith("ok "):  # after tqdm's bar, if any
            return
    raise AssertionError("the run ended before its first document was reported")


@pytest.mark.parametrize("moment", ["early", "after the first document"])
def test_sigkill_during_extraction_keeps_the_previous_output(tmp_path: Path, runs, moment):
    previous_dir, previous, reference = runs
    out = tmp_path / "out"
    shutil.copytree(previous_dir, out)
    _killed_after(out, (lambda p: time.sleep(0.3)) if moment == "early"
                  else _first_document_done)
    assert _files(out) == previous
    _assert_rerun_gives_the_full_output(out, reference)


def _kill_at(out: Path, owner: str, name: str, call: int) -> None:
    done = subprocess.run([sys.executable, "-c", KILL_AT_CALL, owner, name, str(call),
                           *_extract_args(out, SMALL_SAMPLES)],
                          capture_output=True, text=True, timeout=120)
    assert done.returncode == -signal.SIGKILL, done.stderr


def test_sigkill_while_writing_keeps_the_previous_output(tmp_path: Path, runs):
    previous_dir, previous, reference = runs
    out = tmp_path / "out"
    shutil.copytree(previous_dir, out)
    _kill_at(out, "DataFrame", "to_parquet", 4)  # the 4th of the 7 tables
    assert list(out.glob(f"{STAGING_PREFIX}*")), "the kill did not land while staging"
    assert _files(out) == previous
    _assert_rerun_gives_the_full_output(out, reference)


def test_sigkill_between_the_final_renames_is_repaired_by_a_rerun(tmp_path: Path, runs):
    """The one documented window (milliseconds): a mix of old and new files, every file
    whole. Running again restores a consistent set."""
    previous_dir, previous, reference = runs
    out = tmp_path / "out"
    shutil.copytree(previous_dir, out)
    _kill_at(out, "os", "replace", 5)
    after = _files(out)
    changed = {name for name in after if after[name] != previous.get(name)}
    assert changed and changed != set(after)
    _assert_rerun_gives_the_full_output(out, reference)


def test_ctrl_c_stops_cleanly_and_keeps_the_previous_output(tmp_path: Path, runs):
    previous_dir, previous, _ = runs
    out = tmp_path / "out"
    shutil.copytree(previous_dir, out)
    # Ctrl-C as at a terminal: a suite run as a background job (`make test &`) starts with
    # SIGINT ignored, and the run would inherit that and finish.
    process = subprocess.Popen([sys.executable, "-m", "rencana",
                                *_extract_args(out, SMALL_SAMPLES)],
                               stderr=subprocess.PIPE, stdout=subprocess.DEVNULL, text=True,
                               preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL))
    _first_document_done(process)
    process.send_signal(signal.SIGINT)
    _, err = process.communicate(timeout=30)
    assert process.returncode == 130, err
    assert "rencana: interrupted; the output folder was left as it was" in err
    assert "Traceback" not in err
    assert _files(out) == previous
    assert not (out / LOCK_NAME).exists()
