"""PDF forms (reportlab + qrcode, no Qt): transitieformulier, paper consent, proof, inzage.

The forms themselves arrive with the forms issue; this package exists so the layering rules
(no Qt here) are enforced from the start."""
