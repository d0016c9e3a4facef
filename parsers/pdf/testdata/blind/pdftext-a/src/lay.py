"""Layout helpers for hand-written content streams (standard-14 metrics)."""
from pdfw import esc, sw


class Page:
    def __init__(self, fonts, matrix=(1, 0, 0, 1, 0, 0)):
        # fonts: resource name -> base font name (for metrics)
        # matrix: maps the page's virtual (upright) coordinates to user space;
        # it is folded into every Tm so no cm is needed.
        self.fonts = fonts
        self.M = matrix
        self.ops = []
        self.gold = []  # (y, x, text) pieces, merged into lines later

    def base(self, res):
        return self.fonts[res]

    def text(self, x, y, res, size, s, mode='tj', gold=True, tw=0.0, tc=0.0, enc=None):
        """Draw s at (x, y). mode:
          tj    - one Tj with the spaces inside the string
          words - each word its own BT/Tj, next word starts exactly one
                  space width after the previous one (no space glyph drawn)
          tdwords - one BT, words advanced with Td (no space glyphs)
          tw    - one Tj with word spacing Tw (justified look)
        enc: function str->bytes (default cp1252)."""
        enc = enc or (lambda t: t.encode('cp1252'))
        base = self.base(res)
        if mode == 'tj':
            self.ops.append('BT /%s %g Tf %s Tm %s%s(%s) Tj %sET' % (
                res, size, self.tm(x, y), ('%g Tc ' % tc) if tc else '', ('%g Tw ' % tw) if tw else '',
                esc(enc(s)), '0 Tc ' if tc else '') + ('' if not tw else ''))
            if tw:
                self.ops[-1] = self.ops[-1].replace(' ET', ' 0 Tw ET')
        elif mode == 'words':
            cx = x
            for w in s.split(' '):
                self.ops.append('BT /%s %g Tf %s Tm (%s) Tj ET' % (res, size, self.tm(cx, y), esc(enc(w))))
                cx += sw(w, base, size) + sw(' ', base, size)
        elif mode == 'tdwords':
            parts = ['BT /%s %g Tf %s Tm' % (res, size, self.tm(x, y))]
            prev = 0
            for i, w in enumerate(s.split(' ')):
                if i:
                    parts.append('%.3f 0 Td' % prev)
                parts.append('(%s) Tj' % esc(enc(w)))
                prev = sw(w, base, size) + sw(' ', base, size)
            parts.append('ET')
            self.ops.append(' '.join(parts))
        else:
            raise ValueError(mode)
        if gold:
            self.gold.append((y, x, s))
        return x + sw(s, base, size) + tw * s.count(' ') + tc * len(s)

    def tm(self, x, y):
        a, b, c, d, e, f = self.M
        v = (a, b, c, d, x * a + y * c + e, x * b + y * d + f)
        return ' '.join(('%.3f' % t).rstrip('0').rstrip('.') for t in v)

    def width(self, res, size, s):
        return sw(s, self.base(res), size)

    def raw(self, op):
        self.ops.append(op)

    def add_gold(self, y, x, s):
        self.gold.append((y, x, s))

    def content(self):
        return '\n'.join(self.ops) + '\n'

    def gold_lines(self, tol=0.5):
        items = sorted(self.gold, key=lambda t: (-t[0], t[1]))
        lines = []
        for y, x, s in items:
            if lines and abs(lines[-1][0] - y) <= tol:
                lines[-1][1].append((x, s))
            else:
                lines.append([y, [(x, s)]])
        res = []
        for y, segs in lines:
            segs.sort()
            txt = ''
            for x, s in segs:
                if txt and not (txt.endswith(' ') or s.startswith((',', '.', ';', ':'))):
                    txt += ' '
                txt += s
            res.append(' '.join(txt.split()))
        return res
