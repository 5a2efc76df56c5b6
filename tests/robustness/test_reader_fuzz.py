"""Generated input for the raw-file reader, the cell parsers, the province resolver and the URL parser.

Each of them faces untrusted text. Whatever they get, they answer in their documented way (problems,
ValueError, UnknownProvince, a whitelisted State) and never with another exception.
"""

from __future__ import annotations

import math
import re
import string
from pathlib import Path

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from etl.names import AliasTable, UnknownProvince, fold, load_aliases
from etl.paths import RAW_DIR
from etl.readers import MAX_FILE_BYTES, NUMBER, parse_number, parse_rank, read_csv
from ui.url_state import PARAMS, Choices, State, parse

FUZZ = settings(max_examples=250, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
LABEL = "fuzz/table.csv"
NASTY_CELLS = ["", " ", '"', '""', '"a"b', "\r", "\n", "\r\n", "\x00", ",", "=SUM(A1:A3)", '=HYPERLINK("x","y")',
               "@cmd", "+1", "-5", "+x", "-", "nan", "inf", "1e999", "Hà Nội", "\ufeff", "９", "x" * 300]
NON_FINITE = ["nan", "NaN", "-nan", "inf", "-inf", "+inf", "Infinity", "-Infinity", "1e999", "-1e999", "1E400"]


def _cells() -> st.SearchStrategy[str]:
    return st.one_of(st.text(st.characters(codec="utf-8"), max_size=12), st.sampled_from(NASTY_CELLS))


@st.composite
def csv_bytes(draw) -> bytes:
    """Text that looks like a CSV table: a header, rows of random width, random line ends, maybe a BOM."""
    width = draw(st.integers(1, 5))
    header = draw(st.lists(st.sampled_from(["province", "score", "rank", "note", "", "score "]) | _cells(),
                           min_size=width, max_size=width))
    rows = draw(st.lists(st.lists(_cells(), min_size=max(0, width - 1), max_size=width + 1), max_size=6))
    end = draw(st.sampled_from(["\n", "\r\n", "\r"]))
    quote = draw(st.booleans())

    def line(cells: list[str]) -> str:
        return ",".join('"' + c.replace('"', '""') + '"' if quote else c for c in cells)

    text = end.join(line(r) for r in [header, *rows]) + draw(st.sampled_from(["", end]))
    return draw(st.sampled_from([b"", b"\xef\xbb\xbf"])) + text.encode("utf-8")


@pytest.fixture(scope="module")
def scratch(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("fuzz") / "table.csv"


def check_read(path: Path, data: bytes) -> None:
    path.write_bytes(data)
    table, problems = read_csv(path, LABEL)
    assert all(p.file == LABEL and p.reason and (p.row is None or p.row >= 1) for p in problems)
    if table is None:
        assert problems, "a file refused without a reason"
        return
    assert len(set(table.header)) == len(table.header)
    numbers = [n for n, _ in table.rows]
    assert numbers == sorted(set(numbers)) and all(n >= 2 for n in numbers)
    assert table.rows or problems, "a table without rows was accepted silently"
    for _n, row in table.rows:
        assert list(row) == table.header
        for cell in row.values():
            assert "\x00" not in cell
            assert len(cell) < 2 or not cell.startswith(("=", "@")), cell
            assert len(cell) < 2 or not cell.startswith(("+", "-")) or NUMBER.match(cell), cell


@FUZZ
@given(data=st.binary(max_size=3000))
@example(data=b"\xff\xfeprovince")
@example(data=b'province,score\r\nH\xc3')
@example(data=b'province,score\n"unterminated')
def test_read_csv_on_arbitrary_bytes_returns_problems(scratch, data):
    check_read(scratch, data)


@FUZZ
@given(data=csv_bytes())
def test_read_csv_on_csv_like_text_returns_problems(scratch, data):
    check_read(scratch, data)


def test_read_csv_reads_a_file_at_the_size_limit_and_refuses_one_byte_more(tmp_path):
    path = tmp_path / "big.csv"
    header, row = b"province,score\n", b"Ha Noi,1\n"
    rows = (MAX_FILE_BYTES - len(header)) // len(row)
    last = b"Ha Noi," + b"2" * (MAX_FILE_BYTES - len(header) - rows * len(row) + len(row) - 8) + b"\n"
    path.write_bytes(header + row * (rows - 1) + last)
    assert path.stat().st_size == MAX_FILE_BYTES
    table, problems = read_csv(path, LABEL)
    assert problems == [] and table is not None and len(table.rows) == rows
    path.write_bytes(path.read_bytes() + b"\n")
    table, problems = read_csv(path, LABEL)
    assert table is None
    assert [str(p) for p in problems] == [f"{LABEL}: file is larger than {MAX_FILE_BYTES:,} bytes, the limit for a "
                                          "raw table"]


def _number_like() -> st.SearchStrategy[str]:
    return st.one_of(st.text(max_size=20), st.from_regex(r"\A[+-]?[0-9_.,eE٠-٩０-９ ]{0,12}\Z"),
                     st.sampled_from(NON_FINITE))


@settings(max_examples=300, deadline=None)
@given(text=_number_like(), decimal=st.sampled_from([".", ","]))
def test_parse_number_gives_a_finite_float_or_a_reason(text, decimal):
    try:
        value = parse_number(text, decimal)
    except ValueError as err:
        assert str(err) and text != ""
        return
    assert (value is None) == (text == "")
    assert value is None or (isinstance(value, float) and math.isfinite(value))
    assert text.isascii()


@settings(max_examples=300, deadline=None)
@given(text=_number_like())
def test_parse_rank_gives_an_int_or_a_reason(text):
    try:
        rank = parse_rank(text)
    except ValueError as err:
        assert str(err) == "rank is not a whole number" and text != ""
        return
    assert (rank is None) == (text == "")
    assert rank is None or (type(rank) is int and text.isascii())


@pytest.mark.parametrize("text", NON_FINITE)
def test_non_finite_numbers_are_refused(text):
    with pytest.raises(ValueError, match="^not a (finite )?number$"):
        parse_number(text, ".")
    with pytest.raises(ValueError, match="^rank is not a whole number$"):
        parse_rank(text)


@settings(max_examples=300, deadline=None)
@given(value=st.floats(allow_nan=False, allow_infinity=False))
def test_parse_number_reads_every_finite_float_it_is_given(value):
    assert parse_number(repr(value), ".") == value
    if re.fullmatch(r"-?\d+\.\d+", repr(value)):
        assert parse_number(repr(value).replace(".", ","), ",") == value


ALIASES = load_aliases(RAW_DIR / "reference")
CODES = {(code, geo) for _alias, _key, code, geo in ALIASES.rows}
ROUND_TRIP = [(alias, code, geo) for alias, _key, code, geo in ALIASES.rows if geo in ("63", "34")]


def _spelling_noise(alias: str, draw) -> str:
    """The same name as people type it: no diacritics, other case, spaces and punctuation moved."""
    text = draw(st.sampled_from([alias, fold(alias)]))
    text = draw(st.sampled_from([text, text.upper(), text.lower(), text.title()]))
    junk = st.text(alphabet=" -._–'", max_size=2)
    return draw(junk) + "".join(ch + (draw(junk) if ch == " " else "") for ch in text) + draw(junk)


@settings(max_examples=250, deadline=None)
@given(text=st.one_of(st.text(max_size=60), st.text(alphabet=string.ascii_letters + " .-ĐđàảãáạăâêôơưỳýỵỷỹÀÁ",
                                                     max_size=30)),
       geography=st.sampled_from(["63", "34"]))
def test_resolver_answers_a_province_or_unknown_province(text, geography):
    try:
        where = ALIASES.resolve(text, geography)
    except UnknownProvince as err:
        assert err.value == text and len(err.suggestions) <= 3
        assert str(err).startswith(f"unknown province {text!r}")
        return
    assert (where.code, where.geography) in CODES
    assert where.geography in ((geography, "historical") if geography == "63" else (geography,))


@settings(max_examples=250, deadline=None)
@given(data=st.data())
def test_every_alias_resolves_however_it_is_typed(data):
    alias, code, geography = data.draw(st.sampled_from(ROUND_TRIP))
    spelling = _spelling_noise(alias, data.draw)
    where = ALIASES.resolve(spelling, geography)
    assert (where.code, where.geography) == (code, geography), spelling


def test_alias_table_refuses_two_provinces_with_one_key():
    table = AliasTable()
    table.add("Hà Nam", "35", "63", "Hà Nam")
    table.add("Ha Nam", "35", "63", "Hà Nam")
    with pytest.raises(ValueError, match=r"^alias 'Hà Nấm' would mean both Hà Nam \(35\) and Hà Nấm \(99\)$"):
        table.add("Hà Nấm", "99", "63", "Hà Nấm")


# tests/app/test_url_state.py feeds arbitrary text under the known parameter names; these add unknown names,
# near-miss values (a whitelisted value with case, padding or junk changed) and the round trip through the URL.
CHOICES = Choices(indices=("pci", "papi", "dti"), indicators={"pci": ("total", "tinh_minh_bach"), "papi": ("total",),
                                                              "dti": ("total", "kinh_te_so")},
                  years={("pci", "63"): (2020, 2021), ("papi", "63"): (2023,), ("pci", "34"): (2021,),
                         ("papi", "34"): (), ("dti", "63"): (2022,), ("dti", "34"): (2024,)},
                  slugs={"63": ("ha-noi", "vinh-phuc", "da-nang", "ho-chi-minh", "ha-nam"),
                         "34": ("ha-noi", "da-nang", "ho-chi-minh", "phu-tho", "hue")},
                  regions=("DBSH", "TN"), default_years={("pci", "63"): 2020})
TOKENS = ["vi", "en", "63", "34", "pci", "papi", "dti", "total", "tinh_minh_bach", "kinh_te_so", "2020", "2021",
          "2022", "2023", "2024", "ha-noi", "vinh-phuc", "da-nang", "ho-chi-minh", "ha-nam", "phu-tho", "hue", "DBSH",
          "TN"]


@st.composite
def near_miss(draw) -> str:
    token = draw(st.sampled_from(TOKENS))
    shape = draw(st.sampled_from(["same", "upper", "pad", "junk", "list", "null"]))
    if shape == "upper":
        return token.upper()
    if shape == "pad":
        return f" {token}\t"
    if shape == "junk":
        return token + draw(st.sampled_from(["'", "\"><script>", "%00", ";DROP TABLE fact_value", "/../"]))
    if shape == "list":
        return ",".join(draw(st.lists(st.sampled_from(TOKENS + ["", " "]), max_size=8)))
    if shape == "null":
        return token + "\x00"
    return token


@settings(max_examples=300, deadline=None)
@given(raw=st.dictionaries(st.one_of(st.sampled_from(PARAMS), st.text(max_size=10)),
                           st.one_of(near_miss(), st.text(max_size=50)), max_size=12))
def test_near_miss_parameters_give_a_whitelisted_state_that_survives_the_url(raw):
    state, bad = parse(raw, CHOICES)
    assert state.lang in ("vi", "en") and state.geo in ("63", "34") and state.index in CHOICES.indices
    assert state.indicator in CHOICES.indicators[state.index]
    assert state.year is None or state.year in CHOICES.years[(state.index, state.geo)]
    slugs = CHOICES.slugs[state.geo]
    assert state.province in slugs and set(state.provinces) <= set(slugs)
    assert len(state.provinces) == len(set(state.provinces)) <= 6
    assert state.region is None or state.region in CHOICES.regions
    assert all(name in PARAMS and len(value) <= 40 for name, value in bad)
    assert {name for name, _ in bad} <= {name for name, value in raw.items() if value}
    assert parse(state.to_params(), CHOICES) == (state, [])


def test_a_state_from_valid_parameters_round_trips_exactly():
    state = State(lang="en", index="dti", indicator="kinh_te_so", year=2024, geo="34", province="hue",
                  provinces=["ha-noi", "phu-tho", "hue"], region="TN")
    assert parse(state.to_params(), CHOICES) == (state, [])
