"""The ``radio:`` block of the guongsang plugin in mkdocs.yml: how bulletins for loudspeakers are made.

::

    plugins:
      - guongsang:
          radio: {speed: 220, minutes: 10, station: "Đài truyền thanh xã Tân Hòa"}

Read by `check` (problems GS705, with their line), by `guongsang radio` (outputs/published.py) and by
the build's month pages, so all three agree. The default speed, 220 syllables a minute, is the slow end
of what Vietnamese television hosts read (3,7–5,5 syllables a second, average 4,4; a survey of seven
hosts, emcovu.com, "Trong vòng 1 phút nên đọc bao nhiêu từ?"): loudspeakers are outdoors and many
listeners are old, so bulletins are read slowly; 3,7 × 60 ≈ 220.
"""

from __future__ import annotations

from dataclasses import dataclass

from guongsang.core.problems import Problem, did_you_mean, problem

CONFIG_NAME = "mkdocs.yml"
SPEED = 220  # syllables per minute (see the module's docstring for the source)
MINUTES = 10
PROGRAMME = "Gương điển hình tiên tiến"
LIMITS = {"speed": (60, 600), "minutes": (1, 120)}
TEXTS = {"station": 200, "programme": 120}
EXAMPLE = 'Ví dụ:\nradio:\n  speed: 220\n  minutes: 10\n  station: "Đài truyền thanh xã Tân Hòa"'


@dataclass(frozen=True, slots=True)
class RadioSettings:
    speed: int = SPEED  # syllables per minute
    minutes: int = MINUTES  # length of a bulletin's slot
    station: str = ""  # "Đài truyền thanh xã …": named in the opening when set
    programme: str = PROGRAMME  # the programme's name: "Chuyên mục … hôm nay xin được giới thiệu"


def parse(raw: object, lines: dict[str, int] | None = None, at: int = 1) -> tuple[RadioSettings, list[Problem]]:
    """The settings and every problem with them. ``lines``: key → line in mkdocs.yml (``at``: the block's)."""
    lines = lines or {}
    if raw is None:
        return RadioSettings(), []
    if not isinstance(raw, dict):
        return RadioSettings(), [problem("GS705", CONFIG_NAME, at, "radio",
                                         "radio phải là một bảng khóa: giá trị (speed, minutes, station, programme).",
                                         EXAMPLE)]
    found: list[Problem] = []
    values: dict[str, object] = {}
    for key, value in raw.items():
        name, where = str(key), lines.get(str(key), at)
        if name in LIMITS:
            low, high = LIMITS[name]
            if isinstance(value, bool) or not isinstance(value, int) or not low <= value <= high:
                found.append(problem("GS705", CONFIG_NAME, where, f"radio.{name}",
                                     f"radio.{name} phải là số nguyên từ {low} đến {high}, không phải «{str(value)[:40]}».",
                                     EXAMPLE))
                continue
        elif name in TEXTS:
            if not isinstance(value, str) or not value.strip() or len(value) > TEXTS[name] or "\n" in value.strip():
                found.append(problem("GS705", CONFIG_NAME, where, f"radio.{name}",
                                     f"radio.{name} phải là một dòng chữ, tối đa {TEXTS[name]} ký tự.", EXAMPLE))
                continue
            value = " ".join(value.split())
        else:
            found.append(problem("GS705", CONFIG_NAME, where, f"radio.{name}",
                                 f"radio không có khóa «{name[:40]}».",
                                 did_you_mean(name, [*LIMITS, *TEXTS]) or "Các khóa: speed, minutes, station, programme."))
            continue
        values[name] = value
    return RadioSettings(**values), found  # type: ignore[arg-type]
