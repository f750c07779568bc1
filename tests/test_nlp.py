"""The analysis backends: the torch-only BERT encoder agrees with transformers, and gives each text the
same vector whatever it is embedded beside."""

from __future__ import annotations

import os

import numpy as np
import pytest

from studygen import nlp

TEXTS = [
    "Zillennials are the demographic cohort on the cusp of the millennial and Generation Z cohorts.",
    "Kim Jong-un",
    "the Fresnel lens",
    "",
    "x",
    "Caf\u00e9 na\u00efve \u00fcber \u65e5\u672c\u8a9e \U0001f600",
    "word " * 400,  # longer than EMBEDDING_MAX_TOKENS: truncated the same way
]


def test_thread_count_from_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("STUDYGEN_THREADS", "1")
    assert nlp._thread_count() == 1
    monkeypatch.setenv("STUDYGEN_THREADS", "999")
    assert nlp._thread_count() >= 1
    cores = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count() or 1
    monkeypatch.delenv("STUDYGEN_THREADS")
    assert nlp._thread_count() == cores
    monkeypatch.setenv("STUDYGEN_THREADS", "lots")
    assert nlp._thread_count() == cores


def test_torch_threads_wait_passively_unless_the_user_says_otherwise() -> None:
    import subprocess
    import sys

    code = "import os, studygen.nlp; print(os.environ['OMP_WAIT_POLICY'])"
    env = {k: v for k, v in os.environ.items() if k != "OMP_WAIT_POLICY"}
    assert subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True,
                          check=True).stdout.strip() == "PASSIVE"
    env["OMP_WAIT_POLICY"] = "ACTIVE"
    assert subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True,
                          check=True).stdout.strip() == "ACTIVE"


def test_a_folder_that_is_not_plain_bert_goes_to_transformers(tmp_path) -> None:
    (tmp_path / "config.json").write_text('{"model_type": "mpnet"}')
    assert not nlp.BertEncoder.supports(str(tmp_path))
    assert not nlp.BertEncoder.supports(str(tmp_path / "missing"))


@pytest.mark.slow
def test_bert_encoder_agrees_with_transformers() -> None:
    path = nlp.default_embedder_path()
    assert nlp.BertEncoder.supports(path)
    fast = nlp.Embedder(path)
    reference = nlp.Embedder(path)
    reference._vectors, reference.dim = nlp._transformers_backend(path)
    assert np.allclose(fast.embed(TEXTS), reference.embed(TEXTS), rtol=0, atol=1e-6)


@pytest.mark.slow
def test_a_text_gets_the_same_vector_whatever_it_is_embedded_beside() -> None:
    import torch

    model = nlp.Embedder(nlp.default_embedder_path())
    texts = TEXTS + [f"Sentence number {i} is about {'many ' * (i % 7)}things." for i in range(40)]
    together = model.embed(texts)
    threads = torch.get_num_threads()
    try:
        for count in (1, 2):
            torch.set_num_threads(count)
            for size in (1, 3, 17):
                model.clear_cache()
                parts = [model.embed(texts[i:i + size]) for i in range(0, len(texts), size)]
                assert np.array_equal(np.concatenate(parts), together), (count, size)
    finally:
        torch.set_num_threads(threads)


@pytest.mark.slow
def test_embeddings_are_unit_rows_cached_per_text() -> None:
    model = nlp.embedder()
    vectors = model.embed(["a cat", "a cat", "a dog"])
    assert vectors.shape == (3, 384) and vectors.dtype == np.float32
    assert np.allclose(np.linalg.norm(vectors, axis=1), 1.0, atol=1e-5)
    assert np.array_equal(vectors[0], vectors[1])
    assert model.embed([]).shape == (0, 384)
    nlp.clear_caches()
    assert np.array_equal(model.embed(["a cat"])[0], vectors[0])


@pytest.mark.slow
def test_the_cache_of_vectors_stays_bounded_and_forgetting_changes_no_vector(monkeypatch: pytest.MonkeyPatch) -> None:
    model = nlp.Embedder(nlp.default_embedder_path())
    texts = [f"Sentence number {i} is about {'many ' * (i % 7)}things." for i in range(30)]
    everything = model.embed(texts)
    monkeypatch.setattr(nlp, "MAX_CACHED_TEXTS", 8)
    model.clear_cache()
    # One call larger than the cache still returns every row.
    assert np.array_equal(model.embed(texts), everything)
    assert len(model._cache) == 8 and list(model._cache) == texts[-8:]  # the newest are kept
    again = np.concatenate([model.embed(texts[i:i + 5]) for i in range(0, 30, 5)])
    assert np.array_equal(again, everything) and len(model._cache) <= 8
