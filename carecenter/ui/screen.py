"""Windows sized to the screen they open on: a desk PC is often 1366×768 with a task bar, or 1920×1080 at 125 % or
150 % scaling (1536×864 and 1280×720 logical pixels). Every window asks here for its size, so nothing opens with its
buttons below the task bar, and a size remembered on a bigger screen is clamped to this one."""

from __future__ import annotations

from PySide6.QtCore import QRect, QSettings, QSize
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QWidget

#: What the window manager adds around a window (a title bar and borders on Windows 10/11 at 100 %).
FRAME = QSize(16, 40)


def available_area(widget: QWidget | None = None) -> QRect:
    """The part of the widget's screen (or the primary screen) that windows may use: without the task bar."""
    screen = None
    if widget is not None:
        window = widget.window()
        screen = window.screen() if window is not None else None
    screen = screen or QGuiApplication.primaryScreen()
    return screen.availableGeometry()


def largest(widget: QWidget | None = None) -> QSize:
    """The largest client size a window may have on the widget's screen, its frame included."""
    area = available_area(widget)
    return QSize(area.width() - FRAME.width(), area.height() - FRAME.height())


def fit(window: QWidget, width: int, height: int) -> None:
    """Resize ``window`` to width × height, or to the screen's available area when that is smaller."""
    room = largest(window.parentWidget() or window)
    window.resize(min(width, room.width()), min(height, room.height()))


def clamp(window: QWidget) -> None:
    """Move and shrink ``window`` so all of it, its frame included, lies on the available area."""
    area = available_area(window.parentWidget() or window)
    room = largest(window.parentWidget() or window)
    size = window.size()
    if size.width() > room.width() or size.height() > room.height():
        window.resize(min(size.width(), room.width()), min(size.height(), room.height()))
    geometry = window.frameGeometry()
    x = min(max(geometry.x(), area.x()), area.right() + 1 - geometry.width())
    y = min(max(geometry.y(), area.y()), area.bottom() + 1 - geometry.height())
    if (x, y) != (geometry.x(), geometry.y()):
        window.move(max(x, area.x()), max(y, area.y()))


def restore(window: QWidget, key: str, width: int, height: int) -> None:
    """The size and place this PC remembers for ``window`` (QSettings ``key``), clamped to today's screen; else
    width × height, fitted."""
    saved = QSettings().value(key)
    if saved is not None and window.restoreGeometry(saved):
        if window.isMaximized():
            return
        clamp(window)
    else:
        fit(window, width, height)


def remember(window: QWidget, key: str) -> None:
    QSettings().setValue(key, window.saveGeometry())
