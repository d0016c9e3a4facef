"""Layout-neutral certificate description used by every producer engine.

A certificate is a dict with:
  page:     orientation, font family, border, accent colour, seal ...
  elements: a top-down list of blocks (see constructors below)
  gold:     the answer key (written to zyNN.gold.json)
Each engine (engines/*.py, engines/php_engine.php) renders the same blocks
with its own native means (HTML/CSS, ODF XML, python-docx, FPDF, TCPDF,
ReportLab canvas, Platypus, AcroForm fields, hand-written PostScript).
"""


def T(text, size=12, b=False, i=False, align="C", sb=4, font=None, color=None,
      ls=0, field=None, caps=False):
    """A paragraph of text (wraps to the content width)."""
    return dict(k="T", text=text, size=size, b=b, i=i, align=align, sb=sb,
                font=font, color=color, ls=ls, field=field)


def KV(rows, size=11, lw=0.30, sb=8, lb=True, gap=3, fields=None, align="L",
       rule=False):
    """Two-column label | value rows."""
    return dict(k="KV", rows=[list(r) for r in rows], size=size, lw=lw, sb=sb,
                lb=lb, gap=gap, fields=fields, align=align, rule=rule)


def COLS(labels, values, size=11, sb=10, widths=None, align="L", fields=None,
         vb=True, rule=False, lsize=None):
    """Labels above values, in columns (one label row, one value row)."""
    n = len(labels)
    return dict(k="COLS", labels=labels, values=values, size=size, sb=sb,
                widths=widths or [1.0 / n] * n, align=align, fields=fields,
                vb=vb, rule=rule, lsize=lsize or max(7, size - 3))


def TABLE(header, rows, widths=None, size=10, sb=10, align=None, shade=True):
    n = len(header)
    return dict(k="TABLE", header=header, rows=rows, size=size, sb=sb,
                widths=widths or [1.0 / n] * n, align=align or ["L"] * n,
                shade=shade)


def SIGS(sigs, size=10, sb=28, scribble=True):
    """Signature blocks side by side: [(name, [title lines]), ...]."""
    return dict(k="SIGS", sigs=[[s[0], list(s[1])] for s in sigs], size=size,
                sb=sb, scribble=scribble)


def RULE(w=0.6, sb=8, color=None, thick=0.8):
    return dict(k="RULE", w=w, sb=sb, color=color, thick=thick)


def SP(h):
    return dict(k="SP", h=h)


def BR():
    return dict(k="BR")


def PAGE(orient="P", font="serif", border=None, accent="#1f2f4f", seal=None,
         margin=54, pad=None, hfont=None, topbar=False, seal_pos="BL",
         footer=None):
    """orient P/L (US Letter); border None|single|double|thick|corners;
    seal: list of short text lines drawn in a round seal; footer: small
    text printed at the very bottom of every page."""
    if pad is None:
        pad = 28 if border else 0
    return dict(orient=orient, font=font, border=border, accent=accent,
                seal=seal, margin=margin, pad=pad, hfont=hfont, topbar=topbar,
                seal_pos=seal_pos, footer=footer)


def spaced(s, gap=" "):
    """Literal letter spacing: 'SARAH LEE' -> 'S A R A H   L E E'."""
    return (gap * 3).join(gap.join(list(w)) for w in s.split(" "))
