"""Project settings the core needs outside a MkDocs build, read from the guongsang entry of mkdocs.yml.

`guongsang check` and the build must agree (a photo too large for one is too large for the other),
so both read the same options. The YAML is only composed, not constructed: tags such as
``!!python/name:`` or ``!ENV`` that Material's configurations use are never executed here.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

import yaml

from guongsang.core import agency, radiosettings
from guongsang.core.imagecheck import MAX_PIXELS
from guongsang.core.problems import Problem, problem

CONFIG_NAME = "mkdocs.yml"
PLUGIN = "guongsang"
CACHE_DIR = ".cache/guongsang"  # the plugin's cache_dir default: check's cache lives in its check/ folder
# How `guongsang build` and `serve` talk to the plugin in the MkDocs process (here, so the CLI need not import MkDocs)
DRAFTS_ENV = "GUONGSANG_DRAFTS"  # set by `guongsang serve --drafts`; never honoured by a build
REPORT_ENV = "GUONGSANG_REPORT"  # a file `guongsang build` reads back: what the build did, for its quiet output


@dataclass(frozen=True, slots=True)
class Settings:
    max_pixels: int = MAX_PIXELS
    problems: tuple[Problem, ...] = field(default=())
    cache_dir: str = CACHE_DIR


def max_pixels_problem(value: object) -> str | None:
    """Vietnamese message when ``max_pixels`` is not a whole number of at least one megapixel."""
    if isinstance(value, bool) or not isinstance(value, int) or value < 1_000_000:
        return f"max_pixels phải là một số nguyên từ 1000000 (1 triệu điểm ảnh) trở lên, không phải «{value}»."
    return None


def read(root: Path) -> Settings:
    path = root / CONFIG_NAME
    try:
        text = path.read_text(encoding="utf-8")
        node = yaml.compose(text, Loader=yaml.SafeLoader)
    except (OSError, UnicodeDecodeError, yaml.YAMLError):
        return Settings()  # no or unreadable mkdocs.yml: MkDocs itself reports a broken one
    found = _plugin_options(node)
    if found is None:
        return Settings()
    entry, options = found
    problems: list[Problem] = []
    max_pixels, cache_dir = MAX_PIXELS, CACHE_DIR
    for key, value in options.value:
        if isinstance(key, yaml.ScalarNode) and key.value == "max_pixels":
            parsed = _scalar(value)
            message = max_pixels_problem(parsed)
            if message:
                problems.append(problem("GS601", CONFIG_NAME, value.start_mark.line + 1, "max_pixels", message,
                                        "Ví dụ: max_pixels: 50000000"))
            else:
                max_pixels = int(parsed)  # type: ignore[call-overload]
        if isinstance(key, yaml.ScalarNode) and key.value == "cache_dir" and isinstance(_scalar(value), str):
            cache_dir = str(_scalar(value))  # anything else the build refuses with MkDocs' own message
    problems.extend(_agency_problems(root, entry, options, max_pixels))
    problems.extend(read_radio(options)[1])
    return Settings(max_pixels=max_pixels, problems=tuple(problems), cache_dir=cache_dir)


def _block(options: yaml.MappingNode, name: str) -> tuple[yaml.Node, object, dict[str, int]] | None:
    """(its key, its value as data, the line of each of its keys) of the plugin option ``name``, if set."""
    key, block = next(((k, v) for k, v in options.value if isinstance(k, yaml.ScalarNode) and k.value == name),
                      (None, None))
    if key is None or block is None:
        return None
    lines = {}
    if isinstance(block, yaml.MappingNode):
        lines = {k.value: k.start_mark.line + 1 for k, _ in block.value if isinstance(k, yaml.ScalarNode)}
    try:
        raw = yaml.SafeLoader("").construct_document(block)
    except yaml.YAMLError:
        raw = "…"
    return key, raw, lines


def _agency_problems(root: Path, entry: yaml.Node, options: yaml.MappingNode, max_pixels: int) -> list[Problem]:
    """What `check` says about ``agency:`` (the header's and footer's details), at its lines in mkdocs.yml."""
    found = _block(options, "agency")
    if found is None:
        return agency.read(root, None, at=entry.start_mark.line + 1, max_pixels=max_pixels)[1]
    key, raw, lines = found
    return agency.read(root, raw, lines, key.start_mark.line + 1, max_pixels)[1]


def read_radio(options: yaml.MappingNode) -> tuple[radiosettings.RadioSettings, list[Problem]]:
    """The ``radio:`` block (bulletins for loudspeakers) and its problems, at their lines in mkdocs.yml."""
    found = _block(options, "radio")
    if found is None:
        return radiosettings.RadioSettings(), []
    key, raw, lines = found
    return radiosettings.parse(raw, lines, key.start_mark.line + 1)


def _plugin_options(node: yaml.Node | None) -> tuple[yaml.Node, yaml.MappingNode] | None:
    """(the ``guongsang`` key, the mapping under it) of ``plugins: - guongsang:`` (or ``plugins: {guongsang: …}``)."""
    if not isinstance(node, yaml.MappingNode):
        return None
    plugins = next((v for k, v in node.value if isinstance(k, yaml.ScalarNode) and k.value == "plugins"), None)
    entries: list[tuple[yaml.Node, yaml.Node]] = []
    if isinstance(plugins, yaml.SequenceNode):
        for item in plugins.value:
            if isinstance(item, yaml.ScalarNode) and item.value == PLUGIN:  # "- guongsang", no options
                return item, yaml.MappingNode("tag:yaml.org,2002:map", [])
            if isinstance(item, yaml.MappingNode):
                entries.extend(item.value)
    elif isinstance(plugins, yaml.MappingNode):
        entries = list(plugins.value)
    for key, value in entries:
        if isinstance(key, yaml.ScalarNode) and key.value == PLUGIN:
            return key, value if isinstance(value, yaml.MappingNode) else yaml.MappingNode("tag:yaml.org,2002:map", [])
    return None


def _scalar(node: yaml.Node) -> object:
    if isinstance(node, yaml.ScalarNode):
        return yaml.safe_load(node.value) if node.style is None else node.value  # a quoted value stays text
    return "…"
