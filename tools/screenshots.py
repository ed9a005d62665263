"""Screenshots of the main window for README.md, on the demo: the meeting editor's agenda, its attendance, its
matters arising and the action tracker, at 1280×720 and 1920×1080, in English and in Portuguese, a new database's
first steps at 1280×720, and the record you can prove (a meeting's versions with the edits between them, Compare,
File → Verify a PDF…) at 1280×720, into docs/screens/.

Run under a real X server, so the fonts are the ones a person sees:

    QT_QPA_PLATFORM=xcb xvfb-run -a -s "-screen 0 1920x1200x24" .venv/bin/python -m tools.screenshots
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
from datetime import date
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "docs" / "screens"
AS_OF = date(2026, 11, 24)  # the demo's "today": the same pictures every time
SIZES = [(1280, 720), (1920, 1080)]


def main() -> int:
    work = Path(tempfile.mkdtemp(prefix="pactdesk-shots-"))
    os.environ["PACTDESK_HOME"] = str(work / "home")  # no remembered size or meeting of the person running this
    from PySide6.QtCore import QLibraryInfo, QLocale, QTranslator
    from PySide6.QtWidgets import QApplication

    from pactdesk.domain.enums import MeetingStatus
    from pactdesk.domain.language import set_display_language
    from pactdesk.gui import app as gui_app
    from pactdesk.gui.main_window import MainWindow
    from pactdesk.services import agenda, carry_over, demo, meetings, workspace

    app = QApplication(sys.argv[:1])
    # A demo in each language: the same meetings, people and actions, written in English or in Portuguese.
    demos = {}
    for written_in in ("en", "pt"):
        demos[written_in] = workspace.open_workspace(workspace.location(str(work / f"demo-{written_in}.sqlite")))
        demo.build_demo(demos[written_in], as_of=AS_OF, language=written_in)
    database = demos["en"]
    # The meeting whose "Matters arising" lists the most open actions, and an item of it with minutes and actions.
    chosen: tuple[int, str] | None = None
    for meeting in meetings.list_meetings(database, limit=400):
        count = len(carry_over.matters_arising(database, meeting.ref))
        if chosen is None or count > chosen[0]:
            chosen = (count, meeting.ref)
    assert chosen is not None
    ref = chosen[1]
    arising = next(item for item in agenda.agenda(database, ref) if item.matters_arising)
    # The agenda and the attendance of the last meeting held, at its item with the most written.
    recent = meetings.list_meetings(database, limit=50)
    held = next(meeting.ref for meeting in recent if meeting.status is MeetingStatus.HELD)
    worked = max(
        agenda.agenda(database, held),
        key=lambda item: (not item.matters_arising, len(item.decisions) > 0, len(item.minutes)),
    )

    OUT.mkdir(parents=True, exist_ok=True)
    lrelease = Path(sys.executable).with_name("pyside6-lrelease")
    for language in ("en", "pt"):
        set_display_language(language)
        database = demos[language]
        qm = work / f"pactdesk_{language}.qm"
        source = ROOT / "resources" / "translations" / f"pactdesk_{language}.ts"
        subprocess.run([str(lrelease), "-silent", str(source), "-qm", str(qm)], check=True)
        translators = []
        for folder, name in (
            (QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath), "qtbase"),
            (work, "pactdesk"),
        ):
            translator = QTranslator(app)
            if translator.load(QLocale("pt_PT" if language == "pt" else "en_GB"), name, "_", str(folder)):
                app.installTranslator(translator)
                translators.append(translator)
        for width, height in SIZES:
            settings = gui_app.settings()
            settings.clear()  # each picture as a first start shows it, not as the last one left the window
            window = MainWindow(database, settings)
            window.show()
            window.resize(width, height)
            window.show_meeting(held)
            editor = window.editor
            editor.tabs.setCurrentIndex(editor.AGENDA)

            def shot(name: str, window: MainWindow = window, prefix: str = f"{language}-{width}x{height}") -> None:
                for _ in range(5):
                    app.processEvents()
                path = OUT / f"{prefix}-{name}.png"
                window.grab().save(str(path))
                print(path.relative_to(ROOT))

            editor.agenda.select_item(worked.id)
            shot("agenda")
            editor.tabs.setCurrentIndex(editor.ATTENDANCE)
            shot("attendance")
            window.show_meeting(ref)
            editor.tabs.setCurrentIndex(editor.AGENDA)
            editor.agenda.select_item(arising.id)
            editor.agenda.arising.setCurrentItem(editor.agenda.arising.topLevelItem(0))
            shot("matters-arising")
            window.show_page("tracker")
            shot("tracker")
            window.pages.setCurrentIndex(0)
            window.close()
            window.deleteLater()
            app.processEvents()
        _proof_shots(app, database, language, work)
        # A new database: the first steps, where a meeting will be.
        empty = workspace.open_workspace(workspace.location(str(work / f"new-{language}.sqlite")))
        settings = gui_app.settings()
        settings.clear()
        window = MainWindow(empty, settings)
        window.show()
        window.resize(1280, 720)
        for _ in range(5):
            app.processEvents()
        path = OUT / f"{language}-1280x720-first-steps.png"
        window.grab().save(str(path))
        print(path.relative_to(ROOT))
        window.close()
        window.deleteLater()
        app.processEvents()
        empty.close()
        for translator in translators:
            app.removeTranslator(translator)
    database.close()
    return 0


def _proof_shots(app: Any, database: Any, language: str, work: Path) -> None:
    """The demo's first meeting approved at the next one, reopened with a reason, corrected and approved again by
    written procedure: its Versions tab, Compare of the two approved versions, and Verify of its archived PDF/A."""
    from PySide6.QtWidgets import QApplication

    from pactdesk.domain.enums import MinutesStatus
    from pactdesk.gui import app as gui_app
    from pactdesk.gui.files.verify_dialog import VerifyDialog
    from pactdesk.gui.main_window import MainWindow
    from pactdesk.gui.meetings.versions_section import CompareDialog
    from pactdesk.services import agenda, directory, meetings, minutes_versions, proof

    pt = language == "pt"
    ref = next(row.ref for row in meetings.list_meetings(database, limit=500) if row.minutes_status.value == "approved")
    reason = (
        "O nome de um participante estava mal escrito no ponto 3."
        if pt
        else "A participant's name was misspelt in item 3."
    )
    meetings.set_minutes_status(database, ref, MinutesStatus.CIRCULATED, reason=reason)
    item = max(agenda.agenda(database, ref), key=lambda each: len(each.minutes))
    corrected = (
        item.minutes.replace(".", ", como ficou acordado.", 1) if pt else item.minutes.replace(".", ", as agreed.", 1)
    )
    agenda.set_item_field(database, item.id, "minutes", corrected)
    note = "Procedimento escrito 4/2026: sem objeções." if pt else "Written procedure 4/2026: no objections."
    meetings.set_minutes_status(database, ref, MinutesStatus.APPROVED, AS_OF, note=note)
    settings = gui_app.settings()
    settings.clear()
    window = MainWindow(database, settings)
    window.show()
    window.resize(1280, 720)
    window.show_meeting(ref)
    editor = window.editor
    editor.tabs.setCurrentIndex(editor.VERSIONS)

    def save(widget: Any, name: str) -> None:
        for _ in range(5):
            app.processEvents()
        path = OUT / f"{name}.png"
        widget.grab().save(str(path))
        print(path.relative_to(ROOT))

    save(window, f"versions-history-{language}-1280x720")
    numbers = [row.number for row in minutes_versions.history(database, ref)]
    people = {person.id: person.name for person in directory.list_people(database)}
    found = minutes_versions.compare(database, ref, numbers[-3], numbers[-1])
    dialog = CompareDialog(ref, found, people, window)
    dialog.show()
    save(dialog, f"compare-{language}")
    dialog.close()
    pdf = work / f"{ref}-{language}.pdf"
    pdf.write_bytes(proof.archived_pdf(database, ref, language))
    verdict = proof.verify_file(database, pdf)
    shown = VerifyDialog(verdict, pdf.name, window)
    shown.show()
    save(shown, f"verify-{language}")
    shown.close()
    window.close()
    window.deleteLater()
    QApplication.processEvents()


if __name__ == "__main__":
    sys.exit(main())
