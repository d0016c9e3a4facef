"""Helper for the ReportLab-built blank AcroForm templates (text fields only, no values)."""
from reportlab.lib import colors


def field(c, name, x, y, w, h, multiline=False, tip=None, size=11):
    c.acroForm.textfield(name=name, tooltip=tip or name, x=x, y=y, width=w, height=h,
                         borderWidth=0, borderStyle="underlined", borderColor=colors.HexColor("#999999"),
                         fillColor=colors.HexColor("#f4f7fb"), textColor=colors.black,
                         fontName="Helvetica", fontSize=size, maxlen=400,
                         fieldFlags="multiline" if multiline else "")
