"""Hand-written damaged / unusual-structure PDFs."""
import base64
import zlib

from pdfw import PDF, Text, simple_doc, std_font, pstr, gold, out
from data import COURSES, HEADER

FONTS = {'F1': std_font('Helvetica'), 'F2': std_font('Helvetica-Bold')}


def cert_lines(title, name, course, date, credits, extra=()):
    t = Text()
    L = []
    y = 700
    for s, f, size in [(title, 'F2', 18), ('Certificate of Completion', 'F1', 14), ('Awarded to ' + name, 'F1', 12),
                       ('for ' + course, 'F1', 12), ('Completed ' + date + ' - Credits: ' + credits, 'F1', 12)] + list(extra):
        t.text(72, y, s, f, size)
        L.append(s)
        y -= size + 14
    return t.bytes(), L


def build(pages_content, compress=True, version='1.4'):
    return simple_doc([{'content': c, 'compress': compress} for c in pages_content], FONTS, version=version)


def no_length():
    name = 'damaged-4-hand'
    c, L = cert_lines('LabCE', 'Beatriz Oyelowo-Strand, MLT(ASCP)', 'Crystals in Synovial Fluid', '02/12/2024', '1.0 P.A.C.E.')
    pdf, root, info = build([c])
    # rewrite the content stream (object 4 = first stream) without /Length
    for num, body in pdf.objs.items():
        if body.startswith(b'<< /Length') and b'stream' in body:
            data = body[body.index(b'stream\n') + 7:body.rindex(b'\nendstream')]
            pdf.objs[num] = b'<< /Filter /FlateDecode >>\nstream\n' + data + b'\nendstream'
    pdf.write(out(name + '.pdf'), root)
    gold(name, 'damaged', 'hand', 'The page content stream (FlateDecode) has no /Length key at all; readers must find '
         'endstream. xref offsets are correct.', [L], expect='text')


def bad_xref():
    name = 'damaged-5-hand'
    pages = []
    golds = []
    for i, chunk in enumerate([COURSES[:8], COURSES[8:16]]):
        t = Text()
        L = []
        t.text(60, 720, 'CAP Learning Transcript - Page %d' % (i + 1), 'F2', 15)
        L.append('CAP Learning Transcript - Page %d' % (i + 1))
        t.text(60, 700, 'Learner: Ignatius Barrow-Whitfield', 'F1', 11)
        L.append('Learner: Ignatius Barrow-Whitfield')
        y = 670
        for r in [HEADER] + list(chunk):
            for x, v in zip([60, 330, 430, 490], r):
                t.text(x, y, v, 'F2' if r is HEADER else 'F1', 10)
            L.append(' '.join(r))
            y -= 16
        pages.append(t.bytes())
        golds.append(L)
    pdf, root, info = build(pages)
    pdf.write(out(name + '.pdf'), root, bad_offsets=True)
    gold(name, 'damaged', 'hand', 'Every in-use xref entry has a wrong byte offset (startxref itself is right); '
         'readers must rebuild the xref by scanning for "N 0 obj". pdftotext recovers; mutool 1.21 fails '
         '("cannot find page tree") because the bad offset for the catalog does not trigger its repair.', golds, expect='text')


def ascii_filters():
    name = 'damaged-6-hand'
    c, L = cert_lines('American Society for Clinical Pathology', 'Thaddeus Nwachukwu-Lind', 'Cytogenetics: Karyotype Nomenclature',
                      '03/27/2024', '1.5 CMLE')
    pdf, root, info = build([c], compress=False)
    for num, body in pdf.objs.items():
        if body.startswith(b'<< /Length') and b'stream' in body:
            data = body[body.index(b'stream\n') + 7:body.rindex(b'\nendstream')]
            hx = data.hex().upper()
            hx = '\n'.join(hx[i:i + 64] for i in range(0, len(hx), 64)) + '>'
            pdf.objs[num] = b'<< /Length %d /Filter /ASCIIHexDecode >>\nstream\n' % len(hx) + hx.encode() + b'\nendstream'
    pdf.write(out(name + '.pdf'), root)
    gold(name, 'damaged', 'hand', 'Content stream encoded with /ASCIIHexDecode only (uppercase hex, 64 per line, > EOD).',
         [L], expect='text')


def a85(data):
    e = base64.a85encode(data, wrapcol=72)
    return e + b'~>'


def chained_filters():
    name = 'damaged-7-hand'
    pages = []
    golds = []
    for i, (n, crs, d, cr) in enumerate([('Soraya Delacroix-Ambe', 'Anaerobe Identification', '05/09/2024', '1.0 P.A.C.E.'),
                                          ('Soraya Delacroix-Ambe', 'Fungal Blood Cultures', '06/13/2024', '1.5 P.A.C.E.'),
                                          ('Soraya Delacroix-Ambe', 'Parasite Concentration Methods', '07/18/2024', '0.5 P.A.C.E.')]):
        c, L = cert_lines('ASCLS eLearning', n, crs, d, cr, extra=[('Page %d of 3' % (i + 1), 'F1', 9)])
        pages.append(c)
        golds.append(L)
    pdf, root, info = build(pages, compress=False)
    k = 0
    for num in sorted(pdf.objs):
        body = pdf.objs[num]
        if body.startswith(b'<< /Length') and b'stream' in body:
            data = body[body.index(b'stream\n') + 7:body.rindex(b'\nendstream')]
            if k == 0:
                enc = a85(zlib.compress(data))
                flt = b'[/ASCII85Decode /FlateDecode]'
            elif k == 1:
                z = zlib.compress(data).hex()
                enc = ('\n'.join(z[i:i + 80] for i in range(0, len(z), 80)) + '>').encode()
                flt = b'[/AHx /Fl]'
            else:
                enc = a85(data)
                flt = b'/A85'
            pdf.objs[num] = b'<< /Length %d /Filter %s >>\nstream\n' % (len(enc), flt) + enc + b'\nendstream'
            k += 1
    pdf.write(out(name + '.pdf'), root)
    gold(name, 'damaged', 'hand', 'Page 1 content: [/ASCII85Decode /FlateDecode]; page 2: [/AHx /Fl] (abbreviated filter '
         'names, lowercase hex); page 3: /A85 alone (abbreviated). All decode to plain text operators.', golds,
         expect='text')


def incremental():
    name = 'damaged-8-hand'
    c_old, L_old = cert_lines('Riverside Hospital Laboratory', 'Cornelius Abernathy', 'Blood Bank Refresher',
                              '04/04/2024', '1.0 CE')
    c_new, L_new = cert_lines('Riverside Hospital Laboratory', 'Cornelia Abernathy-Quist, MLS(ASCP)',
                              'Blood Bank Refresher: Antibody Panels', '04/04/2024', '1.5 CE',
                              extra=[('Corrected certificate - supersedes version of 04/05/2024', 'F1', 9)])
    pdf, root, info = build([c_old])
    base, offs, xref = pdf.serialize(root, info)
    # find content object number (the stream)
    cnum = [n for n, b_ in pdf.objs.items() if b_.startswith(b'<< /Length')][0]
    z = zlib.compress(c_new)
    upd = bytearray()
    start = len(base)
    newobj = b'%d 0 obj\n<< /Length %d /Filter /FlateDecode >>\nstream\n' % (cnum, len(z)) + z + b'\nendstream\nendobj\n'
    infonum = max(pdf.objs) + 1
    infoobj = b'%d 0 obj\n<< /Producer (handwritten-py incremental) /ModDate (D:20240406101500Z) >>\nendobj\n' % infonum
    upd += newobj
    o2 = start + len(upd)
    upd += infoobj
    x2 = start + len(upd)
    upd += b'xref\n0 1\n0000000000 65535 f \n%d 1\n%010d 00000 n \n%d 1\n%010d 00000 n \n' % (cnum, start, infonum, o2)
    upd += b'trailer\n<< /Size %d /Root %d 0 R /Info %d 0 R /Prev %d >>\nstartxref\n%d\n%%%%EOF\n' % (
        infonum + 1, root, infonum, xref, x2)
    with open(out(name + '.pdf'), 'wb') as f:
        f.write(base + bytes(upd))
    gold(name, 'damaged', 'hand', 'Incremental update appended after the first %%EOF: a new version of the page content '
         'object (same object number) and a new xref section with /Prev. A reader must show the UPDATED text; '
         'the superseded text ("Cornelius Abernathy", "Credits: 1.0 CE") is still in the file but not displayed.',
         [L_new], expect='text', superseded_pages=[L_old])


def junk_header():
    name = 'damaged-9-hand'
    c, L = cert_lines('Heartland Blood Centers', 'Mireille Takahashi-Brandt', 'Platelet Refractoriness Workup',
                      '06/20/2024', '1.0 AABB')
    pdf, root, info = build([c])
    junk = b'Content-Type: application/pdf\r\nX-Archive-Id: 88213-4471\r\n\r\n' + bytes(range(0x80, 0xa0)) + b'\r\n'
    pdf.write(out(name + '.pdf'), root, junk=junk)
    gold(name, 'damaged', 'hand', '%d bytes of junk (mail-style headers and binary bytes) precede %%PDF-1.4. xref offsets '
         'count from the start of the FILE (junk included), so they are right for the file but off by the junk '
         'length relative to %%PDF.' % len(junk), [L], expect='text')


def pdf20():
    name = 'damaged-10-hand'
    c, L = cert_lines('ASCP Continuing Education', 'Oluwaseun Hartmann-Price', 'Digital Pathology Validation', '07/11/2024',
                      '2.0 CMLE')
    pdf, root, info = build([c], version='2.0')
    pdf.write(out(name + '.pdf'), root, id_hex='8f3a5c71d2e94b06a1c3d5e7f9021b4c')
    gold(name, 'damaged', 'hand', 'Header is %PDF-2.0 (classic xref, /ID present as PDF 2.0 requires). Otherwise a plain file.',
         [L], expect='text')


def encrypt_mention():
    name = 'damaged-12-hand'
    t = Text()
    L = []
    y = 720
    for s, f, size in [('Laboratory Information Systems - Document Policy', 'F2', 15),
                       ('CE certificates exported from the LMS must not be password protected.', 'F1', 11),
                       ('Export profile: /Encrypt false /Permissions all', 'F1', 11),
                       ('If a file shows an /Encrypt entry in its trailer, re-export it.', 'F1', 11),
                       ('Employee: Vasilisa Okonkwo-Berg, MLS(ASCP)', 'F1', 11),
                       ('Acknowledged 08/01/2024 - 0.5 CE (policy review)', 'F1', 11)]:
        t.text(60, y, s, f, size)
        L.append(s)
        y -= size + 12
    pdf, root, info = simple_doc([{'content': t.bytes(), 'compress': False}], FONTS,
                                 info={'Title': 'Policy /Encrypt note', 'Keywords': '/Encrypt /Filter /Standard'})
    meta = b'<?xpacket begin="" id="W5M0MpCehiHzreSzNTczkc9d"?><x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF ' \
           b'xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#"><rdf:Description rdf:about="" ' \
           b'xmlns:pdf="http://ns.adobe.com/pdf/1.3/"><pdf:Keywords>/Encrypt 12 0 R</pdf:Keywords>' \
           b'</rdf:Description></rdf:RDF></x:xmpmeta><?xpacket end="w"?>'
    m = pdf.stream(meta, extra='/Type /Metadata /Subtype /XML')
    pdf.objs[root] = pdf.objs[root][:-2] + b' /Metadata %d 0 R >>' % m
    pdf.write(out(name + '.pdf'), root, info)
    gold(name, 'damaged', 'hand', 'NOT encrypted. The byte string "/Encrypt" appears in the uncompressed page content, '
         'in the Info dictionary strings and in the XMP metadata ("/Encrypt 12 0 R"), but the trailer has no '
         '/Encrypt key. A reader must not treat it as encrypted.', [L], expect='text')


def truncated():
    name = 'damaged-11-hand'
    pages = []
    for i, chunk in enumerate([COURSES[:10], COURSES[10:]]):
        t = Text()
        t.text(60, 720, 'Summit Reference Laboratories - CE Transcript p.%d' % (i + 1), 'F2', 14)
        y = 690
        for r in chunk:
            for x, v in zip([60, 330, 430, 490], r):
                t.text(x, y, v, 'F1', 10)
            y -= 16
        pages.append(t.bytes())
    pdf, root, info = build(pages)
    data, offs, xref = pdf.serialize(root)
    # cut in the middle of the second page's content stream; catalog (obj 1) comes first in the file,
    # but no xref / trailer / %%EOF survive
    nums = sorted(pdf.objs)
    streams = [n for n in nums if pdf.objs[n].startswith(b'<< /Length')]
    cut = offs[streams[1]] + len(pdf.objs[streams[1]]) // 2
    with open(out(name + '.pdf'), 'wb') as f:
        f.write(data[:cut])
    gold(name, 'damaged', 'hand', 'File truncated in the middle of page 2\'s compressed content stream: no xref, no '
         'trailer, no %%EOF, and page 2\'s Page object is missing. A reader should report the file as damaged '
         '(a recovering reader might still salvage page 1; that text would be the first 10 transcript rows).',
         None, expect='damaged')


if __name__ == '__main__':
    no_length()
    bad_xref()
    ascii_filters()
    chained_filters()
    incremental()
    junk_header()
    pdf20()
    truncated()
    encrypt_mention()
