"""PDF forms (reportlab + qrcode, no Qt), one module per form on a shared page (`layout`):

    transitieformulier  internships, perspective, contacts; only what the consent covers
    paper_consent       items with yes/no boxes per signer, withdrawal, QR with the code
    proof_pdf           the human half of a proof package
    withdrawal          confirmation for the person who withdrew
    inzage              everything held about one youth, in plain language

Fonts (DejaVu Sans, embedded) and right-to-left shaping live in `text`; `scan` reads the QR
code back from a scan or photo. Inputs are plain dataclasses built by the core."""
