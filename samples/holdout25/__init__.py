"""holdout25: dense small-font Dinas Sosial documents (blind holdout)."""
