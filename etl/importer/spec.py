"""Source specs: one YAML per publisher layout in etl/specs/, so a new year's file needs no code.

A spec is checked when it is loaded, and every mistake names the spec file and the key, because
the person writing one is an analyst, not a programmer. docs/IMPORTING.md is the reference.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

import yaml

SPEC_DIR = Path(__file__).resolve().parent.parent / "specs"
FILE_TYPES = ("xlsx", "html", "csv", "pdf")
RANK_MODES = ("column", "order", "none")
LONG_TARGETS = ("indicator", "value", "rank")
PROVINCE_WORDS = ("Tỉnh, thành phố", "Tỉnh/Thành phố", "Tỉnh/TP", "Tỉnh", "Địa phương", "Province", "Province/City",
                  "Provinces")
STOP_WORDS = ("Trung bình", "Cả nước", "Tổng", "Toàn quốc", "Trung vị", "Ghi chú", "Nguồn", "Điểm cao nhất",
              "Điểm thấp nhất", "Điểm trung bình", "Điểm trung vị", "Average", "National", "Total", "Mean", "Median",
              "Min", "Max", "Highest", "Lowest", "Note", "Source")
PROVINCE_COLUMNS = ("one", "left")
SPEC_KEYS = {"description", "file_type", "index", "year", "geography", "shape", "multiply", "ranks", "source",
             "blocks", "aliases"}
BLOCK_KEYS = {"sheet", "transpose", "header_rows", "header_row", "data_start", "stop_at_blank", "stop_words",
              "province", "columns", "optional", "value", "components", "province_columns", "skip_rows"}
SOURCE_KEYS = {"publisher", "title", "licence", "url"}


class SpecError(ValueError):
    """A spec that cannot be used; the message names the spec file and what to change."""


@dataclass(frozen=True)
class Block:
    """One table in the file: which sheet, where its header is, and which header words mean what.

    `sheet` "*" means: every sheet not used by another block, each read as the one indicator whose
    name the sheet carries (VCCI's sheet per sub-index); its value column matches `value`. "any": the
    sheet whose header has every column the block needs, by the spec's most preferred header words
    (VCCI moved its summary sheet). A sheet
    name with `{year}` picks the sheet of the year asked for (UNDP's sheet per year); a list of sheets
    is tried in order (a `{year}` name is passed over only when no sheet name holds a year).
    `province_columns` "left": each value column reads its provinces from the nearest province column
    on its left (VCCI's summary sheet, each column sorted on its own); "one": a single province column,
    and a sheet with several is refused rather than guessed. `skip_rows`: header words; a data row with
    a cell they match is not data (variable-code rows).
    """

    sheet: int | str | tuple[int | str, ...] = 0
    transpose: bool = False
    header_rows: int = 1
    header_row: int | None = None
    data_start: int | None = None
    stop_at_blank: bool = False
    stop_words: tuple[str, ...] = STOP_WORDS
    province: tuple[str, ...] | int = PROVINCE_WORDS
    columns: dict[str, tuple[str, ...]] = field(default_factory=dict)
    optional: tuple[str, ...] = ()
    value: tuple[str, ...] = ()
    components: bool = False
    province_columns: str = "one"
    skip_rows: tuple[str, ...] = ()


@dataclass(frozen=True)
class Spec:
    name: str
    description: str
    file_type: str
    blocks: tuple[Block, ...]
    index: str | None = None
    year: int | None = None
    geography: str = "63"
    shape: str = "wide"
    multiply: float = 1.0
    ranks: str = "column"
    source: dict[str, str] = field(default_factory=dict)
    aliases: dict[str, tuple[str, ...]] = field(default_factory=dict)


def list_specs(spec_dir: Path = SPEC_DIR) -> list[str]:
    """The names a user may choose from; anything else is refused before a path is built from it."""
    return sorted(p.stem for p in spec_dir.glob("*.yaml"))


def _words(where: str, value: object) -> tuple[str, ...]:
    if isinstance(value, str):
        return (value,)
    if isinstance(value, list) and value and all(isinstance(v, str) for v in value):
        return tuple(value)
    raise SpecError(f"{where}: expected header words (a text or a list of texts), got {value!r}")


def _unknown(where: str, raw: dict, known: set[str]) -> None:
    extra = sorted(set(raw) - known)
    if extra:
        raise SpecError(f"{where}: unknown key(s) {', '.join(extra)}; known keys: {', '.join(sorted(known))}")


def _int(where: str, value: object, minimum: int) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or value < minimum:
        raise SpecError(f"{where}: expected a whole number >= {minimum}, got {value!r}")
    return value


def _block(where: str, raw: object, shape: str) -> Block:
    if not isinstance(raw, dict):
        raise SpecError(f"{where}: a block is a mapping of keys, got {raw!r}")
    _unknown(where, raw, BLOCK_KEYS)
    sheet = raw.get("sheet", 0)
    choices = sheet if isinstance(sheet, list) and sheet else [sheet]
    if not all(isinstance(s, str) or (isinstance(s, int) and not isinstance(s, bool) and s >= 0) for s in choices) \
            or (len(choices) > 1 and {"*", "any"} & set(map(str, choices))):
        raise SpecError(f"{where}.sheet: a sheet name, a 0-based sheet number, a list of them, '*' or 'any', "
                        f"got {sheet!r}")
    sheet = tuple(choices) if len(choices) > 1 else choices[0]
    columns_raw = raw.get("columns") or {}
    if not isinstance(columns_raw, dict):
        raise SpecError(f"{where}.columns: a mapping of target -> header words, got {columns_raw!r}")
    columns = {str(k): () if v == [] else _words(f"{where}.columns.{k}", v) for k, v in columns_raw.items()}
    if shape == "long" and sorted(set(columns) - set(LONG_TARGETS)):
        raise SpecError(f"{where}.columns: a long (tidy) spec maps only {', '.join(LONG_TARGETS)}")
    if sheet == "*" and not raw.get("value"):
        raise SpecError(f"{where}: sheet '*' needs `value`, the header words of each sheet's value column")
    if sheet != "*" and not columns:
        raise SpecError(f"{where}.columns: map at least one target (an indicator code, rank or tier)")
    province = raw.get("province", list(PROVINCE_WORDS))
    province_columns = raw.get("province_columns", "one")
    if province_columns not in PROVINCE_COLUMNS:
        raise SpecError(f"{where}.province_columns: 'one' (a single province column) or 'left' (each value column "
                        f"reads the nearest province column on its left), got {province_columns!r}")
    optional = tuple(raw.get("optional") or ())
    unknown_optional = sorted(set(optional) - set(columns))
    if unknown_optional:
        raise SpecError(f"{where}.optional: {', '.join(unknown_optional)} not among the mapped columns")
    return Block(
        sheet=sheet, transpose=bool(raw.get("transpose", False)),
        header_rows=_int(f"{where}.header_rows", raw.get("header_rows", 1), 1),
        header_row=None if raw.get("header_row") is None else _int(f"{where}.header_row", raw["header_row"], 1),
        data_start=None if raw.get("data_start") is None else _int(f"{where}.data_start", raw["data_start"], 1),
        stop_at_blank=bool(raw.get("stop_at_blank", False)),
        stop_words=_words(f"{where}.stop_words", raw["stop_words"]) if "stop_words" in raw else STOP_WORDS,
        province=_int(f"{where}.province", province, 1) if isinstance(province, int) else
        _words(f"{where}.province", province),
        columns=columns, optional=optional,
        value=_words(f"{where}.value", raw["value"]) if raw.get("value") else (),
        components=bool(raw.get("components", False)),
        province_columns=province_columns,
        skip_rows=_words(f"{where}.skip_rows", raw["skip_rows"]) if raw.get("skip_rows") else (),
    )


def load_spec(name: str, spec_dir: Path = SPEC_DIR) -> Spec:
    """Load and check the spec called `name` (a file stem in spec_dir, chosen from list_specs())."""
    if name not in list_specs(spec_dir):
        raise SpecError(f"no spec named {name!r}; known specs: {', '.join(list_specs(spec_dir))}")
    label = f"etl/specs/{name}.yaml"
    try:
        raw = yaml.safe_load((spec_dir / f"{name}.yaml").read_text(encoding="utf-8"))
    except yaml.YAMLError as err:
        raise SpecError(f"{label}: not valid YAML: {err}") from None
    if not isinstance(raw, dict):
        raise SpecError(f"{label}: expected a mapping of keys")
    _unknown(label, raw, SPEC_KEYS)
    for key in ("description", "file_type", "blocks"):
        if key not in raw:
            raise SpecError(f"{label}: missing key {key!r}")
    if raw["file_type"] not in FILE_TYPES:
        raise SpecError(f"{label}.file_type: {raw['file_type']!r} is not one of {', '.join(FILE_TYPES)}")
    shape = raw.get("shape", "wide")
    if shape not in ("wide", "long"):
        raise SpecError(f"{label}.shape: 'wide' (a column per indicator) or 'long' (a row per value), got {shape!r}")
    ranks = raw.get("ranks", "column")
    if ranks not in RANK_MODES:
        raise SpecError(f"{label}.ranks: {ranks!r} is not one of {', '.join(RANK_MODES)}")
    if str(raw.get("geography", "63")) not in ("63", "34"):
        raise SpecError(f"{label}.geography: '63' or '34', got {raw.get('geography')!r}")
    multiply = raw.get("multiply", 1)
    if isinstance(multiply, bool) or not isinstance(multiply, int | float) or multiply <= 0:
        raise SpecError(f"{label}.multiply: a positive number, got {multiply!r}")
    source = raw.get("source") or {}
    if not isinstance(source, dict):
        raise SpecError(f"{label}.source: a mapping with {', '.join(sorted(SOURCE_KEYS))}")
    _unknown(f"{label}.source", source, SOURCE_KEYS)
    aliases_raw = raw.get("aliases") or {}
    if not isinstance(aliases_raw, dict):
        raise SpecError(f"{label}.aliases: a mapping of indicator code -> other names (sheet names, headers)")
    aliases = {str(k): _words(f"{label}.aliases.{k}", v) for k, v in aliases_raw.items()}
    blocks_raw = raw["blocks"]
    if not isinstance(blocks_raw, list) or not blocks_raw:
        raise SpecError(f"{label}.blocks: a list with at least one block")
    blocks = tuple(_block(f"{label}.blocks[{i}]", b, shape) for i, b in enumerate(blocks_raw))
    return Spec(name=name, description=str(raw["description"]), file_type=raw["file_type"], blocks=blocks,
                index=raw.get("index"), year=None if raw.get("year") is None else _int(f"{label}.year", raw["year"], 1),
                geography=str(raw.get("geography", "63")), shape=shape, multiply=float(multiply), ranks=ranks,
                source={k: str(v) for k, v in source.items()}, aliases=aliases)
