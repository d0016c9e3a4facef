"""PHP certificates: fpdf (zr04 zr13 zr23 zr33) and tcpdf (zr05 zr14 zr22 zr27 zr34).

The layout lives in php/<producer>_<id>.php; the script reads name/title from the JSON data file.
"""
from registry import cert
from engines import php_script


def _run(script):
    def render(g, out):
        php_script(script.split("_")[1].split(".")[0], script, {"name": g["name"], "title": g["title"]}, out)
    return render


cert("zr04", style="ASCLS", producer="fpdf",
     layout=["landscape", "centered-award", "border", "all-caps-name", "hyphenated-name", "meeting-attendance",
             "date-range", "signature-block", "credentials-after-name"],
     notes="Meeting attendance without a session title: title = the meeting name. Date range June 22-25 -> last day. "
           "Member ID and issue date are distractors; 'Event No.' is the activity id.",
     name="KATHERINE M. DOYLE-BRENNAN", title="ASCLS 2025 Annual Meeting", date="2025-06-25",
     credits=14.5, unit="contact hour",
     provider=["American Society for Clinical Laboratory Science", "ASCLS"], activity_id="2025-AM-0622",
     )(_run("fpdf_zr04.php"))

cert("zr13", style="hospital-inservice", producer="fpdf",
     layout=["portrait", "letterhead", "centered-body", "department-provider", "title-word-Orientation",
             "signature-block", "apostrophe-name", "hyphenated-name", "credentials-after-name"],
     notes="'New Employee Orientation: ...' is the real in-service title (series before the colon). "
           "Employee ID is a distractor; 0.75 contact hours.",
     name="Tamsin O'Rourke-Beale",
     title="New Employee Orientation: Blood Bank Specimen Labeling Requirements", date="2025-09-04",
     credits=0.75, unit="contact hour",
     provider=["Riverbend Regional Medical Center", "Riverbend Regional Medical Center, Laboratory Education Department"],
     activity_id="RRMC-LAB-0904")(_run("fpdf_zr13.php"))

cert("zr23", style="MediaLab", producer="fpdf",
     layout=["portrait", "left-aligned", "side-bar", "format-line", "small-table", "accented-name",
             "hyphenated-name", "signature-block"],
     notes="'Self-Study Module' is a format line above the title. Small table Course ID | Completed | Credit. "
           "Florida provider # and CE Broker tracking #, transcript ID and print date are distractors.",
     name="Benedikt Schäfer-Lindqvist",
     title="Quality Control: Applying Westgard Rules in Daily Practice", date="2025-08-04",
     credits=2.0, unit="contact hour", provider=["MediaLab, Inc.", "MediaLab"], activity_id="ML-QC-2207",
     )(_run("fpdf_zr23.php"))

cert("zr33", style="vendor", producer="fpdf",
     layout=["landscape", "centered-award", "header-band", "format-in-verb-line", "presented-by-speaker",
             "accented-name", "hyphenated-name", "signature-block"],
     notes="Vendor webinar. Format is in the verb line ('has completed the on-demand webinar'). Speaker, original "
           "broadcast date and Registration # are distractors.",
     name="Sofía Martínez-Grayson",
     title="Syndromic Respiratory Panels: Diagnostic Stewardship and Result Interpretation", date="2025-06-30",
     credits=1.0, unit="contact hour", provider=["Aurelian Molecular, Inc.", "Aurelian Molecular"],
     activity_id="AMW-118")(_run("fpdf_zr33.php"))

cert("zr05", style="state-society", producer="tcpdf",
     layout=["portrait", "header-band", "format-line", "labels-above-values", "conference-session",
             "date-range-distractor", "signature-block", "credentials-after-name"],
     notes="'Spring Symposium' is a format/event line between the verb sentence and the title. Labels above values: "
           "PARTICIPANT | SESSION DATE | SESSION NO. | CONTACT HOURS. Conference April 10-12; gold = session date "
           "April 11. Speaker and e-mail date are distractors.",
     name="Rosalind Achterberg",
     title="Urinalysis Sediment Review: Casts, Crystals and Contaminants", date="2025-04-11",
     credits=1.5, unit="contact hour",
     provider=["Heartland Society for Clinical Laboratory Science", "HSCLS"], activity_id="S-14",
     )(_run("tcpdf_zr05.php"))

cert("zr14", style="public-health-lab", producer="tcpdf",
     layout=["landscape", "centered-award", "border", "labels-above-values", "department-provider",
             "expiry-distractor", "hyphenated-name", "signature-block"],
     notes="Labels above values (TRAINING ID | TRAINING DATE | CONTACT HOURS | SHIPPER TRAINING EXPIRES). "
           "Expiry date is a distractor. Provider = PHL and 'PHL, Office of ...'.",
     name="Ananya Deshpande-Kowalski",
     title="Packaging and Shipping Division 6.2 Infectious Substances and Exempt Patient Specimens",
     date="2025-10-14", credits=3.0, unit="contact hour",
     provider=["Northern Plains Regional Public Health Laboratory",
               "Northern Plains Regional Public Health Laboratory, Office of Laboratory Training and Outreach"],
     activity_id="PHL-TR-2519")(_run("tcpdf_zr14.php"))

cert("zr22", style="LabCE", producer="tcpdf",
     layout=["landscape", "centered-award", "letter-spaced-name", "all-caps-name", "small-table",
             "title-word-Safety", "border"],
     notes="Letter-spaced ALL-CAPS name (tcpdf font spacing). Small table Course # | Date Completed | Contact Hours. "
           "Provider No., Florida provider #, Order #, Certificate # and print date are distractors.",
     name="JONATHAN P. REYES",
     title="Safety Data Sheets and GHS Labeling for the Clinical Laboratory", date="2025-03-27",
     credits=1.0, unit="contact hour", provider=["LabCE"], activity_id="2204")(_run("tcpdf_zr22.php"))

cert("zr27", style="ASM", producer="tcpdf",
     layout=["landscape", "left-aligned", "side-bar", "format-line", "date-range", "hyphenated-name",
             "credentials-after-name", "signature-block"],
     notes="'Virtual Workshop' is a format line between 'participated in the' and the title. Two-day range "
           "September 16-17 -> last day. Facilitators and Registration ID are distractors.",
     name="Rahel Tesfaye-Gebremedhin",
     title="Yeast Identification by MALDI-TOF: Building and Curating Custom Libraries", date="2025-09-17",
     credits=3.0, unit="contact hour", provider=["American Society for Microbiology", "ASM"],
     activity_id="ASM-VW-2509")(_run("tcpdf_zr27.php"))

cert("zr34", style="ASCP", producer="tcpdf",
     layout=["portrait", "centered-award", "border", "all-caps-name", "accented-name", "hyphenated-name",
             "long-title-wrap-then-date-label", "credentials-after-name", "signature-block"],
     notes="ALL-CAPS accented name. Long title wraps and is directly followed by 'Date of completion:'. "
           "Member ID and print date are distractors.",
     name="FRANÇOIS DUBÉ-LACHANCE",
     title="Bone Marrow Aspirate Morphology: Recognizing Dysplasia in Myelodysplastic Neoplasms and Their Mimics",
     date="2025-11-18", credits=1.5, unit="CMLE",
     provider=["American Society for Clinical Pathology", "ASCP"], activity_id="BM-2511")(_run("tcpdf_zr34.php"))
