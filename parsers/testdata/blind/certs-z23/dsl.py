"""Tiny layout language shared by all rendering engines.

A certificate is a page description plus a list of blocks.  Every engine
(Chromium HTML, LibreOffice .fodt, .docx, FPDF, TCPDF, ReportLab canvas,
ReportLab Platypus, AcroForm, PostScript) renders the same blocks with its
own primitives, so the visible content is identical to the gold but the PDF
internals differ.
"""


def T(text, size=12, b=False, i=False, al='c', ls=False, color=None, before=4,
      font=None, field=None):
    """A single logical line (wraps if longer than the measure)."""
    return dict(t='text', text=text, size=size, b=b, i=i, al=al, ls=ls,
                color=color, before=before, font=font, field=field)


def P(text, size=10, al='c', before=6, i=False, b=False, color=None, font=None):
    """A wrapped paragraph."""
    return dict(t='text', text=text, size=size, b=b, i=i, al=al, ls=False,
                color=color, before=before, font=font, field=None, para=True)


def KV(rows, size=11, lw=0.32, before=8, al='l', width=1.0, fields=None):
    """Two-column label/value rows. Labels are printed exactly as given."""
    return dict(t='kv', rows=rows, size=size, lw=lw, before=before, al=al,
                width=width, fields=fields or [None] * len(rows))


def COLS(labels, values, size=11, before=10, widths=None, al='c', width=1.0,
         fields=None, caps=True):
    """Labels on one row, values on the row below, in columns."""
    return dict(t='cols', labels=labels, values=values, size=size,
                before=before, widths=widths, al=al, width=width,
                fields=fields or [None] * len(values), caps=caps)


def TABLE(header, rows, widths=None, size=9.5, before=10, width=1.0):
    """Small ruled table; cells are single-line."""
    return dict(t='table', header=header, rows=rows, widths=widths,
                size=size, before=before, width=width)


def SIGS(sigs, before=30, size=10, al='c', width=1.0):
    """Signature blocks side by side: [(name, title), ...]."""
    return dict(t='sigs', sigs=sigs, before=before, size=size, al=al,
                width=width)


def RULE(w=0.5, before=6, thick=0.8, color=None, al='c'):
    return dict(t='rule', w=w, before=before, thick=thick, color=color, al=al)


def SPACE(h):
    return dict(t='space', h=h)


def BREAK():
    return dict(t='break')


def spaced(text):
    """Letter-spacing by literal spaces (for engines without char spacing)."""
    words = text.split(' ')
    return '   '.join(' '.join(list(w)) for w in words)
