"""Layout of the block vocabulary into a positioned display list.

Used by three producers that place text by coordinates: ReportLab canvas,
hand-written PostScript (Ghostscript) and the AcroForm (ReportLab form fields,
filled and flattened with qpdf).  Metrics are the standard 14 Type 1 fonts,
which Ghostscript's URW clones share.
"""
from reportlab.pdfbase.pdfmetrics import stringWidth

from .blocks import group_widths

LETTER = (612.0, 792.0)

FONTS = {
    "serif": dict(r="Times-Roman", b="Times-Bold", i="Times-Italic", bi="Times-BoldItalic"),
    "sans": dict(r="Helvetica", b="Helvetica-Bold", i="Helvetica-Oblique",
                 bi="Helvetica-BoldOblique"),
}

GRAY = (0.35, 0.35, 0.35)
BLACK = (0.08, 0.08, 0.08)


def hex2rgb(h):
    h = h.lstrip("#")
    return tuple(int(h[i:i + 2], 16) / 255.0 for i in (0, 2, 4))


def wrap(text, font, size, width):
    words = text.split(" ")
    lines, cur = [], ""
    for w in words:
        trial = w if not cur else cur + " " + w
        if stringWidth(trial, font, size) <= width or not cur:
            cur = trial
        else:
            lines.append(cur)
            cur = w
    if cur:
        lines.append(cur)
    return lines


class Layout:
    def __init__(self, cert, form=False):
        self.cert = cert
        self.o = o = cert["opts"]
        self.form = form
        self.W, self.H = (LETTER[1], LETTER[0]) if o.get("orient") == "L" else LETTER
        self.land = o.get("orient") == "L"
        self.f = FONTS[o.get("font", "serif")]
        self.accent = hex2rgb(o.get("accent", "#222222"))
        self.center = o.get("align") == "center"
        self.mx = 86 if self.land else 72
        self.top = self.H - (58 if o.get("border", "none") != "none" else 50)
        self.bottom = 62 if o.get("border", "none") != "none" else 54
        self.cw = self.W - 2 * self.mx
        self.pages = []
        self.nfield = 0

    # -- item helpers (y is the baseline, measured downwards from 0 while laying out)
    def _text(self, items, x, y, font, size, text, color=BLACK, align="left", field=None,
              fw=None):
        w = stringWidth(text, font, size)
        if align == "center":
            x0 = x - w / 2
        elif align == "right":
            x0 = x - w
        else:
            x0 = x
        if field and self.form:
            self.nfield += 1
            pad = 3
            fwid = fw if fw else w + 2 * pad + 4
            fx = x0 - pad if not fw else (x - fw / 2 if align == "center" else x0 - pad)
            items.append(dict(k="field", name=f"{field}_{self.nfield}", x=fx, y=y,
                              w=fwid, font=font, size=size, text=text, color=color,
                              center=(align == "center" and bool(fw))))
        else:
            items.append(dict(k="text", x=x0, y=y, font=font, size=size, text=text,
                              color=color))

    def lines_block(self, items, y, text, font, size, color, lead=1.25, width=None,
                    align=None, field=None):
        align = align or ("center" if self.center else "left")
        width = width or self.cw
        xs = self.W / 2 if align == "center" else self.mx
        for ln in wrap(text, font, size, width):
            y += size * lead
            self._text(items, xs, y, font, size, ln, color, align, field=field)
        return y

    def layout_page(self, blocks):
        items, y = [], 0.0
        f, acc = self.f, self.accent
        center = self.center
        for b in blocks:
            t = b["t"]
            if t == "org":
                size = b.get("size") or 16
                y = self.lines_block(items, y, b["text"], f["b"] if b.get("bold", True) else f["r"],
                                     size, acc, lead=1.15)
                y += 4
            elif t == "sub":
                y = self.lines_block(items, y, b["text"], f["i"], b.get("size") or 12, GRAY)
                y += 4
            elif t == "heading":
                size = b.get("size") or 28
                y += 6
                y = self.lines_block(items, y, b["text"], f["bi"] if b.get("italic") else f["b"],
                                     size, acc, lead=1.1)
                y += 10
            elif t == "p":
                size = b.get("size") or 11.5
                font = f["b"] if b.get("bold") else (f["i"] if b.get("italic") else f["r"])
                y = self.lines_block(items, y, b["text"], font, size, BLACK,
                                     align=b.get("align"))
                y += 5
            elif t == "name":
                size = b.get("size") or (26 if self.land else 24)
                text = b["text"]
                if b.get("spaced"):
                    text = spaced_literal(text)
                y += 4
                y = self.lines_block(items, y, text, f["b"], size, BLACK, lead=1.15,
                                     field="name")
                y += 8
            elif t == "fmt":
                y = self.lines_block(items, y, b["text"], f["b"], 11.5, acc)
                y += 4
            elif t == "title":
                size = b.get("size") or (18 if self.land else 16)
                width = self.cw * (0.86 if center else 1.0)
                y += 2
                y = self.lines_block(items, y, b["text"], f["b"], size, BLACK, lead=1.22,
                                     width=width, field="title")
                y += 7
            elif t == "kv":
                y = self.kv(items, y, b)
            elif t == "cols":
                y = self.cols(items, y, b)
            elif t == "table":
                y = self.table(items, y, b)
            elif t == "sig":
                y = self.sig(items, y, b)
            elif t == "small":
                y = self.lines_block(items, y, b["text"], f["r"], 8, GRAY, lead=1.3,
                                     width=self.cw * (0.92 if center else 1.0),
                                     align=b.get("align"))
                y += 4
            elif t == "sp":
                y += b["h"]
            elif t == "rule":
                y += 6
                items.append(dict(k="line", x1=self.mx, y1=y, x2=self.W - self.mx, y2=y,
                                  lw=1.2, color=acc))
                y += 6
            elif t == "foot":
                items.append(dict(k="foot", text=b["text"], font=f["r"], size=7.5))
        return items, y

    def kv(self, items, y, b):
        f = self.f
        size = b.get("size") or 10.5
        width = self.cw * (b.get("width") or 0.7)
        lw = max(stringWidth(l + ":", f["b"], size) for l, _ in b["rows"]) + 14
        x0 = (self.W - width) / 2 if self.center else self.mx
        vw = width - lw
        for label, value in b["rows"]:
            lines = wrap(value, f["r"], size, vw)
            y += size * 1.4
            self._text(items, x0, y, f["b"], size, label + ":", GRAY)
            for i, ln in enumerate(lines):
                if i:
                    y += size * 1.25
                self._text(items, x0 + lw, y, f["r"], size, ln, BLACK, field="kv")
        return y + 6

    def cols(self, items, y, b):
        f = self.f
        width = self.cw * (b.get("width") or (0.9 if self.center else 1.0))
        x0 = (self.W - width) / 2 if self.center else self.mx
        for gi, group in enumerate(b["groups"]):
            n = len(group)
            ws = [width * x for x in group_widths(b, gi)]
            xs = [x0 + sum(ws[:i]) for i in range(n)]
            gap = 12
            y += 10
            for i, (label, _) in enumerate(group):
                self._text(items, xs[i], y, f["b"], 7.5, label.upper(), self.accent)
            ybase = y + 4
            ymax = ybase
            for i, (_, value) in enumerate(group):
                yy = ybase
                for ln in wrap(value, f["r"], 11.5, ws[i] - gap):
                    yy += 14
                    self._text(items, xs[i], yy, f["r"], 11.5, ln, BLACK, field="col",
                               fw=(ws[i] - gap) if self.form else None)
                ymax = max(ymax, yy)
            for i in range(n):
                items.append(dict(k="line", x1=xs[i], y1=ymax + 5,
                                  x2=xs[i] + ws[i] - gap, y2=ymax + 5, lw=0.5,
                                  color=GRAY))
            y = ymax + 8
        return y + 4

    def table(self, items, y, b):
        f = self.f
        size = b.get("size") or 10
        width = self.cw * (b.get("width") or 1.0)
        x0 = (self.W - width) / 2 if self.center else self.mx
        ws = [w * width for w in b["widths"]]
        pad = 4

        def row(cells, font, fill):
            nonlocal y
            wrapped = [wrap(c, font, size, ws[i] - 2 * pad) for i, c in enumerate(cells)]
            nl = max(len(w) for w in wrapped)
            h = nl * size * 1.22 + 2 * pad
            items.append(dict(k="rect", x=x0, y=y, w=width, h=h, lw=0.5, color=GRAY,
                              fill=fill))
            xx = x0
            for i, lines in enumerate(wrapped):
                if i:
                    items.append(dict(k="line", x1=xx, y1=y, x2=xx, y2=y + h, lw=0.5,
                                      color=GRAY))
                yy = y + pad
                for ln in lines:
                    yy += size * 1.22
                    self._text(items, xx + pad, yy - size * 0.22, font, size, ln, BLACK)
                xx += ws[i]
            y += h

        y += 4
        row(b["head"], f["b"], (0.9, 0.92, 0.95))
        for r in b["rows"]:
            row(r, f["r"], None)
        return y + 6

    def sig(self, items, y, b):
        f = self.f
        n = len(b["signers"])
        lw = 170
        y += 34
        if self.center:
            span = self.cw * (0.75 if n > 1 else 0)
            xs = [self.W / 2 - span / 2 + i * (span / (n - 1)) for i in range(n)] if n > 1 \
                else [self.W / 2]
        else:
            xs = [self.mx + lw / 2 + i * (lw + 60) for i in range(n)]
        ymax = y
        for (nm, titles), xc in zip(b["signers"], xs):
            items.append(dict(k="squiggle", x=xc - lw / 2 + 20, y=y - 6, w=lw - 50,
                              color=(0.1, 0.15, 0.4)))
            items.append(dict(k="line", x1=xc - lw / 2, y1=y, x2=xc + lw / 2, y2=y, lw=0.6,
                              color=BLACK))
            yy = y + 12
            self._text(items, xc, yy, f["b"], 9.5, nm, BLACK, "center")
            for tl in titles:
                yy += 11
                self._text(items, xc, yy, f["i"], 8.5, tl, GRAY, "center")
            ymax = max(ymax, yy)
        return ymax + 8

    def run(self):
        """returns list of pages; each page = list of items with absolute PDF y."""
        pages, cur = [], []
        for b in self.cert["blocks"]:
            if b["t"] == "page":
                pages.append(cur)
                cur = []
            else:
                cur.append(b)
        pages.append(cur)
        out = []
        for pi, blocks in enumerate(pages):
            items, total = self.layout_page(blocks)
            avail = self.top - self.bottom - (14 if any(i["k"] == "foot" for i in items) else 0)
            if total > avail:
                raise RuntimeError(f"{self.cert['id']} page {pi + 1} overflows by "
                                   f"{total - avail:.0f}pt")
            start = self.top
            valign = self.o.get("valign", 0.5 if self.center else 0.3)
            if pi == 0:
                start = self.top - (avail - total) * valign
            for it in items:
                for key in ("y", "y1", "y2"):
                    if key in it:
                        it[key] = start - it[key]
                if it["k"] == "rect":
                    it["y"] = it["y"] - it["h"]  # lower-left corner
                if it["k"] == "foot":
                    it["x"] = self.W / 2 - stringWidth(it["text"], it["font"], it["size"]) / 2
                    it["y"] = self.bottom - 4
                    it["k"] = "text"
                    it["color"] = GRAY
            out.append(items)
        return out

    def decorations(self, page_index):
        """border + seal (drawn beneath text)"""
        o, W, H, acc = self.o, self.W, self.H, self.accent
        d = []
        bs = o.get("border", "none")
        if bs == "single":
            d.append(dict(k="rect", x=28, y=28, w=W - 56, h=H - 56, lw=1.2, color=acc, fill=None))
        elif bs == "double":
            d.append(dict(k="rect", x=22, y=22, w=W - 44, h=H - 44, lw=2.6, color=acc, fill=None))
            d.append(dict(k="rect", x=30, y=30, w=W - 60, h=H - 60, lw=0.8, color=acc, fill=None))
        elif bs == "thick":
            d.append(dict(k="rect", x=20, y=20, w=W - 40, h=H - 40, lw=7, color=acc, fill=None))
            d.append(dict(k="rect", x=32, y=32, w=W - 64, h=H - 64, lw=0.6, color=GRAY, fill=None))
        elif bs == "ornate":
            d.append(dict(k="rect", x=18, y=18, w=W - 36, h=H - 36, lw=0.8, color=acc, fill=None))
            d.append(dict(k="rect", x=24, y=24, w=W - 48, h=H - 48, lw=3.2, color=acc, fill=None))
            d.append(dict(k="rect", x=32, y=32, w=W - 64, h=H - 64, lw=0.8, color=acc, fill=None))
            for cx, cy in ((24, 24), (W - 24, 24), (24, H - 24), (W - 24, H - 24)):
                d.append(dict(k="rect", x=cx - 9, y=cy - 9, w=18, h=18, lw=1, color=acc,
                              fill=acc))
        return d

    def place_seal(self, items):
        """seal in a free corner of the content area (checked against text boxes)"""
        o = self.o
        if not o.get("seal"):
            return None
        r = 38
        boxes = []
        for it in items:
            if it["k"] in ("text", "field"):
                w = it.get("w") or stringWidth(it["text"], it["font"], it["size"])
                boxes.append((it["x"], it["y"] - 3, it["x"] + w, it["y"] + it["size"]))
        W, H = self.W, self.H
        cands = [(W - self.mx - 8, self.bottom + 44), (self.mx + 8, self.bottom + 44),
                 (W - self.mx + 4, self.top - 36), (self.mx - 4, self.top - 36),
                 (W - 80, H / 2 - 40), (80, H / 2 - 40)]
        for cx, cy in cands:
            if all(bx1 < cx - r - 6 or bx0 > cx + r + 6 or by1 < cy - r - 6 or by0 > cy + r + 6
                   for bx0, by0, bx1, by1 in boxes):
                return dict(k="seal", x=cx, y=cy, r=r, text=o["seal"], color=self.accent,
                            font=self.f["b"])
        raise RuntimeError(f"{self.cert['id']}: no room for seal")


def spaced_literal(text):
    return "   ".join(" ".join(list(w)) for w in text.split())
