"""The files served at /admin/: Decap CMS as installed by npm (never from a CDN), its configuration, a page.

Decap CMS is a package dependency (package.json: ``decap-cms``), installed by ``npm ci`` into
node_modules. Its ``dist`` folder holds the standalone bundle ``decap-cms.js`` plus chunks and
WebAssembly it loads on demand from the same folder; the ``cms.js`` variant (for sites bundling
React themselves) and source maps are not published.
"""

from __future__ import annotations

import html
import json
from dataclasses import dataclass
from pathlib import Path

from guongsang.outputs.editor.config import EditorError, EditorOptions

ADMIN_DIR = "admin/"
ENTRY = "decap-cms.js"
MIN_MAJOR = 3
#: Guongsang's own additions (outputs/editor/assets/): Vietnamese phrases and the profile preview, phone layout.
EXTRAS = ("gs-editor.js", "gs-editor.css")
INSTALL_HINT = "Cài bằng lệnh `npm ci` (hoặc `npm install decap-cms@3`) trong thư mục của mkdocs.yml rồi dựng lại."


@dataclass(frozen=True, slots=True)
class DecapFiles:
    version: str
    files: tuple[Path, ...]  # to publish under /admin/, by their own names


def _published(name: str) -> bool:
    """The bundle, its licence notice, its chunks (``123.decap-cms.js``) and WebAssembly."""
    return name in (ENTRY, f"{ENTRY}.LICENSE.txt") or name.endswith((f".{ENTRY}", ".wasm"))


def find_decap(root: Path, options: EditorOptions) -> DecapFiles:
    """The installed Decap CMS files, or a Vietnamese error saying how to install them."""
    dist = (root / options.decap_dir).resolve()
    entry = dist / ENTRY
    if not entry.is_file():
        raise EditorError(f"Không tìm thấy Decap CMS (trình soạn thảo web) ở {options.decap_dir}/{ENTRY}. {INSTALL_HINT}")
    try:
        version = str(json.loads((dist.parent / "package.json").read_text(encoding="utf-8"))["version"])
        major = int(version.split(".")[0])
    except (OSError, ValueError, KeyError, TypeError):
        raise EditorError(f"Không đọc được phiên bản Decap CMS trong {dist.parent / 'package.json'}. {INSTALL_HINT}") from None
    if major < MIN_MAJOR:
        raise EditorError(f"Decap CMS {version} quá cũ: guongsang cần phiên bản {MIN_MAJOR} trở lên. {INSTALL_HINT}")
    files = tuple(sorted(p for p in dist.iterdir() if p.is_file() and _published(p.name)))
    return DecapFiles(version, files)


def index_html(site_name: str, options: EditorOptions, collection: str) -> str:
    """The editor's page: Vietnamese, not indexed by search engines, scripts only from /admin/ itself.

    The trial's repository (trial.py) is set before Decap starts; gs-editor.js runs after Decap's
    bundle has defined ``CMS`` and before Decap starts, on DOMContentLoaded.
    """
    trial = ""
    if options.is_trial:
        trial = ('<script src="trial-repo.js"></script>\n<p class="gs-trial" role="status">Bản dùng thử: bài soạn ở đây chỉ nằm trong trình duyệt này, '
                 "không được lưu vào kho và mất khi tải lại trang.</p>\n")
    return f"""<!doctype html>
<html lang="vi">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex, nofollow">
<title>Soạn hồ sơ gương điển hình — {html.escape(site_name)}</title>
<meta name="gs-collection" content="{html.escape(collection)}">
<link href="config.yml" type="text/yaml" rel="cms-config-url">
<link href="gs-editor.css" rel="stylesheet">
<style>
.gs-trial{{position:fixed;bottom:0;left:0;right:0;margin:0;padding:.5rem 1rem;z-index:1000;
background:#fff4ce;color:#3b2f00;font:14px/1.4 system-ui,sans-serif;border-top:1px solid #b38f00;text-align:center}}
</style>
</head>
<body>
<noscript>Trình soạn thảo cần bật JavaScript trong trình duyệt.</noscript>
{trial}<script src="{ENTRY}"></script>
<script src="gs-editor.js"></script>
</body>
</html>
"""
