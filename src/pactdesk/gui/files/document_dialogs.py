"""File → Export → Action report… and Minutes binder…: which cluster (or all) the report covers, and which cluster
and year the binder holds."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLabel, QVBoxLayout, QWidget

from pactdesk.gui.common.theme import ErrorLabel
from pactdesk.gui.common.widgets import ChoiceBox

if TYPE_CHECKING:
    from pactdesk.domain.summaries import ClusterSummary

YearsOf = Callable[[str], list[int]]  # the years a cluster held meetings in, latest first


def _buttons(dialog: QDialog, ok_text: str) -> QDialogButtonBox:
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
    buttons.button(QDialogButtonBox.StandardButton.Ok).setText(ok_text)
    buttons.accepted.connect(dialog.accept)
    buttons.rejected.connect(dialog.reject)
    return buttons


def _cluster_combo(clusters: list[ClusterSummary]) -> ChoiceBox:
    combo = ChoiceBox()
    for cluster in clusters:
        combo.add_choice(f"{cluster.code} — {cluster.name}", cluster.code)
    return combo


class ActionReportDialog(QDialog):
    """The open actions of every cluster, or of one; the current cluster is offered first."""

    def __init__(self, clusters: list[ClusterSummary], current: str | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("actionReportDialog")
        self.setWindowTitle(self.tr("Action report"))
        self.cluster = _cluster_combo(clusters)
        self.cluster.setObjectName("actionReportCluster")
        self.cluster.insert_choice(0, self.tr("All clusters"), None)
        self.cluster.setAccessibleName(self.tr("Clusters in the report"))
        self.cluster.set_value(current)
        self.buttons = _buttons(self, self.tr("&Choose file…"))
        note = QLabel(self.tr("The report lists the open actions, grouped by owner, as of today."))
        note.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("&Cluster:"), self.cluster)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(note)
        layout.addWidget(self.buttons)
        self.resize(460, self.sizeHint().height())

    def chosen(self) -> str | None:
        """The cluster's code, or ``None`` for all clusters."""
        code = self.cluster.value()
        return code if isinstance(code, str) else None

    @classmethod
    def get_cluster(
        cls, parent: QWidget | None, clusters: list[ClusterSummary], current: str | None
    ) -> tuple[str | None, bool]:
        dialog = cls(clusters, current, parent)
        accepted = dialog.exec() == QDialog.DialogCode.Accepted
        return (dialog.chosen() if accepted else None), accepted


class BinderDialog(QDialog):
    """A cluster, then one of the years in which it held meetings; the years follow the cluster chosen."""

    def __init__(
        self, clusters: list[ClusterSummary], current: str | None, years_of: YearsOf, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("binderDialog")
        self.setWindowTitle(self.tr("Minutes binder"))
        self._years_of = years_of
        self.cluster = _cluster_combo(clusters)
        self.cluster.setObjectName("binderCluster")
        self.cluster.setAccessibleName(self.tr("Cluster"))
        self.year = ChoiceBox()
        self.year.setObjectName("binderYear")
        self.year.setAccessibleName(self.tr("Year"))
        self.error = ErrorLabel()
        self.error.setObjectName("binderError")
        self.buttons = _buttons(self, self.tr("&Choose file…"))
        note = QLabel(
            self.tr(
                "One PDF with the minutes of every meeting the cluster held in that year, earliest first, "
                "after a contents page."
            )
        )
        note.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("&Cluster:"), self.cluster)
        form.addRow(self.tr("&Year:"), self.year)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(note)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.cluster.set_value(current)
        self.cluster.currentIndexChanged.connect(lambda _: self._fill_years())
        self._fill_years()
        self.resize(480, self.sizeHint().height())

    def _fill_years(self) -> None:
        code = self.cluster.value()
        years = self._years_of(code) if isinstance(code, str) else []
        self.year.clear()
        for year in years:
            self.year.add_choice(str(year), year)
        self.year.setEnabled(bool(years))
        if years or not isinstance(code, str):
            self.error.clear()
        else:
            self.error.setText(self.tr("{0} has held no meetings yet, so there are no minutes to bind.").format(code))
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(bool(years))

    def chosen(self) -> tuple[str, int] | None:
        code, year = self.cluster.value(), self.year.value()
        return (code, year) if isinstance(code, str) and isinstance(year, int) else None

    @classmethod
    def get_binder(
        cls, parent: QWidget | None, clusters: list[ClusterSummary], current: str | None, years_of: YearsOf
    ) -> tuple[tuple[str, int] | None, bool]:
        dialog = cls(clusters, current, years_of, parent)
        accepted = dialog.exec() == QDialog.DialogCode.Accepted
        return (dialog.chosen() if accepted else None), accepted
