"""Just enough pronoun resolution for a card to make sense without the article open.

A question or statement built from "He even forced his neighbour to come calling" is useless on a
flashcard unless "he" is named. This resolves third-person pronouns to the most recent fitting
mention, preferring subjects, within a short window; when the choice is unclear it answers None and
the card is skipped rather than guessed.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Span as SpacySpan
    from spacy.tokens import Token

PERSONAL = {"he", "she", "him", "her", "his", "hers", "himself", "herself"}
NEUTER = {"it", "its", "itself"}
PLURAL = {"they", "them", "their", "theirs", "themselves"}
DEMONSTRATIVE = {"this", "these", "those", "that"}
#: Words that make a question depend on text the learner cannot see.
CONTEXT_DEPENDENT = PERSONAL | NEUTER | PLURAL | {"latter", "former"}
POSSESSIVE = {"his", "her", "its", "their"}

_PERSON_TYPES = {"PERSON"}
_THING_TYPES = {"ORG", "GPE", "LOC", "FAC", "PRODUCT", "EVENT", "LAW", "WORK_OF_ART"}
_GROUP_TYPES = {"NORP", "ORG", "GPE"}
WINDOW = 2  # sentences back


@dataclass(frozen=True)
class Mention:
    text: str
    label: str
    sentence: int
    position: int
    is_subject: bool


def entity_mentions(sentences: list[SpacySpan]) -> list[Mention]:
    mentions = []
    for index, sent in enumerate(sentences):
        for ent in sent.ents:
            root = ent.root
            if len(ent) > 1 and (ent[-1].tag_ == "POS" or ent[-1].text in ("'s", "’s")):  # "Kim's" names Kim
                ent = ent[:-1]
            mentions.append(Mention(ent.text, ent.label_, index, ent.start,
                                    root.dep_ in ("nsubj", "nsubjpass")))
    return mentions


class Resolver:
    """Resolves pronouns in the sentences of one article (sentence spans in article order)."""

    def __init__(self, sentences: list[SpacySpan]) -> None:
        self.sentences = sentences
        self.mentions = entity_mentions(sentences)

    def antecedent(self, pronoun: Token, sentence_index: int) -> str | None:
        word = pronoun.lower_
        if word in PERSONAL:
            labels = _PERSON_TYPES
        elif word in NEUTER:
            labels = _THING_TYPES
        elif word in PLURAL:
            labels = _GROUP_TYPES
        else:
            return None
        window = [m for m in self.mentions
                  if sentence_index - WINDOW <= m.sentence <= sentence_index and m.label in labels
                  and (m.sentence < sentence_index or m.position < pronoun.i)]
        if word in PLURAL:
            # "they" may stand for two things named together ("the PRC and North Korea ... their
            # differences"), which one mention cannot replace: too often wrong to guess.
            return None
        if not window:
            return None
        # Within the same sentence the nearest preceding mention; else the latest subject mention.
        same = [m for m in window if m.sentence == sentence_index]
        if same:
            return same[-1].text
        subjects = [m for m in window if m.is_subject]
        pick = (subjects or window)[-1]
        # Two different candidates in the previous sentence make "he" ambiguous: skip.
        rivals = {m.text for m in window if m.sentence == pick.sentence and m.label == pick.label}
        if len(rivals) > 1 and not pick.is_subject:
            return None
        return pick.text

    def replacement(self, token: Token, sentence_index: int) -> str | None:
        """The text that should replace a pronoun token in a question, or None if unresolved."""
        name = self.antecedent(token, sentence_index)
        if name is None:
            return None
        if token.lower_ in POSSESSIVE:
            return name + ("'" if name.endswith("s") else "'s")
        return name
