"""Sentences and short texts written for testing the targets extractor (not quotes from any page, not product data),
with the targets a careful reader would list. DEV is what the patterns were written from; HELD_OUT was written at
the same time and is only measured (bench/targets_text.py), never used to tune the patterns.

A row is (province, index, kind, threshold, year_from, year_to); an empty list means the text must yield nothing
(a result, a district's or department's target, another statistic); `reported` says the text must be reported.
"""

from __future__ import annotations

from dataclasses import dataclass, field

Row = tuple[str, str, str, str, int | None, int | None]


@dataclass(frozen=True)
class Case:
    text: str
    rows: list[Row] = field(default_factory=list)
    reported: bool = False


LANG_SON_PLAN = "\n".join([
    "KẾ HOẠCH",
    "Cải thiện, nâng cao Chỉ số cải cách hành chính (PAR INDEX), Chỉ số hài lòng của người dân, tổ chức đối với sự "
    "phục vụ của cơ quan hành chính nhà nước (SIPAS) tỉnh Lạng Sơn năm 2024",
    "Thực hiện Nghị quyết số 76/NQ-CP ngày 15/7/2021 của Chính phủ; Kế hoạch số 02/KH-UBND ngày 05/01/2024 của UBND "
    "tỉnh về cải cách hành chính năm 2024, UBND tỉnh ban hành Kế hoạch như sau:",
    "I. MỤC ĐÍCH, YÊU CẦU",
    "1. Mục đích",
    "- Nâng cao nhận thức, trách nhiệm của người đứng đầu cơ quan, đơn vị.",
    "- Phấn đấu năm 2024 Chỉ số PAR INDEX của tỉnh tăng ít nhất 05 bậc so với năm 2023; Chỉ số SIPAS đạt từ 82% trở "
    "lên, nằm trong nhóm 40 tỉnh, thành phố.",
    "- 100% cơ quan, đơn vị cấp tỉnh, cấp huyện có kế hoạch cải thiện các chỉ số thành phần.",
    "2. Yêu cầu",
    "- Các sở, ban, ngành, UBND các huyện, thành phố phấn đấu Chỉ số CCHC đạt từ 80 điểm trở lên.",
    "II. NHIỆM VỤ, GIẢI PHÁP",
    "1. Tăng cường công tác chỉ đạo, điều hành.",
])

HA_TINH_NEWS = "\n".join([
    "Hà Tĩnh: Quyết tâm cải thiện Chỉ số PCI năm 2024",
    "Năm 2023, Chỉ số PCI của Hà Tĩnh đạt 66,31 điểm, xếp thứ 19/63 tỉnh, thành phố, giảm 5 bậc so với năm 2022. "
    "Trong khi đó, Nghệ An xếp thứ 12 và Quảng Bình xếp thứ 25.",
    "Để cải thiện thứ hạng, UBND tỉnh vừa ban hành Kế hoạch số 145/KH-UBND ngày 20/3/2024 với mục tiêu năm 2024 "
    "Chỉ số PCI của tỉnh nằm trong nhóm 15 tỉnh, thành phố dẫn đầu cả nước, điểm số đạt từ 68 điểm trở lên.",
    "Đến năm 2025, tỉnh phấn đấu PCI nằm trong nhóm 10 tỉnh, thành phố dẫn đầu.",
    "Kế hoạch cũng đặt mục tiêu 100% sở, ngành, địa phương có Chỉ số DDCI đạt từ 70 điểm trở lên.",
    "Ông Nguyễn Văn A, Giám đốc Sở Kế hoạch và Đầu tư cho biết, các chỉ số thành phần như Chi phí thời gian, Tính "
    "minh bạch cần được cải thiện mạnh.",
])

DEV: list[Case] = [
    Case("Phấn đấu năm 2024, Chỉ số PAR INDEX, SIPAS của tỉnh Bắc Giang nằm trong nhóm 20 tỉnh, thành phố dẫn đầu "
         "cả nước.",
         [("Bắc Giang", "par_index", "rank_at_most", "20", 2024, 2024),
          ("Bắc Giang", "sipas", "rank_at_most", "20", 2024, 2024)]),
    Case("KẾ HOẠCH Nâng cao Chỉ số PCI tỉnh Tuyên Quang năm 2024\nChỉ số PCI tăng từ 3-5 bậc so với năm 2023.",
         [("Tuyên Quang", "pci", "rank_gain_at_least", "3-5", 2024, 2024)]),
    Case("UBND tỉnh Lạng Sơn đặt mục tiêu năm 2023 Chỉ số SIPAS đạt trên 85%.",
         [("Lạng Sơn", "sipas", "score_at_least", "85", 2023, 2023)]),
    Case("Quảng Ninh phấn đấu duy trì vị trí trong nhóm 10 tỉnh dẫn đầu về Chỉ số PAR INDEX giai đoạn 2021–2025.",
         [("Quảng Ninh", "par_index", "keep_rank", "10", 2021, 2025)]),
    Case("Mục tiêu đến năm 2025, Chỉ số DTI của tỉnh Khánh Hòa đạt từ 0,6 điểm trở lên.",
         [("Khánh Hòa", "dti", "score_at_least", "0.6", None, 2025)]),
    Case("Phấn đấu năm 2024 Chỉ số PAPI của tỉnh Bắc Giang thuộc nhóm đạt điểm cao nhất.",
         [("Bắc Giang", "papi", "group", "cao nhất", 2024, 2024)]),
    Case("Tỉnh Bình Định phấn đấu năm 2023 Chỉ số PCI xếp vị trí 10 - 15/63 tỉnh, thành phố.",
         [("Bình Định", "pci", "rank_at_most", "15", 2023, 2023)]),
    Case("Nghị quyết số 09-NQ/TU của Tỉnh ủy Đắk Nông đặt mục tiêu đến năm 2025 Chỉ số DTI thuộc nhóm trung bình "
         "của cả nước.",
         [("Đắk Nông", "dti", "group", "trung bình", None, 2025)]),
    Case("Quảng Ninh quyết tâm giữ vững vị trí dẫn đầu Chỉ số PCI năm 2024.",
         [("Quảng Ninh", "pci", "keep_rank", "1", 2024, 2024)]),
    Case("Tỉnh Hải Dương phấn đấu Chỉ số PCI tăng ít nhất 2 bậc so với năm 2022.",
         [("Hải Dương", "pci", "rank_gain_at_least", "2", 2023, 2023)]),
    Case("Kế hoạch số 87/KH-UBND ngày 10/3/2024 của UBND tỉnh Bắc Giang đặt chỉ tiêu Chỉ số SIPAS năm 2024 đạt từ "
         "90% trở lên.",
         [("Bắc Giang", "sipas", "score_at_least", "90", 2024, 2024)]),
    Case("Tỉnh Vĩnh Phúc phấn đấu giai đoạn 2021-2025 Chỉ số PCI luôn nằm trong top 15 cả nước.",
         [("Vĩnh Phúc", "pci", "rank_at_most", "15", 2021, 2025)]),
    Case("Mục tiêu năm 2024: Chỉ số PCI của tỉnh Thừa Thiên Huế thuộc nhóm Tốt.",
         [("Thừa Thiên Huế", "pci", "group", "Tốt", 2024, 2024)]),
    Case("KẾ HOẠCH Cải thiện Chỉ số PAPI tỉnh Long An năm 2018",
         [("Long An", "papi", "improve", "", 2018, 2018)]),
    Case("Tỉnh Nghệ An phấn đấu năm 2025 Chỉ số PCI nằm trong nhóm 15 tỉnh dẫn đầu.",
         [("Nghệ An", "pci", "rank_at_most", "15", 2025, 2025)]),
    Case("Khánh Hòa đặt mục tiêu Chỉ số DTI năm 2025 đạt ≥ 800/1.000 điểm.",
         [("Khánh Hòa", "dti", "score_at_least", "800", 2025, 2025)]),
    Case("Bình Thuận phấn đấu Chỉ số PCI vào nhóm 20 tỉnh dẫn đầu đến năm 2025, Chỉ số PAPI thuộc nhóm khá.",
         [("Bình Thuận", "pci", "rank_at_most", "20", None, 2025),
          ("Bình Thuận", "papi", "group", "khá", None, 2025)]),
    Case("Lào Cai phấn đấu năm 2024 Chỉ số PCI tăng từ 2 đến 3 bậc và Chỉ số PAPI đạt từ 44 điểm trở lên.",
         [("Lào Cai", "pci", "rank_gain_at_least", "2-3", 2024, 2024),
          ("Lào Cai", "papi", "score_at_least", "44", 2024, 2024)]),
    Case("Khanh Hoa aims for its DTI to rank among the top 20 provinces in 2025.",
         [("Khánh Hòa", "dti", "rank_at_most", "20", 2025, 2025)]),
    Case("The province strives to improve its PCI ranking by at least 5 places in 2020, Quang Ngai officials said.",
         [("Quảng Ngãi", "pci", "rank_gain_at_least", "5", 2020, 2020)]),
    # A plan's target list under its heading: no cue in the items themselves.
    Case("KẾ HOẠCH Nâng cao Chỉ số SIPAS tỉnh Cao Bằng năm 2023\nII. MỤC TIÊU\n- Chỉ số SIPAS đạt từ 82% trở lên.\n"
         "- Chỉ số SIPAS tăng 5 bậc so với năm 2022.",
         [("Cao Bằng", "sipas", "score_at_least", "82", 2023, 2023),
          ("Cao Bằng", "sipas", "rank_gain_at_least", "5", 2023, 2023)]),
    Case("KẾ HOẠCH cải thiện chỉ số PCI tỉnh Gia Lai năm 2024. Phấn đấu Chỉ số PCI năm 2024 tăng từ 3 - 5 bậc so "
         "với năm 2023, nằm trong nhóm 30 tỉnh, thành phố có chỉ số cao nhất cả nước.",
         [("Gia Lai", "pci", "rank_gain_at_least", "3-5", 2024, 2024),
          ("Gia Lai", "pci", "rank_at_most", "30", 2024, 2024)]),
    Case("Tỉnh Hà Giang. Năm 2024, phấn đấu các chỉ số PAR INDEX, SIPAS, PAPI của tỉnh đều tăng bậc so với năm 2023.",
         [("Hà Giang", "par_index", "improve", "", 2024, 2024), ("Hà Giang", "sipas", "improve", "", 2024, 2024),
          ("Hà Giang", "papi", "improve", "", 2024, 2024)]),
    Case("Kế hoạch chuyển đổi số tỉnh Sơn La. Mục tiêu cụ thể: Chỉ số DTI năm 2024 xếp hạng trong nhóm 30 tỉnh, "
         "thành phố dẫn đầu; đến năm 2025 xếp hạng trong nhóm 25.",
         [("Sơn La", "dti", "rank_at_most", "30", 2024, 2024), ("Sơn La", "dti", "rank_at_most", "25", None, 2025)]),
    Case("Tỉnh Yên Bái phấn đấu Chỉ số SIPAS đạt mức trên 80% trong năm 2024.",
         [("Yên Bái", "sipas", "score_at_least", "80", 2024, 2024)]),
    Case("Hau Giang aims to be in the top 10 of the PCI rankings by 2025.",
         [("Hậu Giang", "pci", "rank_at_most", "10", None, 2025)]),
    Case("Phấn đấu năm 2024, Chỉ số PAPI của tỉnh Nam Định đạt từ 45 điểm trở lên, thuộc nhóm các tỉnh đạt điểm cao "
         "nhất.",
         [("Nam Định", "papi", "score_at_least", "45", 2024, 2024),
          ("Nam Định", "papi", "group", "cao nhất", 2024, 2024)]),
    Case("Nâng thứ hạng Chỉ số DTI của tỉnh Thái Bình lên từ 3 đến 5 bậc trong năm 2024.",
         [("Thái Bình", "dti", "rank_gain_at_least", "3-5", 2024, 2024)]),
    # A plan that reviews last year before its targets: only the targets section is listed.
    Case("KẾ HOẠCH Cải thiện, nâng cao Chỉ số PCI tỉnh Phú Thọ năm 2024\nI. KẾT QUẢ NĂM 2023\nNăm 2023, Chỉ số PCI "
         "của tỉnh tăng 3 bậc, đạt 65,1 điểm.\nII. MỤC TIÊU\n1. Chỉ số PCI tăng ít nhất 02 bậc so với năm 2023.\n"
         "2. Điểm số PCI đạt từ 66 điểm trở lên, chỉ số thành phần Tính minh bạch tăng ít nhất 0,5 điểm.\n"
         "III. NHIỆM VỤ, GIẢI PHÁP\nCác sở, ngành tăng cường đối thoại với doanh nghiệp.",
         [("Phú Thọ", "pci", "rank_gain_at_least", "2", 2024, 2024),
          ("Phú Thọ", "pci", "score_at_least", "66", 2024, 2024)]),
    Case("Phấn đấu năm 2024, Chỉ số SIPAS của tỉnh Hà Nam đạt từ 85% trở lên, tăng ít nhất 2% so với năm 2023.",
         [("Hà Nam", "sipas", "score_at_least", "85", 2024, 2024)]),
    Case("Tỉnh Bạc Liêu phấn đấu năm 2024 Chỉ số PCI có thứ hạng nằm trong khoảng từ 20 đến 25.",
         [("Bạc Liêu", "pci", "rank_at_most", "25", 2024, 2024)]),
    Case("Mục tiêu năm 2024 Chỉ số DTI của tỉnh Quảng Bình đạt trên 0,65.",
         [("Quảng Bình", "dti", "score_at_least", "0.65", 2024, 2024)]),
    Case("Yêu cầu các sở, ngành phấn đấu Chỉ số PAR INDEX của tỉnh Bến Tre năm 2024 nằm trong nhóm 20 tỉnh dẫn đầu.",
         [("Bến Tre", "par_index", "rank_at_most", "20", 2024, 2024)]),
    Case("Năm 2023, Chỉ số PCI của tỉnh Bắc Kạn đạt 65,5 điểm, phấn đấu năm 2024 tăng 3 bậc.",
         [("Bắc Kạn", "pci", "rank_gain_at_least", "3", 2024, 2024)]),
    # A whole plan: its title on the second line, cited central and provincial documents, a purpose section
    # with targets, a department's target and a commune-level one.
    Case(LANG_SON_PLAN,
         [("Lạng Sơn", "par_index", "rank_gain_at_least", "5", 2024, 2024),
          ("Lạng Sơn", "sipas", "score_at_least", "82", 2024, 2024),
          ("Lạng Sơn", "sipas", "rank_at_most", "40", 2024, 2024)], reported=True),
    # English news: a component's "top 10" is not the index's; "the province" is the paragraph's last one named.
    Case("Khanh Hoa drives DTI progress\nIn 2025, Khanh Hoa Province aims to have its DTI ranking among the top 20 "
         "provinces and cities. The province is aiming for a DTI score of ≥ 800/1,000 points in 2025 and having at "
         "least 4 out of 8 main indicators in the top 10 provinces nationwide. The plan aims for a steady annual "
         "improvement of at least 1–2 ranks in the 2025-2030 period.\nIn 2024, Khanh Hoa ranked 25th in the DTI, up "
         "5 places from 2023.",
         [("Khánh Hòa", "dti", "rank_at_most", "20", 2025, 2025),
          ("Khánh Hòa", "dti", "score_at_least", "800", 2025, 2025),
          ("Khánh Hòa", "dti", "rank_gain_at_least", "1-2", 2025, 2030)]),
    Case("Quang Ninh seeks ways to improve competitiveness\nQuang Ninh aims to maintain its leading position in the "
         "PCI rankings and target a PCI score of 75.3 points in 2020.\nAn Giang targets a place in the top 15 in PCI "
         "rankings. The province set a target of reaching 65 points in PCI 2019.\nBac Giang strives to be in the "
         "group of provinces with the highest PAPI scores in 2024.",
         [("Quảng Ninh", "pci", "keep_rank", "1", 2020, 2020),
          ("Quảng Ninh", "pci", "score_at_least", "75.3", 2020, 2020),
          ("An Giang", "pci", "rank_at_most", "15", None, None),
          ("An Giang", "pci", "score_at_least", "65", 2019, 2019),
          ("Bắc Giang", "papi", "group", "highest", 2024, 2024)]),
    Case("Tỉnh ủy Trà Vinh đề ra mục tiêu đến năm 2025 PCI thuộc nhóm các tỉnh có chất lượng điều hành tốt.",
         [("Trà Vinh", "pci", "group", "tốt", None, 2025)]),
    Case("Tỉnh An Giang quyết tâm phấn đấu đạt mục tiêu Chỉ số PCI năm 2024 nằm trong top 20.",
         [("An Giang", "pci", "rank_at_most", "20", 2024, 2024)]),
    Case("Tại hội nghị, Chủ tịch UBND tỉnh Kon Tum yêu cầu các sở, ngành, địa phương phấn đấu năm 2024 Chỉ số PCI "
         "của tỉnh tăng ít nhất 5 bậc.",
         [("Kon Tum", "pci", "rank_gain_at_least", "5", 2024, 2024)]),
    # A news article: last year's results, neighbours' ranks, the plan's targets, a departments' target.
    Case(HA_TINH_NEWS,
         [("Hà Tĩnh", "pci", "rank_at_most", "15", 2024, 2024), ("Hà Tĩnh", "pci", "score_at_least", "68", 2024, 2024),
          ("Hà Tĩnh", "pci", "rank_at_most", "10", None, 2025)], reported=True),
    # Results, not targets.
    Case("Năm 2023, Chỉ số PCI của tỉnh Quảng Ninh đạt 72,56 điểm, xếp thứ 1/63 tỉnh, thành phố."),
    Case("PAR INDEX 2023 của Hải Phòng tăng 3 bậc so với năm 2022."),
    Case("Quảng Ninh tiếp tục giữ vững vị trí dẫn đầu PCI năm 2022 với 72,95 điểm, kết quả vừa công bố cho thấy."),
    Case("Năm 2023, Chỉ số SIPAS của tỉnh Lạng Sơn chưa đạt mục tiêu đề ra là trên 85%.", reported=True),
    Case("Năm 2022, GRDP của tỉnh Bình Dương phấn đấu tăng trưởng từ 8% trở lên."),
    Case("Năm 2023, Quảng Ninh duy trì vị trí trong nhóm 10 tỉnh dẫn đầu về PAR INDEX."),
    # Neither a target's nor a result's words, and no year: reported, not guessed.
    Case("Quảng Ninh duy trì vị trí trong nhóm 10 tỉnh dẫn đầu về PAR INDEX.", reported=True),
    # Not a province's target.
    Case("Phấn đấu năm 2024, Chỉ số DDCI của các sở, ngành đạt từ 80 điểm trở lên.", reported=True),
    Case("Huyện Lâm Thao phấn đấu Chỉ số hài lòng SIPAS năm 2024 đạt trên 90%.", reported=True),
    Case("Phấn đấu 100% các xã đạt Chỉ số cải cách hành chính từ 80 điểm trở lên trong năm 2024.", reported=True),
    # Ambiguous: two provinces, no province.
    Case("Đà Nẵng và Quảng Nam cùng phấn đấu năm 2024 Chỉ số PCI nằm trong nhóm 10 tỉnh dẫn đầu.", reported=True),
    Case("Phấn đấu năm 2024 Chỉ số PCI nằm trong nhóm 10 tỉnh dẫn đầu.", reported=True),
]

HELD_OUT: list[Case] = [
    Case("Tỉnh Kiên Giang phấn đấu năm 2025 Chỉ số PAPI nằm trong nhóm 30 tỉnh có điểm số cao nhất cả nước.",
         [("Kiên Giang", "papi", "rank_at_most", "30", 2025, 2025)]),
    Case("UBND tỉnh Tuyên Quang ban hành Kế hoạch số 102/KH-UBND, phấn đấu năm 2021 Chỉ số PCI thuộc nhóm khá.",
         [("Tuyên Quang", "pci", "group", "khá", 2021, 2021)]),
    Case("Mục tiêu năm 2024, Chỉ số SIPAS của tỉnh Bình Định đạt tối thiểu 84%, Chỉ số PAR INDEX xếp hạng từ 20 "
         "trở lên.",
         [("Bình Định", "sipas", "score_at_least", "84", 2024, 2024),
          ("Bình Định", "par_index", "rank_at_most", "20", 2024, 2024)]),
    Case("Thanh Hóa phấn đấu đến năm 2030 Chỉ số DTI thuộc nhóm dẫn đầu cả nước.",
         [("Thanh Hóa", "dti", "group", "dẫn đầu", None, 2030)]),
    Case("Tỉnh ủy Bắc Ninh đề ra mục tiêu Chỉ số PCI giai đoạn 2021 - 2025 luôn nằm trong nhóm 5 tỉnh dẫn đầu.",
         [("Bắc Ninh", "pci", "rank_at_most", "5", 2021, 2025)]),
    Case("Gia Lai phấn đấu Chỉ số PCI năm 2023 tăng tối thiểu 3 bậc.",
         [("Gia Lai", "pci", "rank_gain_at_least", "3", 2023, 2023)]),
    Case("Chỉ số PAPI năm 2024 của Ninh Thuận phấn đấu đạt 43 điểm trở lên.",
         [("Ninh Thuận", "papi", "score_at_least", "43", 2024, 2024)]),
    Case("Hà Nội phấn đấu duy trì thứ hạng Chỉ số PAR INDEX trong nhóm 5 địa phương dẫn đầu năm 2024.",
         [("Hà Nội", "par_index", "keep_rank", "5", 2024, 2024)]),
    Case("KẾ HOẠCH Nâng cao Chỉ số DTI tỉnh Bình Dương năm 2023 và các năm tiếp theo",
         [("Bình Dương", "dti", "improve", "", 2023, None)]),
    Case("Dong Thap targets a PCI score of at least 70 points in 2024.",
         [("Đồng Tháp", "pci", "score_at_least", "70", 2024, 2024)]),
    Case("Cần Thơ đặt mục tiêu Chỉ số PAR INDEX năm 2024 tăng 3 - 5 bậc, Chỉ số SIPAS đạt trên 86%.",
         [("Cần Thơ", "par_index", "rank_gain_at_least", "3-5", 2024, 2024),
          ("Cần Thơ", "sipas", "score_at_least", "86", 2024, 2024)]),
    Case("Phấn đấu năm 2024, Chỉ số PAPI của tỉnh Phú Yên thuộc nhóm trung bình cao trở lên.",
         [("Phú Yên", "papi", "group", "trung bình cao", 2024, 2024)]),
    # Results and others' targets: nothing to list.
    Case("Năm 2022, Chỉ số PAPI của Bình Thuận đạt 43,5 điểm, tăng 4 bậc so với năm 2021."),
    Case("Kết quả công bố Chỉ số SIPAS 2023, tỉnh Hà Giang đạt 84,2%, xếp thứ 30."),
    Case("Thị xã Phú Thọ phấn đấu Chỉ số DCI năm 2024 nằm trong nhóm 3 đơn vị dẫn đầu.", reported=True),
    Case("Sở Tư pháp phấn đấu năm 2024 Chỉ số hài lòng đạt trên 95%.", reported=True),
    Case("Tỉnh phấn đấu tỷ lệ hồ sơ trực tuyến toàn trình đạt từ 80% trở lên trong năm 2024."),
    Case("Năm 2023, tỉnh Đồng Tháp đã đạt mục tiêu PCI nằm trong nhóm 10 tỉnh dẫn đầu.", reported=True),
    # Written after the first measurement, before the patterns' second round; never tuned on.
    Case("Phấn đấu năm 2025, Chỉ số PCI của tỉnh Hà Tĩnh tăng tối thiểu 2 bậc, Chỉ số PAPI tăng từ 3 đến 5 bậc so "
         "với năm 2024.",
         [("Hà Tĩnh", "pci", "rank_gain_at_least", "2", 2025, 2025),
          ("Hà Tĩnh", "papi", "rank_gain_at_least", "3-5", 2025, 2025)]),
    Case("KẾ HOẠCH Nâng cao Chỉ số hài lòng của người dân, tổ chức đối với sự phục vụ của cơ quan hành chính nhà "
         "nước tỉnh Quảng Trị năm 2024\nI. MỤC ĐÍCH, YÊU CẦU\n1. Mục tiêu\nChỉ số SIPAS của tỉnh đạt từ 83% trở "
         "lên, xếp trong nhóm 25 tỉnh, thành phố dẫn đầu.",
         [("Quảng Trị", "sipas", "score_at_least", "83", 2024, 2024),
          ("Quảng Trị", "sipas", "rank_at_most", "25", 2024, 2024)]),
    Case("Ban Thường vụ Tỉnh ủy Hòa Bình yêu cầu phấn đấu đến năm 2025 Chỉ số PAR INDEX nằm trong nhóm 30 tỉnh.",
         [("Hòa Bình", "par_index", "rank_at_most", "30", None, 2025)]),
    Case("Tỉnh Sóc Trăng đã xếp thứ 40/63 về Chỉ số PCI năm 2023, tăng 8 bậc."),
    Case("Chỉ số DDCI năm 2024 của các huyện, thị xã phấn đấu đạt từ 65 điểm trở lên.", reported=True),
    Case("Vinh Long province aims to raise its PAPI score to at least 45 points by 2025.",
         [("Vĩnh Long", "papi", "score_at_least", "45", None, 2025)]),
]
