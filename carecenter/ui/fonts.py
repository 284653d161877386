"""Registers the bundled CJK font with Qt so every PC shows the same Chinese glyphs as the printed forms."""

from __future__ import annotations

from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import QApplication

from carecenter.assets import CJK_FONT, CJK_FONT_FAMILY


def install(app: QApplication, point_size: int = 10) -> str:
    """Add the font to the application and make it the default; returns the family name used."""
    font_id = QFontDatabase.addApplicationFont(str(CJK_FONT))
    families = QFontDatabase.applicationFontFamilies(font_id) if font_id >= 0 else []
    family = families[0] if families else CJK_FONT_FAMILY
    app.setFont(QFont(family, point_size))
    return family
