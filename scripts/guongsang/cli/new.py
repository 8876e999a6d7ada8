"""`guongsang new`: scaffold a valid profile from flags, prompting on a terminal for what is missing.

The options are derived from the model: one per plain field, with the model's description as help.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

import click

from guongsang.authoring.scaffold import render_profile, write_new
from guongsang.cli.common import CONTEXT, err_console, fail, open_project, root_option
from guongsang.core import load
from guongsang.core.model import REQUIRED_FIELDS, VOCAB_FIELDS, Profile
from guongsang.core.problem_output import print_text
from guongsang.core.project import check_project, today_in_vietnam
from guongsang.core.text import slugify
from guongsang.core.textrules import terminal_safe
from guongsang.core.validate import Context, validate_record
from guongsang.core.vocab import COMMAND_NAMES, Vocabularies

# Fields set from the command line; lists, paths and evidence are edited in the file afterwards.
NEW_FIELDS = (
    "title", "kind", "unit", "sector", "award_level", "year", "date", "summary",
    "award", "decision", "campaign", "author",
)
_PROMPT_CHOICES_MAX = 20


def _option_name(field: str) -> str:
    return "--" + field.replace("_", "-")


def _ask(field: str, vocabs: Vocabularies, default: Any) -> Any:
    info = Profile.model_fields[field]
    if field in VOCAB_FIELDS:
        vocab = vocabs[VOCAB_FIELDS[field]]
        if len(vocab) <= _PROMPT_CHOICES_MAX:
            for term in vocab:
                click.echo(f"  {term.id:<36} {terminal_safe(term.name)}", err=True)
    label = str(info.description).split(";")[0].rstrip(".")
    return click.prompt(f"{label} ({field})", default=default, type=int if field == "year" else str, err=True)


def _resolve(field: str, value: Any, vocabs: Vocabularies, interactive: bool) -> Any:
    """A vocabulary value → its id; re-ask on a terminal, fail otherwise."""
    if field not in VOCAB_FIELDS or value is None:
        return value
    vocab = vocabs[VOCAB_FIELDS[field]]
    while (resolved := vocab.resolve(str(value))) is None:
        message = f"{vocab.label} «{value}» không có trong danh mục. {vocab.suggest(str(value))}"
        if not interactive:
            fail(message, 1)
        err_console().print(message, style="yellow")
        value = _ask(field, vocabs, None)
    return resolved


def _new(root: Path | None, folder: str | None, draft: bool, values: dict[str, Any]) -> None:
    project = open_project(root)
    result = check_project(project)
    vocabs = result.vocabs
    if vocabs.problems:
        print_text(vocabs.problems, err_console())
        fail("Danh mục có lỗi; hãy sửa trước khi tạo hồ sơ.", 1)
    today = today_in_vietnam()
    interactive = sys.stdin.isatty()
    defaults = {"year": today.year, "date": today.isoformat()}
    for field in REQUIRED_FIELDS:
        if values.get(field) is None:
            if field == "date":
                values[field] = defaults["date"]
            elif interactive:
                values[field] = _resolve(field, _ask(field, vocabs, defaults.get(field)), vocabs, interactive)
    missing = [_option_name(f) for f in REQUIRED_FIELDS if values.get(f) is None]
    if missing:
        fail("Thiếu thông tin bắt buộc: " + ", ".join(missing) + ". Hãy thêm các tùy chọn này (xem guongsang new --help).")
    for field in NEW_FIELDS:
        values[field] = _resolve(field, values.get(field), vocabs, interactive)
    values["draft"] = draft
    slug = slugify(values["title"]) or "ho-so"
    if any(ex.slug == slug for ex in result.exemplars):
        fail(f"Đã có hồ sơ với slug «{slug}». Hãy dùng guongsang new với một tên khác, hoặc sửa hồ sơ đã có.", 1)
    path = project.exemplars_dir / (folder or str(values["year"])) / f"{slug}.md"
    rel = load.relative(path, project.root)
    text = render_profile(values)
    rec = load.parse(text, rel, path)
    validate_record(rec, Context(project.root, vocabs, today))
    if any(p.is_error for p in rec.problems):
        print_text(rec.problems, err_console())
        fail("Hồ sơ chưa hợp lệ nên chưa được tạo.", 1)
    try:
        write_new(path, text)
    except FileExistsError:
        fail(f"Tệp {rel} đã tồn tại; guongsang new không bao giờ ghi đè.", 1)
    err_console().print(f"Đã tạo [bold]{rel}[/bold]. Hãy mở tệp để viết nội dung, rồi chạy guongsang check.")


def _help(field: str) -> str:
    """The model's description, and for a vocabulary field where its values are listed."""
    text = str(Profile.model_fields[field].description)
    if field in VOCAB_FIELDS:
        text += f" Mã hoặc tên; xem các giá trị: guongsang danh-muc {COMMAND_NAMES[VOCAB_FIELDS[field]]}."
    return text


def _build() -> click.Command:
    params: list[click.Parameter] = [
        click.Option([_option_name(f), f], type=int if f == "year" else str, help=_help(f)) for f in NEW_FIELDS
    ]
    params.append(click.Option(["--dir", "folder"], help="Thư mục con trong exemplars/ (mặc định: năm khen thưởng)."))
    params.append(click.Option(["--draft"], is_flag=True, help="Tạo dưới dạng bản nháp (không đăng)."))

    def callback(root: Path | None, folder: str | None, draft: bool, **values: Any) -> None:
        _new(root, folder, draft, values)

    command = click.Command(
        "new", callback=callback, params=params, context_settings=CONTEXT,
        help="Tạo một hồ sơ mới hợp lệ từ các tùy chọn; trên màn hình dòng lệnh sẽ hỏi những gì còn thiếu. "
        "Không bao giờ ghi đè tệp đã có.",
    )
    return root_option(command)


new = _build()
