"""Draws the cover images (no letters or digits in them) into src/img/."""
import math
import os
import random
from PIL import Image, ImageDraw, ImageFilter

D = os.path.join(os.path.dirname(os.path.abspath(__file__)), 'img')
os.makedirs(D, exist_ok=True)


def seal(draw, cx, cy, r, col):
    draw.ellipse([cx - r, cy - r, cx + r, cy + r], outline=col, width=10)
    draw.ellipse([cx - r + 24, cy - r + 24, cx + r - 24, cy + r - 24], outline=col, width=4)
    pts = []
    for i in range(10):
        a = -math.pi / 2 + i * math.pi / 5
        rr = r * 0.55 if i % 2 == 0 else r * 0.23
        pts.append((cx + rr * math.cos(a), cy + rr * math.sin(a)))
    draw.polygon(pts, fill=col)
    for i in range(36):
        a = i * math.pi / 18
        draw.line([cx + (r - 18) * math.cos(a), cy + (r - 18) * math.sin(a),
                   cx + (r - 6) * math.cos(a), cy + (r - 6) * math.sin(a)], fill=col, width=3)


# cover A: clean PNG logo page (palette image, small)
im = Image.new('RGB', (612, 792), (250, 250, 246))
d = ImageDraw.Draw(im)
d.rectangle([30, 30, 582, 762], outline=(20, 50, 110), width=8)
seal(d, 306, 330, 170, (20, 50, 110))
for i in range(4):
    d.rectangle([150, 580 + 26 * i, 462, 590 + 26 * i], fill=(180, 150, 60))
im.convert('P', palette=Image.ADAPTIVE, colors=8).save(os.path.join(D, 'cover-a.png'), optimize=True)

# cover B: a "scanned" grey page with a seal, JPEG
random.seed(7)
im = Image.new('L', (850, 1100), 238)
d = ImageDraw.Draw(im)
seal(d, 425, 430, 230, 70)
d.rectangle([120, 800, 730, 812], fill=90)
d.rectangle([120, 840, 600, 852], fill=90)
px = im.load()
for _ in range(60000):
    x, y = random.randrange(850), random.randrange(1100)
    px[x, y] = max(0, px[x, y] - random.randrange(40))
im = im.rotate(0.7, fillcolor=238).filter(ImageFilter.GaussianBlur(0.8))
im.save(os.path.join(D, 'cover-b.jpg'), quality=55, optimize=True)

# cover C: small RGB photo-like gradient with a microscope-ish silhouette
im = Image.new('RGB', (500, 650))
d = ImageDraw.Draw(im)
for y in range(650):
    d.line([0, y, 500, y], fill=(30 + y // 8, 70 + y // 10, 120 + y // 12))
d.rectangle([210, 120, 250, 360], fill=(235, 235, 240))
d.rectangle([150, 360, 330, 390], fill=(235, 235, 240))
d.ellipse([250, 250, 340, 340], outline=(235, 235, 240), width=14)
d.rectangle([120, 480, 380, 520], fill=(235, 235, 240))
d.rectangle([230, 390, 260, 480], fill=(235, 235, 240))
im.save(os.path.join(D, 'cover-c.jpg'), quality=60, optimize=True)
