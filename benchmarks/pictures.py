"""The cost of pictures: opening the benchmark map with 200 pictures of 1,600 px against the same map without.

Each picture is a different JPEG, 1,600 × 1,000 pixels (drawn here with
Pillow), on one card each; the map is otherwise the benchmark map. Open time
is ``read_cjm`` + ``CjmDocument`` + ``MapScene`` (as the ``open`` measure); memory
is a fresh window process on each file (as the ``memory`` measure). Targets
(issue 15): within 1.5× the time and +300 MB of the map without pictures.
Then the A0 poster of the map with its pictures: time and file size against the
map without, and the image XObjects in the file (one per picture).
"""

from __future__ import annotations

import io
import random

from .common import Bench
from .files import open_samples
from .startup import run_driver
from .timing import Result, Samples, sample


def _pictures(count: int) -> list[str]:
    from PIL import Image, ImageDraw

    from cjm_desktop.model import images

    rng = random.Random(15)
    out = []
    for n in range(count):
        im = Image.new("RGB", (1600, 1000), tuple(rng.randrange(256) for _ in range(3)))
        d = ImageDraw.Draw(im)
        for _ in range(12):
            x, y = rng.randrange(1600), rng.randrange(1000)
            d.ellipse((x, y, x + rng.randrange(80, 500), y + rng.randrange(80, 400)),
                      fill=tuple(rng.randrange(256) for _ in range(3)))
        buf = io.BytesIO()
        im.save(buf, "JPEG", quality=80)
        out.append(images.data_uri("jpeg", buf.getvalue()))
    return out


def pictures(b: Bench) -> list[Result]:
    """Open time and window memory, the benchmark map with and without 200 pictures."""
    from cjm_desktop.io import write_cjm
    from cjm_desktop.model import images

    count = 20 if b.quick else 200
    m = b.journey_map.model_copy(deep=True)
    uris = _pictures(count)
    for card, uri in zip(m.cards, uris):
        m.images[images.image_id(uri)] = uri
        card.image = images.image_id(uri)
    path = b.workdir / "pictures.cjm"
    write_cjm(path, m)
    runs = b.runs(3, 1)
    plain, _ = open_samples(b.map_path, len(m.cards), runs)
    framed, _ = open_samples(path, len(m.cards), runs)
    ratio = framed.median / plain.median
    _, mem_plain = run_driver("memory", b.map_path, b.workdir / "memory-plain")
    _, mem_framed = run_driver("memory", path, b.workdir / "memory-pictures")
    extra = mem_framed["rss_mb"] - mem_plain["rss_mb"]
    size_mb = path.stat().st_size / 1e6
    return _pdf_results(b, m, count) + [
        Result("open_pictures", f"open the map with {count} pictures of 1,600 px ({size_mb:.0f} MB file)", "s",
               framed.median, framed.median_cpu, framed.runs, "<= 1.5x without", ratio <= 1.5,
               notes=f"{ratio:.2f}x the same map without pictures ({plain.median:.2f} s)",
               details={"wall": framed.wall, "plain_wall": plain.wall, "ratio": ratio, "file_mb": size_mb}),
        Result("memory_pictures", f"window memory with {count} pictures", "MB", mem_framed["rss_mb"], None, 1,
               "<= +300 MB", extra <= 300,
               notes=f"+{extra:.0f} MB over the map without pictures ({mem_plain['rss_mb']:.0f} MB)",
               details={"rss_mb": mem_framed["rss_mb"], "plain_rss_mb": mem_plain["rss_mb"]}),
    ]


def _pdf_results(b: Bench, m, count: int) -> list[Result]:
    """The A0 poster with the pictures and without: time, size, image XObjects."""
    import re

    from cjm_desktop.export import PdfOptions, export_pdf

    out = b.workdir
    with_pictures, without = Samples(), Samples()
    for _ in range(b.runs(2, 1)):
        sample(lambda: export_pdf(m, out / "a0-pictures.pdf", PdfOptions(paper="A0")), 1, samples=with_pictures)
        sample(lambda: export_pdf(b.journey_map, out / "a0-plain.pdf", PdfOptions(paper="A0")), 1, samples=without)
    data = (out / "a0-pictures.pdf").read_bytes()
    xobjects = len(re.findall(rb"/Subtype /Image", data))
    mb, plain_mb = len(data) / 1e6, (out / "a0-plain.pdf").stat().st_size / 1e6
    ratio = with_pictures.median / without.median
    return [Result("pdf_a0_pictures", f"A0 PDF of the map with {count} pictures", "s", with_pictures.median,
                   with_pictures.median_cpu, with_pictures.runs, "one image XObject per picture", xobjects == count,
                   notes=(f"{ratio:.2f}x the map without ({without.median:.2f} s); file {mb:.1f} MB "
                          f"(without: {plain_mb:.1f} MB); {xobjects} image XObjects"),
                   details={"wall": with_pictures.wall, "plain_wall": without.wall, "ratio": ratio, "mb": mb,
                            "plain_mb": plain_mb, "xobjects": xobjects})]
