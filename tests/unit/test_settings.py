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


@pytest.mark.parametrize("name", ["ALLIANCE_LOCAL_HEAP", "ALLIANCE_LOCAL_PAGE_CACHE"])
def test_memory_sizes_of_the_local_neo4j_come_from_the_environment(
        monkeypatch: pytest.MonkeyPatch, name: str) -> None:
    monkeypatch.setenv(name, "768m")
    assert getattr(Settings(), name.removeprefix("ALLIANCE_").lower()) == "768m"


@pytest.mark.parametrize("value", ["lots", "2 GB", "0g", "-1g"])
def test_an_invalid_memory_size_names_the_form_expected(monkeypatch: pytest.MonkeyPatch,
                                                        value: str) -> None:
    monkeypatch.setenv("ALLIANCE_LOCAL_PAGE_CACHE", value)
    with pytest.raises(ValidationError, match="local_page_cache") as raised:
        Settings()
    assert "expected a size" in str(raised.value) and "512m, 2g" in str(raised.value)
