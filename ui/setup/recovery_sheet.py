"""The recovery key on paper: one page to print and keep in a safe place.

Printed through Qt's print dialog (the worker's own printer). The sheet says what the key is
for and where it must not be kept; it deliberately does not contain the vault's passphrase.
"""

from __future__ import annotations

import html
from datetime import date

from PySide6.QtCore import QCoreApplication, QMarginsF, Qt
from PySide6.QtGui import QFontDatabase, QPageLayout, QTextDocument
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QDialog, QFrame, QLabel, QWidget

from ..font_size import points

# lupdate reads literal translate("Context", "text") calls (not wrappers around them).
translate = QCoreApplication.translate


def grouped_key(recovery_key: str) -> str:
    """Two lines of four groups, to copy by hand."""
    groups = recovery_key.split("-")
    return "\n".join("  ".join(groups[i : i + 4]) for i in range(0, len(groups), 4))


def key_label() -> QLabel:
    """Where a recovery key is shown on screen (at creation and after a renewal): large,
    fixed-width, selectable to check groups while copying — and no copy button, on purpose
    (a clipboard is readable by every other program)."""
    label = QLabel()
    key_font = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
    key_font.setPointSizeF(max(points(key_font), 10) * 1.6)
    key_font.setBold(True)
    label.setFont(key_font)
    label.setAlignment(Qt.AlignmentFlag.AlignCenter)
    label.setFrameShape(QFrame.Shape.StyledPanel)
    label.setMargin(14)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    label.setAccessibleName(translate("RecoverySheet", "Herstelsleutel"))
    return label


def sheet_html(organisation: str, vault_name: str, recovery_key: str, created: date) -> str:
    e = html.escape
    title = translate("RecoverySheet", "Herstelsleutel Toestemming")
    purpose = translate(
        "RecoverySheet", "Met deze sleutel opent u de kluis als niemand de wachtwoordzin meer weet."
    )
    advice = (
        translate(
            "RecoverySheet",
            "Bewaar dit papier op een veilige plek, bijvoorbeeld in een afgesloten kast of kluis.",
        ),
        translate("RecoverySheet", "Bewaar het niet bij de computer en niet als foto of bestand."),
        translate("RecoverySheet", "Wie deze sleutel heeft, kan alle gegevens in de kluis lezen."),
    )
    key_lines = "<br>".join(
        e(" - ".join(recovery_key.split("-")[i : i + 4])) for i in range(0, 8, 4)
    )
    rows = (
        (translate("RecoverySheet", "Organisatie"), e(organisation)),
        (translate("RecoverySheet", "Kluisbestand"), e(vault_name)),
        (translate("RecoverySheet", "Gemaakt op"), created.strftime("%d-%m-%Y")),
    )
    table = "".join(
        f"<tr><td style='padding-right:16px'><b>{e(label)}</b></td><td>{value}</td></tr>"
        for label, value in rows
    )
    items = "".join(f"<li>{e(line)}</li>" for line in advice)
    return (
        f"<h1>{e(title)}</h1>"
        f"<table>{table}</table>"
        f"<p style='font-family: monospace; font-size: 20pt; margin: 24px 0'>{key_lines}</p>"
        f"<p>{e(purpose)}</p>"
        f"<ul>{items}</ul>"
    )


def print_sheet(
    printer: QPrinter, organisation: str, vault_name: str, recovery_key: str, created: date
) -> None:
    document = QTextDocument()
    document.setHtml(sheet_html(organisation, vault_name, recovery_key, created))
    printer.setPageMargins(QMarginsF(20, 20, 20, 20), QPageLayout.Unit.Millimeter)
    document.print_(printer)


def ask_and_print(
    parent: QWidget, organisation: str, vault_name: str, recovery_key: str, created: date
) -> bool:
    """Show the system print dialog; True when the sheet was sent to the printer."""
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    dialog = QPrintDialog(printer, parent)
    dialog.setWindowTitle(translate("RecoverySheet", "Herstelsleutel afdrukken"))
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return False
    print_sheet(printer, organisation, vault_name, recovery_key, created)
    return True
