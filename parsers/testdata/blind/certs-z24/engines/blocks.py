"""Tiny block vocabulary shared by every producer engine.

A certificate is a dict with
  id, style, producer, opts (orient, align, border, font, accent, seal ...),
  blocks (list of dicts with key 't'), gold (dict).
Engines render the same vocabulary in their own way.
"""

def org(text, size=None, bold=True, caps=False, color=None):
    return dict(t="org", text=text, size=size, bold=bold, caps=caps, color=color)

def heading(text, size=None, italic=False):
    return dict(t="heading", text=text, size=size, italic=italic)

def sub(text, size=None):
    return dict(t="sub", text=text, size=size)

def p(text, size=None, bold=False, italic=False, align=None):
    return dict(t="p", text=text, size=size, bold=bold, italic=italic, align=align)

def name(text, spaced=False, size=None):
    return dict(t="name", text=text, spaced=spaced, size=size)

def fmt(text):
    return dict(t="fmt", text=text)

def title(text, size=None):
    return dict(t="title", text=text, size=size)

def kv(rows, width=None, size=None):
    """two-column label/value rows; width = fraction of content width"""
    return dict(t="kv", rows=rows, width=width, size=size)

def cols(groups, width=None, widths=None):
    """labels above values. groups = [[(label, value), ...], ...];
    widths = optional list (one per group) of column fractions"""
    return dict(t="cols", groups=groups, width=width, widths=widths)


def group_widths(b, gi):
    n = len(b["groups"][gi])
    ws = b.get("widths")
    if ws and ws[gi]:
        return ws[gi]
    return [1.0 / n] * n

def table(head, rows, widths, width=None, size=None):
    return dict(t="table", head=head, rows=rows, widths=widths, width=width, size=size)

def sig(signers):
    """signers = [(name, [title lines]), ...]"""
    return dict(t="sig", signers=signers)

def small(text, align=None):
    return dict(t="small", text=text, align=align)

def sp(h=10):
    return dict(t="sp", h=h)

def rule():
    return dict(t="rule")

def page():
    return dict(t="page")

def foot(text):
    return dict(t="foot", text=text)


def spaced(text):
    """S A R A H   L I N D Q V I S T"""
    return "   ".join(" ".join(list(w)) for w in text.split())


PACE_TAIL = ("is approved as a provider of continuing education programs in the "
             "clinical laboratory sciences by the ASCLS P.A.C.E.\u00ae Program.")

def pace(subject):
    return f"{subject} {PACE_TAIL}"


def label_width(labels, size, family, width_in):
    """width (inches) of the label column of a kv block"""
    from reportlab.pdfbase.pdfmetrics import stringWidth
    font = "Times-Bold" if family == "serif" else "Helvetica-Bold"
    w = max(stringWidth(l + ":", font, size) for l in labels) * 1.12 / 72 + 0.22
    return min(w, width_in * 0.62)
