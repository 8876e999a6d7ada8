"""Shared helpers: a throwaway content project, and the real command line run as a subprocess."""

from __future__ import annotations

import fcntl
import json
import os
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Callable, Iterator
from datetime import date, datetime
from pathlib import Path
from typing import Any

import frontmatter
import pytest

REPO = Path(__file__).resolve().parents[1]
FIXTURES = REPO / "tests" / "fixtures"

VALID = """\
---
title: {title}
kind: ca-nhan
unit: xa-tan-hoa
sector: nong-nghiep-nong-thon-moi
award_level: bo-nganh-tinh
year: 2024
date: 2025-01-15
summary: Nữ nông dân chuyển 2 ha lúa kém hiệu quả sang rau hữu cơ, liên kết 35 hộ.
{extra}---

Chị là điển hình của phong trào thi đua ở xã Tân Hòa.
"""


def valid_profile(title: str = "Nguyễn Thị Hoa", extra: str = "") -> str:
    """A valid profile (lines: 1 ---, 2 title … 9 summary, extra keys from line 10)."""
    return VALID.format(title=title, extra=extra)


# The suite's clock: every build, check and command the tests run sees this day (core/clock.py), so what the
# sample publishes does not change with the real date (its profile dated 2027-06-11 stays scheduled).
# tests/test_scheduling.py moves it, and checks the real clock is used when nothing is set.
TODAY = date(2026, 12, 1)
os.environ.setdefault("GUONGSANG_AS_OF", TODAY.isoformat())


def _published_on(value: object) -> date:
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    return date.fromisoformat(str(value)[:10])


def sample_profiles() -> list[tuple[str, bool, dict[str, object]]]:
    """(slug, published?, front matter) of every sample profile."""
    out = []
    for path in sorted((REPO / "exemplars").rglob("*.md")):
        if any(part.startswith(("_", ".")) for part in path.relative_to(REPO / "exemplars").parts):
            continue
        meta = frontmatter.load(path).metadata
        published = not meta.get("draft") and _published_on(meta["date"]) <= TODAY
        out.append((str(meta.get("slug") or path.stem), published, meta))
    return out


def run_guongsang(*args: str, cwd: Path, stdin: str | None = None,
                  preexec_fn: Callable[[], None] | None = None) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "NO_COLOR": "1", "COLUMNS": "200"}
    return subprocess.run(
        [sys.executable, "-m", "guongsang", *args],
        cwd=cwd, capture_output=True, text=True, input=stdin, env=env, timeout=300, preexec_fn=preexec_fn,
    )


def snapshot(root: Path) -> dict[Path, bytes]:
    """Every file under ``root`` with its bytes: compare two to show nothing there changed."""
    return {p: p.read_bytes() for p in root.rglob("*") if p.is_file()}


def check_json(root: Path, *paths: str) -> tuple[int, list[dict[str, object]]]:
    result = run_guongsang("check", "--format", "json", *paths, cwd=root)
    assert "Traceback" not in result.stderr, result.stderr
    return result.returncode, json.loads(result.stdout)


@pytest.fixture
def project(tmp_path: Path) -> Path:
    """An empty content project with the sample vocabularies."""
    root = tmp_path / "du-an"
    (root / "exemplars").mkdir(parents=True)
    shutil.copytree(REPO / "exemplars" / "_vocab", root / "exemplars" / "_vocab")
    return root


def copy_project(dest: Path, *, warm_images: bool = True) -> Path:
    """A copy of the sample portal project (content, profiles, theme, mkdocs.yml) at ``dest``.

    Its npm packages (Decap CMS for /admin/) are the ones `npm ci` installed in the repository, linked.
    With ``warm_images`` (the default) its image cache is a copy of one made by a single build of the
    sample for the whole test run: the cache is keyed by content, so a copy only saves the encoding
    (about 7 of a cold build's 10 seconds); tests of the image pipeline itself ask for a cold copy.
    """
    for name in ("content", "exemplars", "theme"):
        shutil.copytree(REPO / name, dest / name)
    shutil.copy(REPO / "mkdocs.yml", dest / "mkdocs.yml")
    if (REPO / "node_modules").is_dir():
        (dest / "node_modules").symlink_to(REPO / "node_modules", target_is_directory=True)
    if warm_images:
        shutil.copytree(_warm_image_cache(), dest / ".cache" / "guongsang" / "images")
    return dest


def _warm_image_cache() -> Path:
    """The sample's image cache after one cold build, made once per test run and shared by the xdist workers
    (the first to need it builds it under a lock; the others wait and reuse it)."""
    run = os.environ.get("PYTEST_XDIST_TESTRUNUID") or f"pid{os.getpid()}"
    home = Path(tempfile.gettempdir()) / f"guongsang-tests-{run}"
    images = home / "du-an" / ".cache" / "guongsang" / "images"
    home.mkdir(exist_ok=True)
    with open(home / "lock", "w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        if not (home / "done").exists():
            shutil.rmtree(home / "du-an", ignore_errors=True)
            project = copy_project(home / "du-an", warm_images=False)
            built = run_guongsang("build", cwd=project)
            assert built.returncode == 0, built.stderr
            (home / "done").touch()
    return images


def set_plugin_options(project: Path, *lines: str) -> None:
    """Add option lines (``"feed_items: 3"``) under the guongsang plugin of a copied sample's mkdocs.yml."""
    config = project / "mkdocs.yml"
    text = config.read_text(encoding="utf-8")
    assert "      page_size: 24\n" in text, "the sample's mkdocs.yml sets page_size under the plugin"
    config.write_text(text.replace("      page_size: 24\n", "".join(f"      {line}\n" for line in ("page_size: 24", *lines))),
                      encoding="utf-8")


@pytest.fixture(scope="session")
def sample_site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The sample portal built once per test session with `guongsang build`; tests only read it."""
    project = copy_project(tmp_path_factory.mktemp("mau") / "du-an")
    result = run_guongsang("build", cwd=project)
    assert result.returncode == 0, result.stderr
    return project / "site"


def write(root: Path, rel: str, text: str | bytes) -> Path:
    path = root / rel
    path.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(text, bytes):
        path.write_bytes(text)
    else:
        path.write_text(text, encoding="utf-8")
    return path


@pytest.fixture(scope="session")
def base_url(sample_site: Path) -> Iterator[str]:
    """The built sample served on 127.0.0.1 (tests/browserkit.py)."""
    from browserkit import serve

    with serve(sample_site) as url:
        yield url


@pytest.fixture(scope="session")
def deployed(sample_site: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Any]:
    """The built sample behind Debian's nginx with the shipped deploy/nginx configuration, over HTTPS."""
    from nginxkit import nginx, require_nginx

    with nginx(require_nginx(), sample_site, tmp_path_factory.mktemp("nginx")) as served:
        yield served


@pytest.fixture(scope="session")
def browser() -> Iterator[Any]:
    """Debian's Chromium driven by Playwright, shared by the browser tests."""
    from browserkit import chromium, require_chromium

    with chromium(require_chromium()) as instance:
        yield instance
