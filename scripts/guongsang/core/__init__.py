"""The core: read profiles and vocabularies, validate them, and gather the catalog every output is made from.

Imports nothing of Guongsang outside ``core`` and never MkDocs (ARCHITECTURE.md).
"""
