"""A crash leaves a trace: faulthandler's stacks in pactdesk-crash.log, and Qt's own messages in the log."""

from __future__ import annotations

import logging
import os
import subprocess
import sys
from pathlib import Path

import pytest

CRASH = "from pactdesk import logs; logs.setup(); import ctypes; ctypes.string_at(0)"


def test_a_crash_inside_a_c_library_leaves_the_python_stacks_beside_the_log(tmp_path: Path) -> None:
    env = {**os.environ, "PACTDESK_HOME": str(tmp_path)}
    result = subprocess.run([sys.executable, "-c", CRASH], env=env, capture_output=True, text=True, timeout=60)
    assert result.returncode != 0
    [crash] = list(tmp_path.rglob("pactdesk-crash.log"))
    text = crash.read_text(encoding="utf-8")
    assert "Fatal Python error: Segmentation fault" in text and "string_at" in text


def test_qt_messages_go_to_the_log(qapp: object, caplog: pytest.LogCaptureFixture) -> None:
    from PySide6.QtCore import qInstallMessageHandler, qWarning

    from pactdesk.gui.app import log_qt_messages

    log_qt_messages()
    try:
        with caplog.at_level(logging.DEBUG, logger="qt"):
            qWarning("QWidget::setMinimumSize: a test's warning")
    finally:
        qInstallMessageHandler(None)
    assert [(r.name, r.levelno, r.getMessage()) for r in caplog.records if r.name == "qt"] == [
        ("qt", logging.WARNING, "QWidget::setMinimumSize: a test's warning")
    ]


def test_a_second_command_in_one_process_logs_each_line_once(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    """Each call of setup used to add its handlers again: a line logged twice, and a verbose command's terminal
    handler left writing to a stream closed since."""
    from pactdesk import logs

    for _ in range(3):
        path = logs.setup(verbose=True)
    logging.getLogger("pactdesk.test").warning("said once")
    assert capsys.readouterr().err.count("said once") == 1
    assert path is not None and path.read_text(encoding="utf-8").count("said once") == 1
    logs.setup()
    logging.getLogger("pactdesk.test").warning("quietly")
    assert "quietly" not in capsys.readouterr().err
