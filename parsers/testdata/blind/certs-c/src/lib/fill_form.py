#!/usr/bin/python3
"""Fill an AcroForm template: set /V on each named text field and give every widget
a freshly built /AP /N appearance stream (standard-14 font, WinAnsiEncoding).
NeedAppearances is removed, so viewers and extractors see exactly what we drew.

usage: fill_form.py blank.pdf cNN.form.json out.pdf

form.json: {"template": "...", "fields": {"<field name>": {"value": "...",
            "font": "Helvetica", "size": 12, "align": "left|center|right",
            "multiline": false, "color": [0,0,0], "pad": 2}}}
"""
import json, sys
from pypdf import PdfReader, PdfWriter
from pypdf.generic import (NameObject, TextStringObject, DictionaryObject, StreamObject,
                           ArrayObject, FloatObject, NumberObject)
from reportlab.pdfbase.pdfmetrics import stringWidth, getFont

ALIGN = {"left": 0, "center": 1, "right": 2}


def esc(b):
    return b.replace(b"\\", b"\\\\").replace(b"(", b"\\(").replace(b")", b"\\)")


def wrap(text, font, size, width):
    lines = []
    for para in text.split("\n"):
        cur = ""
        for word in para.split(" "):
            cand = word if not cur else cur + " " + word
            if stringWidth(cand, font, size) <= width or not cur:
                cur = cand
            else:
                lines.append(cur)
                cur = word
        lines.append(cur)
    return lines


def appearance(spec, w, h):
    font = spec.get("font", "Helvetica")
    size = float(spec.get("size", 11))
    pad = float(spec.get("pad", 2))
    align = spec.get("align", "left")
    col = spec.get("color", [0, 0, 0])
    text = spec["value"]
    face = getFont(font).face
    asc, desc = face.ascent / 1000.0, face.descent / 1000.0
    avail = w - 2 * pad
    if spec.get("multiline"):
        lines = wrap(text, font, size, avail)
        lead = size * float(spec.get("leading", 1.18))
        block = lead * (len(lines) - 1) + size * (asc - desc)
        y0 = h - (h - block) / 2.0 - size * asc   # vertically centred block
    else:
        while stringWidth(text, font, size) > avail and size > 6:
            size -= 0.5
        lines = [text]
        lead = size
        y0 = (h - size * (asc - desc)) / 2.0 - size * desc
    out = [b"/Tx BMC", b"q", b"%.2f %.2f %.2f %.2f re W n" % (1, 1, w - 2, h - 2), b"BT",
           b"/F1 %.2f Tf" % size, b"%.3f %.3f %.3f rg" % tuple(col)]
    for i, ln in enumerate(lines):
        lw = stringWidth(ln, font, size)
        if align == "center":
            x = (w - lw) / 2.0
        elif align == "right":
            x = w - pad - lw
        else:
            x = pad
        y = y0 - i * lead
        out.append(b"1 0 0 1 %.2f %.2f Tm" % (x, y))
        out.append(b"(" + esc(ln.encode("cp1252")) + b") Tj")
    out += [b"ET", b"Q", b"EMC"]
    return b"\n".join(out), size, font


def main():
    blank, specfile, dst = sys.argv[1:4]
    spec = json.load(open(specfile, encoding="utf-8"))["fields"]
    r = PdfReader(blank)
    wr = PdfWriter()
    wr.clone_reader_document_root(r)
    fonts = {}

    def font_ref(name):
        if name not in fonts:
            fonts[name] = wr._add_object(DictionaryObject({
                NameObject("/Type"): NameObject("/Font"),
                NameObject("/Subtype"): NameObject("/Type1"),
                NameObject("/BaseFont"): NameObject("/" + name),
                NameObject("/Encoding"): NameObject("/WinAnsiEncoding")}))
        return fonts[name]

    seen = set()
    for page in wr.pages:
        for ref in page.get("/Annots", []) or []:
            a = ref.get_object()
            if a.get("/Subtype") != "/Widget":
                continue
            field = a if "/T" in a else a["/Parent"].get_object()
            fname = field["/T"]
            if fname not in spec:
                continue
            s = spec[fname]
            seen.add(fname)
            field[NameObject("/V")] = TextStringObject(s["value"])
            rect = [float(v) for v in a["/Rect"]]
            w, h = abs(rect[2] - rect[0]), abs(rect[3] - rect[1])
            data, size, font = appearance(s, w, h)
            st = StreamObject()
            st._data = data
            st.update({
                NameObject("/Type"): NameObject("/XObject"),
                NameObject("/Subtype"): NameObject("/Form"),
                NameObject("/BBox"): ArrayObject([FloatObject(0), FloatObject(0), FloatObject(w), FloatObject(h)]),
                NameObject("/Resources"): DictionaryObject({NameObject("/Font"): DictionaryObject({
                    NameObject("/F1"): font_ref(font)})}),
            })
            a[NameObject("/AP")] = DictionaryObject({NameObject("/N"): wr._add_object(st)})
            if "/AS" in a:
                del a["/AS"]
            field[NameObject("/DA")] = TextStringObject("/Helv %g Tf 0 g" % size)
            field[NameObject("/Q")] = NumberObject(ALIGN.get(s.get("align", "left"), 0))
    missing = set(spec) - seen
    if missing:
        raise SystemExit("fields not found in template: %s" % sorted(missing))
    af = wr._root_object.get("/AcroForm")
    if af is not None:
        af = af.get_object()
        if "/NeedAppearances" in af:
            del af["/NeedAppearances"]
    wr.add_metadata({"/Producer": "pypdf (form filler)"})
    with open(dst, "wb") as f:
        wr.write(f)


if __name__ == "__main__":
    main()
