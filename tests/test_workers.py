"""Worker processes: the same deck whatever their number, errors that reach the user, and a fair split."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from studygen.errors import InputError
from studygen.models import Article, ArticleReport
from studygen.workers import ArticleResult, WorkerError, Workers, forked_map, shares, should_fork


def _article(i: int, words: int) -> Article:
    return Article(id=f"a{i}", title=f"T{i}", text=" ".join(["word"] * words), source=f"{i}.txt")


def test_the_split_gives_every_article_once_and_balances_the_work() -> None:
    articles = [_article(i, w) for i, w in enumerate([900, 100, 100, 100, 800, 100, 50])]
    split = shares(articles, 2)
    assert sorted(i for share in split for i in share) == list(range(7))
    loads = [sum(len(articles[i].text) for i in share) for share in split]
    assert max(loads) - min(loads) <= len(articles[1].text)  # within one short article
    assert all(share == sorted(share) for share in split)  # each worker keeps article order
    assert shares(articles, 2) == split  # the split is a function of the input
    assert shares(articles[:1], 4) == [[0]]  # no idle worker is started


def test_small_inputs_and_single_articles_stay_in_one_process() -> None:
    many_small = [_article(i, 100) for i in range(5)]
    assert not should_fork(many_small, 2)  # 500 words: starting workers costs more than it saves
    assert not should_fork([_article(0, 50_000)], 2)  # one article: nothing to share
    assert not should_fork([_article(i, 5_000) for i in range(3)], 1)
    assert should_fork([_article(i, 5_000) for i in range(3)], 2)


class _Item:
    def __init__(self, article: Article) -> None:
        self.article, self.candidates, self.candidate_vectors = article, [article.title], {}


def _analyse(share: list[Article]) -> Any:
    return (_Item(a) for a in share)


def _report(item: _Item) -> ArticleReport:
    return ArticleReport(article_id=item.article.id, title=item.article.title, words=item.article.words,
                         sentences=0, candidates=0, kept=0)


def test_workers_return_each_article_in_order_with_the_whole_pool() -> None:
    articles = [_article(i, 10 * (i + 1)) for i in range(6)]

    def card_step(item: _Item, pool: Any) -> ArticleResult:
        # What the worker saw of the pool: every article's candidates, in article order.
        return ArticleResult([], [], _report(item).model_copy(update={"title": ",".join(pool)}))

    seen: list[tuple[str, int, int]] = []
    with Workers(articles, 3, _analyse, card_step) as workers:
        sources = workers.analyse(lambda stage, done, total: seen.append((stage, done, total)))
        assert [s.article.id for s in sources] == [a.id for a in articles]
        pool = [c for s in sources for c in s.candidates]
        results = workers.cards(pool, lambda stage, done, total: seen.append((stage, done, total)))
    assert [r.report.article_id for r in results] == [a.id for a in articles]
    assert {r.report.title for r in results} == {"T0,T1,T2,T3,T4,T5"}
    assert ("analyse", 6, 6) in seen and ("cards", 6, 6) in seen


def test_a_users_error_in_a_worker_reaches_the_user_as_itself() -> None:
    def card_step(item: _Item, pool: Any) -> ArticleResult:
        raise InputError(f"{item.article.title}: no good")

    with pytest.raises(InputError, match="no good"), Workers([_article(i, 10) for i in range(3)], 2, _analyse,
                                                             card_step) as workers:
        workers.cards(workers.analyse(lambda *a: None), lambda *a: None)


def test_a_bug_in_a_worker_is_reported_with_its_traceback() -> None:
    def card_step(item: _Item, pool: Any) -> ArticleResult:
        return {}["missing"]  # type: ignore[no-any-return]

    with pytest.raises(WorkerError, match="KeyError: 'missing'"), Workers([_article(i, 10) for i in range(3)], 2,
                                                                          _analyse, card_step) as workers:
        workers.cards(workers.analyse(lambda *a: None), lambda *a: None)


def _square_or_fail(x: int) -> int:
    if x == 5:
        raise InputError("five: no good")
    if x == 6:
        return {}["missing"]  # type: ignore[no-any-return]
    return x * x


def test_forked_map_gives_each_result_in_item_order_and_errors_as_themselves() -> None:
    items = [3, 1, 4, 1, 2, 9, 7]
    assert forked_map(_square_or_fail, items, items, 3) == [x * x for x in items]
    with pytest.raises(InputError, match="five: no good"):
        forked_map(_square_or_fail, [1, 5, 2], [1, 1, 1], 2)
    with pytest.raises(WorkerError, match="KeyError: 'missing'"):
        forked_map(_square_or_fail, [1, 6, 2], [1, 1, 1], 2)


@pytest.mark.slow
def test_files_read_side_by_side_give_the_same_articles_and_notes(tmp_path: Path,
                                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    import studygen.ingest.articles
    from studygen.ingest import read_articles
    from studygen.nlp import embedder

    monkeypatch.setattr(studygen.ingest.articles, "PARALLEL_READ_BYTES", 0)  # small files: share them anyway
    seed = next(Path("seeds").glob("*.txt")).read_text(encoding="utf-8")
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a.txt").write_text(seed, encoding="utf-8")  # several articles, split by topic
    (folder / "b.md").write_text("# Rivers\n\nThe Danube flows through ten countries.\n", encoding="utf-8")
    (folder / "c.txt").write_text(seed, encoding="utf-8")  # the same articles again: noted, skipped
    (folder / "d.pdf").write_bytes(b"%PDF-1.4 broken")  # unreadable: noted, skipped
    (folder / "e.txt").write_text("Vienna stands on the Danube. Budapest does too.\n", encoding="utf-8")
    one = read_articles([folder], jobs=1)
    embedder().clear_cache()
    two = read_articles([folder], jobs=2)
    assert [a.model_dump() for a in one.articles] == [a.model_dump() for a in two.articles]
    assert one.notes == two.notes and any("same text" in n for n in two.notes)
    assert any("d.pdf" in n for n in two.notes) and len(two.articles) >= 4
    # what the workers embedded (for titles, here) came back to this process, for the analysis
    assert any(text in seed for text in embedder().cached_texts())


@pytest.mark.slow
def test_two_workers_make_the_same_deck_byte_for_byte_as_one_process(monkeypatch: pytest.MonkeyPatch) -> None:
    import studygen.workers
    from studygen.ingest import read_articles
    from studygen.pipeline import BuildOptions, generate_cards

    monkeypatch.setattr(studygen.workers, "PARALLEL_WORDS", 0)  # the seeds are short: share them anyway
    articles = read_articles([str(Path("seeds"))]).articles
    assert len(articles) >= 3
    options = BuildOptions(deck_name="Seeds")
    decks = {}
    for jobs in (1, 2, 3):
        result = generate_cards(articles, options, jobs=jobs)
        decks[jobs] = json.dumps([result.deck.model_dump(mode="json"), [r.model_dump(mode="json")
                                                                       for r in result.rejections],
                                  [r.model_dump(mode="json") for r in result.reports]], sort_keys=True)
    assert decks[1] == decks[2] == decks[3]
    assert json.loads(decks[1])[0]["cards"]


@pytest.mark.slow
def test_a_long_text_parsed_on_two_cores_gives_the_same_cards(monkeypatch: pytest.MonkeyPatch) -> None:
    import studygen.analysis
    from studygen.ingest import read_articles
    from studygen.pipeline import BuildOptions, generate_cards

    monkeypatch.setattr(studygen.analysis, "PARALLEL_PARSE_CHARS", 0)  # the seed essay stands for a long text
    parse, used = studygen.analysis.parse_articles, []

    def spy(*args: Any, **kwargs: Any) -> Any:
        used.append(kwargs.get("processes", 1))
        return parse(*args, **kwargs)

    monkeypatch.setattr(studygen.analysis, "parse_articles", spy)
    essay = read_articles([str(Path("seeds"))]).articles[:1]
    one, two = (generate_cards(essay, BuildOptions(), jobs=jobs) for jobs in (1, 2))
    assert one.deck.cards and one.deck.model_dump() == two.deck.model_dump()
    assert one.rejections == two.rejections
    assert used == [1, 2]  # the second parse did run in two processes
