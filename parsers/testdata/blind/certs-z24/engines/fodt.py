"""LibreOffice Writer producer: flat ODF text (.fodt) converted with soffice."""
import os
import subprocess
from xml.sax.saxutils import escape

from .blocks import group_widths, label_width
from .display import spaced_literal

NS = ('xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
      'xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" '
      'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
      'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
      'xmlns:draw="urn:oasis:names:tc:opendocument:xmlns:drawing:1.0" '
      'xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" '
      'xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0" '
      'xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0" '
      'xmlns:dc="http://purl.org/dc/elements/1.1/" '
      'xmlns:xlink="http://www.w3.org/1999/xlink"')


def x(s):
    return escape(s)


class Doc:
    def __init__(self, cert):
        self.cert = cert
        self.o = o = cert["opts"]
        self.land = o.get("orient") == "L"
        self.center = o.get("align") == "center"
        self.acc = o.get("accent", "#222222")
        self.font = "P052" if o.get("font", "serif") == "serif" else "Liberation Sans"
        self.auto = []
        self.n = 0
        self.pw, self.ph = (11.0, 8.5) if self.land else (8.5, 11.0)
        self.mx = 1.0 if self.land else 0.95
        self.my = 0.7
        self.cw = self.pw - 2 * self.mx

    def pstyle(self, size, bold=False, italic=False, color="#161616", align=None,
               before=0.0, after=4.0, lead=None, break_before=False, letter=None):
        self.n += 1
        nm = f"P{self.n}"
        align = align or ("center" if self.center else "start")
        tp = (f'fo:font-size="{size}pt" style:font-name="{self.font}" fo:color="{color}"'
              + (' fo:font-weight="bold"' if bold else "")
              + (' fo:font-style="italic"' if italic else "")
              + (f' fo:letter-spacing="{letter}"' if letter else ""))
        pp = (f'fo:text-align="{align}" fo:margin-top="{before}pt" fo:margin-bottom="{after}pt"'
              + (f' fo:line-height="{lead}%"' if lead else "")
              + (' fo:break-before="page"' if break_before else ""))
        self.auto.append(f'<style:style style:name="{nm}" style:family="paragraph">'
                         f'<style:paragraph-properties {pp}/><style:text-properties {tp}/>'
                         f'</style:style>')
        return nm

    def para(self, text, **kw):
        return f'<text:p text:style-name="{self.pstyle(**kw)}">{x(text)}</text:p>'

    def table(self, col_widths_in, rows, cell_fn, align=None):
        """rows: list of lists of xml cell contents; cell_fn(r, c) -> cell style props"""
        self.n += 1
        tn = f"T{self.n}"
        total = sum(col_widths_in)
        align = align or ("center" if self.center else "left")
        self.auto.append(f'<style:style style:name="{tn}" style:family="table">'
                         f'<style:table-properties style:width="{total:.3f}in" '
                         f'table:align="{align}" fo:margin-top="2pt" fo:margin-bottom="4pt"/>'
                         f'</style:style>')
        cols = ""
        for i, w in enumerate(col_widths_in):
            cn = f"{tn}.C{i}"
            self.auto.append(f'<style:style style:name="{cn}" style:family="table-column">'
                             f'<style:table-column-properties style:column-width="{w:.3f}in"/>'
                             f'</style:style>')
            cols += f'<table:table-column table:style-name="{cn}"/>'
        body = ""
        for r, row in enumerate(rows):
            body += "<table:table-row>"
            for c, content in enumerate(row):
                cs = f"{tn}.{r}.{c}"
                self.auto.append(f'<style:style style:name="{cs}" style:family="table-cell">'
                                 f'<style:table-cell-properties {cell_fn(r, c)}/></style:style>')
                body += (f'<table:table-cell table:style-name="{cs}" office:value-type="string">'
                         f'{content}</table:table-cell>')
            body += "</table:table-row>"
        return f'<table:table table:name="{tn}" table:style-name="{tn}">{cols}{body}</table:table>'

    def block(self, b):
        t = b["t"]
        acc = self.acc
        if t == "org":
            return self.para(b["text"], size=b.get("size") or 16, bold=b.get("bold", True),
                             color=acc, after=3, lead=110)
        if t == "sub":
            return self.para(b["text"], size=b.get("size") or 12, italic=True, color="#555555")
        if t == "heading":
            return self.para(b["text"], size=b.get("size") or 28, bold=True, color=acc,
                             before=6, after=9, lead=110)
        if t == "p":
            al = None
            if b.get("align"):
                al = "center" if b["align"] == "center" else "start"
            return self.para(b["text"], size=b.get("size") or 11.5, bold=b.get("bold"),
                             italic=b.get("italic"), align=al, after=5)
        if t == "name":
            text = spaced_literal(b["text"]) if b.get("spaced") else b["text"]
            return self.para(text, size=b.get("size") or (26 if self.land else 22), bold=True,
                             before=4, after=8)
        if t == "fmt":
            return self.para(b["text"], size=11, bold=True, color=acc, letter="0.02in")
        if t == "title":
            return self.para(b["text"], size=b.get("size") or (18 if self.land else 15.5),
                             bold=True, before=2, after=7, lead=118)
        if t == "small":
            al = None
            if b.get("align"):
                al = "center" if b["align"] == "center" else "start"
            return self.para(b["text"], size=8, color="#555555", align=al, after=4, lead=125)
        if t == "sp":
            return self.para("", size=2, after=b["h"] - 2)
        if t == "rule":
            self.n += 1
            nm = f"P{self.n}"
            self.auto.append(f'<style:style style:name="{nm}" style:family="paragraph">'
                             f'<style:paragraph-properties fo:border-bottom="1.4pt solid {acc}" '
                             f'fo:padding="0in" fo:margin-bottom="8pt"/>'
                             f'<style:text-properties fo:font-size="2pt"/></style:style>')
            return f'<text:p text:style-name="{nm}"/>'
        if t == "kv":
            size = b.get("size") or 10.5
            width = self.cw * (b.get("width") or 0.7)
            lw = label_width([l for l, _ in b["rows"]], size, self.o.get("font", "serif"), width)
            rows = [[self.para(l + ":", size=size, bold=True, color="#555555", align="start",
                               after=1),
                     self.para(v, size=size, align="start", after=1)] for l, v in b["rows"]]
            return self.table([lw, width - lw], rows,
                              lambda r, c: 'fo:padding="0.02in" fo:border="none"')
        if t == "cols":
            width = self.cw * (b.get("width") or (0.9 if self.center else 1.0))
            out = ""
            for gi, group in enumerate(b["groups"]):
                ws = [width * f for f in group_widths(b, gi)]
                rows = [[self.para(l.upper(), size=7.5, bold=True, color=acc, align="start",
                                   after=0, letter="0.01in") for l, _ in group],
                        [self.para(v, size=11.5, align="start", after=2) for _, v in group]]
                out += self.table(ws, rows, lambda r, c: (
                    'fo:padding-left="0in" fo:padding-right="0.15in" fo:padding-top="0.02in" '
                    'fo:padding-bottom="0.03in" fo:border="none"' if r == 0 else
                    'fo:padding-left="0in" fo:padding-right="0.15in" fo:padding-bottom="0.03in" '
                    'fo:border-bottom="0.6pt solid #777777" fo:border-top="none" '
                    'fo:border-left="none" fo:border-right="none"'))
                out += self.para("", size=4, after=2)
            return out
        if t == "table":
            size = b.get("size") or 10
            width = self.cw * (b.get("width") or 1.0)
            rows = [[self.para(h, size=size, bold=True, align="start", after=0) for h in b["head"]]]
            rows += [[self.para(c, size=size, align="start", after=0) for c in r] for r in b["rows"]]
            return self.table([width * w for w in b["widths"]], rows, lambda r, c: (
                'fo:padding="0.05in" fo:border="0.6pt solid #777777"'
                + (' fo:background-color="#e6ebf2"' if r == 0 else "")))
        if t == "sig":
            n = len(b["signers"])
            cells = []
            for nm, titles in b["signers"]:
                squig = ('<text:p text:style-name="%s"><draw:path draw:style-name="gr1" '
                         'text:anchor-type="as-char" svg:width="1.5in" svg:height="0.32in" '
                         'svg:viewBox="0 0 130 30" svg:d="M2 22 C 20 2 26 30 45 14 S 70 4 85 18 '
                         'S 110 12 128 16"/></text:p>') % self.pstyle(8, align="center", after=0)
                self.n += 1
                ln = f"P{self.n}"
                self.auto.append(f'<style:style style:name="{ln}" style:family="paragraph">'
                                 f'<style:paragraph-properties fo:text-align="center" '
                                 f'fo:border-top="0.7pt solid #111111" fo:padding-top="2pt"/>'
                                 f'<style:text-properties fo:font-size="9.5pt" fo:font-weight="bold" '
                                 f'style:font-name="{self.font}"/></style:style>')
                c = squig + f'<text:p text:style-name="{ln}">{x(nm)}</text:p>'
                c += "".join(self.para(tl, size=8.5, italic=True, color="#555555",
                                       align="center", after=0) for tl in titles)
                cells.append(c)
            ws = []
            row = []
            for i, c in enumerate(cells):
                if i:
                    ws.append(0.7)
                    row.append(self.para("", size=2))
                ws.append(2.3)
                row.append(c)
            return self.para("", size=2, after=14) + self.table(
                ws, [row], lambda r, c: 'fo:padding="0in" fo:border="none"')
        if t == "foot":
            return self.para(b["text"], size=7.5, color="#555555", align="center", before=10)
        raise ValueError(t)

    def render(self):
        o = self.o
        border = o.get("border", "none")
        acc = self.acc
        bprops = {
            "none": "",
            "single": f'fo:border="1.4pt solid {acc}" fo:padding="0.3in"',
            "double": f'fo:border="4.5pt double {acc}" style:border-line-width="0.8pt 1.2pt 2.5pt" '
                      f'fo:padding="0.3in"',
            "thick": f'fo:border="6pt solid {acc}" fo:padding="0.3in"',
            "ornate": f'fo:border="5.5pt double {acc}" style:border-line-width="2.5pt 1pt 1pt" '
                      f'fo:padding="0.3in"',
        }[border]
        margin = 0.35 if border != "none" else self.my
        if border != "none":
            self.cw = self.pw - 2 * 0.35 - 0.6 - 2 * 0.45
        pages = [[]]
        for b in self.cert["blocks"]:
            if b["t"] == "page":
                pages.append([])
            else:
                pages[-1].append(b)
        body = ""
        content_h = self.ph - 2 * margin - (0.6 if border != "none" else 0) - 0.05
        for i, blocks in enumerate(pages):
            inner = "".join(self.block(b) for b in blocks)
            if i == 0 and self.center:
                # one-cell table, vertically centred, holds page 1
                side = 0.45 if border != "none" else 0.0
                inner = self.table([self.pw - 2 * margin - (0.6 if border != "none" else 0)],
                                   [[inner]], lambda r, c: (
                                       f'style:vertical-align="middle" fo:padding-left="{side}in" '
                                       f'fo:padding-right="{side}in" fo:border="none"'))
                # row height
                self.n += 1
                rn = f"R{self.n}"
                self.auto.append(f'<style:style style:name="{rn}" style:family="table-row">'
                                 f'<style:table-row-properties style:row-height="{content_h - 0.3:.3f}in"/>'
                                 f'</style:style>')
                inner = inner.replace("<table:table-row>", f'<table:table-row table:style-name="{rn}">', 1)
            elif border != "none":
                # keep text inside the frame: indent the flow
                inner = inner
            if i > 0:
                inner = self.para("", size=2, break_before=True, after=0) + inner
            body += inner
        body += self.para("", size=1, after=0)
        pad_lr = "" if self.center or border == "none" else ' fo:padding-left="0.45in" fo:padding-right="0.45in"'
        if border != "none" and not self.center:
            bprops = bprops.replace('fo:padding="0.3in"', 'fo:padding-top="0.3in" fo:padding-bottom="0.3in"') + pad_lr
        pl = (f'<style:page-layout style:name="pm1"><style:page-layout-properties '
              f'fo:page-width="{self.pw}in" fo:page-height="{self.ph}in" '
              f'style:print-orientation="{"landscape" if self.land else "portrait"}" '
              f'fo:margin-top="{margin}in" fo:margin-bottom="{margin}in" '
              f'fo:margin-left="{margin if border != "none" else self.mx}in" '
              f'fo:margin-right="{margin if border != "none" else self.mx}in" {bprops}/>'
              f'</style:page-layout>')
        gr = (f'<style:style style:name="gr1" style:family="graphic"><style:graphic-properties '
              f'draw:stroke="solid" svg:stroke-color="#1a2a70" svg:stroke-width="0.012in" '
              f'draw:fill="none" style:vertical-pos="top" style:vertical-rel="baseline"/></style:style>')
        fonts = ('<office:font-face-decls>'
                 '<style:font-face style:name="P052" svg:font-family="P052" style:font-family-generic="roman"/>'
                 '<style:font-face style:name="Liberation Sans" svg:font-family="\'Liberation Sans\'" '
                 'style:font-family-generic="swiss"/></office:font-face-decls>')
        return (f'<?xml version="1.0" encoding="UTF-8"?>\n<office:document {NS} office:version="1.2" '
                f'office:mimetype="application/vnd.oasis.opendocument.text">'
                f'<office:meta><dc:title>Certificate {self.cert["id"]}</dc:title>'
                f'<meta:generator>certificate generator (flat ODF)</meta:generator></office:meta>'
                f'{fonts}<office:styles><style:default-style style:family="paragraph">'
                f'<style:text-properties style:font-name="{self.font}" fo:font-size="11pt"/>'
                f'</style:default-style></office:styles>'
                f'<office:automatic-styles>{pl}{gr}{"".join(self.auto)}</office:automatic-styles>'
                f'<office:master-styles><style:master-page style:name="Standard" '
                f'style:page-layout-name="pm1"/></office:master-styles>'
                f'<office:body><office:text>{body}</office:text></office:body></office:document>')


def soffice_convert(src, outdir, profiles, soffice="soffice"):
    prof = os.path.abspath(os.path.join(profiles, "libreoffice"))
    os.makedirs(prof, exist_ok=True)
    subprocess.run([soffice, f"-env:UserInstallation=file://{prof}", "--headless",
                    "--convert-to", "pdf", "--outdir", outdir, src], check=True,
                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=300)


def build(cert, out_pdf, workdir, profiles):
    src = os.path.join(workdir, cert["id"] + ".fodt")
    with open(src, "w", encoding="utf-8") as fh:
        fh.write(Doc(cert).render())
    soffice_convert(src, workdir, profiles)
    produced = os.path.join(workdir, cert["id"] + ".pdf")
    if os.path.abspath(produced) != os.path.abspath(out_pdf):
        os.replace(produced, out_pdf)
    return src
