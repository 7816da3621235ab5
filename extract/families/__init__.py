"""Table families: one module per family, listed once in :mod:`.registry`."""
