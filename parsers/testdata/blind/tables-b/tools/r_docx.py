"""A Word-like .docx written by hand (zipfile), converted by LibreOffice."""
import zipfile
from xml.sax.saxutils import escape

W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" ' \
    'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"'


def x(s):
    return escape(s)


def run(text, bold=False, size=None):
    rp = ("<w:b/>" if bold else "") + ('<w:sz w:val="%d"/>' % int(size * 2) if size else "")
    return '<w:r>%s<w:t xml:space="preserve">%s</w:t></w:r>' % ("<w:rPr>%s</w:rPr>" % rp if rp else "", x(text))


def para(content, jc="left", tabs="", after=0, keep=False):
    return ('<w:p><w:pPr>%s<w:spacing w:before="0" w:after="%d" w:line="240" w:lineRule="auto"/><w:jc w:val="%s"/></w:pPr>%s</w:p>'
            % (tabs, after, jc, content))


def field_runs(text, size):
    out = []
    rest = text
    while rest:
        i = rest.find("{")
        if i < 0:
            out.append(run(rest, size=size))
            break
        if i > 0:
            out.append(run(rest[:i], size=size))
        j = rest.index("}", i)
        name = rest[i + 1:j]
        instr = {"page": "PAGE", "pages": "NUMPAGES"}[name]
        out.append('<w:fldSimple w:instr=" %s "><w:r><w:rPr><w:sz w:val="%d"/></w:rPr><w:t>1</w:t></w:r></w:fldSimple>'
                   % (instr, int(size * 2)))
        rest = rest[j + 1:]
    return "".join(out)


def docx(doc, path):
    o = doc.opts
    pg = {"Letter": (12240, 15840), "A4": (11906, 16838)}[o.get("page", "Letter")]
    pw, ph = (pg[1], pg[0]) if o.get("landscape") else pg
    mar = o.get("margin", 1080)
    total = pw - 2 * mar
    widths = [int(total * c["frac"]) for c in doc.cols]
    fs = o.get("size", 10)
    font = o.get("font", "Liberation Sans")
    b = []
    for i, t in enumerate(doc.title_lines):
        b.append(para(run(t, bold=True, size=fs * (1.6 if i == 0 else 1.2)), after=60))
    for lab, val in doc.meta:
        b.append(para((run(lab, bold=True) + run(" " + val)) if lab else run(val)))
    b.append(para(""))
    ruled = o.get("ruled", "all")
    if ruled == "all":
        borders = "".join('<w:%s w:val="single" w:sz="4" w:space="0" w:color="000000"/>' % e
                          for e in ("top", "left", "bottom", "right", "insideH", "insideV"))
    elif ruled == "horizontal":
        borders = "".join('<w:%s w:val="single" w:sz="4" w:space="0" w:color="808080"/>' % e
                          for e in ("top", "bottom", "insideH")) + \
            "".join('<w:%s w:val="nil"/>' % e for e in ("left", "right", "insideV"))
    else:
        borders = "".join('<w:%s w:val="nil"/>' % e for e in ("top", "left", "bottom", "right", "insideH", "insideV"))
    cm = o.get("cell_margin", 80)
    b.append('<w:tbl><w:tblPr><w:tblW w:w="%d" w:type="dxa"/><w:tblLayout w:type="fixed"/><w:tblBorders>%s</w:tblBorders>'
             '<w:tblCellMar><w:top w:w="20" w:type="dxa"/><w:left w:w="%d" w:type="dxa"/><w:bottom w:w="20" w:type="dxa"/>'
             '<w:right w:w="%d" w:type="dxa"/></w:tblCellMar></w:tblPr><w:tblGrid>%s</w:tblGrid>'
             % (sum(widths), borders, cm, cm, "".join('<w:gridCol w:w="%d"/>' % w for w in widths)))

    def row(cells, kind, zebra):
        trpr = ""
        if kind == "head" and o.get("repeat_header", True):
            trpr += "<w:tblHeader/>"
        if o.get("cant_split"):
            trpr += "<w:cantSplit/>"
        s = ["<w:tr>%s" % ("<w:trPr>%s</w:trPr>" % trpr if trpr else "")]
        for c, w, v in zip(doc.cols, widths, cells):
            fill = o.get("th_bg") if kind == "head" else (o.get("zebra") if zebra else None)
            va = o.get("th_valign", "bottom") if kind == "head" else o.get("valign", "top")
            va = {"middle": "center"}.get(va, va)
            tcpr = '<w:tcW w:w="%d" w:type="dxa"/>%s<w:vAlign w:val="%s"/>' % (
                w, '<w:shd w:val="clear" w:color="auto" w:fill="%s"/>' % fill.lstrip("#") if fill else "", va)
            if kind == "head" and c.get("th_mar") is not None:
                tcpr += ('<w:tcMar><w:left w:w="%d" w:type="dxa"/><w:right w:w="%d" w:type="dxa"/></w:tcMar>'
                         % (c["th_mar"], c["th_mar"]))
            elif c.get("mar") is not None:
                tcpr += ('<w:tcMar><w:left w:w="%d" w:type="dxa"/><w:right w:w="%d" w:type="dxa"/></w:tcMar>'
                         % (c["mar"], c["mar"]))
            al = c.get("halign", c.get("align", "left")) if kind == "head" else c.get("align", "left")
            jc = {"left": "left", "right": "right", "center": "center"}[al]
            bold = kind != "row"
            paras = []
            for line in (v.split("\n") if v else [""]):
                if c.get("decimal") and kind != "head" and line:
                    # LibreOffice ignores w:tab w:val="decimal" inside table cells, so align on the point with a
                    # right tab stop for the integer part and a left tab stop 0.1 pt further for the fraction.
                    tabs = ('<w:tabs><w:tab w:val="right" w:pos="%d"/><w:tab w:val="left" w:pos="%d"/></w:tabs>'
                            % (c["decimal"], c["decimal"] + 2))
                    ip, _, fp = line.partition(".")
                    rp = "<w:rPr><w:b/></w:rPr>" if bold else ""
                    content = '<w:r>%s<w:tab/><w:t xml:space="preserve">%s</w:t></w:r>' % (rp, x(ip))
                    if fp:
                        content += '<w:r>%s<w:tab/><w:t xml:space="preserve">.%s</w:t></w:r>' % (rp, x(fp))
                    paras.append(para(content, "left", tabs))
                else:
                    paras.append(para(run(line, bold=bold) if line else "", jc))
            s.append("<w:tc><w:tcPr>%s</w:tcPr>%s</w:tc>" % (tcpr, "".join(paras)))
        s.append("</w:tr>")
        return "".join(s)

    b.append(row([c["label"] for c in doc.cols], "head", False))
    n = 0
    for item in doc.body():
        z = item["kind"] == "row" and n % 2 == 1 and o.get("zebra")
        if item["kind"] == "row":
            n += 1
        b.append(row([item["cells"].get(c["key"], "") for c in doc.cols], item["kind"], z))
    b.append("</w:tbl>")
    b.append(para(""))
    for nline in doc.notes_below:
        b.append(para(run(nline, size=fs * 0.9)))
    refs = ""
    rels = ['<Relationship Id="rIdS" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>']
    parts = {}
    hf_size = o.get("hf_size", 8)
    for kind, key in (("header", "page_header"), ("footer", "page_footer")):
        if o.get(key):
            rid = "rId" + kind
            refs += '<w:%sReference w:type="default" r:id="%s"/>' % (kind, rid)
            rels.append('<Relationship Id="%s" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/%s" '
                        'Target="%s1.xml"/>' % (rid, kind, kind))
            tag = "hdr" if kind == "header" else "ftr"
            ps = "".join(para(field_runs(line, hf_size), o.get("hf_align", "center")) for line in o[key].split("\n"))
            parts["word/%s1.xml" % kind] = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:%s %s>%s</w:%s>' % (tag, W, ps, tag)
    sect = ('<w:sectPr>%s<w:pgSz w:w="%d" w:h="%d"%s/><w:pgMar w:top="%d" w:right="%d" w:bottom="%d" w:left="%d" '
            'w:header="500" w:footer="500" w:gutter="0"/></w:sectPr>'
            % (refs, pw, ph, ' w:orient="landscape"' if o.get("landscape") else "", mar, mar, mar, mar))
    document = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document %s><w:body>%s%s</w:body></w:document>'
                % (W, "".join(b), sect))
    styles = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:styles %s><w:docDefaults><w:rPrDefault><w:rPr>'
              '<w:rFonts w:ascii="%s" w:hAnsi="%s" w:cs="%s" w:eastAsia="%s"/><w:sz w:val="%d"/><w:szCs w:val="%d"/>'
              '<w:lang w:val="en-US"/></w:rPr></w:rPrDefault><w:pPrDefault><w:pPr><w:spacing w:after="0" w:line="240" '
              'w:lineRule="auto"/></w:pPr></w:pPrDefault></w:docDefaults><w:style w:type="paragraph" w:default="1" '
              'w:styleId="Normal"><w:name w:val="Normal"/></w:style></w:styles>'
              % (W, font, font, font, font, int(fs * 2), int(fs * 2)))
    ct = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/'
          'content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
          '<Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType='
          '"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/><Override PartName='
          '"/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/>'
          + "".join('<Override PartName="/%s" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.%s+xml"/>'
                    % (p, "header" if "header" in p else "footer") for p in parts) + "</Types>")
    rootrels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/'
                'package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
                'relationships/officeDocument" Target="word/document.xml"/></Relationships>')
    docrels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/'
               'package/2006/relationships">%s</Relationships>' % "".join(rels))
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in [("[Content_Types].xml", ct), ("_rels/.rels", rootrels), ("word/document.xml", document),
                           ("word/styles.xml", styles), ("word/_rels/document.xml.rels", docrels)] + list(parts.items()):
            z.writestr(zipfile.ZipInfo(name, date_time=(2025, 1, 1, 0, 0, 0)), data, compress_type=zipfile.ZIP_DEFLATED)
