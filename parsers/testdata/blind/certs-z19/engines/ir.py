"""Tiny intermediate representation shared by all certificate engines.

A certificate is a page-options dict plus a list of blocks.  Every engine
(Chromium HTML, LibreOffice .fodt, .docx, fpdf, tcpdf, ReportLab canvas,
ReportLab Platypus, AcroForm, Ghostscript PostScript) renders the same
blocks in its own way.
"""

def T(text, **kw):
    """A paragraph (wraps).  kw: size b i align(C/L/R) color font sa sb track field w"""
    d = dict(k='T', text=text)
    d.update(kw)
    return d

def KV(rows, **kw):
    """label/value rows: (label, value[, fieldname]).  kw: lw size w align gap"""
    return dict(k='KV', rows=[tuple(r) for r in rows], **kw)

def COLS(rows, **kw):
    """labels ABOVE values: list of rows, each a list of (label, value[, field])."""
    return dict(k='COLS', rows=[[tuple(c) for c in r] for r in rows], **kw)

def TABLE(header, rows, **kw):
    """small ruled table. kw: widths (fractions) size w"""
    return dict(k='TABLE', header=header, rows=rows, **kw)

def SIG(sigs, **kw):
    """signature blocks side by side: (name, title) or (name, title, script_text)"""
    return dict(k='SIG', sigs=[tuple(s) for s in sigs], **kw)

def RULE(**kw):
    return dict(k='RULE', **kw)

def SP(h):
    return dict(k='SP', h=h)

def FOOT(text, **kw):
    """fine print pinned to the bottom of the page"""
    return dict(k='FOOT', text=text, **kw)

def PB():
    return dict(k='PB')


def page_size(page):
    """(width, height) in points"""
    sz = page.get('size', 'letter')
    w, h = (612.0, 792.0) if sz == 'letter' else (595.28, 841.89)
    if page.get('orient', 'portrait') == 'landscape':
        w, h = h, w
    return w, h


def hex2rgb(h):
    h = (h or '#000000').lstrip('#')
    return tuple(int(h[i:i + 2], 16) / 255.0 for i in (0, 2, 4))


# font family keys -> installed family names (for HTML / LibreOffice engines)
FAMILY_NAMES = {
    'serif': 'Liberation Serif', 'sans': 'Liberation Sans',
    'dserif': 'DejaVu Serif', 'dsans': 'DejaVu Sans',
    'palatino': 'P052', 'century': 'C059', 'bookman': 'URW Bookman',
    'gothic': 'URW Gothic', 'chancery': 'Z003', 'narrow': 'Liberation Sans Narrow',
    'nimbus': 'Nimbus Roman', 'nsans': 'Nimbus Sans',
}
