"""RTF source for LibreOffice Writer."""


def r(s):
    out = []
    for ch in s:
        o = ord(ch)
        if ch in "\\{}":
            out.append("\\" + ch)
        elif o < 128:
            out.append(ch)
        else:
            out.append("\\u%d?" % (o if o < 32768 else o - 65536))
    return "".join(out)


def fields(text):
    t = text.replace("{pages}", "\x01").replace("{page}", "\x02")
    return (r(t).replace("\x02", "{\\field{\\*\\fldinst PAGE}{\\fldrslt 1}}")
            .replace("\x01", "{\\field{\\*\\fldinst NUMPAGES}{\\fldrslt 1}}"))


def rtf(doc):
    o = doc.opts
    twips = {"Letter": (12240, 15840), "A4": (11906, 16838)}[o.get("page", "Letter")]
    pw, ph = (twips[1], twips[0]) if o.get("landscape") else twips
    fs = int(o.get("size", 10) * 2)
    font = o.get("font", "Liberation Serif")
    out = ["{\\rtf1\\ansi\\ansicpg1252\\deff0{\\fonttbl{\\f0\\froman\\fcharset0 %s;}}" % font,
           "\\paperw%d\\paperh%d%s\\margl720\\margr720\\margt900\\margb900\\headery360\\footery360"
           % (pw, ph, "\\landscape" if o.get("landscape") else ""),
           "\\fs%d" % fs]
    if o.get("page_header"):
        out.append("{\\header\\pard\\plain\\f0\\fs16\\qr %s\\par}" % fields(o["page_header"]))
    if o.get("page_footer"):
        out.append("{\\footer\\pard\\plain\\f0\\fs16\\qc %s\\par}" % "\\par ".join(fields(l) for l in o["page_footer"].split("\n")))
    for i, t in enumerate(doc.title_lines):
        out.append("\\pard\\plain\\f0\\b\\fs%d %s\\par" % (int(fs * (1.5 if i == 0 else 1.15)), r(t)))
    for lab, val in doc.meta:
        out.append("\\pard\\plain\\f0\\fs%d {\\b %s} %s\\par" % (fs, r(lab), r(val)))
    out.append("\\pard\\plain\\fs%d\\par" % fs)
    total = pw - 1440
    widths = [int(total * c["frac"]) for c in doc.cols]
    brd = "\\brdrs\\brdrw10"

    def row(cells, kind):
        s = ["\\trowd\\trgaph60\\trleft0%s" % ("\\trhdr" if kind == "head" else "")]
        x = 0
        for w in widths:
            x += w
            s.append("\\clvertal%s\\clbrdrt%s\\clbrdrl%s\\clbrdrb%s\\clbrdrr%s%s\\cellx%d" % (
                {"top": "t", "middle": "c", "bottom": "b"}[o.get("valign", "top")], brd, brd, brd, brd,
                "\\clcbpat2\\clshdng10000" if kind == "head" and o.get("th_bg") else "", x))
        for c, v in zip(doc.cols, cells):
            al = c.get("halign", c.get("align", "left")) if kind == "head" else c.get("align", "left")
            q = {"left": "\\ql", "right": "\\qr", "center": "\\qc"}[al]
            b = "\\b" if kind != "row" else ""
            s.append("\\pard\\intbl\\plain\\f0\\fs%d%s%s %s\\cell" % (fs, q, b, "\\line ".join(r(p) for p in v.split("\n"))))
        s.append("\\row")
        return "\n".join(s)

    if o.get("th_bg"):
        out[0] = out[0] + "{\\colortbl;\\red0\\green0\\blue0;\\red217\\green226\\blue236;}"
    out.append(row([c["label"] for c in doc.cols], "head"))
    for item in doc.body():
        out.append(row([item["cells"].get(c["key"], "") for c in doc.cols], item["kind"]))
    out.append("\\pard\\plain\\fs%d\\par" % fs)
    for n in doc.notes_below:
        out.append("\\pard\\plain\\f0\\fs%d %s\\par" % (fs - 2, r(n)))
    out.append("}")
    return "\n".join(out)
