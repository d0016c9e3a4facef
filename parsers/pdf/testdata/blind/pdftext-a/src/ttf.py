"""Minimal TrueType reader / GID-preserving subsetter (no fontTools here).

subset(path, gids) keeps glyph ids unchanged, empties every glyph outline not
needed (composite components are kept), keeps the full cmap, drops hinting
and layout tables. Enough to embed a FontFile2 whose cmap is usable.
"""
import struct


class TTF:
    def __init__(self, path_or_bytes):
        data = path_or_bytes if isinstance(path_or_bytes, bytes) else open(path_or_bytes, 'rb').read()
        self.data = data
        n = struct.unpack('>H', data[4:6])[0]
        self.tables = {}
        for i in range(n):
            tag, cs, off, ln = struct.unpack('>4sIII', data[12 + 16 * i:28 + 16 * i])
            self.tables[tag.decode('latin-1')] = (off, ln)

    def t(self, tag):
        off, ln = self.tables[tag]
        return self.data[off:off + ln]

    @property
    def units_per_em(self):
        return struct.unpack('>H', self.t('head')[18:20])[0]

    @property
    def num_glyphs(self):
        return struct.unpack('>H', self.t('maxp')[4:6])[0]

    def loca(self):
        fmt = struct.unpack('>h', self.t('head')[50:52])[0]
        raw = self.t('loca')
        n = self.num_glyphs + 1
        if fmt == 0:
            return [2 * v for v in struct.unpack('>%dH' % n, raw[:2 * n])], fmt
        return list(struct.unpack('>%dI' % n, raw[:4 * n])), fmt

    def advance_widths(self):
        nh = struct.unpack('>H', self.t('hhea')[34:36])[0]
        hm = self.t('hmtx')
        adv = [struct.unpack('>H', hm[4 * i:4 * i + 2])[0] for i in range(nh)]
        adv += [adv[-1]] * (self.num_glyphs - nh)
        return adv

    def cmap(self):
        """unicode -> gid from the best Unicode subtable (format 4 or 12)."""
        c = self.t('cmap')
        n = struct.unpack('>H', c[2:4])[0]
        best = None
        for i in range(n):
            pid, eid, off = struct.unpack('>HHI', c[4 + 8 * i:12 + 8 * i])
            fmt = struct.unpack('>H', c[off:off + 2])[0]
            if (pid, eid) in ((3, 10), (0, 4), (0, 6)) and fmt == 12:
                best = (off, fmt)
                break
            if (pid, eid) in ((3, 1), (0, 3), (0, 1), (0, 0)) and fmt == 4 and best is None:
                best = (off, fmt)
        off, fmt = best
        m = {}
        if fmt == 4:
            segx2 = struct.unpack('>H', c[off + 6:off + 8])[0]
            seg = segx2 // 2
            ends = struct.unpack('>%dH' % seg, c[off + 14:off + 14 + segx2])
            starts = struct.unpack('>%dH' % seg, c[off + 16 + segx2:off + 16 + 2 * segx2])
            deltas = struct.unpack('>%dh' % seg, c[off + 16 + 2 * segx2:off + 16 + 3 * segx2])
            ro_pos = off + 16 + 3 * segx2
            ros = struct.unpack('>%dH' % seg, c[ro_pos:ro_pos + segx2])
            for s in range(seg):
                for u in range(starts[s], ends[s] + 1):
                    if u == 0xFFFF:
                        continue
                    if ros[s] == 0:
                        g = (u + deltas[s]) & 0xFFFF
                    else:
                        p = ro_pos + 2 * s + ros[s] + 2 * (u - starts[s])
                        g = struct.unpack('>H', c[p:p + 2])[0]
                        if g:
                            g = (g + deltas[s]) & 0xFFFF
                    if g:
                        m[u] = g
        else:
            ng = struct.unpack('>I', c[off + 12:off + 16])[0]
            for k in range(ng):
                s, e, g = struct.unpack('>III', c[off + 16 + 12 * k:off + 28 + 12 * k])
                for u in range(s, e + 1):
                    m[u] = g + (u - s)
        return m


def _components(glyph):
    """gids referenced by a composite glyph."""
    if len(glyph) < 10 or struct.unpack('>h', glyph[:2])[0] >= 0:
        return []
    out = []
    p = 10
    while True:
        flags, gid = struct.unpack('>HH', glyph[p:p + 4])
        out.append(gid)
        p += 4
        p += 4 if flags & 1 else 2
        if flags & 8:
            p += 2
        elif flags & 0x40:
            p += 4
        elif flags & 0x80:
            p += 8
        if not flags & 0x20:
            break
    return out


def subset(path, gids, keep=('head', 'hhea', 'maxp', 'hmtx', 'cmap', 'name', 'OS/2', 'post')):
    f = TTF(path)
    loca, fmt = f.loca()
    glyf = f.t('glyf')
    want = set(gids) | {0}
    todo = list(want)
    while todo:
        g = todo.pop()
        for c in _components(glyf[loca[g]:loca[g + 1]]):
            if c not in want:
                want.add(c)
                todo.append(c)
    new_glyf = bytearray()
    new_loca = []
    for g in range(f.num_glyphs):
        new_loca.append(len(new_glyf))
        if g in want:
            new_glyf += glyf[loca[g]:loca[g + 1]]
            while len(new_glyf) % 4:
                new_glyf.append(0)
    new_loca.append(len(new_glyf))
    tables = {}
    for tag in keep:
        if tag in f.tables:
            tables[tag] = f.t(tag)
    head = bytearray(tables['head'])
    head[8:12] = b'\0\0\0\0'  # checkSumAdjustment
    head[50:52] = struct.pack('>h', 1)  # long loca
    tables['head'] = bytes(head)
    if 'post' in tables:  # keep post but as format 3 (no names) to stay small
        post = bytearray(tables['post'][:32])
        post[0:4] = struct.pack('>I', 0x00030000)
        tables['post'] = bytes(post)
    tables['glyf'] = bytes(new_glyf)
    tables['loca'] = struct.pack('>%dI' % len(new_loca), *new_loca)
    return build(tables)


def build(tables):
    tags = sorted(tables)
    n = len(tags)
    es = 1
    while es * 2 <= n:
        es *= 2
    hdr = struct.pack('>IHHHH', 0x00010000, n, es * 16, es.bit_length() - 1, n * 16 - es * 16)
    off = 12 + 16 * n
    dirs = b''
    body = b''
    for tag in tags:
        d = tables[tag]
        pad = d + b'\0' * ((4 - len(d) % 4) % 4)
        cs = sum(struct.unpack('>%dI' % (len(pad) // 4), pad)) & 0xFFFFFFFF
        dirs += struct.pack('>4sIII', tag.encode('latin-1'), cs, off + len(body), len(d))
        body += pad
    font = hdr + dirs + body
    # head checkSumAdjustment
    total = sum(struct.unpack('>%dI' % (len(font) // 4), font)) & 0xFFFFFFFF
    adj = (0xB1B0AFBA - total) & 0xFFFFFFFF
    hoff = 12 + 16 * n
    for tag in tags:
        if tag == 'head':
            break
        hoff += len(tables[tag]) + (4 - len(tables[tag]) % 4) % 4
    font = bytearray(font)
    font[hoff + 8:hoff + 12] = struct.pack('>I', adj)
    return bytes(font)
