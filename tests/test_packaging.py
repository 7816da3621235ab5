"""The wheel holds every subpackage and the shipped data, under the one ``rencana`` name.

An editable install imports a subpackage missing from pyproject's package list anyway; only
the built wheel shows it is absent, so build it.
"""

from __future__ import annotations

import subprocess
import sys
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def _source_packages() -> set[str]:
    mapping = {"rencana": "rencana", "extract": "rencana/extract",
               "normalize": "rencana/normalize", "schemas": "rencana/schemas"}
    found = set()
    for folder, target in mapping.items():
        for init in (ROOT / folder).rglob("__init__.py"):
            relative = init.parent.relative_to(ROOT / folder).as_posix()
            found.add(target if relative == "." else f"{target}/{relative}")
    return found


def test_wheel_contains_every_package_and_the_nomenclature(tmp_path: Path):
    subprocess.run([sys.executable, "-m", "pip", "wheel", "--no-deps", "--no-build-isolation",
                    "-q", "-w", str(tmp_path), str(ROOT)], check=True)
    [wheel] = tmp_path.glob("rencana-*.whl")
    names = zipfile.ZipFile(wheel).namelist()
    packages = {n.rsplit("/", 1)[0] for n in names if n.endswith("/__init__.py")}
    assert _source_packages() <= packages
    assert "rencana/normalize/data/nomenklatur.csv" in names
    assert not any(n.split("/")[0] in ("extract", "normalize", "schemas") for n in names)
