"""Encryption at rest, optional per data folder.

A random 256-bit data key encrypts every file with AES-GCM (a fresh 12-byte
random nonce per write; the visible header with format, version and the file's
name is authenticated, so a file cannot be swapped for another). The data key
itself is stored in ``key.json`` (with a backup, see :mod:`key_file`), wrapped
by a key derived from the passphrase with Argon2id (at least 64 MiB and 3
passes). Changing the passphrase re-wraps the data key only. A lost passphrase
means lost notes: there is no back door.

Deriving the key is slow on purpose; :func:`unlock` is a plain function the UI
runs off its own thread. Nothing here writes a file unless asked to create or
re-wrap the key, and a wrong passphrase never gets that far.
"""

from __future__ import annotations

import base64
import json
import os
import secrets
import unicodedata
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from intervisie_desktop.store import key_file as keys
from intervisie_desktop.store.envelope import ENCRYPTED_MAGIC, DataFileError, MissingFileError
from intervisie_desktop.store.key_file import (
    KEY_FILE,
    KEY_KIND,
    MIN_ITERATIONS,
    MIN_MEMORY_KIB,
    KeyFileData,
)
from intervisie_desktop.store.problems import Code, ParamValue, technical

if TYPE_CHECKING:
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM


def _aesgcm(key: bytes) -> AESGCM:
    """``cryptography`` is loaded only when a folder is really encrypted (it costs about
    40 ms and 10 MB at start-up otherwise)."""
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM  # noqa: PLC0415

    return AESGCM(key)


def _invalid_tag() -> type[Exception]:
    from cryptography.exceptions import InvalidTag  # noqa: PLC0415

    return InvalidTag


__all__ = ["KEY_FILE", "KEY_KIND", "MIN_ITERATIONS", "MIN_MEMORY_KIB", "KeyFileData"]

LANES = 4
NONCE_BYTES = 12
KEY_BYTES = 32
SALT_BYTES = 16
MIN_PASSPHRASE_LENGTH = 8
_MAX_HEADER = 1024


class EncryptionError(Exception):
    """Something about the encryption went wrong: ``code`` and ``params`` say what."""

    def __init__(self, code: Code, **params: ParamValue) -> None:
        super().__init__(technical(code, "encryption", params))
        self.code = code
        self.params: dict[str, ParamValue] = dict(params)


class WrongPassphraseError(EncryptionError):
    def __init__(self) -> None:
        super().__init__(Code.WRONG_PASSPHRASE)


class WeakPassphraseError(EncryptionError):
    def __init__(self) -> None:
        super().__init__(Code.WEAK_PASSPHRASE, minimum=MIN_PASSPHRASE_LENGTH)


class KeyFileError(EncryptionError):
    """The key file is missing (``KEY_MISSING``) or damaged (``KEY_DAMAGED``, with the
    file's own problem as ``reason``); ``backup``: a good backup of it is there."""


class PassphraseRequiredError(EncryptionError):
    def __init__(self) -> None:
        super().__init__(Code.PASSPHRASE_REQUIRED)


@dataclass(frozen=True)
class KdfParams:
    """Argon2id settings; the minimums hold for every key file, also a tampered one."""

    salt: bytes
    memory_cost: int = MIN_MEMORY_KIB
    iterations: int = MIN_ITERATIONS
    lanes: int = LANES

    def derive(self, passphrase: str) -> bytes:
        from cryptography.hazmat.primitives.kdf.argon2 import Argon2id  # noqa: PLC0415

        secret = unicodedata.normalize("NFC", passphrase).encode("utf-8")
        kdf = Argon2id(
            salt=self.salt,
            length=KEY_BYTES,
            iterations=self.iterations,
            lanes=self.lanes,
            memory_cost=self.memory_cost,
        )
        return kdf.derive(secret)


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _unb64(text: str) -> bytes:
    return base64.b64decode(text.encode("ascii"), validate=True)


def _wrap_aad(key_id: str, params: KdfParams) -> bytes:
    fields = (KEY_KIND.format, key_id, params.memory_cost, params.iterations, params.lanes)
    return "|".join(str(f) for f in fields).encode() + b"|" + params.salt


class FileCipher:
    """Encrypts and decrypts whole files with the folder's data key."""

    def __init__(self, data_key: bytes, key_id: str) -> None:
        if len(data_key) != KEY_BYTES:
            raise ValueError("a data key has 32 bytes")
        self._aead = _aesgcm(data_key)
        self.key_id = key_id

    def seal(self, header: Mapping[str, object], plaintext: bytes, name: str) -> bytes:
        line = json.dumps({**header, "name": name}, sort_keys=True, separators=(",", ":"))
        head = ENCRYPTED_MAGIC + line.encode("utf-8") + b"\n"
        nonce = os.urandom(NONCE_BYTES)
        return head + nonce + self._aead.encrypt(nonce, plaintext, head + name.encode("utf-8"))

    def open(self, blob: bytes, name: str) -> tuple[dict[str, object], bytes]:
        """The visible header and the plaintext; :class:`DataFileError` says why not."""
        end = blob.find(b"\n", len(ENCRYPTED_MAGIC), len(ENCRYPTED_MAGIC) + _MAX_HEADER)
        if end < 0:
            raise DataFileError(name, Code.ENCRYPTION_HEADER)
        head = blob[: end + 1]
        try:
            header = json.loads(head[len(ENCRYPTED_MAGIC) :])
        except ValueError:
            header = None
        if not isinstance(header, dict):
            raise DataFileError(name, Code.ENCRYPTION_HEADER)
        if header.get("name") != name:
            raise DataFileError(name, Code.WRONG_PLACE)
        body = blob[end + 1 :]
        if len(body) < NONCE_BYTES + 16:
            raise DataFileError(name, Code.CUT_OFF)
        nonce, sealed = body[:NONCE_BYTES], body[NONCE_BYTES:]
        try:
            plaintext = self._aead.decrypt(nonce, sealed, head + name.encode("utf-8"))
        except _invalid_tag():
            raise DataFileError(name, Code.TAMPERED) from None
        return header, plaintext


def is_encrypted_folder(root: Path) -> bool:
    """Whether the data folder is encrypted (so the app must ask for the passphrase, or
    report its missing key): from the key file, its backup or the files themselves."""
    return keys.looks_encrypted(root)


def _read_key_file(root: Path) -> tuple[KeyFileData, KdfParams]:
    try:
        key_file, _ = keys.read_key(root / KEY_FILE)
        params = KdfParams(
            _unb64(key_file.salt), key_file.memory_cost, key_file.iterations, key_file.lanes
        )
        _unb64(key_file.nonce)
        _unb64(key_file.wrapped_key)
    except MissingFileError:
        raise KeyFileError(Code.KEY_MISSING, backup=has_key_backup(root)) from None
    except DataFileError as exc:
        raise KeyFileError(
            Code.KEY_DAMAGED, reason=exc.reason.value, backup=has_key_backup(root)
        ) from None
    except ValueError:
        raise KeyFileError(
            Code.KEY_DAMAGED, reason="damaged", backup=has_key_backup(root)
        ) from None
    return key_file, params


def has_key_backup(root: Path) -> bool:
    return keys.good_backup(root) is not None


def restore_key_from_backup(root: Path) -> None:
    """After the user agreed: the key file back from its backup (a damaged one is moved
    into quarantine first). Raises :class:`KeyFileError` when there is no good backup."""
    try:
        keys.restore_from_backup(root)
    except DataFileError:
        raise KeyFileError(Code.KEY_MISSING, backup=False) from None


def key_id(root: Path) -> str:
    """The folder key's id (quick: no key derivation), to match a cipher to its folder."""
    return _read_key_file(root)[0].key_id


def _unwrap_data_key(root: Path, passphrase: str) -> tuple[bytes, str]:
    key_file, params = _read_key_file(root)
    try:
        data_key = _aesgcm(params.derive(passphrase)).decrypt(
            _unb64(key_file.nonce),
            _unb64(key_file.wrapped_key),
            _wrap_aad(key_file.key_id, params),
        )
    except _invalid_tag():
        raise WrongPassphraseError() from None
    return data_key, key_file.key_id


def unlock(root: Path, passphrase: str) -> FileCipher:
    """The folder's cipher, or :class:`WrongPassphraseError`. Slow: run it off the UI thread.

    Reads ``key.json`` only; never writes anything.
    """
    return FileCipher(*_unwrap_data_key(root, passphrase))


def _write_key_file(root: Path, passphrase: str, data_key: bytes, key_id: str) -> None:
    """Atomic; its one backup is replaced too, so an old passphrase opens no copy."""
    params = KdfParams(secrets.token_bytes(SALT_BYTES))
    nonce = os.urandom(NONCE_BYTES)
    wrapped = _aesgcm(params.derive(passphrase)).encrypt(nonce, data_key, _wrap_aad(key_id, params))
    key_file = KeyFileData(
        salt=_b64(params.salt),
        memory_cost=params.memory_cost,
        iterations=params.iterations,
        lanes=params.lanes,
        key_id=key_id,
        nonce=_b64(nonce),
        wrapped_key=_b64(wrapped),
    )
    keys.write_key(root, key_file)


def create_key(root: Path, passphrase: str) -> FileCipher:
    """Set up encryption: a new data key wrapped by ``passphrase``. Slow, like :func:`unlock`.

    Only the key is created; :meth:`DataFolder.enable_encryption` also encrypts
    the files already there.
    """
    if is_encrypted_folder(root):
        raise EncryptionError(Code.ALREADY_ENCRYPTED)
    if len(passphrase) < MIN_PASSPHRASE_LENGTH:
        raise WeakPassphraseError()
    data_key = secrets.token_bytes(KEY_BYTES)  # what AESGCM.generate_key does
    key_id = secrets.token_hex(8)
    _write_key_file(root, passphrase, data_key, key_id)
    return FileCipher(data_key, key_id)


def change_passphrase(root: Path, old: str, new: str) -> FileCipher:
    """Re-wrap the data key with a new passphrase; the files stay as they are.

    A wrong ``old`` passphrase raises before anything is written.
    """
    if len(new) < MIN_PASSPHRASE_LENGTH:
        raise WeakPassphraseError()
    data_key, key_id = _unwrap_data_key(root, old)
    _write_key_file(root, new, data_key, key_id)
    return FileCipher(data_key, key_id)
