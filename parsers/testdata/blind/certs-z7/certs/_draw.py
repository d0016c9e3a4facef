"""Small drawing helpers on top of engine.coord.Doc (shared by the coordinate producers)."""

BLACK = (0, 0, 0)
GREY = (0.35, 0.35, 0.35)


def double_border(d, color, outer=24, gap=8, w1=3.0, w2=0.8, corners=0):
    W, H = d.W, d.H
    d.stroke(*color, w=w1)
    d.rect(outer, outer, W - 2 * outer, H - 2 * outer)
    d.stroke(*color, w=w2)
    d.rect(outer + gap, outer + gap, W - 2 * (outer + gap), H - 2 * (outer + gap))
    if corners:
        d.color(*color)
        for x, y in ((outer - corners / 2, outer - corners / 2), (W - outer - corners / 2, outer - corners / 2),
                     (outer - corners / 2, H - outer - corners / 2),
                     (W - outer - corners / 2, H - outer - corners / 2)):
            d.rect(x, y, corners, corners, "F")
        d.color(*BLACK)


def signature(d, x, y, w, hand, caption, hand_font=("T", "I", 17), cap_font=("H", "", 8), align="C",
              color=BLACK):
    """Hand-written name above a rule, caption lines below.  y = rule position."""
    d.setfont(*hand_font)
    d.color(*color)
    if align == "C":
        d.text(x + w / 2, y - 5, hand, "C")
    else:
        d.text(x + 4, y - 5, hand)
    d.stroke(*BLACK, w=0.7)
    d.line(x, y, x + w, y)
    d.setfont(*cap_font)
    d.color(*BLACK)
    yy = y + cap_font[2] + 4
    for c in caption:
        if align == "C":
            d.text(x + w / 2, yy, c, "C")
        else:
            d.text(x, yy, c)
        yy += cap_font[2] + 2.5
    return yy


def seal(d, cx, cy, r, color, top, bottom, center=None):
    d.stroke(*color, w=1.6)
    d.circle(cx, cy, r)
    d.stroke(*color, w=0.6)
    d.circle(cx, cy, r - 5)
    d.circle(cx, cy, r - 16)
    d.color(*color)
    d.setfont("H", "B", 6.5)
    d.text(cx, cy - r + 13, top, "C")
    d.text(cx, cy + r - 8, bottom, "C")
    if center:
        d.setfont("T", "B", 11)
        d.text(cx, cy + 4, center, "C")
    d.color(*BLACK)


def label_rows(d, x_label, x_value, y, rows, lead=18, label_font=("H", "B", 9.5), value_font=("H", "", 10.5),
               value_width=None, rule=None, rule_x=None, label_align="L", label_color=GREY):
    """rows: (label, value); value may be a list of pre-broken lines.  Returns the next baseline."""
    for label, value in rows:
        d.setfont(*label_font)
        d.color(*label_color)
        d.text(x_label, y, label, label_align)
        d.setfont(*value_font)
        d.color(*BLACK)
        lines = value if isinstance(value, list) else (d.wrap(value, value_width) if value_width else [value])
        last = y
        for k, ln in enumerate(lines):
            last = y + k * (value_font[2] + 3)
            d.text(x_value, last, ln)
        if rule:
            d.stroke(*rule, w=0.4)
            x0, x1 = rule_x
            d.line(x0, last + 6, x1, last + 6)
        y = last + lead
    return y
