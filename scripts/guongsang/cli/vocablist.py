"""`guongsang danh-muc`: the vocabularies as an editor wants them: code, name, parent, other names.

Without a name, what vocabularies there are, how many terms each has and which file holds it. Values come
from the project's files: every one is shown through textrules.terminal_safe.
"""

from __future__ import annotations

from pathlib import Path

import click

from guongsang.cli.common import CONTEXT, err_console, fail, open_project, root_option
from guongsang.core import vocab as vocab_mod
from guongsang.core.problem_output import print_text
from guongsang.core.text import loose_key
from guongsang.core.textrules import terminal_safe

# what editors may type for each vocabulary: its command name (the portal's section folder) and its
# English file name, with _ or -
NAMES = {alias: name for name, command in vocab_mod.COMMAND_NAMES.items()
         for alias in (command, name, name.replace("_", "-"))}


def _rows(vocabs: vocab_mod.Vocabularies, name: str, search: str | None) -> list[tuple[str, str, str]]:
    """(code, name with its depth shown, what else to know) for every term, units as a tree."""
    vocab = vocabs[name]
    wanted = loose_key(search) if search else ""
    order: list[tuple[str, int]] = list(vocabs.unit_tree()) if name == "units" else [(t.id, 0) for t in vocab]
    rows = []
    for term_id, depth in order:
        term = vocab.terms[term_id]
        if wanted and not any(wanted in loose_key(text) for text in (term.id, term.name, *term.aliases)):
            continue
        notes = []
        if term.parent and term.parent in vocab.terms and name != "units":
            notes.append(f"thuộc {vocab.terms[term.parent].name}")
        if term.levels:
            levels = vocabs["award_levels"].terms
            notes.append("cấp " + ", ".join(levels[x].name if x in levels else x for x in term.levels))
        if term.last_year:
            notes.append(f"đến năm {term.last_year}")
        if term.aliases:
            notes.append("tên khác: " + ", ".join(term.aliases))
        rows.append((term.id, "  " * depth + term.name, "; ".join(notes)))
    return rows


def _print(rows: list[tuple[str, str, str]]) -> None:
    width = min(max((len(code) for code, _, _ in rows), default=0), 40)
    for code, name, notes in rows:
        line = f"{terminal_safe(code):<{width}}  {terminal_safe(name)}"
        click.echo(line + (f"  ({terminal_safe(notes)})" if notes else ""))


@click.command(context_settings=CONTEXT)
@click.argument("name", required=False, metavar="[DANH_MỤC]")
@root_option
@click.option("--search", "-s", "search", metavar="CHỮ", help="Chỉ hiện các mục có mã, tên hoặc tên khác chứa CHỮ "
              "(không phân biệt hoa thường, có dấu hay không).")
def vocab_list(name: str | None, root: Path | None, search: str | None) -> None:
    """Xem các danh mục (đơn vị, lĩnh vực, loại điển hình, cấp và hình thức khen thưởng, phong trào).

    Không nêu DANH_MỤC: liệt kê các danh mục, số mục và tệp chứa mỗi danh mục. DANH_MỤC là một trong:
    loai, linh-vuc, don-vi, cap-khen-thuong, hinh-thuc-khen-thuong, phong-trao. Trong hồ sơ có thể
    ghi mã (cột đầu) hoặc tên đầy đủ.
    """
    project = open_project(root)
    vocabs = vocab_mod.load_all(project.root, project.exemplars_dir)
    if vocabs.problems:
        print_text(vocabs.problems, err_console())
    if name is None:
        for key, label in vocab_mod.LABELS.items():
            v = vocabs[key]
            where = v.own if v.source == v.own else f"mặc định của Guongsang (tạo {v.own} để thay)"
            click.echo(f"{vocab_mod.COMMAND_NAMES[key]:<22}  {label}: {len(v)} mục, {terminal_safe(where)}")
        click.echo("\nXem một danh mục: guongsang danh-muc don-vi (hoặc tên khác ở cột đầu).")
        return
    key = NAMES.get(name.strip().lower())
    if key is None:
        fail(f"Không có danh mục «{name}». Các danh mục: " + ", ".join(vocab_mod.COMMAND_NAMES.values()) + ".")
    rows = _rows(vocabs, key, search)
    vocab = vocabs[key]
    if not rows:
        fail(f"Không có mục nào trong danh mục {vocab.label.lower()} khớp «{search}».", 1)
    _print(rows)
    where = vocab.own if vocab.source == vocab.own else f"{vocab.own} (tạo tệp này, chép từ danh mục mặc định)"
    err_console().print(f"{len(rows)} mục. Thêm mục mới vào {terminal_safe(where)}.", highlight=False, markup=False)
