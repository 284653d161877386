"""The bundled CJK font, registered once with reportlab so every PDF embeds it."""

from __future__ import annotations

from reportlab import rl_config
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from carecenter.assets import CJK_FONT

FONT = "CareCJK"


def register() -> str:
    """Register the bundled WenQuanYi Micro Hei (TrueType outlines, so reportlab can embed it); returns its name."""
    if FONT not in pdfmetrics.getRegisteredFontNames():
        pdfmetrics.registerFont(TTFont(FONT, str(CJK_FONT), subfontIndex=0))
        # the default font of every canvas and chart, so that no unembedded Helvetica is ever referenced
        rl_config.canvas_basefontname = FONT
        rl_config.defaultGraphicsFontName = FONT
    return FONT
