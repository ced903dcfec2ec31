from __future__ import annotations

import pytest

from intervisie_desktop.domain.coach import Coach
from intervisie_desktop.domain.methods import MethodLibrary


@pytest.fixture(scope="session")
def coach(library: MethodLibrary) -> Coach:
    return Coach(library.common_rules)
