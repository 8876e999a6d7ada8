"""The MkDocs plugin: hands files to the core once per build and takes pages back. Hooks only.

The work lives in the core (project → catalog → portal.pages / portal.views); keeping
this layer thin keeps a later move to another renderer (Zensical) cheap.
"""

from __future__ import annotations

import logging
import os
from html import escape as escape_html
from pathlib import Path
from typing import Any

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import PluginError
from mkdocs.plugins import BasePlugin, event_priority
from mkdocs.structure.files import Files
from mkdocs.structure.pages import Page
from rich.console import Console

from guongsang.core import clock, sanitize
from guongsang.core.catalog import build_catalog
from guongsang.core.problem_output import print_text, summary
from guongsang.core.project import Project, check_project
from guongsang.core.settings import DRAFTS_ENV, REPORT_ENV
from guongsang.core.vocab import VOCAB_DIRNAME
from guongsang.mkdocs_plugin import compiled, identity, incremental, preview, sitedir, theme
from guongsang.mkdocs_plugin.csp import META_POLICY, CspPages, theme_scripts
from guongsang.mkdocs_plugin.files import as_file
from guongsang.mkdocs_plugin.options import GuongsangConfig, problem_of, radio_of
from guongsang.outputs.editor.bundle import find_decap
from guongsang.outputs.editor.config import EditorError, SiteFacts, read_options, repo_prefix
from guongsang.outputs.editor.site import editor_files, write_preview_styles
from guongsang.outputs.images.cache import ImageCache
from guongsang.outputs.portal import fieldtable, head, htmlfix, typography
from guongsang.outputs.portal.attachments import finish_html, publish_attachments
from guongsang.outputs.portal.blockcache import BlockCache, nav_key
from guongsang.outputs.portal.feedplan import NO_SITE_URL, FeedClash, FeedPlan, FeedSite
from guongsang.outputs.portal.imagery import ImageError, publish_images, stats_message
from guongsang.outputs.portal.outputs import OutputFile, plan_files
from guongsang.outputs.portal.pagekeys import PageKeys
from guongsang.outputs.portal.pages import SEARCH_URL, PageSpec, PortalOptions, plan
from guongsang.outputs.portal.radiopages import RadioPages
from guongsang.outputs.portal.searchview import search_view
from guongsang.outputs.portal.statsview import stats_view
from guongsang.outputs.portal.views import Views
from guongsang.outputs.search import later
from guongsang.outputs.search.site import SearchError, SiteSearch

log = logging.getLogger("mkdocs.plugins.guongsang")


class GuongsangPlugin(BasePlugin[GuongsangConfig]):
    supports_multiple_instances = False

    def on_startup(self, *, command: str, dirty: bool) -> None:
        self.serving = command == "serve"
        self.incremental = False  # preview.serve turns it on: builds after the first render what changed
        self.memory: incremental.Memory | None = None

    # Runs first among config hooks: a profile error must stop the build before MkDocs
    # cleans the site folder (build() does that right after on_config / on_pre_build).
    @event_priority(100)
    def on_config(self, config: MkDocsConfig) -> MkDocsConfig | None:
        if not self.config.enabled:
            return None
        self.root = Path(config.config_file_path).resolve().parent
        sitedir.guard(config, self.root, self.config.exemplars_dir, self.config.cache_dir)  # before MkDocs empties it
        self.style = identity.card_style(self.root, self.config.share_card, config.site_name)
        self.identity = identity.Identity(self.root, self.config.agency, self.config.max_pixels)
        self.identity.configure(config)
        bad = problem_of(self.config)
        if bad:
            raise PluginError(f"mkdocs.yml, guongsang: {bad}")
        try:
            self.editor = read_options(self.config.editor)
            self.decap = find_decap(self.root, self.editor) if self.editor else None
        except EditorError as exc:
            raise PluginError(f"{exc} Trang chưa được dựng; thư mục site giữ nguyên.") from None
        project = Project(self.root, self.root / self.config.exemplars_dir, self.config.max_pixels,
                          cache_dir=self.root / self.config.cache_dir)  # per-file results kept (core/checkcache.py)
        result = check_project(project)
        serving = getattr(self, "serving", False)  # on_startup runs only under MkDocs' command line
        if result.errors:
            print_text(result.problems, Console(stderr=True, highlight=False))
            raise preview.ProblemsFound(summary(result.files, result.problems), result.problems, serving=serving)
        drafts = serving and os.environ.get(DRAFTS_ENV) == "1"
        self.catalog = build_catalog(result.exemplars, result.vocabs, clock.now(), drafts=drafts)
        self.options = PortalOptions(profile_prefix=self.config.profile_prefix.strip("/"), page_size=self.config.page_size,
                                     search=self.config.search)
        self.radio = RadioPages(self.catalog, radio_of(self.config), self.root / self.config.cache_dir)  # bản tin
        self.specs = {spec.src_uri: spec for spec in plan(self.catalog, self.options) + self.radio.specs()}
        self.by_slug = self.catalog.by_slug()
        theme.configure_theme(config, self._report, material_js=self.config.material_js)
        # a preview's live reload injects an inline script: the policy goes into built pages only
        policy = META_POLICY if self.config.csp_meta and not serving else None
        self.csp = CspPages(theme_scripts(config.theme.dirs), policy)
        self.rebuild = None
        if getattr(self, "incremental", False):
            key = incremental.site_key(config, self.root / self.config.exemplars_dir / VOCAB_DIRNAME, (drafts,))
            self.rebuild, self.memory = incremental.Rebuild(self.memory, config.site_dir, key, self.options), None
        return config

    def on_pre_build(self, *, config: MkDocsConfig) -> None:
        if self.config.enabled:
            sitedir.mark(config)  # a later build may replace this folder
            if self.rebuild:
                self.rebuild.prepare(config)

    def _report(self, message: str) -> None:
        log.info(message)
        report = os.environ.get(REPORT_ENV)
        if report:
            with open(report, "a", encoding="utf-8") as fh:
                fh.write(message + "\n")

    def on_files(self, files: Files, /, *, config: MkDocsConfig) -> Files | None:
        if not self.config.enabled:
            return None
        cache = ImageCache(self.root / self.config.cache_dir / "images")
        try:
            images = publish_images(self.catalog, self.options, self.style, cache, config.site_description or "")
            self.attached = publish_attachments(self.catalog, self.options, cache)  # evidence, images in bodies
        except ImageError as exc:
            cache.save(prune=False)  # keep what was encoded before the failure
            print_text(exc.problems, Console(stderr=True, highlight=False))
            raise preview.ProblemsFound(f"{len(exc.problems)} ảnh không xử lý được.", exc.problems,
                                        serving=getattr(self, "serving", False)) from None
        cache.save()
        self._report(stats_message(images.stats))
        outputs = plan_files(self.catalog, self.options) + self.attached.files + self.radio.files()
        outputs += [OutputFile(out.uri, source=out.source, linkable=True) for out in images.files]
        outputs += [OutputFile(spec.src_uri, content=self._markdown(spec)) for spec in self.specs.values()]
        outputs += self._editor_files(config, images.photos)
        generated = [as_file(config, out) for out in outputs] + theme.files(config)
        generated += self.identity.files(config, files)
        self.views = Views(self.catalog, self.options, images.photos, images.cards, feeds=bool(config.site_url),
                           evidence=self.attached.evidence)
        self.images = images
        self.heads: dict[str, str] = {}
        self.articles: dict[str, str] = {}  # slug → the profile's article HTML, for the feeds
        self.blocks = BlockCache(enabled=self.config.reuse_blocks)
        self.taken = {f.dest_uri for f in files} | {f.dest_uri for f in generated}
        self.search = (SiteSearch(self.catalog, self.options, images.photos, self.config.search_story_words,
                                  None if self.rebuild else Path(config.site_dir)) if self.config.search else None)
        if self.search:
            try:
                self.search.check_paths(self.taken)
            except SearchError as exc:
                raise PluginError(str(exc)) from None
            if self.rebuild:
                self.search.defer()  # indexed after the build (incremental.py)
            else:
                self.search.start_early(Path(config.site_dir))
        for file in generated:  # the writer refuses two outputs at one path
            clash = files.get_file_from_path(file.src_uri)
            if clash is not None:
                raise PluginError(f"Hai đầu ra cùng một đường dẫn: {file.src_uri} (trùng với {clash.src_uri}).")
            files.append(file)
        self.files = files
        if self.rebuild:
            self.rebuild.mark(files, PageKeys(self.catalog, self.options, images.photos, images.cards, bool(config.site_url),
                                      self.attached.evidence, self._markdown, self.attached.pictures,
                                      (config.site_url or "", config.site_name, config.site_description or ""),
                                      self.rebuild.memory.site_key), self.specs.values())
            self._report(self.rebuild.report())
        return files

    def _editor_files(self, config: MkDocsConfig, photos: dict[str, Any]) -> list[OutputFile]:
        facts = SiteFacts(config.site_name, config.site_url or "", repo_prefix(self.root) / self.config.exemplars_dir,
                          self.options.profile_prefix, clock.today())
        files, report = editor_files(self.decap, self.editor, self.catalog, facts, photos)
        if report:
            self._report(report)
        return files

    def _markdown(self, spec: PageSpec) -> str:
        # A leading newline keeps a body that starts with "---" from being read as front matter.
        body = self.attached.markdown.get(spec.ref, self.by_slug[spec.ref].body) if spec.kind == "profile" else ""
        return "\n" + body

    def on_page_markdown(self, markdown: str, /, *, page: Page, config: MkDocsConfig, files: Files) -> str | None:
        if not self.config.enabled:
            return None
        spec = self.specs.get(page.file.src_uri)
        if spec is not None:
            page.meta["title"] = escape_html(typography.curly(spec.title))  # printed as HTML by Material: text here
            page.meta["template"] = spec.template
        elif page.is_homepage:
            page.meta.setdefault("template", "gs/home.html")
        return fieldtable.expand(markdown)

    def on_page_content(self, html: str, /, *, page: Page, config: MkDocsConfig, files: Files) -> str | None:
        if self.config.enabled:
            spec = self.specs.get(page.file.src_uri)
            if spec is not None and spec.kind == "profile":
                # untrusted: only the allow-list reaches the page, feeds and Zalo; images only as our derivatives
                html = finish_html(sanitize.clean(html), self.attached.pictures.get(spec.ref, {}))
                self.articles[spec.ref] = html
                if self.search:
                    self.search.profile(self.by_slug[spec.ref], html)
            elif spec is None and self.search and not page.is_homepage:  # a content page
                self.search.page(page.url, page.title or "", html)
        return html

    def on_page_context(self, context: dict[str, Any], /, *, page: Page, config: MkDocsConfig, nav: Any) -> dict[str, Any] | None:
        if not self.config.enabled:
            return None
        spec = self.specs.get(page.file.src_uri)
        context["gs_blocks"] = self.blocks
        context["gs_nav_key"] = nav_key(page.url)
        if spec is None:
            context["gs"] = self.views.home() if page.is_homepage else None
        elif spec.kind == "profile":
            context["gs"] = self.views.profile(spec.ref, config.site_url or "", self.articles.get(spec.ref, ""))
        elif spec.kind == "section":
            context["gs"] = self.views.section(spec)
        elif spec.kind == "search":
            context["gs"] = search_view(self.catalog)
        elif spec.kind == "stats":
            context["gs"] = stats_view(self.catalog)
        elif spec.kind == "radio":
            context["gs"] = self.radio.view(spec.ref)
        else:
            context["gs"] = self.views.facet(spec.ref)
        share = self.views.share(spec, spec.title if spec else page.title or config.site_name, page.url, config.site_description or "",
                                 config.site_name)
        self.heads[page.url] = head.tags(share, site_url=config.site_url or "", site_name=config.site_name)
        return context

    def on_post_page(self, output: str, /, *, page: Page, config: MkDocsConfig) -> str | None:
        if not self.config.enabled:
            return None
        tags = self.heads.pop(page.url, None)
        return self.csp.page(htmlfix.mend(head.inject(output, tags) if tags else output), page.url)

    def on_post_template(self, output_content: str, /, *, template_name: str, config: MkDocsConfig) -> str | None:
        if not self.config.enabled or not template_name.endswith(".html"):
            return None
        return self.csp.template(htmlfix.mend(output_content), template_name, config.site_url or "")

    def on_post_build(self, *, config: MkDocsConfig) -> None:
        if not self.config.enabled:
            return
        site_dir = Path(config.site_dir)
        self.csp.write(site_dir)
        if self.rebuild:  # profiles not rendered again: their article from the last build
            self.articles = self.rebuild.articles(self.articles, self.by_slug, self.search)
        if self.search and not self.rebuild:
            self.search.start(site_dir)  # Pagefind runs beside the feeds (another process, the other core)
        failed = None
        try:
            feeds = self._write_feeds(config, site_dir)
        finally:
            if self.search and not self.rebuild:
                try:
                    self._report(self.search.finish())
                except SearchError as exc:
                    failed = str(exc)
        if failed:
            raise PluginError(failed)
        self._report(feeds)
        styles = {write_preview_styles(site_dir)} if self.decap and self.editor else set()
        if self.rebuild:
            self.memory = self.rebuild.finish(site_dir, {f.dest_uri for f in self.files} | self.feed_uris | styles)
            if self.search:
                later.start(self.search, site_dir, self._report, self.memory.page_keys, self.memory.site_key)

    def _write_feeds(self, config: MkDocsConfig, site_dir: Path) -> str:
        self.feed_uris: set[str] = set()
        if not config.site_url:
            return NO_SITE_URL
        site = FeedSite(config.site_url, config.site_name, config.site_description or "", self.config.feed_items)
        plan = FeedPlan(self.catalog, self.options, site, self.images.cards, self.images.photos,
                        lambda slug: self.articles.get(slug, ""))
        self.feed_uris = plan.uris()
        try:
            return plan.write(site_dir, self.taken, self.rebuild.feed_fresh if self.rebuild else None)
        except FeedClash as exc:
            raise PluginError(str(exc)) from None

    def on_env(self, env: Any, /, *, config: MkDocsConfig, files: Files) -> Any:
        if self.config.enabled:
            env.bytecode_cache = compiled.for_project(self.root / self.config.cache_dir)
            self.views.card_template = env.get_template("gs/partials/card.html")
            env.globals["gs_search_url"] = SEARCH_URL if self.config.search else None  # the header's search box
            env.globals["gs_material_js"] = self.config.material_js
            self.identity.register(env)
        return env

    def on_build_error(self, *, error: Exception) -> None:
        search = getattr(self, "search", None)
        if search:
            search.close()  # remove the staged documents

    def on_serve(self, server: Any, /, *, config: MkDocsConfig, builder: Any) -> Any:
        server.watch(str(self.root / self.config.exemplars_dir))  # profiles live outside docs_dir
        return server
