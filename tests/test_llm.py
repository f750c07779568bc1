"""The LLM question writer, on tiny randomly initialised models built here (offline, in seconds).

Their outputs are nonsense by design: these tests check the plumbing (loading, prompts, batching,
determinism, GGUF conversion and its cache, errors) and the clean-up of crafted outputs, not quality.
"""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest
import torch

from studygen.cache import atomic_folder, cache_dir, file_sha256
from studygen.errors import InputError, ModelError
from studygen.generators import generators, llm_loading
from studygen.generators import llm as llm_module
from studygen.generators.base import QuestionDraft, QuestionRequest
from studygen.generators.llm import (
    LLMWriter,
    build_prompt,
    chat_messages,
    clean_question,
    generate,
    uses_chat,
)
from studygen.models import AnswerType, contains_phrase

CHAT_TEMPLATE = (
    "{% for m in messages %}<|{{ m['role'] }}|>{{ m['content'] }}</s>\n{% endfor %}"
    "{% if add_generation_prompt %}<|assistant|>{% endif %}"
)
NO_SYSTEM_CHAT_TEMPLATE = (
    "{% if messages[0]['role'] == 'system' %}{{ raise_exception('System role not supported') }}{% endif %}"
    + CHAT_TEMPLATE
)
CORPUS = [
    "The Eiffel Tower was completed in 1889 for the World's Fair in Paris.",
    "Marie Curie was the first woman to win a Nobel Prize.",
    "Sentence: Answer: Question: Who? What? When? Where? Why? How many?",
    "Honeybees communicate the location of flowers through a waggle dance.",
]


def request_for(sentence: str, answer: str, answer_type: AnswerType = AnswerType.CONCEPT) -> QuestionRequest:
    start = sentence.index(answer)
    return QuestionRequest(context=sentence, answer=answer, answer_start=start, sentence_start=0,
                           sentence_end=len(sentence), answer_type=answer_type, title="Tests")


REQUESTS = [
    request_for(CORPUS[0], "1889", AnswerType.DATE),
    request_for(CORPUS[1], "Marie Curie", AnswerType.PERSON),
    request_for(CORPUS[3], "a waggle dance"),
    request_for("The river is 6,400 kilometres long.", "6,400 kilometres", AnswerType.QUANTITY),
    request_for("Kim received a second invite.", "Kim", AnswerType.PERSON),
]


# --- tiny models -------------------------------------------------------------------------------

def _tokenizer(chat_template: str | None = None):
    from tokenizers import Tokenizer, decoders, models, pre_tokenizers, trainers
    from transformers import PreTrainedTokenizerFast

    backend = Tokenizer(models.BPE())
    backend.pre_tokenizer = pre_tokenizers.ByteLevel(add_prefix_space=False)
    backend.decoder = decoders.ByteLevel()
    trainer = trainers.BpeTrainer(vocab_size=1200, special_tokens=["<pad>", "<s>", "</s>", "<unk>"],
                                  initial_alphabet=pre_tokenizers.ByteLevel.alphabet(), show_progress=False)
    # Trained on the prompts themselves, so they come to a few hundred tokens and tests stay fast.
    prompts = [llm_module.render_prompt_template(name, request) for request in REQUESTS
               for name in (llm_module.PLAIN_PROMPT, llm_module.CHAT_PROMPT)]
    backend.train_from_iterator((CORPUS + prompts) * 3, trainer)
    tokenizer = PreTrainedTokenizerFast(tokenizer_object=backend, bos_token="<s>", eos_token="</s>",
                                        pad_token="<pad>", unk_token="<unk>")
    if chat_template:
        tokenizer.chat_template = chat_template
    return tokenizer


def _tiny_llama(vocab_size: int):
    from transformers import LlamaConfig, LlamaForCausalLM

    torch.manual_seed(0)
    config = LlamaConfig(vocab_size=vocab_size, hidden_size=32, intermediate_size=64, num_hidden_layers=2,
                         num_attention_heads=4, num_key_value_heads=2, max_position_embeddings=1024,
                         bos_token_id=1, eos_token_id=2, pad_token_id=0, tie_word_embeddings=False)
    return LlamaForCausalLM(config).eval()


@pytest.fixture(scope="session")
def llama_chat_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("tiny-llama-chat")
    tokenizer = _tokenizer(CHAT_TEMPLATE)
    _tiny_llama(len(tokenizer)).save_pretrained(folder)
    tokenizer.save_pretrained(folder)
    return folder


@pytest.fixture(scope="session")
def llama_plain_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("tiny-llama-plain")
    tokenizer = _tokenizer()
    _tiny_llama(len(tokenizer)).save_pretrained(folder)
    tokenizer.save_pretrained(folder)
    return folder


@pytest.fixture(scope="session")
def t5_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    from transformers import T5Config, T5ForConditionalGeneration

    folder = tmp_path_factory.mktemp("tiny-t5")
    tokenizer = _tokenizer()
    torch.manual_seed(0)
    config = T5Config(vocab_size=len(tokenizer), d_model=32, d_kv=8, d_ff=64, num_layers=2,
                      num_decoder_layers=2, num_heads=4, pad_token_id=0, eos_token_id=2,
                      decoder_start_token_id=0)
    T5ForConditionalGeneration(config).save_pretrained(folder)
    tokenizer.save_pretrained(folder)
    return folder


def _permute_for_gguf(weights, n_head: int):
    """llama.cpp stores q/k rows interleaved for its rotary embedding; transformers undoes it on load."""
    return (weights.reshape(n_head, 2, weights.shape[0] // n_head // 2, *weights.shape[1:])
            .swapaxes(1, 2).reshape(weights.shape))


def write_tiny_gguf(model, tokenizer, path: Path) -> Path:
    """A llama GGUF (f32 tensors, a byte-level BPE vocabulary) of ``model``, as llama.cpp lays one out."""
    import gguf

    config = model.config
    writer = gguf.GGUFWriter(str(path), "llama")
    writer.add_name("tiny-llama")
    writer.add_context_length(config.max_position_embeddings)
    writer.add_embedding_length(config.hidden_size)
    writer.add_block_count(config.num_hidden_layers)
    writer.add_feed_forward_length(config.intermediate_size)
    writer.add_head_count(config.num_attention_heads)
    writer.add_head_count_kv(config.num_key_value_heads)
    writer.add_layer_norm_rms_eps(config.rms_norm_eps)
    writer.add_rope_dimension_count(config.hidden_size // config.num_attention_heads)
    writer.add_rope_freq_base(float(config.rope_parameters["rope_theta"]))
    writer.add_vocab_size(config.vocab_size)
    vocab = tokenizer.get_vocab()
    tokens = sorted(vocab, key=vocab.__getitem__)
    special = set(tokenizer.all_special_tokens)
    merges = json.loads(tokenizer.backend_tokenizer.to_str())["model"]["merges"]
    writer.add_tokenizer_model("gpt2")
    writer.add_token_list(tokens)
    writer.add_token_types([gguf.TokenType.CONTROL if token in special else gguf.TokenType.NORMAL
                            for token in tokens])
    writer.add_token_merges([" ".join(pair) for pair in merges])
    writer.add_bos_token_id(tokenizer.bos_token_id)
    writer.add_eos_token_id(tokenizer.eos_token_id)
    writer.add_pad_token_id(tokenizer.pad_token_id)
    writer.add_unk_token_id(tokenizer.unk_token_id)
    writer.add_chat_template(CHAT_TEMPLATE)
    names = gguf.get_tensor_name_map(gguf.MODEL_ARCH.LLAMA, config.num_hidden_layers)
    for hf_name, tensor in model.state_dict().items():
        base, _, suffix = hf_name.rpartition(".")
        weights = tensor.detach().numpy().astype("float32")
        if base.endswith("q_proj"):
            weights = _permute_for_gguf(weights, config.num_attention_heads)
        elif base.endswith("k_proj"):
            weights = _permute_for_gguf(weights, config.num_key_value_heads)
        writer.add_tensor(f"{names.get_name(base)}.{suffix}", weights)
    writer.write_header_to_file()
    writer.write_kv_data_to_file()
    writer.write_tensors_to_file()
    writer.close()
    return path


@pytest.fixture(scope="session")
def tiny_gguf(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, object, object]:
    """(path to a GGUF file, the model it holds, its tokenizer)."""
    folder = tmp_path_factory.mktemp("tiny-gguf")
    tokenizer = _tokenizer(CHAT_TEMPLATE)
    model = _tiny_llama(len(tokenizer))
    return write_tiny_gguf(model, tokenizer, folder / "tiny-llama.F32.gguf"), model, tokenizer


@pytest.fixture(autouse=True)
def _fresh_models(monkeypatch: pytest.MonkeyPatch):
    # Tiny models gain nothing from threads, and on a busy machine two threads that wait for each other
    # make every small matmul tens of times slower.
    threads = torch.get_num_threads()
    monkeypatch.setattr("studygen.nlp.configure_threads", lambda: torch.set_num_threads(1))
    llm_loading.clear_loaded_models()
    yield
    llm_loading.clear_loaded_models()
    torch.set_num_threads(threads)


# --- cleaning a model's output -------------------------------------------------------------------

@pytest.mark.parametrize(("raw", "answer", "expected"), [
    ("When was the tower completed?", "1889", "When was the tower completed?"),
    ("  when was the tower completed?\nAnswer: 1889", "1889", "When was the tower completed?"),
    ("Question: Who won the prize?", "Marie Curie", "Who won the prize?"),
    ("Q1: Who won the prize?", "Marie Curie", "Who won the prize?"),
    ('"Who won the prize?"', "Marie Curie", "Who won the prize?"),
    ("**Question:** Who won the prize?", "Marie Curie", "Who won the prize?"),
    ("1. Who won the prize? 2. Who lost?", "Marie Curie", "Who won the prize?"),
    ("- Who won the prize", "Marie Curie", "Who won the prize?"),
    ("Who won the prize.", "Marie Curie", "Who won the prize?"),
    ("Sure! Here is a question: Who won the prize?", "Marie Curie", "Who won the prize?"),
    ("Here is a question for you:\n\nWho won the prize?", "Marie Curie", "Who won the prize?"),
    ("\u201cHow long is the river?\u201d", "6,400 km", "How long is the river?"),
])
def test_clean_question_tidies(raw: str, answer: str, expected: str) -> None:
    assert clean_question(raw, answer) == expected


@pytest.mark.parametrize(("raw", "answer"), [
    ("", "1889"),
    ("   \n\n  ", "1889"),
    ("???", "1889"),
    ("12 34 56?", "1889"),
    ("Who?", "Kim"),
    ("Who did" + " really" * 30 + " it?", "Kim"),
    ("When was the tower completed in 1889?", "1889"),
    ("Who was marie curie?", "Marie Curie"),
    ("What does the waggle dance do?", "a waggle dance"),
    ("Answer: Marie Curie won it", "Marie Curie"),
    ("Sentence: The river is long.", "6,400 kilometres"),
])
def test_clean_question_rejects_garbage(raw: str, answer: str) -> None:
    assert clean_question(raw, answer) is None


# --- prompts -------------------------------------------------------------------------------------

def test_few_shot_examples_follow_their_own_rules() -> None:
    examples = llm_module._prompt_environment().get_template("examples.jinja").module.examples
    assert len(examples) >= 2
    for example in examples:
        assert example["answer"] in example["sentence"]
        assert example["question"].endswith("?")
        assert not contains_phrase(example["question"], example["answer"])
        assert clean_question(example["question"], example["answer"]) == example["question"]


def test_chat_prompt_alternates_roles_and_ends_with_the_request() -> None:
    text = llm_module.render_prompt_template(llm_module.CHAT_PROMPT, REQUESTS[1])
    messages = chat_messages(text)
    assert messages[0]["role"] == "system"
    assert [m["role"] for m in messages[1:]] == ["user", "assistant"] * ((len(messages) - 2) // 2) + ["user"]
    assert messages[-1]["content"] == f"Sentence: {CORPUS[1]}\nAnswer: Marie Curie"


def test_plain_prompt_ends_with_question_cue() -> None:
    text = llm_module.render_prompt_template(llm_module.PLAIN_PROMPT, REQUESTS[0])
    assert text.endswith(f"Sentence: {CORPUS[0]}\nAnswer: 1889\nQuestion:")
    assert "{{" not in text and "{%" not in text


def test_long_sentence_is_cut_around_the_answer() -> None:
    sentence = ("Filler words go here. " * 60 + "The answer is Zanzibar, as everyone knows. "
                + "More filler. " * 60)
    request = request_for(sentence, "Zanzibar")
    text = llm_module.render_prompt_template(llm_module.PLAIN_PROMPT, request)
    last = text.split("Sentence: ")[-1]
    assert "Zanzibar" in last
    assert len(last) < llm_module.MAX_SENTENCE_CHARS + 100


def test_chat_models_get_their_chat_template(llama_chat_dir: Path) -> None:
    loaded = LLMWriter(str(llama_chat_dir)).load()
    assert uses_chat(loaded)
    prompt = build_prompt(REQUESTS[0], loaded)
    assert prompt.startswith("<|system|>")
    assert prompt.endswith("Answer: 1889</s>\n<|assistant|>")


def test_chat_template_without_system_role_gets_it_in_the_first_message(llama_chat_dir: Path) -> None:
    loaded = LLMWriter(str(llama_chat_dir)).load()
    loaded.tokenizer.chat_template = NO_SYSTEM_CHAT_TEMPLATE
    prompt = build_prompt(REQUESTS[0], loaded)
    assert prompt.startswith("<|user|>You write quiz questions")
    assert "<|system|>" not in prompt


def test_base_and_seq2seq_models_get_the_plain_prompt(llama_plain_dir: Path, t5_dir: Path) -> None:
    for folder in (llama_plain_dir, t5_dir):
        loaded = LLMWriter(str(folder)).load()
        assert not uses_chat(loaded)
        assert build_prompt(REQUESTS[0], loaded).endswith("Question:")


# --- generation ----------------------------------------------------------------------------------

def test_causal_writer_end_to_end(llama_chat_dir: Path) -> None:
    writer = LLMWriter(str(llama_chat_dir), batch_size=2, max_new_tokens=8)
    assert writer.name == "llm"
    results = writer.write(REQUESTS)
    assert len(results) == len(REQUESTS)
    for request, drafts in zip(REQUESTS, results, strict=True):
        assert len(drafts) <= 1
        for draft in drafts:
            assert draft.template == f"llm:{llama_chat_dir.name}"
            assert draft.question.endswith("?")
            assert not contains_phrase(draft.question, request.answer)
    loaded = writer.load()
    assert not loaded.is_encoder_decoder
    assert loaded.tokenizer.padding_side == "left"


def test_seq2seq_writer_end_to_end(t5_dir: Path) -> None:
    writer = LLMWriter(str(t5_dir), batch_size=3, max_new_tokens=8)
    results = writer.write(REQUESTS)
    assert len(results) == len(REQUESTS)
    loaded = writer.load()
    assert loaded.is_encoder_decoder
    assert type(loaded.model).__name__ == "T5ForConditionalGeneration"
    raw = generate(loaded, [build_prompt(r, loaded) for r in REQUESTS], 3, 8)
    assert all(output is not None and isinstance(output[1], float) for output in raw)


def test_empty_request_list(llama_chat_dir: Path) -> None:
    assert LLMWriter(str(llama_chat_dir)).write([]) == []


def test_generation_stops_after_the_first_useful_line() -> None:
    tokenizer = _tokenizer()
    texts = ["When was it?\nAnswer", "Here is a question:\n", "\n\nWhen was", "When was it", "Who?\n"]
    ids = tokenizer(texts, padding=True, return_tensors="pt").input_ids
    (criterion,) = llm_module.first_line_done(tokenizer, 0)
    assert criterion(ids, None).tolist() == [True, False, False, False, True]


def test_batches_keep_request_order(llama_plain_dir: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    loaded = LLMWriter(str(llama_plain_dir)).load()
    batches: list[list[str]] = []

    def echo(_loaded, prompts, _max_new_tokens):
        batches.append(prompts)
        return [(prompt, -float(len(prompt))) for prompt in prompts]

    monkeypatch.setattr(llm_module, "_generate_batch", echo)
    prompts = [f"prompt {'x' * (n * 7 % 11)} {n}" for n in range(7)]
    results = generate(loaded, prompts, batch_size=3)
    assert [text for text, _ in results] == prompts
    assert [len(batch) for batch in batches] == [3, 3, 1]


def test_batched_generation_matches_one_at_a_time(llama_plain_dir: Path) -> None:
    # Left padding and its attention mask must not change what a prompt generates.
    loaded = LLMWriter(str(llama_plain_dir)).load()
    prompts = [build_prompt(r, loaded) for r in REQUESTS]
    batched = generate(loaded, prompts, batch_size=len(prompts), max_new_tokens=6)
    single = generate(loaded, prompts, batch_size=1, max_new_tokens=6)
    assert [b[0] for b in batched] == [s[0] for s in single]  # type: ignore[index]
    for b, s in zip(batched, single, strict=True):
        assert b[1] == pytest.approx(s[1], abs=1e-3)  # type: ignore[index]


def test_generation_is_deterministic(llama_chat_dir: Path, t5_dir: Path) -> None:
    for folder in (llama_chat_dir, t5_dir):
        loaded = LLMWriter(str(folder)).load()
        prompts = [build_prompt(r, loaded) for r in REQUESTS]
        first = generate(loaded, prompts, batch_size=2, max_new_tokens=8)
        torch.manual_seed(1234)
        second = generate(loaded, prompts, batch_size=2, max_new_tokens=8)
        assert first == second
        llm_loading.clear_loaded_models()
        reloaded = LLMWriter(str(folder)).load()
        assert generate(reloaded, prompts, batch_size=2, max_new_tokens=8) == first


def test_write_wraps_clean_questions_in_drafts(llama_chat_dir: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    outputs = [("Question: When was the tower completed?\nmore text", -0.5), ("1889?", -0.1), None,
               ("Who received a second invite?", -0.25), ("Kim received one.", -0.3)]
    monkeypatch.setattr(llm_module, "generate", lambda *args, **kwargs: outputs)
    writer = LLMWriter(str(llama_chat_dir))
    results = writer.write(REQUESTS)
    template = f"llm:{llama_chat_dir.name}"
    assert results == [
        [QuestionDraft("When was the tower completed?", template, -0.5)],
        [],
        [],
        [QuestionDraft("Who received a second invite?", template, -0.25)],
        [],
    ]


def test_a_failing_batch_leaves_its_requests_empty(llama_plain_dir: Path, monkeypatch: pytest.MonkeyPatch,
                                                    caplog: pytest.LogCaptureFixture) -> None:
    def fail(*_args):
        raise RuntimeError("out of memory")

    monkeypatch.setattr(llm_module, "_generate_batch", fail)
    assert LLMWriter(str(llama_plain_dir)).write(REQUESTS[:2]) == [[], []]
    assert "out of memory" in caplog.text


def test_pad_token_falls_back_to_eos(tmp_path: Path) -> None:
    tokenizer = _tokenizer()
    tokenizer.pad_token = None
    model = _tiny_llama(len(tokenizer))
    model.save_pretrained(tmp_path)
    tokenizer.save_pretrained(tmp_path)
    writer = LLMWriter(str(tmp_path), max_new_tokens=4)
    assert len(writer.write(REQUESTS[:3])) == 3
    assert writer.load().tokenizer.pad_token == "</s>"


def test_model_is_loaded_once_per_process(llama_plain_dir: Path) -> None:
    first = LLMWriter(str(llama_plain_dir)).load()
    second = LLMWriter(str(llama_plain_dir) + os.sep, batch_size=2).load()
    assert first is second


def test_registered_as_the_llm_generator() -> None:
    assert generators.get("llm") is LLMWriter


def _fake_hub_cache(monkeypatch: pytest.MonkeyPatch, root: Path, repo_id: str, files: Path) -> None:
    """Lay ``files`` out as the local Hugging Face cache does for ``repo_id`` (no network involved)."""
    import shutil

    import huggingface_hub.constants

    commit = "0123456789abcdef0123456789abcdef01234567"
    repo = root / f"models--{repo_id.replace('/', '--')}"
    (repo / "refs").mkdir(parents=True)
    (repo / "refs" / "main").write_text(commit)
    shutil.copytree(files, repo / "snapshots" / commit)
    monkeypatch.setattr(huggingface_hub.constants, "HF_HUB_CACHE", str(root))


def test_hub_id_from_the_local_cache(llama_plain_dir: Path, tmp_path: Path,
                                     monkeypatch: pytest.MonkeyPatch) -> None:
    _fake_hub_cache(monkeypatch, tmp_path / "hub", "studygen-tests/tiny-llama", llama_plain_dir)
    writer = LLMWriter("studygen-tests/tiny-llama", max_new_tokens=4)
    assert writer.model_name == "studygen-tests/tiny-llama"
    assert len(writer.write(REQUESTS[:2])) == 2


def test_gguf_file_from_a_hub_repo_in_the_local_cache(tiny_gguf, tmp_path: Path,
                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    path = tiny_gguf[0]
    _fake_hub_cache(monkeypatch, tmp_path / "hub", "studygen-tests/tiny-gguf", path.parent)
    writer = LLMWriter("studygen-tests/tiny-gguf", gguf_file=path.name)
    assert writer.source.gguf is not None and writer.source.gguf.name == path.name
    assert writer.load().name == "tiny-llama.F32"


# --- errors --------------------------------------------------------------------------------------

def _one_line(error: pytest.ExceptionInfo[ModelError]) -> str:
    message = str(error.value)
    assert "\n" not in message
    return message


def test_missing_path(tmp_path: Path) -> None:
    with pytest.raises(ModelError) as error:
        LLMWriter(str(tmp_path / "no-such-model"))
    assert "does not exist" in _one_line(error)
    with pytest.raises(ModelError) as error:
        LLMWriter(str(tmp_path / "gone.gguf"))
    assert "does not exist" in _one_line(error)
    assert error.value.exit_code == 2  # a path the user gave: bad input, as the README's table says


def test_hub_id_not_in_the_local_cache() -> None:
    writer = LLMWriter("studygen-tests/no-such-model-anywhere")  # resolving a hub id touches nothing
    with pytest.raises(ModelError) as error:
        writer.load()
    message = _one_line(error)
    assert "not in the local Hugging Face cache" in message
    assert "STUDYGEN_ALLOW_DOWNLOAD=1" in message


def test_gguf_file_in_a_hub_repo_not_in_the_cache() -> None:
    with pytest.raises(ModelError) as error:
        LLMWriter("studygen-tests/no-such-model-anywhere", gguf_file="model.Q4_0.gguf")
    assert "not in the local Hugging Face cache" in _one_line(error)


def test_a_folder_that_is_not_a_model(tmp_path: Path) -> None:
    with pytest.raises(ModelError) as error:
        LLMWriter(str(tmp_path)).load()
    assert str(tmp_path) in _one_line(error)


def test_unsupported_architecture(tmp_path: Path) -> None:
    from transformers import BertConfig, BertModel

    BertModel(BertConfig(vocab_size=50, hidden_size=16, num_hidden_layers=1, num_attention_heads=2,
                         intermediate_size=32)).save_pretrained(tmp_path)
    with pytest.raises(ModelError) as error:
        LLMWriter(str(tmp_path)).load()
    message = _one_line(error)
    assert "BertModel" in message and "does not generate text" in message


def test_a_file_that_is_not_gguf(tmp_path: Path) -> None:
    fake = tmp_path / "model.gguf"
    fake.write_bytes(b"PK\x03\x04 not a gguf at all")
    with pytest.raises(ModelError) as error:
        LLMWriter(str(fake))
    assert "is not a GGUF file" in _one_line(error)
    other = tmp_path / "notes.txt"
    other.write_text("hello")
    with pytest.raises(ModelError) as error:
        LLMWriter(str(other))
    assert "not a GGUF file" in _one_line(error)


def test_gguf_needs_the_gguf_package(tiny_gguf, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(llm_loading, "_module_available", lambda name: name != "gguf")
    with pytest.raises(ModelError) as error:
        LLMWriter(str(tiny_gguf[0]))
    assert "'gguf' package" in _one_line(error) and "studygen[llm]" in str(error.value)


def test_gguf_file_missing_from_folder(tmp_path: Path) -> None:
    with pytest.raises(ModelError) as error:
        LLMWriter(str(tmp_path), gguf_file="model.gguf")
    assert "is not in the folder" in _one_line(error)


def test_bad_sizes(llama_plain_dir: Path) -> None:
    with pytest.raises(InputError):
        LLMWriter(str(llama_plain_dir), batch_size=0)
    with pytest.raises(InputError):
        LLMWriter(str(llama_plain_dir), max_new_tokens=0)


# --- GGUF and the conversion cache ---------------------------------------------------------------

def test_gguf_round_trip_gives_the_same_model(tiny_gguf) -> None:
    path, original, original_tokenizer = tiny_gguf
    writer = LLMWriter(str(path))
    assert writer.model_name == "tiny-llama.F32"
    loaded = writer.load()
    text = "The Eiffel Tower was completed in 1889."
    ids = original_tokenizer(text, return_tensors="pt").input_ids
    assert loaded.tokenizer(text, return_tensors="pt").input_ids.tolist() == ids.tolist()
    with torch.inference_mode():
        assert torch.allclose(loaded.model(ids).logits, original(ids).logits, atol=1e-5)
    assert uses_chat(loaded)
    assert len(writer.write(REQUESTS[:2])) == 2


def test_gguf_conversion_is_cached_by_content(tiny_gguf, tmp_path: Path,
                                              monkeypatch: pytest.MonkeyPatch) -> None:
    path = tiny_gguf[0]
    LLMWriter(str(path)).load()
    entry = cache_dir() / "gguf" / file_sha256(path)
    marker = json.loads((entry / llm_loading.CONVERSION_MARKER).read_text())
    assert marker["sha256"] == file_sha256(path) and marker["gguf"] == path.name
    assert "quantization_config" not in json.loads((entry / "config.json").read_text())
    assert sorted(p.name for p in entry.parent.iterdir()) == [entry.name]

    # Later loads, of the same bytes under any name, come from the cache.
    def no_conversion(*_args):
        raise AssertionError("converted again")

    monkeypatch.setattr(llm_loading, "convert_gguf", no_conversion)
    copy = tmp_path / "renamed.gguf"
    copy.write_bytes(path.read_bytes())
    llm_loading.clear_loaded_models()
    loaded = LLMWriter(str(tmp_path), gguf_file="renamed.gguf").load()
    assert loaded.name == "renamed"
    assert Path(loaded.model.name_or_path) == entry


def test_gguf_file_inside_a_folder(tiny_gguf) -> None:
    path = tiny_gguf[0]
    writer = LLMWriter(str(path.parent), gguf_file=path.name)
    assert writer.source == LLMWriter(str(path)).source


def test_interrupted_conversion_leaves_no_cache_entry(tiny_gguf) -> None:
    path = tiny_gguf[0]
    for interruption in (RuntimeError("disk full"), KeyboardInterrupt()):
        def broken(_gguf: Path, out: Path, interruption=interruption) -> None:
            (out / "model.safetensors").write_bytes(b"half a model")
            raise interruption

        with pytest.raises(type(interruption)):
            llm_loading.converted_gguf_folder(path, convert=broken)
        assert list((cache_dir() / "gguf").iterdir()) == []

    calls = []

    def good(_gguf: Path, out: Path) -> None:
        calls.append(out)
        (out / "config.json").write_text("{}")

    entry = llm_loading.converted_gguf_folder(path, convert=good)
    assert (entry / "config.json").is_file() and (entry / llm_loading.CONVERSION_MARKER).is_file()
    assert llm_loading.converted_gguf_folder(path, convert=good) == entry
    assert len(calls) == 1


def test_an_entry_without_its_marker_is_rebuilt(tiny_gguf) -> None:
    path = tiny_gguf[0]
    entry = cache_dir() / "gguf" / file_sha256(path)
    entry.mkdir(parents=True)
    (entry / "leftover").write_text("?")

    def good(_gguf: Path, out: Path) -> None:
        (out / "config.json").write_text("{}")

    assert llm_loading.converted_gguf_folder(path, convert=good) == entry
    assert sorted(p.name for p in entry.iterdir()) == ["config.json", llm_loading.CONVERSION_MARKER]


def test_unsupported_gguf_architecture(tmp_path: Path) -> None:
    import gguf

    path = tmp_path / "odd.gguf"
    writer = gguf.GGUFWriter(str(path), "no-such-arch")
    writer.add_name("odd")
    writer.add_tensor("token_embd.weight", torch.zeros(4, 4).numpy())
    writer.write_header_to_file()
    writer.write_kv_data_to_file()
    writer.write_tensors_to_file()
    writer.close()
    with pytest.raises(ModelError) as error:
        LLMWriter(str(path)).load()
    assert "odd.gguf" in _one_line(error)
    assert not (cache_dir() / "gguf" / file_sha256(path)).exists()


# --- the cache folder ----------------------------------------------------------------------------

def test_cache_dir_precedence(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv("STUDYGEN_CACHE_DIR", str(tmp_path / "explicit"))
    assert cache_dir() == tmp_path / "explicit"
    monkeypatch.delenv("STUDYGEN_CACHE_DIR")
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "xdg"))
    assert cache_dir() == tmp_path / "xdg" / "studygen"
    monkeypatch.delenv("XDG_CACHE_HOME")
    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    assert cache_dir() == tmp_path / "home" / ".cache" / "studygen"


def test_atomic_folder_removes_stale_leftovers(tmp_path: Path) -> None:
    stale = tmp_path / ".entry.abc.partial"
    stale.mkdir()
    os.utime(stale, (0, 0))
    with atomic_folder(tmp_path / "entry") as tmp:
        (tmp / "file").write_text("x")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["entry"]
    assert (tmp_path / "entry" / "file").read_text() == "x"
