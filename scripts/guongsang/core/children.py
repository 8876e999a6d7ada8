"""Child processes that die with their parent, even when it is killed by SIGKILL (Linux ``PR_SET_PDEATHSIG``).

Shared by `guongsang build`'s MkDocs child (cli/site.py) and the image workers (outputs/images/pool.py).
"""

from __future__ import annotations

import ctypes
import os
import signal
import sys
from collections.abc import Callable

_PR_SET_PDEATHSIG = 1


def die_with_parent(parent: int) -> Callable[[], None] | None:
    """What the child runs first to be killed when ``parent`` dies; None where Linux' prctl is missing.

    libc is loaded here, in the parent, so the child (a `preexec_fn` runs between fork and exec) does little.
    """
    if not sys.platform.startswith("linux"):
        return None
    libc = ctypes.CDLL(None, use_errno=True)

    def setup() -> None:
        libc.prctl(_PR_SET_PDEATHSIG, signal.SIGKILL, 0, 0, 0)
        if os.getppid() != parent:  # the parent died before prctl took effect
            os._exit(1)

    return setup
