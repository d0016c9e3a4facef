from engine import T, COLS, KV, TABLE, SIG, LOGO, RULE, SP, PAGE

PACE_TAIL = ' is approved as a provider of continuing education programs in the clinical laboratory sciences by the ASCLS P.A.C.E.® Program.'


def pace(provider):
    return provider + PACE_TAIL


def P(orient='L', size='letter', border='double', accent='1f3a68', valign='center', margin=72, **kw):
    d = dict(orient=orient, size=size, border=border, accent=accent, valign=valign, margin=margin)
    d.update(kw)
    return d


def G(name, title, date, credits, unit, points, provider, activity_id=''):
    return dict(name=name, title=title, date=date, credits=credits, unit=unit, points=points,
                provider=provider if isinstance(provider, list) else [provider], activity_id=activity_id)


def C(id, style, producer, layout, notes, page, blocks, gold, title=None, author='', via=None, **kw):
    orient = 'landscape' if page.get('orient') == 'L' else 'portrait'
    if orient not in layout:
        layout = list(layout) + [orient]
    if producer in ('acroform-filled', 'acroform-flattened') and 'acroform' not in layout:
        layout = list(layout) + ['acroform']
    d = dict(id=id, style=style, producer=producer, layout=list(layout), notes=notes, page=page, blocks=blocks,
             gold=gold, meta=dict(title=title or 'Certificate of Completion', author=author), via=via)
    d.update(kw)
    return d
