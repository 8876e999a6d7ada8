"""The web editor's settings (the `editor:` option of the plugin) and the Decap CMS configuration built from them.

Decap CMS edits the repository through the git host's API: a profile saved in the editor is a commit
(or, in the default editorial workflow, a pull/merge request that the CI check validates). Paths in
its configuration are relative to the repository root, so they are computed from where mkdocs.yml
sits in the repository.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path, PurePosixPath
from typing import Any

import yaml

from guongsang.core.problems import did_you_mean
from guongsang.core.vocab import Vocabularies
from guongsang.outputs.editor.fields import profile_fields

#: Decap CMS 3's backends. test-repo keeps everything in the browser's memory (a trial: nothing is saved).
BACKENDS = ("github", "gitlab", "gitea", "forgejo", "bitbucket", "azure", "git-gateway",
            "aws-cognito-github-proxy", "test-repo")
PUBLISH_MODES = ("editorial_workflow", "simple")
DECAP_DIR = "node_modules/decap-cms/dist"
_KEYS = ("backend", "publish_mode", "local_backend", "decap_dir", "collection")
COLLECTION = "guong-dien-hinh"


class EditorError(Exception):
    """A bad `editor:` option; the message is Vietnamese and names the option."""


@dataclass(frozen=True, slots=True)
class EditorOptions:
    backend: dict[str, Any]
    publish_mode: str = "editorial_workflow"
    local_backend: bool = False  # also offer `npx decap-server` on the editor's own machine
    decap_dir: str = DECAP_DIR  # where the installed Decap CMS files are, from the folder of mkdocs.yml

    @property
    def is_trial(self) -> bool:
        return self.backend["name"] == "test-repo"


def _fail(message: str) -> EditorError:
    return EditorError(f"mkdocs.yml, guongsang, editor: {message}")


def read_options(raw: Any) -> EditorOptions | None:
    """The plugin's `editor:` mapping → options; None when the editor is not wanted."""
    if raw is None or raw is False:
        return None
    if not isinstance(raw, dict):
        raise _fail("phải là một bảng khóa–giá trị, ví dụ:\n  editor:\n    backend:\n      name: gitlab\n      repo: so-noi-vu/guong-dien-hinh")
    for key in raw:
        if key not in _KEYS:
            hint = did_you_mean(str(key), _KEYS)
            raise _fail(f"không có thiết lập «{key}».{' ' + hint if hint else ''} Các thiết lập: {', '.join(_KEYS)}.")
    backend = raw.get("backend")
    if not isinstance(backend, dict) or not isinstance(backend.get("name"), str):
        raise _fail("thiếu backend (kho git mà trình soạn thảo ghi vào), ví dụ:\n  backend:\n    name: gitlab\n"
                    "    repo: so-noi-vu/guong-dien-hinh\n    auth_type: pkce\n    app_id: <mã ứng dụng OAuth>")
    if backend["name"] not in BACKENDS:
        hint = did_you_mean(backend["name"], BACKENDS)
        raise _fail(f"backend «{backend['name']}» không được Decap CMS hỗ trợ.{' ' + hint if hint else ''} "
                    f"Chọn một trong: {', '.join(BACKENDS)}.")
    if backend["name"] != "test-repo" and not backend.get("repo") and backend["name"] != "git-gateway":
        raise _fail(f"backend {backend['name']} cần repo (tên kho, ví dụ so-noi-vu/guong-dien-hinh).")
    mode = raw.get("publish_mode", "editorial_workflow")
    if mode not in PUBLISH_MODES:
        raise _fail(f"publish_mode «{mode}» không hợp lệ: editorial_workflow (bài mới thành yêu cầu hợp nhất để duyệt) "
                    "hoặc simple (ghi thẳng vào nhánh chính).")
    local = raw.get("local_backend", False)
    decap_dir = raw.get("decap_dir", DECAP_DIR)
    if not isinstance(local, bool) or not isinstance(decap_dir, str):
        raise _fail("local_backend phải là true/false và decap_dir là một đường dẫn.")
    return EditorOptions(backend=dict(backend), publish_mode=mode, local_backend=local, decap_dir=decap_dir)


def repo_prefix(root: Path) -> PurePosixPath:
    """Where the folder of mkdocs.yml is inside its git repository ('' at the top, or without git)."""
    for parent in (root, *root.parents):
        if (parent / ".git").exists():
            return PurePosixPath(root.relative_to(parent).as_posix())
    return PurePosixPath()


@dataclass(frozen=True, slots=True)
class SiteFacts:
    site_name: str
    site_url: str  # may be ''
    exemplars_dir: PurePosixPath  # from the repository root
    profile_prefix: str
    today: date


def decap_config(options: EditorOptions, vocabs: Vocabularies, site: SiteFacts) -> dict[str, Any]:
    """The whole config.yml Decap CMS reads: backend, Vietnamese interface, one collection of profiles."""
    folder = site.exemplars_dir.as_posix()
    config: dict[str, Any] = {
        "backend": options.backend,
        "locale": "vi",
        "publish_mode": options.publish_mode,
        # Photos go beside their profile (collection setting); this folder is only Decap's fallback.
        "media_folder": f"{folder}/_media",
        "public_folder": "",
        "slug": {"encoding": "ascii", "clean_accents": True, "sanitize_replacement": "-"},
    }
    if options.local_backend:
        config["local_backend"] = True
    if site.site_url:
        config["site_url"] = site.site_url
        config["display_url"] = site.site_url
    config["collections"] = [{
        "name": COLLECTION,
        "label": "Gương điển hình",
        "label_singular": "hồ sơ gương điển hình",
        "description": "Mỗi hồ sơ là một tệp Markdown trong kho; lưu xong, trang được dựng lại và kiểm tra tự động.",
        "folder": folder,
        # Decap turns "." into "-" in path templates, so {{fields.year}} cannot name the award year:
        # {{year}} is the publication date's year (the folder is only for people; URLs ignore it).
        "path": "{{year}}/{{slug}}",
        "extension": "md",
        "format": "frontmatter",
        "create": True,
        "slug": "{{title}}",
        "identifier_field": "title",
        "summary": "{{title}} · {{fields.year}}",
        "sortable_fields": ["date", "title", "year"],
        "view_groups": [{"label": "Năm khen thưởng", "field": "year"}],
        "view_filters": [{"label": "Bản nháp", "field": "draft", "pattern": True},
                         {"label": "Tiêu biểu", "field": "featured", "pattern": True}],
        "preview_path": f"{site.profile_prefix}/{{{{filename}}}}/",
        "media_folder": "",
        "public_folder": "",
        "fields": profile_fields(vocabs, site.today),
    }]
    return config


def config_yaml(config: dict[str, Any]) -> str:
    header = ("# Tệp do guongsang tạo khi dựng cổng, từ mô hình hồ sơ và các danh mục: đừng sửa tay.\n"
              "# Thiết lập trình soạn thảo nằm ở mục editor của plugin guongsang trong mkdocs.yml.\n")
    return header + yaml.safe_dump(config, allow_unicode=True, sort_keys=False, width=120)
