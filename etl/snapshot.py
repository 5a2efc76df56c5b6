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

# What the Sources page shows for a recorded publisher or licence, in Vietnamese and in English. A text not listed
# here is the same in both languages (a licence name, an organisation's own name).
SAID = {
    VCCI: (VCCI, "VCCI (Vietnam Chamber of Commerce and Industry)"),
    MOHA: (MOHA, "Ministry of Home Affairs"),
    MIC: ("Bộ Thông tin và Truyền thông (từ 2025 Bộ Khoa học và Công nghệ)",
          "Ministry of Information and Communications (from 2025 the Ministry of Science and Technology)"),
    "this project (data kit notes)": ("dự án này (ghi chú của bộ dữ liệu)", "this project (data kit notes)"),
    "provincial party committees and people's committees": (
        "tỉnh ủy và ủy ban nhân dân các tỉnh", "provincial party committees and people's committees"),
    "Tổng cục Thống kê (GSO) codes via PyPI packages": (
        "mã của Tổng cục Thống kê, qua các gói PyPI", "General Statistics Office (GSO) codes via PyPI packages"),
    "Quốc hội (Nghị quyết 202/2025/QH15)": (
        "Quốc hội (Nghị quyết 202/2025/QH15)", "National Assembly (Resolution 202/2025/QH15)"),
    "this project": ("dự án này", "this project"),
    "this project, derived from geoBoundaries": ("dự án này, dựng từ geoBoundaries",
                                                 "this project, derived from geoBoundaries"),
    "Figures © VCCI, published at pcivietnam.vn": (
        "Số liệu © VCCI, công bố tại pcivietnam.vn", "Figures © VCCI, published at pcivietnam.vn"),
    "Figures © CECODES/UNDP, published at papi.org.vn": (
        "Số liệu © CECODES/UNDP, công bố tại papi.org.vn", "Figures © CECODES/UNDP, published at papi.org.vn"),
    "Facts published by the ministry, as reported in the press": (
        "Số liệu do Bộ công bố, theo tin báo chí", "Facts published by the ministry, as reported in the press"),
    "Facts published by their owners, as reported in the press": (
        "Số liệu do các cơ quan chủ quản công bố, theo tin báo chí",
        "Facts published by their owners, as reported in the press"),
    "Figures published by Bộ TT&TT": (
        "Số liệu do Bộ TT&TT công bố", "Figures published by the Ministry of Information and Communications"),
    "Targets published by the provinces, as reported on their pages": (
        "Mục tiêu do các tỉnh công bố, theo trang thông tin điện tử của tỉnh",
        "Targets published by the provinces, as reported on their pages"),
    "project documentation": ("tài liệu của dự án", "project documentation"),
    "MIT (package); codes are official": ("MIT (gói phần mềm); mã là mã chính thức",
                                          "MIT (package); codes are official"),
    "MIT (package); the resolution is public law": ("MIT (gói phần mềm); nghị quyết là văn bản pháp luật công khai",
                                                    "MIT (package); the resolution is public law"),
    "project data": ("dữ liệu của dự án", "project data"),
}
GEO_CREDIT = "Public Domain boundaries; credit: Administrative boundaries courtesy of geoBoundaries.org"
SAID[GEO_CREDIT] = ("Ranh giới thuộc phạm vi công cộng (Public Domain); ghi nguồn: Administrative boundaries "
                    "courtesy of geoBoundaries.org", GEO_CREDIT)


def _in_both(meta: SourceMeta, title_vi: str, title_en: str) -> SourceMeta:
    """`meta` with its title, publisher and licence as each language's screens show them."""
    meta.title_vi, meta.title_en = title_vi, title_en
    meta.publisher_vi, meta.publisher_en = SAID.get(meta.publisher, (meta.publisher, meta.publisher))
    meta.licence_vi, meta.licence_en = SAID.get(meta.licence, (meta.licence, meta.licence))
    return meta


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
    return _in_both(SourceMeta(
        source_id=f"pci_{year}", kind="table", index="pci", year=year, publisher=VCCI,
        title=f"PCI {year}: Chỉ số năng lực cạnh tranh cấp tỉnh", url="https://pcivietnam.vn",
        licence="Figures © VCCI, published at pcivietnam.vn", sha256="", transcribed_from=origin,
        rank_basis=rank_basis, notes=notes,
    ), f"PCI {year}: Chỉ số năng lực cạnh tranh cấp tỉnh", f"PCI {year}: Provincial Competitiveness Index")


# Values the publisher withheld, by the province name as the kit's file writes it: blanks load as not_published.
PAPI_WITHHELD = {2021: {"Quang Ninh": "not ranked by PAPI 2021 because of data errors (baodautu.vn, per the data-kit "
                                      "notes)"}}


def _papi(year: int) -> SourceMeta:
    if year <= 2016:
        origin, basis = f"{MDTRINH}, data-raw/PAPI/PAPI_2011-2016.xlsx", "read (unweighted sum of 6 dimensions)"
    else:
        origin = HNKS
        basis = "derived: dimensions and total are sums of the sub-dimension scores read in the source"
    return _in_both(SourceMeta(
        source_id=f"papi_{year}", kind="table", index="papi", year=year, publisher=UNDP,
        title=f"PAPI {year}: Chỉ số hiệu quả quản trị và hành chính công cấp tỉnh", url="https://papi.org.vn",
        licence="Figures © CECODES/UNDP, published at papi.org.vn", sha256="", transcribed_from=origin,
        rank_basis="computed from the scores (PAPI publishes groups, not an official rank table)",
        score_basis=basis, withheld=dict(PAPI_WITHHELD.get(year, {})),
    ), f"PAPI {year}: Chỉ số hiệu quả quản trị và hành chính công cấp tỉnh",
        f"PAPI {year}: The Provincial Governance and Public Administration Performance Index")


def _partial(index: str, year: int, publisher: str, title: str) -> SourceMeta:
    return _in_both(SourceMeta(
        source_id=f"{index}_{year}_partial", kind="partial", index=index, year=year, publisher=publisher,
        title=f"{title} {year}: provinces named in news reports (partial)", url="per row, column source_urls",
        licence="Facts published by the ministry, as reported in the press", sha256="", transcribed_from=NEWS,
        rank_basis="as printed in the sources", notes=["partial table: provinces not listed are missing, not zero"],
    ), f"{title} {year}: các tỉnh được nêu tên trên báo chí (chưa đầy đủ)",
        f"{title} {year}: provinces named in news reports (partial)")


def _facts(index: str, publisher: str, title: str) -> SourceMeta:
    return _in_both(SourceMeta(
        source_id=f"{index}_facts", kind="facts", index=index, publisher=publisher,
        title=f"{title}: individual published facts", url="per row, column source_url",
        licence="Facts published by their owners, as reported in the press", sha256="", transcribed_from=NEWS,
        notes=["the kit's quote column was dropped; conflicting values are kept side by side"],
    ), f"{title}: từng số liệu đã được công bố", f"{title}: individual published facts")


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
    return _in_both(SourceMeta(
        source_id="dti_2022", kind="table", index="dti", year=2022, publisher=MIC,
        title="DTI 2022: Báo cáo xếp hạng đánh giá mức độ chuyển đổi số năm 2022",
        url="https://dti.gov.vn/xep-hang-2022", licence="Figures published by Bộ TT&TT", sha256="",
        date_published="2023-07-12", rank_basis="read (all 63 ranks; tie at 15)",
        notes=[f"ranks {filled('rank')}/{len(rows)}, scores {filled('score')}/{len(rows)}, "
               f"pillar scores or ranks for {with_pillars}; extra pages named in each row's source column"],
    ), "DTI 2022: Báo cáo xếp hạng đánh giá mức độ chuyển đổi số năm 2022",
        "DTI 2022: Report ranking the provinces' digital transformation in 2022")


def _targets(name: str) -> SourceMeta:
    return _in_both(SourceMeta(
        source_id="targets", kind="targets", publisher="provincial party committees and people's committees",
        title="Targets that provinces set for their index results (resolutions and plans)",
        url="per row, column source_url", licence="Targets published by the provinces, as reported on their pages",
        sha256="", transcribed_from=NEWS,
        notes=["the kit's quote column was dropped", "a target is not a result: results are judged in metrics/"],
    ), "Mục tiêu các tỉnh đặt ra cho kết quả các chỉ số (nghị quyết, kế hoạch)",
        "Targets that provinces set for their index results (resolutions and plans)")


def describe(rel: str, path: Path | None = None) -> SourceMeta:
    """The sidecar of one kit file, from its path inside the kit (and the copied file, for counts read from it)."""
    folder, name = rel.split("/", 1)
    stem = Path(name).stem
    if name == "SOURCES.md":
        return _in_both(SourceMeta(source_id=f"{folder}_notes", kind="notes", publisher="this project (data kit notes)",
                                   title=f"Source notes for {folder}", url="", licence="project documentation",
                                   sha256=""), f"Ghi chú về nguồn của thư mục {folder}", f"Source notes for {folder}")
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
            meta.title = meta.title_en = f"{title} {year}: top-10 table with the four sub-scores"
            meta.title_vi = f"{title} {year}: bảng 10 tỉnh dẫn đầu với bốn điểm thành phần"
            return meta
        return _partial(folder, year, publisher, title)
    if folder == "reference":
        return _reference(stem)
    if folder == "geo":
        return _geo(name)
    raise ValueError(f"no description for kit file {rel}")


def _reference(stem: str) -> SourceMeta:
    if stem == "provinces_63":
        return _in_both(SourceMeta(
            source_id="provinces_63", kind="reference", publisher="Tổng cục Thống kê (GSO) codes via PyPI packages",
            title="63 provinces 2008-2025: GSO code, name, type, socio-economic region, spellings",
            url="https://pypi.org/project/vietnamadminunits/", licence="MIT (package); codes are official",
            sha256="", notes=["regions: Nghị quyết 81/2023/QH15, counts 14/11/14/5/6/13"],
        ), "63 tỉnh, thành phố 2008-2025: mã GSO, tên, loại đơn vị, vùng kinh tế - xã hội, các cách viết tên",
            "63 provinces 2008-2025: GSO code, name, type, socio-economic region, spellings")
    if stem == "merger_2025":
        return _in_both(SourceMeta(
            source_id="merger_2025", kind="reference", publisher="Quốc hội (Nghị quyết 202/2025/QH15)",
            title="63 provinces merged into 34, effective 2025-07-01", url="https://pypi.org/project/vietnamadminunits/",
            licence="MIT (package); the resolution is public law", sha256="", date_published="2025-06-12",
        ), "Sắp xếp 63 tỉnh, thành phố thành 34, có hiệu lực từ ngày 1/7/2025",
            "63 provinces merged into 34, effective 2025-07-01")
    if stem == "aliases":
        return _in_both(SourceMeta(
            source_id="aliases", kind="reference", publisher="this project",
            title="Extra province spellings and codes seen in published tables (PCI 2022 codes, abbreviations, Hà Tây)",
            url="", licence="project data", sha256="",
        ), "Các cách viết tên và mã tỉnh khác gặp trong các bảng đã công bố (mã PCI 2022, tên viết tắt, Hà Tây)",
            "Extra province spellings and codes seen in published tables (PCI 2022 codes, abbreviations, Hà Tây)")
    return _in_both(SourceMeta(
        source_id="papi_province_codes", kind="reference", publisher="hnks-gh/ml-mcdm (MIT)",
        title="PAPI province codes P01-P63 with English names", url="https://github.com/hnks-gh/ml-mcdm",
        licence="MIT", sha256="", transcribed_from=HNKS.replace("<year>", "codebook_provinces"),
    ), "Mã tỉnh P01-P63 của PAPI, kèm tên tiếng Anh", "PAPI province codes P01-P63 with English names")


def _geo(name: str) -> SourceMeta:
    credit = GEO_CREDIT
    if name.startswith("vn_provinces_34"):
        return _in_both(SourceMeta(
            source_id="geo_34", kind="geo", geography="34", publisher="this project, derived from geoBoundaries",
            title="34 provinces (from 2025-07-01), dissolved from the 63 along merger_2025.csv",
            url="https://www.geoboundaries.org", licence=credit, sha256="",
            notes=["derived: internal edges follow the 2008 lines",
                   "Hoàng Sa stays in Đà Nẵng (48), Trường Sa in Khánh Hòa (56)"],
        ), "34 tỉnh, thành phố (từ ngày 1/7/2025), hợp từ 63 tỉnh theo merger_2025.csv",
            "34 provinces (from 2025-07-01), dissolved from the 63 along merger_2025.csv")
    if name.endswith(".geojson"):
        return _in_both(SourceMeta(
            source_id="geo_63", kind="geo", publisher="geoBoundaries (William & Mary geoLab)",
            title="Vietnam ADM1, 63 provinces (boundaryID VNM-ADM1-63759600)", url="https://www.geoboundaries.org",
            licence=credit, sha256="", notes=["includes Hoàng Sa (in Đà Nẵng) and Trường Sa (in Khánh Hòa)"],
        ), "Việt Nam, cấp tỉnh (ADM1), 63 tỉnh, thành phố (boundaryID VNM-ADM1-63759600)",
            "Vietnam ADM1, 63 provinces (boundaryID VNM-ADM1-63759600)")
    return _in_both(SourceMeta(source_id="geo_" + re.sub(r"\W+", "_", name).lower(), kind="notes",
                               publisher="geoBoundaries", title=f"geoBoundaries metadata: {name}",
                               url="https://www.geoboundaries.org", licence="CC BY 4.0", sha256=""),
                    f"Siêu dữ liệu của geoBoundaries: {name}", f"geoBoundaries metadata: {name}")


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
