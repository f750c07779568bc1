"""The LLM question writer: any local Hugging Face causal or seq2seq model writes the questions.

    studygen build article.txt --generator llm --model ./my-model-folder
    studygen build article.txt --generator llm --model Qwen/Qwen2.5-1.5B-Instruct   # in the HF cache
    studygen build article.txt --generator llm --model model.Q4_K_M.gguf

The prompt is a file users can read and change: ``templates/prompts/question.chat.jinja`` for models
with a chat template, ``question.plain.jinja`` for the rest. Decoding is greedy, so a deck rebuilds
the same. A question that comes back empty, too long, or holding its answer is dropped here (and the
pipeline validates every kept one again), so the template writer's card stands in its place.
"""

from __future__ import annotations

import logging
import re
from functools import cache
from typing import TYPE_CHECKING, Any

from studygen.errors import InputError, ModelError
from studygen.generators.base import QuestionDraft, QuestionRequest
from studygen.generators.llm_loading import LoadedModel, ModelSource, load_model, resolve
from studygen.models import contains_phrase
from studygen.validate import MAX_LLM_QUESTION_WORDS, question_length_problem

if TYPE_CHECKING:
    import jinja2

logger = logging.getLogger(__name__)

CHAT_PROMPT = "question.chat.jinja"
PLAIN_PROMPT = "question.plain.jinja"
#: Longest prompt, in tokens, kept when truncating (from the left, so the request itself survives).
MAX_PROMPT_TOKENS = 1024
#: Sentences longer than this are cut to a window around the answer before prompting.
MAX_SENTENCE_CHARS = 600

_ROLE_LINE = re.compile(r"^=== (system|user|assistant) ===[ \t]*$", re.MULTILINE)
_QUOTES = "\"'`\u2018\u2019\u201c\u201d\u00ab\u00bb*_ "
# "1. ", "- ", "**", "Question:", "Q2:", "Generated question -" and the like, before the question.
_PREFIX = re.compile(r"""^(?:
    [-*\u2022>#]+\s*                                           # list and quote markers, bold
  | \d+[.)]\s+                                               # "1. "
  | (?:generated\s+|quiz\s+)?question\s*\d*\s*[:\-]\s*      # "Question:", "Question 2 -"
  | q\s*\d*\s*:\s*                                           # "Q:", "Q2:"
)""", re.IGNORECASE | re.VERBOSE)
# "Sure! Here is a question: When did ...?"
_PREAMBLE = re.compile(r"^(?:sure|okay|ok|here|certainly)\b[^:]*\bquestion\b[^:]*:\s*(?P<rest>.+)$",
                       re.IGNORECASE)
# The model went on to write the next field of the prompt instead of a question.
_DETERMINER = re.compile(r"^(?:the|a|an)\s+", re.IGNORECASE)
_ECHO = re.compile(r"^(?:sentence|answer|context|article|topic)\s*:", re.IGNORECASE)


class LLMWriter:
    """Writes one question per request with a local language model.

    ``model`` is a model folder, a hub id in the local Hugging Face cache, or a ``.gguf`` file;
    ``gguf_file`` names a GGUF file inside the folder or hub repo ``model``. Paths are checked here;
    the model itself is loaded on the first :meth:`write` (or :meth:`load`), once per process.
    """

    name = "llm"

    def __init__(self, model: str, gguf_file: str | None = None, batch_size: int = 8,
                 max_new_tokens: int = 48) -> None:
        if batch_size < 1:
            raise InputError(f"batch size must be at least 1, not {batch_size}")
        if max_new_tokens < 1:
            raise InputError(f"max_new_tokens must be at least 1, not {max_new_tokens}")
        self.source: ModelSource = resolve(model, gguf_file)
        self.model_name = self.source.name
        self.batch_size = batch_size
        self.max_new_tokens = max_new_tokens

    def load(self) -> LoadedModel:
        """Load the model now (it is otherwise loaded by the first :meth:`write`)."""
        return load_model(self.source)

    def write(self, requests: list[QuestionRequest]) -> list[list[QuestionDraft]]:
        """For each request, ``[draft]`` or ``[]`` when the model wrote nothing usable."""
        if not requests:
            return []
        loaded = self.load()
        prompts = [build_prompt(request, loaded) for request in requests]
        outputs = generate(loaded, prompts, self.batch_size, self.max_new_tokens)
        template = f"llm:{self.model_name}"
        results: list[list[QuestionDraft]] = []
        for request, output in zip(requests, outputs, strict=True):
            question = clean_question(output[0], request.answer) if output else None
            results.append([QuestionDraft(question=question, template=template, score=output[1])]
                           if question and output else [])
        return results


# --- prompts -------------------------------------------------------------------------------------

@cache
def _prompt_environment() -> jinja2.Environment:
    import jinja2

    from studygen.resources import templates_dir

    return jinja2.Environment(loader=jinja2.FileSystemLoader(str(templates_dir() / "prompts")),
                              undefined=jinja2.StrictUndefined, trim_blocks=True, lstrip_blocks=True,
                              autoescape=False, keep_trailing_newline=False)


def render_prompt_template(name: str, request: QuestionRequest) -> str:
    """The prompt template ``name`` filled in for ``request``."""
    import jinja2

    try:
        template = _prompt_environment().get_template(name)
    except jinja2.TemplateNotFound as exc:
        raise ModelError(f"prompt template prompts/{exc.name} is missing; reinstall studygen") from None
    except jinja2.TemplateSyntaxError as exc:
        raise ModelError(f"prompt template prompts/{name}, line {exc.lineno}: {exc.message}") from None
    return template.render(sentence=_clip_sentence(request), answer=request.answer, title=request.title,
                           answer_type=str(request.answer_type), context=request.context).strip()


def chat_messages(text: str) -> list[dict[str, str]]:
    """Split a rendered chat prompt into messages at its ``=== role ===`` lines."""
    parts = _ROLE_LINE.split(text)
    messages = [{"role": role, "content": content.strip()} for role, content in zip(parts[1::2], parts[2::2],
                                                                                     strict=True)]
    if not messages or messages[-1]["role"] != "user":
        raise ModelError(f"prompt template prompts/{CHAT_PROMPT} must end with a '=== user ===' message")
    return messages


def uses_chat(loaded: LoadedModel) -> bool:
    return not loaded.is_encoder_decoder and bool(getattr(loaded.tokenizer, "chat_template", None))


def build_prompt(request: QuestionRequest, loaded: LoadedModel) -> str:
    """The text the model continues: the chat template applied to the chat prompt for chat models,
    the plain prompt for the rest."""
    if not uses_chat(loaded):
        return render_prompt_template(PLAIN_PROMPT, request)
    messages = chat_messages(render_prompt_template(CHAT_PROMPT, request))
    try:
        text = loaded.tokenizer.apply_chat_template(messages, tokenize=False, add_generation_prompt=True)
    except Exception:  # noqa: BLE001 - jinja's TemplateError and friends: some templates refuse "system"
        if messages[0]["role"] != "system":
            raise
        system, first, *rest = messages
        merged = {"role": first["role"], "content": f"{system['content']}\n\n{first['content']}"}
        text = loaded.tokenizer.apply_chat_template([merged, *rest], tokenize=False,
                                                    add_generation_prompt=True)
    return str(text)


def _clip_sentence(request: QuestionRequest) -> str:
    sentence = request.sentence.strip() or request.answer
    if len(sentence) <= MAX_SENTENCE_CHARS:
        return sentence
    # Keep a window around the answer; the rest only costs tokens.
    offset = request.answer_start - request.sentence_start
    half = (MAX_SENTENCE_CHARS - len(request.answer)) // 2
    start = max(0, offset - half)
    end = start + MAX_SENTENCE_CHARS
    window = request.sentence[start:end].strip()
    return ("... " if start else "") + window + (" ..." if end < len(request.sentence) else "")


# --- generation ----------------------------------------------------------------------------------

def generate(loaded: LoadedModel, prompts: list[str], batch_size: int = 8,
             max_new_tokens: int = 48) -> list[tuple[str, float] | None]:
    """Greedy completions of ``prompts``, in order: ``(text, mean token log-prob)``, or None for a
    prompt whose batch failed (the failure is logged; the template question stands)."""
    import torch

    from studygen.nlp import configure_threads

    configure_threads()
    torch.manual_seed(0)
    _prepare_tokenizer(loaded)
    # Batches of similar length waste less work on padding; results go back to their own slots.
    order = sorted(range(len(prompts)), key=lambda i: (len(prompts[i]), i))
    results: list[tuple[str, float] | None] = [None] * len(prompts)
    with torch.inference_mode():
        for start in range(0, len(order), batch_size):
            indices = order[start:start + batch_size]
            try:
                outputs = _generate_batch(loaded, [prompts[i] for i in indices], max_new_tokens)
            except (RuntimeError, ValueError, IndexError) as exc:
                logger.warning("the language model failed on %d prompt(s): %s", len(indices), exc)
                continue
            for index, output in zip(indices, outputs, strict=True):
                results[index] = output
    return results


def _prepare_tokenizer(loaded: LoadedModel) -> None:
    tokenizer = loaded.tokenizer
    if tokenizer.pad_token is None:
        if tokenizer.eos_token is None:
            raise ModelError(f"the tokenizer of {loaded.name!r} has neither a padding nor an end token")
        tokenizer.pad_token = tokenizer.eos_token
    # A causal model continues the last token of the prompt, so padding goes on the left.
    tokenizer.padding_side = "right" if loaded.is_encoder_decoder else "left"
    tokenizer.truncation_side = "left"


def _max_prompt_tokens(loaded: LoadedModel, max_new_tokens: int) -> int:
    limit = MAX_PROMPT_TOKENS
    model_max = getattr(loaded.tokenizer, "model_max_length", None)
    if isinstance(model_max, int) and 0 < model_max < limit:
        limit = model_max
    positions = getattr(loaded.model.config, "max_position_embeddings", None)
    if not loaded.is_encoder_decoder and isinstance(positions, int) and positions > max_new_tokens:
        limit = min(limit, positions - max_new_tokens)
    return max(limit, 8)


def _stop_token_ids(loaded: LoadedModel) -> set[int]:
    ids: set[int] = set()
    for source in (loaded.model.generation_config, loaded.model.config, loaded.tokenizer):
        for attribute in ("eos_token_id", "pad_token_id"):
            value = getattr(source, attribute, None)
            if isinstance(value, int):
                ids.add(value)
            elif isinstance(value, (list, tuple)):
                ids.update(v for v in value if isinstance(v, int))
    return ids


def first_line_done(tokenizer: Any, prompt_length: int) -> Any:
    """A stopping criterion: a row is done once it has written a whole line worth keeping.

    Only the first such line is kept, so generating past it (say, the next few-shot example) is
    wasted time. A blank line or a preamble such as "Here is a question:" does not count, which a plain
    stop at the first newline would get wrong.
    """
    import torch
    from transformers import StoppingCriteria, StoppingCriteriaList

    class FirstLineDone(StoppingCriteria):
        def __call__(self, input_ids: Any, scores: Any, **kwargs: Any) -> Any:
            texts = tokenizer.batch_decode(input_ids[:, prompt_length:], skip_special_tokens=True)
            done = [any(line.strip() and not line.strip().endswith(":") for line in text.split("\n")[:-1])
                    for text in texts]
            return torch.tensor(done, dtype=torch.bool, device=input_ids.device)

    return StoppingCriteriaList([FirstLineDone()])


def _generate_batch(loaded: LoadedModel, prompts: list[str], max_new_tokens: int) -> list[tuple[str, float]]:
    tokenizer, model = loaded.tokenizer, loaded.model
    encoded = tokenizer(prompts, return_tensors="pt", padding=True, truncation=True,
                        max_length=_max_prompt_tokens(loaded, max_new_tokens),
                        # a chat template writes its own BOS; a plain prompt needs the tokenizer's
                        add_special_tokens=not uses_chat(loaded))
    prompt_length = 0 if loaded.is_encoder_decoder else encoded["input_ids"].shape[1]
    output = model.generate(**encoded, max_new_tokens=max_new_tokens, do_sample=False, num_beams=1,
                            pad_token_id=tokenizer.pad_token_id, return_dict_in_generate=True,
                            output_scores=True,
                            stopping_criteria=first_line_done(tokenizer, prompt_length))
    sequences = output.sequences
    # A causal model returns prompt + continuation; a seq2seq one, the decoder start token + output.
    generated = sequences[:, 1:] if loaded.is_encoder_decoder else sequences[:, encoded["input_ids"].shape[1]:]
    log_probs = model.compute_transition_scores(sequences, output.scores, normalize_logits=True)
    stops = _stop_token_ids(loaded)
    results = []
    for row in range(generated.shape[0]):
        tokens = generated[row].tolist()
        length = next((i + 1 for i, token in enumerate(tokens) if token in stops), len(tokens))
        kept = log_probs[row, :length]
        kept = kept[kept.isfinite()]
        score = float(kept.mean()) if kept.numel() else 0.0
        text = tokenizer.decode(tokens[:length], skip_special_tokens=True)
        results.append((text, round(score, 4)))
    return results


# --- post-processing -----------------------------------------------------------------------------

def clean_question(text: str, answer: str) -> str | None:
    """The question in a model's raw output, tidied, or None when there is none worth validating.

    Takes the first line that is not a preamble ("Here is a question:"), strips list markers,
    "Question:" labels and quotes, cuts after the first "?" (adding one when missing), and rejects
    output with no letters, fewer than 3 or more than 30 words, or the answer (with or without a
    leading article) in it.
    """
    lines = [line.strip() for line in (text or "").splitlines() if line.strip()]
    # Skip "Sure, here is a question:" when the question itself is on the next line.
    while len(lines) > 1 and lines[0].endswith(":") and "?" not in lines[0]:
        lines.pop(0)
    if not lines:
        return None
    line = lines[0]
    if match := _PREAMBLE.match(line):
        line = match["rest"]
    previous = None
    while line != previous:
        previous = line
        line = _PREFIX.sub("", line, count=1).strip(_QUOTES).strip()
    if not line or _ECHO.match(line):
        return None
    if "?" in line:
        line = line[:line.index("?")].rstrip(_QUOTES).rstrip() + "?"
    else:
        line = line.rstrip(" .!:;,").rstrip(_QUOTES).rstrip() + "?"
    line = re.sub(r"\s+", " ", line).strip()
    if not any(char.isalpha() for char in line):
        return None
    if question_length_problem(line, MAX_LLM_QUESTION_WORDS) is not None:
        return None
    # "What does the waggle dance do?" gives away "a waggle dance" as surely as the whole span would.
    bare_answer = _DETERMINER.sub("", answer.strip())
    if contains_phrase(line, answer) or contains_phrase(line, bare_answer):
        return None
    return line[0].upper() + line[1:]
