"""Ctrl-C and the processes a build forks: the parent stops them, they never print a traceback.

A terminal sends Ctrl-C (SIGINT) to every process of the foreground group, so forked processes
(studygen's workers, spaCy's parse processes) get it too. Each is forked inside
:func:`children_exit_quietly_on_ctrl_c` and so starts with a handler that makes it exit at once and quietly
(studygen's workers then ignore Ctrl-C altogether: their parent stops them). The parent, whose own
handler is back when the block ends, raises KeyboardInterrupt for a Ctrl-C that came meanwhile,
and the command line says "interrupted" once, leaving no partial file.
"""

from __future__ import annotations

import os
import signal
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any


@contextmanager
def children_exit_quietly_on_ctrl_c() -> Iterator[None]:
    """Processes forked in this block exit quietly on Ctrl-C; a Ctrl-C the parent got meanwhile is
    raised as KeyboardInterrupt when the block ends (even if the block failed because a child
    stopped). Outside the main thread, where handlers cannot be set, it does nothing."""
    if threading.current_thread() is not threading.main_thread():
        yield
        return
    parent = os.getpid()
    caught: list[int] = []

    def on_ctrl_c(signum: int, frame: Any) -> None:
        if os.getpid() != parent:
            os._exit(130)  # a forked child: stop now, without a traceback; the parent reports
        caught.append(signum)

    previous = signal.signal(signal.SIGINT, on_ctrl_c)
    try:
        yield
    except BaseException:
        if caught:
            raise KeyboardInterrupt from None
        raise
    finally:
        signal.signal(signal.SIGINT, previous)
    if caught:
        raise KeyboardInterrupt
