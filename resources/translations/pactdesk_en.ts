<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>AttendanceSection</name>
    <message numerus="yes">
        <location filename="../../src/pactdesk/gui/meetings/attendance_section.py" line="394"/>
        <source>Mark %n person(s) {0}</source>
        <translation>
            <numerusform>Mark %n person {0}</numerusform>
            <numerusform>Mark %n people {0}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/pactdesk/gui/meetings/attendance_section.py" line="565"/>
        <source>Remove %n person(s) from the list</source>
        <translation>
            <numerusform>Remove %n person from the list</numerusform>
            <numerusform>Remove %n people from the list</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message numerus="yes">
        <location filename="../../src/pactdesk/gui/follow_up/dashboard_page.py" line="241"/>
        <source>%Ln meeting(s) held</source>
        <translation>
            <numerusform>%Ln meeting held</numerusform>
            <numerusform>%Ln meetings held</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/pactdesk/gui/follow_up/dashboard_page.py" line="242"/>
        <source>%Ln action(s) open, {0} of them overdue</source>
        <translation>
            <numerusform>%Ln action open, {0} of them overdue</numerusform>
            <numerusform>%Ln actions open, {0} of them overdue</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/pactdesk/gui/follow_up/dashboard_page.py" line="245"/>
        <source>%Ln output(s)</source>
        <translation>
            <numerusform>%Ln output</numerusform>
            <numerusform>%Ln outputs</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DecisionsPage</name>
    <message numerus="yes">
        <location filename="../../src/pactdesk/gui/follow_up/decisions_page.py" line="331"/>
        <source>%Ln decision(s)</source>
        <translation>
            <numerusform>%Ln decision</numerusform>
            <numerusform>%Ln decisions</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DirectoryDialog</name>
    <message numerus="yes">
        <location filename="../../src/pactdesk/gui/directory/dialog.py" line="391"/>
        <source>Erased {0}: now “{1}”; %n backup(s) rewritten.</source>
        <translation>
            <numerusform>Erased {0}: now “{1}”; %n backup rewritten.</numerusform>
            <numerusform>Erased {0}: now “{1}”; %n backups rewritten.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DocumentFlow</name>
    <message numerus="yes">
        <location filename="../../src/pactdesk/gui/files/document_flow.py" line="159"/>
        <source>Calendar of %n planned meeting(s) saved to {0}.</source>
        <translation>
            <numerusform>Calendar of %n planned meeting saved to {0}.</numerusform>
            <numerusform>Calendar of %n planned meetings saved to {0}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/pactdesk/gui/files/document_flow.py" line="189"/>
        <source>Report of %Ln open action(s), {0} overdue, saved to {1}.</source>
        <translation>
            <numerusform>Report of %Ln open action, {0} overdue, saved to {1}.</numerusform>
            <numerusform>Report of %Ln open actions, {0} overdue, saved to {1}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/pactdesk/gui/files/document_flow.py" line="220"/>
        <source>Binder of %n meeting(s) of {0} in {1} saved to {2}.</source>
        <translation>
            <numerusform>Binder of %n meeting of {0} in {1} saved to {2}.</numerusform>
            <numerusform>Binder of %n meetings of {0} in {1} saved to {2}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/pactdesk/gui/files/document_flow.py" line="322"/>
        <source>Minutes of {0} sent to the printer: %n page(s).</source>
        <translation>
            <numerusform>Minutes of {0} sent to the printer: %n page.</numerusform>
            <numerusform>Minutes of {0} sent to the printer: %n pages.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportPreviewDialog</name>
    <message numerus="yes">
        <location filename="../../src/pactdesk/gui/files/workbook_dialogs.py" line="233"/>
        <source>The workbook has %Ln problem(s), so nothing can be imported. Correct them in the workbook and import it again.{0}</source>
        <translation>
            <numerusform>The workbook has %Ln problem, so nothing can be imported. Correct it in the workbook and import it again.{0}</numerusform>
            <numerusform>The workbook has %Ln problems, so nothing can be imported. Correct them in the workbook and import it again.{0}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/pactdesk/gui/files/workbook_dialogs.py" line="241"/>
        <source>The workbook can be imported: %Ln change(s). A backup of the database is taken first, and everything is written at once or not at all. Undo does not reach an import; the backup can bring the database back.</source>
        <translation>
            <numerusform>The workbook can be imported: %Ln change. A backup of the database is taken first, and everything is written at once or not at all. Undo does not reach an import; the backup can bring the database back.</numerusform>
            <numerusform>The workbook can be imported: %Ln changes. A backup of the database is taken first, and everything is written at once or not at all. Undo does not reach an import; the backup can bring the database back.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ItemMoves</name>
    <message numerus="yes">
        <location filename="../../src/pactdesk/gui/meetings/item_moves.py" line="109"/>
        <source>“{0}” is on the agenda of {1} now, with %n open action(s).</source>
        <translation>
            <numerusform>“{0}” is on the agenda of {1} now, with %n open action.</numerusform>
            <numerusform>“{0}” is on the agenda of {1} now, with %n open actions.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message numerus="yes">
        <location filename="../../src/pactdesk/gui/main_window.py" line="623"/>
        <source>%Ln meeting(s) — opening the database…</source>
        <translation>
            <numerusform>%Ln meeting — opening the database…</numerusform>
            <numerusform>%Ln meetings — opening the database…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/pactdesk/gui/main_window.py" line="626"/>
        <source>%Ln meeting(s) — {0}</source>
        <translation>
            <numerusform>%Ln meeting — {0}</numerusform>
            <numerusform>%Ln meetings — {0}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OutputMatrixModel</name>
    <message numerus="yes">
        <location filename="../../src/pactdesk/gui/follow_up/output_models.py" line="137"/>
        <source>%Ln output(s):</source>
        <translation>
            <numerusform>%Ln output:</numerusform>
            <numerusform>%Ln outputs:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OutputsPage</name>
    <message numerus="yes">
        <location filename="../../src/pactdesk/gui/follow_up/outputs_page.py" line="278"/>
        <source>%Ln output(s)</source>
        <translation>
            <numerusform>%Ln output</numerusform>
            <numerusform>%Ln outputs</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RegisterFlow</name>
    <message numerus="yes">
        <location filename="../../src/pactdesk/gui/follow_up/decisions_page.py" line="133"/>
        <source>Register of %n decision(s) saved to {0}.</source>
        <translation>
            <numerusform>Register of %n decision saved to {0}.</numerusform>
            <numerusform>Register of %n decisions saved to {0}.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SearchPanel</name>
    <message numerus="yes">
        <location filename="../../src/pactdesk/gui/search/search_box.py" line="206"/>
        <source>%n result(s): Up and Down choose, Enter opens, Esc closes.</source>
        <translation>
            <numerusform>%n result: Up and Down choose, Enter opens, Esc closes.</numerusform>
            <numerusform>%n results: Up and Down choose, Enter opens, Esc closes.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TrackerPage</name>
    <message numerus="yes">
        <location filename="../../src/pactdesk/gui/follow_up/tracker_page.py" line="309"/>
        <source>%Ln action(s)</source>
        <translation>
            <numerusform>%Ln action</numerusform>
            <numerusform>%Ln actions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/pactdesk/gui/follow_up/tracker_page.py" line="398"/>
        <source>Mark %n action(s) as “{0}”? Edit → Undo puts them back.</source>
        <translation>
            <numerusform>Mark %n action as “{0}”? Edit → Undo puts it back.</numerusform>
            <numerusform>Mark %n actions as “{0}”? Edit → Undo puts them back.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/pactdesk/gui/follow_up/tracker_page.py" line="411"/>
        <source>Set %n action(s) to “{0}”</source>
        <translation>
            <numerusform>Set %n action to “{0}”</numerusform>
            <numerusform>Set %n actions to “{0}”</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>VersionsSection</name>
    <message numerus="yes">
        <location filename="../../src/pactdesk/gui/meetings/versions_section.py" line="163"/>
        <source>%n save(s)</source>
        <translation>
            <numerusform>%n save</numerusform>
            <numerusform>%n saves</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WallPages</name>
    <message numerus="yes">
        <location filename="../../src/pactdesk/gui/presentation/pages.py" line="255"/>
        <source>%n day(s) late</source>
        <translation>
            <numerusform>%n day late</numerusform>
            <numerusform>%n days late</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WorkbookFlow</name>
    <message numerus="yes">
        <location filename="../../src/pactdesk/gui/files/workbook_flow.py" line="123"/>
        <source>Imported %Ln change(s) from {0}.</source>
        <translation>
            <numerusform>Imported %Ln change from {0}.</numerusform>
            <numerusform>Imported %Ln changes from {0}.</numerusform>
        </translation>
    </message>
</context>
</TS>
