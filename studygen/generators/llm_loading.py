"""Finding and loading the language model behind the LLM question writer.

A model is named by one of:

* a folder holding a Hugging Face model (``config.json``, weights, tokenizer files);
* a hub id (``org/name``) already in the local Hugging Face cache: nothing is downloaded unless
  ``STUDYGEN_ALLOW_DOWNLOAD=1`` is set;
* a GGUF file (``--model model.gguf``, or ``--model FOLDER_OR_ID --gguf-file NAME``).

Transformers reads a GGUF by dequantising every tensor to fp32, which takes tens of seconds for a
model of a billion parameters. The result is saved once, as an ordinary model folder, in studygen's
cache folder under the GGUF file's sha256 (``<cache>/gguf/<sha256>/``), so later loads take seconds.

Everything here is checked cheaply first (:func:`resolve`), so a wrong path fails at once with a
one-line :class:`~studygen.errors.ModelError`, before torch is imported.
"""

from __future__ import annotations

import importlib.util
import json
import logging
import os
import re
import shutil
import threading
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from studygen.cache import atomic_folder, cache_path, file_sha256
from studygen.errors import ModelError, ModelPathError

logger = logging.getLogger(__name__)

#: Set to 1 to let transformers download a hub id that is not in the local cache.
ALLOW_DOWNLOAD_ENV = "STUDYGEN_ALLOW_DOWNLOAD"
GGUF_MAGIC = b"GGUF"
#: Written last into a converted GGUF's cache folder; its presence means the entry is complete.
CONVERSION_MARKER = "studygen-gguf.json"
_INSTALL_HINT = "install it with: pip install 'studygen[llm]'"
# A hub id is "name" or "owner/name"; anything else (two slashes, ./, ~, a drive letter) is a path.
_HUB_ID = re.compile(r"^[A-Za-z0-9][\w.\-]*(/[\w.\-]+)?$")


def allow_download() -> bool:
    return os.environ.get(ALLOW_DOWNLOAD_ENV, "").strip().lower() in {"1", "true", "yes"}


@dataclass(frozen=True)
class ModelSource:
    """A model name resolved to where its files are. ``location`` is what ``from_pretrained`` gets
    (a folder or a hub id); ``gguf`` is the GGUF file when the model comes from one."""

    location: str
    name: str
    gguf: Path | None = None

    @property
    def is_hub_id(self) -> bool:
        return self.gguf is None and not Path(self.location).is_dir()


@dataclass
class LoadedModel:
    """A model ready to generate with, and its tokenizer."""

    model: Any
    tokenizer: Any
    is_encoder_decoder: bool
    name: str


def resolve(model: str, gguf_file: str | None = None) -> ModelSource:
    """Where ``model`` (and ``gguf_file``) are, without loading anything heavy.

    Raises :class:`ModelError` for a missing path, a file that is not GGUF, or a GGUF without the
    ``gguf`` package. Whether a hub id is in the local cache is only known when it is loaded.
    """
    model = (model or "").strip()
    if not model:
        raise ModelError("no model given; pass --model FOLDER, --model HUB_ID or --model FILE.gguf")
    path = Path(model).expanduser()
    if gguf_file:
        return _gguf_source(_find_gguf(model, path, gguf_file))
    if path.is_file():
        if path.suffix.lower() == ".gguf" or _has_gguf_magic(path):
            return _gguf_source(path)
        raise ModelPathError(f"model {model} is a file but not a GGUF file; "
                         "pass a model folder, a hub id or a .gguf file")
    if path.is_dir():
        folder = path.resolve()
        return ModelSource(location=str(folder), name=folder.name)
    if not _HUB_ID.match(model) or model.lower().endswith(".gguf"):
        raise ModelPathError(f"model path {model} does not exist")
    return ModelSource(location=model, name=model)


def _find_gguf(model: str, path: Path, gguf_file: str) -> Path:
    """The local path of ``--gguf-file`` inside the folder or the cached hub repo ``--model``."""
    if path.is_dir():
        candidate = path / gguf_file
        if candidate.is_file():
            return candidate
        if Path(gguf_file).expanduser().is_file():
            return Path(gguf_file).expanduser()
        raise ModelPathError(f"GGUF file {gguf_file} is not in the folder {model}")
    if path.is_file():
        raise ModelPathError(f"--gguf-file names a file inside --model's folder or hub repo, "
                         f"but {model} is a file")
    if not _HUB_ID.match(model):
        raise ModelPathError(f"model path {model} does not exist")
    from huggingface_hub import hf_hub_download

    try:
        return Path(hf_hub_download(model, gguf_file, local_files_only=not allow_download()))
    except (OSError, ValueError) as exc:
        raise ModelError(_not_cached_message(model, exc, what=f"GGUF file {gguf_file} of model")) from None


def _gguf_source(path: Path) -> ModelSource:
    if not path.is_file():
        raise ModelPathError(f"GGUF file {path} does not exist")
    if not _has_gguf_magic(path):
        raise ModelError(f"{path} is not a GGUF file (it does not start with the bytes 'GGUF')")
    for package in ("gguf", "accelerate"):
        if not _module_available(package):
            raise ModelError(f"loading a GGUF file needs the '{package}' package; {_INSTALL_HINT}")
    path = path.resolve()
    return ModelSource(location=str(path), name=path.stem, gguf=path)


def _has_gguf_magic(path: Path) -> bool:
    try:
        with open(path, "rb") as handle:
            return handle.read(len(GGUF_MAGIC)) == GGUF_MAGIC
    except OSError as exc:
        raise ModelError(f"cannot read {path}: {exc.strerror or exc}") from None


def _module_available(name: str) -> bool:
    return importlib.util.find_spec(name) is not None


def _not_cached_message(model: str, exc: BaseException, what: str = "model") -> str:
    if allow_download():
        return f"cannot download {what} '{model}': {_first_line(exc)}"
    return (f"{what} '{model}' is not a folder and not in the local Hugging Face cache; download it first "
            f"(for example: hf download {model}) or pass a folder; set {ALLOW_DOWNLOAD_ENV}=1 to let "
            "studygen download it")


def _first_line(exc: BaseException) -> str:
    text = str(exc).strip() or type(exc).__name__
    return text.splitlines()[0]


# --- loading, once per process -------------------------------------------------------------------

_lock = threading.Lock()
_loaded: dict[tuple[str, str | None], LoadedModel] = {}


def load_model(source: ModelSource) -> LoadedModel:
    """The model and tokenizer of ``source``, loaded once per process (a GGUF is converted once
    per machine)."""
    key = (source.location, str(source.gguf) if source.gguf else None)
    with _lock:
        if key not in _loaded:
            _loaded[key] = _load(source)
        return _loaded[key]


def clear_loaded_models() -> None:
    """Forget the models loaded so far (tests use it; memory comes back once nothing else holds them)."""
    with _lock:
        _loaded.clear()


def _quiet_transformers() -> None:
    from transformers.utils import logging as hf_logging

    hf_logging.set_verbosity_error()


def _load(source: ModelSource) -> LoadedModel:
    _quiet_transformers()
    if source.gguf is not None:
        location, local_only = str(converted_gguf_folder(source.gguf)), True
    else:
        location, local_only = source.location, not allow_download()
    import torch
    from transformers import AutoConfig, AutoTokenizer

    try:
        config = AutoConfig.from_pretrained(location, local_files_only=local_only)
    except OSError as exc:
        if source.is_hub_id:
            raise ModelError(_not_cached_message(source.location, exc)) from None
        raise ModelError(f"cannot load the model in {location}: {_first_line(exc)}") from None
    except ValueError as exc:
        raise ModelError(f"model {source.name!r} has a config transformers does not know: "
                         f"{_first_line(exc)}") from None
    auto_class = auto_model_class(config, source.name)
    try:
        tokenizer = AutoTokenizer.from_pretrained(location, local_files_only=local_only)
        # fp32: bf16 matmuls are slow on most CPUs, and fp32 keeps greedy decoding repeatable.
        model = auto_class.from_pretrained(location, local_files_only=local_only, dtype=torch.float32)
    except (OSError, ValueError, KeyError) as exc:
        raise ModelError(f"cannot load model {source.name!r}: {_first_line(exc)}") from None
    model.eval()
    return LoadedModel(model=model, tokenizer=tokenizer,
                       is_encoder_decoder=bool(getattr(config, "is_encoder_decoder", False)),
                       name=source.name)


def auto_model_class(config: Any, name: str) -> Any:
    """``AutoModelForSeq2SeqLM`` or ``AutoModelForCausalLM`` for ``config``; a :class:`ModelError`
    for a model that cannot write text (an encoder such as BERT, a classifier)."""
    from transformers import AutoModelForCausalLM, AutoModelForSeq2SeqLM
    from transformers.models.auto import modeling_auto

    auto_class: Any
    if getattr(config, "is_encoder_decoder", False):
        names, auto_class = modeling_auto.MODEL_FOR_SEQ_TO_SEQ_CAUSAL_LM_MAPPING_NAMES, AutoModelForSeq2SeqLM
    else:
        names, auto_class = modeling_auto.MODEL_FOR_CAUSAL_LM_MAPPING_NAMES, AutoModelForCausalLM
    model_type = getattr(config, "model_type", "") or "unknown"
    generative = {n for value in names.values() for n in ((value,) if isinstance(value, str) else value)}
    architectures = list(getattr(config, "architectures", None) or [])
    # A checkpoint saved as BertModel or *ForSequenceClassification has no trained language-model
    # head, even when transformers could bolt a random one on.
    if model_type not in names or (architectures and not any(a in generative for a in architectures)):
        described = architectures[0] if architectures else model_type
        raise ModelError(f"model {name!r} is a {described} model, which does not generate text; the LLM "
                         "writer needs a causal (decoder-only) or a sequence-to-sequence language model")
    return auto_class


# --- GGUF conversion, cached by content ----------------------------------------------------------

def converted_gguf_folder(gguf: Path, convert: Callable[[Path, Path], None] | None = None) -> Path:
    """A model folder with ``gguf`` dequantised, from the cache or made now (atomically).

    ``convert(gguf, folder)`` writes the model into ``folder``; it defaults to transformers' GGUF
    loader followed by ``save_pretrained``.
    """
    digest = file_sha256(gguf)
    target = cache_path("gguf", digest)
    if (target / CONVERSION_MARKER).is_file():
        return target
    if target.exists():
        # Not ours (entries are published whole): someone's half-deleted folder. Start again.
        shutil.rmtree(target, ignore_errors=True)
    logger.warning("converting %s for transformers (once; later runs load it from %s)", gguf.name, target)
    with atomic_folder(target) as tmp:
        (convert or convert_gguf)(gguf, tmp)
        from transformers import __version__ as transformers_version

        marker = {"gguf": gguf.name, "sha256": digest, "transformers": transformers_version}
        (tmp / CONVERSION_MARKER).write_text(json.dumps(marker, indent=2) + "\n", encoding="utf-8")
    return target


def convert_gguf(gguf: Path, out: Path) -> None:
    """Load ``gguf`` with transformers (dequantised to fp32) and save it as a model folder in ``out``."""
    _quiet_transformers()
    import torch
    from transformers import AutoConfig, AutoTokenizer

    folder, file_name = str(gguf.parent), gguf.name
    try:
        config = AutoConfig.from_pretrained(folder, gguf_file=file_name, local_files_only=True)
        auto_class = auto_model_class(config, gguf.name)
        tokenizer = AutoTokenizer.from_pretrained(folder, gguf_file=file_name, local_files_only=True)
        model = auto_class.from_pretrained(folder, gguf_file=file_name, local_files_only=True,
                                           dtype=torch.float32)
    except ModelError:
        raise
    except (OSError, ValueError, KeyError, NotImplementedError, ImportError) as exc:
        raise ModelError(f"cannot read GGUF file {gguf}: {_first_line(exc)}") from None
    # Transformers 5 keeps its GGUF quantizer on the model and would save the weights as "quantized";
    # they are plain fp32 now, and the folder must load as an ordinary checkpoint.
    model.hf_quantizer = None
    if hasattr(model.config, "quantization_config"):
        del model.config.quantization_config
    model.save_pretrained(out)
    tokenizer.save_pretrained(out)
