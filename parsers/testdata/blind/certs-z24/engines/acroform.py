"""AcroForm producer.

1. ReportLab draws the static certificate and places empty text fields where the
   participant-specific values go (a blank fillable template).
2. The template is filled by editing the field objects through qpdf's JSON
   interface (/V set, /NeedAppearances true).
3. qpdf generates appearance streams and flattens all annotations into page
   content:  qpdf --generate-appearances --flatten-annotations=all
"""
import json
import os
import subprocess

from reportlab.pdfgen import canvas as rlcanvas

from .display import Layout
from .rl_canvas import draw_items


def build_blank(cert, blank_pdf):
    lay = Layout(cert, form=True)
    pages = lay.run()
    W, H = lay.W, lay.H
    c = rlcanvas.Canvas(blank_pdf, pagesize=(W, H))
    c.setTitle(f"Certificate {cert['id']}")
    c.setCreator("fillable certificate template (ReportLab AcroForm)")
    values = {}
    for i, items in enumerate(pages):
        draw_items(c, lay.decorations(i))
        if i == 0:
            seal = lay.place_seal(items)
            if seal:
                draw_items(c, [seal])
        draw_items(c, [it for it in items if it["k"] != "field"])
        for it in items:
            if it["k"] != "field":
                continue
            desc = it["size"] * 0.26
            h = it["size"] * 1.45
            c.acroForm.textfield(name=it["name"], value="", x=it["x"], y=it["y"] - desc - 3.5,
                                 width=it["w"], height=h, fontName=it["font"],
                                 fontSize=it["size"], borderWidth=0, fillColor=None,
                                 borderColor=None, textColor=None, maxlen=200,
                                 annotationFlags="print")
            values[it["name"]] = (it["text"], it["color"], it.get("center"))
        c.showPage()
    c.save()
    return values


def fill_and_flatten(blank_pdf, values, out_pdf, qpdf="qpdf"):
    js = blank_pdf[:-4] + ".json"
    subprocess.run([qpdf, "--json-output", blank_pdf, js], check=False,
                   stderr=subprocess.DEVNULL)
    objs = json.load(open(js))["qpdf"][1]
    fonts, upd = {}, {}
    for k, v in objs.items():
        val = v.get("value")
        if isinstance(val, dict) and val.get("/Subtype") == "/Type1" and "/Name" in val:
            fonts[val["/Name"]] = k.split(":")[1]
            nv = dict(val)
            nv["/Encoding"] = "/WinAnsiEncoding"
            upd[k] = {"value": nv}
    for k, v in objs.items():
        val = v.get("value")
        if isinstance(val, dict) and val.get("/FT") == "/Tx":
            fname = val["/T"][2:]
            text, color, center = values[fname]
            nv = dict(val)
            nv["/V"] = "u:" + text
            font = nv["/DA"][2:].split()[0]
            nv["/DA"] = "u:%s %s Tf %.3f %.3f %.3f rg" % (
                font, nv["/DA"][2:].split()[1], *color)
            nv.pop("/AP", None)
            nv.pop("/MK", None)
            nv["/Ff"] = 1  # read-only once filled
            if center:
                nv["/Q"] = 1
            upd[k] = {"value": nv}
        elif isinstance(val, dict) and "/Fields" in val:
            nv = dict(val)
            nv["/NeedAppearances"] = True
            nv["/DR"] = {"/Font": {n: r for n, r in fonts.items()}}
            upd[k] = {"value": nv}
    uj = blank_pdf[:-4] + ".fill.json"
    json.dump({"qpdf": [{"jsonversion": 2, "pushedinheritedpageresources": False,
                         "calledgetallpages": False, "maxobjectid": 0}, upd]},
              open(uj, "w"))
    filled = blank_pdf.replace(".blank.pdf", ".filled.pdf")
    subprocess.run([qpdf, blank_pdf, f"--update-from-json={uj}", filled], check=True)
    r = subprocess.run([qpdf, "--generate-appearances", "--flatten-annotations=all",
                        filled, out_pdf])
    if r.returncode not in (0, 3):
        raise RuntimeError("qpdf flatten failed")
    for f in (js, uj):
        os.remove(f)
    return filled


def build(cert, out_pdf, workdir):
    blank = os.path.join(workdir, cert["id"] + ".blank.pdf")
    values = build_blank(cert, blank)
    fill_and_flatten(blank, values, out_pdf)
