"""Registry of certificates: each builder function is decorated with its gold answer."""
CERTS = []

FIELDS = ['style', 'producer', 'layout', 'notes', 'name', 'title', 'date', 'credits',
          'unit', 'points', 'provider', 'activity_id']
UNITS = ('contact hour', 'CMLE', 'CE hour', 'CEU')


def cert(style, producer, layout, notes, name, title, date, credits, unit, provider,
         activity_id=None):
    assert unit in UNITS, unit
    points = round(credits * 10, 2) if unit == 'CEU' else credits
    gold = dict(style=style, producer=producer, layout=list(layout), notes=notes, name=name,
                title=title, date=date, credits=credits, unit=unit, points=points,
                provider=list(provider), activity_id=activity_id)

    def deco(fn):
        CERTS.append((fn.__name__, gold, fn))
        fn.gold = gold
        return fn
    return deco
