"""HTML for Chromium headless printing."""
from html import escape


def esc(s):
    return escape(s).replace("\n", "<br>")


def margin_box(text):
    # "Page {page} of {pages}" -> CSS content value
    parts = []
    rest = text
    while rest:
        i = min([p for p in (rest.find("{page}"), rest.find("{pages}")) if p >= 0], default=-1)
        if i < 0:
            parts.append('"%s"' % rest.replace('"', '\\"'))
            break
        if i > 0:
            parts.append('"%s"' % rest[:i].replace('"', '\\"'))
        if rest.startswith("{pages}", i):
            parts.append("counter(pages)")
            rest = rest[i + 7:]
        else:
            parts.append("counter(page)")
            rest = rest[i + 6:]
    return " ".join(parts)


def decimal_cell(s):
    if "." in s:
        a, b = s.split(".", 1)
        b = "." + b
    else:
        a, b = s, ""
    return '<span class="di">%s</span><span class="df">%s</span>' % (a, b)


def render(doc):
    o = doc.opts
    size = o.get("page", "Letter") + (" landscape" if o.get("landscape") else "")
    font = o.get("font", "'Liberation Sans'")
    fs = o.get("size", 10)
    pad = o.get("pad", "3px 5px")
    ruled = o.get("ruled", "all")
    css = []
    boxes = []
    for pos, key in (("top-left", "hdr_left"), ("top-center", "hdr_center"), ("top-right", "hdr_right"),
                     ("bottom-left", "ftr_left"), ("bottom-center", "ftr_center"),
                     ("bottom-right", "ftr_right")):
        if o.get(key):
            boxes.append("@%s { content: %s; font: %spt %s; color: #333; }" %
                         (pos, margin_box(o[key]), o.get("box_size", 8), font))
    css.append("@page { size: %s; margin: %s; %s }" % (size, o.get("margin", "16mm 14mm"), " ".join(boxes)))
    css.append("body { font-family: %s; font-size: %spt; color: #000; margin: 0; }" % (font, fs))
    css.append("h1 { font-size: %spt; margin: 0 0 4px 0; } h2 { font-size: %spt; margin: 0 0 6px 0; font-weight: normal; }"
               % (fs * 1.6, fs * 1.2))
    css.append(".meta { margin: 0 0 10px 0; } .meta div { margin: 1px 0; }")
    css.append("table { border-collapse: collapse; width: %s; %s }" %
               (o.get("table_width", "100%"), "table-layout: fixed;" if o.get("fixed") else ""))
    css.append("th, td { padding: %s; vertical-align: %s; text-align: left; }" % (pad, o.get("valign", "top")))
    css.append("th { vertical-align: %s; font-weight: bold; }" % o.get("th_valign", "bottom"))
    if o.get("th_pad") is not None:
        css.append("th { padding: %s; }" % o["th_pad"])
    if ruled == "all":
        css.append("th, td { border: 0.75pt solid #444; }")
    elif ruled == "horizontal":
        css.append("th, td { border-bottom: 0.5pt solid #777; } th { border-top: 1pt solid #000; border-bottom: 1pt solid #000; }")
    elif ruled == "header":
        css.append("th { border-bottom: 1pt solid #000; }")
    if o.get("th_bg"):
        css.append("th { background: %s; }" % o["th_bg"])
    if o.get("zebra"):
        css.append("tbody tr.row:nth-child(even) td { background: %s; }" % o["zebra"])
    css.append("tr.sub td, tr.total td { font-weight: bold; }")
    if o.get("sub_rule", True):
        css.append("tr.total td { border-top: 1pt solid #000; }")
    css.append("tr { break-inside: auto; }")
    css.append(".di { display: inline-block; text-align: right; width: %s; } .df { display: inline-block; text-align: left; width: %s; }"
               % (o.get("dec_int_w", "1.6em"), o.get("dec_frac_w", "1.6em")))
    css.append(".notes { margin-top: 10px; font-size: %spt; } .notes p { margin: 2px 0; }" % (fs * 0.9))
    if o.get("extra_css"):
        css.append(o["extra_css"])

    h = ['<!DOCTYPE html><html><head><meta charset="utf-8"><title>%s</title><style>' % esc(doc.id)]
    h.append("\n".join(css))
    h.append("</style></head><body>")
    if o.get("pre_html"):
        h.append(o["pre_html"])
    for i, line in enumerate(doc.title_lines):
        h.append("<h%d>%s</h%d>" % (1 if i == 0 else 2, esc(line), 1 if i == 0 else 2))
    if doc.meta:
        h.append('<div class="meta">')
        for lab, val in doc.meta:
            h.append("<div><b>%s</b> %s</div>" % (esc(lab), esc(val)) if lab else "<div>%s</div>" % esc(val))
        h.append("</div>")
    h.append("<table>")
    if any(c.get("w") for c in doc.cols):
        h.append("<colgroup>" + "".join('<col style="width:%s">' % c["w"] if c.get("w") else "<col>"
                                        for c in doc.cols) + "</colgroup>")
    h.append("<thead><tr>")
    for c in doc.cols:
        st = "text-align:%s;" % c.get("halign", c.get("align", "left")) + c.get("th_css", "")
        if c.get("nowrap"):
            st += "white-space:nowrap;"
        h.append('<th style="%s">%s</th>' % (st, esc(c["label"])))
    h.append("</tr></thead><tbody>")
    for item in doc.body():
        cls = item["kind"]
        h.append('<tr class="%s">' % cls)
        for c in doc.cols:
            v = item["cells"].get(c["key"], "")
            st = "text-align:%s;" % c.get("align", "left") + c.get("css", "")
            if c.get("nowrap"):
                st += "white-space:nowrap;"
            body = esc(v)
            if c.get("decimal") and v and cls == "row":
                body = decimal_cell(v)
            elif c.get("decimal") and v:
                body = decimal_cell(v)
            h.append('<td style="%s">%s</td>' % (st, body))
        h.append("</tr>")
    h.append("</tbody></table>")
    if doc.notes_below:
        h.append('<div class="notes">' + "".join("<p>%s</p>" % esc(n) for n in doc.notes_below) + "</div>")
    h.append("</body></html>")
    return "\n".join(h)


def render_pre(doc, text):
    """Monospace report: everything inside one <pre>."""
    o = doc.opts
    size = o.get("page", "A4") + (" landscape" if o.get("landscape") else "")
    return ('<!DOCTYPE html><html><head><meta charset="utf-8"><style>@page { size: %s; margin: %s; }'
            "body{margin:0} pre { font-family: %s; font-size: %spt; line-height: 1.25; margin: 0; }"
            "</style></head><body><pre>%s</pre></body></html>"
            % (size, o.get("margin", "15mm"), o.get("font", "'Liberation Mono'"), o.get("size", 8), escape(text)))
