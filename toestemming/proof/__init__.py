"""Proof packages: export ("bewijs exporteren") from the open vault, and offline `verify`.

svc.forms.proof.export_request(request_id, Path("bewijs.zip"))
report = verify(Path("bewijs.zip")); report.ok; report.describe()
"""

from __future__ import annotations

from .package import ExportResult, ProofExports
from .verify import VerifyReport, verify

__all__ = ["ExportResult", "ProofExports", "VerifyReport", "verify"]
