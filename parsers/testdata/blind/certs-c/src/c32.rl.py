# Hospital transfusion-service competency record with CE credit; two pages (page 2 = checklist)
import sys
from reportlab.lib.pagesizes import letter
from reportlab.lib import colors
from reportlab.lib.units import inch
from reportlab.platypus import SimpleDocTemplate, Paragraph, Spacer, Table, TableStyle, PageBreak
from reportlab.lib.styles import ParagraphStyle

out = sys.argv[1]
doc = SimpleDocTemplate(out, pagesize=letter, leftMargin=0.8*inch, rightMargin=0.8*inch,
                        topMargin=0.7*inch, bottomMargin=0.7*inch, title="Competency Assessment Record")
H = ParagraphStyle("H", fontName="Helvetica-Bold", fontSize=15, leading=19)
HS = ParagraphStyle("HS", fontName="Helvetica", fontSize=10, leading=13, textColor=colors.HexColor("#333333"))
B = ParagraphStyle("B", fontName="Helvetica", fontSize=10, leading=13)
BB = ParagraphStyle("BB", fontName="Helvetica-Bold", fontSize=10, leading=13)
S = ParagraphStyle("S", fontName="Helvetica", fontSize=8, leading=10)

grid = TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.black),
                   ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#d9d9d9")),
                   ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                   ("TOPPADDING", (0, 0), (-1, -1), 5), ("BOTTOMPADDING", (0, 0), (-1, -1), 5)])
story = [Paragraph("Riverside Regional Medical Center", H),
         Paragraph("Department of Laboratory Medicine &#8212; Blood Bank / Transfusion Service", HS),
         Spacer(1, 6),
         Paragraph("COMPETENCY ASSESSMENT RECORD AND CONTINUING EDUCATION CREDIT", BB),
         Spacer(1, 14)]
t1 = Table([[Paragraph("Employee", BB), Paragraph("Employee No.", BB), Paragraph("Position", BB)],
            [Paragraph("Rahul Mehta, MLT(ASCP)", B), Paragraph("E-204871", B), Paragraph("Medical Laboratory Technician, Evening Shift", B)]],
           colWidths=[2.4*inch, 1.3*inch, 3.2*inch])
t1.setStyle(grid)
t2 = Table([[Paragraph("Course ID", BB), Paragraph("Competency / Education Module", BB), Paragraph("Date Completed", BB), Paragraph("CE Hours", BB)],
            [Paragraph("BB-COMP-07", B), Paragraph("ABO/Rh Discrepancy Resolution", B), Paragraph("06/30/2025", B), Paragraph("1.0", B)]],
           colWidths=[1.2*inch, 3.3*inch, 1.3*inch, 1.1*inch])
t2.setStyle(grid)
t3 = Table([[Paragraph("Assessment method", BB), Paragraph("Result", BB)],
            [Paragraph("Written quiz (20 items)", B), Paragraph("19/20 &#8212; pass", B)],
            [Paragraph("Direct observation of testing (3 discrepant samples)", B), Paragraph("Satisfactory", B)],
            [Paragraph("Review of QC and worksheet records", B), Paragraph("Satisfactory", B)]],
           colWidths=[4.6*inch, 2.3*inch])
t3.setStyle(grid)
story += [t1, Spacer(1, 14), t2, Spacer(1, 14), t3, Spacer(1, 24),
          Paragraph("Assessed by: Colleen Arbuthnot, MLS(ASCP)SBB, Blood Bank Lead &nbsp;&nbsp;&nbsp; "
                    "Reviewed by: Dr. Samuel Okafor, Medical Director, Transfusion Service", B),
          Spacer(1, 18),
          Paragraph("Continuing education hours are awarded by the Riverside Regional Medical Center (RRMC) "
                    "Laboratory Education Committee for internal in-service programs and may be submitted for "
                    "ASCP Board of Certification Credential Maintenance Program (CMP) documentation. "
                    "Record printed 07/02/2025. Form LAB-QA-112 rev. 4.", S),
          PageBreak(),
          Paragraph("Page 2 &#8212; Competency Checklist Detail (BB-COMP-07)", BB), Spacer(1, 10)]
items = [("1", "Recognizes forward/reverse grouping discrepancy and holds result", "Met"),
         ("2", "Repeats testing with washed cells and fresh sample as per SOP BB-214", "Met"),
         ("3", "Performs A1 lectin and anti-A1 testing when indicated", "Met"),
         ("4", "Investigates weak/missing reverse reactions (age, hypogammaglobulinemia)", "Met"),
         ("5", "Selects group O red cells / group AB plasma pending resolution", "Met"),
         ("6", "Documents resolution and notifies supervisor / medical director", "Met")]
t4 = Table([[Paragraph("#", BB), Paragraph("Critical element (CLIA competency element 1-6)", BB), Paragraph("Outcome", BB)]] +
           [[Paragraph(a, B), Paragraph(b, B), Paragraph(c, B)] for a, b, c in items],
           colWidths=[0.4*inch, 5.2*inch, 1.3*inch])
t4.setStyle(grid)
story += [t4, Spacer(1, 16), Paragraph("Next competency due: 06/2026.", B)]
doc.build(story)
