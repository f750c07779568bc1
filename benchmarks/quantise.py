"""Int8 and bfloat16 versions of the sentence encoder's linear layers, measured against the encoder studygen runs.

    python benchmarks/quantise.py [--sentences 1500] [--runs 3]

The encoder (MiniLM on ``studygen.nlp.BertEncoder``) spends nearly all its time in four matrix
products a layer. This script times the same sentences (the articles of the ranking data,
``benchmarks/data/ranking/articles.jsonl``) through the encoder as it is and three int8 versions of
those products, one thread each, and prints for each: the median time of ``--runs`` runs, its ratio
to float32 in the same run, how close its vectors are to float32's (cosine; change in the similarity
of sentence pairs, which is what splitting, ranking and duplicates read), and whether a sentence gets
the same vector alone as in a batch, which studygen needs for output that is the same whatever
``--jobs`` and the embedding cache hold.

- ``int8 per call``: ``torch.ops.quantized.linear_dynamic`` (fbgemm): weights per output channel,
  activations with one scale for the whole matrix of the call, so a text's vector depends on the
  texts embedded with it;
- ``int8 per text``: the same operation called once per text, so each text has its own scale;
- ``int8 per row``: ``torch._int_mm`` with one activation scale per token row;
- ``bfloat16``: the same four products with weights and activations in bfloat16 (no scale: each
  value is rounded alone), layer norms, attention and pooling in float32.
"""

from __future__ import annotations

import argparse
import json
import re
import statistics
import sys
import time
import warnings
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent


def sentences(limit: int) -> list[str]:
    out: list[str] = []
    for line in (ROOT / "benchmarks/data/ranking/articles.jsonl").read_text(encoding="utf-8").splitlines():
        text = json.loads(line)["text"]
        out.extend(s for s in re.split(r"(?<=[.!?])\s+", text) if len(s.split()) >= 3)
    return out[:limit]


def quantised_linears(encoder: Any, mode: str) -> Callable[..., Any]:
    """A stand-in for ``torch.nn.functional.linear`` that runs the encoder's layers in int8."""
    import torch

    warnings.filterwarnings("ignore", message=".*quantize_per_channel.*")
    warnings.filterwarnings("ignore", message=".*deprecated.*")
    plain = torch.nn.functional.linear
    table: dict[int, Any] = {}
    for layer in encoder.layers:
        for key in ("qkv", "out", "up", "down"):
            weight, bias = layer[key]
            if mode == "bf16":
                table[id(weight)] = (weight.to(torch.bfloat16), bias.to(torch.bfloat16))
                continue
            scale = (weight.abs().amax(1) / 127).clamp(min=1e-8)
            if mode == "row":
                table[id(weight)] = ((weight / scale[:, None]).round().clamp(-127, 127).to(torch.int8).t().contiguous(),
                                     scale)
            else:
                packed = torch.quantize_per_channel(weight, scale.double(), torch.zeros(len(scale), dtype=torch.long),
                                                    0, torch.qint8)
                table[id(weight)] = torch.ops.quantized.linear_prepack(packed, bias)

    def linear(x: Any, weight: Any, bias: Any = None) -> Any:
        found = table.get(id(weight))
        if found is None:
            return plain(x, weight, bias)
        if mode == "bf16":
            return plain(x.to(torch.bfloat16), *found).to(torch.float32)
        if mode == "row":
            matrix, scale = found
            x_scale = (x.abs().amax(1, keepdim=True) / 127).clamp(min=1e-8)
            product = torch._int_mm((x / x_scale).round().clamp(-127, 127).to(torch.int8), matrix)
            return product.to(torch.float32) * x_scale * scale + bias
        if mode == "text":
            rows = [torch.ops.quantized.linear_dynamic(x[a:b], found) for a, b in linear.segments]
            rows.append(torch.zeros(x.shape[0] - linear.segments[-1][1], found.unpack()[0].shape[0]))
            return torch.cat(rows)
        return torch.ops.quantized.linear_dynamic(x, found)

    linear.segments = []  # type: ignore[attr-defined]
    return linear


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sentences", type=int, default=1500)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--variants", default="call,text,row,bf16",
                        help="comma list of: call, text, row (the int8 forms), bf16")
    args = parser.parse_args(argv)

    import numpy as np
    import torch

    from studygen import nlp

    torch.set_num_threads(1)
    texts = sentences(args.sentences)
    embedder = nlp.Embedder(nlp.default_embedder_path())
    encoder = nlp.BertEncoder(nlp.default_embedder_path())
    plain_encode = encoder.encode

    def run(mode: str) -> tuple[float, Any, bool]:
        functional = torch.nn.functional
        original = functional.linear
        if mode != "fp32":
            linear = quantised_linears(encoder, mode)

            def encode(sequences: list[list[int]]) -> Any:
                starts = np.cumsum([0, *map(len, sequences)])
                linear.segments = list(zip(starts[:-1], starts[1:], strict=True))  # type: ignore[attr-defined]
                return plain_encode(sequences)

            functional.linear = linear
            encoder.encode = encode  # type: ignore[method-assign]
        embedder._vectors, _ = nlp._bert_backend(nlp.default_embedder_path(), encoder)
        try:
            times = []
            for _ in range(args.runs):
                embedder.clear_cache()
                start = time.perf_counter()
                vectors = embedder.embed(texts)
                times.append(time.perf_counter() - start)
            embedder.clear_cache()
            alone = embedder.embed(texts[5:6])[0]
            embedder.clear_cache()
            same = bool((embedder.embed(texts[:50])[5] == alone).all())
        finally:
            functional.linear = original
            encoder.encode = plain_encode  # type: ignore[method-assign]
        return statistics.median(times), vectors, same

    print(f"{len(texts)} sentences, {sum(len(t.split()) for t in texts)} words, one thread, "
          f"median of {args.runs} runs")
    print(f"{'encoder':16} {'s':>7} {'ratio':>6} {'cos min':>8} {'cos med':>8} {'pair diff p50':>14} "
          f"{'p99':>7} {'same alone/batch':>17}")
    base_time, base, base_same = run("fp32")
    rng = np.random.default_rng(0)
    i, j = rng.integers(0, len(texts), 5000), rng.integers(0, len(texts), 5000)
    base_pairs = (base[i] * base[j]).sum(1)
    print(f"{'float32':16} {base_time:7.2f} {1.0:6.2f} {1.0:8.4f} {1.0:8.4f} {0.0:14.4f} {0.0:7.4f} "
          f"{str(base_same):>17}")
    for mode, name in (("call", "int8 per call"), ("text", "int8 per text"), ("row", "int8 per row"),
                       ("bf16", "bfloat16")):
        if mode not in args.variants.split(","):
            continue
        seconds, vectors, same = run(mode)
        cosine = (vectors * base).sum(1)
        diff = np.abs((vectors[i] * vectors[j]).sum(1) - base_pairs)
        print(f"{name:16} {seconds:7.2f} {seconds / base_time:6.2f} {cosine.min():8.4f} {np.median(cosine):8.4f} "
              f"{np.median(diff):14.4f} {np.percentile(diff, 99):7.4f} {str(same):>17}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
