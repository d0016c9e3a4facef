# IACET CEU certificate; portrait; ordinal date phrasing; issuer under heading
import sys
from reportlab.lib.pagesizes import letter
from reportlab.lib import colors
from reportlab.lib.units import inch
from reportlab.platypus import BaseDocTemplate, PageTemplate, Frame, Paragraph, Spacer
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.enums import TA_CENTER

out = sys.argv[1]
W, H = letter
def deco(c, d):
    c.saveState()
    c.setStrokeColor(colors.HexColor("#7a5c1e")); c.setLineWidth(4); c.rect(30, 30, W-60, H-60)
    c.setLineWidth(1); c.rect(40, 40, W-80, H-80)
    c.restoreState()
doc = BaseDocTemplate(out, pagesize=letter, title="CEU Certificate", author="AHTI")
doc.addPageTemplates([PageTemplate(frames=[Frame(1.0*inch, 0.9*inch, W-2.0*inch, H-1.8*inch)], onPage=deco)])
ctr = lambda n, f, s, l, **k: ParagraphStyle(n, fontName=f, fontSize=s, leading=l, alignment=TA_CENTER, **k)
story = [Paragraph("Certificate of Continuing Education Units", ctr("a", "Times-Bold", 24, 29)), Spacer(1, 20),
         Paragraph("This is to certify that", ctr("b", "Times-Italic", 13, 16)), Spacer(1, 8),
         Paragraph("Benedikt Sauer", ctr("c", "Times-Bold", 26, 31)), Spacer(1, 12),
         Paragraph("has satisfactorily completed", ctr("d", "Times-Italic", 13, 16)), Spacer(1, 8),
         Paragraph("Clinical Laboratory Supervisor Certificate Program: Module 4 \u2014 Regulatory Compliance (CLIA, CAP, TJC)",
                   ctr("e", "Helvetica-Bold", 15, 19)), Spacer(1, 14),
         Paragraph("and is awarded", ctr("f", "Times-Italic", 13, 16)), Spacer(1, 6),
         Paragraph("1.2 Continuing Education Units (CEUs)", ctr("g", "Times-Bold", 17, 21)),
         Paragraph("equivalent to 12 contact hours of instruction", ctr("h", "Times-Roman", 11, 14)), Spacer(1, 14),
         Paragraph("Given this 30th day of April, 2025", ctr("i", "Times-Roman", 12.5, 16)),
         Paragraph("Course ID: AHTI-SUP-M4", ctr("j", "Helvetica", 10, 13)), Spacer(1, 36),
         Paragraph("ISSUED BY", ctr("k", "Helvetica-Bold", 8.5, 11, textColor=colors.HexColor("#7a5c1e"))),
         Paragraph("Allied Health Training Institute (AHTI)", ctr("l", "Times-Bold", 13, 16)),
         Paragraph("1840 Commerce Parkway, Suite 300, Columbus, Ohio", ctr("m", "Helvetica", 9, 12)), Spacer(1, 24),
         Paragraph("Allied Health Training Institute is accredited by the International Accreditors for Continuing Education "
                   "and Training (IACET) and offers IACET CEUs for its learning events that comply with the ANSI/IACET "
                   "Continuing Education and Training Standard. IACET Accredited Provider #1011589. "
                   "Certificate serial AHTI-25-04-3317.", ctr("n", "Helvetica", 8, 10.5, textColor=colors.HexColor("#444444")))]
doc.build(story)
