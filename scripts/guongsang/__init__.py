"""Guongsang: publish Vietnamese exemplar stories from Markdown in git."""

__version__ = "0.1.0"
