"""Integrations with pipeline frameworks; each imports its framework lazily, on use."""
