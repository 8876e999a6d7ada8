"""The web editor at /admin/: Decap CMS from node_modules, its configuration generated from the model and vocabularies.

What the configuration must say is worked out from the vocabulary files (PyYAML) and the model's
JSON Schema, not from the editor module.
"""

from __future__ import annotations

import io
import json
import re
from pathlib import Path
from typing import Any

import frontmatter
import pytest
import yaml
from PIL import Image

from conftest import REPO, TODAY, _published_on, copy_project, run_guongsang
from guongsang.core.model import Profile

DEFAULTS = REPO / "scripts" / "guongsang" / "defaults"
VOCAB_FILES = {"kind": "kinds", "unit": "units", "sector": "sectors", "award_level": "award_levels",
               "award": "award_forms", "campaign": "campaigns"}
DECAP = REPO / "node_modules" / "decap-cms"


def vocabulary_ids(name: str) -> list[str]:
    own = REPO / "exemplars" / "_vocab" / f"{name}.yml"
    path = own if own.is_file() else DEFAULTS / f"{name}.yml"
    return [term["id"] for term in yaml.safe_load(path.read_text(encoding="utf-8"))]


@pytest.fixture(scope="module")
def config(sample_site: Path) -> dict[str, Any]:
    return yaml.safe_load((sample_site / "admin" / "config.yml").read_text(encoding="utf-8"))


def fields_of(config: dict[str, Any]) -> dict[str, dict[str, Any]]:
    (collection,) = config["collections"]
    return {f["name"]: f for f in collection["fields"]}


def test_every_front_matter_field_is_in_the_form_with_its_rules(config: dict[str, Any]) -> None:
    schema = Profile.model_json_schema()
    fields = fields_of(config)
    assert list(fields) == [*schema["properties"], "body"]
    for name, prop in schema["properties"].items():
        field = fields[name]
        assert field.get("required", True) == (name in schema["required"]), name
        assert field["label"] == prop["title"], name
        if prop.get("maxLength"):
            pattern, message = field["pattern"]
            assert re.fullmatch(pattern, "x" * prop["maxLength"]) and not re.fullmatch(pattern, "x" * (prop["maxLength"] + 1))
            assert str(prop["maxLength"]) in message
    assert fields["year"]["widget"] == "number" and fields["year"]["value_type"] == "int"
    assert fields["date"]["format"] == "YYYY-MM-DD"
    assert {fields[n]["widget"] for n in ("draft", "featured", "consent")} == {"boolean"}
    assert fields["tags"]["widget"] == "list" and fields["tags"]["field"]["widget"] == "string"
    slug = fields["slug"]["pattern"][0]
    assert re.fullmatch(slug, "nguyen-thi-hoa") and not re.fullmatch(slug, "Nguyễn Thị Hoa")


def test_vocabulary_fields_are_drop_downs_of_the_vocabulary_ids(config: dict[str, Any]) -> None:
    fields = fields_of(config)
    for name, vocabulary in VOCAB_FILES.items():
        assert fields[name]["widget"] == "select", name
        assert sorted(o["value"] for o in fields[name]["options"]) == sorted(vocabulary_ids(vocabulary)), name
    units = yaml.safe_load((REPO / "exemplars" / "_vocab" / "units.yml").read_text(encoding="utf-8"))
    labels = {o["value"]: o["label"] for o in fields["unit"]["options"]}
    assert all(labels[u["id"]] == u["name"] for u in units)  # names in the sample are unique: no qualifier


def test_photos_and_evidence_files_are_stored_beside_the_profile(config: dict[str, Any]) -> None:
    (collection,) = config["collections"]
    fields = fields_of(config)
    assert fields["photo"]["widget"] == "image"
    assert (fields["photo"]["media_folder"], fields["photo"]["public_folder"]) == ("", "")
    evidence = {f["name"]: f for f in fields["evidence"]["fields"]}
    assert set(evidence) == {"title", "url", "file"} and evidence["file"]["widget"] == "file"
    assert evidence["title"].get("required", True) and evidence["url"]["required"] is False
    assert collection["folder"] == "exemplars" and collection["extension"] == "md"
    assert collection["format"] == "frontmatter" and config["locale"] == "vi"
    assert config["backend"] == {"name": "test-repo"}  # the sample's trial editor


def test_admin_serves_decap_from_node_modules_and_nothing_from_elsewhere(sample_site: Path) -> None:
    admin = sample_site / "admin"
    version = json.loads((DECAP / "package.json").read_text(encoding="utf-8"))["version"]
    assert (admin / "decap-cms.js").read_bytes() == (DECAP / "dist" / "decap-cms.js").read_bytes()
    chunks = {p.name for p in (DECAP / "dist").glob("*.decap-cms.js")}
    assert chunks and chunks <= {p.name for p in admin.iterdir()}
    assert not list(admin.glob("*.map")) and not (admin / "cms.js").exists()
    page = (admin / "index.html").read_text(encoding="utf-8")
    assert re.findall(r'<script src="([^"]+)"', page) == ["trial-repo.js", "decap-cms.js", "gs-editor.js"]
    assert re.findall(r'<link href="([^"]+)"', page) == ["config.yml", "gs-editor.css"]
    assert "http" not in page and 'content="noindex' in page and 'lang="vi"' in page
    assert version.startswith("3.")


def test_editor_is_optional_and_its_errors_stop_the_build_in_vietnamese(tmp_path: Path) -> None:
    project = copy_project(tmp_path / "du-an")
    config = project / "mkdocs.yml"
    sample = config.read_text(encoding="utf-8")
    old_site = project / "site"
    old_site.mkdir()
    (old_site / "index.html").write_text("trang cũ", encoding="utf-8")
    (old_site / ".guongsang-site").write_text("guongsang-site 1\n", encoding="utf-8")  # built before

    config.write_text(sample.replace("name: test-repo", "name: gitlap\n          repo: so/kho"), encoding="utf-8")
    bad = run_guongsang("build", cwd=project)
    assert bad.returncode != 0 and "Traceback" not in bad.stderr
    assert "backend «gitlap»" in bad.stderr and "gitlab" in bad.stderr  # did you mean

    config.write_text(sample, encoding="utf-8")
    (project / "node_modules").unlink()
    missing = run_guongsang("build", cwd=project)
    assert missing.returncode != 0 and "Traceback" not in missing.stderr
    assert "Không tìm thấy Decap CMS" in missing.stderr and "npm ci" in missing.stderr
    assert (old_site / "index.html").read_text(encoding="utf-8") == "trang cũ"

    config.write_text(re.sub(r"      editor:.*?name: test-repo[^\n]*\n", "", sample, flags=re.S), encoding="utf-8")
    assert "editor:" not in config.read_text(encoding="utf-8")
    off = run_guongsang("build", cwd=project)
    assert off.returncode == 0, off.stderr
    assert not (project / "site" / "admin").exists() and (project / "site" / "index.html").is_file()


def _published(meta: dict[str, Any]) -> bool:
    return not meta.get("draft") and not meta.get("withdrawn") and _published_on(meta["date"]) <= TODAY


def test_the_trial_editor_holds_the_sample_profiles_to_edit(sample_site: Path) -> None:
    """The sample's trial editor (test-repo) starts with the profiles the portal publishes, word for word,
    and nothing it does not: the trial is part of the public site, so no draft, scheduled or withdrawn
    profile. Their photos are the portal's own re-encoded JPEGs (no EXIF, no GPS), never the originals."""
    script = (sample_site / "admin" / "trial-repo.js").read_text(encoding="utf-8")
    tree = json.loads(re.search(r"window\.repoFiles = (\{[^\n]*\});\n", script).group(1))
    seeded, photos = {}, {}
    for year, files in tree["exemplars"].items():
        for name, leaf in files.items():
            if "media" in leaf:  # an existing photo: the address of the portal's published copy, from /admin/
                assert leaf["media"].startswith("../guong-dien-hinh/") and leaf["media"].endswith(".jpg")
                photos[f"exemplars/{year}/{name}"] = (sample_site / "admin" / leaf["media"]).resolve().read_bytes()
            else:
                seeded[f"exemplars/{year}/{name}"] = leaf["content"]
    published = [p for p in sorted((REPO / "exemplars").glob("*/*.md")) if _published(frontmatter.load(p).metadata)]
    on_disk = {p.relative_to(REPO).as_posix(): p.read_text(encoding="utf-8") for p in published}
    assert seeded == on_disk and len(on_disk) >= 35
    named = {f"exemplars/{p.parts[-2]}/{m}" for p in published
             for m in re.findall(r"^photo: *(\S+)", p.read_text(encoding="utf-8"), flags=re.M)}
    assert named and set(photos) == named
    for path, data in photos.items():
        assert data != (REPO / path).read_bytes() and b"Exif\x00\x00" not in data, path
        with Image.open(io.BytesIO(data)) as img:
            assert img.format == "JPEG" and not img.getexif() and "icc_profile" not in img.info
    page = (sample_site / "admin" / "index.html").read_text(encoding="utf-8")
    scripts = re.findall(r'<script src="([^"]+)"', page)
    assert scripts == ["trial-repo.js", "decap-cms.js", "gs-editor.js"]  # seeded before Decap starts
