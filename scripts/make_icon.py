"""Draw CareCenter's icon (a white heart on a teal rounded square) at every size the desktops ask for.

    python scripts/make_icon.py     writes resources/icons/carecenter-<size>.png and carecenter.ico
"""

from pathlib import Path

from PIL import Image, ImageDraw

ICONS = Path(__file__).resolve().parent.parent / "resources" / "icons"
SIZES = (16, 24, 32, 48, 64, 128, 256)
TEAL, WHITE, ACCENT = (0, 121, 107, 255), (255, 255, 255, 255), (255, 193, 7, 255)


def draw(size: int) -> Image.Image:
    scale = 4  # draw large, then shrink: smooth edges without an anti-aliasing library
    big = size * scale
    image = Image.new("RGBA", (big, big), (0, 0, 0, 0))
    pen = ImageDraw.Draw(image)
    pen.rounded_rectangle((0, 0, big - 1, big - 1), radius=big // 5, fill=TEAL)
    # the heart: two circles and a triangle
    r = big * 0.17
    cx, cy = big / 2, big * 0.43
    pen.ellipse((cx - 2 * r, cy - r, cx, cy + r), fill=WHITE)
    pen.ellipse((cx, cy - r, cx + 2 * r, cy + r), fill=WHITE)
    pen.polygon([(cx - 1.93 * r, cy + 0.35 * r), (cx + 1.93 * r, cy + 0.35 * r), (cx, big * 0.80)], fill=WHITE)
    # a small amber dot: the desk's "someone to call today"
    d = big * 0.11
    pen.ellipse((big * 0.72, big * 0.12, big * 0.72 + d * 1.6, big * 0.12 + d * 1.6), fill=ACCENT)
    return image.resize((size, size), Image.LANCZOS)


def main() -> None:
    ICONS.mkdir(parents=True, exist_ok=True)
    images = {size: draw(size) for size in SIZES}
    for size, image in images.items():
        image.save(ICONS / f"carecenter-{size}.png")
    images[256].save(ICONS / "carecenter.ico", sizes=[(s, s) for s in SIZES])


if __name__ == "__main__":
    main()
