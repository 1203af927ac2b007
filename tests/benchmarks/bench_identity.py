"""Benchmark: what a signature costs (issue 13, parts 1 and 2).

    .venv/bin/python -m pytest tests/benchmarks/bench_identity.py --benchmark-only -p no:cacheprovider

Baselines measured in the same run: SHA-256 of the same 1 KB payload (what the register
already does for every event), and a bare interpreter start (`python -c pass`) for the
cost of importing `cryptography`'s Ed25519 module, which only the moment of a signature
pays. The PKCS#8 `BestAvailableEncryption` open is measured beside scrypt to show why
it was not chosen (PBKDF2 at 2048 iterations: a guesser's cost per try is that small).
"""

from __future__ import annotations

import hashlib
import subprocess
import sys
from pathlib import Path

import pytest

from requestdesk.identity import Holder, Keyring, signing_bytes, verify

PAYLOAD = bytes(range(256)) * 4  # 1 KB
PASSPHRASE = "correct horse battery"


@pytest.fixture(scope="module")
def key(tmp_path_factory):
    folder = Path(tmp_path_factory.mktemp("bench")) / "keys"
    return Keyring(folder).create(Holder.checked("П. П. Петров", "supervisor"), PASSPHRASE)


@pytest.fixture(scope="module")
def unlocked(key):
    return key.unlock(PASSPHRASE, minutes=60)


def test_baseline_sha256_of_1kb(benchmark):
    benchmark.group = "sign 1 KB"
    benchmark(lambda: hashlib.sha256(PAYLOAD).digest())


def test_sign_1kb(benchmark, unlocked):
    benchmark.group = "sign 1 KB"
    benchmark(unlocked.sign, PAYLOAD)


def test_verify_1kb(benchmark, unlocked):
    benchmark.group = "sign 1 KB"
    signature = unlocked.sign(PAYLOAD)
    assert benchmark(verify, unlocked.public_key, signature, PAYLOAD)


def test_sign_a_json_payload(benchmark, unlocked):
    benchmark.group = "sign 1 KB"
    payload = {"request": "f" * 64, "enclosures": ["a" * 64] * 10, "decision": "approved", "note": "б" * 300}
    benchmark(unlocked.sign_payload, "approval", payload)


def test_unlock_at_the_shipped_scrypt_cost(benchmark, key):
    benchmark.group = "unlock"
    benchmark.pedantic(key.unlock, args=(PASSPHRASE,), rounds=5, iterations=1)


def test_pkcs8_best_available_encryption_open_for_comparison(benchmark):
    benchmark.group = "unlock"
    from cryptography.hazmat.primitives import serialization as s
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

    der = Ed25519PrivateKey.generate().private_bytes(s.Encoding.DER, s.PrivateFormat.PKCS8,
                                                     s.BestAvailableEncryption(PASSPHRASE.encode()))
    benchmark(s.load_der_private_key, der, PASSPHRASE.encode())


def _python(code: str) -> None:
    subprocess.run([sys.executable, "-c", code], check=True)


def test_baseline_interpreter_start(benchmark):
    benchmark.group = "import"
    benchmark.pedantic(_python, args=("pass",), rounds=15, iterations=1)


def test_interpreter_start_importing_ed25519(benchmark):
    benchmark.group = "import"
    benchmark.pedantic(_python, args=("import cryptography.hazmat.primitives.asymmetric.ed25519",), rounds=15, iterations=1)


def test_interpreter_start_importing_requestdesk_identity(benchmark):
    """The identity package itself, as the window imports it: cryptography stays unloaded."""
    benchmark.group = "import"
    benchmark.pedantic(_python, args=("import sys, requestdesk.identity; assert 'cryptography' not in sys.modules",),
                       rounds=15, iterations=1)


def test_signing_bytes_of_a_json_payload(benchmark):
    benchmark.group = "sign 1 KB"
    payload = {"data": PAYLOAD.hex()[:1000]}
    benchmark(signing_bytes, "approval", payload)
