"""Hand-written Symbol / ZapfDingbats beside Helvetica."""
from pdfw import PDF, Text, simple_doc, std_font, sw, pstr, gold, out


def symbol_cert():
    name = 'symbol-1-hand'
    fonts = {'F1': std_font('Helvetica'), 'F2': std_font('Helvetica-Bold'),
             'S': '<< /Type /Font /Subtype /Type1 /BaseFont /Symbol >>',
             'Z': '<< /Type /Font /Subtype /Type1 /BaseFont /ZapfDingbats >>'}
    t = Text()
    L = []
    t.text(60, 720, 'CAP Special Chemistry Webinar Series 2024', 'F2', 16)
    L.append('CAP Special Chemistry Webinar Series 2024')
    t.runs(60, 698, [('F1', 'Attendee: Odalys Ferreira-Kuznetsov, MLS(ASCP)'), ], 11)
    L.append('Attendee: Odalys Ferreira-Kuznetsov, MLS(ASCP)')
    # header
    cols = [60, 330, 420, 500]
    y = 660
    for c, h in zip(cols, ('Session', 'Date', 'Credits', 'Verified')):
        t.text(c, y, h, 'F2', 10)
    L.append('Session Date Credits Verified')
    rows = [
        ([('S', 'a'), ('F1', '1-Antitrypsin Phenotyping by IEF')], '02/07/2024', '1.0', '4', '\u03b11-Antitrypsin Phenotyping by IEF', '\u2714'),
        ([('S', 'b'), ('F1', '-hCG and the High-Dose Hook Effect')], '03/06/2024', '1.0', '4', '\u03b2-hCG and the High-Dose Hook Effect', '\u2714'),
        ([('F1', 'Reporting in '), ('S', 'm'), ('F1', 'mol/L versus mg/dL')], '04/03/2024', '0.5', '3', 'Reporting in \u00b5mol/L versus mg/dL', '\u2713'),
        ([('S', 'g'), ('F1', '-Glutamyl Transferase Isoforms')], '05/01/2024', '1.0', '7', '\u03b3-Glutamyl Transferase Isoforms', '\u2717'),
        ([('S', 'D'), ('F1', ' Checks and Autoverification')], '06/05/2024', '1.5', '4', '\u0394 Checks and Autoverification', '\u2714'),
        ([('F1', 'Free '), ('S', 'k'), ('F1', '/'), ('S', 'l'), ('F1', ' Light Chain Ratios')], '07/10/2024', '1.0', '4', 'Free \u03ba/\u03bb Light Chain Ratios', '\u2714'),
    ]
    y -= 20
    for runs, d, c, z, txt, zt in rows:
        t.runs(cols[0], y, runs, 10)
        t.text(cols[1], y, d, 'F1', 10)
        t.text(cols[2], y, c, 'F1', 10)
        t.text(cols[3] + 14, y, z, 'Z', 11)
        L.append(' '.join([txt, d, c, zt]))
        y -= 18
    y -= 10
    t.runs(60, y, [('F1', 'Reference interval for homocysteine: 5'), ('S', '\xb1'), ('F1', '10 '), ('S', 'm'),
                   ('F1', 'mol/L; report '), ('S', '\xb3'), ('F1', '15 '), ('S', 'm'), ('F1', 'mol/L as elevated.')], 10)
    L.append('Reference interval for homocysteine: 5\u00b110 \u00b5mol/L; report \u226515 \u00b5mol/L as elevated.')
    y -= 18
    t.runs(60, y, [('F1', 'Specimens stored at 2-8 '), ('S', '\xb0'), ('F1', 'C; incubation at 37 '), ('S', '\xb0'), ('F1', 'C.')], 10)
    L.append('Specimens stored at 2-8 \u00b0C; incubation at 37 \u00b0C.')
    y -= 30
    t.runs(60, y, [('Z', '4'), ('F1', ' = attended and passed post-test   '), ('Z', '3'), ('F1', ' = attended   '),
                   ('Z', '7'), ('F1', ' = not attended')], 10)
    L.append('\u2714 = attended and passed post-test \u2713 = attended \u2717 = not attended')
    y -= 30
    t.runs(60, y, [('F2', 'Total credits: 5.0 (excludes '), ('S', 'g'), ('F2', '-GT session)')], 11)
    L.append('Total credits: 5.0 (excludes \u03b3-GT session)')
    pdf, root, info = simple_doc([t.bytes()], fonts)
    pdf.write(out(name + '.pdf'), root, info)
    gold(name, 'symbol', 'hand',
         'Symbol (no /Encoding: built-in) and ZapfDingbats (built-in) runs interleaved with Helvetica runs in '
         'one BT with no /Widths. Symbol "m" is the glyph /mu: gold writes U+00B5 MICRO SIGN (AGL maps mu to '
         '00B5); U+03BC is an acceptable equivalent. Check marks: a20 U+2714, a19 U+2713, a23 U+2717. '
         'Symbol 0xB3 = greaterequal U+2265, 0xB1 = plusminus, 0xB0 = degree. Symbol /Delta is written U+0394; '
         'pdftotext gives U+2206 INCREMENT (AGL lists both), accept either. mutool is WRONG on ZapfDingbats '
         '(emits control characters 0x13/0x14/0x17 instead of the check marks).', [L])


if __name__ == '__main__':
    symbol_cert()
