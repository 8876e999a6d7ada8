"""Compiled Jinja templates kept between builds: in the process (the preview's rebuilds) and in the
project's cache folder (``<cache_dir>/templates``, for the next `guongsang build`).

MkDocs makes a new Jinja environment for every build, so each build compiled Material's and our
templates again: about 0.35 s of a 40-profile build, and of every rebuild of the preview. Jinja checks
each entry against its template's source and its own version, so an edited template or another Jinja
is compiled again; an unreadable or damaged entry is ignored the same way. The folder is written like
the image cache (whole files, renamed into place); a folder that cannot be written only costs the time.
"""

from __future__ import annotations

import os
from contextlib import suppress
from io import BytesIO
from pathlib import Path

from jinja2.bccache import Bucket, BytecodeCache

SUFFIX = ".jinja"


class Compiled(BytecodeCache):
    def __init__(self) -> None:
        self._code: dict[str, bytes] = {}
        self.folder: Path | None = None

    def load_bytecode(self, bucket: Bucket) -> None:
        code = self._code.get(bucket.key)
        if code is None and self.folder is not None:
            try:
                code = (self.folder / f"{bucket.key}{SUFFIX}").read_bytes()
            except OSError:
                return
        if code is None:
            return
        try:
            bucket.load_bytecode(BytesIO(code))  # resets itself on another Jinja or another source
        except Exception:  # a damaged entry: compile again
            bucket.reset()
        if bucket.code is not None:
            self._code[bucket.key] = code  # read from the folder once per process, not on every rebuild

    def dump_bytecode(self, bucket: Bucket) -> None:
        code = bucket.bytecode_to_string()
        self._code[bucket.key] = code
        if self.folder is None:
            return
        target = self.folder / f"{bucket.key}{SUFFIX}"
        temporary = target.with_name(f".{target.name}.{os.getpid()}.tmp")
        try:
            self.folder.mkdir(parents=True, exist_ok=True)
            temporary.write_bytes(code)
            os.replace(temporary, target)
        except OSError:
            with suppress(OSError):  # also when the folder is not one
                temporary.unlink(missing_ok=True)


COMPILED = Compiled()


def for_project(cache_dir: Path) -> Compiled:
    """The process's compiled templates, kept also in ``cache_dir``/templates."""
    COMPILED.folder = cache_dir / "templates"
    return COMPILED
