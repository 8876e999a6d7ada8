"""Word bulletins kept on disk by a digest of their content (``<cache_dir>/radio/<digest>.docx``).

The key is the bulletin's text (outputs/radio/formats.py ``to_text``: title, dates, times, headings and
every paragraph), the station (the document's author) and a digest of formats.py's own source, so a
change to how the document is laid out makes new entries. Safe to delete at any time; entries a build
did not use are removed after it; a file is written under a temporary name, then renamed.
"""

from __future__ import annotations

import contextlib
import hashlib
import io
import os
import zipfile
from pathlib import Path

from guongsang.outputs.radio import formats
from guongsang.outputs.radio.bulletin import Bulletin

CODE = hashlib.blake2b(Path(formats.__file__).read_bytes(), digest_size=8).hexdigest()


class DocxCache:
    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self.used: set[str] = set()

    def get(self, text: bytes, bulletin: Bulletin) -> bytes:
        """The .docx of ``bulletin``, whose text is ``text``: from the folder, or made and kept."""
        key = hashlib.blake2b(b"\0".join([CODE.encode(), text, bulletin.settings.station.encode()]),
                              digest_size=16).hexdigest()
        self.used.add(key)
        path = self.folder / f"{key}.docx"
        with contextlib.suppress(OSError):
            kept = path.read_bytes()
            if zipfile.is_zipfile(io.BytesIO(kept)):  # a damaged entry is made again, never served
                return kept
        data = formats.to_docx(bulletin)
        try:
            self.folder.mkdir(parents=True, exist_ok=True)
            temporary = path.with_suffix(f".{os.getpid()}.tmp")
            temporary.write_bytes(data)
            temporary.replace(path)
        except OSError:
            pass  # a cache that cannot be written only costs time
        return data

    def prune(self) -> None:
        """Remove entries (and temporaries of a killed build) this build did not use."""
        try:
            entries = list(self.folder.iterdir())
        except OSError:
            return
        for entry in entries:
            if entry.suffix != ".docx" or entry.stem not in self.used:
                with contextlib.suppress(OSError):
                    entry.unlink()
