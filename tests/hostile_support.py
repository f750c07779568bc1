"""Checks shared by the hostile-input tests: what each output format shows, read back with that
format's own parser (HTML parser, Anki, gift-pegjs, csv, markdown-it), and the hostile strings."""

from __future__ import annotations

import csv
import io
import json
import os
import re
import shutil
import subprocess
from collections.abc import Iterator
from html.parser import HTMLParser
from pathlib import Path
from typing import Any

import pytest

GIFT_DIR = Path(__file__).parent / "gift"

#: Text that tries to be markup or syntax in one output format or another.
MARKUP_SNIPPETS = [
    "<script>alert(1)</script>", "<img src=x onerror=alert(1)>", "<style>*{display:none}</style>",
    "<iframe src=javascript:alert(1)>", "<a href=\"javascript:alert(1)\">x</a>", "</div>", "<!--", "-->",
    "<![CDATA[x]]>", "<svg onload=alert(1)>", "<b>", "</li>", "&amp;", "&lt;b&gt;", "&#60;i&#62;", "&nbsp;",
    "{{c1::x}}", "{{c2::y::hint}}", "{{FrontSide}}", "{{#Tag}}", "{{/Tag}}", "{{^Tag}}", "{{text:Question}}",
    "{{type:Answer}}", "[sound:x.mp3]", "[[type:Answer]]", "[latex]x[/latex]", "[$]x[/$]", "::", "}}", "{{",
    "=1+1", "+A1", "-2+3", "@SUM(A1)", "=HYPERLINK(\"http://x\")", "=cmd|' /C calc'!A0",
    "~", "=", "#", "{", "}", ":", "\\", "->", "%50%", "[html]", "[plain]", "[markdown]", "$CATEGORY: x",
    "//", "####", "*", "_", "`", "|", "1848.", "# heading", "> quote", "- item", "[x](http://e.x)",
    "![i](x.png)", "<http://e.x>", "\\(x\\)", "$$x$$", "\\[x^2\\]",
    "\\(\\require{html}\\href{javascript:alert(1)}{x}\\)",
]
#: Text that is not markup and must come through unchanged.
UNICODE_SNIPPETS = ["東京", "北京欢迎你", "🙂", "👨\u200d👩\u200d👧", "🇯🇵", "مرحبا", "שלום", "Ωμέγα", "café",
                    "naïve", "e\u0301", "Ⅻ", "ﬁ", "“quoted”", "—", "…"]
#: Invisible or control characters that must never reach an output.
INVISIBLE = ["\u200b", "\u200c", "\u200e", "\u200f", "\u202a", "\u202b", "\u202c", "\u202d", "\u202e",
             "\u2066", "\u2067", "\u2068", "\u2069", "\u2060", "\ufeff", "\u00ad", "\x00", "\x07", "\x1b",
             "\x7f"]
FORMULA_START = ("=", "+", "-", "@")


class Markup(HTMLParser):
    """An HTML page as a browser sees it: its elements, attributes, comments and text."""

    def __init__(self, markup: str, *, skip: frozenset[str] = frozenset({"style", "title"})) -> None:
        super().__init__(convert_charrefs=True)
        self.elements: list[tuple[str, dict[str, str | None]]] = []
        self.comments: list[str] = []
        self.other: list[str] = []  # declarations, processing instructions, CDATA
        self._skip = skip
        self._skipping: list[str] = []
        self._chunks: list[str] = []
        self._class_stack: list[tuple[str, str]] = []
        self.by_class: dict[str, list[str]] = {}
        self._open_class: list[tuple[str, str, int]] = []
        self.feed(markup)
        self.close()

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.elements.append((tag, dict(attrs)))
        if tag in self._skip:
            self._skipping.append(tag)
        if tag in ("div", "p", "li", "hr", "br", "h1", "h2", "ol", "section", "header"):
            self._chunks.append(" ")
        if tag in ("hr", "br", "meta", "img", "input", "link"):
            return  # void elements never close
        for name in (dict(attrs).get("class") or "").split():
            self._open_class.append((tag, name, len("".join(self._chunks))))

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.elements.append((tag, dict(attrs)))

    def handle_endtag(self, tag: str) -> None:
        if self._skipping and self._skipping[-1] == tag:
            self._skipping.pop()
        if tag in ("div", "p", "li", "h1", "h2", "ol", "section", "header"):
            self._chunks.append(" ")
        text = "".join(self._chunks)
        while self._open_class and self._open_class[-1][0] == tag:
            _, name, start = self._open_class.pop()
            self.by_class.setdefault(name, []).append(" ".join(text[start:].split()))

    def handle_data(self, data: str) -> None:
        if not self._skipping:
            self._chunks.append(data)

    def handle_comment(self, data: str) -> None:
        self.comments.append(data)

    def handle_decl(self, decl: str) -> None:
        if decl.lower() != "doctype html":
            self.other.append(decl)

    def handle_pi(self, data: str) -> None:
        self.other.append(data)

    def unknown_decl(self, data: str) -> None:
        self.other.append(data)

    @property
    def tags(self) -> set[str]:
        return {tag for tag, _ in self.elements}

    @property
    def attributes(self) -> set[str]:
        return {name for _, attrs in self.elements for name in attrs}

    @property
    def text(self) -> str:
        return " ".join("".join(self._chunks).split())


class _Unguarded(HTMLParser):
    """Text that lies outside every element of a given class (CSS left out)."""

    _VOID = {"hr", "br", "img", "meta", "input", "link", "wbr"}

    def __init__(self, guard: str) -> None:
        super().__init__(convert_charrefs=True)
        self.guard = guard
        self.stack: list[tuple[str, bool]] = []
        self.outside: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag not in self._VOID:
            self.stack.append((tag, self.guard in (dict(attrs).get("class") or "").split()))

    def handle_endtag(self, tag: str) -> None:
        while self.stack:
            if self.stack.pop()[0] == tag:
                break

    def handle_data(self, data: str) -> None:
        guarded = any(g for _, g in self.stack) or any(t == "style" for t, _ in self.stack)
        if data.strip() and not guarded:
            self.outside.append(data)


def text_outside(markup: str, css_class: str) -> list[str]:
    """The text of ``markup`` that no element of class ``css_class`` holds."""
    parser = _Unguarded(css_class)
    parser.feed(markup)
    parser.close()
    return parser.outside


def squeeze(text: str) -> str:
    """Whitespace made single spaces, as a browser shows it."""
    return " ".join(text.split())


def assert_inert_html(markup: str, elements: set[str], attributes: set[str], where: str = "") -> Markup:
    """Parse ``markup``; only the given elements and attributes, no script, handler, comment or CDATA."""
    page = Markup(markup)
    assert page.tags <= elements, (where, page.tags - elements)
    assert page.attributes <= attributes, (where, page.attributes - attributes)
    assert not any(name.startswith("on") for name in page.attributes), where
    assert "script" not in page.tags and "iframe" not in page.tags and "img" not in page.tags, where
    assert not page.comments and not page.other, (where, page.comments, page.other)
    return page


# --- TSV ----------------------------------------------------------------------------------------

def read_tsv(text: str) -> tuple[dict[str, str], list[list[str]]]:
    """Anki's text import file: its ``#key:value`` headers and its rows, read with ``csv``."""
    headers: dict[str, str] = {}
    lines = text.split("\n")
    body_start = 0
    for body_start, line in enumerate(lines):  # noqa: B007 - the index is used after the loop
        if not line.startswith("#"):
            break
        key, _, value = line[1:].partition(":")
        headers[key] = value
    body = "\n".join(lines[body_start:])
    rows = list(csv.reader(io.StringIO(body), delimiter="\t", quotechar='"', strict=True))
    return headers, rows


# --- GIFT ---------------------------------------------------------------------------------------

_GIFT_SERVER = r"""
"use strict";
const { parse } = require("gift-pegjs");
const lines = require("readline").createInterface({ input: process.stdin });
lines.on("line", (line) => {
  let reply;
  try {
    reply = { questions: parse(JSON.parse(line)) };
  } catch (error) {
    const at = error.location ? ` at line ${error.location.start.line} column ${error.location.start.column}` : "";
    reply = { error: `${error.message}${at}` };
  }
  process.stdout.write(JSON.stringify(reply) + "\n");
});
"""


def gift_parser_available() -> str | None:
    node = shutil.which("node")
    if node and (GIFT_DIR / "node_modules" / "gift-pegjs" / "package.json").is_file():
        return node
    return None


def require_gift_parser() -> str:
    node = gift_parser_available()
    if node:
        return node
    reason = "GIFT parser not installed: run `npm ci --prefix tests/gift` (needs node >= 18)"
    if os.environ.get("STUDYGEN_REQUIRE_TEST_TOOLS") == "1":
        pytest.fail(reason)
    pytest.skip(reason)


class GiftParser:
    """gift-pegjs in one long-lived node process: one GIFT document per line of JSON."""

    def __init__(self, node: str) -> None:
        self._process = subprocess.Popen([node, "-e", _GIFT_SERVER], cwd=GIFT_DIR, stdin=subprocess.PIPE,
                                         stdout=subprocess.PIPE, text=True, encoding="utf-8")

    def parse(self, text: str) -> list[dict[str, Any]]:
        assert self._process.stdin and self._process.stdout
        self._process.stdin.write(json.dumps(text) + "\n")
        self._process.stdin.flush()
        reply = json.loads(self._process.stdout.readline())
        assert "error" not in reply, f"GIFT parse error: {reply['error']}\n{text}"
        return reply["questions"]

    def close(self) -> None:
        if self._process.stdin:
            self._process.stdin.close()
        self._process.wait(timeout=10)


def gift_parser() -> Iterator[GiftParser]:
    parser = GiftParser(require_gift_parser())
    try:
        yield parser
    finally:
        parser.close()


def gift_text(text: dict[str, str]) -> str:
    """The text a GIFT text element shows: HTML ones (``[html]``) with their entities read."""
    import html

    return html.unescape(text["text"]) if text["format"] == "html" else text["text"]


def moodle_category(path: str) -> list[str]:
    """A ``$CATEGORY`` path as Moodle's importer reads it: ``\\\\`` is one backslash, ``/`` separates
    levels, ``//`` is a slash inside a name."""
    path = path.replace("\\\\", "\\")
    return [level.replace("//", "/").strip() for level in re.split(r"(?<!/)/(?!/)", path)]
