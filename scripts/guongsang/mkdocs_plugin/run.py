"""MkDocs for `guongsang build` (its command line, in a child process) and `guongsang serve` (in this one).

`python -m guongsang.mkdocs_plugin.run build …` is MkDocs' command line with a disk error told in Vietnamese.

`guongsang build` runs MkDocs in a child process. MkDocs reports what it expects (a plugin error,
a bad mkdocs.yml) itself; a disk error while writing the site (disk full, no permission, a file
too large for the quota) would end in a Python traceback. Here it becomes one Vietnamese line that
names the file, and exit status 1; `guongsang build` then keeps the old site.
"""

from __future__ import annotations

import sys
from pathlib import Path

from guongsang.core.diskerrors import why


def main(argv: list[str]) -> int:
    from mkdocs.__main__ import cli

    try:
        cli.main(argv, prog_name="mkdocs")  # always ends in SystemExit
    except OSError as exc:
        if exc.filename2:  # a copy: the source was read, the copy could not be written
            what = f"không chép được {exc.filename} sang {exc.filename2}"
        else:
            what = f"không đọc hoặc ghi được {exc.filename}" if exc.filename else "không ghi được trang"
        print(f"Lỗi ổ đĩa khi dựng trang: {what}: {why(exc)}.", file=sys.stderr)
        return 1
    return 0


def serve(config: Path, dev_addr: str) -> None:
    """`mkdocs serve` in this process, for `guongsang serve` (which never imports MkDocs itself): MkDocs'
    live-reload server, where a failed build shows its problems in the browser (preview.py)."""
    from guongsang.mkdocs_plugin import preview

    preview.serve(config, dev_addr)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
