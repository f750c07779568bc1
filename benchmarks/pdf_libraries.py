"""Which PDF library studygen reads PDFs with: pypdfium2, pdfminer.six and pypdf compared on real PDFs
for reading order, speed, install size and import time. The figures are in BENCHMARKS.md.

    .venv/bin/pip install pypdfium2 pdfminer.six pypdf
    .venv/bin/python benchmarks/pdf_libraries.py [--runs 5] [PDF ...]

Each library's own plain-text extraction is timed as it comes (median of ``--runs`` runs, in this
process, after one warm-up run); reading order is checked on tests/data/pdf/field-notes.pdf, whose
paragraphs (a two-column page among them) must come out in the order a reader reads them.
"""

from __future__ import annotations

import argparse
import re
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
FIELD_NOTES = ROOT / "tests" / "data" / "pdf" / "field-notes.pdf"
DEFAULT_PDFS = [FIELD_NOTES, Path("/usr/share/doc/libtasn1-doc/libtasn1.pdf"),
                Path("/usr/share/doc/shared-mime-info/shared-mime-info-spec.pdf")]

#: The first words of each paragraph of field-notes.pdf, in reading order (page 3 has two columns).
READING_ORDER = [
    "Salt marshes form where", "The marsh at Thornbury", "Marsh plants are arranged",
    "The sediment of a marsh", "Within ten years the", "Monitoring continues every spring",
    "Rocky shores are divided", "Limpets graze the thin", "The left column ends here",
    "The right column begins", "Seabirds nest on the", "The survey of the rocky shore",
    "The record also shows",
]


LEFT = ("Tide mills were built on estuaries where the water could be held back by a dam. The miller "
        "opened the sluice as the tide fell, and the wheel turned for four or five hours on each tide.")
RIGHT = ("Windmills needed no tide but depended on the weather. A post mill turned its whole body into "
         "the wind, while a tower mill turned only its cap, which carried the sails above the tower.")


def write_interleaved(path: Path) -> None:
    """A one-page PDF of two columns whose content stream runs across the page line by line (left
    line, right line, next left line ...), as some converters write it: the reading order must come
    from where the text is, not from the order it was written in. Needs fpdf2."""
    import textwrap

    from fpdf import FPDF

    pdf = FPDF(format=(210, 150))
    pdf.add_page()
    pdf.set_font("helvetica", size=10)
    left, right = textwrap.wrap(LEFT, 42), textwrap.wrap(RIGHT, 42)
    for k in range(max(len(left), len(right))):
        y = 20 + 5 * k
        if k < len(left):
            pdf.text(15, y, left[k])
        if k < len(right):
            pdf.text(112, y, right[k])
    pdf.output(str(path))


def interleaved_order(text: str) -> bool:
    """Both columns' sentences whole, the left one first."""
    squeezed = normalise(text).replace(" ", "")
    left, right = squeezed.find(LEFT.replace(" ", "")), squeezed.find(RIGHT.replace(" ", ""))
    return 0 <= left < right


def pypdfium2_text(path: Path) -> str:
    import pypdfium2 as pdfium

    pdf = pdfium.PdfDocument(path)
    try:
        return "\n".join(page.get_textpage().get_text_range() for page in pdf)
    finally:
        pdf.close()


def pdfminer_text(path: Path) -> str:
    from pdfminer.high_level import extract_text

    return extract_text(str(path))


def pypdf_text(path: Path) -> str:
    from pypdf import PdfReader

    return "\n".join(page.extract_text() or "" for page in PdfReader(path).pages)


LIBRARIES = {"pypdfium2": (pypdfium2_text, "pypdfium2", "pypdfium2"),
             "pdfminer.six": (pdfminer_text, "pdfminer.six", "pdfminer"),
             "pypdf": (pypdf_text, "pypdf", "pypdf")}


def normalise(text: str) -> str:
    text = text.replace("\x02", "-").replace("\u00ad", "-").replace("\ufffe", "-")
    text = re.sub(r"-\s*\n\s*", "", text)  # a word hyphenated across a line end, joined
    return re.sub(r"\s+", " ", text)


def reading_order(text: str) -> tuple[int, int, int, bool]:
    """(paragraph starts found as written, found at all (spaces ignored: a word split in two or a
    ligature spaced out still counts), pairs of consecutive starts in reading order, left column
    whole before the right one)."""
    flat = normalise(text)
    verbatim = sum(1 for start in READING_ORDER if start in flat)
    squeezed = flat.replace(" ", "")
    positions = [squeezed.find(start.replace(" ", "")) for start in READING_ORDER]
    found = [p for p in positions if p >= 0]
    in_order = sum(1 for a, b in zip(found, found[1:], strict=False) if a < b)
    left_end = squeezed.find("theyoungofmanycrabs")
    right_start = squeezed.find("Therightcolumnbegins")
    columns = 0 <= left_end < right_start and squeezed.find("Limpetsgraze") < left_end
    return verbatim, len(found), in_order, columns


def median_seconds(function, path: Path, runs: int) -> float:  # noqa: ANN001
    function(path)  # warm-up: imports, caches
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        function(path)
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def import_seconds(module: str, runs: int) -> float:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        subprocess.run([sys.executable, "-c", f"import {module}"], check=True)
        times.append(time.perf_counter() - start)
    base = []
    for _ in range(runs):
        start = time.perf_counter()
        subprocess.run([sys.executable, "-c", "pass"], check=True)
        base.append(time.perf_counter() - start)
    return statistics.median(times) - statistics.median(base)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("pdfs", nargs="*", type=Path, default=DEFAULT_PDFS)
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    pdfs = [p for p in args.pdfs if p.exists()]
    import tempfile

    interleaved = Path(tempfile.mkdtemp()) / "interleaved.pdf"
    write_interleaved(interleaved)
    print("| library | " + " | ".join(f"{p.name} (s)" for p in pdfs)
          + " | paragraph starts as written | found, spaces aside | in reading order | columns | interleaved "
          "columns | import (s) |")
    print("|---|" + "---|" * len(pdfs) + "---|---|---|---|---|---|")
    for name, (function, _dist, module) in LIBRARIES.items():
        times = [median_seconds(function, p, args.runs) for p in pdfs]
        verbatim, found, ordered, columns = reading_order(function(FIELD_NOTES))
        order = (f"{verbatim}/{len(READING_ORDER)} | {found}/{len(READING_ORDER)} | {ordered}/{found - 1} | "
                 f"{'yes' if columns else 'no'} | {'yes' if interleaved_order(function(interleaved)) else 'no'}")
        print(f"| {name} | " + " | ".join(f"{t:.3f}" for t in times)
              + f" | {order} | {import_seconds(module, args.runs):.3f} |")
    # studygen's reader: PDFium's characters, then its own layout (lines, columns, running lines).
    from studygen.ingest.pdf import read_pdf

    def studygen_text(path: Path) -> str:
        document = read_pdf(path.read_bytes(), path.name)
        return "\n\n".join(b.text for c in document.chapters for b in c.blocks)

    times = [median_seconds(studygen_text, p, args.runs) for p in pdfs]
    verbatim, found, ordered, columns = reading_order(studygen_text(FIELD_NOTES))
    print("| studygen.ingest.pdf (pypdfium2 + layout) | " + " | ".join(f"{t:.3f}" for t in times)
          + f" | {verbatim}/{len(READING_ORDER)} | {found}/{len(READING_ORDER)} | {ordered}/{found - 1} | "
          f"{'yes' if columns else 'no'} | {'yes' if interleaved_order(studygen_text(interleaved)) else 'no'} | |")


if __name__ == "__main__":
    main()
