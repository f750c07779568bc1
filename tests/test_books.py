"""Whole books, without the NLP models: the default card count of a chapter, and a summary table that
stays readable with many chapters (numbered, grouped by file, capped)."""

from __future__ import annotations

from studygen.cli.build import MAX_TABLE_ROWS, summary_table
from studygen.models import Article, ArticleReport, Deck
from studygen.pipeline import BuildResult, book_sources, default_card_count
from studygen.select import default_count


def _article(n: int, source: str, words: int) -> Article:
    return Article(id=f"a{source}{n}", title=f"Chapter {n} of a long book with a long title", text="word " * words,
                   source=source)


def test_a_book_chapter_gets_fewer_cards_than_an_article_of_the_same_length() -> None:
    assert default_card_count(6000) == default_count(6000) == 40
    assert default_card_count(6000, in_book=True) == 20
    assert default_card_count(2500, in_book=True) == 10
    assert default_card_count(100, in_book=True) == 2
    book = [_article(n, "book.epub", 8000) for n in range(15)]  # 120,000 words: a 300-page book
    assert sum(default_card_count(a.words, True) for a in book) == 300  # not 600


def test_only_a_long_file_of_several_chapters_is_a_book() -> None:
    articles = [_article(n, "book.pdf", 8000) for n in range(3)] + [_article(0, "essay.txt", 30000)]
    articles += [_article(n, "notes.md", 500) for n in range(5)]
    assert book_sources(articles) == {"book.pdf"}


def test_the_summary_of_a_book_is_numbered_by_chapter_grouped_by_file_and_capped() -> None:
    articles = [_article(n, "book.pdf", 100) for n in range(1, 46)] + [_article(1, "notes.md", 50)]
    reports = [ArticleReport(article_id=a.id, title=a.title, words=a.words, sentences=5, candidates=9, kept=4,
                             rejects={"duplicate": 2}) for a in articles]
    result = BuildResult(deck=Deck(name="d", articles=articles, cards=[]), reports=reports, rejections=[])
    table = summary_table(result).splitlines()
    body = table[2:]  # the header and its rule
    assert len(body) <= MAX_TABLE_ROWS + 3  # the rows, the group line, the rest, the total
    assert body[0].startswith("book.pdf")
    assert body[1].startswith("  1. Chapter 1 of a long book")
    assert all(len(line) < 140 for line in table)
    rest = next(line for line in body if "more" in line)
    assert rest.startswith("\u2026 17 more")  # 46 rows shown as 29, then one row for the other 17
    total = body[-1].split()
    assert total[0] == "Total" and int(total[4]) == 4 * 46 and int(total[1]) == 45 * 100 + 50
