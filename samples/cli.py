"""The command line shared by the three corpus builders (``samples.build``,
``samples.holdout2.build``, ``samples.holdout3.build``): the same ``--out`` / ``--only``
options and the same report, so one habit rebuilds any set."""

from __future__ import annotations

import argparse
import time
from collections.abc import Callable
from pathlib import Path


def parser(doc: str, out_help: str, default_out: Path | None = None) -> argparse.ArgumentParser:
    """Options ``--out`` and ``--only``; the description is the first line of ``doc``."""
    result = argparse.ArgumentParser(description=doc.splitlines()[0])
    result.add_argument("--out", type=Path, default=default_out, help=out_help)
    result.add_argument("--only", nargs="*", help="names of the documents to build")
    return result


def run(build: Callable[[], dict[str, int]]) -> None:
    """Run ``build`` and print each document's page count and the time taken."""
    start = time.perf_counter()
    for name, count in build().items():
        print(f"{name}: {count} pages")
    print(f"built in {time.perf_counter() - start:.1f}s")


def main(doc: str, default_out: Path, build: Callable[[Path, list[str] | None], dict[str, int]],
         argv: list[str] | None = None) -> None:
    """The whole command of a set built by ``build(out, only)`` (the holdout2/holdout3
    entry points), writing to ``default_out`` unless ``--out`` says otherwise."""
    args = parser(doc, f"output folder (default: {default_out})", default_out).parse_args(argv)
    run(lambda: build(args.out, args.only))
