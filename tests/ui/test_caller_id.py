"""Caller ID (来电弹屏, RULES §9): ``carecenter ring`` reaches only this user's running desk on this PC, which comes
forward with the caller's incoming-call log filled — the customer with their open calls, complaints and
appointments, or a new caller."""

import os
import stat
import sys
import tempfile
import threading
from pathlib import Path

import pytest

from carecenter import archive, cli, complaints, ring
from carecenter.errors import UserError
from carecenter.models import Complaint
from carecenter.ui.main_window import MainWindow
from carecenter.ui.ring_server import RingServer

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="the POSIX socket; Windows uses a named pipe")


@pytest.fixture
def where():
    folder = Path(tempfile.mkdtemp(prefix="cc-"))  # short: a socket path has a length limit
    return str(folder / "private" / "ring.sock")


def _ring_from_another_thread(number: str, where: str) -> dict:
    outcome: dict = {}

    def call():
        try:
            outcome["number"] = ring.send(number, where)
        except UserError as error:
            outcome["error"] = str(error)
    outcome["thread"] = threading.Thread(target=call)
    outcome["thread"].start()
    return outcome


def test_a_ring_reaches_the_desk_and_only_this_user_can_connect(qtbot, where):
    server = RingServer(where=where)
    assert server.listening
    folder_mode = stat.S_IMODE(os.stat(Path(where).parent).st_mode)
    socket_mode = stat.S_IMODE(os.stat(where).st_mode)
    assert folder_mode == 0o700 and not socket_mode & 0o077  # no one else on the PC may reach it
    with qtbot.waitSignal(server.rang, timeout=3000) as signal:
        outcome = _ring_from_another_thread("+86 138-1234-5678", where)
    qtbot.waitUntil(lambda: not outcome["thread"].is_alive(), timeout=3000)  # the answer needs the event loop
    assert signal.args == ["13812345678"] and outcome["number"] == "13812345678"
    server.close()


def test_a_ring_with_no_desk_running_or_a_bad_number_is_one_sentence(where):
    with pytest.raises(UserError, match="本机没有正在运行的 CareCenter"):
        ring.send("13812345678", where)
    with pytest.raises(UserError, match="手机号码"):
        ring.send("12345", where)
    assert ring.parse(b"RING abc\n") is None and ring.parse(b"HELLO\n") is None


def test_the_command_line_says_so_when_no_desk_runs(capsys, monkeypatch, where):
    monkeypatch.setenv("CARECENTER_RING_DIR", str(Path(where).parent))
    code = cli.run(["ring", "13812345678"])
    out, err = capsys.readouterr()
    assert code == 1 and "本机没有正在运行的 CareCenter" in err and err.count("\n") == 1 and "Traceback" not in err


def test_the_window_comes_forward_with_the_caller(store, runner, qtbot):
    zhang = archive.save_customer({"name": "张三", "phone": "13812345678"})
    complaint = Complaint.create(customer=zhang, content="异响").id
    number = complaints.accept(complaint, "S1", "电话")
    window = MainWindow(store, runner)
    qtbot.addWidget(window)
    window.on_ring("13812345678")
    dialog = window.incoming_dialog
    qtbot.addWidget(dialog)
    assert dialog.isVisible() and dialog.picker.customer_id() == zhang
    assert number in dialog.summary.text() and "待回访" in dialog.summary.text()
    window.on_ring("13900001111")  # the next call replaces the one not logged
    stranger = window.incoming_dialog
    qtbot.addWidget(stranger)
    assert not dialog.isVisible() and stranger.picker.customer_id() is None
    assert stranger.new_phone.text() == "13900001111" and "潜在客户" in stranger.message.text()


def test_rings_reach_the_window_that_replaced_this_one_in_another_language(store, runner, qtbot):
    """A language switch builds the window again: the rings go to the new one, also once the old one is gone."""
    archive.save_customer({"name": "张三", "phone": "13812345678"})
    window = MainWindow(store, runner)  # deleted below, as the language switch does after 30 s
    successor = window.switch_language("en")
    qtbot.addWidget(successor)
    window.deleteLater()
    qtbot.wait(50)  # the old window is deleted, its server with it
    where = successor.ring_server.address
    with qtbot.waitSignal(successor.ring_server.rang, timeout=3000) as signal:
        outcome = _ring_from_another_thread("13812345678", where)
    qtbot.waitUntil(lambda: not outcome["thread"].is_alive(), timeout=3000)
    assert signal.args == ["13812345678"] and outcome.get("number") == "13812345678"
    assert successor.incoming_dialog.isVisible()
    successor.incoming_dialog.reject()
    from carecenter.ui import language
    language.apply("zh_CN")
