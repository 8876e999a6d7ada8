"""What the catalog becomes: the portal's pages, feeds, search index, images, reports, the web editor and Zalo.

Imports ``core`` and other outputs, never MkDocs, the command line or authoring (ARCHITECTURE.md).
"""
