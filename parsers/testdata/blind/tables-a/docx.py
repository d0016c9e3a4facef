# Minimal WordprocessingML (.docx) writer using zipfile.
import zipfile, os
from common import esc

W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"'


def run(text, bold=False, size=None, sup=False):
    rp = ""
    if bold: rp += "<w:b/>"
    if size: rp += '<w:sz w:val="%d"/>' % int(size * 2)
    if sup: rp += '<w:vertAlign w:val="superscript"/>'
    parts = str(text).split("\n")
    inner = '<w:br/>'.join('<w:t xml:space="preserve">%s</w:t>' % esc(p) for p in parts)
    return "<w:r>%s%s</w:r>" % ("<w:rPr>%s</w:rPr>" % rp if rp else "", inner)


def para(runs, align=None, after=0, before=0):
    if not runs.startswith("<w:"):
        runs = run(runs)
    pp = '<w:spacing w:before="%d" w:after="%d"/>' % (before, after)
    if align: pp += '<w:jc w:val="%s"/>' % align
    return "<w:p><w:pPr>%s</w:pPr>%s</w:p>" % (pp, runs)


def table(widths, header, rows, borders="all", aligns=None, valign="top", cellmar=(40, 80), repeat=True,
          total=None, header_shade=None, cant_split=False):
    """widths in twips; header/rows: lists of strings; total: list of (text, span) or strings."""
    aligns = aligns or ["left"] * len(widths)
    b = {"all": '<w:top w:val="single" w:sz="4" w:color="000000"/><w:left w:val="single" w:sz="4" w:color="000000"/>'
                '<w:bottom w:val="single" w:sz="4" w:color="000000"/><w:right w:val="single" w:sz="4" w:color="000000"/>'
                '<w:insideH w:val="single" w:sz="4" w:color="000000"/><w:insideV w:val="single" w:sz="4" w:color="000000"/>',
         "h": '<w:top w:val="single" w:sz="8" w:color="000000"/><w:bottom w:val="single" w:sz="8" w:color="000000"/>'
              '<w:insideH w:val="single" w:sz="2" w:color="808080"/>',
         "none": '<w:top w:val="nil"/><w:left w:val="nil"/><w:bottom w:val="nil"/><w:right w:val="nil"/><w:insideH w:val="nil"/><w:insideV w:val="nil"/>'}[borders]
    tv, th = cellmar
    x = ['<w:tbl><w:tblPr><w:tblW w:w="%d" w:type="dxa"/><w:tblLayout w:type="fixed"/><w:tblBorders>%s</w:tblBorders>'
         '<w:tblCellMar><w:top w:w="%d" w:type="dxa"/><w:left w:w="%d" w:type="dxa"/><w:bottom w:w="%d" w:type="dxa"/><w:right w:w="%d" w:type="dxa"/></w:tblCellMar></w:tblPr>'
         % (sum(widths), b, tv, th, tv, th)]
    x.append("<w:tblGrid>" + "".join('<w:gridCol w:w="%d"/>' % w for w in widths) + "</w:tblGrid>")

    def tr(cells, hdr=False, bold=False):
        trpr = ""
        if hdr and repeat: trpr += "<w:tblHeader/>"
        if cant_split: trpr += "<w:cantSplit/>"
        out = ["<w:tr>" + ("<w:trPr>%s</w:trPr>" % trpr if trpr else "")]
        k = 0
        for c in cells:
            span = 1
            if isinstance(c, tuple):
                c, span = c
            w = sum(widths[k:k + span])
            tcpr = '<w:tcW w:w="%d" w:type="dxa"/>' % w
            if span > 1: tcpr += '<w:gridSpan w:val="%d"/>' % span
            tcpr += '<w:vAlign w:val="%s"/>' % ("bottom" if hdr else valign)
            if hdr and header_shade:
                tcpr += '<w:shd w:val="clear" w:color="auto" w:fill="%s"/>' % header_shade
            if hdr and borders == "none":
                tcpr += '<w:tcBorders><w:bottom w:val="single" w:sz="6" w:color="000000"/></w:tcBorders>'
            al = aligns[k] if span == 1 else "left"
            out.append("<w:tc><w:tcPr>%s</w:tcPr>%s</w:tc>" % (tcpr, para(run(c, bold=hdr or bold) if c != "" else "<w:r/>", al)))
            k += span
        out.append("</w:tr>")
        return "".join(out)
    x.append(tr(header, hdr=True))
    for r in rows:
        x.append(tr(r))
    if total:
        x.append(tr(total, bold=True))
    x.append("</w:tbl>")
    return "".join(x)


def save(path, body, font="Liberation Sans", size=10, page=(12240, 15840), landscape=False, margins=1080,
         footer=None):
    """footer: list of paragraph xml strings; use FIELD_PAGE / FIELD_PAGES helpers."""
    w, h = page
    if landscape:
        w, h = h, w
    sect = '<w:sectPr>%s<w:pgSz w:w="%d" w:h="%d"%s/><w:pgMar w:top="%d" w:right="%d" w:bottom="%d" w:left="%d" w:header="500" w:footer="500" w:gutter="0"/></w:sectPr>' % (
        '<w:footerReference w:type="default" r:id="rId9"/>' if footer else "", w, h,
        ' w:orient="landscape"' if landscape else "", margins, margins, margins, margins)
    doc = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:document %s><w:body>%s%s</w:body></w:document>' % (W, body, sect)
    styles = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:styles %s><w:docDefaults><w:rPrDefault><w:rPr>'
              '<w:rFonts w:ascii="%s" w:hAnsi="%s" w:cs="%s" w:eastAsia="%s"/><w:sz w:val="%d"/><w:szCs w:val="%d"/><w:lang w:val="en-US"/></w:rPr></w:rPrDefault>'
              '<w:pPrDefault><w:pPr><w:widowControl w:val="0"/><w:spacing w:after="0" w:line="240" w:lineRule="auto"/></w:pPr></w:pPrDefault></w:docDefaults>'
              '<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/></w:style></w:styles>'
              % (W, font, font, font, font, size * 2, size * 2))
    rels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>'
            + ('<Relationship Id="rId9" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/footer" Target="footer1.xml"/>' if footer else "")
            + '</Relationships>')
    ct = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
          '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>'
          '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>'
          '<Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/>'
          + ('<Override PartName="/word/footer1.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.footer+xml"/>' if footer else "")
          + '</Types>')
    toprels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
               '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>')
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("[Content_Types].xml", ct)
        z.writestr("_rels/.rels", toprels)
        z.writestr("word/document.xml", doc)
        z.writestr("word/styles.xml", styles)
        z.writestr("word/_rels/document.xml.rels", rels)
        if footer:
            z.writestr("word/footer1.xml", '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:ftr %s>%s</w:ftr>' % (W, "".join(footer)))


def field(instr, shown="1"):
    return '<w:fldSimple w:instr=" %s "><w:r><w:t>%s</w:t></w:r></w:fldSimple>' % (instr, shown)


def page_of(prefix="Page ", align="right", size=8):
    return ('<w:p><w:pPr><w:jc w:val="%s"/></w:pPr>%s%s%s%s</w:p>'
            % (align, run(prefix, size=size), field("PAGE"), run(" of ", size=size), field("NUMPAGES")))
