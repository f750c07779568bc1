"""A hand-built deck for the exporter tests: every card kind, and text that tries to be markup.

Offsets are computed from the article text, so the cards stay grounded when a sentence is edited.
"""

from __future__ import annotations

from studygen.guids import card_guid
from studygen.models import CLOZE_BLANK, Article, Card, Deck

HOSTILE_TITLE = 'Hostile <b>title</b> {{c1::x}} ~=#{}:\\ & "quotes" / slash'

S1 = "The <script>alert(1)</script> tag was found in 1848 by Ada Lovelace."
S2 = "Her note <img src=x onerror=alert(1)> used {{c1::x}} and {{FrontSide}} and {{#Tag}} markers."
S3 = "The formula =1+1 equals two in the ~=#{}:\\ kingdom."
S4 = "東京 is the capital of Japan 🗾 and home to 14 million people."
S5 = "The clip [sound:evil.mp3] played at 10:30 sharp."
HOSTILE_TEXT = " ".join([S1, S2, S3]) + "\n\n" + " ".join([S4, S5])

CAFE_TITLE = "Second article: café ☕"
C1 = "The café opened in 1999 in Zürich."
C2 = "It served 3 kinds of coffee."
CAFE_TEXT = f"{C1} {C2}"

#: Every hostile string, as it must appear (as text) in every output that shows it.
HOSTILE_STRINGS = ["<script>alert(1)</script>", "<img src=x onerror=alert(1)>", "{{c1::x}}",
                   "{{FrontSide}}", "{{#Tag}}", "~=#{}:\\", "=1+1", "東京", "🗾", "[sound:evil.mp3]"]


def _card(article: Article, kind: str, question: str, answer: str, sentence: str, *,
          span: str | None = None, **extra: object) -> Card:
    text = article.text
    source_start = text.index(sentence)
    span = answer if span is None else span
    start = source_start + sentence.index(span)
    data: dict[str, object] = {
        "guid": card_guid(article.id, sentence, span + answer, kind),
        "article_id": article.id, "kind": kind, "question": question, "answer": answer,
        "source_start": source_start, "source_end": source_start + len(sentence),
        "tags": ["studygen", article.slug, kind],
    }
    if kind == "true_false":
        data.update(fact=span, fact_start=start)
    else:
        data["answer_start"] = start
    data.update(extra)
    return Card.model_validate(data)


def sample_deck(name: str = "Hostile & Friends") -> Deck:
    hostile = Article(id="a-hostile", title=HOSTILE_TITLE, text=HOSTILE_TEXT, source="hostile.txt")
    cafe = Article(id="a-cafe", title=CAFE_TITLE, text=CAFE_TEXT, source="cafe.md")
    cards = [
        _card(hostile, "basic", "Who found the <script>alert(1)</script> tag in 1848?", "Ada Lovelace", S1,
              answer_type="person", difficulty="easy"),
        _card(hostile, "cloze", S2.replace("{{FrontSide}}", CLOZE_BLANK), "{{FrontSide}}", S2,
              answer_type="concept", difficulty="hard"),
        _card(hostile, "basic", "Which formula equals two in the ~=#{}:\\ kingdom?", "=1+1", S3,
              answer_type="concept"),
        _card(hostile, "mcq", "What does =1+1 equal in the ~=#{}:\\ kingdom?", "two", S3,
              options=["-2+4", "two", "@SUM(A1)", "+3 & <b>4</b>"], answer_type="number"),
        _card(hostile, "true_false", "東京 is the capital of China 🗾.", "False", S4, span="Japan",
              swapped_in="China", answer_type="place"),
        _card(hostile, "true_false", "東京 is home to 14 million people.", "True", S4, span="14 million",
              answer_type="number", difficulty="easy"),
        _card(hostile, "basic", "When did the clip [sound:evil.mp3] play?", "10:30", S5,
              answer_type="time"),
        _card(cafe, "basic", "When did the café open in Zürich?", "1999", C1, answer_type="date"),
        _card(cafe, "cloze", C2.replace("3", CLOZE_BLANK), "3", C2, answer_type="number"),
        _card(cafe, "mcq", "In which city did the café open in 1999?", "Zürich", C1,
              options=["Basel", "Zürich", "Geneva"], answer_type="place"),
    ]
    return Deck(name=name, articles=[hostile, cafe], cards=cards)
