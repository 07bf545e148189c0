"""The checks, one module each (or a small family sharing one idea); the table is registry.CHECK_MODULES."""
