"""The Qt binding itself: PySide6 6.12.0 on Python 3.11 dropped a reference to None on every call of a method that
returns nothing, so a list of a few thousand lines crashed the app ("deallocating None"). pyproject.toml keeps that
release out; this test fails if such a binding is installed again."""

import sys

from PySide6.QtWidgets import QLabel, QTreeWidgetItem


def test_void_calls_keep_none_alive(qapp):
    label = QLabel()
    item = QTreeWidgetItem(["x"])
    before = sys.getrefcount(None)
    for _ in range(500):
        label.setText("客户")
        item.setText(0, "客户")
    assert sys.getrefcount(None) >= before - 50
