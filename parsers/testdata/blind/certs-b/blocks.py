# Block vocabulary shared by certs.py (the certificate specifications) and
# gen.py (the renderers).  Sizes are in points.
#
#   T   one line (or several forced lines with "\n") of text
#   P   a wrapping paragraph; **x** marks bold runs
#   KV  label/value rows; mode = beside | inline | above | under | table
#   RULE, SP, PB  horizontal rule, vertical space, page break
#   F   an AcroForm field value (only meaningful for the acroform producers;
#       other renderers print it like T)

def T(text, size=12, b=False, i=False, align='c', color=None, ls=0, font=None,
      sb=4, field=None, lh=1.2):
    return dict(k='t', text=text, size=size, b=b, i=i, align=align, color=color,
                ls=ls, font=font, sb=sb, field=field, lh=lh)


def P(text, size=11, align='j', sb=6, font=None, i=False, color=None, b=False,
      width=None, lh=1.3):
    return dict(k='p', text=text, size=size, align=align, sb=sb, font=font, i=i,
                color=color, b=b, width=width, lh=lh)


def KV(rows, mode='beside', cols=1, size=11, lsize=None, lb=False, vb=True,
       sb=8, widths=None, align='l', font=None, width=None, lcolor=None,
       fill=None, vsize=None):
    """rows: list of (label, value); a value may be a dict F(...) for acroform.
    widths: fractions of the block width per column (label,value,... for
    beside/table; per cell for above/under).  width: block width as a fraction
    of the text area."""
    return dict(k='kv', rows=rows, mode=mode, cols=cols, size=size,
                lsize=lsize or size, lb=lb, vb=vb, sb=sb, widths=widths,
                align=align, font=font, width=width or 1.0, lcolor=lcolor,
                fill=fill, vsize=vsize or size)


def F(name, value, q=1):
    """AcroForm field value (q: 0 left, 1 centre, 2 right)."""
    return dict(field=name, value=value, q=q)


def RULE(w=0.5, sb=6, color='#444444', t=0.75):
    return dict(k='rule', w=w, sb=sb, color=color, t=t)


def SP(h):
    return dict(k='sp', h=h)


def PB():
    return dict(k='pb')


def val(v):
    """plain text of a value that may be a field dict"""
    return v['value'] if isinstance(v, dict) else v
