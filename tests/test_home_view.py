"""The front page's view from the real sample project: the day of honour (11/6) around its date,
and the current campaigns (those with the most recent exemplars: campaigns carry no dates)."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from conftest import REPO
from guongsang.core.catalog import build_catalog
from guongsang.core.model import TZ
from guongsang.core.project import Project, check_project
from guongsang.outputs.portal.homeview import current_campaigns, honour_day
from guongsang.outputs.portal.pages import PortalOptions
from guongsang.outputs.portal.views import Views

# today → days left to 11 June, or None: shown from 30 days before to the day itself
HONOUR = [
    (date(2026, 5, 11), None),
    (date(2026, 5, 12), 30),
    (date(2026, 6, 1), 10),
    (date(2026, 6, 10), 1),
    (date(2026, 6, 11), 0),
    (date(2026, 6, 12), None),
    (date(2026, 12, 1), None),
    (date(2027, 1, 1), None),
]


@pytest.mark.parametrize(("today", "days"), HONOUR)
def test_day_of_honour_is_announced_in_the_30_days_before_11_june(today: date, days: int | None) -> None:
    notice = honour_day(today)
    if days is None:
        assert notice is None
    else:
        assert notice is not None and notice["days"] == days and notice["years"] == today.year - 1948
        assert notice["date"] == f"11/6/{today.year}"


@pytest.fixture(scope="module")
def checked() -> object:
    result = check_project(Project(REPO, REPO / "exemplars"))
    assert not result.errors
    return result


def _views(checked: object, now: datetime) -> Views:
    catalog = build_catalog(checked.exemplars, checked.vocabs, now)  # type: ignore[attr-defined]
    return Views(catalog, PortalOptions(), {})


def test_front_page_view_near_and_far_from_the_day(checked: object) -> None:
    from jinja2 import Environment

    views = _views(checked, datetime(2026, 6, 1, 8, tzinfo=TZ))
    views.card_template = Environment().from_string("<li>{{ card.title|e }}</li>")
    near = views.home()
    assert near["honour"]["days"] == 10 and near["honour"]["years"] == 78
    far = _views(checked, datetime(2026, 7, 1, 8, tzinfo=TZ))
    far.card_template = views.card_template
    assert far.home()["honour"] is None


def test_current_campaigns_are_those_with_the_newest_exemplars(checked: object) -> None:
    catalog = build_catalog(checked.exemplars, checked.vocabs, datetime(2030, 1, 1, tzinfo=TZ))  # type: ignore[attr-defined]
    chosen = current_campaigns(catalog, 3)
    newest = [v.members[0].date for v, _ in chosen]
    assert newest == sorted(newest, reverse=True) and len(chosen) == min(3, len(catalog.sections["campaign"]))
    others = [v for v in catalog.sections["campaign"] if v not in [c for c, _ in chosen]]
    assert all(v.members[0].date <= newest[-1] for v in others)
