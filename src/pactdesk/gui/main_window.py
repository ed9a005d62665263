"""PactDesk's main window: the clusters, read through the services."""

from __future__ import annotations

from PySide6.QtCore import QSettings
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QMainWindow, QMessageBox, QTableView

from pactdesk import __version__
from pactdesk.gui.cluster_model import ClusterTableModel
from pactdesk.services import catalogue
from pactdesk.store.database import Database


class MainWindow(QMainWindow):
    def __init__(self, database: Database, settings: QSettings) -> None:
        super().__init__()
        self.database = database
        self.settings = settings
        self.setWindowTitle(self.tr("PactDesk — {0}").format(database.location.describe()))
        self.clusters = ClusterTableModel()
        self.cluster_view = QTableView()
        self.cluster_view.setObjectName("clusterView")
        self.cluster_view.setAccessibleName(self.tr("Clusters"))
        self.cluster_view.setModel(self.clusters)
        self.cluster_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.cluster_view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.cluster_view.setAlternatingRowColors(True)
        self.cluster_view.verticalHeader().hide()
        header = self.cluster_view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(ClusterTableModel.NAME, QHeaderView.ResizeMode.Stretch)
        self.setCentralWidget(self.cluster_view)
        self._build_menus()
        self.refresh()
        self.resize(960, 620)
        geometry = settings.value("main_window/geometry")
        if geometry is not None:
            self.restoreGeometry(geometry)

    def _build_menus(self) -> None:
        file_menu = self.menuBar().addMenu(self.tr("&File"))
        refresh = QAction(self.tr("&Refresh"), self)
        refresh.setShortcut(QKeySequence.StandardKey.Refresh)
        refresh.triggered.connect(self.refresh)
        file_menu.addAction(refresh)
        file_menu.addSeparator()
        quit_action = QAction(self.tr("&Quit"), self)
        quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        quit_action.setMenuRole(QAction.MenuRole.QuitRole)
        quit_action.triggered.connect(self.close)
        file_menu.addAction(quit_action)
        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        about = QAction(self.tr("&About PactDesk"), self)
        about.setMenuRole(QAction.MenuRole.AboutRole)
        about.triggered.connect(self._about)
        help_menu.addAction(about)

    def refresh(self) -> None:
        summaries = catalogue.cluster_summaries(self.database)
        self.clusters.set_clusters(summaries)
        pacts = sum(1 for cluster in summaries if cluster.pact_signed)
        self.statusBar().showMessage(
            self.tr("{0} clusters, {1} with a pact — {2}").format(
                len(summaries), pacts, self.database.location.describe()
            )
        )

    def _about(self) -> None:
        QMessageBox.about(
            self,
            self.tr("About PactDesk"),
            self.tr(
                "<b>PactDesk {0}</b><p>The Monitoring Committee's meetings, minutes, actions and outputs, offline.</p>"
            ).format(__version__),
        )

    def closeEvent(self, event: QCloseEvent) -> None:
        self.settings.setValue("main_window/geometry", self.saveGeometry())
        event.accept()
