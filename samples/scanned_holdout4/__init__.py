"""Fourth scanned holdout: old, handled office copies of holdouts 12-34."""
