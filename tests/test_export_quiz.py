"""The printable quiz: structure, shuffled versions with their own keys, and a real browser's view.

The browser test needs Chromium and poppler-utils (Debian: ``apt-get install -y chromium
poppler-utils``); without them it skips, or fails when ``STUDYGEN_REQUIRE_TEST_TOOLS=1``.
"""

from __future__ import annotations

import os
import shutil
import subprocess
from dataclasses import dataclass, field
from html.parser import HTMLParser
from pathlib import Path

import pytest
import sample_deck as sample

from studygen.exporters import ExportOptions, export_deck
from studygen.exporters.common import cloze_parts, one_line
from studygen.models import Card, CardKind, Deck

VOID = {"meta", "link", "hr", "br", "img", "input"}


@dataclass
class Node:
    tag: str
    attrs: dict[str, str]
    children: list[Node | str] = field(default_factory=list)

    @property
    def text(self) -> str:
        parts = [child if isinstance(child, str) else child.text for child in self.children]
        return " ".join("".join(parts).split())

    def classes(self) -> set[str]:
        return set(self.attrs.get("class", "").split())

    def find_all(self, tag: str | None = None, cls: str | None = None) -> list[Node]:
        found = []
        for child in self.children:
            if isinstance(child, Node):
                if (tag is None or child.tag == tag) and (cls is None or cls in child.classes()):
                    found.append(child)
                found += child.find_all(tag, cls)
        return found

    def first(self, tag: str | None = None, cls: str | None = None) -> Node:
        found = self.find_all(tag, cls)
        assert found, (tag, cls)
        return found[0]


class _Builder(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.root = Node("#root", {})
        self.stack = [self.root]
        self.tags: set[str] = set()

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        node = Node(tag, {k: v or "" for k, v in attrs})
        self.tags.add(tag)
        self.stack[-1].children.append(node)
        if tag not in VOID:
            self.stack.append(node)

    def handle_endtag(self, tag: str) -> None:
        for depth in range(len(self.stack) - 1, 0, -1):
            if self.stack[depth].tag == tag:
                del self.stack[depth:]
                return

    def handle_data(self, data: str) -> None:
        self.stack[-1].children.append(data)


def parse_html(text: str) -> _Builder:
    builder = _Builder()
    builder.feed(text)
    builder.close()
    return builder


def expected_prompt(card: Card) -> str:
    if card.kind is CardKind.CLOZE:
        before, after = cloze_parts(card)
        return one_line(f"Fill in the blank: {before}{after}")
    if card.kind is CardKind.TRUE_FALSE:
        return f"True or false? {one_line(card.question)}"
    return one_line(card.question)


def expected_key(card: Card, options: list[str]) -> str:
    if card.kind is CardKind.MCQ:
        return f"{chr(65 + options.index(card.answer))}. {card.answer}"
    return card.answer


def check_quiz_page(page: _Builder, deck: Deck) -> list[Card]:
    """Check one quiz page against the deck; return its cards in the page's order."""
    assert page.tags <= {"html", "head", "meta", "title", "style", "body", "main", "header", "h1", "h2",
                         "p", "div", "span", "cite", "ol", "li", "section"}, page.tags
    root = page.root
    assert root.first("h1").text == deck.name
    questions = root.first("ol", "questions").find_all("li", "question")
    assert [q.attrs["value"] for q in questions] == [str(n) for n in range(1, len(deck.cards) + 1)]
    by_prompt = {expected_prompt(card): card for card in deck.cards}
    order = []
    options_of: dict[str, list[str]] = {}
    for question in questions:
        card = by_prompt[question.first("p", "prompt").text]
        order.append(card)
        options = [li.text for li in question.find_all("li")]
        if card.kind is CardKind.MCQ:
            assert [o.split(" ", 1)[0] for o in options] == [chr(65 + i) for i in range(len(options))]
            options_of[card.guid] = [o.split(" ", 1)[1] for o in options]
            assert sorted(options_of[card.guid]) == sorted(card.options)
        else:
            assert options == []
        if card.kind is CardKind.BASIC:
            assert question.find_all("div", "answer-line")
        if card.kind is CardKind.CLOZE:
            assert question.find_all("span", "blank")
        if card.kind is CardKind.TRUE_FALSE:
            assert question.first("p", "true-false").text == "True False"
    assert sorted(c.guid for c in order) == sorted(c.guid for c in deck.cards)
    key = root.first("section", "key")
    assert key.first("h2").text.startswith("Answer key")
    entries = key.find_all("li")
    assert len(entries) == len(order)
    for entry, card in zip(entries, order, strict=True):
        assert entry.first("span", "key-answer").text == expected_key(card, options_of.get(card.guid, []))
    return order


@pytest.fixture
def deck() -> Deck:
    return sample.sample_deck()


def test_quiz_page_has_questions_options_answer_space_and_key(deck: Deck, tmp_path: Path) -> None:
    path, = export_deck(deck, ["quiz"], tmp_path)
    assert path.name == "hostile-friends.quiz.html"
    text = path.read_text(encoding="utf-8")
    page = parse_html(text)
    order = check_quiz_page(page, deck)
    assert order == deck.cards  # one version: the card file's order
    shown = page.root.first("body").text
    for hostile in sample.HOSTILE_STRINGS:
        assert hostile in shown, hostile
    style = page.root.first("style").text
    print_rules = style[style.index("@media print"):]
    assert "break-before: page" in print_rules and "page-break-before: always" in print_rules
    assert "(the article says “Japan”, not “China”)" in page.root.first("section", "key").text


def test_versions_are_shuffled_seeded_and_keep_their_own_keys(deck: Deck, tmp_path: Path) -> None:
    written = export_deck(deck, ["quiz"], tmp_path / "a", ExportOptions(versions=3, seed=7))
    assert [p.name for p in written] == [f"hostile-friends.quiz-{v}.html" for v in "ABC"]
    orders = []
    for path, letter in zip(written, "ABC", strict=True):
        page = parse_html(path.read_text(encoding="utf-8"))
        assert page.root.first("p", "version").text == f"Version {letter}"
        assert page.root.first("section", "key").first("h2").text == f"Answer key, version {letter}"
        orders.append([card.guid for card in check_quiz_page(page, deck)])
    assert len({tuple(order) for order in orders}) > 1
    assert all(order != [c.guid for c in deck.cards] for order in orders)

    again = export_deck(deck, ["quiz"], tmp_path / "b", ExportOptions(versions=3, seed=7))
    assert [p.read_bytes() for p in again] == [p.read_bytes() for p in written]
    other = export_deck(deck, ["quiz"], tmp_path / "c", ExportOptions(versions=3, seed=8))
    assert [p.read_bytes() for p in other] != [p.read_bytes() for p in written]


# --- in a real browser ---------------------------------------------------------------------------

def _tools() -> tuple[str, str, str]:
    chromium = shutil.which("chromium") or shutil.which("chromium-browser")
    pdftotext, pdfinfo = shutil.which("pdftotext"), shutil.which("pdfinfo")
    if chromium and pdftotext and pdfinfo:
        return chromium, pdftotext, pdfinfo
    reason = "needs Chromium and poppler-utils: apt-get install -y chromium poppler-utils"
    if os.environ.get("STUDYGEN_REQUIRE_TEST_TOOLS") == "1":
        pytest.fail(reason)
    pytest.skip(reason)


def _chromium(chromium: str, profile: Path, *args: str) -> subprocess.CompletedProcess[str]:
    command = [chromium, "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
               "--disable-component-update", "--disable-sync", "--no-first-run",
               f"--user-data-dir={profile}", *args]
    result = subprocess.run(command, capture_output=True, text=True, timeout=120, check=False)
    assert result.returncode == 0, result.stderr[-2000:]
    return result


def test_quiz_in_chromium_renders_text_and_prints_the_key_on_its_own_page(deck: Deck,
                                                                          tmp_path: Path) -> None:
    chromium, pdftotext, pdfinfo = _tools()
    path, = export_deck(deck, ["quiz"], tmp_path / "out")
    url = path.resolve().as_uri()

    dom = parse_html(_chromium(chromium, tmp_path / "p1", "--dump-dom", url).stdout)
    assert "script" not in dom.tags and "img" not in dom.tags and "b" not in dom.tags
    assert len(dom.root.find_all("li", "question")) == len(deck.cards)
    shown = dom.root.first("body").text
    for hostile in sample.HOSTILE_STRINGS:
        assert hostile in shown, hostile

    pdf, png = tmp_path / "quiz.pdf", tmp_path / "quiz.png"
    _chromium(chromium, tmp_path / "p2", "--no-pdf-header-footer", f"--print-to-pdf={pdf}", url)
    _chromium(chromium, tmp_path / "p3", "--window-size=1000,1400", f"--screenshot={png}", url)
    assert png.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n" and png.stat().st_size > 10_000

    info = subprocess.run([pdfinfo, str(pdf)], capture_output=True, text=True, check=True).stdout
    pages = int(next(line.split()[-1] for line in info.splitlines() if line.startswith("Pages:")))
    texts = [subprocess.run([pdftotext, "-layout", "-f", str(n), "-l", str(n), str(pdf), "-"],
                            capture_output=True, text=True, check=True).stdout for n in range(1, pages + 1)]
    key_pages = [n for n, text in enumerate(texts) if "Answer key" in text]
    assert len(key_pages) == 1 and key_pages[0] > 0, texts
    key_page = texts[key_pages[0]]
    assert key_page.strip().splitlines()[0].strip() == "Answer key"  # the key starts its page
    assert "Fill in the blank" not in key_page and "Name" not in key_page
    questions = "".join(texts[:key_pages[0]])
    assert "1. Who found the <script>alert(1)</script> tag in 1848?" in " ".join(questions.split())
    assert "Ada Lovelace" in key_page
