"""MkDocs side: our neutral output files (portal/outputs.py) as MkDocs file objects."""

from __future__ import annotations

import os

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.structure.files import File, InclusionLevel

from guongsang.outputs import sitedir
from guongsang.outputs.portal.outputs import OutputFile


class LinkedFile(File):
    """A file from the image cache: hard-linked into the site (no bytes copied), copied where linking fails.

    Safe because the cache never rewrites a file in place (it writes a new file and renames it).
    A link shares its source's permissions: only a source with the mode a new file would get now
    (0666 & ~umask) is linked, so the site stays readable by the web server, or as private as the
    umask asks.
    """

    def copy_file(self, dirty: bool = False) -> None:
        assert self.abs_src_path is not None
        if dirty and not self.is_modified():  # the preview's rebuild: linked already (same inode, same mtime)
            return
        target = self.abs_dest_path
        os.makedirs(os.path.dirname(target), exist_ok=True)
        if os.stat(self.abs_src_path).st_mode & 0o777 != sitedir.file_mode():
            super().copy_file(dirty)
            return
        try:
            if os.path.lexists(target):
                os.unlink(target)
            os.link(self.abs_src_path, target)
        except OSError:  # another file system, or links not allowed: copy
            super().copy_file(dirty)


def as_file(config: MkDocsConfig, out: OutputFile) -> File:
    if out.content is not None:
        return File.generated(config, out.uri, content=out.content, inclusion=InclusionLevel.NOT_IN_NAV)
    kind = LinkedFile if out.linkable else File
    return kind.generated(config, out.uri, abs_src_path=str(out.source), inclusion=InclusionLevel.NOT_IN_NAV)
