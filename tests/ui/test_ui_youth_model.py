"""YouthTableModel: a lazy, read-only table over People.search."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot
from ui_vault import SERIES_SIZE, Seeded

from toestemming.clock import FixedClock
from toestemming.service import Service
from ui.youth_model import PAGE_SIZE, YouthTableModel

M = YouthTableModel


def texts(model: YouthTableModel, column: int = M.NAME) -> list[str]:
    return [model.index(r, column).data() for r in range(model.rowCount())]


def test_passes_the_model_tester(qtmodeltester: ModelTester, service: Service) -> None:
    model = YouthTableModel(service)
    qtmodeltester.check(model)
    model.set_filter("çel")
    qtmodeltester.check(model)
    model.set_filter("niemand heet zo")
    qtmodeltester.check(model)


def test_columns_and_values(service: Service, seeded: Seeded) -> None:
    model = YouthTableModel(service)
    headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
    assert headers == ["Naam", "Geboortedatum", "Leeftijd", "School / opleiding"]

    model.set_filter("Zoë")
    assert model.rowCount() == 1
    row = [model.index(0, c).data() for c in range(model.columnCount())]
    assert row == ["Zoë Çelik", "12-03-2011", "15", "Pro Utrecht / Entree"]
    assert model.index(0, 0).data(M.YouthIdRole) == seeded.zoe
    assert model.index(0, M.AGE).data(Qt.ItemDataRole.TextAlignmentRole) is not None


def test_age_follows_the_clock(service: Service, clock: FixedClock) -> None:
    model = YouthTableModel(service)
    model.set_filter("Zoë")
    assert model.index(0, M.AGE).data() == "15"
    clock.set(clock.now().replace(year=2027, month=3, day=12))
    assert model.index(0, M.AGE).data() == "16"


def test_loads_pages_lazily(service: Service) -> None:
    model = YouthTableModel(service)
    model.set_filter("reeks")
    assert model.rowCount() == PAGE_SIZE
    assert model.canFetchMore(QModelIndex())
    model.fetchMore(QModelIndex())
    assert model.rowCount() == 2 * PAGE_SIZE
    model.fetchMore(QModelIndex())
    assert model.rowCount() == SERIES_SIZE
    assert not model.canFetchMore(QModelIndex())
    names = texts(model)
    assert len(set(names)) == SERIES_SIZE  # no row twice across page boundaries


def test_filter_is_accent_and_case_insensitive(service: Service) -> None:
    model = YouthTableModel(service)
    model.set_filter("cel")
    assert sorted(texts(model)) == ["Mehmet Çelik", "Zoë Çelik"]
    model.set_filter("ØDE")
    assert texts(model) == ["Sanne Ødegaard"]
    model.set_filter("12-03-2011")
    assert texts(model) == ["Zoë Çelik"]
    model.set_filter("")
    assert model.rowCount() == PAGE_SIZE


def test_set_filter_resets(qtbot: QtBot, service: Service) -> None:
    model = YouthTableModel(service)
    with qtbot.waitSignals([model.modelAboutToBeReset, model.modelReset]):
        model.set_filter("Daan")
    assert texts(model) == ["Daan de Vries"]
    assert model.filter_text == "Daan"


def test_clear_forgets_everything(service: Service) -> None:
    model = YouthTableModel(service)
    model.clear()
    assert model.rowCount() == 0
    assert not model.canFetchMore(QModelIndex())
    model.set_filter("Zoë")  # no service any more: stays empty, does not fail
    assert model.rowCount() == 0


def test_locked_vault_reports_dutch_message(qtbot: QtBot, service: Service) -> None:
    model = YouthTableModel(service)
    service.close()
    with qtbot.waitSignal(model.load_failed) as blocker:
        model.set_filter("Zoë")
    assert model.rowCount() == 0
    assert blocker.args == ["De kluis is vergrendeld. Ontgrendel haar eerst."]
