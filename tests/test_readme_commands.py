"""Every command the README (in Vietnamese) gives works as written (issue 22, item 1).

The commands of its shell blocks are run in order, as an officer following it would, on a copy of the
sample: the profile `new` writes is then checked, the list `import` reads is one the test fills in from
the template the README made, `zalo publish` talks to a local stand-in for Zalo's API. Each must end with
the exit code its text promises (0, or 1 for `check --strict` on the fresh profile, whose guiding story
still warns) and never with a usage error or a traceback. The set-up commands (venv, pip, npm, pytest)
are what CI runs on a fresh clone; the screenshot script has its own test. Commands quoted in the prose
are checked to exist with the options they name.
"""

from __future__ import annotations

import os
import re
import shlex
import subprocess
import sys
from pathlib import Path

import openpyxl
import pytest

from conftest import REPO, copy_project
from zalokit import TOKEN, fake_zalo

README = (REPO / "README.md").read_text(encoding="utf-8").split("# Guongsang (English)")[0]
SET_UP = ("python3 -m venv", ".venv/bin/python tests/visual/screenshots.py")
EXIT = {"guongsang check --strict": 1}  # the profile `new` just wrote still has its guiding sentences (GS120)


def block_commands() -> list[tuple[int, str]]:
    """(README line, command) of every command in its bash blocks, continuation lines joined, comments cut."""
    out = []
    for block in re.finditer(r"```bash\n(.*?)```", README, re.S):
        first = README[: block.start()].count("\n") + 2
        text = block.group(1).replace("\\\n", " ")
        for offset, line in enumerate(text.splitlines()):
            command = re.sub(r"\s+#.*$", "", line).strip()
            if command and not command.startswith(SET_UP):
                out.append((first + offset, " ".join(command.split())))
    return out


def prose_commands() -> list[str]:
    """Concrete `guongsang …` commands quoted in the text (not the syntax summaries with [OPTIONS] or …)."""
    found = set(re.findall(r"`(guongsang [^`]+)`", README))
    return sorted(c for c in found if not re.search(r"[\[\]…|]|\b[A-Z]{2,}\b", c))


def _shell(command: str, cwd: Path, env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    return subprocess.run(["bash", "-c", command], cwd=cwd, env=env, capture_output=True, text=True, timeout=600)


def _fill_list(template: Path, filled: Path) -> None:
    """The README's registration list: its template with one commune's row typed in."""
    book = openpyxl.load_workbook(template)
    sheet = book.active
    header = next(r for r in range(1, 15) if any(str(c.value or "").strip() == "STT" for c in sheet[r]))
    columns = {str(c.value).strip(): c.column for c in sheet[header] if c.value}
    row = {"STT": 1, "Họ tên / Tên tập thể": "Hà Văn Lộc", "Loại điển hình": "Cá nhân", "Đơn vị": "Xã Tân Hòa", "Lĩnh vực": "Y tế",
           "Cấp khen thưởng": "Cơ sở", "Năm": 2024, "Tóm tắt thành tích": "Y sĩ thôn khám bệnh tận nhà cho người già."}
    for name, value in row.items():
        sheet.cell(header + 1, columns[name], value)
    book.save(filled)


def test_the_readme_has_the_commands_this_test_expects() -> None:
    commands = [c for _, c in block_commands()]
    assert sum(c.startswith("guongsang ") for c in commands) >= 20
    assert "guongsang check --strict" in commands and any(c.startswith("guongsang new ") for c in commands)


def test_every_command_in_the_readme_works_as_written(tmp_path: Path) -> None:
    project = copy_project(tmp_path / "du-an")
    env = {**os.environ, "NO_COLOR": "1", "COLUMNS": "200", "PATH": f"{Path(sys.executable).parent}:{os.environ['PATH']}"}
    scratch = tmp_path / "thu-nghiem"
    with fake_zalo() as (_, api):
        env |= {"GUONGSANG_ZALO_API": api}
        for line, command in block_commands():
            command = command.replace("/tmp/thu-nghiem", str(scratch))
            if command.startswith("export ZALO_OA_ACCESS_TOKEN="):
                env["ZALO_OA_ACCESS_TOKEN"] = TOKEN
                continue
            if command.startswith("guongsang zalo ") and not (project / "site" / "zalo.json").exists():
                assert _shell("guongsang build", project, env).returncode == 0  # publishing reads the built site
            if "danh-sach-xa-tan-hoa.xlsx" in command and not (project / "danh-sach-xa-tan-hoa.xlsx").exists():
                _fill_list(project / "mau-dang-ky.xlsx", project / "danh-sach-xa-tan-hoa.xlsx")
            run = _shell(command, project, env)
            said = f"README line {line}: {command}\n{run.stdout[-2000:]}\n{run.stderr[-3000:]}"
            assert run.returncode == EXIT.get(command, 0), said
            assert "Traceback" not in run.stderr and "Xem hướng dẫn: guongsang" not in run.stderr, said
    assert (project / "exemplars" / "2024" / "vi-thi-sen.md").is_file()  # what `new` made
    assert (project / "exemplars" / "2024" / "ha-van-loc.md").is_file()  # what `import --write` made
    assert (project / "thong-ke.xlsx").is_file() and (project / "thong-ke-2024.csv").stat().st_size > 0


@pytest.mark.parametrize("command", prose_commands())
def test_commands_quoted_in_the_text_exist_with_their_options(command: str) -> None:
    args = shlex.split(command)[1:]
    run = subprocess.run([sys.executable, "-m", "guongsang", *args, "--help"], capture_output=True, text=True,
                         cwd=REPO, timeout=60)
    assert run.returncode == 0 and run.stdout.startswith("Cách dùng: guongsang"), (command, run.stderr)
