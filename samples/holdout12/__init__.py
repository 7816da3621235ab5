"""holdout12: a twelfth never-tuned blind holdout set (vocabulary and form variety)."""
