"""No network, ever: no network module is imported anywhere in the app, and the
session-wide tripwire (tests/conftest.py) really fires."""

from __future__ import annotations

import ast
import contextlib
import socket
from pathlib import Path
from typing import Any

import pytest

PACKAGE = Path(__file__).resolve().parent.parent / "intervisie_desktop"

BANNED = (
    "socket",
    "ssl",
    "http.client",
    "http.server",
    "urllib.request",
    "urllib3",
    "requests",
    "httpx",
    "aiohttp",
    "ftplib",
    "smtplib",
    "poplib",
    "imaplib",
    "telnetlib",
    "xmlrpc",
    "websocket",
    "websockets",
)
QT_NETWORK = "PySide6.QtNetwork"
QT_NETWORK_ALLOWED = frozenset({"QLocalServer", "QLocalSocket"})  # single-instance check


def _banned(module: str) -> bool:
    return any(module == b or module.startswith(b + ".") for b in BANNED)


def _from_import(node: ast.ImportFrom) -> list[str]:
    module = node.module or ""
    names = [alias.name for alias in node.names]
    if module == QT_NETWORK:
        return [f"{module}.{n}" for n in names if n not in QT_NETWORK_ALLOWED]
    if module == "PySide6" and "QtNetwork" in names:
        return ["PySide6.QtNetwork (the whole module)"]
    if _banned(module):
        return [module]
    # "from urllib import request", "from http import client"
    return [f"{module}.{n}" for n in names if _banned(f"{module}.{n}")]


def _dynamic_import(node: ast.Call) -> str | None:
    """``importlib.import_module("socket")`` or ``__import__("ssl")`` with a literal name."""
    func = node.func
    called = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")
    if called not in ("import_module", "__import__") or not node.args:
        return None
    first: Any = node.args[0]
    if isinstance(first, ast.Constant) and isinstance(first.value, str):
        name: str = first.value
        if _banned(name) or name.startswith(QT_NETWORK):
            return name
    return None


def network_imports(path: Path) -> list[str]:
    """``file:line: module`` for every network import in one Python file."""
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    found: list[str] = []
    for node in ast.walk(tree):
        modules: list[str] = []
        if isinstance(node, ast.Import):
            for alias in node.names:
                if _banned(alias.name) or alias.name == QT_NETWORK:
                    modules.append(alias.name)
        elif isinstance(node, ast.ImportFrom):
            modules = _from_import(node)
        elif isinstance(node, ast.Call):
            dynamic = _dynamic_import(node)
            modules = [dynamic] if dynamic else []
        found += [f"{path.name}:{getattr(node, 'lineno', 0)}: {m}" for m in modules]
    return found


def test_the_app_imports_no_network_module() -> None:
    files = sorted(PACKAGE.rglob("*.py"))
    assert len(files) > 20
    violations = [v for f in files for v in network_imports(f)]
    assert violations == []


@pytest.mark.parametrize(
    "planted",
    [
        "import socket",
        "import urllib.request",
        "from urllib import request",
        "from urllib.request import urlopen",
        "import http.client as h",
        "from http import client",
        "import requests",
        "import httpx",
        "import ssl",
        "from PySide6.QtNetwork import QNetworkAccessManager",
        "from PySide6.QtNetwork import QLocalSocket, QTcpSocket",
        "from PySide6 import QtNetwork",
        "import PySide6.QtNetwork",
        "def f():\n    import socket",
        "import importlib\nimportlib.import_module('socket')",
        "__import__('ssl')",
    ],
)
def test_the_checker_catches_a_planted_import(tmp_path: Path, planted: str) -> None:
    module = tmp_path / "planted.py"
    module.write_text(f'"""A module that talks to the network."""\n{planted}\n', encoding="utf-8")
    assert network_imports(module), planted


@pytest.mark.parametrize(
    "allowed",
    [
        "from PySide6.QtNetwork import QLocalServer, QLocalSocket",
        "import urllib.parse",
        "from http import HTTPStatus",
        "import json",
    ],
)
def test_the_checker_allows_local_only_modules(tmp_path: Path, allowed: str) -> None:
    module = tmp_path / "fine.py"
    module.write_text(f"{allowed}\n", encoding="utf-8")
    assert network_imports(module) == []


def test_the_tripwire_fires_on_a_connection(network_tripwire: Any) -> None:
    with (
        socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock,
        pytest.raises(RuntimeError, match="network use in a test"),
    ):
        sock.connect(("127.0.0.1", 9))
    assert network_tripwire.take()  # acknowledged, so this test itself passes


def test_the_tripwire_fires_on_a_name_lookup(network_tripwire: Any) -> None:
    with pytest.raises(RuntimeError, match="network use in a test"):
        socket.getaddrinfo("example.org", 443)
    with pytest.raises(RuntimeError, match="network use in a test"):
        socket.gethostbyname("localhost")
    assert len(network_tripwire.take()) == 2


def test_the_tripwire_fires_even_when_the_error_is_swallowed(network_tripwire: Any) -> None:
    with contextlib.suppress(Exception):  # what careless app code might do
        socket.create_connection(("127.0.0.1", 9), timeout=1)
    assert network_tripwire.take(), "the autouse fixture would fail such a test"


def test_local_sockets_are_allowed() -> None:
    left, right = socket.socketpair(socket.AF_UNIX)
    with left, right:
        left.sendall(b"ping")
        assert right.recv(4) == b"ping"
