"""The CI files we hand to content repositories (ci/, .pre-commit-hooks.yaml): valid YAML, and every
`guongsang` command in them runs for real on the sample."""

from __future__ import annotations

import shlex
from pathlib import Path

import pytest
import yaml

from conftest import REPO, copy_project, run_guongsang

GITHUB = REPO / "ci" / "github" / "guongsang.yml"
GITLAB = REPO / "ci" / "gitlab" / ".gitlab-ci.yml"


def guongsang_commands() -> list[list[str]]:
    github = yaml.safe_load(GITHUB.read_text(encoding="utf-8"))
    gitlab = yaml.safe_load(GITLAB.read_text(encoding="utf-8"))
    lines = [s["run"] for job in github["jobs"].values() for s in job["steps"] if "run" in s]
    lines += [line for job in gitlab.values() if isinstance(job, dict) and "script" in job for line in job["script"]]
    hooks = yaml.safe_load((REPO / ".pre-commit-hooks.yaml").read_text(encoding="utf-8"))
    lines += [hook["entry"] for hook in hooks]
    return [shlex.split(line) for line in lines if line.startswith("guongsang ")]


def test_workflows_check_every_change_and_publish_main() -> None:
    github = yaml.safe_load(GITHUB.read_text(encoding="utf-8"))
    triggers = github[True]  # YAML 1.1 reads the key `on` as true
    assert "pull_request" in triggers and triggers["push"]["branches"] == ["main"] and triggers["schedule"]
    assert github["jobs"]["dang-trang"]["needs"] == "kiem-tra"
    gitlab = yaml.safe_load(GITLAB.read_text(encoding="utf-8"))
    assert gitlab["pages"]["artifacts"]["paths"] == ["public"]
    commands = [" ".join(c) for c in guongsang_commands()]
    assert "guongsang check --format github" in commands and "guongsang build --site-dir public" in commands


@pytest.mark.parametrize("command", guongsang_commands(), ids=" ".join)
def test_every_guongsang_command_runs(command: list[str], tmp_path: Path) -> None:
    project = copy_project(tmp_path / "du-an")
    result = run_guongsang(*command[1:], cwd=project)
    assert result.returncode == 0, result.stdout + result.stderr
    if command[1] == "build":
        site = project / ("public" if "public" in command else "site")
        assert (site / "index.html").is_file() and (site / "pagefind" / "pagefind.js").is_file()
