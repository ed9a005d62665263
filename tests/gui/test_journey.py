"""The secretary's loop, walked through the real window in English and in Portuguese, checked after every step.

Only the widgets a person uses: keys and clicks on the window, its menus, buttons and dialogs. Services are used to
read the database and the files back, never to do a step. With PACTDESK_JOURNEY_SHOTS=DIR (``make journey``)
every step leaves a screenshot DIR/<language>/NN-step.png, so a person can look at the whole loop in a minute.
"""

from __future__ import annotations

import os
import zipfile
from datetime import date, datetime
from pathlib import Path

import openpyxl
import pikepdf
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QFileDialog, QWidget
from pytestqt.qtbot import QtBot
from reportlab.pdfgen.canvas import Canvas

from pactdesk.domain.enums import ActionStatus, AttendanceStatus, MinutesStatus, SeatCode
from pactdesk.gui import app as gui_app
from pactdesk.gui.common.words import word
from pactdesk.gui.directory.dialog import DirectoryDialog
from pactdesk.gui.directory.forms import HolderForm, PersonForm
from pactdesk.gui.files.verify_dialog import VerifyDialog
from pactdesk.gui.files.workbook_dialogs import ExportScopeDialog
from pactdesk.gui.follow_up.decisions_page import DecisionsPage
from pactdesk.gui.main_window import MainWindow
from pactdesk.gui.meetings.approve_dialog import ApproveDialog
from pactdesk.gui.meetings.attendance_section import AttendeeForm
from pactdesk.gui.meetings.backlog_dialog import BacklogDialog
from pactdesk.gui.meetings.new_meeting_dialog import NewMeetingDialog
from pactdesk.services import (
    actions,
    agenda,
    attachments,
    attendance,
    backlog,
    carry_over,
    committee,
    directory,
    meetings,
    minutes_versions,
    tracker,
)
from pactdesk.services.workbook import tables
from pactdesk.store.database import Database
from tests.exchange.pdfs import all_text, flat
from tests.gui.driving import (
    OK,
    Dialogs,
    action_answer,
    activate,
    choose,
    leave,
    new_meeting_answer,
    press,
    set_moment,
    text_answer,
    type_into,
    update_answer,
)
from tests.gui.test_every_dialog import pick_from_button_menu

SOURCES = Path(__file__).resolve().parents[2] / "resources" / "translations"
FIRST = datetime(2026, 11, 16, 10, 0)  # a Monday already past: its minutes can be approved today
NEXT = datetime(2027, 1, 11, 10, 0)
LATER = datetime(2027, 3, 8, 10, 0)
PARK = {"en": "Park for a later meeting", "pt": "Pôr em espera para uma próxima reunião"}


class Journey:
    """The window under test, the answers to its dialogs, and a screenshot after each step."""

    def __init__(self, qtbot: QtBot, database: Database, language: str, shots: Path | None) -> None:
        self.qtbot, self.database, self.language = qtbot, database, language
        self.dialogs = Dialogs(qtbot)
        self.shots = shots / language if shots else None
        self.count = 0
        self.window = self.open_window()

    def open_window(self) -> MainWindow:
        window = MainWindow(self.database, gui_app.settings())
        self.qtbot.addWidget(window)
        window.resize(1600, 1000)
        window.show()
        self.qtbot.waitExposed(window)
        return window

    def shot(self, name: str, widget: QWidget | None = None) -> None:
        self.count += 1
        if self.shots is None:
            return
        self.shots.mkdir(parents=True, exist_ok=True)
        QApplication.processEvents()
        (widget or self.window).grab().save(str(self.shots / f"{self.count:02d}-{name}.png"))

    def keys(self, key: Qt.Key, modifiers: Qt.KeyboardModifier = Qt.KeyboardModifier.ControlModifier) -> None:
        """A shortcut pressed on the window, wherever the keyboard focus is in it."""
        self.window.activateWindow()
        self.qtbot.waitUntil(lambda: QApplication.activeWindow() is self.window, timeout=3000)
        focus = QApplication.focusWidget()
        target = focus if focus is not None and focus.window() is self.window else self.window
        self.qtbot.keyClick(target, key, modifiers)


@pytest.fixture(params=["en", "pt"])
def language(request: pytest.FixtureRequest) -> str:
    if request.param == "pt":
        request.getfixturevalue("portuguese")  # tests/gui/conftest.py
    return str(request.param)


@pytest.fixture
def journey(qtbot: QtBot, database: Database, language: str) -> Journey:
    shots = os.environ.get("PACTDESK_JOURNEY_SHOTS")
    return Journey(qtbot, database, language, Path(shots) if shots else None)


def test_the_secretarys_loop(journey: Journey, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    qtbot, database, dialogs = journey.qtbot, journey.database, journey.dialogs
    window = journey.window

    # 1. A new user's first start: the committee's catalogue is there.
    assert window.clusters.rowCount() == 19  # "All clusters" and the 18 clusters
    journey.shot("first-start")

    # 2. People: Edit → People and organisations…, Add person…, the form filled, OK.
    window.directory_action.trigger()
    directory_window = next(
        w for w in QApplication.topLevelWidgets() if isinstance(w, DirectoryDialog) and w.isVisible()
    )
    iapmei = next(o for o in directory.list_organisations(database) if o.acronym == "IAPMEI")

    def person(name: str, email: str):  # type: ignore[no-untyped-def]
        def fill(form: QWidget) -> None:
            assert isinstance(form, PersonForm)
            type_into(qtbot, form.name, name)
            choose(qtbot, form.organisation, f"{iapmei.name}")
            type_into(qtbot, form.email, email)

        return fill

    for name, email in (
        ("Marta Conceição Ribeiro", "marta.ribeiro@iapmei.pt"),
        ("João Araújo", "joao.araujo@iapmei.pt"),
    ):
        dialogs.expect(person(name, email), OK, kind=PersonForm)
        press(qtbot, directory_window.people_tab.add_button)
    dialogs.done()
    people = {row.name: row for row in directory.list_people(database)}
    assert people["Marta Conceição Ribeiro"].organisation_id == iapmei.id
    assert "João Araújo" in people
    journey.shot("people-added", directory_window)

    # 2b. The committee: Marta holds IAPMEI's seat (d), so meetings find her on their attendance list.
    directory_window.tabs.setCurrentIndex(2)
    seats = directory_window.seats
    row = next(r for r in range(seats.rowCount()) if seats.row_at(r).code is SeatCode.D)
    directory_window.seat_view.selectRow(row)

    def holder(form: QWidget) -> None:
        assert isinstance(form, HolderForm)
        choose(qtbot, form.person, "Marta Conceição Ribeiro")
        set_moment(qtbot, form.since, datetime(2026, 1, 5))  # she took the seat in January

    dialogs.expect(holder, OK, kind=HolderForm)
    press(qtbot, directory_window.set_holder_button)
    dialogs.done()
    with database.read() as session:
        held = [(h.seat.code, h.person.name) for h in committee.holders_on(session, FIRST.date())]
    assert (SeatCode.D, "Marta Conceição Ribeiro") in held, "held from before the meeting's day"
    journey.shot("seat-holder", directory_window)
    directory_window.close()

    # 3. New meeting (Ctrl+N): the Textile cluster, on a Monday already past, two hours.
    dialogs.expect(new_meeting_answer(qtbot, "TEX", FIRST, 120), OK, kind=NewMeetingDialog)
    journey.keys(Qt.Key.Key_N)
    dialogs.done()
    first = window.editor.ref
    assert first == "TEX-2026-01"
    detail = meetings.meeting_detail(database, first)
    assert (detail.starts_at, detail.ends_at) == (FIRST, datetime(2026, 11, 16, 12, 0))
    journey.shot("new-meeting")

    # 4. Attendance: everyone on the pre-filled list present.
    window.editor.tabs.setCurrentIndex(window.editor.ATTENDANCE)
    section = window.editor.attendance
    assert section.model.rowCount() > 0, "the list is pre-filled from the committee"
    section.view.setFocus()
    section.view.selectAll()
    press(qtbot, section.status_buttons[AttendanceStatus.PRESENT])
    rows = attendance.attendance(database, first)
    assert rows and all(row.status is AttendanceStatus.PRESENT for row in rows)

    # João holds no seat: Add person…, found by typing, attended remotely for IAPMEI.
    def joao(form: QWidget) -> None:
        assert isinstance(form, AttendeeForm)
        type_into(qtbot, form.filter, "joao")  # accents and case aside
        assert form.person() is not None and form.person().name == "João Araújo"  # type: ignore[union-attr]
        choose(qtbot, form.status, word(AttendanceStatus.REMOTE))
        journey.shot("add-person", form)

    dialogs.expect(joao, OK, kind=AttendeeForm)
    press(qtbot, section.add_person_button)
    dialogs.done()
    listed = {row.person: row for row in attendance.attendance(database, first)}
    assert listed["João Araújo"].status is AttendanceStatus.REMOTE
    assert listed["João Araújo"].organisation == iapmei.name
    journey.shot("attendance")

    # 5-8. Agenda: an item, its minutes typed, a decision, an action with an owner and a due date.
    window.editor.tabs.setCurrentIndex(window.editor.AGENDA)
    items = window.editor.agenda
    press(qtbot, items.add_button)
    type_into(qtbot, items.title, "Plano de formação & <emprego> 2027")
    leave(qtbot, items.title)
    minutes_text = "O cluster apresentou o plano.\n- três cursos\n- =SOMA(A1) fica texto"
    type_into(qtbot, items.minutes, minutes_text)
    item = next(i for i in agenda.agenda(database, first) if i.title == "Plano de formação & <emprego> 2027")
    qtbot.waitUntil(lambda: next(i for i in agenda.agenda(database, first) if i.id == item.id).minutes == minutes_text)
    journey.shot("minutes-typed")

    dialogs.expect(text_answer(qtbot, "Aprovar o plano de formação."), OK)
    press(qtbot, items.add_decision_button)
    dialogs.expect(
        action_answer(qtbot, "Enviar o plano aos membros", owner="Marta Conceição Ribeiro", due="2026-12-15"), OK
    )
    press(qtbot, items.add_action_button)
    dialogs.done()
    item = next(i for i in agenda.agenda(database, first) if i.id == item.id)
    assert [d.text for d in item.decisions] == ["Aprovar o plano de formação."]
    [action] = actions.actions_of_meeting(database, first)
    assert (action.title, action.owner, action.due_on, action.status) == (
        "Enviar o plano aos membros",
        "Marta Conceição Ribeiro",
        date(2026, 12, 15),
        ActionStatus.OPEN,
    )
    journey.shot("decision-and-action")

    # 9-10. Circulate, then approve (asked, with today's date).
    window.editor.tabs.setCurrentIndex(window.editor.DETAILS)
    status = window.editor.details.minutes_status
    choose(qtbot, status, word(MinutesStatus.CIRCULATED))
    assert meetings.meeting_detail(database, first).minutes_status is MinutesStatus.CIRCULATED
    journey.shot("circulated")
    dialogs.expect(lambda dialog: journey.shot("approve-asked", dialog), OK, kind=ApproveDialog)
    choose(qtbot, status, word(MinutesStatus.APPROVED))
    dialogs.done()
    detail = meetings.meeting_detail(database, first)
    assert detail.minutes_status is MinutesStatus.APPROVED and detail.minutes_approved_on == date.today()
    assert not window.editor.details.title.isEnabled()
    # Each change of status kept a version of the whole meeting, with its fingerprint (issue 19's first step).
    circulated, approved = minutes_versions.history(database, first)
    assert [circulated.minutes_status, approved.minutes_status] == [MinutesStatus.CIRCULATED, MinutesStatus.APPROVED]
    kept = minutes_versions.stored_content(database, first, approved.number)
    assert minutes_text in [entry["minutes"] for entry in kept["agenda"]]
    assert kept["agenda"][-1]["decisions"] == ["Aprovar o plano de formação."]
    journey.shot("approved")

    # 11. The cluster's next meeting: its matters arising list the open action.
    dialogs.expect(new_meeting_answer(qtbot, "TEX", NEXT, 90), OK, kind=NewMeetingDialog)
    journey.keys(Qt.Key.Key_N)
    dialogs.done()
    second = window.editor.ref
    assert second == "TEX-2027-01"
    [matter] = carry_over.matters_arising(database, second)
    assert matter.action.ref == action.ref
    window.editor.tabs.setCurrentIndex(window.editor.AGENDA)
    arising = next(i for i in agenda.agenda(database, second) if i.matters_arising)
    items.select_item(arising.id)
    assert items.arising.topLevelItemCount() == 1 and items.arising.topLevelItem(0).text(0) == action.ref
    journey.shot("matters-arising")

    # 12. A progress update there closes it.
    items.arising.setCurrentItem(items.arising.topLevelItem(0))
    dialogs.expect(
        update_answer(qtbot, "Plano enviado aos membros a 10 de janeiro.", status=word(ActionStatus.DONE)), OK
    )
    press(qtbot, items.arising_button)
    dialogs.done()
    [matter] = carry_over.matters_arising(database, second)
    assert matter.closed_here and matter.action.status is ActionStatus.DONE
    journey.shot("action-closed")

    # 13. Undo and redo by keyboard, the focus away from any text field.
    items.items.setFocus()
    journey.keys(Qt.Key.Key_Z)
    assert carry_over.matters_arising(database, second)[0].action.status is ActionStatus.OPEN
    assert tracker.action_history(database, action.ref) == []
    journey.keys(Qt.Key.Key_Y)
    assert carry_over.matters_arising(database, second)[0].action.status is ActionStatus.DONE
    journey.keys(Qt.Key.Key_Z)
    journey.keys(Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert carry_over.matters_arising(database, second)[0].action.status is ActionStatus.DONE
    journey.shot("undo-redo")

    # 14. Close and open again: the last meeting is shown, everything still there.
    window.close()
    window = journey.window = journey.open_window()
    assert window.editor.ref == second and window.current_cluster_code() == "TEX"
    journey.shot("reopened")

    # 15. File → Export → Minutes (PDF)… of the first meeting, and the workbook.
    window.show_meeting(first)
    minutes_pdf, workbook = tmp_path / "acta.pdf", tmp_path / "pactdesk.xlsx"
    # The platform's file chooser is the one thing not driven: it is answered with the path.
    chosen = iter([str(minutes_pdf), str(workbook)])
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *args, **kw: (next(chosen), ""))
    window.documents.export_minutes_action.trigger()
    qtbot.waitUntil(lambda: window.documents.flow.job is None and minutes_pdf.exists(), timeout=30_000)
    text = flat(all_text(minutes_pdf))
    for expected in ("TEX-2026-01", "Plano de formação & <emprego> 2027", "Aprovar o plano de formação.", action.ref):
        assert expected in text
    dialogs.expect(None, OK, kind=ExportScopeDialog)
    window.export_workbook_action.trigger()
    dialogs.done()
    qtbot.waitUntil(lambda: window.workbooks.job is None and workbook.exists(), timeout=30_000)
    # The window writes the workbook in its own language: the Portuguese one says "Ações", "Referência", "concluída".
    table, language = tables.ACTIONS, journey.language
    sheet = openpyxl.load_workbook(workbook, read_only=True)[table.title(language)]
    rows = [tuple(row) for row in sheet.iter_rows(values_only=True)]
    header = rows[0]
    ref, status = (table.columns[table.positions[name]] for name in ("Ref", "Status"))
    exported = next(row for row in rows[1:] if row[header.index(ref.header(language))] == action.ref)
    assert exported[header.index(status.header(language))] == status.words(language)["done"]
    assert table.title("pt") == "Ações" and status.words("pt")["done"] == "concluída"
    journey.shot("exported")

    # 16. File → Verify a PDF… on the exported minutes: they are the approved version, archived as PDF/A.
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *args, **kw: (str(minutes_pdf), ""))
    verdict: list[str] = []

    def read_verdict(dialog: QWidget) -> None:
        assert isinstance(dialog, VerifyDialog)
        verdict.append(dialog.headline.text())
        journey.shot("verified", dialog)

    dialogs.expect(read_verdict, QDialogButtonBox.StandardButton.Close, kind=VerifyDialog)
    window.documents.verify_action.trigger()
    qtbot.waitUntil(lambda: bool(verdict) and window.documents.flow.job is None, timeout=30_000)  # checked off-thread
    dialogs.done()
    approved_words = {
        "en": "Verified: the approved minutes, unchanged",
        "pt": "Verificado: a ata aprovada, sem alterações",
    }
    assert verdict == [approved_words[journey.language]]
    with pikepdf.open(minutes_pdf) as pdf, pdf.open_metadata() as xmp:
        assert (xmp["pdfaid:part"], xmp["pdfaid:conformance"]) == ("2", "B"), "archived as PDF/A-2b"
    assert approved.fingerprint in flat(all_text(minutes_pdf)).replace(" ", ""), "the fingerprint on its pages"

    # 17. The cluster's presentation kept with the next meeting: Attachments → Add…, the file chosen.
    window.show_meeting(second)
    window.editor.tabs.setCurrentIndex(window.editor.ATTACHMENTS)
    files = window.editor.attachments
    slides = tmp_path / "Apresentação do cluster têxtil.pdf"
    canvas = Canvas(str(slides))
    canvas.drawString(72, 720, "Economia circular no setor têxtil: ponto de situação")
    canvas.save()
    monkeypatch.setattr(QFileDialog, "getOpenFileNames", lambda *args, **kw: ([str(slides)], ""))
    press(qtbot, files.add_button)
    qtbot.waitUntil(lambda: files.job is None, timeout=30_000)
    [kept_file] = attachments.attachments(database, second)
    assert (kept_file.name, kept_file.size) == (slides.name, slides.stat().st_size)
    assert attachments.content(database, kept_file.id) == slides.read_bytes()
    journey.shot("attached")

    # 18. A topic parked for a later meeting: added to the agenda, then More → Park for a later meeting.
    window.editor.tabs.setCurrentIndex(window.editor.AGENDA)
    items = window.editor.agenda  # the window opened again at step 14
    press(qtbot, items.add_button)
    type_into(qtbot, items.title, "Estudo de mercado têxtil")
    leave(qtbot, items.title)
    type_into(qtbot, items.minutes, "Primeiros números do estudo.")
    study = next(i for i in agenda.agenda(database, second) if i.title == "Estudo de mercado têxtil")
    items.select_item(study.id)
    activate(qtbot, window)
    pick_from_button_menu(qtbot, items.more_button, PARK[journey.language])
    assert "Estudo de mercado têxtil" not in [i.title for i in agenda.agenda(database, second)]
    [parked] = backlog.backlog(database, "TEX")
    assert (parked.title, parked.minutes, parked.from_meeting) == (
        "Estudo de mercado têxtil",
        "Primeiros números do estudo.",
        second,
    )
    journey.shot("parked")

    # 19. The meeting after (Ctrl+N) takes it from the backlog: Backlog…, Add to this meeting, Close.
    dialogs.expect(new_meeting_answer(qtbot, "TEX", LATER, 90), OK, kind=NewMeetingDialog)
    journey.keys(Qt.Key.Key_N)
    dialogs.done()
    third = window.editor.ref
    assert third == "TEX-2027-02"
    window.editor.tabs.setCurrentIndex(window.editor.AGENDA)

    def pull(dialog: QWidget) -> None:
        assert isinstance(dialog, BacklogDialog) and dialog.model.rowCount() == 1
        dialog.view.selectRow(0)
        journey.shot("backlog", dialog)
        press(qtbot, dialog.pull_button)

    dialogs.expect(pull, QDialogButtonBox.StandardButton.Close, kind=BacklogDialog)
    press(qtbot, items.backlog_button)
    dialogs.done()
    pulled = agenda.agenda(database, third)[-1]
    assert (pulled.title, pulled.minutes) == ("Estudo de mercado têxtil", "Primeiros números do estudo.")
    assert backlog.backlog(database, "TEX") == []

    # 20. Search (Ctrl+K): "formacao" typed without its accent finds the plan; Enter opens it, the word selected.
    activate(qtbot, window)
    journey.keys(Qt.Key.Key_K)
    assert QApplication.focusWidget() is window.search
    qtbot.keyClicks(window.search, "formacao")
    qtbot.waitUntil(lambda: window.search.shown_for == "formacao", timeout=10_000)
    assert window.search.results and window.search.results[0].kind == "agenda_item"
    assert window.search.results[0].id == item.id
    journey.shot("search")
    qtbot.keyClick(window.search, Qt.Key.Key_Return)
    assert window.editor.ref == first and window.editor.agenda.current_item_id() == item.id
    assert window.editor.agenda.title.text() == "Plano de formação & <emprego> 2027"

    # 21. The register of decisions (Ctrl+6): the plan's approval is TEX 2026/01.
    window.meeting_view.setFocus()
    journey.keys(Qt.Key.Key_6)
    page = window.page("decisions")
    assert isinstance(page, DecisionsPage) and window.current_page() == "decisions"
    labels = {page.model.decision(row).label: page.model.decision(row) for row in range(page.model.rowCount())}
    assert "TEX 2026/01" in labels
    journey.shot("register")
    journey.keys(Qt.Key.Key_1)
    assert window.current_page() == "meetings"

    # 22. The workbook again, as OpenDocument (.ods): File → Export → Workbook with a .ods name.
    opendocument = tmp_path / "pactdesk.ods"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *args, **kw: (str(opendocument), ""))
    dialogs.expect(None, OK, kind=ExportScopeDialog)
    window.export_workbook_action.trigger()
    dialogs.done()
    qtbot.waitUntil(lambda: window.workbooks.job is None and opendocument.exists(), timeout=30_000)
    with zipfile.ZipFile(opendocument) as package:
        assert package.read("mimetype") == b"application/vnd.oasis.opendocument.spreadsheet"
        content = package.read("content.xml").decode("utf-8")
    assert f'table:name="{tables.ACTIONS.title(journey.language)}"' in content and action.ref in content
    assert "Estudo de mercado têxtil" in content and "Plano de formação &amp; &lt;emprego&gt; 2027" in content
    journey.shot("exported-ods")
