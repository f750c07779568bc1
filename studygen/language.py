"""Is an article English? studygen's parser, question templates and checks read English only: a
French or German article (or Lorem ipsum) goes through them as if it were English and comes out as
cards that copy or garble its sentences. Such an article gets no card and a note that says why.

The test is the share of its words that are English function words (spaCy's English stop words:
"the", "of", "was", "which"...). Every language uses its own function words constantly, so the share
separates languages without a model of each. Measured with ``python benchmarks/language.py``: 137
English texts (the seeds, the ranking data's articles, ``eval/``) have 24% to 54%, median 45% (the
lowest is a list of award winners); paragraphs in French, German, Spanish, Italian, Portuguese, Dutch
and Latin (Lorem ipsum) 0% to 8%; an English paragraph quoting French phrases 39%.
"""

from __future__ import annotations

import re
from functools import lru_cache

#: Below this share of English function words an article is not English.
MIN_ENGLISH_SHARE = 0.15
#: An article of fewer words is not tested: a few words are too few to tell a language by.
MIN_WORDS = 20
#: A sentence of an English article is tested on its own too, with a lower bar (one sentence has few
#: words to count): of 8,353 sentences of 8 words or more in the English texts above, 6 fall below it,
#: and none of them is prose (award categories, a table's header, a list of names); most
#: sentences of the other languages' paragraphs do.
SENTENCE_MIN_SHARE = 0.10
SENTENCE_MIN_WORDS = 8

#: A word: a whitespace-separated token, its surrounding punctuation stripped, made of letters (and
#: inner apostrophes or hyphens). A token with digits or symbols in it (a number, a URL, code, 5 MB of
#: base64 on one line) is no word of any language and is not counted.
_WORD = re.compile(r"[^\W\d_]+(?:['\u2019-][^\W\d_]+)*")
_EDGE = re.compile(r"^[\W_]+|[\W_]+$")


@lru_cache(maxsize=1)
def _function_words() -> frozenset[str]:
    from spacy.lang.en.stop_words import STOP_WORDS

    return frozenset(STOP_WORDS)


def english_share(text: str) -> tuple[float, int]:
    """The share of the text's words that are English function words, and how many words it has."""
    tokens = (_EDGE.sub("", token) for token in text.split())
    words = [w.casefold().replace("\u2019", "'") for w in tokens if _WORD.fullmatch(w)]
    if not words:
        return 0.0, 0
    known = _function_words()
    return sum(w in known for w in words) / len(words), len(words)


def foreign_sentence(text: str) -> bool:
    """Is the sentence, inside an English article, in another language (a quoted paragraph, a
    translation) or not prose at all (a list of names)? It gives no card."""
    share, words = english_share(text)
    return words >= SENTENCE_MIN_WORDS and share < SENTENCE_MIN_SHARE


def not_english(text: str) -> str | None:
    """Why the text is not English, in words, or None when it is (or is too short to tell)."""
    share, words = english_share(text)
    if words < MIN_WORDS or share >= MIN_ENGLISH_SHARE:
        return None
    return (f"not English (only {share:.0%} of its words are common English words, where English "
            f"text has over {MIN_ENGLISH_SHARE:.0%}); studygen writes questions from English text only")
