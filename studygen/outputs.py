"""Writing output files so that a failure or Ctrl-C never leaves a half-written file behind.

Every file of one build or export is first written to a hidden temporary file beside its target and
only renamed into place (``os.replace``, atomic on one file system) once *all* of them are complete.
Until then the previous outputs stay untouched; on any exception, KeyboardInterrupt included, the
temporary files are removed.
"""

from __future__ import annotations

import contextlib
import os
import signal
import tempfile
import threading
from collections.abc import Iterator
from pathlib import Path
from types import TracebackType
from typing import Any

from studygen.errors import OutputError


def prepare_out_dir(out_dir: Path) -> Path:
    """Create ``out_dir`` if needed and check that it is a writable folder."""
    out_dir = Path(out_dir)
    if out_dir.exists() and not out_dir.is_dir():
        raise OutputError(f"--out {out_dir} is a file, not a folder")
    try:
        out_dir.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise OutputError(f"cannot create output folder {out_dir}: {exc.strerror or exc}") from None
    if not os.access(out_dir, os.W_OK | os.X_OK):
        raise OutputError(f"output folder {out_dir} is not writable")
    return out_dir


def check_out_dir(out_dir: Path) -> None:
    """Fail before any work (a long build) when ``out_dir`` cannot become the output folder: a file,
    a path below a file, a folder that is not writable. Creates nothing."""
    out_dir = Path(out_dir)
    if out_dir.exists():
        if not out_dir.is_dir():
            raise OutputError(f"--out {out_dir} is a file, not a folder")
        if not os.access(out_dir, os.W_OK | os.X_OK):
            raise OutputError(f"output folder {out_dir} is not writable")
        return
    ancestor = out_dir.absolute().parent
    while not ancestor.exists() and ancestor != ancestor.parent:
        ancestor = ancestor.parent
    if not ancestor.is_dir():
        raise OutputError(f"cannot create output folder {out_dir}: {ancestor} is a file")
    if not os.access(ancestor, os.W_OK | os.X_OK):
        raise OutputError(f"cannot create output folder {out_dir}: {ancestor} is not writable")


class OutputSet:
    """Stage several output files, then publish them together.

    >>> with OutputSet(out_dir) as outputs:          # doctest: +SKIP
    ...     outputs.write_text("deck.json", data)
    ...     with outputs.path("deck.apkg") as tmp:   # for libraries that write to a path
    ...         package.write_to_file(tmp)
    """

    def __init__(self, out_dir: Path) -> None:
        self.out_dir = prepare_out_dir(out_dir)
        self._staged: list[tuple[Path, Path]] = []

    def __enter__(self) -> OutputSet:
        return self

    def _target(self, name: str) -> Path:
        if not name or name != Path(name).name or name in {".", ".."}:
            raise OutputError(f"refusing to write {name!r}: output names are plain file names")
        return self.out_dir / name

    @contextlib.contextmanager
    def path(self, name: str) -> Iterator[Path]:
        """A temporary path to write ``name`` to; staged for publishing when the block ends."""
        target = self._target(name)
        fd, tmp_name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=self.out_dir)
        os.close(fd)
        tmp = Path(tmp_name)
        try:
            yield tmp
        except BaseException:
            tmp.unlink(missing_ok=True)
            raise
        self._staged.append((tmp, target))

    def write_bytes(self, name: str, data: bytes) -> Path:
        with self.path(name) as tmp:
            tmp.write_bytes(data)
        return self._target(name)

    def write_text(self, name: str, text: str) -> Path:
        return self.write_bytes(name, text.encode("utf-8"))

    @property
    def targets(self) -> list[Path]:
        return [target for _, target in self._staged]

    def publish(self) -> list[Path]:
        """Rename every staged file into place. A target that cannot be replaced (a folder of that
        name) is found before anything is renamed; Ctrl-C waits until the renames are done, so the
        outputs are all old or all new, never a mix, and no temporary file is left."""
        for _, target in self._staged:
            if target.is_dir() and not target.is_symlink():
                raise OutputError(f"cannot replace {target}: it is a folder")
        published = []
        with _signals_deferred():
            for tmp, target in self._staged:
                os.chmod(tmp, 0o644)
                os.replace(tmp, target)
                published.append(target)
            self._staged.clear()
        return published

    def discard(self) -> None:
        for tmp, _ in self._staged:
            tmp.unlink(missing_ok=True)
        self._staged.clear()

    def __exit__(self, exc_type: type[BaseException] | None, exc: BaseException | None,
                 tb: TracebackType | None) -> None:
        if exc_type is None:
            try:
                self.publish()
            except OSError as error:
                raise OutputError(f"cannot write to {self.out_dir}: {error.strerror or error}") from None
            finally:
                self.discard()  # whatever was not published
        else:
            self.discard()


@contextlib.contextmanager
def _signals_deferred() -> Iterator[None]:
    """Hold Ctrl-C (SIGINT) and SIGTERM back for the block; one that came is raised when it ends.

    Python runs signal handlers in the main thread only, so a handler that notes the signal defers it
    however many threads (torch's, the tokenizer's) the process has; masking would not.
    """
    if threading.current_thread() is not threading.main_thread():
        yield
        return
    received: list[int] = []
    held: dict[signal.Signals, Any] = {}
    for signum in (signal.SIGINT, signal.SIGTERM):
        if signal.getsignal(signum) is not None:  # None: a handler set outside Python, left alone
            held[signum] = signal.signal(signum, lambda number, frame: received.append(number))
    try:
        yield
    finally:
        for signum, handler in held.items():
            signal.signal(signum, handler)
        for number in dict.fromkeys(received):
            signal.raise_signal(number)
