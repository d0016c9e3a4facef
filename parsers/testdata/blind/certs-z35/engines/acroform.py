"""AcroForm engine: static parts drawn with ReportLab, the participant data
placed in filled text fields, then flattened with qpdf."""
import os
import subprocess
import tempfile
from reportlab.pdfgen import canvas
from .common import layout, page_size
from .rl_canvas import draw_ops


def render(spec, out, title=None):
    W, H = page_size(spec)
    fd, tmp = tempfile.mkstemp(suffix='.pdf', dir=os.path.dirname(os.path.abspath(out)))
    os.close(fd)
    c = canvas.Canvas(tmp, pagesize=(W, H))
    c.setTitle(title or 'Certificate form')
    for ops in layout(spec):
        draw_ops(c, ops, fields=True)
        c.showPage()
    c.save()
    r = subprocess.run(['qpdf', '--no-warn', '--generate-appearances', '--flatten-annotations=all',
                        tmp, out])
    if r.returncode not in (0, 3):
        raise RuntimeError('qpdf failed')
    os.remove(tmp)
