"""Symlinks cannot publish a file from outside exemplars/: not through a path in a profile, not as the profile
itself, not as a vocabulary. (A repository can carry symlinks; git stores them as such.)"""

from __future__ import annotations

from pathlib import Path

from conftest import check_json, run_guongsang, valid_profile, write
from test_evidence_build import PDF, small_project
from test_limits import PNG_BOMBS

SECRET = b"%PDF-1.4\n% BI MAT: day khong phai minh chung\n%%EOF\n"


def test_a_link_then_dot_dot_reads_the_file_check_vetted(tmp_path: Path) -> None:
    project = small_project(tmp_path / "du-an")
    write(project, "bi-mat/con/b.pdf", SECRET)  # outside exemplars/
    write(project, "exemplars/hoa/b.pdf", PDF)  # what `x/../b.pdf` names when read without following x
    (project / "exemplars/hoa/x").symlink_to("../../bi-mat/con", target_is_directory=True)
    write(project, "exemplars/hoa/hoa.md", valid_profile(extra="evidence:\n  - title: QĐ\n    file: x/../b.pdf\n"))
    assert run_guongsang("check", cwd=project).returncode == 0
    result = run_guongsang("build", cwd=project)
    assert result.returncode == 0, result.stderr
    published = list((project / "site").rglob("minh-chung-*.pdf"))
    assert [p.read_bytes() for p in published] == [PDF]


def test_a_profile_that_is_a_symlink_is_refused(tmp_path: Path) -> None:
    project = small_project(tmp_path / "du-an")
    write(project, "bi-mat/rieng.md", valid_profile("Hồ sơ riêng"))
    (project / "exemplars/2024").mkdir(parents=True)
    (project / "exemplars/2024/rieng.md").symlink_to("../../bi-mat/rieng.md")
    code, problems = check_json(project)
    assert code == 1
    assert ("exemplars/2024/rieng.md", 1, "GS314") in {(p["file"], p["line"], p["code"]) for p in problems}
    result = run_guongsang("build", cwd=project)
    assert result.returncode == 1 and "GS314" in result.stderr and "Traceback" not in result.stderr
    assert not (project / "site").exists()


def test_a_vocabulary_file_that_is_a_symlink_is_refused(tmp_path: Path) -> None:
    project = small_project(tmp_path / "du-an")
    units = project / "exemplars/_vocab/units.yml"
    units.rename(project / "units.yml")
    units.symlink_to("../../units.yml")
    code, problems = check_json(project)
    assert code == 1
    assert ("exemplars/_vocab/units.yml", 1, "GS314") in {(p["file"], p["line"], p["code"]) for p in problems}


def test_a_png_evidence_whose_text_inflates_hugely_is_refused_by_check(tmp_path: Path) -> None:
    project = small_project(tmp_path / "du-an")
    write(project, "exemplars/hoa/bang-khen.png", PNG_BOMBS["ztxt"])
    write(project, "exemplars/hoa/hoa.md", valid_profile(extra="evidence:\n  - title: Bằng khen\n    file: bang-khen.png\n"))
    code, problems = check_json(project)
    assert code == 1
    assert ("exemplars/hoa/hoa.md", 12, "GS319") in {(p["file"], p["line"], p["code"]) for p in problems}
