"""The one API the CLI calls: inputs -> articles -> analysis -> cards -> validation -> selection -> Deck.

::

    from studygen.pipeline import BuildOptions, build_deck

    result = build_deck(["seeds/"], BuildOptions(deck_name="Seeds"))
    result.deck          # the canonical card file (studygen.models.Deck)
    result.reports       # one summary row per article
    result.rejections    # every card thrown away, with its reason
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path
from typing import Any

from pydantic import Field

from studygen import glossary
from studygen.candidates import DEED_FAMILIES, QUESTION_FLAWS, STATEMENT_FLAWS, one_off_descriptions
from studygen.cards import DistractorPool, basic_card, cloze_card, mcq_card, true_false_card
from studygen.errors import InputError, NoCardsError
from studygen.generators.families import setting_country
from studygen.language import not_english
from studygen.models import (
    AnswerCandidate,
    Article,
    ArticleReport,
    Card,
    CardKind,
    Deck,
    Rejection,
    StrictModel,
)
from studygen.rivals import Rivals
from studygen.validate import (
    Reason,
    Verdict,
    card_context_problem,
    card_question_problem,
    commonest_words,
    detail,
    main_subject,
    make_card,
    near_duplicates,
    remove_duplicates,
    topic_words,
)
from studygen.wellformed import parse_questions, question_fault
from studygen.workers import ArticleResult, Workers, default_jobs, should_fork

#: Progress callback: (stage, done, total).
Progress = Callable[[str, int, int], None]
#: How many candidates per wanted card are turned into questions and ranked (over-generate, then rank;
#: it still bounds the work on huge articles). Nine rather than eight: articles whose pronouns the
#: resolver leaves alone ("it" after another "it") keep their share of cards from further down.
CANDIDATES_PER_CARD = 9
#: Cards an article gets even when fewer pass the ranking threshold (the best of the rest).
MIN_CARDS_PER_ARTICLE = 2
#: At most this many cards an article gets by default for its term-and-meaning lines, beyond its share by
#: length (a glossary of hundreds of terms is better split into pages).
MAX_TERM_CARDS = 40
#: Entity labels whose most mentioned name is taken for the article's subject.
_SUBJECT_LABELS = frozenset({"PERSON", "ORG", "GPE", "NORP", "FAC", "LOC", "WORK_OF_ART", "EVENT", "PRODUCT"})
#: A source of more words than this (all its articles together) is a book: its chapters get fewer
#: cards by default (one per BOOK_WORDS_PER_CARD words, at most BOOK_MAX_CARDS a chapter), so that a
#: 300-page book gives a deck of a few hundred cards rather than a thousand, and progress counts chapters.
BOOK_WORDS = 20_000
BOOK_WORDS_PER_CARD = 250
BOOK_MAX_CARDS = 20


class BuildOptions(StrictModel):
    """Everything that decides the cards; the same options on the same input give the same deck."""

    deck_name: str = Field(default="studygen", min_length=1)
    cards: int | None = Field(default=None, ge=1, le=500, description="Cards per article; default by length.")
    kinds: list[CardKind] = Field(default_factory=lambda: list(CardKind))
    generator: str = "templates"
    model: str | None = None
    gguf_file: str | None = None
    split: str = "auto"
    min_score: float | None = Field(default=None, ge=0, le=1,
                                    description="Least ranking score a card needs; default: the model's threshold.")
    max_file_mb: float = Field(default=20.0, gt=0)
    terms: bool = Field(default=False,
                        description="Ask what the terms of notes' lists of terms mean (studygen.glossary).")


class BuildResult(StrictModel):
    deck: Deck
    reports: list[ArticleReport]
    rejections: list[Rejection]
    notes: list[str] = Field(default_factory=list)


def build_deck(inputs: Sequence[str | Path], options: BuildOptions | None = None,
               progress: Progress | None = None, jobs: int | None = None) -> BuildResult:
    """Read ``inputs`` (files, folders, or "-" for standard input) and make a deck of them.

    ``jobs`` worker processes share the articles (default: one per core); the cards are the same
    whatever the number."""
    from studygen.ingest import read_articles
    from studygen.nlp import load_together

    options = options or BuildOptions()
    load_together()  # the first model that ingest asks for brings the other along
    ingested = read_articles(list(inputs), split=options.split, max_file_mb=options.max_file_mb,
                             jobs=default_jobs() if jobs is None else jobs)
    result = generate_cards(ingested.articles, options, progress, jobs)
    result.notes[:0] = ingested.notes
    return result


def generate_cards(articles: Sequence[Article], options: BuildOptions | None = None,
                   progress: Progress | None = None, jobs: int | None = None) -> BuildResult:
    """Make cards for articles already read. Raises NoCardsError when no article gives a card."""
    from studygen.analysis import FrozenArticle, analyse
    from studygen.nlp import embedder, spacy_pipeline, warm_up

    options = options or BuildOptions()
    if not articles:
        raise InputError("no articles to make cards from")
    from studygen.generators import generators

    generators.get(options.generator)  # raises a clear error for an unknown name
    if options.generator == "llm" and not options.model:
        raise InputError("--generator llm needs --model (a Hugging Face id, a folder or a .gguf file)")
    # An article in another language gets no card, and says why (studygen.language).
    foreign = {a.id: reason for a in articles if (reason := not_english(a.text))}
    if len(foreign) == len(articles):
        raise NoCardsError(f"no card could be made: the input is {next(iter(foreign.values()))}")
    english = [a for a in articles if a.id not in foreign]
    warm_up()
    nlp, embed = spacy_pipeline(), embedder().embed
    report = progress or (lambda stage, done, total: None)

    books = book_sources(english)
    stage = "chapters" if books else "analyse"
    # Every generator comes from the registry. The templates decide which answers get a question;
    # any other generator's question is preferred where it passes validation.
    writer = _writer("templates", options)
    preferred = _writer(options.generator, options) if options.generator != "templates" else None

    def card_step(frozen: FrozenArticle, pool: DistractorPool) -> ArticleResult:
        # Articles wait for the pool with their parses as bytes; one at a time has live Docs.
        item = frozen.thaw(nlp.vocab)
        kept, verdict, spares = _article_cards(item, options, writer, preferred, pool, nlp, embed,
                                               item.article.source in books)
        return ArticleResult(kept, verdict.rejected, _report(item, kept, verdict), spares)

    def analyse_frozen(share: list[Article], progress: Progress | None = None,
                       parse_processes: int = 1) -> Iterator[FrozenArticle]:
        for item in analyse(share, nlp, embed, progress, parse_processes):
            yield item.freeze()

    # Worker processes take an LLM's memory once each: a local model writes in this process alone.
    jobs = default_jobs() if jobs is None else jobs
    if preferred is None and should_fork(english, jobs):
        with Workers(english, jobs, analyse_frozen, card_step) as workers:
            pool = DistractorPool(workers.analyse(report, stage))
            results = workers.cards(pool, report)
    else:
        analysed = []
        report(stage, 0, len(english))  # shown at once, not only when a (long) first article is done
        # One long article (or a few) in this process: its parse, at least, takes every core.
        parse_processes = jobs if preferred is None else 1
        for done, item in enumerate(analyse_frozen(english, report, parse_processes), start=1):
            analysed.append(item)
            report(stage, done, len(english))
        pool = DistractorPool(analysed)
        results = []
        for done, item in enumerate(analysed, start=1):
            results.append(card_step(item, pool))
            report("cards", done, len(analysed))

    results = every_kind(results, options.kinds, options.cards)
    cards = [card for result in results for card in result.cards]
    if not cards:
        raise NoCardsError("no card could be made: the input has no complete sentence a question can "
                           "be written from")
    deck = Deck(name=options.deck_name, articles=list(articles), cards=cards)
    done_reports = iter([r.report for r in results])  # in the order of `english`
    reports = [ArticleReport(article_id=a.id, title=a.title, words=a.words, sentences=0, candidates=0, kept=0,
                             notes=[f"no card: {foreign[a.id]}"]) if a.id in foreign else next(done_reports)
               for a in articles]
    return BuildResult(deck=deck, reports=reports,
                       rejections=[rejection for r in results for rejection in r.rejected])


def every_kind(results: list[ArticleResult], kinds: Sequence[CardKind],
               limit: int | None = None) -> list[ArticleResult]:
    """Each kind asked for in the deck at least once: where no article kept a card of a kind, the
    best card of that kind that an article could not keep (below the ranking threshold) joins its
    article's cards. Only the deck as a whole is held to this: a card below the threshold is kept
    by strict judges far less often (on `dev/tune`'s labels 10 of 17, against 371 of 455 above it),
    so no article is made to take one of each kind. An article that holds the ``limit`` the user set
    (``--cards``) gives up its lowest-scored card of a kind the deck holds twice, or takes none."""
    present = {card.kind for result in results for card in result.cards}
    for kind in kinds:
        if kind in present:
            continue
        spares = sorted(((card.score, card.guid, n, card) for n, result in enumerate(results)
                         for card in result.spares if card.kind is kind), key=lambda s: (-s[0], s[1]))
        for _, _, n, card in spares:
            cards = list(results[n].cards)
            if limit is not None and len(cards) >= limit:
                held = Counter(c.kind for r in results for c in r.cards)
                given_up = min((c for c in cards if held[c.kind] > 1), key=lambda c: (c.score, c.guid), default=None)
                if given_up is None:
                    continue
                cards.remove(given_up)
            results[n] = _with_card(results[n], cards, card)
            present.add(kind)
            break
    return results


def _with_card(result: ArticleResult, cards: list[Card], card: Card) -> ArticleResult:
    """The article's result with ``card``, a spare, among ``cards``: no longer thrown away as below the threshold."""
    rejected = list(result.rejected)
    low = next((k for k, r in enumerate(rejected) if r.reason == Reason.LOW_SCORE
                and r.question == card.question and r.answer == card.answer), None)
    if low is not None:
        del rejected[low]
    report = result.report.model_copy(update={"kept": len(cards) + 1, "rejects": _reject_counts(rejected)})
    return ArticleResult([*cards, card], rejected, report, result.spares)


def book_sources(articles: Sequence[Article]) -> set[str]:
    """The sources that are books: several articles (chapters) of more than BOOK_WORDS words in all."""
    words: Counter[str] = Counter()
    chapters: Counter[str] = Counter()
    for article in articles:
        words[article.source] += article.words
        chapters[article.source] += 1
    return {source for source, n in words.items() if n > BOOK_WORDS and chapters[source] > 1}


def default_card_count(words: int, in_book: bool = False) -> int:
    """Cards for an article when the user does not say; a book's chapter gets fewer (see BOOK_WORDS)."""
    from studygen.select import default_count

    if in_book:
        return default_count(words, BOOK_WORDS_PER_CARD, BOOK_MAX_CARDS)
    return default_count(words)


def _article_cards(item: Any, options: BuildOptions, writer: Any, preferred: Any, pool: DistractorPool,
                   nlp: Any, embed: Any, in_book: bool = False) -> tuple[list[Card], Verdict, list[Card]]:
    from studygen.generators.base import QuestionRequest
    from studygen.ranking import default_ranker
    from studygen.select import asks_again, select_cards

    article = item.article
    verdict = Verdict()
    kinds = set(options.kinds)
    # Term-and-meaning lines of notes ("Chloroplast: organelle where ..."), when asked for (``terms``): no
    # template fits them, and each is what the notes' writer chose to learn, so each gets its place beside
    # the article's share by length. Not by default: strict judges accepted 47 of 87 such questions on three
    # sets of fresh notes (tune-T203 to T205), against 42 of 57 of the other cards of the two sets built
    # with the rules of notes' fragments (T204, T205).
    terms = glossary.entries(item) if options.terms and CardKind.BASIC in kinds else []
    count = options.cards or default_card_count(article.words, in_book) + min(len(terms), MAX_TERM_CARDS)
    candidates = sorted(item.candidates, key=lambda c: (-c.salience, c.start))
    candidates = candidates[:max(30, CANDIDATES_PER_CARD * count)]
    requests = [QuestionRequest(context=article.text, answer=c.text, answer_start=c.start,
                                sentence_start=item.parsed[c.sentence].sentence.start,
                                sentence_end=item.parsed[c.sentence].sentence.end, answer_type=c.type,
                                title=article.title, sent=item.parsed[c.sentence].span,
                                doc_offset=item.parsed[c.sentence].block_start, sentence_index=c.sentence,
                                resolver=item.resolver)
                for c in candidates]
    # No question is written for an answer not worth asking for (a candidate with a flaw).
    asked = [i for i, c in enumerate(candidates) if c.flaw is None]
    drafts: list[list[Any]] = [[] for _ in requests]
    if kinds & {CardKind.BASIC, CardKind.MCQ}:
        for i, proposals in zip(asked, writer.write([requests[i] for i in asked]), strict=True):
            drafts[i] = proposals
    if preferred is not None:
        drafts = _prefer(preferred, requests, drafts)

    # In-situ questions ("X did what?") serve the answer-aware API; cards ask properly. A description
    # the article gives once is not asked for by what it did (``ONE_OFF_FLAW``).
    once = one_off_descriptions(article.text, candidates)

    def by_deed(draft: Any) -> bool:
        return bool(draft.template.split(":")[0] in DEED_FAMILIES)

    cards_ask = [[d for d in proposals if not d.template.startswith("in_situ")] for proposals in drafts]
    # (whether a question of a one-off description was written and then set aside, for ``--explain``)
    one_off = [c.text in once and any(by_deed(d) for d in asking)
               for c, asking in zip(candidates, cards_ask, strict=True)]
    bests = [next((d for d in asking if not (off and by_deed(d))), None)
             for asking, off in zip(cards_ask, one_off, strict=True)]
    # Each written question is parsed once: for its well-formedness here, for the ranking's features later.
    question_docs = parse_questions(nlp, [*(b.question for b in bests if b is not None), *(e.question for e in terms)])
    text = article.text
    complete = {p.sentence.start: p.sentence.complete for p in item.parsed}
    topic = topic_words(article.title, main_subject([ent.text for p in item.parsed for ent in p.span.ents
                                                     if ent.label_ in _SUBJECT_LABELS]), text,
                        [ent.text for p in item.parsed for ent in p.span.ents if ent.label_ == "PERSON"])
    commonest = commonest_words(text)
    setting = setting_country(ent.text for p in item.parsed for ent in p.span.ents if ent.label_ in ("GPE", "NORP"))
    valid: list[Card] = []

    rivals = Rivals(item)

    def consider(data: dict[str, Any] | None, candidate: AnswerCandidate | None = None,
                 blank: AnswerCandidate | None = None, whole: bool = False) -> None:
        if data is None:
            return
        card = make_card(data, text, whole or complete.get(data["source_start"], False), verdict)
        if card is None:
            return
        problem = card_context_problem(card, topic, text[card.source_start:card.source_end], setting, commonest)
        if problem is not None:
            verdict.reject(data, problem, detail(problem))
            return
        # (a question on a line of notes is worded by its template: "What does "Sans-culottes" mean?" quotes a word)
        if card.kind in (CardKind.BASIC, CardKind.MCQ) and card.question in question_docs and not whole:
            fault = question_fault(question_docs[card.question], text[card.source_start:card.answer_start or 0])
            if fault is not None:
                verdict.reject(data, Reason.UNGRAMMATICAL, f"{detail(Reason.UNGRAMMATICAL)}: {fault}")
                return
        # One answer in the article: a rival would also be the likeliest option of a multiple choice. A blank's
        # rival: another sentence says the same of another name.
        other = None
        if candidate is not None and card.question in question_docs:
            other = rivals.rival(candidate, question_docs[card.question])
        if other is None and blank is not None:
            other = rivals.rival_of_blank(blank)
        if other is not None:
            verdict.reject(data, Reason.RIVAL_ANSWER, f"{detail(Reason.RIVAL_ANSWER)}: {other}")
            return
        valid.append(card)

    for candidate, best, off in zip(candidates, bests, one_off, strict=True):
        if candidate.flaw is not None:
            # Not worth asking for (a speaker, a date that labels a noun): no card asks for it; a
            # true/false statement still shows it, and it stays in the pool as a distractor. A flaw
            # of the question only ("from 1992 to 1998", "suspected gunman") leaves its blank too:
            # no question was written for it (``asked``).
            question_only = candidate.flaw in QUESTION_FLAWS
            withheld = {CardKind.BASIC, CardKind.MCQ} if question_only else {
                CardKind.BASIC, CardKind.MCQ, CardKind.CLOZE}
            if kinds & withheld:
                verdict.reject({"article_id": article.id, "answer": candidate.text}, candidate.flaw,
                               f"{detail(candidate.flaw)}; in: {item.parsed[candidate.sentence].sentence.text}")
            if not question_only:
                if CardKind.TRUE_FALSE in kinds and candidate.flaw in STATEMENT_FLAWS:
                    consider(true_false_card(item, candidate, pool))
                continue
        if best is None and candidate.flaw is None and kinds & {CardKind.BASIC, CardKind.MCQ}:
            reason = Reason.ONE_OFF_DESCRIPTION if off else Reason.NO_QUESTION
            why = (f"{detail(reason)}; in: {item.parsed[candidate.sentence].sentence.text}" if off
                   else "no template fits the sentence around this answer")
            verdict.reject({"article_id": article.id, "answer": candidate.text}, reason, why)
        if best is not None and CardKind.BASIC in kinds:
            consider(basic_card(item, candidate, best), candidate)
        if best is not None and CardKind.MCQ in kinds:
            consider(mcq_card(item, candidate, best, pool, verdict), candidate)
        if CardKind.CLOZE in kinds:
            consider(cloze_card(item, candidate), blank=candidate)
        if CardKind.TRUE_FALSE in kinds:
            consider(true_false_card(item, candidate, pool))

    for entry in terms:
        # (a line of notes ends without a full stop, and is whole)
        consider(glossary.card(item, entry), whole=True)

    shortlist = remove_duplicates(sorted(valid, key=lambda c: (-c.score, c.source_start, c.guid)), verdict)
    # The learned judge: each card's chance that a strict reader accepts it becomes its score;
    # cards below the threshold only fill an article's first MIN_CARDS_PER_ARTICLE places.
    ranker = default_ranker()

    def threshold(card: Card) -> float:
        if options.min_score is not None:
            return options.min_score
        return glossary.THRESHOLD if glossary.made_here(card) else ranker.threshold(card.kind.value)

    scored = [card.model_copy(update={"score": p})
              for card, p in zip(shortlist, ranker.score(shortlist, item, nlp, embed, question_docs), strict=True)]
    scored.sort(key=lambda c: (-c.score, c.source_start, c.guid))
    shortlist = [c for c in scored if c.score >= threshold(c)]
    reserve = [c for c in scored if c.score < threshold(c)]
    order = [k for k in CardKind if k in kinds]
    # Select, then look for near-duplicates among the chosen only (it embeds every card it sees);
    # drop them from the shortlist and select again until the choice is clean.
    while True:
        chosen = select_cards(shortlist, count, item.sentence_vectors, item.sentence_at, order)
        duplicates = near_duplicates(chosen, embed)
        if not duplicates:
            break
        for i, j in duplicates.items():
            verdict.reject(chosen[i].model_dump(), Reason.NEAR_DUPLICATE,
                           f"too close to {chosen[j].question!r} (ranking score {chosen[i].score:.2f})")
        dropped = {chosen[i].guid for i in duplicates}
        shortlist = [c for c in shortlist if c.guid not in dropped]
    # An article keeps its first MIN_CARDS_PER_ARTICLE places: the best of the rest fill them,
    # unless they repeat a card already chosen.
    wanted = min(count, MIN_CARDS_PER_ARTICLE)
    for card in reserve:
        if len(chosen) < wanted and not asks_again(card, chosen) and not near_duplicates([*chosen, card], embed):
            chosen.append(card)
    for card in reserve:
        if card not in chosen:
            verdict.reject(card.model_dump(), Reason.LOW_SCORE,
                           f"ranking score {card.score:.2f} is below the threshold {threshold(card):.2f}")
    # The best card of each kind the article could not keep: the deck's only card of that kind, if
    # no article keeps one (``every_kind``).
    spares: dict[CardKind, Card] = {}
    for card in reserve:
        if card not in chosen and card.kind not in spares and not asks_again(card, chosen):
            spares[card.kind] = card
    return chosen, verdict, list(spares.values())


def _prefer(preferred: Any, requests: list[Any], drafts: list[list[Any]]) -> list[list[Any]]:
    """The chosen generator's question (the LLM's) where it passes validation; the template's where
    it does not."""
    wanted = [i for i, proposals in enumerate(drafts) if proposals]
    written = preferred.write([requests[i] for i in wanted]) if wanted else []
    merged = [list(p) for p in drafts]
    for i, proposals in zip(wanted, written, strict=True):
        good = [d for d in proposals if card_question_problem(d.question, requests[i].answer) is None]
        if good:
            merged[i] = [good[0], *merged[i]]
    return merged


def _reject_counts(rejected: Sequence[Rejection]) -> dict[str, int]:
    """How many cards each reason threw away, by reason: an article report's ``rejects``."""
    return dict(sorted(Counter(r.reason for r in rejected).items()))


def _report(item: Any, kept: list[Card], verdict: Verdict) -> ArticleReport:
    notes = []
    if not kept:
        notes.append("no card: no complete sentence a question template fits")
    return ArticleReport(article_id=item.article.id, title=item.article.title, words=item.article.words,
                         sentences=sum(1 for p in item.parsed if p.sentence.complete),
                         candidates=len(item.candidates), kept=len(kept),
                         rejects=_reject_counts(verdict.rejected), notes=notes)


_writers: dict[str, Any] = {}


def _writer(name: str, options: BuildOptions) -> Any:
    """The registered generator ``name``, made once per model; built-ins are looked up like any other.
    The model options go to every generator but the templates, which take none."""
    from studygen.generators import generators

    arguments = {key: value for key, value in (("model", options.model), ("gguf_file", options.gguf_file))
                 if value is not None and name != "templates"}
    key = f"{name}:{options.model}:{options.gguf_file}" if arguments else name
    if key not in _writers:
        writer_class: Any = generators.get(name)
        _writers[key] = writer_class(**arguments)
    return _writers[key]
