# ASCP eLearning transcript-style certificate (portrait, label | value rows)
import sys
from reportlab.lib.pagesizes import letter
from reportlab.lib import colors
from reportlab.lib.units import inch
from reportlab.platypus import SimpleDocTemplate, Paragraph, Spacer, Table, TableStyle
from reportlab.lib.styles import ParagraphStyle

out = sys.argv[1]
doc = SimpleDocTemplate(out, pagesize=letter, leftMargin=0.9*inch, rightMargin=0.9*inch,
                        topMargin=0.8*inch, bottomMargin=0.8*inch,
                        title="CMLE Certificate", author="ASCP eLearning")
navy = colors.HexColor("#1d3a6e")
logo = ParagraphStyle("logo", fontName="Helvetica-Bold", fontSize=34, textColor=navy, leading=38)
org = ParagraphStyle("org", fontName="Helvetica", fontSize=11, textColor=navy, leading=14)
h1 = ParagraphStyle("h1", fontName="Times-Bold", fontSize=20, leading=24, spaceBefore=18, spaceAfter=4)
sub = ParagraphStyle("sub", fontName="Times-Italic", fontSize=11.5, leading=15, textColor=colors.HexColor("#444444"))
lab = ParagraphStyle("lab", fontName="Helvetica-Bold", fontSize=10, leading=13, textColor=colors.HexColor("#333333"))
val = ParagraphStyle("val", fontName="Helvetica", fontSize=11, leading=14)
small = ParagraphStyle("small", fontName="Helvetica", fontSize=8, leading=10.5, textColor=colors.HexColor("#555555"))

story = [Paragraph("ASCP", logo),
         Paragraph("American Society for Clinical Pathology &nbsp;|&nbsp; eLearning", org),
         Paragraph("Transcript Certificate", h1),
         Paragraph("Continuing Medical Laboratory Education (CMLE) &#8212; record of completed activity", sub),
         Spacer(1, 18)]
rows = [
    ("Participant", "Tomás Echeverría-Lund, MT(ASCP)"),
    ("Member ID", "22950471"),
    ("Activity Title", "Quality Control in Practice — Westgard Multirules at the Bench"),
    ("Activity Type", "Online self-study (enduring material)"),
    ("Course Number", "30119-QC"),
    ("Completion Date", "04/22/2025"),
    ("CMLE Credits Earned", "1.5"),
    ("Post-test Score", "92%"),
]
t = Table([[Paragraph(a, lab), Paragraph(b, val)] for a, b in rows], colWidths=[1.9*inch, 4.8*inch])
t.setStyle(TableStyle([
    ("VALIGN", (0, 0), (-1, -1), "TOP"),
    ("LINEBELOW", (0, 0), (-1, -1), 0.4, colors.HexColor("#b8c4d8")),
    ("BACKGROUND", (0, 0), (0, -1), colors.HexColor("#eef2f8")),
    ("TOPPADDING", (0, 0), (-1, -1), 7), ("BOTTOMPADDING", (0, 0), (-1, -1), 7),
]))
story += [t, Spacer(1, 26),
          Paragraph("The American Society for Clinical Pathology (ASCP) is accredited by the Accreditation "
                    "Council for Continuing Medical Education to provide continuing medical education for "
                    "physicians. ASCP designates this enduring material for a maximum of 1.5 CMLE credits. "
                    "ASCP continuing education activities are acceptable to meet the continuing education "
                    "requirements for the ASCP Board of Certification Credential Maintenance Program (CMP).", small),
          Spacer(1, 10),
          Paragraph("Printed on: 05/01/2025 &nbsp;&nbsp; Retain this transcript for your records. "
                    "Questions: ascp.org/elearning", small)]
doc.build(story)
