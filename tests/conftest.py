"""Shared helpers: a throwaway content project, and the real command line run as a subprocess."""

from __future__ import annotations

import fcntl
import json
import os
import shutil
import subprocess
import sys
import tempfile
import uuid
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

# Compiled modules are cached, as by default: where PYTHONDONTWRITEBYTECODE is set, every guongsang process the
# suite starts compiled the package again. Set before xdist starts its workers, so they and their children inherit it.
os.environ.pop("PYTHONDONTWRITEBYTECODE", None)
sys.dont_write_bytecode = False


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


def run_guongsang(*args: str, cwd: Path, stdin: str | None = None, preexec_fn: Callable[[], None] | None = None,
                  env_extra: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "NO_COLOR": "1", "COLUMNS": "200", **(env_extra or {})}
    return subprocess.run(
        [sys.executable, "-m", "guongsang", *args],
        cwd=cwd, capture_output=True, text=True, input=stdin, env=env, timeout=300, preexec_fn=preexec_fn,
    )


def snapshot(root: Path) -> dict[Path, bytes]:
    """Every file under ``root`` with its bytes: compare two to show nothing there changed."""
    return {p: p.read_bytes() for p in root.rglob("*") if p.is_file()}


def check_json(root: Path, *paths: str) -> tuple[int, list[dict[str, object]]]:
    """`guongsang check --format json PATHS` in ``root``: its exit code and output, from the functions it calls, in
    this process (a process costs 0.5 CPU-s to start; the command itself runs as one in test_cli.py and elsewhere)."""
    from guongsang.core.problem_output import render_json
    from guongsang.core.project import Project, check_project
    project = Project.at(root)
    result = check_project(project, only=[project.root / p for p in paths] or None, exemplars=False)
    return (1 if result.errors else 0), json.loads(render_json(result.problems))


@pytest.fixture
def project(tmp_path: Path) -> Path:
    """An empty content project with the sample vocabularies."""
    root = tmp_path / "du-an"
    (root / "exemplars").mkdir(parents=True)
    shutil.copytree(REPO / "exemplars" / "_vocab", root / "exemplars" / "_vocab")
    return root


def copy_project(dest: Path, *, warm_images: bool = True, built: bool = False) -> Path:
    """A copy of the sample portal project (content, profiles, theme, mkdocs.yml) at ``dest``.

    Its npm packages (Decap CMS for /admin/) are the ones `npm ci` installed in the repository, linked.
    With ``warm_images`` (the default) its image cache and compiled templates are copies of those the run's
    shared build of the sample made (:func:`sample_project`): both are keyed by content, so a copy only saves
    the work (about 7 of a cold build's 10 seconds); tests of the image pipeline itself ask for a cold copy.
    With ``built``, the copy also has that build's site, as if `guongsang build` had just run in it: for tests
    of what a later build does to a site built before (the builds are byte for byte the same wherever they
    run: tests/test_identical_output.py).
    """
    for name in ("content", "exemplars", "theme"):
        shutil.copytree(REPO / name, dest / name)
    shutil.copy(REPO / "mkdocs.yml", dest / "mkdocs.yml")
    _link_node_modules(dest)
    if warm_images or built:
        warm = sample_project()
        for cache in (IMAGE_CACHE, TEMPLATE_CACHE):
            shutil.copytree(warm / cache, dest / cache)
        if built:
            shutil.copytree(warm / "site", dest / "site", symlinks=True)
    return dest


IMAGE_CACHE = Path(".cache") / "guongsang" / "images"
TEMPLATE_CACHE = Path(".cache") / "guongsang" / "templates"  # compiled Jinja templates (mkdocs_plugin/compiled.py)
DEMO_COUNT = 300  # the shared demo: sections with several pages at 24 a page, still a few seconds to build


def _link_node_modules(project: Path) -> None:
    if (REPO / "node_modules").is_dir() and not (project / "node_modules").exists():
        (project / "node_modules").symlink_to(REPO / "node_modules", target_is_directory=True)


RUN_ID = "PYTEST_XDIST_TESTRUNUID"  # xdist puts its --testrunuid here in every worker


def _run_home() -> Path:
    """This test run's folder for builds shared by every xdist worker (removed when the run ends)."""
    return Path(tempfile.gettempdir()) / f"guongsang-tests-{os.environ[RUN_ID]}"


def pytest_configure(config: pytest.Config) -> None:
    """The controller names the run (a pytest inside a test gets a name of its own) and hands the name to xdist,
    which gives it to the workers: so the controller removes the folder the workers shared when the run ends."""
    if hasattr(config, "workerinput"):
        return
    run = uuid.uuid4().hex
    os.environ[RUN_ID] = run
    if hasattr(config.option, "testrunuid"):  # xdist is on
        config.option.testrunuid = run


def shared_build(name: str, make: Callable[[Path], None]) -> Path:
    """A project made and built once per test run by ``make(folder)``: the first worker to ask builds it under
    a lock, the others wait and reuse it. Tests read it; those that change a project change a copy."""
    home = _run_home()
    home.mkdir(exist_ok=True)
    with open(home / f"{name}.lock", "w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        if not (home / f"{name}.done").exists():
            shutil.rmtree(home / name, ignore_errors=True)
            (home / name).mkdir()
            make(home / name / "du-an")
            (home / f"{name}.done").touch()
    return home / name / "du-an"


SAMPLE_IMAGE_WORKERS = 2  # the shared sample's cold build encodes on two worker processes, on any machine
SAMPLE_OUTPUT = "build-output.txt"  # beside the shared sample: what its cold build printed (tests/test_image_pool.py)


def _make_sample(folder: Path) -> None:
    copy_project(folder, warm_images=False)
    built = run_guongsang("build", cwd=folder, env_extra={"GUONGSANG_IMAGE_WORKERS": str(SAMPLE_IMAGE_WORKERS)})
    assert built.returncode == 0, built.stderr
    (folder.parent / SAMPLE_OUTPUT).write_text(built.stdout + built.stderr, encoding="utf-8")


def _make_demo(folder: Path) -> None:
    made = run_guongsang("demo", "--count", str(DEMO_COUNT), str(folder), cwd=folder.parent)
    assert made.returncode == 0, made.stderr
    _link_node_modules(folder)
    built = run_guongsang("build", cwd=folder)
    assert built.returncode == 0, built.stderr


def sample_project() -> Path:
    """The sample project built once for the whole run (its site, and the image cache copies start from)."""
    return shared_build("mau", _make_sample)


def demo_project() -> Path:
    """`guongsang demo --count DEMO_COUNT`, built once for the whole run."""
    return shared_build("demo", _make_demo)


def copy_demo(dest: Path) -> Path:
    """A copy of the shared demo project at ``dest``, its image cache and compiled templates warm (as
    :func:`copy_project`'s), without its site."""
    source = demo_project()
    shutil.copytree(source, dest, symlinks=True, ignore=shutil.ignore_patterns("site", ".cache"))
    for cache in (IMAGE_CACHE, TEMPLATE_CACHE):
        shutil.copytree(source / cache, dest / cache)
    return dest


#: The longest test files (about 40 s or more each, `--durations`), handed to the workers first (with xdist's
#: --no-loadscope-reorder): a long file started last would keep one worker busy while the others stand idle.
LONGEST_FIRST = [
    "tests/visual/test_geometry.py", "tests/test_identical_demo.py", "tests/test_identical_output.py",
    "tests/test_layout_cards.py", "tests/test_zalo.py", "tests/test_image_pool.py", "tests/test_print.py",
    "tests/test_bench.py", "tests/test_readme_commands.py", "tests/test_search_browser.py", "tests/test_images.py",
    "tests/test_editor_browser.py", "tests/test_build_safety.py", "tests/test_image_check.py", "tests/test_check_cache.py",
]


@pytest.hookimpl(optionalhook=True)  # xdist's hook: unknown when xdist is off (-p no:xdist)
def pytest_xdist_auto_num_workers(config: pytest.Config) -> int:
    """One test worker more than the cores this run may use: the suite waits on browsers, servers and
    subprocesses about a quarter of the time, so a third worker on two cores keeps them busy (measured:
    13 min 40 s against 14 min 24 s with two)."""
    return len(os.sched_getaffinity(0)) + 1


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    missing = [path for path in LONGEST_FIRST if not (REPO / path).is_file()]
    if missing:
        raise pytest.UsageError(f"conftest.LONGEST_FIRST names files that do not exist: {missing}")
    rank = {path: n for n, path in enumerate(LONGEST_FIRST)}
    items.sort(key=lambda item: rank.get(item.nodeid.split("::", 1)[0], len(rank)))  # stable: file order kept


def pytest_sessionfinish(session: pytest.Session) -> None:
    if not hasattr(session.config, "workerinput"):  # the controller, after every worker is done
        shutil.rmtree(_run_home(), ignore_errors=True)


def set_plugin_options(project: Path, *lines: str) -> None:
    """Add option lines (``"feed_items: 3"``) under the guongsang plugin of a copied sample's mkdocs.yml."""
    config = project / "mkdocs.yml"
    text = config.read_text(encoding="utf-8")
    assert "      page_size: 24\n" in text, "the sample's mkdocs.yml sets page_size under the plugin"
    config.write_text(text.replace("      page_size: 24\n", "".join(f"      {line}\n" for line in ("page_size: 24", *lines))),
                      encoding="utf-8")


@pytest.fixture(scope="session")
def sample_site() -> Path:
    """The sample portal built once per run with `guongsang build` (:func:`sample_project`); tests only read it."""
    return sample_project() / "site"


@pytest.fixture(scope="session")
def demo_site() -> Path:
    """The shared demo's built site (:func:`demo_project`); tests only read it."""
    return demo_project() / "site"


def write(root: Path, rel: str, text: str | bytes) -> Path:
    path = root / rel
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(text if isinstance(text, bytes) else text.encode("utf-8"))
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
