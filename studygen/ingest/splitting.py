"""Where one article ends and the next begins, in a file that holds several.

Boundaries are found in order of certainty, the way a careful reader finds them:

1. explicit separators: a form feed, a line of ``---``, ``***`` or ``===``, a Markdown H1 heading;
2. (``auto`` only) strong signals in undelimited text: an author bio or closing credit line
   followed by more text, a paragraph that stops mid-sentence (a truncated excerpt), a byline
   ("By Jane Roe") after text, which opens the next article together with the title above it;
3. (``auto`` only) a topic shift: TextTiling-style depth scores over MiniLM sentence embeddings,
   pooled over windows of sentences on each side of every paragraph break.

The topic-shift detector is tuned to leave an ordinary article alone: a break must be a deep local
minimum of similarity (relative to the text's own scores), the two sides must be dissimilar in
absolute terms, and both sides must be long enough to be articles, so section headings and short
paragraphs never start an article on their own.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from enum import StrEnum
from typing import TYPE_CHECKING

from studygen.ingest.blocks import HEADING, Block, ends_sentence
from studygen.ingest.metadata import CREDIT, PROMO, is_closing, is_opening_byline

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
MIN_DEPTH = 0.25  # and the dip at the break at least this deep
RELATIVE_DEPTH = 0.5  # and deeper than mean + RELATIVE_DEPTH * std of the text's own depths ...
CERTAIN_DEPTH = 0.5  # ... unless it is this deep, in a text with many articles

# Embedding costs about a second per 1,000 words on a laptop CPU: past this, a stretch of text is a
# book rather than a reading list, and topic shifts are not looked for.
MAX_TOPIC_WORDS = 60_000

# Truncation: a paragraph this long that ends without closing punctuation is a cut-off excerpt.
MIN_TRUNCATED_WORDS = 12
_CITATION_END = re.compile(r"(?:\s*\[(?:\d+|[a-z]|citation needed|note \d+)\])+$", re.IGNORECASE)
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
        for index, reason in strong_boundaries(blocks).items():
            cuts.setdefault(index, reason)
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
    edges = [0, *sorted(cuts), len(blocks)]
    return [Segment(blocks[start:end], cuts.get(start, START))
            for start, end in zip(edges, edges[1:], strict=False) if end > start]


def is_truncated(block: Block) -> bool:
    """A paragraph of running text that stops mid-sentence, or trails off in an ellipsis."""
    if not block.is_content or block.kind == "item" or block.words < MIN_TRUNCATED_WORDS:
        return False
    # Citation marks copied from an encyclopedia ("...in 2008.[12]") follow the full stop.
    text = _CITATION_END.sub("", block.text.rstrip())
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
    """Move a boundary before the headings, bylines and credits that introduce the next article,
    but not before back-matter headings ("References") that close the previous one."""
    while index - 1 > floor:
        prev = blocks[index - 1]
        section = prev.kind == HEADING and prev.role == "content" and not is_back_matter(prev.text)
        if not (section or is_opening_byline(prev) or prev.role == CREDIT):
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
    sims = gap_similarities([blocks[i].text for i in units])
    # A piece that ends in a cut-off excerpt may end in a one-paragraph article: the excerpt.
    chosen = choose_breaks(sims, words, short_last=is_truncated(blocks[units[-1]]))
    cuts: dict[int, str] = {}
    for gap in chosen:
        previous, index = units[gap], units[gap + 1]
        index = _walk_back_over_titles(blocks, index, floor=previous)
        cuts[index] = f"topic shift (similarity {sims[gap]:.2f})"
    return cuts


def gap_similarities(paragraphs: Sequence[str]) -> np.ndarray:
    """Cosine similarity between the windows of text before and after each paragraph break."""
    import numpy as np

    from studygen.nlp import embedder

    per_paragraph = [sentences_of(p) or [p] for p in paragraphs]
    flat = [s for sentences in per_paragraph for s in sentences]
    vectors = embedder().embed(flat)
    lengths = np.array([len(s.split()) for s in flat])
    ends = np.cumsum([len(s) for s in per_paragraph])  # sentence index after each paragraph
    sims = np.zeros(len(paragraphs) - 1, dtype=np.float64)
    for gap in range(len(paragraphs) - 1):
        cut = int(ends[gap])
        left = _window(range(cut - 1, -1, -1), lengths)
        right = _window(range(cut, len(flat)), lengths)
        a, b = vectors[left].mean(axis=0), vectors[right].mean(axis=0)
        sims[gap] = float(a @ b / (np.linalg.norm(a) * np.linalg.norm(b) + 1e-9))
    return sims


def _window(indices: range, lengths: np.ndarray) -> list[int]:
    chosen: list[int] = []
    total = 0
    for i in indices:
        chosen.append(i)
        total += int(lengths[i])
        if total >= WINDOW_WORDS or len(chosen) >= MAX_WINDOW_SENTENCES:
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


def choose_breaks(sims: np.ndarray, words: Sequence[int], short_last: bool = False) -> list[int]:
    """The gaps to break at: deep, dissimilar local minima, deepest first, keeping every article
    at least MIN_ARTICLE_WORDS and MIN_ARTICLE_PARAGRAPHS long (with ``short_last``, the last
    article may be a single paragraph of MIN_EXCERPT_WORDS)."""
    import numpy as np

    if len(sims) == 0:
        return []
    depths = depth_scores(sims)
    threshold = max(MIN_DEPTH, float(depths.mean() + RELATIVE_DEPTH * depths.std()))
    threshold = min(threshold, CERTAIN_DEPTH)
    candidates = [g for g in range(len(sims))
                  if sims[g] <= MAX_SIMILARITY and depths[g] >= threshold
                  and (g == 0 or sims[g] <= sims[g - 1]) and (g == len(sims) - 1 or sims[g] <= sims[g + 1])]
    candidates.sort(key=lambda g: (-depths[g], g))
    prefix = np.concatenate([[0], np.cumsum(words)])
    last = len(words) - 1

    def long_enough(a: int, b: int) -> bool:
        if short_last and a == last - 1 and b == last:
            return words[last] >= MIN_EXCERPT_WORDS
        return prefix[b + 1] - prefix[a + 1] >= MIN_ARTICLE_WORDS and b - a >= MIN_ARTICLE_PARAGRAPHS

    chosen: list[int] = []
    for g in candidates:
        edges = sorted([-1, *chosen, g, last])
        if all(long_enough(a, b) for a, b in zip(edges, edges[1:], strict=False)):
            chosen.append(g)
    return sorted(chosen)
