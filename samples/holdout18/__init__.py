"""holdout18: a never-tuned blind holdout set of PDF internals real agencies produce."""
