"""An uploaded file is user input: its name is reduced to a safe base name with a whitelisted suffix and
its size is capped before anything reads it, so no upload can write outside a temporary folder."""

from __future__ import annotations

import re
import unicodedata
from pathlib import Path, PurePosixPath, PureWindowsPath

SUFFIXES = (".xlsx", ".xls", ".csv", ".html", ".htm", ".pdf", ".png", ".jpg", ".jpeg")
MAX_BYTES = 20 * 1024 * 1024
UNSAFE = re.compile(r"[^A-Za-z0-9._-]+")


class UploadRefused(ValueError):
    """The upload is not read; the message says why."""


def safe_name(name: str) -> str:
    """The upload's base name in ASCII letters, digits, '.', '_' and '-', keeping its (whitelisted) suffix."""
    base = PureWindowsPath(PurePosixPath(name).name).name
    folded = unicodedata.normalize("NFKD", base.replace("đ", "d").replace("Đ", "D"))
    ascii_name = UNSAFE.sub("_", folded.encode("ascii", "ignore").decode()).strip("._") or "upload"
    suffix = Path(ascii_name).suffix.lower()
    if suffix not in SUFFIXES:
        raise UploadRefused(f"{name!r}: only {', '.join(SUFFIXES)} files can be imported")
    return Path(ascii_name).stem[:100] + suffix


def save_upload(name: str, data: bytes, folder: Path) -> Path:
    """Write an upload into `folder` (a temporary directory) under its safe name; refuse it when too large."""
    if len(data) > MAX_BYTES:
        raise UploadRefused(f"{name!r}: {len(data) / 1e6:.1f} MB is over the {MAX_BYTES // (1024 * 1024)} MB limit")
    target = folder / safe_name(name)
    target.write_bytes(data)
    return target
