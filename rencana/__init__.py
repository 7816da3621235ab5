"""rencana: Indonesian regional planning PDFs → validated, analysable tables."""

from importlib.metadata import PackageNotFoundError, version

try:
    __version__ = version("rencana")
except PackageNotFoundError:  # running from a source tree without installation
    __version__ = "0.0.0+local"

from rencana.runner import run

__all__ = ["__version__", "run"]
