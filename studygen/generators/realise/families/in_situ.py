"""In-situ questions (template ``in_situ.toml``): the clause with a question phrase where the answer
stands ("Environmentalists are concerned about the release of what?"). A fallback of the
answer-aware API; cards never use them."""

from __future__ import annotations

from typing import TYPE_CHECKING

from studygen.generators.base import QuestionDraft
from studygen.generators.families import family
from studygen.generators.realise import framing, wh_words
from studygen.generators.realise.rendering import Question
from studygen.generators.realise.syntax import (
    OBJECT_DEPS,
    Unrealisable,
    answer_root,
    clause_head,
    content_words,
    piece_of_a_given_name,
    subject_of,
    subtree_ids,
)

if TYPE_CHECKING:
    from spacy.tokens import Token


TEMPLATES = ("in_situ",)
ORDER = 40
FALLBACK = True
ANY_SPAN = False


def questions(q: Question) -> list[QuestionDraft]:
    """The fallback: the clause that holds the answer, pruned to the words that matter, with a
    question phrase where the answer stands: "Environmentalists are concerned about the release
    of what?", "The Normans fought the Pechenegs, the Bulgars and which group?". Ranked below
    every fronted question, and only for a clause the text asserts, with a subject of its own or
    one it plainly takes from its neighbour, that the learner can read without the article."""
    root = answer_root(q)
    verb = clause_head(root)
    if verb is None or q.contains(verb):
        raise Unrealisable("the answer holds its verb")
    if framing.reporting_verb(verb) is not None:
        raise Unrealisable("a claim in situ would read as a fact")
    subject = subject_of(verb)
    if subject is not None and q.ids & subtree_ids(subject):
        raise Unrealisable("the answer is in the subject: asked by a fronted question")
    path = root
    while path.head.i != verb.i:
        path = path.head
        if path.dep_ in ("appos", "relcl", "acl", "advcl", "npadvmod", "parataxis", "dep", "ccomp", "csubj"):
            raise Unrealisable(f"the answer is inside a {path.dep_}")
        if path.dep_ == "conj" or path.dep_ == "pobj" and path.head.lower_ in ("as", "like", "including"):
            raise Unrealisable("the answer is inside a list member or an example")
    if piece_of_a_given_name(q, root):
        raise Unrealisable("part of the name a naming verb gives")
    gerund = root.dep_ == "pcomp" and root.tag_ == "VBG"
    if root.dep_ not in OBJECT_DEPS | {"pobj", "poss", "amod", "compound", "nmod", "nummod", "conj"} \
            and not gerund or root.pos_ == "ADP":
        raise Unrealisable(f"in situ as {root.dep_!r}")
    if root.dep_ == "pobj" and root.head.lower_ in ("like", "including") or root.dep_ == "conj" and (
            root.head.pos_ not in ("NOUN", "PROPN") or root.head.dep_ == "pobj" and root.head.head.lower_
            in ("like", "including")):
        raise Unrealisable("an example in situ")
    list_member(q, root)
    wh, replaced = wh_words.in_situ_phrase(q, root)
    replacements = {min(replaced): wh}
    if wh == "whose" and root.head.pos_ == "PROPN" and root.head.i not in replaced:
        replacements[root.head.i] = root.head.lower_  # "Hadrian's Wall" -> "whose wall"
    text = framing.statement(q, verb, replaced, replacements)
    settings = family("in_situ").settings
    if len(text.split()) > settings["max_words"]:
        raise Unrealisable("in-situ question too long")
    if len(content_words(text.replace(wh, " "))) < settings["min_content_words"]:
        raise Unrealisable("too little said around the question phrase")  # "The main reason is what?"
    if text.lower().startswith(wh.lower()):
        raise Unrealisable("a fronted question phrase needs inversion")
    return [q.finish(text, "in_situ", 0.6)]


def list_member(q: Question, root: Token) -> None:
    """A list member asked in place: the answer must be its whole member, the list short."""
    if root.dep_ != "conj" and not any(c.dep_ == "conj" for c in root.children):
        return
    head = root
    while head.dep_ == "conj":
        head = head.head
    members = [t for t in head.subtree if t.i == head.i or t.dep_ == "conj" and t.head.pos_ in ("NOUN", "PROPN")]
    if len(members) > 6:
        raise Unrealisable("list too long to ask in place")
    if any(m.pos_ not in ("NOUN", "PROPN", "NUM") for m in members):
        raise Unrealisable("a list of words that are not names or things")  # "in 1773 or earlier"
    own = {i for c in root.children if c.dep_ in ("conj", "cc", "punct", "appos", "relcl", "acl")
           for i in subtree_ids(c)}
    optional = {t.i for t in root.subtree if t.dep_ in ("det", "punct", "cc", "preconj")}
    if not (subtree_ids(root) - own) <= q.ids | optional or not q.ids <= subtree_ids(root) - own:
        raise Unrealisable("answer is part of a list member")
