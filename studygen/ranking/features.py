"""What the ranking model sees of a card: named numeric features, computed the same way when the
model is trained (from judged cards) and when it scores a build's candidates.

The features follow Heilman and Smith's "Good Question!" (NAACL 2010): surface features of the
question and the answer, features of the source sentence's parse, a parse of the question itself (a
question the parser cannot read as a well-formed question is suspect), and similarities from the
sentence embedder: the answer against the article's title and topic, the question against its
source. Nothing here is tuned card by card: each feature names a kind of evidence, and the weights
come from the judged cards (``studygen.ranking.train``).
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from studygen.candidates import MONTH_NAMES, WEEKDAYS
from studygen.generators.realise.syntax import WH_WORDS
from studygen.models import CLOZE_BLANK, AnswerType, Card, CardKind

if TYPE_CHECKING:
    import numpy as np

    from studygen.analysis import AnalysedArticle

EmbedFn = Callable[[list[str]], "np.ndarray"]

_WORD = re.compile(r"[^\W_]+(?:['’][^\W_]+)?")
#: Words that point back into text the card does not show.
_POINTERS = {"this", "these", "that", "those", "such", "latter", "former", "same", "following", "previous",
             "aforementioned", "above", "below", "here", "there", "then", "thus", "therefore", "also"}
_PRONOUNS = {"he", "she", "it", "they", "him", "her", "them", "his", "its", "their", "hers", "theirs"}
_STOP = {"the", "a", "an", "of", "in", "on", "at", "to", "for", "and", "or", "by", "with", "from", "as", "is",
         "was", "were", "are", "be", "been", "its", "his", "her", "their", "that", "this", "which", "who"}
_MONTHS = frozenset(MONTH_NAMES)
_DAYS = frozenset(WEEKDAYS)
_CONNECTIVES = {"however", "also", "additionally", "moreover", "furthermore", "meanwhile", "instead", "thus",
                "therefore", "then", "later", "afterwards", "subsequently", "nevertheless", "still", "similarly",
                "likewise", "again", "finally", "overall", "consequently", "hence", "indeed", "otherwise", "so",
                "but", "and", "or", "yet"}

_TYPE_GROUPS = {
    "person": {AnswerType.PERSON},
    "place": {AnswerType.PLACE},
    "organisation": {AnswerType.ORGANISATION, AnswerType.GROUP},
    "time": {AnswerType.DATE, AnswerType.TIME},
    "number": {AnswerType.NUMBER, AnswerType.ORDINAL, AnswerType.QUANTITY, AnswerType.PERCENT, AnswerType.MONEY},
    "concept": {AnswerType.CONCEPT},
}


def _words(text: str) -> list[str]:
    return [w.casefold() for w in _WORD.findall(text)]


def _content(text: str) -> set[str]:
    return {w for w in _words(text) if w not in _STOP}


def _log(n: float) -> float:
    return math.log1p(max(n, 0.0))


@dataclass
class ArticleView:
    """What the features need of an analysed article, computed once per article."""

    item: AnalysedArticle
    title_words: set[str]
    title_vector: Any
    centroid: Any

    @classmethod
    def of(cls, item: AnalysedArticle, embed: EmbedFn) -> ArticleView:
        import numpy as np

        vectors = item.sentence_vectors
        if len(vectors):
            centroid = vectors.mean(axis=0)
            centroid = centroid / (np.linalg.norm(centroid) or 1.0)
        else:
            centroid = np.zeros(384, np.float32)
        title = item.article.title
        title_vector = item.title_vector if item.title_vector is not None else embed([title])[0]
        return cls(item=item, title_words=_content(title), title_vector=title_vector, centroid=centroid)


def _question_text(card: Card) -> str:
    """The words a student reads, with the cloze blank taken out."""
    return card.question.replace(CLOZE_BLANK, " ")


def _parse_features(doc: Any, kind: CardKind) -> dict[str, float]:
    """How well the parser reads the question (or the cloze/statement sentence) as English."""
    tokens = [t for t in doc if not t.is_space]
    n = max(len(tokens), 1)
    roots = [t for t in tokens if t.dep_ == "ROOT"]
    root = roots[0] if roots else None
    root_verbal = float(root is not None and root.pos_ in ("VERB", "AUX"))
    has_subject = float(root is not None and any(c.dep_ in ("nsubj", "nsubjpass", "expl", "csubj", "csubjpass")
                                                 for c in root.children))
    first = tokens[0].lower_ if tokens else ""
    second = tokens[1] if len(tokens) > 1 else None
    wh_then_verb = float(first in WH_WORDS and second is not None
                         and (second.pos_ in ("AUX", "VERB") or second.tag_ in ("NN", "NNS", "NNP", "JJ", "RB")))
    return {
        "q_parse_roots": float(len(roots)),
        "q_parse_root_verbal": root_verbal,
        "q_parse_has_subject": has_subject,
        "q_parse_dep_share": sum(t.dep_ in ("dep", "meta", "appos", "npadvmod") for t in tokens) / n,
        "q_parse_odd_pos_share": sum(t.pos_ in ("X", "SYM", "INTJ") for t in tokens) / n,
        "q_parse_propn_share": sum(t.pos_ == "PROPN" for t in tokens) / n,
        "q_wh_then_verb": wh_then_verb if kind in (CardKind.BASIC, CardKind.MCQ) else 1.0,
        "q_ends_preposition": float(len(tokens) > 1 and tokens[-2].pos_ == "ADP" and tokens[-1].text == "?"),
    }


#: Every feature, in the order the weights are stored.
FEATURE_NAMES: list[str] = [
    "kind_basic", "kind_cloze", "kind_mcq", "kind_true_false",
    "tmpl_subject", "tmpl_object", "tmpl_adverbial", "tmpl_definition",
    *(f"type_{g}" for g in _TYPE_GROUPS),
    "q_words_log", "a_words_log", "src_words_log",
    "a_title_overlap", "a_in_title", "a_title_word", "a_mentions_log", "a_year", "a_month_or_day",
    "a_single_capital", "a_lowercase", "a_digit", "a_starts_det", "a_ends_stop", "a_has_and",
    "a_in_list", "q_pointers", "q_pronouns", "q_new_names", "q_unbalanced", "q_repeat", "q_pronoun_s",
    "src_first_pronoun", "src_first_pointer", "src_first_connective", "src_pointers", "src_pronouns",
    "src_position", "src_salience", "src_in_heading_zone", "src_has_colon", "src_has_quote",
    "sim_q_src", "sim_a_title", "sim_a_topic", "sim_q_title",
    "q_parse_roots", "q_parse_root_verbal", "q_parse_has_subject", "q_parse_dep_share",
    "q_parse_odd_pos_share", "q_parse_propn_share", "q_wh_then_verb", "q_ends_preposition",
    "mcq_max_option_sim", "mcq_option_overlap", "tf_false", "tf_swap_sim", "cloze_blank_pos",
    "a_share_of_src", "heuristic_score", "wh_type_mismatch", "a_specific", "q_definite_back",
]


def card_features(cards: Sequence[Card], view: ArticleView, nlp: Any, embed: EmbedFn,
                  question_docs: Mapping[str, Any] | None = None) -> list[list[float]]:
    """One row of FEATURE_NAMES values per card (all cards of one article). ``question_docs`` maps
    question texts to parses already made the same way (NER disabled); the rest are parsed here."""
    if not cards:
        return []
    item = view.item
    text = item.article.text
    from studygen.analysis import mention_counts

    # Every answer's mentions in one pass over the text (a search per card costs cards x text).
    mentions = mention_counts(text, sorted({c.fact or c.answer for c in cards}))
    # A cloze or true/false card reads as its source sentence: its parse and vector are the
    # analysis's, already made. Only the questions a template wrote are parsed and embedded here,
    # and only the answers the analysis did not embed as candidates.
    written = [c for c in cards if c.kind in (CardKind.BASIC, CardKind.MCQ)]
    from studygen.wellformed import parse_questions

    # The features read no entities: questions are parsed with NER disabled, each text once.
    known = dict(question_docs or {})
    known.update(parse_questions(nlp, (c.question for c in written if c.question not in known)))
    docs_of = {c.guid: known[c.question] for c in written}
    vectors_of = dict(zip((c.guid for c in written), embed([c.question for c in written]), strict=True))
    answer_texts = [c.fact or c.answer for c in cards]
    missing = sorted({t for t in answer_texts if t not in item.candidate_vectors})
    answer_vectors = {**item.candidate_vectors, **dict(zip(missing, embed(missing), strict=True))}
    rows = []
    total = max(len(item.parsed), 1)
    earlier_words: dict[int | None, set[str]] = {}
    for card in cards:
        index = item.sentence_at.get(card.source_start)
        parsed = item.parsed[index] if index is not None else None
        a_vec = answer_vectors[card.fact or card.answer]
        if card.guid in docs_of:
            doc, q_vec = docs_of[card.guid], vectors_of[card.guid]
        else:
            doc = parsed.span if parsed is not None else nlp(_question_text(card))
            q_vec = item.sentence_vectors[index] if index is not None else embed([_question_text(card)])[0]
        source = text[card.source_start:card.source_end]
        src_words = _words(source)
        answer = card.fact or card.answer
        a_words = _words(answer)
        a_content = _content(answer)
        q_words = _words(_question_text(card))
        template = card.template.split(":")[0]
        f: dict[str, float] = {
            "kind_basic": float(card.kind is CardKind.BASIC),
            "kind_cloze": float(card.kind is CardKind.CLOZE),
            "kind_mcq": float(card.kind is CardKind.MCQ),
            "kind_true_false": float(card.kind is CardKind.TRUE_FALSE),
            "tmpl_subject": float(template == "subject"),
            "tmpl_object": float(template == "object"),
            "tmpl_adverbial": float(template == "adverbial"),
            "tmpl_definition": float(template == "definition"),
        }
        for group, types in _TYPE_GROUPS.items():
            f[f"type_{group}"] = float(card.answer_type in types)
        f["q_words_log"] = _log(len(q_words))
        f["a_words_log"] = _log(len(a_words))
        f["src_words_log"] = _log(len(src_words))
        f["a_title_overlap"] = len(a_content & view.title_words) / max(len(a_content), 1)
        f["a_in_title"] = float(bool(answer.strip()) and answer.casefold() in item.article.title.casefold())
        f["a_title_word"] = float(any(w in view.title_words for w in a_content))
        f["a_mentions_log"] = _log(mentions[answer])
        f["a_year"] = float(bool(re.fullmatch(r"\d{4}s?", answer.strip())))
        f["a_month_or_day"] = float(bool(a_words) and all(w in _MONTHS | _DAYS for w in a_words if not w.isdigit()))
        f["a_single_capital"] = float(len(a_words) == 1 and answer[:1].isupper())
        f["a_lowercase"] = float(answer == answer.lower() and not any(ch.isdigit() for ch in answer))
        f["a_digit"] = float(any(ch.isdigit() for ch in answer))
        f["a_starts_det"] = float(bool(a_words) and a_words[0] in ("the", "a", "an", "this", "these", "its", "their"))
        f["a_ends_stop"] = float(bool(a_words) and a_words[-1] in _STOP)
        f["a_has_and"] = float(bool(re.search(r"\band\b|,", answer)))
        f["a_in_list"] = _in_list(text, card)
        f["q_pointers"] = float(sum(w in _POINTERS for w in q_words))
        f["q_pronouns"] = float(sum(w in _PRONOUNS for w in q_words))
        source_words = set(src_words)
        f["q_new_names"] = float(sum(1 for w in _WORD.findall(_question_text(card))
                                     if w[:1].isupper() and w.casefold() not in source_words
                                     and w.casefold() not in WH_WORDS))
        f["q_unbalanced"] = float(_unbalanced(card.question))
        f["q_repeat"] = float(any(a == b for a, b in zip(q_words, q_words[1:], strict=False)))
        f["q_pronoun_s"] = float(bool(re.search(r"\b(he|she|they|him|them)['’]s\b", card.question, re.I)))
        first = src_words[0] if src_words else ""
        f["src_first_pronoun"] = float(first in _PRONOUNS)
        f["src_first_pointer"] = float(first in _POINTERS)
        f["src_first_connective"] = float(first in _CONNECTIVES or (parsed is not None and len(parsed.span) > 0
                                                                    and parsed.span[0].pos_ in ("ADV", "CCONJ")))
        f["src_pointers"] = float(sum(w in _POINTERS for w in src_words))
        f["src_pronouns"] = float(sum(w in _PRONOUNS for w in src_words))
        f["src_position"] = (index or 0) / total
        f["src_salience"] = float(item.salience[index]) if index is not None and item.salience else 0.0
        f["src_in_heading_zone"] = float(any(h.end <= card.source_start <= h.end + 2 for h in item.article.headings))
        f["src_has_colon"] = float(":" in source or ";" in source)
        f["src_has_quote"] = float(bool(re.search(r"[\"“”]", source)))
        src_vec = item.sentence_vectors[index] if index is not None else q_vec
        f["sim_q_src"] = float(q_vec @ src_vec)
        f["sim_a_title"] = float(a_vec @ view.title_vector)
        f["sim_a_topic"] = float(a_vec @ view.centroid)
        f["sim_q_title"] = float(q_vec @ view.title_vector)
        f.update(_parse_features(doc, card.kind))
        f["mcq_max_option_sim"], f["mcq_option_overlap"] = _option_features(card, embed)
        f["tf_false"] = float(bool(card.swapped_in))
        f["tf_swap_sim"] = (float(embed([card.swapped_in])[0] @ a_vec) if card.swapped_in else 0.0)
        if card.kind is CardKind.CLOZE and CLOZE_BLANK in card.question:
            f["cloze_blank_pos"] = card.question.index(CLOZE_BLANK) / max(len(card.question), 1)
        else:
            f["cloze_blank_pos"] = 0.0
        f["a_share_of_src"] = len(a_words) / max(len(src_words), 1)
        f["heuristic_score"] = float(card.score)
        first_word = q_words[0] if q_words else ""
        person = card.answer_type is AnswerType.PERSON
        f["wh_type_mismatch"] = float(card.kind in (CardKind.BASIC, CardKind.MCQ) and (
            (first_word in ("what", "which") and person) or (first_word in ("who", "whom") and not person)))
        f["a_specific"] = float(any(ch.isdigit() for ch in answer) or any(w[:1].isupper() for w in answer.split()))
        if index not in earlier_words:  # the words of the two sentences before, once per source sentence
            before = " ".join(item.parsed[k].sentence.text for k in range(max((index or 0) - 2, 0), index or 0))
            earlier_words[index] = {w.rstrip("s") for w in _words(before)}
        f["q_definite_back"] = _definite_back(_question_text(card), earlier_words[index], view.title_words)
        rows.append([f[name] for name in FEATURE_NAMES])
    return rows


#: "the records", "the final descent", "the German biologist": a definite noun phrase, its last word.
_DEFINITE = re.compile(r"\b[Tt]he\s+(?:[\w-]+\s+){0,2}?([a-z][\w-]+)\b(?!\s+of\b)")


def _definite_back(question: str, earlier: set[str], title_words: set[str]) -> float:
    """How many definite noun phrases of the question ("the records") name a thing the two sentences
    before its source named (``earlier``: their words, a final "s" dropped; records of what?), and not
    the article's title: "the" there points back to text the card does not show."""
    nouns = (m.group(1).casefold() for m in _DEFINITE.finditer(question))
    return float(sum(1 for noun in nouns
                     if noun.rstrip("s") in earlier and noun not in title_words and noun not in _STOP))


def _in_list(text: str, card: Card) -> float:
    """Is the answer one item of a list ("A, B and C")? Asking for one item of a list is asking for
    half an answer."""
    start = card.answer_start if card.answer_start is not None else card.fact_start
    answer = card.fact or card.answer
    if start is None:
        return 0.0
    before = text[max(card.source_start, start - 6):start]
    after = text[start + len(answer):start + len(answer) + 6]
    return float(bool(re.search(r"(,|\band|\bor)\s*$", before)) or bool(re.match(r"\s*(,|and\b|or\b)", after)))


def _unbalanced(text: str) -> bool:
    pairs = (("(", ")"), ("[", "]"), ("“", "”"))
    if any(text.count(a) != text.count(b) for a, b in pairs):
        return True
    return text.count('"') % 2 == 1


def _option_features(card: Card, embed: EmbedFn) -> tuple[float, float]:
    if card.kind is not CardKind.MCQ or len(card.options) < 2:
        return 0.0, 0.0
    others = [o for o in card.options if o != card.answer]
    vecs = embed([card.answer, *others])
    best = max(float(vecs[0] @ v) for v in vecs[1:])
    answer_words = _content(card.answer)
    overlap = max(len(answer_words & _content(o)) / max(len(answer_words), 1) for o in others)
    return best, overlap
