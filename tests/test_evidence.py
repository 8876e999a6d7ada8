"""Files and links a profile publishes (issue 17, items 3, 4, 5, 9): every refused value is a coded
problem with file, field and line in `check`, never a traceback.

One fixture file per case in tests/fixtures/profiles/; the files they point to (a PDF, an HTML page
named .pdf, a symlink, a dotfile…) are made here, since git cannot carry some of them.
"""

from __future__ import annotations

import shutil
import zipfile
from pathlib import Path

import pytest
from PIL import Image

from conftest import FIXTURES, REPO, check_json, valid_profile, write

PDF = b"%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n"

# fixture file → the errors (code, field, line) it must produce, and nothing else
CASES: dict[str, list[tuple[str, str | None, int]]] = {
    "evidence-url-quote.md": [("GS110", "evidence[1].url", 12)],
    "evidence-url-angle.md": [("GS110", "evidence[1].url", 12)],
    "evidence-url-no-host.md": [("GS110", "evidence[1].url", 12)],
    "evidence-url-space.md": [("GS110", "evidence[1].url", 12)],
    "evidence-url-bidi.md": [("GS110", "evidence[1].url", 12)],
    "evidence-html-named-pdf.md": [("GS315", "evidence[1].file", 12)],
    "evidence-svg.md": [("GS315", "evidence[1].file", 12)],
    "evidence-office.md": [("GS315", "evidence[1].file", 12)],
    "evidence-pdf-truncated.md": [("GS316", "evidence[1].file", 12)],
    "evidence-git-config.md": [("GS312", "evidence[1].file", 12)],
    "evidence-zalo-record.md": [("GS312", "evidence[1].file", 12)],
    "evidence-dotenv.md": [("GS313", "evidence[1].file", 12)],
    "evidence-dot-folder.md": [("GS313", "evidence[1].file", 12)],
    "evidence-in-content.md": [("GS312", "evidence[1].file", 12)],
    "evidence-symlink.md": [("GS314", "evidence[1].file", 12)],
    "evidence-nul.md": [("GS311", "evidence[1].file", 12)],
    "evidence-same-published-name.md": [("GS317", "evidence[2].file", 14)],
    "photo-symlinked-folder.md": [("GS314", "photo", 10)],
    "photo-nul.md": [("GS311", "photo", 10)],
    "photo-in-content.md": [("GS312", "photo", 10)],
    "body-image-remote.md": [("GS119", None, 14)],
    "body-image-missing.md": [("GS301", None, 14)],
    "body-image-html-missing.md": [("GS301", None, 15)],
    "body-image-reference-missing.md": [("GS301", None, 16)],
    "body-image-not-image.md": [("GS304", None, 14)],
    "body-image-nul.md": [("GS311", None, 14)],
    "body-image-dotfile.md": [("GS312", None, 14)],
    "body-image-no-consent.md": [("GS118", "consent", 14)],
}


def make_side_files(root: Path, folder: Path) -> None:
    """The files the fixtures point to, as an attacker or a careless editor would leave them."""
    Image.new("RGB", (8, 8)).save(folder / "anh-mau.jpg")
    (folder / "trang-html.pdf").write_text("<!doctype html><script>alert(document.domain)</script>", encoding="utf-8")
    (folder / "bieu-do.svg").write_text('<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"/>', encoding="utf-8")
    with zipfile.ZipFile(folder / "bao-cao.docx", "w") as docx:
        docx.writestr("[Content_Types].xml", "<Types/>")
    (folder / "bi-cat.pdf").write_bytes(PDF[:30])
    (folder / "Quyết định.pdf").write_bytes(PDF)
    (folder / "quyet-dinh.pdf").write_bytes(PDF + b"% another file\n")
    (folder / ".env").write_text("ZALO_OA_ACCESS_TOKEN=bi-mat\n", encoding="utf-8")
    write(root, "exemplars/2024/.bi-mat/quyet-dinh.pdf", PDF)
    write(root, ".git/config", "[remote]\n\turl = https://token@example.com/x.git\n")
    write(root, ".guongsang/zalo-da-dang.json", "{}")
    write(root, "content/index.md", "# Trang chủ\n")
    Image.new("RGB", (8, 8)).save(root / "content" / "anh.jpg")
    secret = write(root, "bi-mat.pdf", PDF)
    (folder / "lien-ket.pdf").symlink_to(secret)
    (folder / "thu-muc-lien-ket").symlink_to(folder / ".bi-mat", target_is_directory=True)
    Image.new("RGB", (8, 8)).save(folder / ".bi-mat" / "anh-mau.jpg")


@pytest.fixture(scope="module")
def report(tmp_path_factory: pytest.TempPathFactory) -> tuple[int, dict[str, list[dict[str, object]]]]:
    root = tmp_path_factory.mktemp("minh-chung") / "du-an"
    folder = root / "exemplars" / "2024"
    folder.mkdir(parents=True)
    shutil.copytree(REPO / "exemplars" / "_vocab", root / "exemplars" / "_vocab")
    for name in CASES:
        shutil.copy(FIXTURES / "profiles" / name, folder / name)
    make_side_files(root, folder)
    code, problems = check_json(root)  # asserts no traceback
    by_file: dict[str, list[dict[str, object]]] = {}
    for p in problems:
        by_file.setdefault(str(p["file"]), []).append(p)
    return code, by_file


@pytest.mark.parametrize(("fixture", "expected"), sorted(CASES.items()))
def test_refused_file_or_link_names_code_field_and_line(
    report: tuple[int, dict[str, list[dict[str, object]]]], fixture: str, expected: list[tuple[str, str | None, int]]
) -> None:
    problems = report[1].get(f"exemplars/2024/{fixture}", [])
    assert {(p["code"], p["field"], p["line"]) for p in problems if p["severity"] == "error"} == set(expected), problems
    assert report[0] == 1


def test_messages_show_control_characters_escaped(report: tuple[int, dict[str, list[dict[str, object]]]]) -> None:
    for fixture in ("evidence-nul.md", "photo-nul.md", "body-image-nul.md"):
        (problem,) = report[1][f"exemplars/2024/{fixture}"]
        assert "⟨U+0000⟩" in str(problem["message"]) and "\x00" not in str(problem["message"])


def test_accepted_evidence_passes(project: Path) -> None:
    folder = project / "exemplars" / "2024"
    folder.mkdir()
    (folder / "quyet-dinh.pdf").write_bytes(PDF)
    Image.new("RGB", (600, 800), "white").save(folder / "Bằng khen.JPG", "JPEG")
    Image.new("RGB", (600, 800), "white").save(folder / "giay-khen.png")
    Image.new("RGB", (600, 800), "white").save(folder / "ban-chup.webp")
    Image.new("RGB", (600, 800), "white").save(folder / "anh.jpg")
    evidence = "".join(f"  - title: Minh chứng {i}\n    file: {name}\n"
                       for i, name in enumerate(("quyet-dinh.pdf", "Bằng khen.JPG", "giay-khen.png", "ban-chup.webp")))
    evidence += "  - title: Văn bản trên cổng tỉnh\n    url: https://vanban.example.vn/qd-1234?ky=2024&so=12#trang-2\n"
    body = "\n![Cánh đồng](anh.jpg)\n\n<img src='anh.jpg' alt='Cánh đồng'>\n"
    write(project, "exemplars/2024/hoa.md", valid_profile(extra="consent: true\nevidence:\n" + evidence) + body)
    assert check_json(project) == (0, [])


def test_shared_alias_and_own_slug_alias(project: Path) -> None:
    write(project, "exemplars/a.md", valid_profile("A", "aliases: [ten-cu]\n"))
    write(project, "exemplars/b.md", valid_profile("B", "aliases: [ten-cu, b, ten-khac, ten-khac]\n"))
    code, problems = check_json(project)
    assert sorted((p["code"], p["file"], p["field"], p["line"]) for p in problems) == [
        ("GS404", "exemplars/b.md", "aliases", 10),
        ("GS405", "exemplars/b.md", "aliases", 10),
        ("GS405", "exemplars/b.md", "aliases", 10),
    ]
    assert code == 1
