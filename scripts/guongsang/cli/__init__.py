"""The `guongsang` command line (entry point ``guongsang.cli:main``).

Never imports MkDocs itself: `build` starts it in a child process, `serve` through ``mkdocs_plugin.run``.
"""

from guongsang.cli.main import main

__all__ = ["main"]
