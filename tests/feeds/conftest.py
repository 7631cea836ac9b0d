"""The feeds' tests read the example Huis as the model holds it on the test day (sitebuild.DAY).

`huis`: loaded once per module (a test that needs another day or Huis replaces it with
`dataclasses.replace`, or its module defines a `huis` of its own: a day of its own, a folder)."""

from __future__ import annotations

import pytest

from testkit.sitebuild import DAY, ROOT
from zondermuren.model import building
from zondermuren.model.huis import Huis


@pytest.fixture(scope="module")
def huis() -> Huis:
    loaded, _ = building.load(ROOT, DAY)
    return loaded
