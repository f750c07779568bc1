"""Article splitting with the real models: the seed file, pasted articles, single articles."""

from __future__ import annotations

import json
import shutil
import sys
from pathlib import Path

import pytest

from studygen.ingest import IngestResult, read_articles

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "seeds" / "000_49982a1382b2f11c.txt"
BENCH = ROOT / "benchmarks" / "data" / "splitting"
WIKIPEDIA = sorted((BENCH / "wikipedia").glob("*.txt"))

pytestmark = pytest.mark.slow


def body(path: Path) -> list[str]:
    """An article's lines without its title line and the blank lines around it."""
    lines = path.read_text(encoding="utf-8").split("\n")[1:]
    while lines and not lines[0].strip():
        lines.pop(0)
    while lines and not lines[-1].strip():
        lines.pop()
    return lines


@pytest.fixture(scope="module")
def seed() -> IngestResult:
    return read_articles([SEED])


def test_seed_file_splits_into_the_essay_and_four_excerpts(monkeypatch: pytest.MonkeyPatch,
                                                          capsys: pytest.CaptureFixture[str]) -> None:
    from studygen.cli import main

    monkeypatch.setattr(sys, "argv", ["studygen", "split", str(SEED), "--json"])
    with pytest.raises(SystemExit) as exited:
        main()
    assert exited.value.code == 0
    rows = json.loads(capsys.readouterr().out)
    assert [(r["start_line"], r["end_line"]) for r in rows] == [(1, 23), (24, 24), (25, 25), (26, 26),
                                                                (27, 27)]
    assert [r["reason"] for r in rows] == ["start of file", "after author bio",
                                           *["after truncated paragraph"] * 3]
    assert all(r["words"] >= 95 for r in rows)


def test_seed_author_bio_is_metadata_not_text(seed: IngestResult) -> None:
    essay = seed.articles[0]
    assert essay.metadata == ["Doug Bandow is a senior fellow at the Cato Institute and a former special "
                              "assistant to former US president Ronald Reagan."]
    assert "Bandow" not in essay.text
    assert essay.text.endswith("Whatever happens next, Kim Jong-un has transformed Northeast Asia.")
    assert essay.text.count("\n\n") == 21  # 22 paragraphs, one per line of the file


def test_seed_inline_capitals_heading_is_a_heading_span(seed: IngestResult) -> None:
    article = seed.articles[2]
    spans = [(h.text, article.text[h.start:h.end]) for h in article.headings]
    assert spans == [("WILL THE AI BUBBLE POP?", "WILL THE AI BUBBLE POP?")]
    assert "in the year ahead. WILL THE AI BUBBLE POP? The global AI boom" in article.text


def test_titles_are_short_key_phrases_not_a_cut_first_sentence(seed: IngestResult) -> None:
    from studygen.ingest.titles import key_phrase_title

    for article in seed.articles:
        words = article.title.split()
        assert 2 <= len(words) <= 6, article.title
        assert not article.text.lower().startswith(" ".join(words[:2]).lower()), article.title
        assert key_phrase_title(article.text) == article.title  # deterministic
    assert "Kim Jong-un" in seed.articles[0].title
    assert "Taiwan" in seed.articles[4].title


def test_ids_survive_renaming_the_seed(seed: IngestResult, tmp_path: Path) -> None:
    moved = tmp_path / "renamed" / "essays.txt"
    moved.parent.mkdir()
    shutil.copy(SEED, moved)
    assert [a.id for a in read_articles([moved]).articles] == [a.id for a in seed.articles]


@pytest.mark.parametrize("path", WIKIPEDIA, ids=[p.stem for p in WIKIPEDIA])
def test_a_single_wikipedia_article_with_sections_stays_one_article(path: Path, tmp_path: Path) -> None:
    whole = read_articles([path])
    assert len(whole.articles) == 1
    assert whole.articles[0].title == path.read_text(encoding="utf-8").split("\n")[0]
    assert len(whole.articles[0].headings) >= 4  # its section headings, kept as headings
    untitled = tmp_path / path.name
    untitled.write_text("\n".join(body(path)) + "\n", encoding="utf-8")
    assert len(read_articles([untitled]).articles) == 1


def test_articles_pasted_with_only_a_newline_are_split_at_the_right_line(tmp_path: Path) -> None:
    names = ["Zillennials", "Hessisches_Landesmuseum_Darmstadt", "Top-four_primary"]
    parts = [body(BENCH / "wikipedia" / f"{name}.txt") for name in names]
    mixed = tmp_path / "reading-list.txt"
    mixed.write_text("\n".join(line for part in parts for line in part) + "\n", encoding="utf-8")
    articles = read_articles([mixed]).articles
    second = len(parts[0]) + 1
    third = second + len(parts[1])
    assert [(a.start_line, a.end_line) for a in articles] == [
        (1, second - 1), (second, third - 1), (third, third + len(parts[2]) - 1)]
    assert all(a.boundary.startswith("topic shift (similarity 0.") for a in articles[1:])
    # The trailing "References" heading stays with the article it closes.
    assert articles[0].headings[-1].text == "References"


def test_an_excerpt_between_two_articles_is_an_article_of_its_own(tmp_path: Path) -> None:
    excerpt = SEED.read_text(encoding="utf-8").split("\n")[25]  # line 26: stops mid-sentence
    first, last = body(BENCH / "written" / "sourdough.txt"), body(BENCH / "written" / "go_game.txt")
    mixed = tmp_path / "mix.txt"
    mixed.write_text("\n".join([*first, excerpt, *last]) + "\n", encoding="utf-8")
    articles = read_articles([mixed]).articles
    n = len(first)
    assert [(a.start_line, a.end_line) for a in articles] == [(1, n), (n + 1, n + 1),
                                                                (n + 2, n + 1 + len(last))]
    assert articles[1].boundary.startswith("topic shift")
    assert articles[2].boundary == "after truncated paragraph"


# --- one article stays one article ---------------------------------------------------------------

SINGLE = sorted((BENCH / "single").glob("*/*.txt"))


@pytest.mark.parametrize("path", SINGLE, ids=[f"{p.parent.name}/{p.stem}" for p in SINGLE])
def test_every_real_single_article_file_is_one_article(path: Path) -> None:
    """Wikipedia articles with their sections, textbook sections with learning objectives and
    sub-headings, news stories with their datelines (benchmarks/data/splitting/single/)."""
    articles = read_articles([path]).articles
    assert [(a.start_line, a.boundary) for a in articles] == [(1, "start of file")]
    assert articles[0].title == path.read_text(encoding="utf-8").split("\n")[0]


def _headings(path: Path) -> list[str]:
    from studygen.ingest.blocks import HEADING, plain_text_blocks

    return [b.text for b in plain_text_blocks(path.read_text(encoding="utf-8"))[1:] if b.kind == HEADING]


# Files whose sections the topic-shift rule used to cut at (issue 12): one-word Wikipedia headings
# ("Qualification", "Attack", "Victims", "Hosts"), a textbook's learning objectives and its
# sub-headings, sub-headings in capitals ("THE FAIR DEAL").
SECTIONED = [BENCH / "single" / name for name in (
    "wikipedia/2022_World_Figure_Skating_Championships.txt", "tune/wiki-2023_Monterey_Park_shooting.txt",
    "tune/wiki-Pinoy_Big_Brother_Kumunity_Season_10.txt",
    "tune/textbook-anthropology-acephalous-societies-bands-and-tribes.txt",
    "tune/textbook-us-history-the-challenges-of-peacetime.txt", "tune/textbook-psychology-motivation.txt")]


@pytest.mark.parametrize("path", SECTIONED, ids=[p.stem for p in SECTIONED])
@pytest.mark.parametrize("variant", ["as-written", "headings-in-capitals", "one-word-headings", "untitled",
                                     "no-blank-lines"])
def test_section_headings_are_context_in_one_article_not_new_articles(path: Path, variant: str,
                                                                      tmp_path: Path) -> None:
    lines = path.read_text(encoding="utf-8").split("\n")
    headings = set(_headings(path))
    assert headings
    renamed = {"Qualification": "Geography", "Events": "Museum"}
    if variant == "headings-in-capitals":
        lines = [line.upper() if line in headings else line for line in lines]
    elif variant == "one-word-headings":
        lines = [renamed.get(line, line.split()[0].rstrip(":")) if line in headings else line for line in lines]
    elif variant == "untitled":
        lines = lines[2:]
    elif variant == "no-blank-lines":
        lines = [line for line in lines if line.strip()]  # one paragraph a line, as pasted from a web page
    changed = tmp_path / path.name
    changed.write_text("\n".join(lines), encoding="utf-8")
    articles = read_articles([changed]).articles
    assert len(articles) == 1, [(a.start_line, a.boundary) for a in articles]
    kept = [h.text for h in articles[0].headings]
    assert len(kept) >= len(headings)  # every section heading is kept, as a heading of the article


def test_the_issue_12_files_keep_their_section_headings() -> None:
    skating = read_articles([BENCH / "single" / "wikipedia" / "2022_World_Figure_Skating_Championships.txt"])
    article, = skating.articles
    assert "Qualification" in [h.text for h in article.headings]
    fifa = BENCH / "single" / "tune" / "news-fifa-world-cup-2018-day-five-sweden-belgium.txt"
    story, = read_articles([fifa]).articles
    assert story.metadata[:1] == ["Tuesday, June 19, 2018"]
    assert story.title.startswith("FIFA World Cup 2018 day five")


def test_pasted_articles_with_their_titles_are_still_split_at_the_titles(tmp_path: Path) -> None:
    names = ["Zillennials", "Hessisches_Landesmuseum_Darmstadt", "Top-four_primary"]
    parts = [(BENCH / "wikipedia" / f"{name}.txt").read_text(encoding="utf-8").rstrip("\n").split("\n")
             for name in names]
    mixed = tmp_path / "reading-list.txt"
    mixed.write_text("\n".join(line for part in parts for line in part) + "\n", encoding="utf-8")
    articles = read_articles([mixed]).articles
    assert [a.title for a in articles] == [part[0] for part in parts]
    second = len(parts[0]) + 1
    assert [a.start_line for a in articles] == [1, second, second + len(parts[1])]


def test_a_file_with_separators_is_split_at_them_without_embedding_anything(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import studygen.ingest.splitting as splitting

    def no_embedding(paragraphs: object) -> object:
        raise AssertionError("topic shifts were looked for in a file whose separators give its articles")

    monkeypatch.setattr(splitting, "gap_similarities", no_embedding)
    first, second = (body(path) for path in WIKIPEDIA[:2])
    path = tmp_path / "two.txt"
    path.write_text("\n".join(["First", "", *first, "", "---", "", "Second", "", *second]) + "\n", encoding="utf-8")
    articles = read_articles([path]).articles
    assert [a.title for a in articles] == ["First", "Second"]
    # Without the separator the same text is searched for topic shifts (and so embedded).
    path.write_text("\n".join(["First", "", *first, "", "Second", "", *second]) + "\n", encoding="utf-8")
    with pytest.raises(AssertionError, match="topic shifts were looked for"):
        read_articles([path])


def test_a_text_whose_every_gap_shares_its_names_is_one_article_without_embedding(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import studygen.ingest.splitting as splitting

    def no_embedding(paragraphs: object) -> object:
        raise AssertionError("similarities were computed where no break could be chosen")

    monkeypatch.setattr(splitting, "gap_similarities", no_embedding)
    paragraphs = [
        f"In {year}, Marie Curie and Pierre Curie worked in Paris on radium, far from Warsaw, where Marie "
        f"had studied before she came to the Sorbonne. Their notes from {year} describe long days of "
        f"grinding pitchblende, measuring faint currents and writing letters to colleagues abroad about "
        f"what they had found, and Marie kept a careful record of every sample she prepared that year."
        for year in range(1896, 1903)]
    path = tmp_path / "curie.txt"
    path.write_text("\n\n".join(paragraphs) + "\n", encoding="utf-8")
    assert len(read_articles([path]).articles) == 1


def test_no_break_is_chosen_where_could_break_says_none_can_be() -> None:
    """The embedding is skipped on could_break's word: it must never rule out a gap that
    choose_breaks would take, whatever the similarities."""
    import numpy as np
    from hypothesis import given, settings
    from hypothesis import strategies as st

    from studygen.ingest.splitting import choose_breaks, could_break, word_prefix

    @settings(max_examples=400, deadline=None)
    @given(st.data())
    def check(data: st.DataObject) -> None:
        n = data.draw(st.integers(2, 12))
        words = data.draw(st.lists(st.integers(1, 200), min_size=n, max_size=n))
        unit = st.floats(0.0, 1.0)
        sims = np.array(data.draw(st.lists(unit, min_size=n - 1, max_size=n - 1)))
        broad = np.array(data.draw(st.lists(unit, min_size=n - 1, max_size=n - 1)))
        same = np.array(data.draw(st.lists(st.booleans(), min_size=n - 1, max_size=n - 1)))
        short_last = data.draw(st.booleans())
        prefix = word_prefix(words)
        for gap in choose_breaks(sims, words, short_last=short_last, broad=broad, same_names=same):
            assert could_break(gap, prefix, short_last, same)

    check()


def test_a_title_never_opens_on_a_bracket_a_name_was_signed_in() -> None:
    from studygen.ingest.titles import candidate_phrases

    # A critic's signature in brackets after each paragraph of a film list (a real page's layout).
    text = ("Five engines, half-a-dozen vicious turns, and a train barreling into the distance: nothing more is "
            "necessary. [Ignatiy Vishnevetsky]\n\nKeanu Reeves fights in a nightclub. Keanu Reeves does his own "
            "stunts. [Ignatiy Vishnevetsky]")
    phrases = [p.text for p in candidate_phrases(text)]
    assert "Ignatiy Vishnevetsky" in phrases
    assert not any(p[:1] in "[(" for p in phrases)
