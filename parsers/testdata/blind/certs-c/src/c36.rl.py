# Jointly accredited CE certificate; landscape; left panel recipient, right panel credit table
import sys
from reportlab.lib.pagesizes import letter, landscape
from reportlab.pdfgen import canvas
from reportlab.lib import colors
from reportlab.platypus import Paragraph, Frame, Table, TableStyle, Spacer
from reportlab.lib.styles import ParagraphStyle

out = sys.argv[1]
W, H = landscape(letter)
c = canvas.Canvas(out, pagesize=(W, H))
c.setTitle("Certificate - Sierra Pediatric Health Alliance")
green = colors.HexColor("#2f6b3a")
c.setFillColor(colors.HexColor("#f1f6ef")); c.rect(0, 0, W*0.52, H, stroke=0, fill=1)
c.setFillColor(green); c.rect(0, H-10, W, 10, stroke=0, fill=1)

L = ParagraphStyle("L", fontName="Helvetica", fontSize=10.5, leading=14)
LB = ParagraphStyle("LB", fontName="Helvetica-Bold", fontSize=10.5, leading=14)
ORG = ParagraphStyle("O", fontName="Helvetica-Bold", fontSize=15, leading=18, textColor=green)
CERT = ParagraphStyle("C", fontName="Times-Bold", fontSize=26, leading=30)
NAME = ParagraphStyle("N", fontName="Times-Roman", fontSize=24, leading=28)
TT = ParagraphStyle("T", fontName="Times-Italic", fontSize=15, leading=19)
SM = ParagraphStyle("S", fontName="Helvetica", fontSize=8, leading=10.4, textColor=colors.HexColor("#333333"))

left = [Paragraph("Sierra Pediatric Health Alliance", ORG),
        Paragraph("Department of Continuing Education (SPHA)", L), Spacer(1, 30),
        Paragraph("Certificate of Participation", CERT), Spacer(1, 18),
        Paragraph("Awarded to", L), Spacer(1, 4),
        Paragraph("Isabelle Fournier, MLS(ASCP)", NAME), Spacer(1, 16),
        Paragraph("for participation in", L), Spacer(1, 4),
        Paragraph("Neonatal Hyperbilirubinemia: Laboratory Measurement and Point-of-Care Bilirubinometry", TT),
        Spacer(1, 16),
        Paragraph("Live activity held September 30, 2025 &#183; Sacramento, California", L),
        Paragraph("Activity No. 2025-PED-0930", L)]
Frame(40, 40, W*0.52-70, H-90, showBoundary=0).addFromList(left, c)

tbl = Table([
    [Paragraph("Profession", LB), Paragraph("Credit type", LB), Paragraph("Awarded", LB)],
    [Paragraph("Physicians", L), Paragraph("AMA PRA Category 1 Credit\u2122", L), Paragraph("1.0", L)],
    [Paragraph("Nurses", L), Paragraph("ANCC contact hours", L), Paragraph("1.25", L)],
    [Paragraph("Laboratory professionals", L), Paragraph("P.A.C.E.\u00ae contact hours", L), Paragraph("1.0", L)],
], colWidths=[120, 150, 60])
tbl.setStyle(TableStyle([("LINEBELOW", (0, 0), (-1, 0), 1, green), ("LINEBELOW", (0, 1), (-1, -1), 0.3, colors.grey),
                         ("TOPPADDING", (0, 0), (-1, -1), 6), ("BOTTOMPADDING", (0, 0), (-1, -1), 6)]))
right = [Paragraph("Credit Summary", ORG), Spacer(1, 8),
         Paragraph("Credit type recorded for this participant: <b>P.A.C.E.\u00ae contact hours</b>", L),
         Spacer(1, 10), tbl, Spacer(1, 22),
         Paragraph("In support of improving patient care, Sierra Pediatric Health Alliance is jointly accredited by the "
                   "Accreditation Council for Continuing Medical Education (ACCME), the Accreditation Council for Pharmacy "
                   "Education (ACPE), and the American Nurses Credentialing Center (ANCC) to provide continuing education "
                   "for the healthcare team.", SM), Spacer(1, 6),
         Paragraph("Sierra Pediatric Health Alliance is approved as a provider of continuing education programs in the "
                   "clinical laboratory sciences by the ASCLS P.A.C.E.\u00ae Program (Provider No. 618).", SM), Spacer(1, 6),
         Paragraph("Joint Accreditation Provider No. 4008233. Certificate issued 10/06/2025.", SM)]
Frame(W*0.52+30, 40, W*0.48-70, H-90, showBoundary=0).addFromList(right, c)
c.showPage(); c.save()
