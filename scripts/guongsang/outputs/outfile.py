"""Files our commands write for people (bulletins, booklets, posters): never into the sources, never half.

`exemplars/` and `content/` are the editors' sources; no command of ours modifies them, so an output
asked for inside them is refused. A file is written under a temporary name beside it, then renamed: a
failure or Ctrl-C never leaves half a PDF or half a Word file where the last good one was.
"""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

from guongsang.core.project import Project


def inside_sources(target: Path, project: Project) -> Path | None:
    """The source folder (exemplars/ or content/) ``target`` would be written into, if any."""
    where = target.absolute().resolve()
    for folder in (project.exemplars_dir, project.root / "content"):
        if where.is_relative_to(folder.resolve()):
            return folder
    return None


def write_whole(target: Path, data: bytes) -> None:
    """``target`` written through a temporary file beside it and a rename: never half a file."""
    fd, temporary = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=target.parent)
    try:
        with os.fdopen(fd, "wb") as out:
            out.write(data)
        os.replace(temporary, target)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
