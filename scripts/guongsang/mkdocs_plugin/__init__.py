"""The MkDocs adapters: the only package that imports MkDocs (ARCHITECTURE.md).

The plugin entry point stays ``guongsang.mkdocs_plugin:GuongsangPlugin``. It is loaded on first use, so that
``python -m guongsang.mkdocs_plugin.run`` and the command line do not pay for the whole plugin.
"""

from __future__ import annotations

from typing import Any


def __getattr__(name: str) -> Any:
    if name == "GuongsangPlugin":
        from guongsang.mkdocs_plugin.plugin import GuongsangPlugin

        return GuongsangPlugin
    raise AttributeError(name)
