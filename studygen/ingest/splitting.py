"""Where one article ends and the next begins, in a file that holds several.

Boundaries are found in order of certainty, the way a careful reader finds them:

1. explicit separators: a form feed, a line of ``---``, ``***`` or ``===``, a Markdown H1 heading;
2. (``auto`` only) strong signals in undelimited text: an author bio or closing credit line
   followed by more text, a paragraph that stops mid-sentence (a truncated excerpt), a byline
   ("By Jane Roe") after text, which opens the next article together with the title above it;
3. (``auto`` only, in a file without explicit separators) a topic shift: TextTiling-style depth
   scores over MiniLM sentence embeddings, pooled over windows of sentences on each side of every
   paragraph break. Where the writer put separators, they are taken to mark every article, and the
   embedding is not paid for.

A topic shift is the weakest evidence and must clear every bar, so that one article with sections
stays one article: a break must be a deep local minimum of similarity (relative to the text's own
scores), the two sides must be dissimilar in absolute terms both near the break (about 150 words
each side) and broadly (about 800 words each side, where the sections of one article still share
their subject), and both sides must be long enough to be articles. A heading inside an article is
context for the paragraphs under it, never a reason to cut; a dateline or byline is metadata.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Sequence
from dataclasses import dataclass
from enum import StrEnum
from typing import TYPE_CHECKING

from studygen.ingest.blocks import HEADING, SMALL_WORDS, Block, ends_sentence
from studygen.ingest.metadata import CREDIT, DATELINE, NAME, PROMO, is_closing, is_opening_byline

if TYPE_CHECKING:
    import numpy as np

START = "start of file"


class SplitMode(StrEnum):
    """How a file is split into articles."""

    AUTO = "auto"  # separators, then bios, truncated paragraphs, bylines and topic shifts
    NONE = "none"  # the whole file is one article
    SEPARATORS = "separators"  # explicit separators only (form feed, ---, ***, ===, H1)


@dataclass
class Segment:
    """The blocks of one article and the reason it starts where it does."""

    blocks: list[Block]
    boundary: str


# Tuning of the topic-shift detector (see benchmarks/splitting.py for the figures these give).
WINDOW_WORDS = 150  # each side of a paragraph break is compared over at least this many words
MAX_WINDOW_SENTENCES = 12
MIN_ARTICLE_WORDS = 90  # a topic shift never leaves a shorter article on either side
MIN_ARTICLE_PARAGRAPHS = 2
MIN_EXCERPT_WORDS = 40  # a cut-off excerpt at the end of a stretch may be an article of one paragraph
MAX_SIMILARITY = 0.36  # the two sides of a break must be at most this similar
# ... and as dissimilar broadly: BROAD_WINDOW_WORDS each side. The cuts the rules above made inside
# 47 single-article files (dev/tune and 12 Wikipedia articles) were at 0.49 and up there; the true
# boundaries of the benchmark's mixes are at 0.38 at most.
BROAD_WINDOW_WORDS = 800
MAX_BROAD_SIMILARITY = 0.43
# ... and must not keep naming the same people and places (The Northman's plot and its production
# share 15 names, a third of them; no true boundary of the benchmark's mixes shares more than 2 names
# at a quarter or more).
MIN_SHARED_NAMES = 4
MIN_SHARED_NAME_SHARE = 0.25
MIN_DEPTH = 0.25  # and the dip at the break at least this deep
RELATIVE_DEPTH = 0.5  # and deeper than mean + RELATIVE_DEPTH * std of the text's own depths ...
CERTAIN_DEPTH = 0.5  # ... unless it is this deep, in a text with many articles

# Embedding costs about a second per 1,000 words on a laptop CPU: past this, a stretch of text is a
# book rather than a reading list, and topic shifts are not looked for.
MAX_TOPIC_WORDS = 60_000

# Truncation: a paragraph this long that ends without closing punctuation is a cut-off excerpt.
MIN_TRUNCATED_WORDS = 12
_CITATION_END = re.compile(r"(?:\s*\[(?:\d+|[a-z]|citation needed|note \d+)\])+$", re.IGNORECASE)
_ATTRIBUTION_END = re.compile(rf"[.!?\u2026][\"'\u2019\u201d)\]]*\s+[\u2014\u2013-]?\s*{NAME}$")
_ELLIPSIS_END = re.compile(r"(?:\.\.\.|\u2026|\[\s*(?:\.\.\.|\u2026)\s*\])[\"'\u2019\u201d)\]]*$")

# Headings that close an article (its back matter) rather than open a section.
BACK_MATTER = frozenset({
    "references", "see also", "notes", "external links", "further reading", "bibliography",
    "sources", "citations", "footnotes", "works cited", "notes and references", "literature",
})


def split_blocks(blocks: Sequence[Block], mode: SplitMode, notes: list[str] | None = None) -> list[Segment]:
    """Split the blocks of one input into articles, each with the reason for its boundary.

    ``notes`` receives a line when a stretch of text is too long for the topic-shift detector."""
    blocks = list(blocks)
    if not blocks:
        return []
    cuts: dict[int, str] = {}
    if mode is not SplitMode.NONE:
        cuts = {i: b.separator for i, b in enumerate(blocks) if i and b.separator}
    if mode is SplitMode.AUTO:
        separated = bool(cuts)
        for index, reason in strong_boundaries(blocks).items():
            cuts.setdefault(index, reason)
        if separated:  # the writer marked where articles start: no embedding looks for more
            return _segments(blocks, cuts)
        edges = [0, *sorted(cuts), len(blocks)]
        for start, end in zip(edges, edges[1:], strict=False):
            words = sum(b.words for b in blocks[start:end] if b.is_content)
            if words > MAX_TOPIC_WORDS:
                if notes is not None:
                    notes.append(f"{words} words without a separator are too long to look for topic shifts "
                                 "in; add separators (---) between articles, or use --split separators")
                continue
            for index, reason in topic_boundaries(blocks[start:end]).items():
                cuts.setdefault(start + index, reason)
    return _segments(blocks, cuts)


def _segments(blocks: list[Block], cuts: dict[int, str]) -> list[Segment]:
    edges = [0, *sorted(cuts), len(blocks)]
    return [Segment(blocks[start:end], cuts.get(start, START))
            for start, end in zip(edges, edges[1:], strict=False) if end > start]


def is_truncated(block: Block) -> bool:
    """A paragraph of running text that stops mid-sentence, or trails off in an ellipsis."""
    if not block.is_content or block.kind == "item" or block.words < MIN_TRUNCATED_WORDS:
        return False
    # Citation marks copied from an encyclopedia ("...in 2008.[12]") follow the full stop.
    text = _CITATION_END.sub("", block.text.rstrip())
    if _ATTRIBUTION_END.search(text):
        return False  # a quotation and the name of who said it: "... was suppressive. Valeska Paris"
    return _ELLIPSIS_END.search(text) is not None or not (ends_sentence(text) or text.endswith(":"))


def strong_boundaries(blocks: Sequence[Block]) -> dict[int, str]:
    """Boundaries from bios, closing credits, truncated paragraphs and bylines (block index ->
    reason). A boundary is only placed where more content follows."""
    cuts: dict[int, str] = {}
    has_content_after = [False] * (len(blocks) + 1)
    for i in range(len(blocks) - 1, -1, -1):
        has_content_after[i] = has_content_after[i + 1] or blocks[i].is_content
    for i, block in enumerate(blocks):
        if not has_content_after[i + 1]:
            break
        if is_closing(block):
            reason = "after author bio" if block.role == "bio" else "after closing byline"
        elif is_truncated(block):
            reason = "after truncated paragraph"
        elif is_opening_byline(block) and any(b.is_content for b in blocks[:i]):
            start = _walk_back_over_titles(blocks, i, floor=0)
            cuts.setdefault(start, "before byline")
            continue
        else:
            continue
        # Promotions right after the end ("Read more ...") still belong to the article they close.
        j = i + 1
        while j < len(blocks) and blocks[j].role == PROMO:
            j += 1
        if j < len(blocks):
            cuts.setdefault(j, reason)
    return cuts


def _walk_back_over_titles(blocks: Sequence[Block], index: int, floor: int) -> int:
    """Move a boundary before the headings, bylines, datelines and credits that introduce the next
    article, but not before back-matter headings ("References") that close the previous one."""
    while index - 1 > floor:
        prev = blocks[index - 1]
        section = prev.kind == HEADING and prev.role == "content" and not is_back_matter(prev.text)
        if not (section or is_opening_byline(prev) or prev.role in (CREDIT, DATELINE)):
            break
        index -= 1
    return index


def is_back_matter(heading: str) -> bool:
    """A heading that closes an article ("References", "See also") rather than opening a section."""
    return heading.lower().strip(" :") in BACK_MATTER


_SENTENCE_BREAK = re.compile(
    r"(?<=[.!?\u2026])[\"'\u2019\u201d)\]]*\s+(?=[\"'\u2018\u201c(\[]?[A-Z0-9])"
    r"|(?<=[a-z]{2}[.!?])(?=[A-Z][a-z])"  # "returned again.Beyoncé": a citation removed in copying
    r"|(?<=[\u3002\uff01\uff1f])"
)


def sentences_of(text: str, max_words: int = 60) -> list[str]:
    """A light sentence split for embedding; long stretches without punctuation are chunked."""
    out: list[str] = []
    for piece in _SENTENCE_BREAK.split(text):
        words = piece.split()
        for k in range(0, len(words), max_words):
            chunk = " ".join(words[k:k + max_words])
            if chunk:
                out.append(chunk)
    return out


def topic_boundaries(blocks: Sequence[Block]) -> dict[int, str]:
    """Boundaries where the topic shifts (block index -> reason), or none for one article."""
    units = [i for i, b in enumerate(blocks) if b.is_content]
    words = [blocks[i].words for i in units]
    if len(units) < 2 * MIN_ARTICLE_PARAGRAPHS or sum(words) < 2 * MIN_ARTICLE_WORDS:
        return {}
    paragraphs = [blocks[i].text for i in units]
    # A piece that ends in a cut-off excerpt may end in a one-paragraph article: the excerpt.
    short_last = is_truncated(blocks[units[-1]])
    same_names = shared_names(paragraphs, words)
    prefix = word_prefix(words)
    if not any(could_break(gap, prefix, short_last, same_names) for gap in range(len(units) - 1)):
        return {}  # no break could be chosen whatever the similarities: embedding them is wasted
    sims, broad = gap_similarities(paragraphs)
    chosen = choose_breaks(sims, words, short_last=short_last, broad=broad, same_names=same_names)
    cuts: dict[int, str] = {}
    for gap in chosen:
        previous, index = units[gap], units[gap + 1]
        index = _walk_back_over_titles(blocks, index, floor=previous)
        cuts[index] = f"topic shift (similarity {sims[gap]:.2f})"
    return cuts


_CAPITALISED = re.compile(r"[^\W\d_][\w'\u2019-]*")
_NOT_NAMES = frozenset({"the", "a", "an", "it", "he", "she", "they", "this", "that", "these", "those", "his",
                        "her", "their", "its", "we", "i", "our", "you", "there", "however", "also", "although",
                        "since", "according", "when", "while", "after", "before", "during", "if"}) | SMALL_WORDS


def proper_names(text: str) -> set[str]:
    """Capitalised words that do not open a sentence: the names a text mentions, roughly."""
    names: set[str] = set()
    for sentence in sentences_of(text):
        for word in _CAPITALISED.findall(sentence)[1:]:
            if word[0].isupper() and len(word) >= 3 and word.lower() not in _NOT_NAMES:
                names.add(word)
    return names


def shared_names(paragraphs: Sequence[str], words: Sequence[int]) -> np.ndarray:
    """For each paragraph break: do the two sides (BROAD_WINDOW_WORDS each) share at least
    MIN_SHARED_NAMES names, and at least MIN_SHARED_NAME_SHARE of the names of the side with fewer?"""
    import numpy as np

    names = [proper_names(p) for p in paragraphs]
    out = np.zeros(max(len(paragraphs) - 1, 0), dtype=bool)

    def side(indices: range) -> set[str]:
        found: set[str] = set()
        total = 0
        for i in indices:
            found |= names[i]
            total += words[i]
            if total >= BROAD_WINDOW_WORDS:
                break
        return found

    for gap in range(len(paragraphs) - 1):
        left, right = side(range(gap, -1, -1)), side(range(gap + 1, len(paragraphs)))
        common = len(left & right)
        out[gap] = common >= MIN_SHARED_NAMES and common >= MIN_SHARED_NAME_SHARE * min(len(left), len(right))
    return out


def gap_similarities(paragraphs: Sequence[str]) -> tuple[np.ndarray, np.ndarray]:
    """Cosine similarity between the text before and after each paragraph break: near the break
    (WINDOW_WORDS each side) and broadly (BROAD_WINDOW_WORDS each side)."""
    import numpy as np

    from studygen.nlp import embedder

    per_paragraph = [sentences_of(p) or [p] for p in paragraphs]
    flat = [s for sentences in per_paragraph for s in sentences]
    vectors = embedder().embed(flat)
    lengths = np.array([len(s.split()) for s in flat])
    ends = np.cumsum([len(s) for s in per_paragraph])  # sentence index after each paragraph
    sims = np.zeros(len(paragraphs) - 1, dtype=np.float64)
    broad = np.zeros_like(sims)

    def cosine(left: list[int], right: list[int]) -> float:
        a, b = vectors[left].mean(axis=0), vectors[right].mean(axis=0)
        return float(a @ b / (np.linalg.norm(a) * np.linalg.norm(b) + 1e-9))

    for gap in range(len(paragraphs) - 1):
        cut = int(ends[gap])
        sims[gap] = cosine(_window(range(cut - 1, -1, -1), lengths), _window(range(cut, len(flat)), lengths))
        broad[gap] = cosine(_window(range(cut - 1, -1, -1), lengths, BROAD_WINDOW_WORDS, None),
                            _window(range(cut, len(flat)), lengths, BROAD_WINDOW_WORDS, None))
    return sims, broad


def _window(indices: range, lengths: np.ndarray, max_words: int = WINDOW_WORDS,
            max_sentences: int | None = MAX_WINDOW_SENTENCES) -> list[int]:
    chosen: list[int] = []
    total = 0
    for i in indices:
        chosen.append(i)
        total += int(lengths[i])
        if total >= max_words or (max_sentences is not None and len(chosen) >= max_sentences):
            break
    return chosen


def depth_scores(sims: np.ndarray) -> np.ndarray:
    """TextTiling depth: how far similarity climbs on each side of a gap before it falls again."""
    import numpy as np

    depths = np.zeros_like(sims)
    for g, value in enumerate(sims):
        left = value
        for j in range(g - 1, -1, -1):
            if sims[j] < left:
                break
            left = sims[j]
        right = value
        for j in range(g + 1, len(sims)):
            if sims[j] < right:
                break
            right = sims[j]
        depths[g] = (left - value) + (right - value)
    return depths


def choose_breaks(sims: np.ndarray, words: Sequence[int], short_last: bool = False,
                  broad: np.ndarray | None = None, same_names: np.ndarray | None = None) -> list[int]:
    """The gaps to break at: deep, dissimilar local minima, deepest first, keeping every article
    at least MIN_ARTICLE_WORDS and MIN_ARTICLE_PARAGRAPHS long (with ``short_last``, the last
    article may be a single paragraph of MIN_EXCERPT_WORDS). With ``broad`` (the similarities over
    BROAD_WINDOW_WORDS), a gap must also be at most MAX_BROAD_SIMILARITY there; with ``same_names``
    (see :func:`shared_names`), a gap where it is true is never a break."""

    if len(sims) == 0:
        return []
    depths = depth_scores(sims)
    threshold = max(MIN_DEPTH, float(depths.mean() + RELATIVE_DEPTH * depths.std()))
    threshold = min(threshold, CERTAIN_DEPTH)
    candidates = [g for g in range(len(sims))
                  if sims[g] <= MAX_SIMILARITY and depths[g] >= threshold
                  and (broad is None or broad[g] <= MAX_BROAD_SIMILARITY)
                  and (same_names is None or not same_names[g])
                  and (g == 0 or sims[g] <= sims[g - 1]) and (g == len(sims) - 1 or sims[g] <= sims[g + 1])]
    candidates.sort(key=lambda g: (-depths[g], g))
    prefix = word_prefix(words)
    last = len(words) - 1
    chosen: list[int] = []
    for g in candidates:
        edges = sorted([-1, *chosen, g, last])
        if all(_long_enough(a, b, prefix, short_last) for a, b in zip(edges, edges[1:], strict=False)):
            chosen.append(g)
    return sorted(chosen)


def _long_enough(a: int, b: int, prefix: Sequence[int], short_last: bool) -> bool:
    """Can the paragraphs after gap ``a`` up to paragraph ``b`` (gap -1: the start) be an article?
    ``prefix`` holds the words before each paragraph and, last, the words of all."""
    last = len(prefix) - 2
    if short_last and a == last - 1 and b == last:
        return prefix[last + 1] - prefix[last] >= MIN_EXCERPT_WORDS
    return prefix[b + 1] - prefix[a + 1] >= MIN_ARTICLE_WORDS and b - a >= MIN_ARTICLE_PARAGRAPHS


def word_prefix(words: Sequence[int]) -> list[int]:
    """The words before each paragraph, and then the words of all (what :func:`_long_enough` reads)."""
    return [0, *itertools.accumulate(words)]


def could_break(gap: int, prefix: Sequence[int], short_last: bool, same_names: np.ndarray) -> bool:
    """Could :func:`choose_breaks` break at ``gap``, whatever the similarities? Not where the two
    sides share names, nor where the text before it or after it is too short to be an article:
    whatever else is chosen, an article ends at the gap and another starts after it, and neither is
    longer than that text."""
    last = len(prefix) - 2
    return (not same_names[gap] and _long_enough(-1, gap, prefix, short_last)
            and _long_enough(gap, last, prefix, short_last))
