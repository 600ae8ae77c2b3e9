"""Importing youths from a school administration export.

    preview = svc.youth_import.preview(data)          # parse + mark who is already there
    result = svc.youth_import.import_youths(preview.importable, progress=..., should_stop=...)

Nothing is written by `preview`. `import_youths` adds each youth in its own transaction (the
usual `youth.added` event), so a cancelled or interrupted import keeps every row it finished
and a second run skips them: a youth is "already there" when the Leerlingnummer matches, or,
for rows without one, when given name, family name and birth date match.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, replace

from ..csv_import import ImportPreview, ImportRow, read_export
from ..errors import ValidationError
from .context import Context
from .people import People

Progress = Callable[[int, int], None]  # (rows done, rows total)


@dataclass(frozen=True)
class ImportResult:
    total: int
    added: int
    skipped_existing: int
    failed: tuple[tuple[int, str], ...]  # (line, Dutch message)
    cancelled: bool

    @property
    def done(self) -> int:
        return self.added + self.skipped_existing + len(self.failed)


class YouthImport:
    def __init__(self, ctx: Context) -> None:
        self._ctx = ctx
        self._people = People(ctx)

    def preview(self, data: bytes) -> ImportPreview:
        """Parse `data` and mark the rows whose youth is already in the vault."""
        parsed = read_export(data, self._ctx.clock.today())
        rows = tuple(
            replace(row, existing=self._exists(row)) if not row.errors else row
            for row in parsed.rows
        )
        return replace(parsed, rows=rows)

    def _exists(self, row: ImportRow) -> bool:
        db = self._ctx.db
        if row.external_ref:
            return (
                db.query_one("SELECT 1 FROM youths WHERE external_ref = ?", (row.external_ref,))
                is not None
            )
        if row.birth_date is None:
            return False
        given, family, born = row.identity_key
        return (
            db.query_one(
                "SELECT 1 FROM youths WHERE erased_at IS NULL AND birth_date = ? "
                "AND given_key = ? AND family_key = ?",
                (born, given, family),
            )
            is not None
        )

    def import_youths(
        self,
        rows: Iterable[ImportRow],
        *,
        progress: Progress | None = None,
        should_stop: Callable[[], bool] | None = None,
    ) -> ImportResult:
        """Add the rows that are new. `should_stop` is asked between rows (cancel); rows
        already added stay. One closing `youths.imported` event records the counts."""
        todo = list(rows)
        added = skipped = 0
        failed: list[tuple[int, str]] = []
        cancelled = False
        for n, row in enumerate(todo):
            if should_stop is not None and should_stop():
                cancelled = True
                break
            if row.errors:
                failed.append((row.line, row.errors[0]))
            elif self._exists(row):
                skipped += 1
            else:
                try:
                    self._people.add_youth(
                        external_ref=row.external_ref or None, **row.youth_fields()
                    )
                    added += 1
                except ValidationError as exc:
                    if exc.field == "external_ref":  # added meanwhile by someone else
                        skipped += 1
                    else:
                        failed.append((row.line, exc.message))
            if progress is not None:
                progress(n + 1, len(todo))
        result = ImportResult(len(todo), added, skipped, tuple(failed), cancelled)
        if todo:
            with self._ctx.db.transaction():
                self._ctx.event(
                    "youths.imported",
                    {
                        "rows": result.total,
                        "added": added,
                        "skipped_existing": skipped,
                        "failed": len(failed),
                        "cancelled": cancelled,
                    },
                )
        return result
