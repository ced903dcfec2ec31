"""Encryption at rest, optional per data folder.

A random 256-bit data key encrypts every file with AES-GCM (a fresh 12-byte
random nonce per write; the visible header with format, version and the file's
name is authenticated, so a file cannot be swapped for another). The data key
itself is stored in ``key.json``, wrapped by a key derived from the passphrase
with Argon2id (at least 64 MiB and 3 passes). Changing the passphrase re-wraps
the data key only. A lost passphrase means lost notes: there is no back door.

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
from typing import TYPE_CHECKING, Literal

from pydantic import BaseModel, ConfigDict, Field

from intervisie_desktop.store.atomic import write_atomic
from intervisie_desktop.store.envelope import (
    ENCRYPTED_MAGIC,
    DataFileError,
    FileKind,
    encode_file,
    read_kind,
)
from intervisie_desktop.store.files import TEMP_DIR

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


KEY_FILE = "key.json"
MIN_MEMORY_KIB = 65536  # 64 MiB
MIN_ITERATIONS = 3
LANES = 4
NONCE_BYTES = 12
KEY_BYTES = 32
SALT_BYTES = 16
MIN_PASSPHRASE_LENGTH = 8
_MAX_HEADER = 1024


class EncryptionError(Exception):
    """Something about the encryption went wrong; ``str()`` says what in plain words."""


class WrongPassphraseError(EncryptionError):
    def __init__(self) -> None:
        super().__init__("The passphrase is not correct. Nothing was changed.")


class WeakPassphraseError(EncryptionError):
    def __init__(self) -> None:
        super().__init__(
            f"A passphrase needs at least {MIN_PASSPHRASE_LENGTH} characters. "
            "Remember it well: without it the notes cannot be read."
        )


class KeyFileError(EncryptionError):
    """The key file is missing or damaged."""


class KeyFileData(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    kdf: Literal["argon2id"] = "argon2id"
    salt: str
    memory_cost: int = Field(ge=MIN_MEMORY_KIB, le=4 * 1024 * 1024)
    iterations: int = Field(ge=MIN_ITERATIONS, le=100)
    lanes: int = Field(ge=1, le=64)
    key_id: str = Field(pattern=r"^[0-9a-f]{16}$")
    nonce: str
    wrapped_key: str


KEY_KIND = FileKind("intervisie-desktop/key", 1, KeyFileData, "key", indent=2)


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
        """The visible header and the plaintext; ``ValueError`` says why not."""
        end = blob.find(b"\n", len(ENCRYPTED_MAGIC), len(ENCRYPTED_MAGIC) + _MAX_HEADER)
        if end < 0:
            raise ValueError("it is damaged (its encryption header is missing)")
        head = blob[: end + 1]
        try:
            header = json.loads(head[len(ENCRYPTED_MAGIC) :])
        except ValueError:
            header = None
        if not isinstance(header, dict):
            raise ValueError("it is damaged (its encryption header cannot be read)")
        if header.get("name") != name:
            raise ValueError("it belongs somewhere else in the data folder")
        body = blob[end + 1 :]
        if len(body) < NONCE_BYTES + 16:
            raise ValueError("it is cut off: the end of the file is missing")
        nonce, sealed = body[:NONCE_BYTES], body[NONCE_BYTES:]
        try:
            plaintext = self._aead.decrypt(nonce, sealed, head + name.encode("utf-8"))
        except _invalid_tag():
            raise ValueError("it is damaged or was changed (the encryption check failed)") from None
        return header, plaintext


def is_encrypted_folder(root: Path) -> bool:
    """Whether the data folder has a key (so the app must ask for the passphrase)."""
    return (root / KEY_FILE).is_file()


def _read_key_file(root: Path) -> tuple[KeyFileData, KdfParams]:
    path = root / KEY_FILE
    try:
        key_file = read_kind(KEY_KIND, path, KEY_FILE).data
        params = KdfParams(
            _unb64(key_file.salt), key_file.memory_cost, key_file.iterations, key_file.lanes
        )
        _unb64(key_file.nonce)
        _unb64(key_file.wrapped_key)
    except DataFileError as exc:
        raise KeyFileError(
            f"{exc} Without the key file the encrypted notes in this folder cannot be read."
        ) from exc
    except ValueError as exc:
        raise KeyFileError(
            f"The file {KEY_FILE} is damaged. "
            "Without it the encrypted notes in this folder cannot be read."
        ) from exc
    return key_file, params


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
    """Atomic, and deliberately without a backup: an old copy would still open with
    the old passphrase, which is what changing it is meant to stop."""
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
    content = encode_file(KEY_KIND, key_file, KEY_FILE)
    write_atomic(root / KEY_FILE, content, temp_dir=root / TEMP_DIR, name=KEY_FILE)


def create_key(root: Path, passphrase: str) -> FileCipher:
    """Set up encryption: a new data key wrapped by ``passphrase``. Slow, like :func:`unlock`.

    Only the key is created; :meth:`DataFolder.enable_encryption` also encrypts
    the files already there.
    """
    if is_encrypted_folder(root):
        raise EncryptionError("This data folder is already encrypted.")
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
