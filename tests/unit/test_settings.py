"""Settings from the environment: each read once, typed, and an invalid value names the range."""

from __future__ import annotations

import pytest
from pydantic import ValidationError

from graph.settings import Settings


def test_read_staleness_comes_from_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    assert Settings().read_staleness == 1.0
    monkeypatch.setenv("ALLIANCE_READ_STALENESS", "0.25")
    assert Settings().read_staleness == 0.25
    monkeypatch.setenv("ALLIANCE_READ_STALENESS", "0")
    assert Settings().read_staleness == 0


@pytest.mark.parametrize(("value", "expected"), [
    ("-1", "greater than or equal to 0"),
    ("3600", "less than or equal to 60"),
    ("soon", "a valid number"),
])
def test_an_invalid_read_staleness_names_what_is_valid(monkeypatch: pytest.MonkeyPatch,
                                                       value: str, expected: str) -> None:
    monkeypatch.setenv("ALLIANCE_READ_STALENESS", value)
    with pytest.raises(ValidationError, match="read_staleness") as raised:
        Settings()
    assert expected in str(raised.value)
