"""Where the bundled resources (fonts, icons, translations) are, in a source checkout and when installed.

(Not named ``resources``: installed, ``resources/`` becomes the package ``carecenter.resources``, which would hide a
module of that name.)"""

from __future__ import annotations

from pathlib import Path

_PACKAGE = Path(__file__).resolve().parent

#: In a source checkout ``resources/`` sits beside the package; ``pip install`` puts it inside as
#: ``carecenter/resources`` (see ``pyproject.toml``).
RESOURCES = next(
    (path for path in (_PACKAGE.parent / "resources", _PACKAGE / "resources") if (path / "fonts").is_dir()),
    _PACKAGE.parent / "resources",
)

CJK_FONT = RESOURCES / "fonts" / "wqy-microhei.ttc"
CJK_FONT_FAMILY = "WenQuanYi Micro Hei"
