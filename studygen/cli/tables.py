"""Plain, aligned text tables for the terminal (no colours: they read the same in a log file)."""

from __future__ import annotations


def format_table(header: list[str], rows: list[list[str]], numeric: set[int] | None = None) -> str:
    """Columns padded to their widest cell; ``numeric`` columns right-aligned."""
    numeric = numeric or set()
    widths = [max(len(row[i]) for row in [header, *rows]) for i in range(len(header))]
    lines = []
    for k, row in enumerate([header, *rows]):
        cells = [cell.rjust(widths[i]) if i in numeric else cell.ljust(widths[i]) for i, cell in enumerate(row)]
        lines.append("  ".join(cells).rstrip())
        if k == 0:
            lines.append("  ".join("-" * w for w in widths))
    return "\n".join(lines)
