"""holdout13: a thirteenth never-tuned blind holdout set (layout variety)."""
