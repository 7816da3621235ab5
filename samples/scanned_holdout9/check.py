"""``python -m samples.scanned_holdout9.check``: the third scanned set's checks on this set
(one PDF and truth folder per profile, twins' page counts and sizes, no text layer, truth
a byte copy of the twin's, 10 MB at most)."""

from samples.scanned_holdout3.check import check_package

if __name__ == "__main__":
    check_package(__package__, 10_000_000)
