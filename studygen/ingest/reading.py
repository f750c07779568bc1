"""From the paths a user names to decoded text: files, folders, standard input, encodings.

Everything here is about bytes and paths; what the text means is decided later. Every failure is an
:class:`~studygen.errors.InputError` whose message is one line that names the file.
"""

from __future__ import annotations

import codecs
import sys
import unicodedata
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Literal

from studygen.errors import InputError

Kind = Literal["text", "markdown", "html", "pdf", "docx", "epub"]

#: Kinds read from their bytes by a format reader (studygen.ingest.pdf, .docx, .epub), not decoded.
DOCUMENT_KINDS: frozenset[str] = frozenset({"pdf", "docx", "epub"})
_KIND_NAMES = {"pdf": "a PDF file", "docx": "a Word document (.docx)", "epub": "an EPUB book"}

#: File types studygen reads, by suffix (lower case).
SUFFIX_KINDS: dict[str, Kind] = {
    ".txt": "text",
    ".text": "text",
    ".md": "markdown",
    ".markdown": "markdown",
    ".mdown": "markdown",
    ".html": "html",
    ".htm": "html",
    ".xhtml": "html",
    ".pdf": "pdf",
    ".docx": "docx",
    ".epub": "epub",
}

STDIN = "-"

# Signatures of the binary formats people most often point a text tool at by mistake; naming the
# format makes the error message actionable ("export it as text first").
_MAGIC: tuple[tuple[bytes, str], ...] = (
    (b"\x89PNG\r\n\x1a\n", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF87a", "a GIF image"),
    (b"GIF89a", "a GIF image"),
    (b"PK\x03\x04", "a ZIP archive (or a .docx/.epub/.odt document)"),
    (b"\x1f\x8b", "a gzip archive"),
    (b"\x7fELF", "an executable"),
    (b"{\\rtf", "an RTF document"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "an old Microsoft Office document"),
)


@dataclass(frozen=True)
class SourceText:
    """The decoded text of one input, with ``\\n`` line ends and nothing else changed."""

    source: str
    kind: Kind
    text: str
    encoding: str
    notes: tuple[str, ...] = ()  # what was repaired: NUL bytes dropped, undecodable bytes replaced
    data: bytes = b""  # the file's bytes, for the document kinds (PDF, Word, EPUB); text is "" then


@dataclass(frozen=True)
class Candidate:
    """A file found under the inputs, before it is read."""

    source: str
    path: Path | None  # None for standard input and web pages
    kind: Kind | None  # None: unknown suffix, sniffed from the content
    url: str | None = None  # a web page (http:// or https://), fetched by studygen.ingest.web


def iter_candidates(inputs: Sequence[str | Path]) -> Iterator[Candidate | str]:
    """The files the inputs name, in a stable order; a ``str`` is a note about a skipped entry.

    Folders are walked recursively in sorted order; hidden files and folders (``.git``,
    ``.DS_Store``) are passed over silently because no one means them as articles.
    """
    for raw in inputs:
        name = str(raw)
        if name == STDIN:
            yield Candidate(STDIN, None, None)
            continue
        if name[:8].lower().startswith(("http://", "https://")):
            yield Candidate(name, None, "html", url=name)
            continue
        path = Path(raw)
        if not path.exists():
            raise InputError(f"{name}: no such file or folder")
        if path.is_dir():
            yield from _walk(path)
        elif path.is_file():
            yield Candidate(name, path, SUFFIX_KINDS.get(path.suffix.lower()))
        else:
            raise InputError(f"{name}: not a regular file or folder")


def _walk(folder: Path, seen: set[tuple[int, int]] | None = None) -> Iterator[Candidate | str]:
    # Folders are known by device and inode, so a link back up the tree (a loop) is walked once.
    seen = set() if seen is None else seen
    try:
        info = folder.stat()
        entries = sorted(folder.iterdir(), key=lambda p: p.name)
    except OSError as exc:
        yield f"skipped {folder}: cannot list the folder ({exc.strerror or exc})"
        return
    if (info.st_dev, info.st_ino) in seen:
        yield f"skipped {folder}: a link to a folder already read"
        return
    seen.add((info.st_dev, info.st_ino))
    for entry in entries:
        if entry.name.startswith("."):
            continue
        if entry.is_dir():
            yield from _walk(entry, seen)
        elif entry.is_file():
            kind = SUFFIX_KINDS.get(entry.suffix.lower())
            if kind is None:
                yield f"skipped {entry}: unsupported file type"
            else:
                yield Candidate(str(entry), entry, kind)


def read_source(candidate: Candidate, max_file_mb: float) -> SourceText:
    """Read and decode one input; raise :class:`InputError` with a one-line reason if it is bad."""
    limit = int(max_file_mb * 1024 * 1024)
    name = candidate.source
    if candidate.url is not None:
        from studygen.ingest.web import fetch

        data, charset = fetch(candidate.url, limit)
        if not data.strip():
            raise InputError(f"{name}: the page is empty")
        if charset:
            try:
                text = data.decode(charset, errors="replace")
            except LookupError:  # a charset Python does not know: guess as for a file
                text = decode(data, name)[0]
        else:
            text = decode(data, name)[0]
        return SourceText(name, "html", text.replace("\r\n", "\n").replace("\r", "\n"), charset or "utf-8")
    if candidate.path is None:
        data = sys.stdin.buffer.read(limit + 1)
        name = "standard input"
    else:
        try:
            size = candidate.path.stat().st_size
            if size > limit:
                raise InputError(f"{name}: file is {_megabytes(size)}, over the {_megabytes(limit)} limit "
                                 "(raise it with --max-file-mb)")
            data = candidate.path.read_bytes()
        except PermissionError:
            raise InputError(f"{name}: permission denied") from None
        except IsADirectoryError:  # pragma: no cover - checked by the caller; a race at most
            raise InputError(f"{name}: is a folder") from None
        except OSError as exc:
            raise InputError(f"{name}: cannot read the file ({exc.strerror or exc})") from None
    if len(data) > limit:
        raise InputError(f"{name}: more than the {_megabytes(limit)} limit (raise it with --max-file-mb)")
    if not data:
        raise InputError(f"{name}: file is empty")
    found = document_kind(data)
    if candidate.kind in DOCUMENT_KINDS:
        if found != candidate.kind:
            raise InputError(f"{name}: not {_KIND_NAMES[candidate.kind]}: {_what(data, found)} (check the file, "
                             "or give it the right extension)")
        return SourceText(candidate.source, candidate.kind, "", "binary", (), data)
    if found is not None:
        if candidate.kind is None:  # standard input, or a file without a telling suffix
            return SourceText(candidate.source, found, "", "binary", (), data)
        raise InputError(f"{name}: {_KIND_NAMES[found]}, not text (give it the extension .{found})")
    text, encoding = decode(data, name)
    notes = []
    if encoding == "utf-8" and "\ufffd" in text:
        replaced = text.count("\ufffd") - data.count("\ufffd".encode())
        if replaced:
            notes.append(f"bytes that are not UTF-8 in {_count(replaced, 'place')}, shown as \ufffd")
    if encoding == "utf-16" and not data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        notes.append("read as UTF-16 text without a byte-order mark")
    if "\x00" in text:
        # A stray NUL (a damaged file, a bad copy) is dropped; a file full of them was refused above.
        notes.append(f"{_count(text.count(chr(0)), 'NUL byte')} removed")
        text = text.replace("\x00", "")
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    if not text.strip():
        raise InputError(f"{name}: holds only whitespace, no text")
    kind = candidate.kind or sniff_kind(text)
    return SourceText(candidate.source, kind, text, encoding, tuple(notes))


def document_kind(data: bytes) -> Kind | None:
    """``pdf``, ``docx`` or ``epub`` by the file's content, or None (text, or something else).
    A ZIP archive is a Word document or an EPUB book by the parts it names."""
    if data[:1024].lstrip().startswith(b"%PDF-"):
        return "pdf"
    if not data.startswith(b"PK\x03\x04"):
        return None
    if data[30:38] == b"mimetype" and b"application/epub+zip" in data[38:120]:
        return "epub"  # the EPUB rule: an uncompressed "mimetype" entry first
    head = data[:65536]
    if b"word/document.xml" in head or b"word/_rels" in head or b"[Content_Types].xml" in head and b"word/" in data:
        return "docx"
    if b"META-INF/container.xml" in data:
        return "epub"
    return None


def _what(data: bytes, kind: str | None) -> str:
    """What a file holds instead, for a wrong-extension message."""
    if kind is not None:
        return f"it holds {_KIND_NAMES[kind]}"
    if data.startswith(b"PK\x03\x04"):
        return "it is a ZIP archive without the parts of a Word document or an EPUB book (damaged?)"
    if data.startswith(b"\xd0\xcf\x11\xe0") and "EncryptedPackage".encode("utf-16-le") in data:
        return "it is encrypted with a password (save a copy without one)"
    for magic, what in _MAGIC:
        if data.startswith(magic):
            return f"it holds {what}"
    if data.startswith(b"%PDF"):
        return "it holds a damaged PDF header"
    return "it holds text" if not _mostly_control(data[:4096].decode("latin-1")) else "it holds binary data"


def _count(n: int, noun: str) -> str:
    return f"{n} {noun}{'' if n == 1 else 's'}"


def _megabytes(size: int) -> str:
    megabytes = size / (1024 * 1024)
    return f"{megabytes:.1f} MB" if megabytes >= 0.1 else f"{size} bytes"


def decode(data: bytes, name: str) -> tuple[str, str]:
    """Decode text the way a careful reader would guess it: a byte-order mark wins; then UTF-16
    without one (every other byte NUL); then UTF-8; then Windows-1252 (the usual encoding of text
    saved by older Windows software). UTF-8 with a few broken bytes (a file cut mid-character, one
    pasted Latin-1 word) stays UTF-8, the broken bytes shown as U+FFFD, rather than turning every
    accented letter of the file into mojibake.

    Binary data (known file signatures, many NUL or other control bytes) is refused rather than
    turned into mojibake. A few NUL bytes in text are kept here and dropped by the caller.
    """
    boms = (
        (codecs.BOM_UTF32_LE, "utf-32"),  # before UTF-16: the UTF-32-LE mark starts with UTF-16-LE's
        (codecs.BOM_UTF32_BE, "utf-32"),
        (codecs.BOM_UTF8, "utf-8-sig"),
        (codecs.BOM_UTF16_LE, "utf-16"),
        (codecs.BOM_UTF16_BE, "utf-16"),
    )
    for bom, encoding in boms:
        if data.startswith(bom):
            try:
                text = data.decode(encoding)
            except UnicodeDecodeError as exc:
                raise InputError(f"{name}: undecodable bytes: starts with a {encoding.upper()} byte-order "
                                 f"mark but byte {exc.start} is not {encoding.upper()}") from None
            if _mostly_control(text):
                raise InputError(f"{name}: binary data, not text")
            return text, encoding
    for magic, what in _MAGIC:
        if data.startswith(magic):
            raise InputError(f"{name}: {what}, not text (save or export it as .txt, .md, .html, .pdf, .docx or .epub)")
    utf16 = _bomless_utf16(data)
    if utf16 is not None:
        return utf16, "utf-16"
    head = data[:65536]
    if head.count(0) > max(2, len(head) // 100):
        raise InputError(f"{name}: binary data (NUL bytes), not text")
    try:
        text, encoding = data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        if _mostly_utf8(data):
            text, encoding = data.decode("utf-8", errors="replace"), "utf-8"
        else:
            try:
                text, encoding = data.decode("cp1252"), "cp1252"
            except UnicodeDecodeError as exc:
                raise InputError(f"{name}: undecodable bytes: not UTF-8, UTF-16 or Windows-1252 text "
                                 f"(byte 0x{data[exc.start]:02x} at offset {exc.start})") from None
    if _mostly_control(text):
        raise InputError(f"{name}: binary data, not text")
    return text, encoding


def _bomless_utf16(data: bytes) -> str | None:
    """The text of UTF-16 without a byte-order mark (mostly-ASCII text: every other byte NUL)."""
    sample = data[:65536]
    half = len(sample) // 2
    if half < 2 or len(data) % 2:
        return None
    even, odd = sample[0::2].count(0), sample[1::2].count(0)
    for encoding, nul, other in (("utf-16-le", odd, even), ("utf-16-be", even, odd)):
        if nul >= 0.4 * half and other <= 0.01 * half:
            try:
                text = data.decode(encoding)
            except UnicodeDecodeError:
                return None
            return None if _mostly_control(text) else text
    return None


def _mostly_utf8(data: bytes) -> bool:
    """Invalid UTF-8 that is still mostly UTF-8: it holds at least as many well-formed multi-byte
    characters as broken bytes (Windows-1252 text almost never holds a well-formed UTF-8 sequence)."""
    text = data.decode("utf-8", errors="replace")
    broken = text.count("\ufffd") - data.count("\ufffd".encode())
    multibyte = len(text) - len(text.encode("ascii", "ignore")) - text.count("\ufffd")
    return multibyte >= broken


def _mostly_control(text: str) -> bool:
    """More than 1% control characters (other than tab, newline, carriage return, form feed)."""
    sample = text[:65536]
    controls = sum(1 for ch in sample if unicodedata.category(ch) == "Cc" and ch not in "\t\n\r\f")
    return controls > max(2, len(sample) // 100)


def sniff_kind(text: str) -> Kind:
    """The kind of a text without a telling file name (standard input, an unknown suffix)."""
    head = text.lstrip("\ufeff \t\n")[:1024].lower()
    if head.startswith(("<!doctype html", "<html")) or ("<body" in head and "</" in head):
        return "html"
    for line in text.splitlines()[:400]:
        # ATX headings and fenced code are what make a text unmistakably Markdown.
        stripped = line.lstrip()
        if stripped.startswith("```") or (stripped.startswith("#") and stripped.lstrip("#").startswith(" ")
                                          and len(stripped) - len(stripped.lstrip("#")) <= 6):
            return "markdown"
    return "text"
