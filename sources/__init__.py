"""factcheck's own source adapters. Each registers through the ``factcheck.sources`` entry-point group,
exactly as a third-party package would (see ``pyproject.toml``)."""
