"""Questions from a clause of the answer's own (template ``modifier.toml``): "the king of France that
blamed the heavens" -> "Who blamed the heavens?". Ranked below the main clause's."""

from __future__ import annotations

from studygen.generators.base import QuestionDraft
from studygen.generators.families import family
from studygen.generators.realise import framing, wh_words
from studygen.generators.realise.rendering import Question
from studygen.generators.realise.syntax import (
    NAMING_VERBS,
    SUBJECT_DEPS,
    Plan,
    Unrealisable,
    answer_root,
    finite_tense,
    subtree_ids,
)

TEMPLATES = ("modifier",)
ORDER = 30
FALLBACK = False
ANY_SPAN = False


def questions(q: Question) -> list[QuestionDraft]:
    """What the sentence says about the answer in a clause of its own: "the king of France that
    blamed the heavens" -> "Who blamed the heavens?"; "recordings made at Johnson Space
    Center" -> "What were made at Johnson Space Center?". Ranked below the main clause's."""
    root = answer_root(q)
    if not wh_words.covers(q, root) or root.pos_ not in ("NOUN", "PROPN"):
        raise Unrealisable("answer is not a whole noun phrase")
    if root.dep_ == "pobj" and root.head.head.pos_ in ("NOUN", "PROPN"):
        # "a report to the king that blamed ...": the clause may belong to the report
        raise Unrealisable("the clause may modify a noun further up")
    if root.dep_ == "pobj" and root.head.head.tag_ in ("VBG", "VBN") and root.head.head.dep_ in ("advcl", "acl"):
        # "won a swim in the St. Lawrence, beginning at the Montreal's Victoria Pier, known as the Montreal to
        # Repentigney Marathon": after a side phrase, the clause may describe what the phrase does ("Who was
        # known as the Montreal to Repentigney Marathon? Victoria Pier")
        raise Unrealisable("the clause may modify a noun further up")
    if root.dep_ in ("attr", "oprd") or root.dep_ == "pobj" and root.head.lower_ == "as":
        # "framed Oz as a wealthy outsider who lived outside of Pennsylvania": the clause is about
        # Oz, whom the description describes ("What lived outside of Pennsylvania?" -> "wealthy outsider")
        raise Unrealisable("a description of something else")
    if root.dep_ in ("npadvmod", "tmod") or root.ent_type_ in ("DATE", "TIME"):
        # "opposed the June 8, 2010 primary election's Proposition 14, which would remove ...":
        # a date is a time, and the clause after it belongs to a noun the parser hung on it
        raise Unrealisable("a time as what a clause describes")
    for clause in root.children:
        if clause.i < q.end or q.ids & subtree_ids(clause):
            continue
        if clause.dep_ == "relcl" and any(c.dep_ == "appos" and c.i < clause.i for c in root.children):
            raise Unrealisable("the clause may describe the appositive")  # "X, the Y, which ..."
        if clause.dep_ == "relcl":
            relative = [c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")
                        and c.tag_ in ("WDT", "WP") and c.lower_ in ("who", "which", "that")]
            if not relative:
                continue
            wh = wh_words.question_phrase(family("modifier"), q.answer_type.value, q, subject=True)
            drop = {relative[0].i}
            commas = [c.i for c in clause.children if c.text == "," and c.i > clause.i]
            if commas and q.doc[clause.left_edge.i - 1].text == ",":
                # ", who lived in Macau, as front-man": a clause between commas ends at its comma;
                # what the parser hangs on it after that belongs further up.
                drop |= {i for i in subtree_ids(clause) if i >= commas[0]}
            plan = Plan(family("modifier"), wh, drop, clause, "subject")
            question = framing.realise(q, plan)
            return [q.finish(question, "subject:relative", 0.8)]
        if clause.dep_ == "acl" and clause.tag_ == "VBN" and not any(
                c.dep_ in SUBJECT_DEPS | {"aux", "auxpass"} for c in clause.children):
            frame = framing.frame_clause(q, clause, set(), move_fronted=True)
            q.subject = None
            rest = [q.doc[i] for i in sorted(frame.clause_ids - frame.drop) if i > clause.i]
            if len([t for t in rest if not t.is_punct]) < 2:
                raise Unrealisable("a participle with nothing to say")
            plural = root.tag_ in ("NNS", "NNPS") or wh_words.coordinated(q)
            past = finite_tense(root) == "VBD" or clause.lemma_ not in NAMING_VERBS
            be = ("were" if plural else "was") if past else ("are" if plural else "is")
            wh = wh_words.question_phrase(family("modifier"), q.answer_type.value, q, subject=True)
            # an adverb right before the participle stays there: "is popularly known as", not "What is
            # known as Los Borrachos popularly?" (T90)
            # ("also known as" asks for one name among others: the "also" goes)
            adverb = [c for c in clause.children if c.dep_ == "advmod" and c.i == clause.i - 1 and not list(c.children)
                      and c.lower_ not in ("also", "too", "then", "still")]
            tail = [q.render_tokens(group) for group in frame.moved if [t.i for t in group] != [a.i for a in adverb]]
            words = [wh, be, *(a.lower_ for a in adverb), clause.text, q.render_tokens(rest), *tail]
            question = " ".join(p for p in words if p)
            return [q.finish(question, "subject:participle", 0.8)]
    raise Unrealisable("no clause of its own")
