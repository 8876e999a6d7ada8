"""Every command's `--help` is Vietnamese (issue 22, item 6): none of click's English words, no made-up
defaults, no summary cut mid-sentence. Run as a reader runs it, through the installed command."""

from __future__ import annotations

import re
import subprocess
import sys

import pytest

from conftest import REPO

ENGLISH = re.compile(r"Usage:|Options:|Commands:|Arguments:|Show this message|Show the version|\[default:|required\]|"
                     r"\(dynamic\)|<=x|x>=|\b(TEXT|INTEGER|FLOAT|PATH|FILENAME|FILE|DIRECTORY|OPTIONS|COMMAND|ARGS|SLUGS|DEST|PATHS|COUNT)\b")


def _help(*command: str) -> str:
    run = subprocess.run([sys.executable, "-m", "guongsang", *command, "--help"], capture_output=True, text=True,
                         cwd=REPO, env={"COLUMNS": "100", "PATH": "/usr/bin:/bin"}, timeout=60)
    assert run.returncode == 0 and run.stderr == "", run.stderr
    return run.stdout


def _commands(text: str) -> list[str]:
    listed = text.split("\nLệnh:\n", 1)[1] if "\nLệnh:\n" in text else ""
    return re.findall(r"^  ([a-z][a-z-]*)  ", listed, re.M)


def test_the_top_help_lists_every_command_with_its_whole_summary() -> None:
    text = _help()
    assert text.startswith("Cách dùng: guongsang [TÙY_CHỌN] LỆNH [THAM_SỐ]...")
    assert ENGLISH.search(text) is None, ENGLISH.search(text)
    names = _commands(text)
    assert {"build", "check", "danh-muc", "demo", "import", "new", "print", "radio", "report", "schema", "serve", "zalo"} <= set(names)
    listed = text.split("\nLệnh:\n", 1)[1]
    assert "..." not in listed  # click cuts summaries at 45 characters with "..."
    # every summary ends a sentence: the row, with its wrapped lines, ends in "." (or "?" / ")")
    for row in re.split(r"\n(?=  [a-z])", listed.strip("\n")):
        assert row.rstrip().endswith((".", ")")), row


@pytest.mark.parametrize("command", ["build", "check", "danh-muc", "demo", "import", "new", "print", "print booklet", "print poster", "radio", "report", "schema", "serve",
                                     "zalo", "zalo publish"])
def test_each_command_help_is_vietnamese(command: str) -> None:
    text = _help(*command.split())
    assert text.startswith(f"Cách dùng: guongsang {command} [TÙY_CHỌN]")
    assert "\nTùy chọn:\n" in text and "-h, --help" in text and "Hiện hướng dẫn này rồi thoát." in text
    found = ENGLISH.search(text)
    assert found is None, f"{command}: {found.group(0)!r} in\n{text}"
    assert "(title)" not in text and "mặc định: (" not in text  # no default made up from an option's name


def test_ranges_and_defaults_read_as_vietnamese() -> None:
    text = _help("demo")
    assert "[mặc định: 100; từ 1 đến 200000]" in " ".join(text.split())
    assert "Cách dùng: guongsang demo [TÙY_CHỌN] THƯ_MỤC" in text
