"""The parts of a zip container (.docx, .epub), read within a limit on their unpacked size.

The --max-file-mb limit sees only the packed file, and a few hundred kilobytes of zip can unpack to
gigabytes: deflate shrinks a run of repeated markup about a thousandfold (a "zip bomb"), and the XML
parser then needs many times that in memory. So the unpacked size of every part is checked before
the part is read, against a limit tied to the file size limit: :data:`UNPACKED_RATIO` times it.
Text compresses a few times over and images not at all, so the parts a reader reads from a real
book or document under the file limit stay far below this one.

The sizes checked are the ones the archive declares (``ZipInfo.file_size``), which is enough:
Python's zipfile never returns more than the declared size of a member (it stops reading there,
and then checks the CRC), so an archive cannot lie its way past the limit.
"""

from __future__ import annotations

import io
import zipfile
from collections.abc import Iterable
from typing import NoReturn

from studygen.errors import InputError

#: The parts a reader unpacks may total at most this many times the file size limit.
UNPACKED_RATIO = 20
#: A part larger than INFLATE_GRACE bytes may unpack to at most MAX_INFLATE times its packed size.
#: XML text packs 5 to 20 times; a thousandfold is a run of repeated markup made to blow up (Apache
#: POI, which reads the same files, refuses a part past the same factor of a hundred by default).
#: With it, what a file can unpack to grows with the file, not only with the limit.
MAX_INFLATE = 100
INFLATE_GRACE = 1024 * 1024


class Parts:
    """The members of a zip archive, each read only if it fits in what is left of the limit."""

    def __init__(self, data: bytes, name: str, max_file_mb: float) -> None:
        self.archive = zipfile.ZipFile(io.BytesIO(data))  # BadZipFile for a damaged file: the caller's message
        self.name = name
        self.limit = int(max_file_mb * UNPACKED_RATIO * 1024 * 1024)
        self.unpacked = 0
        self.names = set(self.archive.namelist())
        # No part of a real document comes near the limit: a huge one is refused before any is read.
        largest = max(self.archive.infolist(), key=lambda info: info.file_size, default=None)
        if largest is not None and largest.file_size > self.limit:
            self._refuse(f"{largest.filename!r} unpacks to {_megabytes(largest.file_size)}")

    def __contains__(self, member: str) -> bool:
        return member in self.names

    def reserve(self, members: Iterable[str]) -> None:
        """Refuse now if the parts that will be read (those present) do not fit together."""
        total = sum(self.archive.getinfo(m).file_size for m in set(members) if m in self.names)
        if self.unpacked + total > self.limit:
            self._refuse(f"the parts read unpack to {_megabytes(self.unpacked + total)}")

    def read(self, member: str) -> bytes:
        """The bytes of one member; KeyError if there is none by that name."""
        info = self.archive.getinfo(member)
        if info.file_size > INFLATE_GRACE and info.file_size > MAX_INFLATE * info.compress_size:
            self._refuse(f"{member!r} unpacks to {_megabytes(info.file_size)}, more than {MAX_INFLATE} times "
                         f"its packed size ({info.compress_size:,} bytes), as a zip bomb does", over_limit=False)
        if self.unpacked + info.file_size > self.limit:
            self._refuse(f"the parts read unpack to {_megabytes(self.unpacked + info.file_size)}")
        self.unpacked += info.file_size
        return self.archive.read(info)

    def _refuse(self, detail: str, over_limit: bool = True) -> NoReturn:
        limit = (f", over the {_megabytes(self.limit)} limit ({UNPACKED_RATIO} times --max-file-mb; raise it "
                 "with --max-file-mb)") if over_limit else ""
        raise InputError(f"{self.name}: unpacked content too large: {detail}{limit}")


def _megabytes(size: int) -> str:
    return f"{size / (1024 * 1024):.1f} MB"
