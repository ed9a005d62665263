"""The window opens on the user's database, lists the clusters, and refuses a second window on the same file."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from pactdesk.cli import build_parser
from pactdesk.gui import app as gui_app
from pactdesk.gui.cluster_model import ClusterTableModel
from pactdesk.gui.main_window import MainWindow
from pactdesk.services import actions, catalogue, meetings
from pactdesk.store.database import Database


def test_cluster_model_without_a_view(database: Database) -> None:
    meetings.create_meeting(database, "HCP", title="Monitoring", starts_at="2025-01-20 10:00")
    actions.create_action(database, "Overdue report", cluster_code="HCP", due_on="2020-01-01")
    model = ClusterTableModel(catalogue.cluster_summaries(database))
    assert model.columnCount() == 6
    assert model.rowCount() == 18
    assert model.rowCount(model.index(0, 0)) == 0
    health = next(row for row in range(18) if model.data(model.index(row, ClusterTableModel.CODE)) == "HCP")
    assert model.data(model.index(health, ClusterTableModel.MEETINGS)) == 1
    assert model.data(model.index(health, ClusterTableModel.OPEN)) == 1
    assert model.data(model.index(health, ClusterTableModel.OVERDUE)) == 1
    assert model.data(model.index(17, ClusterTableModel.PACT)) == "no"
    assert model.headerData(ClusterTableModel.OVERDUE, Qt.Orientation.Horizontal) == "Overdue"
    assert model.data(QModelIndex()) is None


def test_main_window_lists_the_clusters_from_the_database(qtbot: QtBot, database: Database) -> None:
    window = MainWindow(database, gui_app.settings())
    qtbot.addWidget(window)
    window.show()
    view = window.cluster_view
    assert view.model().rowCount() == 18
    assert view.model().data(view.model().index(1, ClusterTableModel.NAME)).startswith("Cluster AEC")
    assert "16 with a pact" in window.statusBar().currentMessage()
    meetings.create_meeting(database, "AEC", title="New", starts_at="2025-09-09 10:00")
    window.refresh()
    assert view.model().data(view.model().index(1, ClusterTableModel.MEETINGS)) == 1


def test_a_second_window_on_the_same_file_is_refused(
    qtbot: QtBot, database: Database, db_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "critical", lambda parent, title, text: shown.append(text))
    args = build_parser().parse_args(["--db", str(db_path)])
    assert gui_app.run_gui(args) == 1
    assert shown and "already open in another PactDesk window" in shown[0]
    meetings.create_meeting(database, "AEC", title="The first window still works", starts_at="2025-09-09 10:00")
    assert catalogue.cluster_summaries(database)[1].meetings == 1
