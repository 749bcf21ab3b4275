"""The pictures of the worked example's storyboard and its logo, drawn here with Pillow.

Made by the project for the example (same licence as the project, MIT): flat
shapes, no photograph or third-party artwork. Deterministic: the same Pillow
draws the same bytes, so rebuilding the example changes nothing.
"""

from __future__ import annotations

import io

from PIL import Image, ImageDraw

from cjm_desktop.model import images

W, H = 640, 400
SKY, INK, SKIN, HAIR, ACCENT, PHONE = "#e9f1f7", "#1f2d3d", "#f2c9a0", "#3b2a20", "#e07a5f", "#2f3e4e"


def _person(d: ImageDraw.ImageDraw, x: int, y: int, shirt: str, scale: float = 1.0) -> None:
    r = int(34 * scale)
    d.ellipse((x - r, y - r, x + r, y + r), fill=SKIN)
    d.pieslice((x - r - 4, y - r - 6, x + r + 4, y + r - 10), 180, 360, fill=HAIR)
    d.rounded_rectangle((x - int(60 * scale), y + r + 6, x + int(60 * scale), y + r + int(150 * scale)),
                        radius=int(30 * scale), fill=shirt)


def phone_video() -> Image.Image:
    """Awareness: a customer sees the salon's short video on her phone."""
    im = Image.new("RGB", (W, H), SKY)
    d = ImageDraw.Draw(im)
    _person(d, 200, 150, "#81b29a")
    d.rounded_rectangle((330, 80, 470, 340), radius=18, fill=PHONE)
    d.rectangle((342, 104, 458, 300), fill="#fdf0f4")
    d.polygon([(385, 170), (385, 240), (435, 205)], fill=ACCENT)  # play
    for i, c in enumerate(("#d64545", "#e08a00", "#2e9e5b")):
        d.ellipse((490 + i * 40, 110 + i * 50, 520 + i * 40, 140 + i * 50), fill=c)  # hearts
    return im


def chat_booking() -> Image.Image:
    """Research: booking by chat, a reply with free times."""
    im = Image.new("RGB", (W, H), SKY)
    d = ImageDraw.Draw(im)
    d.rounded_rectangle((200, 40, 440, 370), radius=22, fill=PHONE)
    d.rectangle((214, 70, 426, 340), fill="#ffffff")
    d.rounded_rectangle((226, 90, 360, 130), radius=12, fill="#d6e6fb")
    d.rounded_rectangle((280, 150, 414, 190), radius=12, fill="#0068ff")
    d.rounded_rectangle((226, 210, 380, 270), radius=12, fill="#d6e6fb")
    for i in range(3):
        d.rectangle((240 + i * 45, 228, 270 + i * 45, 252), fill="#2e9e5b" if i == 1 else "#8a94a6")
    return im


def salon_chair() -> Image.Image:
    """In the salon: the chair, the mirror and the stylist."""
    im = Image.new("RGB", (W, H), "#f7efe9")
    d = ImageDraw.Draw(im)
    d.rounded_rectangle((60, 40, 300, 300), radius=120, fill="#cfe3ee", outline="#a0603a", width=10)
    _person(d, 180, 200, "#3d5a80", 0.8)
    d.rounded_rectangle((110, 290, 250, 340), radius=10, fill="#1f2d3d")
    d.rectangle((172, 340, 188, 380), fill="#1f2d3d")
    _person(d, 430, 140, ACCENT)
    d.line((470, 230, 540, 200), fill="#8a94a6", width=8)  # scissors' arm
    d.ellipse((535, 185, 560, 210), outline="#8a94a6", width=6)
    return im


def stars_review() -> Image.Image:
    """Repurchase: five stars and a shared photo."""
    im = Image.new("RGB", (W, H), SKY)
    d = ImageDraw.Draw(im)
    _person(d, 160, 150, "#81b29a")
    for i in range(5):
        cx, cy, r = 300 + i * 66, 120, 26
        pts = []
        for k in range(10):
            import math

            a = math.pi / 2 + k * math.pi / 5
            rr = r if k % 2 == 0 else r * 0.45
            pts.append((cx + rr * math.cos(a), cy - rr * math.sin(a)))
        d.polygon(pts, fill="#e0a800" if i < 5 else "#cccccc")
    d.rounded_rectangle((300, 200, 580, 340), radius=14, fill="#ffffff", outline="#c9d0da", width=4)
    for i in range(3):
        d.rectangle((320, 222 + i * 36, 560 - i * 60, 238 + i * 36), fill="#c9d0da")
    return im


def logo() -> Image.Image:
    """The salon's logo: a five-petal apricot blossom (hoa mai), on transparency."""
    import math

    im = Image.new("RGBA", (240, 240), (0, 0, 0, 0))
    d = ImageDraw.Draw(im)
    for k in range(5):
        a = math.pi / 2 + k * 2 * math.pi / 5
        cx, cy = 120 + 58 * math.cos(a), 120 - 58 * math.sin(a)
        d.ellipse((cx - 52, cy - 52, cx + 52, cy + 52), fill="#f2b705")
    d.ellipse((90, 90, 150, 150), fill="#e07a5f")
    return im


def as_uri(image: Image.Image) -> str:
    out = io.BytesIO()
    if image.mode == "RGBA":
        image.save(out, "PNG", optimize=True)
        return images.data_uri("png", out.getvalue())
    image.save(out, "JPEG", quality=82)
    return images.data_uri("jpeg", out.getvalue())


#: stage index -> (the picture, the frame's caption in Vietnamese and English)
FRAMES = [
    (0, phone_video, ("Thấy video làm tóc trên TikTok", "Sees a hair video on TikTok")),
    (1, chat_booking, ("Nhắn Zalo hỏi giờ trống", "Asks for a free slot on Zalo")),
    (2, salon_chair, ("Ngồi ghế, thợ tư vấn kiểu tóc", "In the chair, the stylist advises")),
    (5, stars_review, ("Đánh giá 5 sao, gửi ảnh cho bạn", "Five stars, a photo sent to a friend")),
]
