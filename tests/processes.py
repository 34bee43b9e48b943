"""Process checks shared by the runtime and entry-point tests."""

from __future__ import annotations

import os


def alive(pid: int) -> bool:
    """Whether a process with this id still exists."""
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    return True
