"""Articles side by side in worker processes: one core each, the same cards as one process makes.

Reading comes first: :func:`forked_map` reads several files side by side (``studygen.ingest``),
each worker a fixed share by file size, the results put back in file order. Then a build has two
steps per article, with one step across the whole deck between them:

1. analyse: parse, embed, find the answer candidates (``studygen.analysis``);
2. the distractor pool, made from every article's candidates (multiple-choice options and false
   statements come from the whole deck);
3. cards: write, check, rank and choose the article's cards (``studygen.pipeline``).

:class:`Workers` forks ``jobs`` processes once both models are loaded, so that they share the
models' memory and start at once. Each takes a fixed share of the articles (the longest first, to
the least loaded worker, so the split depends only on the input and the job count), analyses them,
sends back only what the pool needs (candidates and their vectors), keeps the parses, then receives
the pool and makes its articles' cards. The parent puts everything back in article order.

Nothing in an article's cards depends on which process made them or on what else it parsed or
embedded: the encoder gives each text the same vector to the bit in any batch and with any thread
count, spaCy parses each text alone, and the pool is built in article order from every article, as
in one process. ``tests/test_workers.py`` checks the output is the same byte for byte.

Workers ignore Ctrl-C: the parent gets it, stops them, and no file has been written by then.
"""

from __future__ import annotations

import os
import signal
import traceback
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from multiprocessing.connection import Connection, wait
from typing import Any

from studygen.cards import PoolSource
from studygen.models import Article, ArticleReport, Card, Rejection
from studygen.signals import children_exit_quietly_on_ctrl_c

#: Progress callback: (stage, done, total).
Progress = Callable[[str, int, int], None]
#: Below this many words in all, one process does the work: starting workers would cost more than
#: they save.
PARALLEL_WORDS = 2_000


def default_jobs() -> int:
    """One worker per core this process may use."""
    return len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count() or 1


@dataclass
class ArticleResult:
    cards: list[Card]
    rejected: list[Rejection]
    report: ArticleReport
    #: The best card of each kind the article could not keep (see ``pipeline.every_kind``).
    spares: list[Card] = field(default_factory=list)


#: (the analysed article, the pool) -> its cards; given by the pipeline, run inside each worker.
CardStep = Callable[[Any, Any], ArticleResult]


def shares(articles: Sequence[Article], jobs: int) -> list[list[int]]:
    """Article indices per worker: the longest article first, to the worker with the fewest
    characters so far (ties to the lowest worker), each share in article order."""
    return shares_by_weight([len(a.text) for a in articles], jobs)


def shares_by_weight(weights: Sequence[int], jobs: int) -> list[list[int]]:
    """Item indices per worker: the heaviest item first, to the worker with the least weight so far
    (ties to the lowest worker), each share in item order. Depends only on the weights and ``jobs``."""
    loads = [0] * jobs
    split: list[list[int]] = [[] for _ in range(jobs)]
    for i in sorted(range(len(weights)), key=lambda i: (-weights[i], i)):
        worker = min(range(jobs), key=lambda w: (loads[w], w))
        loads[worker] += weights[i]
        split[worker].append(i)
    return [sorted(s) for s in split if s]


def forked_map(task: Callable[[Any], Any], items: Sequence[Any], weights: Sequence[int], jobs: int) -> list[Any]:
    """``task`` over ``items`` in ``jobs`` forked processes, each a fixed share by weight; the results
    in item order, as one process would give them. Fork once the models are loaded, so that the
    workers share their memory. A ``StudygenError`` the task raises is raised here as it was; any other
    error as a :class:`WorkerError` carrying its traceback. Ctrl-C stops the workers (they ignore it)."""
    import multiprocessing

    context = multiprocessing.get_context("fork")
    processes: list[Any] = []
    connections: list[Connection] = []
    waiting: dict[Connection, int] = {}  # results still due from each worker
    try:
        with children_exit_quietly_on_ctrl_c():
            for share in shares_by_weight(weights, jobs):
                connection = _start(context, processes, connections, _serve_map,
                                    ([(i, items[i]) for i in share], task))
                waiting[connection] = len(share)
        results = dict(_receive(waiting, "done"))
        return [results[i] for i in range(len(items))]
    finally:
        _stop(connections, processes)


def _start(context: Any, processes: list[Any], connections: list[Connection], target: Callable[..., None],
           args: tuple[Any, ...]) -> Connection:
    """Fork one worker running ``target(its end of a pipe, *args)``; add it and this process's end
    to the lists, and return that end."""
    parent_end, child_end = context.Pipe()
    process = context.Process(target=target, name="studygen-worker", daemon=True, args=(child_end, *args))
    process.start()
    child_end.close()
    processes.append(process)
    connections.append(parent_end)
    return parent_end


def _stop(connections: list[Connection], processes: list[Any]) -> None:
    for connection in connections:
        connection.close()
    for process in processes:
        if process.is_alive():
            process.terminate()
        process.join()


def should_fork(articles: Sequence[Article], jobs: int) -> bool:
    return (jobs > 1 and len(articles) > 1 and sum(a.words for a in articles) >= PARALLEL_WORDS
            and hasattr(os, "fork"))


class WorkerError(RuntimeError):
    """A worker failed; the message carries its traceback."""


class Workers:
    """``jobs`` forked processes over ``articles``; use as a context manager (it stops them)."""

    def __init__(self, articles: Sequence[Article], jobs: int, analyse: Callable[[list[Article]], Any],
                 card_step: CardStep) -> None:
        import multiprocessing

        self._articles = list(articles)
        context = multiprocessing.get_context("fork")
        self._processes: list[Any] = []
        self._connections: list[Connection] = []
        self._share_size: dict[Connection, int] = {}  # articles each worker answers for, per step
        try:
            with children_exit_quietly_on_ctrl_c():
                for share in shares(self._articles, jobs):
                    connection = _start(context, self._processes, self._connections, _serve,
                                        ([(i, self._articles[i]) for i in share], analyse, card_step))
                    self._share_size[connection] = len(share)
        except BaseException:
            self.close()
            raise

    def __enter__(self) -> Workers:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        _stop(self._connections, self._processes)

    def analyse(self, progress: Progress, stage: str = "analyse") -> list[PoolSource]:
        """Every article analysed (each worker keeps its parses); what the pool needs, in order."""
        found: dict[int, PoolSource] = {}
        for index, (candidates, vectors) in self._gather("analysed", progress, stage):
            found[index] = PoolSource(self._articles[index], candidates, vectors)
        return [found[i] for i in range(len(self._articles))]

    def cards(self, pool: Any, progress: Progress) -> list[ArticleResult]:
        """Each article's cards, in article order, made by the worker that analysed it."""
        for connection in self._connections:
            connection.send(("pool", pool))
        made = dict(self._gather("cards", progress, "cards"))
        return [made[i] for i in range(len(self._articles))]

    def _gather(self, kind: str, progress: Progress, stage: str) -> list[tuple[int, Any]]:
        total, got = len(self._articles), []
        progress(stage, 0, total)
        for index, payload in _receive(dict(self._share_size), kind):
            got.append((index, payload))
            progress(stage, len(got), total)
        return got


def _receive(waiting: dict[Connection, int], kind: str) -> Iterator[tuple[int, Any]]:
    """(index, payload) of each ``kind`` message as the workers send them; ``waiting`` holds how many
    are still due from each worker. A worker's error is raised here."""
    while waiting:
        for connection in wait(list(waiting)):
            assert isinstance(connection, Connection)
            try:
                message = connection.recv()
            except EOFError:
                raise WorkerError("a worker process stopped unexpectedly") from None
            if message[0] == "error":
                raise WorkerError(message[1])
            if message[0] == "raise":
                raise message[1]
            if message[0] != kind:
                raise WorkerError(f"a worker sent {message[0]!r} where {kind!r} was due")
            yield message[1], message[2]
            waiting[connection] -= 1
            if not waiting[connection]:
                del waiting[connection]


def _serve(connection: Connection, share: list[tuple[int, Article]], analyse: Callable[[list[Article]], Any],
           card_step: CardStep) -> None:
    """A worker's life: analyse its share, send the pool's part of each, await the pool, make cards."""
    def work() -> None:
        analysed = {}
        for (index, _), item in zip(share, analyse([a for _, a in share]), strict=True):
            analysed[index] = item
            connection.send(("analysed", index, (item.candidates, item.candidate_vectors)))
        _, pool = connection.recv()
        for index, _ in share:
            connection.send(("cards", index, card_step(analysed[index], pool)))

    _worker_life(connection, work)


def _serve_map(connection: Connection, share: list[tuple[int, Any]], task: Callable[[Any], Any]) -> None:
    def work() -> None:
        for index, item in share:
            connection.send(("done", index, task(item)))

    _worker_life(connection, work)


def _worker_life(connection: Connection, work: Callable[[], None]) -> None:
    """Run ``work`` in a forked worker: one core, Ctrl-C left to the parent, errors sent to it."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # the parent handles Ctrl-C and stops the workers
    try:
        import torch

        torch.set_num_threads(1)  # one core per worker
        work()
    except (EOFError, BrokenPipeError):  # the parent has gone: nothing to report to
        return
    except Exception as exc:  # noqa: BLE001 - reported to the parent, which raises it
        from studygen.errors import StudygenError

        try:
            if isinstance(exc, StudygenError):
                connection.send(("raise", exc))
            else:
                connection.send(("error", "".join(traceback.format_exception(exc)).rstrip()))
        except (OSError, ValueError):
            pass
    finally:
        connection.close()
        os._exit(0)
