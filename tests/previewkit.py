"""Builds a project the way `guongsang serve` does, one build per line read, for tests/test_identical_output.py.

Run as a script (a process of its own, so the plugin's memory of the last build is this preview's
only): ``python tests/previewkit.py mkdocs.yml SITE_DIR``. Each line on stdin asks for a build: the
first is full, the later ones render what changed (mkdocs_plugin/incremental.py), exactly as the
preview's rebuilds after a save (preview.serve: the plugin told by ``preview.incremental``, MkDocs'
dirty build, the serve address as site_url). After each build the search bundle is waited for, and
one line is printed: ``ok <seconds> <pages rendered again>`` or ``failed <message>``.
"""

from __future__ import annotations

import logging
import sys
import time

from mkdocs.commands.build import build
from mkdocs.config import load_config

from guongsang.mkdocs_plugin import preview
from guongsang.outputs.search import later

URL = "http://127.0.0.1:8000/"


def main(config_file: str, site_dir: str) -> None:
    logging.basicConfig(level=logging.ERROR)
    config = load_config(config_file=config_file, site_dir=site_dir)
    config.plugins.on_startup(command="serve", dirty=False)
    dirty = preview.incremental(config)
    assert dirty, "the guongsang plugin is on"
    for _ in sys.stdin:
        start = time.monotonic()
        current = load_config(config_file=config_file, site_dir=site_dir)
        current.site_url = URL
        try:
            build(current, serve_url=URL, dirty=dirty)
        except Exception as exc:
            print("failed", repr(exc).replace("\n", " "), flush=True)
            continue
        later.settle()
        print("ok", round(time.monotonic() - start, 3), current.plugins["guongsang"].rebuild.again, flush=True)
    later.stop()  # as the preview does when it closes: the kept search documents go


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
