"""The CI files we hand to content repositories (ci/, .pre-commit-hooks.yaml): valid YAML, and every
`guongsang` command in them runs for real on the sample."""

from __future__ import annotations

import os
import shlex
import subprocess
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


def test_github_checkouts_leave_no_token_on_disk() -> None:
    github = yaml.safe_load(GITHUB.read_text(encoding="utf-8"))
    checkouts = [s for job in github["jobs"].values() for s in job["steps"] if str(s.get("uses", "")).startswith("actions/checkout")]
    assert len(checkouts) == 2 and all(s.get("with", {}).get("persist-credentials") is False for s in checkouts)


def test_gitlab_jobs_take_the_token_out_of_git_config(tmp_path: Path) -> None:
    """The runner's clone has the job token in origin's URL: the template's before_script, run by a
    shell in such a clone, leaves a .git/config without it; and the runner is asked not to write it."""
    gitlab = yaml.safe_load(GITLAB.read_text(encoding="utf-8"))
    assert gitlab["variables"]["FF_GIT_URLS_WITHOUT_TOKENS"] == "true"
    assert all("before_script" not in job for job in gitlab.values() if isinstance(job, dict) and "script" in job)
    clone = tmp_path / "du-an"
    token = "glcbt-64_BiMatCuaCongViec"
    subprocess.run(["git", "init", "-q", str(clone)], check=True)
    subprocess.run(["git", "-C", str(clone), "remote", "add", "origin",
                    f"https://gitlab-ci-token:{token}@gitlab.example.gov.vn/so-noi-vu/guong.git"], check=True)
    env = {**os.environ, "CI_SERVER_URL": "https://gitlab.example.gov.vn", "CI_PROJECT_PATH": "so-noi-vu/guong"}
    for line in gitlab["default"]["before_script"]:
        subprocess.run(["sh", "-ec", line], cwd=clone, env=env, check=True)
    config = (clone / ".git" / "config").read_text(encoding="utf-8")
    assert token not in config and "https://gitlab.example.gov.vn/so-noi-vu/guong.git" in config
