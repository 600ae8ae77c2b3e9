"""Importing youths from a school administration export.

    preview = svc.youth_import.preview(data)          # parse + mark who is already there
    result = svc.youth_import.import_youths(preview.importable, progress=..., should_stop=...)

Nothing is written by `preview`. `import_youths` adds each youth in its own transaction (the
usual `youth.added` event), so a cancelled or interrupted import keeps every row it finished
and a second run skips them: a youth is "already there" when the Leerlingnummer matches, or
when the normalised name and birth date match (usecases/duplicates.py). Rows that only look
like someone in the vault are shown as "mogelijk dubbel" and added only when the worker says so.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, replace

from ..csv_import import ImportPreview, ImportRow, read_export
from ..errors import Said, ValidationError
from ..store.turns import one_turn
from .context import Context
from .duplicates import DuplicateMatch, Duplicates
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
        self._duplicates = Duplicates(ctx)

    def preview(self, data: bytes) -> ImportPreview:
        """Parse `data` and mark the rows whose youth is already in the vault, and the rows
        that look like someone there (same birth date and a name in common, or same name)."""
        parsed = read_export(data, self._ctx.clock.today())
        rows = tuple(self._marked(row) if not row.errors else row for row in parsed.rows)
        return replace(parsed, rows=rows)

    def _matches(self, row: ImportRow) -> list[DuplicateMatch]:
        return self._duplicates.find(
            given_name=row.values.get("given_name", ""),
            family_name=row.values.get("family_name", ""),
            birth_date=row.birth_date,
            external_ref=row.external_ref,
        )

    def _marked(self, row: ImportRow) -> ImportRow:
        matches = self._matches(row)
        if any(m.certain for m in matches):
            return replace(row, existing=True)
        possible = tuple(f"{m.youth.display_name}, {m.youth.birth_date:%d-%m-%Y}" for m in matches)
        return replace(row, possible_duplicates=possible)

    def _exists(self, row: ImportRow) -> bool:
        """Leerlingnummer first, then normalised name + birth date (see usecases/duplicates)."""
        return any(m.certain for m in self._matches(row))

    def import_youths(
        self,
        rows: Iterable[ImportRow],
        *,
        progress: Progress | None = None,
        should_stop: Callable[[], bool] | None = None,
    ) -> ImportResult:
        """Add the rows that are new. `should_stop` is asked between rows (cancel); rows
        already added stay. One closing `youths.imported` event records the counts.
        Not one turn itself (review22): each row is its own write, tried again alone after a
        conflict on the team server; marked whole, a deadlock on row 2 ended the import with
        "niets gewijzigd" although row 1 was added."""
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
                    # seen=(): asked again in the write turn (turns22) — another desk's import
                    # or add since the check above is skipped, not added twice.
                    self._people.add_youth(
                        external_ref=row.external_ref or None, seen=(), **row.youth_fields()
                    )
                    added += 1
                except ValidationError as exc:
                    if exc.field in ("external_ref", "already_there"):  # added meanwhile
                        skipped += 1
                    else:
                        failed.append((row.line, Said.of(exc)))
            if progress is not None:
                progress(n + 1, len(todo))
        result = ImportResult(len(todo), added, skipped, tuple(failed), cancelled)
        if todo:
            self._logged(result)
        return result

    @one_turn
    def _logged(self, result: ImportResult) -> None:
        with self._ctx.db.transaction():
            self._ctx.event(
                "youths.imported",
                {
                    "rows": result.total,
                    "added": result.added,
                    "skipped_existing": result.skipped_existing,
                    "failed": len(result.failed),
                    "cancelled": result.cancelled,
                },
            )
