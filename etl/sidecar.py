"""Metadata sidecars: one `<file>.meta.yaml` beside every raw file, naming its origin and checksum.

The checksum is what lets a build notice a raw file that was edited after it was described.
"""

from __future__ import annotations

import hashlib
from dataclasses import asdict, dataclass, field
from pathlib import Path

import yaml

SIDECAR_SUFFIX = ".meta.yaml"
KINDS = ("table", "partial", "facts", "components", "reference", "geo", "notes", "targets")


@dataclass
class SourceMeta:
    """What a raw file is and where it came from.

    `withheld` maps a province name, as written in the file, to why the publisher did not publish its
    value; its blank cells load as not_published instead of missing. `title_vi` … `licence_en` are what the
    screens show in each language; one left blank shows `title`, `publisher` or `licence` as recorded.
    """

    source_id: str
    kind: str
    publisher: str
    title: str
    licence: str
    sha256: str
    title_vi: str = ""
    title_en: str = ""
    publisher_vi: str = ""
    publisher_en: str = ""
    licence_vi: str = ""
    licence_en: str = ""
    url: str = ""
    index: str | None = None
    year: int | None = None
    geography: str = "63"
    date_published: str | None = None
    date_accessed: str | None = None
    encoding: str = "utf-8"
    decimal: str = "."
    rank_basis: str | None = None
    score_basis: str | None = None
    transcribed_from: str | None = None
    notes: list[str] = field(default_factory=list)
    withheld: dict[str, str] = field(default_factory=dict)


def sha256_of(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def sidecar_path(data_file: Path) -> Path:
    return data_file.with_name(data_file.name + SIDECAR_SUFFIX)


def write_sidecar(data_file: Path, meta: SourceMeta) -> Path:
    path = sidecar_path(data_file)
    body = {k: v for k, v in asdict(meta).items() if v not in (None, [], {}, "")}
    path.write_text(yaml.safe_dump(body, allow_unicode=True, sort_keys=False), encoding="utf-8")
    return path


def read_sidecar(data_file: Path) -> SourceMeta:
    """Read a sidecar; a missing or malformed one is a ValueError naming the file."""
    path = sidecar_path(data_file)
    if not path.exists():
        raise ValueError(f"{data_file.name}: no metadata sidecar {path.name}")
    raw = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    known = set(SourceMeta.__dataclass_fields__)
    unknown = sorted(set(raw) - known)
    if unknown:
        raise ValueError(f"{path.name}: unknown field(s) {', '.join(unknown)}")
    missing = [k for k in ("source_id", "kind", "publisher", "title", "licence", "sha256") if k not in raw]
    if missing:
        raise ValueError(f"{path.name}: missing field(s) {', '.join(missing)}")
    meta = SourceMeta(**raw)
    if meta.kind not in KINDS:
        raise ValueError(f"{path.name}: kind {meta.kind!r} is not one of {', '.join(KINDS)}")
    return meta
