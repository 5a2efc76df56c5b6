"""The vi/en string tables and `t()`. Vietnamese is the default language."""

from __future__ import annotations

import streamlit as st

LANGS = ("vi", "en")

STRINGS: dict[str, dict[str, str]] = {
    "vi": {
        "app.title": "Chỉ số quản trị cấp tỉnh",
        "app.caption": "PAR INDEX · SIPAS · PCI · PAPI · DTI — số liệu do các cơ quan công bố",
        "nav.overview": "Tổng quan", "nav.profile": "Hồ sơ tỉnh", "nav.rankings": "Xếp hạng",
        "nav.compare": "So sánh", "nav.regions": "Vùng", "nav.data": "Dữ liệu", "nav.sources": "Nguồn & phương pháp",
        "lang.label": "Ngôn ngữ", "pick.index": "Chỉ số", "pick.year": "Năm", "pick.indicator": "Chỉ tiêu",
        "pick.geo": "Địa giới", "geo.63": "63 tỉnh (đến 30/6/2025)", "geo.34": "34 tỉnh (từ 1/7/2025)",
        "pick.province": "Tỉnh, thành phố", "pick.provinces": "Các tỉnh so sánh (2–6)", "pick.region": "Vùng",
        "region.all": "Cả nước",
        "notice.bad_param": "Tham số “{name}” không hợp lệ ({value}); đã dùng giá trị mặc định.",
        "status.published": "Công bố", "status.derived": "Tính toán", "status.not_published": "Không công bố",
        "status.missing": "Chưa có số liệu",
        "rank.partial": "{rank} trong {n} tỉnh có số liệu",
        "rank.region_partial": "{rank} trong {n} tỉnh có số liệu của vùng",
        "col.rank": "Hạng", "col.province": "Tỉnh, thành phố", "col.value": "Điểm", "col.status": "Trạng thái",
        "col.change": "Thay đổi điểm", "col.rank_change": "Thay đổi hạng", "col.region_rank": "Hạng trong vùng",
        "col.region": "Vùng", "col.source": "Nguồn", "col.year": "Năm", "col.index": "Chỉ số",
        "col.percentile": "Bách phân vị", "col.indicator": "Chỉ tiêu", "col.points_lost": "Điểm còn thiếu",
        "col.region_mean": "TB vùng", "col.best": "Cao nhất", "col.best_province": "Tỉnh cao nhất",
        "col.gap_best": "Cách tỉnh cao nhất", "col.n": "Số tỉnh có số liệu", "col.mean": "Trung bình",
        "col.published_mean": "TB vùng do nguồn công bố", "col.tier": "Nhóm",
        "overview.title": "{index} {year}", "overview.leaderboard": "Bảng xếp hạng",
        "overview.map": "Bản đồ", "overview.national_mean": "Trung bình cả nước",
        "overview.best": "Dẫn đầu", "overview.n_values": "Số tỉnh có số liệu",
        "overview.region_means": "Trung bình theo vùng", "overview.movers": "Thay đổi lớn nhất so với {year}",
        "overview.movers_none": "Không có năm trước để so sánh thứ hạng đầy đủ.",
        "overview.click_hint": "Bấm vào một tỉnh trên bản đồ để mở hồ sơ tỉnh.",
        "overview.paracel": "Quần đảo Hoàng Sa (Đà Nẵng)", "overview.spratly": "Quần đảo Trường Sa (Khánh Hòa)",
        "partial.note": "Bảng chưa đầy đủ: có {n} trên {total} tỉnh. {note}",
        "empty.none": "{index} {year}: chưa có số liệu nào trong nguồn. {note}",
        "break.note": "Thay đổi phương pháp năm {year}: {note}",
        "profile.region": "Vùng {region}", "profile.scorecard": "Các chỉ số",
        "profile.rank": "Hạng {rank}", "profile.region_rank": "Trong vùng: {rank}",
        "profile.no_data": "Chưa có số liệu", "profile.change": "{delta} so với {year}",
        "profile.trends": "Diễn biến qua các năm", "profile.components": "Chỉ số thành phần",
        "profile.components_none": "Không có chỉ số thành phần cho {index} của tỉnh này.",
        "profile.peers": "Các tỉnh cùng vùng — {index} {year}", "profile.percentile": "Bách phân vị {p:.0f}",
        "profile.print": "Để in: dùng chức năng In của trình duyệt (Ctrl+P), chọn Lưu dưới dạng PDF.",
        "rankings.title": "Xếp hạng {index} {year}", "rankings.bump": "Thứ hạng qua các năm",
        "rankings.bump_pick": "Tỉnh trên biểu đồ thứ hạng",
        "compare.title": "So sánh các tỉnh", "compare.need": "Chọn từ 2 đến 6 tỉnh.",
        "compare.lines": "{index} qua các năm", "compare.components": "Chỉ số thành phần năm {year}",
        "compare.gaps": "Khoảng cách", "regions.title": "Sáu vùng kinh tế - xã hội",
        "regions.means": "Trung bình vùng qua các năm (tính từ số liệu có sẵn)",
        "regions.low_coverage": "Năm nào có số liệu của dưới một nửa số tỉnh trong vùng thì không vẽ trung bình vùng "
        "(bảng chưa đầy đủ); xem bảng thống kê bên dưới.",
        "regions.published": "TB vùng do nguồn công bố", "regions.spread": "Phân bố trong từng vùng năm {year}",
        "regions.table": "Thống kê theo vùng năm {year}",
        "data.title": "Dữ liệu", "data.preview": "Xem trước ({n} dòng)", "data.filtered": "Tải phần đang xem",
        "data.all": "Tải toàn bộ", "data.readme": "Tải README (cột, trạng thái, nguồn)",
        "data.indices": "Các chỉ số", "data.years": "Khoảng năm", "data.prepare_excel": "Tạo tệp Excel",
        "import.title": "Nhập tệp của cơ quan công bố", "import.file": "Tệp (.xlsx, .xls, .csv, .html)",
        "import.help_preview": "Kiểm tra một tệp so với kho dữ liệu: báo cáo lỗi và khác biệt. Không lưu gì "
        "(VNGOV_IMPORT=preview).",
        "import.help_store": "Kiểm tra một tệp rồi lưu vào data/raw/ cho lần dựng kho sau (VNGOV_IMPORT=store). "
        "Tệp mâu thuẫn với số liệu đã công bố sẽ bị từ chối.",
        "import.spec": "Bố cục tệp (spec)", "import.from_spec": "theo spec",
        "import.store": "Lưu cho lần dựng kho sau",
        "import.stored": "Đã lưu thành {path}. Chạy `python -m etl build` để nạp vào kho.",
        "import.refused": "Bị từ chối: không thể lưu. Các lỗi và mâu thuẫn:",
        "import.refused_diff": "Số liệu như đã đọc từ tệp, so với kho ({counts}); chưa lưu gì, hãy xem các lỗi ở trên "
                               "để biết số nào bị ảnh hưởng.",
        "import.ok": "Tệp đạt mọi kiểm tra của quá trình dựng kho. Khác biệt: {counts}.",
        "sources.title": "Nguồn & phương pháp", "sources.coverage": "Độ phủ số liệu (tổng điểm)",
        "sources.breaks": "Các lần thay đổi phương pháp", "sources.crosswalk": "Sáp nhập 2025: 63 → 34 tỉnh",
        "sources.list": "Danh mục nguồn", "sources.credit": "Ranh giới hành chính: geoBoundaries.org "
        "(Runfola et al. 2020), phạm vi công cộng. Bản đồ 34 tỉnh do dự án dựng từ đó. Hoàng Sa và Trường Sa "
        "là lãnh thổ Việt Nam.",
        "sources.statuses": "Công bố: đọc từ bảng của cơ quan hoặc nguồn đưa tin. Tính toán: do chúng tôi hoặc người "
        "tổng hợp tính (tổng PAPI từ 2017, hạng từ bảng đầy đủ, số liệu 34 tỉnh từ tỉnh cũ). Không công bố: cơ quan "
        "không công bố. Chưa có số liệu: không có trong nguồn — không bao giờ được vẽ thành 0.",
    },
    "en": {
        "app.title": "Provincial governance indices",
        "app.caption": "PAR INDEX · SIPAS · PCI · PAPI · DTI — figures as their publishers released them",
        "nav.overview": "Overview", "nav.profile": "Province profile", "nav.rankings": "Rankings",
        "nav.compare": "Compare", "nav.regions": "Regions", "nav.data": "Data", "nav.sources": "Sources & method",
        "lang.label": "Language", "pick.index": "Index", "pick.year": "Year", "pick.indicator": "Indicator",
        "pick.geo": "Geography", "geo.63": "63 provinces (to 30 Jun 2025)", "geo.34": "34 provinces (from 1 Jul 2025)",
        "pick.province": "Province", "pick.provinces": "Provinces to compare (2–6)", "pick.region": "Region",
        "region.all": "Whole country",
        "notice.bad_param": "URL parameter “{name}” is not valid ({value}); the default is used instead.",
        "status.published": "Published", "status.derived": "Derived", "status.not_published": "Not published",
        "status.missing": "Missing",
        "rank.partial": "{rank} of the {n} with a value",
        "rank.region_partial": "{rank} of the {n} in the region with a value",
        "col.rank": "Rank", "col.province": "Province", "col.value": "Score", "col.status": "Status",
        "col.change": "Score change", "col.rank_change": "Rank change", "col.region_rank": "Rank in region",
        "col.region": "Region", "col.source": "Source", "col.year": "Year", "col.index": "Index",
        "col.percentile": "Percentile", "col.indicator": "Indicator", "col.points_lost": "Points lost",
        "col.region_mean": "Region mean", "col.best": "Best", "col.best_province": "Best province",
        "col.gap_best": "Gap to best", "col.n": "Provinces with a value", "col.mean": "Mean",
        "col.published_mean": "Regional mean as published", "col.tier": "Group",
        "overview.title": "{index} {year}", "overview.leaderboard": "Leaderboard",
        "overview.map": "Map", "overview.national_mean": "National mean",
        "overview.best": "Leader", "overview.n_values": "Provinces with a value",
        "overview.region_means": "Regional means", "overview.movers": "Biggest moves since {year}",
        "overview.movers_none": "No earlier year with a full ranking to compare.",
        "overview.click_hint": "Click a province on the map to open its profile.",
        "overview.paracel": "Hoàng Sa (Paracel) Islands (Đà Nẵng)", "overview.spratly":
        "Trường Sa (Spratly) Islands (Khánh Hòa)",
        "partial.note": "Partial table: {n} of {total} provinces. {note}",
        "empty.none": "{index} {year}: no figures in our sources. {note}",
        "break.note": "Method change in {year}: {note}",
        "profile.region": "{region}", "profile.scorecard": "The indices",
        "profile.rank": "Rank {rank}", "profile.region_rank": "In region: {rank}",
        "profile.no_data": "No data", "profile.change": "{delta} since {year}",
        "profile.trends": "Over the years", "profile.components": "Components",
        "profile.components_none": "No component scores of {index} for this province.",
        "profile.peers": "Provinces of the same region — {index} {year}", "profile.percentile": "Percentile {p:.0f}",
        "profile.print": "To print: use the browser's Print (Ctrl+P) and choose Save as PDF.",
        "rankings.title": "{index} {year} ranking", "rankings.bump": "Ranks over the years",
        "rankings.bump_pick": "Provinces on the rank chart",
        "compare.title": "Compare provinces", "compare.need": "Choose 2 to 6 provinces.",
        "compare.lines": "{index} over the years", "compare.components": "Components in {year}",
        "compare.gaps": "Gaps", "regions.title": "The six socio-economic regions",
        "regions.means": "Regional means over the years (from the figures we have)",
        "regions.low_coverage": "A regional mean is not drawn for a year with figures for fewer than half of the "
        "region's provinces (partial tables); see the statistics below.",
        "regions.published": "Regional mean as published", "regions.spread": "Spread within each region, {year}",
        "regions.table": "Regional statistics, {year}",
        "data.title": "Data", "data.preview": "Preview ({n} rows)", "data.filtered": "Download what you see",
        "data.all": "Download everything", "data.readme": "Download README (columns, statuses, sources)",
        "data.indices": "Indices", "data.years": "Years", "data.prepare_excel": "Make an Excel file",
        "import.title": "Import a publisher's file", "import.file": "File (.xlsx, .xls, .csv, .html)",
        "import.help_preview": "Check a file against the warehouse: validation report and differences. Nothing is "
        "stored (VNGOV_IMPORT=preview).",
        "import.help_store": "Check a file, then store it under data/raw/ for the next build (VNGOV_IMPORT=store). "
        "A file that disagrees with a published figure is refused.",
        "import.spec": "Layout (spec)", "import.from_spec": "as the spec says",
        "import.store": "Store for the next build",
        "import.stored": "Stored as {path}. Run `python -m etl build` to load it.",
        "import.refused": "Refused: nothing can be stored. Problems and conflicts:",
        "import.refused_diff": "The figures as read from the file, against the warehouse ({counts}); nothing is "
                               "stored: see the problems above for the figures they touch.",
        "import.ok": "The file passes every check of the build. Differences: {counts}.",
        "sources.title": "Sources & method", "sources.coverage": "Coverage (headline totals)",
        "sources.breaks": "Method breaks", "sources.crosswalk": "2025 merger: 63 → 34 provinces",
        "sources.list": "Sources", "sources.credit": "Administrative boundaries courtesy of geoBoundaries.org "
        "(Runfola et al. 2020), public domain. The 34-province map is derived from it by this project. Hoàng Sa "
        "and Trường Sa are Vietnamese territory.",
        "sources.statuses": "Published: read from the publisher's table or a source reporting it. Derived: computed "
        "by us or the data compiler (PAPI totals from 2017, ranks from complete tables, 34-province figures from "
        "the former provinces). Not published: withheld by the publisher. Missing: not in our sources — never "
        "drawn as zero.",
    },
}


def lang() -> str:
    value = st.session_state.get("lang", "vi")
    return value if value in LANGS else "vi"


def t(key: str, **values: object) -> str:
    text = STRINGS[lang()].get(key) or STRINGS["vi"][key]
    return text.format(**values) if values else text


def pick(row: object, field: str) -> str:
    """The vi or en variant of a field (name_vi / name_en) from a row or dict."""
    suffix = "_en" if lang() == "en" else "_vi"
    getter = row.get if isinstance(row, dict) else lambda k: getattr(row, k, None)
    return getter(field + suffix) or getter(field + "_vi") or ""
