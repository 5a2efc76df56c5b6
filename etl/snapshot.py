"""Copy the data kit into data/raw/ and describe every file in a sidecar.

Run once per kit update (`python -m etl snapshot ../shared/sources`). The kit's `quote` columns
are dropped: they are other people's sentences, kept in the kit only for checking.
"""

from __future__ import annotations

import csv
import io
import re
import shutil
from datetime import date
from pathlib import Path

from etl.sidecar import SourceMeta, read_sidecar, sha256_of, write_sidecar

VCCI = "VCCI (Phòng Thương mại và Công nghiệp Việt Nam)"
UNDP = "UNDP / CECODES / VFF-CTU"
MOHA = "Bộ Nội vụ"
MIC = "Bộ Thông tin và Truyền thông (from 2025 Bộ Khoa học và Công nghệ)"
MDTRINH = "GitHub mdtrinh/vietnamdata @ be581b8d5b1f0c6a747199fe23d8a77e55396e17"
LETRINH = (
    "GitHub letrinhandn/Citizen-Participation-and-Local-Economic-Growth-in-Vietnam "
    "@ 3e10f249ffd14b9d6d09207f4d4d09529a597bf8, data/vietnam_provincial_panel_2012_2019.xlsx"
)
TNGUYEN = (
    "GitHub tnguyentranphuoc-commits/ENTREPRENEURSHIP-INVESTMENT-AND-REGIONAL-ECONOMIC-DEVELOPMENT-"
    "IN-VIETNAM-A-PANEL-APPROACH @ 7ed8cec06e43317ff4916526f61895c40d3f1a2b, Dataset.dta"
)
HNKS = "GitHub hnks-gh/ml-mcdm @ d165721ef5b79e96a1f9daa013612eef57d31734, data/csv/<year>.csv"
NEWS = "news and government portal pages, one URL per row (column source_url / source_urls)"


def _pci(year: int) -> SourceMeta:
    if year <= 2016:
        origin, rank_basis = f"{MDTRINH}, data-raw/PCI/PCI_{year}.xls(x)", "read from the VCCI workbook"
    elif year <= 2021:
        origin, rank_basis = LETRINH, "computed from the 63 scores; rank_published holds ranks seen in print"
    else:
        origin, rank_basis = TNGUYEN, "computed from the 63 scores; VCCI published only the top 30"
    notes = ["VCCI workbook transcription; scores at source precision (VCCI prints 2 decimals)"]
    if 2017 <= year <= 2021:
        notes.append("transcription repo is 'Academic Copyright, all rights reserved'; values equal pcivietnam.vn")
    if year == 2022:
        notes.append("totals only; province codes such as QNINH kept in source_code")
    return SourceMeta(
        source_id=f"pci_{year}", kind="table", index="pci", year=year, publisher=VCCI,
        title=f"PCI {year}: Chỉ số năng lực cạnh tranh cấp tỉnh", url="https://pcivietnam.vn",
        licence="Figures © VCCI, published at pcivietnam.vn", sha256="", transcribed_from=origin,
        rank_basis=rank_basis, notes=notes,
    )


# Values the publisher withheld, by the province name as the kit's file writes it: blanks load as not_published.
PAPI_WITHHELD = {2021: {"Quang Ninh": "not ranked by PAPI 2021 because of data errors (baodautu.vn, per the data-kit "
                                      "notes)"}}


def _papi(year: int) -> SourceMeta:
    if year <= 2016:
        origin, basis = f"{MDTRINH}, data-raw/PAPI/PAPI_2011-2016.xlsx", "read (unweighted sum of 6 dimensions)"
    else:
        origin = HNKS
        basis = "derived: dimensions and total are sums of the sub-dimension scores read in the source"
    return SourceMeta(
        source_id=f"papi_{year}", kind="table", index="papi", year=year, publisher=UNDP,
        title=f"PAPI {year}: Chỉ số hiệu quả quản trị và hành chính công cấp tỉnh", url="https://papi.org.vn",
        licence="Figures © CECODES/UNDP, published at papi.org.vn", sha256="", transcribed_from=origin,
        rank_basis="computed from the scores (PAPI publishes groups, not an official rank table)",
        score_basis=basis, withheld=dict(PAPI_WITHHELD.get(year, {})),
    )


def _partial(index: str, year: int, publisher: str, title: str) -> SourceMeta:
    return SourceMeta(
        source_id=f"{index}_{year}_partial", kind="partial", index=index, year=year, publisher=publisher,
        title=f"{title} {year}: provinces named in news reports (partial)", url="per row, column source_urls",
        licence="Facts published by the ministry, as reported in the press", sha256="", transcribed_from=NEWS,
        rank_basis="as printed in the sources", notes=["partial table: provinces not listed are missing, not zero"],
    )


def _facts(index: str, publisher: str, title: str) -> SourceMeta:
    return SourceMeta(
        source_id=f"{index}_facts", kind="facts", index=index, publisher=publisher,
        title=f"{title}: individual published facts", url="per row, column source_url",
        licence="Facts published by their owners, as reported in the press", sha256="", transcribed_from=NEWS,
        notes=["the kit's quote column was dropped; conflicting values are kept side by side"],
    )


TITLES = {"par_index": ("PAR INDEX", MOHA), "sipas": ("SIPAS", MOHA), "dti": ("DTI", MIC), "pci": ("PCI", VCCI),
          "papi": ("PAPI", UNDP)}


def _dti_2022(path: Path) -> SourceMeta:
    """DTI 2022's sidecar; its coverage counts are read from the file so that a grown kit never leaves them stale."""
    with path.open(encoding="utf-8", newline="") as f:
        rows = list(csv.DictReader(f))

    def filled(col: str) -> int:
        return sum(1 for r in rows if (r.get(col) or "").strip())

    pillar_cols = [c for c in rows[0] if c.startswith(("chinh_quyen_so", "kinh_te_so", "xa_hoi_so"))] if rows else []
    with_pillars = sum(1 for r in rows if any((r.get(c) or "").strip() for c in pillar_cols))
    return SourceMeta(
        source_id="dti_2022", kind="table", index="dti", year=2022, publisher=MIC,
        title="DTI 2022: Báo cáo xếp hạng đánh giá mức độ chuyển đổi số năm 2022",
        url="https://dti.gov.vn/xep-hang-2022", licence="Figures published by Bộ TT&TT", sha256="",
        date_published="2023-07-12", rank_basis="read (all 63 ranks; tie at 15)",
        notes=[f"ranks {filled('rank')}/{len(rows)}, scores {filled('score')}/{len(rows)}, "
               f"pillar scores or ranks for {with_pillars}; extra pages named in each row's source column"],
    )


def _targets(name: str) -> SourceMeta:
    return SourceMeta(
        source_id="targets", kind="targets", publisher="provincial party committees and people's committees",
        title="Targets that provinces set for their index results (resolutions and plans)",
        url="per row, column source_url", licence="Targets published by the provinces, as reported on their pages",
        sha256="", transcribed_from=NEWS,
        notes=["the kit's quote column was dropped", "a target is not a result: results are judged in metrics/"],
    )


def describe(rel: str, path: Path | None = None) -> SourceMeta:
    """The sidecar of one kit file, from its path inside the kit (and the copied file, for counts read from it)."""
    folder, name = rel.split("/", 1)
    stem = Path(name).stem
    if name == "SOURCES.md":
        return SourceMeta(source_id=f"{folder}_notes", kind="notes", publisher="this project (data kit notes)",
                          title=f"Source notes for {folder}", url="", licence="project documentation", sha256="")
    if name == "facts.csv":
        title, publisher = TITLES[folder]
        return _facts(folder, publisher, title)
    if folder == "pci":
        return _pci(int(stem))
    if folder == "papi":
        return _papi(int(stem))
    if folder == "dti" and stem == "2022":
        if path is None:
            raise ValueError("dti/2022.csv is described from its copied file")
        return _dti_2022(path)
    if folder == "targets" and name == "targets.csv":
        return _targets(name)
    if folder in ("par_index", "sipas") and stem.startswith("partial_"):
        year = int(stem.split("_")[1])
        title, publisher = TITLES[folder]
        if stem.endswith("top10_subscores"):
            meta = _partial(folder, year, publisher, title)
            meta.source_id, meta.kind = f"{folder}_{year}_components", "components"
            meta.url = "http://211.88.39.63/article/gb/tjsj/202106/549782.html"
            meta.title = f"{title} {year}: top-10 table with the four sub-scores"
            return meta
        return _partial(folder, year, publisher, title)
    if folder == "reference":
        return _reference(stem)
    if folder == "geo":
        return _geo(name)
    raise ValueError(f"no description for kit file {rel}")


def _reference(stem: str) -> SourceMeta:
    if stem == "provinces_63":
        return SourceMeta(
            source_id="provinces_63", kind="reference", publisher="Tổng cục Thống kê (GSO) codes via PyPI packages",
            title="63 provinces 2008-2025: GSO code, name, type, socio-economic region, spellings",
            url="https://pypi.org/project/vietnamadminunits/", licence="MIT (package); codes are official",
            sha256="", notes=["regions: Nghị quyết 81/2023/QH15, counts 14/11/14/5/6/13"],
        )
    if stem == "merger_2025":
        return SourceMeta(
            source_id="merger_2025", kind="reference", publisher="Quốc hội (Nghị quyết 202/2025/QH15)",
            title="63 provinces merged into 34, effective 2025-07-01", url="https://pypi.org/project/vietnamadminunits/",
            licence="MIT (package); the resolution is public law", sha256="", date_published="2025-06-12",
        )
    if stem == "aliases":
        return SourceMeta(
            source_id="aliases", kind="reference", publisher="this project",
            title="Extra province spellings and codes seen in published tables (PCI 2022 codes, abbreviations, Hà Tây)",
            url="", licence="project data", sha256="",
        )
    return SourceMeta(
        source_id="papi_province_codes", kind="reference", publisher="hnks-gh/ml-mcdm (MIT)",
        title="PAPI province codes P01-P63 with English names", url="https://github.com/hnks-gh/ml-mcdm",
        licence="MIT", sha256="", transcribed_from=HNKS.replace("<year>", "codebook_provinces"),
    )


def _geo(name: str) -> SourceMeta:
    credit = "Public Domain boundaries; credit: Administrative boundaries courtesy of geoBoundaries.org"
    if name.startswith("vn_provinces_34"):
        return SourceMeta(
            source_id="geo_34", kind="geo", geography="34", publisher="this project, derived from geoBoundaries",
            title="34 provinces (from 2025-07-01), dissolved from the 63 along merger_2025.csv",
            url="https://www.geoboundaries.org", licence=credit, sha256="",
            notes=["derived: internal edges follow the 2008 lines",
                   "Hoàng Sa stays in Đà Nẵng (48), Trường Sa in Khánh Hòa (56)"],
        )
    if name.endswith(".geojson"):
        return SourceMeta(
            source_id="geo_63", kind="geo", publisher="geoBoundaries (William & Mary geoLab)",
            title="Vietnam ADM1, 63 provinces (boundaryID VNM-ADM1-63759600)", url="https://www.geoboundaries.org",
            licence=credit, sha256="", notes=["includes Hoàng Sa (in Đà Nẵng) and Trường Sa (in Khánh Hòa)"],
        )
    return SourceMeta(source_id="geo_" + re.sub(r"\W+", "_", name).lower(), kind="notes",
                      publisher="geoBoundaries", title=f"geoBoundaries metadata: {name}",
                      url="https://www.geoboundaries.org", licence="CC BY 4.0", sha256="")


SKIP = ("hnks-gh_ml-mcdm_subdimensions/", "dti_gov_vn_xep-hang-2022_excerpt.txt")
RENAMES = {"papi/hnks-gh_ml-mcdm_subdimensions/codebook_provinces.csv": "reference/papi_province_codes.csv"}


def _accessed_before(dst: Path, sha256: str) -> str | None:
    """The date an unchanged file was first taken from the kit, so a re-import does not restamp it."""
    try:
        old = read_sidecar(dst)
    except ValueError:
        return None
    return old.date_accessed if old.sha256 == sha256 else None


def _has_quote_column(path: Path) -> bool:
    with path.open(encoding="utf-8", newline="") as f:
        return "quote" in next(csv.reader(f), [])


def _without_quotes(text: str) -> str:
    rows = list(csv.reader(io.StringIO(text)))
    keep = [i for i, col in enumerate(rows[0]) if col != "quote"]
    out = io.StringIO()
    csv.writer(out, lineterminator="\n").writerows([[r[i] for i in keep] for r in rows])
    return out.getvalue()


def snapshot(kit: Path, raw: Path) -> list[Path]:
    """Copy every kit file worth keeping into `raw`, with a sidecar each; return the data files."""
    written = []
    for src in sorted(kit.rglob("*")):
        rel = src.relative_to(kit).as_posix()
        if src.is_dir() or src.name == "README.md" or (rel not in RENAMES and any(s in rel for s in SKIP)):
            continue
        rel = RENAMES.get(rel, rel)
        dst = raw / rel
        dst.parent.mkdir(parents=True, exist_ok=True)
        if src.suffix == ".csv" and _has_quote_column(src):
            dst.write_text(_without_quotes(src.read_text(encoding="utf-8")), encoding="utf-8")
        else:
            shutil.copyfile(src, dst)
        meta = describe(rel, dst)
        meta.sha256 = sha256_of(dst)
        meta.date_accessed = meta.date_accessed or _accessed_before(dst, meta.sha256) or date.today().isoformat()
        write_sidecar(dst, meta)
        written.append(dst)
    return written
