"""Import what publishers release (xlsx workbooks, HTML tables, CSV) through declarative specs in
etl/specs/, into the raw layer the build reads. See docs/IMPORTING.md."""

from etl.importer.preview import preview_import
from etl.importer.report import ImportReport, report_text
from etl.importer.spec import SpecError, list_specs
from etl.importer.store import ImportRefused, refusal, store_import

__all__ = ["ImportRefused", "ImportReport", "SpecError", "list_specs", "preview_import", "refusal", "report_text",
           "store_import"]
