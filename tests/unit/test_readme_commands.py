"""Every command and option the README names exists, and answers --help.

A refactor that drops a documented command (as `alliance ingest page` once was) fails here.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest
import typer
from typer.testing import CliRunner

from cli.main import app

README = Path(__file__).resolve().parents[2] / "README.md"
ROOT = typer.main.get_command(app)


def _is_group(command: Any) -> bool:
    # typer vendors its own click, so groups are told by what they have, not by their class
    return hasattr(command, "commands")


def documented_commands() -> list[tuple[list[str], list[str]]]:
    """(command path, options) for each `alliance …` written in backticks in the README.

    Alternatives written with `|` (`alliance db start | stop`) are each checked.
    """
    found = []
    for snippet in re.findall(r"`(alliance [^`]+)`", README.read_text(encoding="utf-8")):
        words = [w for w in re.split(r"[\s|\\]+", snippet)[1:] if w]
        path: list[str] = []
        group: Any = ROOT
        i = 0
        while (i < len(words) and _is_group(group)
               and words[i] in group.commands):
            path.append(words[i])
            group = group.commands[words[i]]
            i += 1
        if _is_group(group) and i < len(words) and re.fullmatch(r"[a-z][a-z-]*", words[i]):
            path.append(words[i])  # a documented subcommand that does not exist: resolve fails
            i += 1
        found.append((path, re.findall(r"(--[a-z][a-z-]*)", snippet)))
        parent = _walk(path[:-1])
        if _is_group(parent):
            for word in words[i:]:
                if word in parent.commands and word != path[-1]:
                    found.append(([*path[:-1], word], []))
    return found


def _walk(path: list[str]) -> Any:
    command: Any = ROOT
    for word in path:
        command = command.commands.get(word) if _is_group(command) else None
    return command


def resolve(path: list[str]) -> Any:
    command: Any = ROOT
    for word in path:
        assert _is_group(command) and word in command.commands, (
            f"`alliance {' '.join(path)}` is documented in the README but does not exist")
        command = command.commands[word]
    return command


def test_the_readme_documents_commands_at_all() -> None:
    paths = {" ".join(p) for p, _ in documented_commands()}
    assert {"run", "ingest page", "ingest iati", "gaps", "db start", "serve"} <= paths


@pytest.mark.parametrize(("path", "options"), documented_commands(),
                         ids=lambda v: " ".join(v) if isinstance(v, list) else str(v))
def test_documented_command_exists_with_its_options_and_answers_help(
        path: list[str], options: list[str]) -> None:
    command = resolve(path)
    if not _is_group(command):
        known = {o for p in command.params for o in (*p.opts, *p.secondary_opts)}
        for option in options:
            assert option in known, (f"`alliance {' '.join(path)}` has no option {option} "
                                     f"(it has {sorted(known)})")
    result = CliRunner().invoke(app, [*path, "--help"])
    assert result.exit_code == 0, result.output
    assert "Usage" in result.output
