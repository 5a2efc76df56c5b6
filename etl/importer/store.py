"""store_import: write a previewed import under data/raw/<index>/ with its sidecar, never over a file.

The file is checked again just before it is written (the raw layer or the warehouse may have
changed since the preview), and nothing is written unless that check still says 'ok'.
"""

from __future__ import annotations

from pathlib import Path

from etl.importer.preview import preview_import
from etl.importer.report import ImportReport
from etl.sidecar import sha256_of, sidecar_path, write_sidecar


class ImportRefused(Exception):
    """Nothing was stored; the message says why (problems, conflicts, or nothing new)."""


def refusal(report: ImportReport) -> str | None:
    """Why a report may not be stored, or None when it may."""
    if report.verdict == "nothing_new":
        return (f"{report.source.name} only repeats what the warehouse holds for {report.index} {report.year} "
                f"({report.counts['identical']} identical values); nothing stored")
    if report.verdict == "refused":
        reasons = [str(p) for p in report.problems] + report.conflict_lines() + [d.line() for d in report.to_confirm]
        return f"{report.source.name} refused; nothing stored:\n" + "\n".join(reasons)
    return None


def store_import(report: ImportReport, raw_dir: Path) -> Path:
    """Write the normalised CSV and its sidecar; return the CSV's path. Raises ImportRefused."""
    if report.meta and (raw_dir / report.meta.index / report.file_name).exists():
        raise ImportRefused(f"{raw_dir / report.meta.index / report.file_name} already exists; an import never "
                            "overwrites a raw file")
    fresh = preview_import(report.source, report.spec, report.index, report.year, raw_dir, report.warehouse,
                           report.corrections)
    why = refusal(fresh) or refusal(report)
    if why:
        raise ImportRefused(why)
    if fresh.csv_text != report.csv_text:
        raise ImportRefused(f"{report.source.name} changed since the preview; preview it again")
    assert fresh.meta is not None
    target = raw_dir / fresh.meta.index / fresh.file_name
    if target.exists() or sidecar_path(target).exists():
        raise ImportRefused(f"{target} already exists; an import never overwrites a raw file")
    target.parent.mkdir(parents=True, exist_ok=True)
    write_sidecar(target, fresh.meta)
    target.write_text(fresh.csv_text, encoding="utf-8")
    if sha256_of(target) != fresh.meta.sha256:
        target.unlink()
        sidecar_path(target).unlink()
        raise ImportRefused(f"{target}: the written file does not match its checksum; nothing stored")
    return target
