"""MkDocs side of outputs/sitedir.py: plain `mkdocs build` refuses the same site folders as `guongsang build`.

MkDocs empties site_dir right after the pre_build event; the decision is made in on_config, and the
marker written in on_pre_build, so a folder MkDocs has started to fill is always marked as ours.
"""

from __future__ import annotations

from pathlib import Path

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import PluginError

from guongsang.outputs import sitedir


def guard(config: MkDocsConfig, root: Path, exemplars_dir: str, cache_dir: str) -> None:
    """Stop the build (PluginError) if site_dir overlaps the sources or is a non-empty folder we did not build."""
    site = Path(config.site_dir)
    named = [("docs_dir", config.docs_dir), ("custom_dir", config.theme.custom_dir),
             ("exemplars_dir", exemplars_dir), ("cache_dir", cache_dir)]
    try:
        sitedir.refuse_unsafe(site, root, sitedir.sources(root, named))
        sitedir.refuse_foreign(site, root)
    except sitedir.SiteRefused as exc:
        raise PluginError(f"{exc} Trang chưa được dựng; không có gì bị xoá.") from None


def mark(config: MkDocsConfig) -> None:
    site = Path(config.site_dir)
    site.mkdir(parents=True, exist_ok=True)
    sitedir.mark(site)
