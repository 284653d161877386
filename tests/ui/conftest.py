import pytest

from carecenter.ui import fonts
from carecenter.ui.runner import TaskRunner


@pytest.fixture(scope="session", autouse=True)
def cjk_font(qapp):
    return fonts.install(qapp)


@pytest.fixture
def runner(qapp):
    """Background work runs inline, so a test sees its result at once (DESIGN.md house style 6)."""
    runner = TaskRunner(synchronous=True)
    yield runner
    runner.shutdown()


@pytest.fixture(autouse=True)
def message_boxes(monkeypatch):
    """No test may hang on a modal message box: warnings are recorded, an internal-error box fails the test."""
    from PySide6.QtWidgets import QMessageBox

    shown: list[tuple[str, str]] = []

    def recorder(kind):
        def show(parent, title, text, *args, **kwargs):
            shown.append((kind, text))
            return QMessageBox.StandardButton.Ok
        return show

    monkeypatch.setattr(QMessageBox, "warning", recorder("warning"))
    monkeypatch.setattr(QMessageBox, "critical", recorder("critical"))
    monkeypatch.setattr(QMessageBox, "information", recorder("information"))
    yield shown
    internal = [text for kind, text in shown if kind == "critical"]
    assert internal == [], f"an internal error reached the user: {internal}"


@pytest.fixture(scope="session", autouse=True)
def own_settings(tmp_path_factory):
    """This PC's preferences (language, window places) in a folder of the test run's own, not the user's."""
    from PySide6.QtCore import QSettings
    folder = tmp_path_factory.mktemp("qsettings")
    QSettings.setPath(QSettings.Format.NativeFormat, QSettings.Scope.UserScope, str(folder))
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(folder))
    yield folder
