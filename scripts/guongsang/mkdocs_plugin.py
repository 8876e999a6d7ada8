"""The MkDocs plugin: hands files to the core once per build and takes pages back. Hooks only.

The work lives in the core (project → catalog → portal.pages / portal.views); keeping
this layer thin keeps a later move to another renderer (Zensical) cheap.
"""

from __future__ import annotations

import os
from datetime import datetime
from pathlib import Path
from typing import Any

from mkdocs.config import base
from mkdocs.config import config_options as c
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import PluginError
from mkdocs.plugins import BasePlugin, event_priority
from mkdocs.structure.files import File, Files, InclusionLevel
from mkdocs.structure.pages import Page
from rich.console import Console

from guongsang import mkdocs_theme
from guongsang.catalog import build_catalog
from guongsang.model import TZ
from guongsang.portal import fieldtable
from guongsang.portal.blockcache import BlockCache, nav_key
from guongsang.portal.outputs import OutputFile, photo_sources, plan_files
from guongsang.portal.pages import PageSpec, PortalOptions, plan
from guongsang.portal.photos import publish_all
from guongsang.portal.views import Views
from guongsang.problem_output import print_text, summary
from guongsang.project import Project, check_project

DRAFTS_ENV = "GUONGSANG_DRAFTS"  # set by `guongsang serve --drafts`; never honoured by a build


class GuongsangConfig(base.Config):
    enabled = c.Type(bool, default=True)
    exemplars_dir = c.Type(str, default="exemplars")
    profile_prefix = c.Type(str, default="guong-dien-hinh")
    page_size = c.Type(int, default=24)
    cache_dir = c.Type(str, default=".cache/guongsang")
    reuse_blocks = c.Type(bool, default=True)  # render shared navigation once per build (tests turn it off to compare)


class GuongsangPlugin(BasePlugin[GuongsangConfig]):
    supports_multiple_instances = False

    def on_startup(self, *, command: str, dirty: bool) -> None:
        self.serving = command == "serve"

    # Runs first among config hooks: a profile error must stop the build before MkDocs
    # cleans the site folder (build() does that right after on_config / on_pre_build).
    @event_priority(100)
    def on_config(self, config: MkDocsConfig) -> MkDocsConfig | None:
        if not self.config.enabled:
            return None
        self.root = Path(config.config_file_path).resolve().parent
        project = Project(self.root, self.root / self.config.exemplars_dir)
        result = check_project(project)
        if result.errors:
            print_text(result.problems, Console(stderr=True, highlight=False))
            raise PluginError(summary(result.files, result.problems) + " Trang chưa được dựng; thư mục site giữ nguyên.")
        drafts = getattr(self, "serving", False) and os.environ.get(DRAFTS_ENV) == "1"
        self.catalog = build_catalog(result.exemplars, result.vocabs, datetime.now(TZ), drafts=drafts)
        self.options = PortalOptions(profile_prefix=self.config.profile_prefix.strip("/"), page_size=self.config.page_size)
        self.specs = {spec.src_uri: spec for spec in plan(self.catalog, self.options)}
        self.by_slug = self.catalog.by_slug()
        mkdocs_theme.configure_theme(config)
        return config

    def on_files(self, files: Files, /, *, config: MkDocsConfig) -> Files | None:
        if not self.config.enabled:
            return None
        photos = publish_all(photo_sources(self.catalog), self.root / self.config.cache_dir / "photos")
        outputs, photo_views = plan_files(self.catalog, self.options, photos)
        outputs += [OutputFile(spec.src_uri, content=self._markdown(spec)) for spec in self.specs.values()]
        generated = [_as_file(config, out) for out in outputs] + mkdocs_theme.files(config)
        self.views = Views(self.catalog, self.options, photo_views)
        self.blocks = BlockCache(enabled=self.config.reuse_blocks)
        for file in generated:  # the writer refuses two outputs at one path
            clash = files.get_file_from_path(file.src_uri)
            if clash is not None:
                raise PluginError(f"Hai đầu ra cùng một đường dẫn: {file.src_uri} (trùng với {clash.src_uri}).")
            files.append(file)
        return files

    def _markdown(self, spec: PageSpec) -> str:
        # A leading newline keeps a body that starts with "---" from being read as front matter.
        return "\n" + self.by_slug[spec.ref].body if spec.kind == "profile" else "\n"

    def on_page_markdown(self, markdown: str, /, *, page: Page, config: MkDocsConfig, files: Files) -> str | None:
        if not self.config.enabled:
            return None
        spec = self.specs.get(page.file.src_uri)
        if spec is not None:
            page.meta["title"] = spec.title
            page.meta["template"] = spec.template
        elif page.is_homepage:
            page.meta.setdefault("template", "gs/home.html")
        return fieldtable.expand(markdown)

    def on_page_context(self, context: dict[str, Any], /, *, page: Page, config: MkDocsConfig, nav: Any) -> dict[str, Any] | None:
        if not self.config.enabled:
            return None
        spec = self.specs.get(page.file.src_uri)
        context["gs_blocks"] = self.blocks
        context["gs_nav_key"] = nav_key(page.url)
        if spec is None:
            context["gs"] = self.views.home() if page.is_homepage else None
        elif spec.kind == "profile":
            context["gs"] = self.views.profile(spec.ref, config.site_url or "")
        elif spec.kind == "section":
            context["gs"] = self.views.section(spec)
        else:
            context["gs"] = self.views.facet(spec.ref)
        return context

    def on_env(self, env: Any, /, *, config: MkDocsConfig, files: Files) -> Any:
        if self.config.enabled:
            self.views.card_template = env.get_template("gs/partials/card.html")
        return env

    def on_serve(self, server: Any, /, *, config: MkDocsConfig, builder: Any) -> Any:
        server.watch(str(self.root / self.config.exemplars_dir))  # profiles live outside docs_dir
        return server


def _as_file(config: MkDocsConfig, out: OutputFile) -> File:
    if out.content is not None:
        return File.generated(config, out.uri, content=out.content, inclusion=InclusionLevel.NOT_IN_NAV)
    return File.generated(config, out.uri, abs_src_path=str(out.source), inclusion=InclusionLevel.NOT_IN_NAV)
