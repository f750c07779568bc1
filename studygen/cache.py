"""studygen's cache folder, for things that are slow to make and safe to throw away.

The folder is ``$STUDYGEN_CACHE_DIR``, else ``$XDG_CACHE_HOME/studygen``, else ``~/.cache/studygen``
(the same layout Hugging Face uses on every platform). Deleting it at any time only costs time.

Entries are folders, published with one ``rename`` once they are complete (:func:`atomic_folder`), so
an interrupted write, Ctrl-C or a crash included, never leaves a half-written entry that a later run
would trust.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import shutil
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path

from studygen.errors import StudygenError

#: Temporary folders older than this are left-overs of a killed process and may be removed.
STALE_TEMP_SECONDS = 24 * 3600
_TEMP_SUFFIX = ".partial"


def cache_dir() -> Path:
    """The cache folder (not created here)."""
    override = os.environ.get("STUDYGEN_CACHE_DIR")
    if override:
        return Path(override).expanduser()
    xdg = os.environ.get("XDG_CACHE_HOME")
    base = Path(xdg).expanduser() if xdg else Path.home() / ".cache"
    return base / "studygen"


def cache_path(*parts: str) -> Path:
    """A path inside the cache folder (not created here)."""
    return cache_dir().joinpath(*parts)


def file_sha256(path: Path, chunk_size: int = 1 << 20) -> str:
    """The hex sha256 of a file's bytes, read in chunks so a multi-GB model never sits in memory."""
    digest = hashlib.sha256()
    with open(path, "rb") as handle:
        while block := handle.read(chunk_size):
            digest.update(block)
    return digest.hexdigest()


@contextlib.contextmanager
def atomic_folder(target: Path) -> Iterator[Path]:
    """Yield an empty temporary folder beside ``target``; publish it as ``target`` when the block ends.

    On any exception the temporary folder is removed and ``target`` is left as it was. When another
    process published ``target`` first, its copy is kept and ours is dropped: entries are keyed by
    content, so both are the same.
    """
    target = Path(target)
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        _remove_stale_temps(target.parent)
        tmp = Path(tempfile.mkdtemp(prefix=f".{target.name}.", suffix=_TEMP_SUFFIX, dir=target.parent))
    except OSError as exc:
        raise StudygenError(f"cannot write to the cache folder {target.parent}: "
                            f"{exc.strerror or exc}") from None
    try:
        yield tmp
        # mkdtemp makes the folder private; a cache entry is as readable as any other file the user writes.
        os.chmod(tmp, 0o755)
        try:
            os.rename(tmp, target)
        except OSError:
            if not target.is_dir():
                raise
            shutil.rmtree(tmp, ignore_errors=True)
    except BaseException:
        shutil.rmtree(tmp, ignore_errors=True)
        raise


def _remove_stale_temps(parent: Path) -> None:
    """Remove temporary folders that a killed process (SIGKILL, power loss) could not clean up."""
    now = time.time()
    for entry in parent.glob(f".*{_TEMP_SUFFIX}"):
        try:
            if entry.is_dir() and now - entry.stat().st_mtime > STALE_TEMP_SECONDS:
                shutil.rmtree(entry, ignore_errors=True)
        except OSError:
            continue
