"""The vi/en string tables and `t()`. Vietnamese is the default language."""

from __future__ import annotations

import pandas as pd
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
        "region.all": "Cả nước", "pick.no_results": "Không tìm thấy kết quả",
        "pick.too_many": "Chọn tối đa {n} tỉnh: chỉ giữ {n} tỉnh đầu tiên.",
        "notice.bad_param": "Tham số “{name}” không hợp lệ ({value}); đã dùng giá trị mặc định.",
        "notice.provinces_trimmed": "Tham số “provinces” ({value}) nêu quá 6 tỉnh; đã giữ {n} tỉnh đầu: {kept}.",
        "notice.provinces_dropped": "Tham số “provinces” ({value}) có tên không hợp lệ hoặc lặp lại; đã bỏ các tên "
        "đó và giữ: {kept}.",
        "status.published": "Công bố", "status.derived": "Tính toán", "status.not_published": "Không công bố",
        "status.missing": "Chưa có điểm",
        "rank.partial": "{rank} trong {n} tỉnh có số liệu",
        "rank.region_partial": "{rank} trong {n} tỉnh có số liệu của vùng",
        "rank.region_partial_note": "Hạng trong số tỉnh có số liệu của vùng.",
        "col.rank": "Hạng", "col.province": "Tỉnh, thành phố", "col.value": "Điểm", "col.status": "Trạng thái",
        "col.change": "Thay đổi điểm", "col.rank_change": "Thay đổi hạng", "col.rank_change_short": "± hạng",
        "col.rank_change_since": "Thay đổi hạng so với {year}; trống nếu tỉnh không có hạng năm {year}",
        "col.status_short": "TT",
        "rankings.more": "Thêm cột: thay đổi điểm, hạng trong vùng, nguồn", "col.region_rank": "Hạng trong vùng",
        "col.region": "Vùng", "col.source": "Nguồn", "col.year": "Năm",
        "col.indicator": "Chỉ tiêu", "col.points_lost": "Điểm còn thiếu",
        "col.region_mean": "TB vùng", "col.best": "Cao nhất",
        "rank.basis_published": "Hạng do cơ quan công bố in.", "rank.basis_computed": "Hạng tính từ điểm.",
        "rank.basis_mixed": "† Hạng tính từ điểm; các hạng khác do cơ quan công bố in.",
        "profile.best_of": ", trong {n} tỉnh có điểm",
        "col.gap_best": "Cách tỉnh cao nhất", "profile.rank": "Hạng {rank}",
        "col.n": "Số tỉnh có số liệu", "col.mean": "Trung bình",
        "col.mean_of_those": "TB của các tỉnh có số liệu",
        "col.published_mean": "TB vùng do nguồn công bố", "col.tier": "Nhóm",
        "overview.title": "{index} {year}", "overview.leaderboard": "Bảng xếp hạng",
        "overview.national_mean": "Trung bình cả nước",
        "compare.is_best": "cao nhất cả nước",
        "overview.movers_among": "Chỉ trong {n} trên {total} tỉnh có hạng cả hai năm.",
        "overview.mean_34_derived": "Trung bình của 34 tỉnh mới (từ số liệu các tỉnh cũ)",
        "overview.best": "Dẫn đầu", "overview.n_values": "Số tỉnh có điểm",
        "overview.region_means": "Trung bình theo vùng", "overview.movers": "Thay đổi lớn nhất so với {year}",
        "overview.movers_none": "Không có năm trước để so sánh thứ hạng đầy đủ.",
        "overview.click_hint": "Bấm vào một tỉnh trên bản đồ để mở hồ sơ tỉnh.",
        "overview.map_label": "Bản đồ {index} {year} theo tỉnh; số liệu từng tỉnh ở bảng xếp hạng.",
        "overview.paracel": "Quần đảo Hoàng Sa (Đà Nẵng)", "overview.spratly": "Quần đảo Trường Sa (Khánh Hòa)",
        "partial.note": "Bảng chưa đầy đủ: {n_ranks} trên {total} tỉnh có hạng, {n_values} có điểm. {note}",
        "empty.none": "{index} {year}: chưa có số liệu nào trong nguồn. {note}",
        "empty.none_34": "{index} {year}: chưa có số liệu theo 34 tỉnh: số liệu của một tỉnh mới chỉ có khi mọi tỉnh "
        "cũ hợp thành đều có. Chọn 63 tỉnh để xem số liệu của năm này.",
        "break.note": "Thay đổi phương pháp năm {year}: {note}",
        "profile.region": "Vùng {region}", "profile.scorecard": "Các chỉ số",
        "profile.region_rank": "Trong vùng: {rank}",
        "profile.no_data": "Chưa có số liệu", "profile.change": "{delta} so với {year}",
        "profile.trends": "Diễn biến qua các năm", "profile.components": "Chỉ số thành phần",
        "profile.components_none": "Không có chỉ số thành phần cho {index} của tỉnh này.",
        "profile.peers": "Các tỉnh cùng vùng — {index} {year}", "profile.percentile": "Bách phân vị {p:.0f}",
        "profile.print": "Để in: dùng chức năng In của trình duyệt (Ctrl+P), chọn Lưu dưới dạng PDF.",
        "profile.make_pdf": "Tạo bản tóm tắt PDF", "profile.pdf": "Tải bản tóm tắt (PDF, A4)", "col.index": "Chỉ số",
        "rankings.title": "Xếp hạng {index} {year}", "rankings.bump": "Thứ hạng qua các năm",
        "rankings.bump_pick": "Tỉnh trên biểu đồ thứ hạng",
        "rankings.table_label": "Bảng xếp hạng {index} {year}",
        "rankings.table_hint": "Bấm vào tiêu đề cột để sắp xếp, vào tên tỉnh để xem hồ sơ.",
        "compare.title": "So sánh các tỉnh",
        "compare.lines": "{index} qua các năm", "compare.components": "Chỉ số thành phần năm {year}",
        "regions.title": "Sáu vùng kinh tế - xã hội",
        "regions.means": "Trung bình vùng qua các năm",
        "regions.means_note": "Trung bình tính từ số liệu có sẵn.",
        "regions.low_coverage": "Năm nào có số liệu của dưới một nửa số tỉnh trong vùng thì không vẽ trung bình vùng "
        "(bảng chưa đầy đủ); xem bảng thống kê bên dưới.",
        "regions.published": "TB vùng do nguồn công bố", "regions.spread": "Phân bố trong từng vùng năm {year}",
        "regions.no_means": "Không vẽ được trung bình vùng của {index}: năm nào cũng chỉ có số liệu của dưới một nửa "
        "số tỉnh trong mỗi vùng, và nguồn không công bố trung bình vùng.",
        "regions.no_scores": "{index} {year}: chưa tỉnh nào có điểm ở địa giới này, nên không vẽ được phân bố trong "
        "từng vùng.",
        "regions.click_hint": "Mỗi điểm là một tỉnh: bấm vào để mở hồ sơ tỉnh.",
        "regions.spread_label": "Biểu đồ phân bố {index} {year} theo vùng; số liệu từng tỉnh ở bảng dưới.",
        "regions.box": "{region}: {n} tỉnh, trung vị {median}, một nửa số tỉnh trong khoảng {q1}–{q3}",
        "regions.table": "Thống kê theo vùng năm {year}",
        "regions.focus": "{region}: các tỉnh năm {year}",
        "regions.focus_ranks": "thứ hạng các tỉnh của vùng qua các năm",
        "data.title": "Dữ liệu",
        "data.preview": "Xem trước: {rows} dòng, {shown} trong {total} cột (tệp tải về có đủ các cột)",
        "data.filtered": "Tải phần đang xem",
        "data.all": "Tải toàn bộ (CSV, {n} dòng)", "data.readme": "Tải README (cột, trạng thái, nguồn)",
        "data.indices": "Các chỉ số", "data.years": "Khoảng năm", "data.prepare_excel": "Tạo tệp Excel",
        "data.provinces": "Tỉnh, thành phố", "data.all_provinces": "Tất cả các tỉnh", "data.indicators": "Chỉ tiêu",
        "data.all_indicators": "Tất cả các chỉ tiêu",
        "import.title": "Nhập tệp của cơ quan công bố",
        "import.file": "Tệp (.xlsx, .xls, .csv, .html, .pdf, ảnh quét .png/.jpg)",
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
        "sources.methods": "Cách xây dựng từng chỉ số", "sources.changes": "Những thay đổi phương pháp",
        "method.publisher": "Cơ quan công bố", "method.survey": "Nguồn số liệu, điều tra", "method.scale": "Thang điểm",
        "method.built": "Cách tính", "method.release": "Thời điểm công bố", "method.all_years": "mọi năm",
        "method.share": "một phần của tổng điểm (thay đổi theo năm)",
        "col.max_points": "Điểm tối đa", "col.years": "Các năm", "col.n_figures": "Số liệu",
        "col.new_code": "Mã tỉnh mới", "col.new_province": "Tỉnh mới", "col.old_code": "Mã tỉnh cũ",
        "col.old_province": "Tỉnh cũ", "col.file": "Tệp", "col.publisher": "Cơ quan công bố", "col.title": "Tài liệu",
        "col.link": "Liên kết", "col.licence": "Điều kiện sử dụng", "col.accessed": "Ngày truy cập",
        "import.confirm_title": "Ô cần xác nhận ({n})",
        "import.confirm_help": "Các ô này đọc bằng OCR với độ tin cậy thấp hoặc không qua được kiểm tra chéo của dòng. "
        "Nhìn ảnh cắt của ô, ghi vào cột «Xác nhận» đúng giá trị in trên trang, rồi bấm «Áp dụng». Không lưu gì khi "
        "còn ô chưa xác nhận.",
        "import.confirm_apply": "Áp dụng các ô đã xác nhận", "import.confirm_reset": "Bỏ các xác nhận",
        "import.confirmed_count": "Đã xác nhận {n} ô; giá trị xác nhận được dùng thay cho giá trị đọc được.",
        "import.col_page": "Trang", "import.col_row": "Dòng", "import.col_column": "Cột",
        "import.col_header": "Tiêu đề",
        "import.col_read": "Đọc được", "import.col_reason": "Lý do", "import.col_candidates": "Gợi ý",
        "import.col_confidence": "Độ tin cậy", "import.col_confirmed": "Xác nhận",
        "sources.title": "Nguồn & phương pháp", "sources.coverage": "Độ phủ số liệu (tổng điểm)",
        "sources.crosswalk": "Sáp nhập 2025: 63 → 34 tỉnh",
        "sources.list": "Danh mục nguồn", "sources.credit": "Ranh giới hành chính: geoBoundaries.org "
        "(Runfola et al. 2020), phạm vi công cộng. Bản đồ 34 tỉnh do dự án dựng từ đó. Hoàng Sa và Trường Sa "
        "là lãnh thổ Việt Nam.",
        "overview.mean_published": "Trung bình cả nước (nguồn công bố)",
        "overview.mean_partial": "Trung bình của {n} tỉnh có số liệu",
        "overview.best_partial": "Dẫn đầu trong {n} tỉnh có số liệu",
        "col.basis": "Cách tính", "basis.published": "Nguồn công bố", "basis.complete": "Đủ {n}/{total} tỉnh",
        "basis.partial": "Chỉ {n}/{total} tỉnh có số liệu",
        "profile.members": "Hợp nhất từ: {names}.", "profile.how_published": "Công bố cho đơn vị 34 tỉnh",
        "profile.how_mean": "Trung bình của {n} tỉnh cũ", "profile.how_same": "Số liệu của tỉnh trước sáp nhập",
        "profile.unmerged": "Không sáp nhập: vẫn là {name} như trước 1/7/2025.",
        "profile.how_missing": "Chỉ {k}/{n} tỉnh cũ có số liệu",
        "profile.older": "{index} {latest}: chưa có số liệu của {name}; năm gần nhất có là {year}.",
        "profile.one_point": "Chỉ có một năm có số liệu: {year}, {what}.",
        "profile.components_year": "{index} {year} không có chỉ số thành phần của tỉnh này; dưới đây là năm "
        "{comp_year}, năm gần nhất có.",
        "profile.moved": "Điều gì làm thay đổi hạng {index} {year} (so với {prev})",
        "profile.moved_none": "Không có điểm thành phần {index} năm {year} và năm trước đó để so sánh.",
        "profile.moved_break": "{index} đổi phương pháp giữa {prev} và {year}: thay đổi điểm thành phần không so "
        "sánh được.",
        "profile.peers_marked": "▶ đánh dấu {name}.",
        "profile.peers_partial": " Năm này chỉ {n} trên {total} tỉnh của vùng có số liệu.",
        "col.rank_of": "Trên",
        "rank.partial_note": "Hạng trong {n} tỉnh có số liệu (nguồn không công bố hạng của tỉnh này).",
        "compare.need_more": "Chọn ít nhất 2 tỉnh để so sánh (đang chọn {n}).",
        "compare.no_scores": "{index}: nguồn không có điểm của các tỉnh này. {note}",
        "compare.year_table": "{index} {year}: điểm, hạng và khoảng cách", "col.gap_first": "Cách {name}",
        "compare.gaps_best": "Khoảng cách tới tỉnh cao nhất cả nước qua các năm",
        "compare.rank_only": "Có hạng nhưng không có điểm (không có trên biểu đồ điểm): {names}.",
        "compare.components_other": "{index} {year} không có chỉ số thành phần của các tỉnh này; dưới đây là năm "
        "{comp_year}, năm gần nhất có.",
        "compare.components_none": "{index}: nguồn không có chỉ số thành phần của các tỉnh này đến năm {year}.",
        "sources.statuses": "Công bố: đọc từ bảng của cơ quan hoặc nguồn đưa tin. Tính toán: do chúng tôi hoặc người "
        "tổng hợp tính (tổng PAPI từ 2017, hạng từ bảng đầy đủ, số liệu 34 tỉnh từ tỉnh cũ). Không công bố: cơ quan "
        "không công bố. Chưa có điểm: điểm không có trong nguồn (hạng, nếu có, vẫn hiển thị) — không bao giờ "
        "được vẽ thành 0.",
    },
    "en": {
        "app.title": "Provincial governance indices",
        "app.caption": "PAR INDEX · SIPAS · PCI · PAPI · DTI — figures as their publishers released them",
        "nav.overview": "Overview", "nav.profile": "Province profile", "nav.rankings": "Rankings",
        "nav.compare": "Compare", "nav.regions": "Regions", "nav.data": "Data", "nav.sources": "Sources & method",
        "lang.label": "Language", "pick.index": "Index", "pick.year": "Year", "pick.indicator": "Indicator",
        "pick.geo": "Geography", "geo.63": "63 (to 30 Jun 2025)", "geo.34": "34 (from 1 Jul 2025)",
        "pick.province": "Province", "pick.provinces": "Provinces to compare (2–6)", "pick.region": "Region",
        "region.all": "Whole country", "pick.no_results": "No results",
        "pick.too_many": "Choose at most {n} provinces: only the first {n} are kept.",
        "notice.bad_param": "URL parameter “{name}” is not valid ({value}); the default is used instead.",
        "notice.provinces_trimmed": "URL parameter “provinces” ({value}) lists more than 6 provinces; the first {n} "
        "are kept: {kept}.",
        "notice.provinces_dropped": "URL parameter “provinces” ({value}) has names that are not valid or repeated; "
        "they are dropped and these kept: {kept}.",
        "status.published": "Published", "status.derived": "Derived", "status.not_published": "Not published",
        "status.missing": "No score",
        "rank.partial": "{rank} of the {n} with a value",
        "rank.region_partial": "{rank} of the {n} in the region with a value",
        "rank.region_partial_note": "Rank among the region's provinces with a value.",
        "col.rank": "Rank", "col.province": "Province", "col.value": "Score", "col.status": "Status",
        "col.change": "Score change", "col.rank_change": "Rank change", "col.rank_change_short": "± rank",
        "col.rank_change_since": "Rank change since {year}; blank where the province had no rank in {year}",
        "col.status_short": "St.",
        "rankings.more": "More columns: score change, rank in region, source", "col.region_rank": "Rank in region",
        "col.region": "Region", "col.source": "Source", "col.year": "Year",
        "col.indicator": "Indicator", "col.points_lost": "Points lost",
        "col.region_mean": "Region mean", "col.best": "Best",
        "rank.basis_published": "Ranks as the publisher printed them.",
        "rank.basis_computed": "Ranks computed from the scores.",
        "rank.basis_mixed": "† Rank computed from the scores; the others as the publisher printed them.",
        "profile.best_of": ", of the {n} with a score",
        "col.gap_best": "Gap to best", "profile.rank": "Rank {rank}",
        "col.n": "Provinces with a value", "col.mean": "Mean",
        "col.mean_of_those": "Mean of the provinces with a value",
        "col.published_mean": "Regional mean as published", "col.tier": "Group",
        "overview.title": "{index} {year}", "overview.leaderboard": "Leaderboard",
        "overview.national_mean": "National mean",
        "compare.is_best": "the country's best",
        "overview.movers_among": "Only among the {n} of {total} provinces ranked in both years.",
        "overview.mean_34_derived": "Mean of the 34 new provinces (from the former provinces' figures)",
        "overview.best": "Leader", "overview.n_values": "Provinces with a score",
        "overview.region_means": "Regional means", "overview.movers": "Biggest moves since {year}",
        "overview.movers_none": "No earlier year with a full ranking to compare.",
        "overview.click_hint": "Click a province on the map to open its profile.",
        "overview.map_label": "Map of {index} {year} by province; each province's figure is in the leaderboard.",
        "overview.paracel": "Hoang Sa (Paracel) Islands (Da Nang)", "overview.spratly":
        "Truong Sa (Spratly) Islands (Khanh Hoa)",
        "partial.note": "Partial table: {n_ranks} of {total} provinces have a rank, {n_values} a score. {note}",
        "empty.none": "{index} {year}: no figures in our sources. {note}",
        "empty.none_34": "{index} {year}: no 34-province figures: a merged province has one only when every former "
        "province in it has one. Choose 63 provinces to see this year's figures.",
        "break.note": "Method change in {year}: {note}",
        "profile.region": "{region}", "profile.scorecard": "The indices",
        "profile.region_rank": "In region: {rank}",
        "profile.no_data": "No data", "profile.change": "{delta} since {year}",
        "profile.trends": "Over the years", "profile.components": "Components",
        "profile.components_none": "No component scores of {index} for this province.",
        "profile.peers": "Provinces of the same region — {index} {year}", "profile.percentile": "Percentile {p:.0f}",
        "profile.print": "To print: use the browser's Print (Ctrl+P) and choose Save as PDF.",
        "profile.make_pdf": "Make a PDF briefing", "profile.pdf": "Download the briefing (PDF, A4)",
        "col.index": "Index",
        "rankings.title": "{index} {year} ranking", "rankings.bump": "Ranks over the years",
        "rankings.bump_pick": "Provinces on the rank chart",
        "rankings.table_label": "{index} {year} ranking table",
        "rankings.table_hint": "Click a column's header to sort by it, a province's name to open its profile.",
        "compare.title": "Compare provinces",
        "compare.lines": "{index} over the years", "compare.components": "Components in {year}",
        "regions.title": "The six socio-economic regions",
        "regions.means": "Regional means over the years",
        "regions.means_note": "Means of the figures we have.",
        "regions.low_coverage": "A regional mean is not drawn for a year with figures for fewer than half of the "
        "region's provinces (partial tables); see the statistics below.",
        "regions.published": "Regional mean as published", "regions.spread": "Spread within each region, {year}",
        "regions.no_means": "No regional mean of {index} is drawn: in every year, under half of each region's "
        "provinces have a figure, and the publisher printed no regional average.",
        "regions.no_scores": "{index} {year}: no province has a score in this geography, so there is no spread "
        "within the regions.",
        "regions.click_hint": "Each point is a province: click it to open its profile.",
        "regions.spread_label": "Chart of {index} {year} by region; each province's figure is in the table below.",
        "regions.box": "{region}: {n} provinces, median {median}, half of them between {q1} and {q3}",
        "regions.table": "Regional statistics, {year}",
        "regions.focus": "{region}: its provinces in {year}",
        "regions.focus_ranks": "the region's provinces' ranks over the years",
        "data.title": "Data",
        "data.preview": "Preview: {rows} rows, {shown} of {total} columns (the downloads carry them all)",
        "data.filtered": "Download what you see",
        "data.all": "Download everything (CSV, {n} rows)",
        "data.readme": "Download README (columns, statuses, sources)",
        "data.indices": "Indices", "data.years": "Years", "data.prepare_excel": "Make an Excel file",
        "data.provinces": "Provinces", "data.all_provinces": "Every province", "data.indicators": "Indicators",
        "data.all_indicators": "Every indicator",
        "import.title": "Import a publisher's file",
        "import.file": "File (.xlsx, .xls, .csv, .html, .pdf, a scan as .png/.jpg)",
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
        "sources.methods": "How each index is built", "sources.changes": "Method changes",
        "method.publisher": "Publisher", "method.survey": "Data and survey", "method.scale": "Scale",
        "method.built": "How it is computed", "method.release": "Release", "method.all_years": "every year",
        "method.share": "a share of the total's points (varies by year)",
        "col.max_points": "Maximum points", "col.years": "Years",
        "col.n_figures": "Figures",
        "col.new_code": "New code", "col.new_province": "New province", "col.old_code": "Former code",
        "col.old_province": "Former province", "col.file": "File", "col.publisher": "Publisher",
        "col.title": "Document",
        "col.link": "Link", "col.licence": "Terms of use", "col.accessed": "Accessed",
        "import.confirm_title": "Cells to confirm ({n})",
        "import.confirm_help": "These cells were read by OCR with low confidence or failed a cross-check of their row. "
        "Look at the crop of each cell, type in 'Confirmed' the value the page shows, then press 'Apply'. Nothing is "
        "stored while a cell is still to confirm.",
        "import.confirm_apply": "Apply the confirmed cells", "import.confirm_reset": "Drop the confirmations",
        "import.confirmed_count": "{n} cell(s) confirmed; the confirmed value is used instead of what was read.",
        "import.col_page": "Page", "import.col_row": "Row", "import.col_column": "Column",
        "import.col_header": "Header",
        "import.col_read": "Read", "import.col_reason": "Reason", "import.col_candidates": "Candidates",
        "import.col_confidence": "Confidence", "import.col_confirmed": "Confirmed",
        "sources.title": "Sources & method", "sources.coverage": "Coverage (headline totals)",
        "sources.crosswalk": "2025 merger: 63 → 34 provinces",
        "sources.list": "Sources", "sources.credit": "Administrative boundaries courtesy of geoBoundaries.org "
        "(Runfola et al. 2020), public domain. The 34-province map is derived from it by this project. Hoang Sa "
        "(Paracel) and Truong Sa (Spratly) are Vietnamese territory.",
        "overview.mean_published": "National mean (as published)",
        "overview.mean_partial": "Mean of the {n} provinces with a figure",
        "overview.best_partial": "Leader among the {n} with a figure",
        "col.basis": "Basis", "basis.published": "As published", "basis.complete": "All {n}/{total} provinces",
        "basis.partial": "Only {n}/{total} provinces with a figure",
        "profile.members": "Formed from: {names}.", "profile.how_published": "Published for the 34 units",
        "profile.how_mean": "Mean of its {n} former provinces",
        "profile.how_same": "The province's own figure from before the merger",
        "profile.unmerged": "Not merged: the same {name} as before 1 July 2025.",
        "profile.how_missing": "Only {k} of its {n} former provinces have a figure",
        "profile.older": "{index} {latest}: no figure for {name}; the latest is {year}.",
        "profile.one_point": "Only one year with a figure: {year}, {what}.",
        "profile.components_year": "{index} {year} has no component scores for this province; below is "
        "{comp_year}, the latest with them.",
        "profile.moved": "What moved the {index} {year} rank (against {prev})",
        "profile.moved_none": "No component scores of {index} in {year} and an earlier year to compare.",
        "profile.moved_break": "{index} changed its method between {prev} and {year}: the components' changes are "
        "not comparable.",
        "profile.peers_marked": "▶ marks {name}.",
        "profile.peers_partial": " That year only {n} of the region's {total} provinces have a figure.",
        "col.rank_of": "Out of",
        "rank.partial_note": "Rank among the {n} with a value (the source printed no rank for this province).",
        "compare.need_more": "Choose at least 2 provinces to compare ({n} chosen).",
        "compare.no_scores": "{index}: our sources have no scores for these provinces. {note}",
        "compare.year_table": "{index} {year}: scores, ranks and gaps", "col.gap_first": "Gap to {name}",
        "compare.gaps_best": "Gap to the best province in the country, year by year",
        "compare.rank_only": "A rank but no score (not on the score chart): {names}.",
        "compare.components_other": "{index} {year} has no component scores for these provinces; below is "
        "{comp_year}, the latest with them.",
        "compare.components_none": "{index}: our sources have no component scores for these provinces up to {year}.",
        "sources.statuses": "Published: read from the publisher's table or a source reporting it. Derived: computed "
        "by us or the data compiler (PAPI totals from 2017, ranks from complete tables, 34-province figures from "
        "the former provinces). Not published: withheld by the publisher. No score: the score is not in our sources "
        "(a rank, where there is one, still shows) — never drawn as zero.",
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


def pick_column(frame: pd.DataFrame, field: str) -> pd.Series:
    """The vi or en column of a field for every row (`pick` over a whole table): English mode shows the English
    names everywhere, tables and charts included, never a mix of both."""
    vi = frame[field + "_vi"]
    en = frame.get(field + "_en")
    return vi if lang() == "vi" or en is None else en.where(en.notna() & (en != ""), vi)


# The groups the publishers print (PCI's tiers) as they print them, and in English.
TIERS = {"Rất tốt": "Very good", "Tốt": "Good", "Khá": "Fairly good", "Trung bình": "Average",
         "Tương đối thấp": "Relatively low", "Thấp": "Low"}


def tier(name: str) -> str:
    """A publisher's group name in the screen's language; a name we do not know shows as printed."""
    return TIERS.get(name[:1].upper() + name[1:], name) if lang() == "en" else name


# Targets (issue 13): the /targets page, the profile's targets and what-if, the target marker on the rankings page.
STRINGS["vi"] |= {
    "nav.targets": "Mục tiêu",
    "targets.title": "Mục tiêu của các tỉnh và kết quả",
    "targets.intro": "Mục tiêu do Tỉnh ủy, HĐND, UBND tỉnh đặt ra trong nghị quyết, kế hoạch, đặt cạnh kết quả do cơ "
    "quan công bố. “Đạt” chỉ khi có hạng công bố hoặc hạng trên bảng đầy đủ; hạng tính trên bảng chưa đầy đủ chỉ "
    "có thể chứng minh “không đạt”. Kết quả hiển thị là của năm gần nhất đã có kết luận.",
    "targets.all": "Tất cả", "pick.status": "Kết quả", "pick.target_province": "Tỉnh, thành phố",
    "pick.target_year": "Năm của mục tiêu",
    "target.status.met": "Đạt", "target.status.missed": "Không đạt",
    "target.status.cannot_tell": "Chưa xác định", "target.status.pending": "Chưa công bố",
    "target.reason.no_figure": "không có số liệu của tỉnh năm đó",
    "target.reason.places_taken": "tỉnh không có hạng năm đó, nhưng các hạng cần đạt đã thuộc các tỉnh khác",
    "targets.best_rank": "cao nhất là hạng {rank}",
    "targets.against": "so với hạng {rank} năm {year}",
    "target.reason.partial_rank": "hạng tính trên bảng chưa đầy đủ",
    "target.reason.no_group": "nguồn không xếp nhóm năm đó",
    "target.reason.groups_not_in_data": "dữ liệu chưa có các nhóm mà nguồn xếp",
    "target.reason.group_unknown": "nguồn không dùng nhóm này",
    "target.reason.no_year": "mục tiêu không nêu năm", "target.reason.no_earlier_rank": "thiếu hạng năm so sánh",
    "target.reason.no_base": "mục tiêu không nêu năm bắt đầu",
    "target.reason.geography_changed": "địa giới đổi từ 63 sang 34 tỉnh",
    "target.reason.merged": "tỉnh đã sáp nhập, không còn số liệu riêng",
    "target.reason.not_published": "chưa công bố",
    "target.kind.rank_at_most": "Hạng {n} trở lên", "target.kind.score_at_least": "Đạt từ {n} điểm",
    "target.kind.score_scaled": "Đạt từ {n} điểm ({value} theo thang của chỉ số)",
    "target.kind.rank_gain_at_least": "Tăng ít nhất {n} bậc", "target.kind.group": "Thuộc nhóm “{n}”",
    "target.kind.keep_rank": "Giữ hạng {n}", "target.kind.keep_position": "Giữ vị trí",
    "target.kind.improve": "Cải thiện",
    "col.target": "Mục tiêu", "col.span": "Thời hạn", "col.result": "Kết quả", "col.result_year": "Năm xét",
    "col.reason": "Lý do", "col.took": "Điểm của hạng mục tiêu", "col.gap": "Chênh lệch", "col.document": "Văn bản",
    "col.issued_by": "Cơ quan", "col.result_value": "Kết quả năm xét",
    "targets.counts": "Số mục tiêu theo kết quả", "targets.none": "Không có mục tiêu nào khớp bộ lọc.",
    "targets.chart": "{province}: mục tiêu và kết quả {index}",
    "targets.chart_hint": "Chọn một tỉnh để xem biểu đồ mục tiêu và kết quả qua các năm.",
    "targets.target_line": "Mục tiêu", "targets.download": "Tải CSV các mục tiêu đang hiển thị",
    "targets.not_all": "Chưa có mục tiêu của {n} tỉnh trong dữ liệu (không có nghĩa là tỉnh không đặt mục tiêu).",
    "profile.targets": "Mục tiêu của tỉnh",
    "profile.targets_none": "Chưa có mục tiêu nào của tỉnh trong dữ liệu (không có nghĩa là tỉnh không đặt mục tiêu).",
    "whatif.title": "Cần bao nhiêu điểm để đạt hạng?", "whatif.rank": "Hạng",
    "whatif.took": "{index} {year}: hạng {rank} là {by} với {took}.",
    "whatif.own": "{province} đạt {value} (hạng {own}): {gap}.",
    "whatif.short": "thiếu {x}", "whatif.ahead": "hơn {x}",
    "target.gap.on_target": "đạt đúng", "target.gap.rank_short": "thiếu {n} bậc",
    "target.gap.ranks_short": "thiếu {n} bậc", "target.gap.rank_ahead": "hơn {n} bậc",
    "target.gap.ranks_ahead": "hơn {n} bậc", "targets.chart_rank": "{province}: mục tiêu về hạng và kết quả {index}",
    "targets.chart_score": "{province}: mục tiêu về điểm và kết quả {index}",
    "whatif.none": "{index} {year}: dữ liệu không có hạng {rank} trên bảng đầy đủ hoặc hạng công bố.",
    "rankings.target": "Mục tiêu của {province}: {target} ({span}) · {year}: {status}",
    "rankings.target_chart": "{index} {year}: vị trí của {province} và hạng mục tiêu",
}
STRINGS["en"] |= {
    "nav.targets": "Targets",
    "targets.title": "Provincial targets and results",
    "targets.intro": "Targets set by provincial party committees, councils and people's committees in resolutions "
    "and plans, beside the results the publishers released. “Met” only on a published rank or a rank over a complete "
    "table; a rank computed over a partial table can only prove “missed”. The status shown is that of the latest "
    "year with a verdict.",
    "targets.all": "All", "pick.status": "Status", "pick.target_province": "Province",
    "pick.target_year": "Target year",
    "target.status.met": "Met", "target.status.missed": "Missed",
    "target.status.cannot_tell": "Cannot tell", "target.status.pending": "Pending",
    "target.reason.no_figure": "no figure for the province that year",
    "target.reason.places_taken": "no rank for the province that year, but the ranks it needed went to others",
    "targets.best_rank": "rank {rank} at best",
    "targets.against": "against rank {rank} in {year}",
    "target.reason.partial_rank": "rank over a partial table",
    "target.reason.no_group": "no group assigned by the publisher that year",
    "target.reason.groups_not_in_data": "the publisher's groups are not in our data",
    "target.reason.group_unknown": "the publisher uses no such group",
    "target.reason.no_year": "the target states no year",
    "target.reason.no_earlier_rank": "no rank for the year compared",
    "target.reason.no_base": "the target states no starting year",
    "target.reason.geography_changed": "the geography changed from 63 to 34 provinces",
    "target.reason.merged": "the province was merged: no figure of its own",
    "target.reason.not_published": "not yet published",
    "target.kind.rank_at_most": "Rank {n} or better", "target.kind.score_at_least": "Score {n} or more",
    "target.kind.score_scaled": "Score {n} or more ({value} on the index's scale)",
    "target.kind.rank_gain_at_least": "Up at least {n} places", "target.kind.group": "In group “{n}”",
    "target.kind.keep_rank": "Keep rank {n}", "target.kind.keep_position": "Keep its position",
    "target.kind.improve": "Improve",
    "col.target": "Target", "col.span": "Years", "col.result": "Status", "col.result_year": "Year judged",
    "col.reason": "Why", "col.took": "Score at the target rank", "col.gap": "Gap", "col.document": "Document",
    "col.issued_by": "Issued by", "col.result_value": "Result that year",
    "targets.counts": "Targets by status", "targets.none": "No target matches the filters.",
    "targets.chart": "{province}: targets and {index} results",
    "targets.chart_hint": "Choose a province to see its targets against its results over the years.",
    "targets.target_line": "Target", "targets.download": "Download the targets shown (CSV)",
    "targets.not_all": "{n} provinces have no target in the data (not found, not “no target”).",
    "profile.targets": "The province's targets",
    "profile.targets_none": "No target of this province is in the data (not found, not “no target”).",
    "whatif.title": "What does a rank take?", "whatif.rank": "Rank",
    "whatif.took": "{index} {year}: rank {rank} was {by} with {took}.",
    "whatif.own": "{province} had {value} (rank {own}): {gap}.",
    "whatif.short": "{x} short", "whatif.ahead": "{x} ahead",
    "target.gap.on_target": "on target", "target.gap.rank_short": "{n} rank short",
    "target.gap.ranks_short": "{n} ranks short", "target.gap.rank_ahead": "{n} rank ahead",
    "target.gap.ranks_ahead": "{n} ranks ahead", "targets.chart_rank": "{province}: rank targets and {index} results",
    "targets.chart_score": "{province}: score targets and {index} results",
    "whatif.none": "{index} {year}: the data has no rank {rank} from a complete table or a published rank.",
    "rankings.target": "{province}'s target: {target} ({span}) · {year}: {status}",
    "rankings.target_chart": "{index} {year}: {province}'s place and its target rank",
}
