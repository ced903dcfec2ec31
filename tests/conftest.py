"""Shared fixtures. Qt runs offscreen: no screen is needed and none is touched."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest

from intervisie_desktop.domain.methods import MethodLibrary, load_method_library


@pytest.fixture(scope="session")
def library() -> MethodLibrary:
    return load_method_library()
