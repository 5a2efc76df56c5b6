"""Sentences in the styles of real news and provincial portals (issue 16), one list per failure class.

Written for these tests before the issue-16 changes (none copied from articles or the data kit); the
patterns were written from these. Their held-out companions are in real_style_heldout.py. Province
names are real; the figures are test inputs, not product data.
"""

from __future__ import annotations

from tests.news.corpus import DTI, PAPI, PAR, PCI, SIPAS, Case

CONTEXT = [
    Case("Chỉ số SIPAS năm 2023 của các thành phố trực thuộc trung ương\nĐà Nẵng đứng thứ 22/63 (83,38%).",
         ((SIPAS, 2023, "Đà Nẵng", "SIPAS", 83.38, 22),)),
    Case("Vĩnh Phúc: Chỉ số PAR INDEX năm 2022 xếp thứ 7\nNăm 2022, Chỉ số CCHC của tỉnh đạt 89,18%.",
         ((PAR, 2022, "Vĩnh Phúc", "PAR INDEX rank", None, 7), (PAR, 2022, "Vĩnh Phúc", "PAR INDEX", 89.18, None))),
    Case("Kết quả Chỉ số hài lòng năm 2021 của tỉnh Quảng Nam\nTheo đó, tỉnh đạt 86,4%, xếp thứ 25/63 tỉnh, "
         "thành phố.",
         ((SIPAS, 2021, "Quảng Nam", "SIPAS", 86.4, 25),)),
    Case("Chỉ số CCHC năm 2022 của tỉnh Bắc Kạn đạt 81,33%. Tỉnh xếp thứ 60/63.",
         ((PAR, 2022, "Bắc Kạn", "PAR INDEX", 81.33, None), (PAR, 2022, "Bắc Kạn", "PAR INDEX rank", None, 60))),
    Case("DTI 2023: Thái Nguyên tăng hạng\nNăm 2023, tỉnh Thái Nguyên đạt 0,5874 điểm, đứng thứ 6.",
         ((DTI, 2023, "Thái Nguyên", "dti_score", 0.5874, 6),)),
    Case("Chỉ số cải cách hành chính năm 2021\nQuảng Ngãi đạt 82,7%, xếp thứ 50.",
         ((PAR, 2021, "Quảng Ngãi", "PAR INDEX", 82.7, 50),)),
    Case("Chỉ số SIPAS năm 2022 của tỉnh Sơn La đạt 83,01%. Năm 2021, tỉnh đạt 81,22%.",
         ((SIPAS, 2022, "Sơn La", "SIPAS", 83.01, None), (SIPAS, 2021, "Sơn La", "SIPAS", 81.22, None))),
    Case("Chỉ số DTI năm 2022 của Hà Tĩnh\nChỉ số DTI của tỉnh đạt 0,4621 điểm, xếp hạng 20/63.",
         ((DTI, 2022, "Hà Tĩnh", "dti_score", 0.4621, 20),)),
    Case("Tin hoạt động\nNăm 2022, Chỉ số CCHC của Điện Biên đạt 80,5%. Tỉnh xếp thứ 61.",
         ((PAR, 2022, "Điện Biên", "PAR INDEX", 80.5, None), (PAR, 2022, "Điện Biên", "PAR INDEX rank", None, 61))),
]

COMPARISON = [
    Case("Năm 2021, tỉnh Cao Bằng xếp hạng 32/63, tăng 20 bậc so với năm 2020 (52/63) về Chỉ số CCHC.",
         ((PAR, 2021, "Cao Bằng", "PAR INDEX rank", None, 32),
          (PAR, 2021, "Cao Bằng", "PAR INDEX rank change vs 2020 (places)", 20, None),
          (PAR, 2020, "Cao Bằng", "PAR INDEX rank", None, 52))),
    Case("Chỉ số SIPAS năm 2023 của Quảng Trị đạt 84,1%, tăng 3 bậc so với năm trước (thứ 40).",
         ((SIPAS, 2023, "Quảng Trị", "SIPAS", 84.1, None),
          (SIPAS, 2023, "Quảng Trị", "SIPAS rank change (places)", 3, None),
          (SIPAS, 2022, "Quảng Trị", "SIPAS rank", None, 40))),
    Case("Năm 2022, chỉ số DTI của Nam Định đạt 0,4402, giảm 5 bậc so với năm 2021.",
         ((DTI, 2022, "Nam Định", "dti_score", 0.4402, None),
          (DTI, 2022, "Nam Định", "DTI rank change vs 2021 (places)", -5, None))),
    Case("Năm 2022, Chỉ số CCHC của tỉnh Hà Giang xếp thứ 29/63 (năm 2021 xếp thứ 35/63).",
         ((PAR, 2022, "Hà Giang", "PAR INDEX rank", None, 29), (PAR, 2021, "Hà Giang", "PAR INDEX rank", None, 35))),
    Case("So với năm 2019, Chỉ số CCHC năm 2020 của Kon Tum tăng 7 bậc, xếp thứ 38/63.",
         ((PAR, 2020, "Kon Tum", "PAR INDEX rank", None, 38),
          (PAR, 2020, "Kon Tum", "PAR INDEX rank change (places)", 7, None))),
]

REGIONAL = [
    Case("Đứng thứ 2 về chỉ số SIPAS tại Đồng bằng sông Cửu Long là tỉnh Bạc Liêu (đạt 89,51%) năm 2022.",
         ((SIPAS, 2022, "Bạc Liêu", "SIPAS", 89.51, None),
          (SIPAS, 2022, "Bạc Liêu", "SIPAS rank within Đồng bằng sông Cửu Long", None, 2))),
    Case("Năm 2023, chỉ số CCHC của Vĩnh Phúc xếp thứ 4/11 tỉnh, thành phố vùng Đồng bằng sông Hồng.",
         ((PAR, 2023, "Vĩnh Phúc", "PAR INDEX rank within Đồng bằng sông Hồng (of 11)", None, 4),)),
    Case("Trong vùng Đông Nam Bộ, Bình Dương dẫn đầu về chỉ số DTI năm 2022.",
         ((DTI, 2022, "Bình Dương", "DTI rank within Đông Nam Bộ", None, 1),)),
    Case("Năm 2021, Gia Lai xếp thứ 3 trong khu vực Tây Nguyên về chỉ số SIPAS, đứng thứ 28 cả nước.",
         ((SIPAS, 2021, "Gia Lai", "SIPAS rank within Tây Nguyên", None, 3),
          (SIPAS, 2021, "Gia Lai", "SIPAS rank", None, 28))),
]

COMPONENTS = [
    Case("Chỉ số DTI năm 2021 của Thanh Hóa\nChính quyền số xếp hạng thứ 7; Kinh tế số xếp hạng thứ 31 và Xã hội "
         "số xếp hạng thứ 11.",
         ((DTI, 2021, "Thanh Hóa", "chinh_quyen_so_rank", None, 7),
          (DTI, 2021, "Thanh Hóa", "kinh_te_so_rank", None, 31),
          (DTI, 2021, "Thanh Hóa", "xa_hoi_so_rank", None, 11))),
    Case("Năm 2022, chỉ số Nhận thức số của Lào Cai xếp hạng 1/63.",
         ((DTI, 2022, "Lào Cai", "nhan_thuc_so_rank", None, 1),)),
    Case("Năm 2023, trụ cột chính quyền số của Bắc Giang đạt 0,7804, xếp thứ 4.",
         ((DTI, 2023, "Bắc Giang", "chinh_quyen_so_score", 0.7804, 4),)),
    Case("Chỉ số SIPAS năm 2023 của Tây Ninh đạt 85,2%; trong đó, mức độ hài lòng đối với việc cung ứng dịch vụ "
         "công đạt 83,72%.",
         ((SIPAS, 2023, "Tây Ninh", "SIPAS", 85.2, None),
          (SIPAS, 2023, "Tây Ninh", "component: Hài lòng về cung ứng dịch vụ công", 83.72, None))),
    Case("Năm 2022, sự hài lòng của người dân Bến Tre đối với việc xây dựng và tổ chức thực hiện chính sách đạt "
         "80,91%.",
         ((SIPAS, 2022, "Bến Tre", "component: Hài lòng về xây dựng và tổ chức thực hiện chính sách", 80.91, None),)),
    Case("PAR INDEX 2021 của Thái Bình\nLĩnh vực cải cách tổ chức bộ máy hành chính đạt 9,12 điểm.",
         ((PAR, 2021, "Thái Bình", "component: Cải cách tổ chức bộ máy hành chính", 9.12, None),)),
    Case("PAR INDEX 2023 của Yên Bái\nĐiểm thẩm định đạt 53,2/61,5 điểm; điểm điều tra xã hội học đạt 31,17/38,5 "
         "điểm.",
         ((PAR, 2023, "Yên Bái", "sub-index Điểm thẩm định (points /61.5)", 53.2, None),
          (PAR, 2023, "Yên Bái", "component: Điểm điều tra xã hội học (points /38.5)", 31.17, None))),
    Case("Năm 2023, điểm thẩm định Chỉ số CCHC của Hòa Bình đạt 52,31 điểm.",
         ((PAR, 2023, "Hòa Bình", "sub-index Điểm thẩm định", 52.31, None),)),
    Case("SIPAS 2020 của Hà Nam\nYếu tố Tiếp cận dịch vụ đạt 86,5%; yếu tố Thủ tục hành chính đạt 84,3%.",
         ((SIPAS, 2020, "Hà Nam", "component: Tiếp cận dịch vụ", 86.5, None),
          (SIPAS, 2020, "Hà Nam", "component: Thủ tục hành chính", 84.3, None))),
    Case("DTI 2021 của Ninh Bình\nThông tin và dữ liệu số xếp thứ 10; Hạ tầng và nền tảng số xếp thứ 12.",
         ((DTI, 2021, "Ninh Bình", "thong_tin_du_lieu_so_rank", None, 10),
          (DTI, 2021, "Ninh Bình", "ha_tang_so_rank", None, 12))),
    Case("PAR INDEX 2022 của Hà Nam\nLĩnh vực Tác động của CCHC đến người dân, tổ chức và phát triển KT-XH đạt 4,5 "
         "điểm.",
         ((PAR, 2022, "Hà Nam", "sub-index Tác động đến phát triển KT-XH", 4.5, None),)),
    Case("Chỉ số DTI 2023 của Hà Giang\nVề Hạ tầng số, tỉnh xếp thứ 45; Nhân lực số xếp thứ 12.",
         ((DTI, 2023, "Hà Giang", "ha_tang_so_rank", None, 45),
          (DTI, 2023, "Hà Giang", "nhan_luc_so_rank", None, 12))),
]

LISTS = [
    Case("Năm 2022, chỉ số CCHC của Thanh Hóa xếp thứ 18, cao hơn Hà Nội (thứ 43), Nghệ An (thứ 36), Hải Phòng "
         "(thứ 21).",
         ((PAR, 2022, "Thanh Hóa", "PAR INDEX rank", None, 18), (PAR, 2022, "Hà Nội", "PAR INDEX rank", None, 43),
          (PAR, 2022, "Nghệ An", "PAR INDEX rank", None, 36), (PAR, 2022, "Hải Phòng", "PAR INDEX rank", None, 21))),
    Case("Chỉ số SIPAS 2021 khu vực miền Trung\nĐà Nẵng (88,2%), Quảng Nam (86,1%) và Quảng Ngãi (84,5%).",
         ((SIPAS, 2021, "Đà Nẵng", "SIPAS", 88.2, None), (SIPAS, 2021, "Quảng Nam", "SIPAS", 86.1, None),
          (SIPAS, 2021, "Quảng Ngãi", "SIPAS", 84.5, None))),
]

RANK_WORDS = [
    Case("Năm 2023, Hải Phòng đứng đầu cả nước về chỉ số SIPAS.", ((SIPAS, 2023, "Hải Phòng", "SIPAS rank", None, 1),)),
    Case("Năm 2021, chỉ số CCHC của Cao Bằng đứng cuối cùng.", ((PAR, 2021, "Cao Bằng", "PAR INDEX rank", None, 63),)),
    Case("Năm 2022, Bình Dương xếp thứ hai về DTI.", ((DTI, 2022, "Bình Dương", "dti_rank", None, 2),)),
    Case("Năm 2022, Quảng Ninh nằm trong nhóm 10 tỉnh dẫn đầu chỉ số PCI."),
    Case("SIPAS 2023: Hải Phòng dẫn đầu, Quảng Ninh thứ 2", ((SIPAS, 2023, "Hải Phòng", "SIPAS rank", None, 1),
                                                         (SIPAS, 2023, "Quảng Ninh", "SIPAS rank", None, 2))),
    Case("PAR INDEX 2023: Quảng Ninh dẫn đầu, Hà Giang cuối bảng",
         ((PAR, 2023, "Quảng Ninh", "PAR INDEX rank", None, 1), (PAR, 2023, "Hà Giang", "PAR INDEX rank", None, 63))),
    Case("Năm 2023, chỉ số SIPAS của Thái Nguyên giữ vững vị trí thứ 2 cả nước.",
         ((SIPAS, 2023, "Thái Nguyên", "SIPAS rank", None, 2),)),
    Case("Năm 2022, Long An đứng thứ 3 toàn quốc về chỉ số SIPAS.", ((SIPAS, 2022, "Long An", "SIPAS rank", None, 3),)),
    Case("Năm 2021, Quảng Ninh là á quân chỉ số DTI.", ((DTI, 2021, "Quảng Ninh", "dti_rank", None, 2),)),
    Case("Năm 2020, chỉ số PAPI của Hà Giang xếp cuối bảng.", ((PAPI, 2020, "Hà Giang", "PAPI rank", None, 63),)),
    Case("Năm 2021, chỉ số PAPI của Lai Châu đội sổ.", ((PAPI, 2021, "Lai Châu", "PAPI rank", None, 63),)),
    Case("In 2021, Cao Bang was at the bottom of the PAR INDEX rankings.",
         ((PAR, 2021, "Cao Bằng", "PAR INDEX rank", None, 63),)),
    Case("Chỉ số SIPAS năm 2021 của Hà Nội\nThủ đô xếp thứ 20 với 85,1%.",
         ((SIPAS, 2021, "Hà Nội", "SIPAS", 85.1, 20),)),
]

ENGLISH_PORTAL = [
    Case("Provincial DTI 2021: Ha Nam\nThe province's digital economy reached 0.3019 points, ranking 14th.",
         ((DTI, 2021, "Hà Nam", "kinh_te_so_score", 0.3019, 14),)),
    Case("In 2022, Bac Giang ranked 5th out of 63 provinces in the PAR INDEX.",
         ((PAR, 2022, "Bắc Giang", "PAR INDEX rank", None, 5),)),
    Case("SIPAS 2023: Ninh Thuan scored 87.5%.", ((SIPAS, 2023, "Ninh Thuận", "SIPAS", 87.5, None),)),
    Case("In 2022, Bac Ninh came in 5th in the PCI.", ((PCI, 2022, "Bắc Ninh", "PCI rank", None, 5),)),
    Case("Khanh Hoa ranked 21st in the Provincial Digital Transformation Index (DTI) 2023 with 0.5213 points, an "
         "increase of 11 places.",
         ((DTI, 2023, "Khánh Hòa", "dti_score", 0.5213, 21),
          (DTI, 2023, "Khánh Hòa", "DTI rank change (places)", 11, None))),
    Case("In 2024, Quang Ninh's SIPAS was 89.9 percent, second in the country.",
         ((SIPAS, 2024, "Quảng Ninh", "SIPAS", 89.9, 2),)),
    Case("In 2023, Tuyen Quang ranked 2nd in the Northern Midlands and Mountains region in the PAR INDEX.",
         ((PAR, 2023, "Tuyên Quang", "PAR INDEX rank within Trung du và miền núi phía Bắc", None, 2),)),
    Case("Ha Giang drops 5 places in PAR INDEX 2021",
         ((PAR, 2021, "Hà Giang", "PAR INDEX rank change (places)", -5, None),)),
    Case("Quang Tri rises 7 places in digital transformation rankings\nAccording to the DTI 2022, Quang Tri ranked "
         "30th out of 63, up 7 places compared to 2021. Specifically, the province's digital society pillar reached "
         "0.4112 points, ranking 9th; digital economy reached 0.2119 points, ranking 41st.",
         ((DTI, 2022, "Quảng Trị", "dti_rank", None, 30),
          (DTI, 2022, "Quảng Trị", "DTI rank change vs 2021 (places)", 7, None),
          (DTI, 2022, "Quảng Trị", "xa_hoi_so_score", 0.4112, 9),
          (DTI, 2022, "Quảng Trị", "kinh_te_so_score", 0.2119, 41))),
    Case("SIPAS 2022 of Phu Yen\nIn particular, the satisfaction with public service delivery was 86.2%.",
         ((SIPAS, 2022, "Phú Yên", "component: Hài lòng về cung ứng dịch vụ công", 86.2, None),)),
    Case("Năm 2022, Đà Nẵng giữ vị trí số một về chuyển đổi số.", ((DTI, 2022, "Đà Nẵng", "dti_rank", None, 1),)),
    Case("In 2022, Hue's digital government pillar ranked 3rd nationwide.",
         ((DTI, 2022, "Thừa Thiên Huế", "chinh_quyen_so_rank", None, 3),)),
    Case("PAR INDEX 2022: Binh Dinh\nThe province's index reached 86.4%, placing the province 18th among 63 "
         "localities.",
         ((PAR, 2022, "Bình Định", "PAR INDEX", 86.4, 18),)),
]

AMBIGUITY = [
    Case("Xếp thứ 20/63 với 84,1%.", ambiguous="no index and no province"),
    Case("Năm 2022, tỉnh đạt 84,1%, xếp thứ 20/63.", ambiguous="no index and no province"),
    Case("Chỉ số CCHC năm 2022 đạt 84,1%, xếp thứ 20/63.", ambiguous="no province"),
]

FORMATS = [
    Case("Chỉ số Hài lòng của người dân, tổ chức đối với sự phục vụ của cơ quan hành chính nhà nước (SIPAS) năm "
         "2023 của tỉnh Kiên Giang đạt 84,52%, xếp thứ 14/63 tỉnh, thành phố.",
         ((SIPAS, 2023, "Kiên Giang", "SIPAS", 84.52, 14),)),
    Case("Chỉ số CCHC (PAR Index) năm 2022 của tỉnh Phú Thọ đạt 89,18%, đứng thứ 7/63, tăng 3 bậc so với năm "
         "2021.",
         ((PAR, 2022, "Phú Thọ", "PAR INDEX", 89.18, 7),
          (PAR, 2022, "Phú Thọ", "PAR INDEX rank change vs 2021 (places)", 3, None))),
    Case("Chỉ số chuyển đổi số (DTI) cấp tỉnh năm 2023 của tỉnh Đồng Nai đạt 0,5467 điểm, xếp hạng 25/63.",
         ((DTI, 2023, "Đồng Nai", "dti_score", 0.5467, 25),)),
    Case("Năm 2025, chỉ số CCHC của Lâm Đồng xếp thứ 9/34 tỉnh, thành phố.",
         ((PAR, 2025, "Lâm Đồng", "PAR INDEX rank", None, 9),)),
    Case("Năm 2023, chỉ số SIPAS của TP. Hồ Chí Minh đạt 80,6%, xếp thứ 55.",
         ((SIPAS, 2023, "Hồ Chí Minh", "SIPAS", 80.6, 55),)),
    Case("Năm 2022, tỉnh Vĩnh Phúc xếp thứ 22/63 với 83,38% về Chỉ số CCHC.",
         ((PAR, 2022, "Vĩnh Phúc", "PAR INDEX", 83.38, 22),)),
    Case("Năm 2021, Chỉ số PCI của Đắk Nông đứng thứ 52.", ((PCI, 2021, "Đắk Nông", "PCI rank", None, 52),)),
    Case("Năm 2023, Chỉ số CCHC của Bắc Giang thăng hạng 5 bậc, đứng hạng 6.",
         ((PAR, 2023, "Bắc Giang", "PAR INDEX rank", None, 6),
          (PAR, 2023, "Bắc Giang", "PAR INDEX rank change (places)", 5, None))),
    Case("Năm 2023, Chỉ số DTI của Yên Bái tụt hạng 4 bậc.",
         ((DTI, 2023, "Yên Bái", "DTI rank change (places)", -4, None),)),
]

# Whole fragments as portals print them, with the statistics around the index that must not become its figures.
ARTICLES = [
    Case("Chỉ số CCHC năm 2023 của tỉnh Bắc Giang\nNăm 2023, cả nước có 9 tỉnh đạt trên 90%. Tỷ lệ hồ sơ trực "
         "tuyến của tỉnh đạt 78,5%. Tỉnh xếp thứ 12 với 88,4%.",
         ((PAR, 2023, "Bắc Giang", "PAR INDEX", 88.4, 12),)),
    Case("Năm 2023, Quảng Ninh tiếp tục dẫn đầu cả nước về cải cách hành chính với 92,18%.",
         ((PAR, 2023, "Quảng Ninh", "PAR INDEX", 92.18, 1),)),
    Case("Năm 2022, Đà Nẵng xếp thứ nhất về chuyển đổi số.", ((DTI, 2022, "Đà Nẵng", "dti_rank", None, 1),)),
    Case("In 2023, the Public Administration Reform (PAR) Index of Bac Ninh reached 89.5%.",
         ((PAR, 2023, "Bắc Ninh", "PAR INDEX", 89.5, None),)),
    Case("Chỉ số DTI cấp tỉnh năm 2023 của Đồng Nai\nChỉ số chuyển đổi số cấp tỉnh năm 2023 của Bình Dương đạt "
         "0,6, xếp thứ 3.",
         ((DTI, 2023, "Bình Dương", "dti_score", 0.6, 3),)),
    Case("Năm 2023 Chỉ số CCHC tỉnh Lâm Đồng đạt 87,51% (tăng 2,05% so với năm 2022), xếp hạng 23/63 (tăng 10 "
         "bậc so với năm 2022).",
         ((PAR, 2023, "Lâm Đồng", "PAR INDEX", 87.51, 23),
          (PAR, 2023, "Lâm Đồng", "PAR INDEX rank change vs 2022 (places)", 10, None),
          (PAR, 2023, "Lâm Đồng", "PAR INDEX change vs 2022 (%)", 2.05, None))),
    Case("Tháng 4 năm 2024, Bộ Nội vụ công bố Chỉ số SIPAS năm 2023: Hà Nam đạt 86,2%, xếp thứ 10.",
         ((SIPAS, 2023, "Hà Nam", "SIPAS", 86.2, 10),)),
    Case("Năm 2024, Bộ Nội vụ công bố Chỉ số CCHC năm 2023: Nam Định đạt 88,2%.",
         ((PAR, 2023, "Nam Định", "PAR INDEX", 88.2, None),)),
    Case("In 2024, the Ministry of Home Affairs announced the 2023 PAR INDEX, in which Ha Nam reached 88.2%.",
         ((PAR, 2023, "Hà Nam", "PAR INDEX", 88.2, None),)),
    Case("Chỉ số SIPAS năm 2021 của Vĩnh Long\nNgoài ra, 100% thủ tục hành chính của tỉnh được công khai.", ()),
    Case("Kết quả Chỉ số CCHC, Chỉ số SIPAS năm 2022 của tỉnh Hưng Yên\n"
         "Trong đó, Công tác chỉ đạo, điều hành CCHC đạt 9,5 điểm.\n"
         "Bên cạnh đó, 100% cơ quan, đơn vị đã niêm yết công khai thủ tục hành chính.",
         ((PAR, 2022, "Hưng Yên", "component: Công tác chỉ đạo, điều hành cải cách hành chính", 9.5, None),)),
    Case("Bình Định dẫn đầu Chỉ số SIPAS 2021\nNăm 2020, Quảng Ngãi đứng thứ 5, năm nay tụt ba bậc.\n"
         "Năm nay, Bình Định đạt 89,3%.",
         ((SIPAS, 2021, "Bình Định", "SIPAS rank", None, 1), (SIPAS, 2021, "Bình Định", "SIPAS", 89.3, None))),
    Case("SIPAS 2023 của tỉnh Quảng Trị\nMức độ hài lòng chung đạt 82,66%. Chỉ số SIPAS năm 2023 đạt 84,1%, xếp "
         "thứ 25 cả nước.",
         ((SIPAS, 2023, "Quảng Trị", "SIPAS", 84.1, 25),)),
    Case("Chỉ số CCHC năm 2023 của tỉnh Hà Nam\nTỉnh đã cắt giảm 20% thời gian giải quyết hồ sơ. Chỉ số CCHC của "
         "tỉnh đạt 88,2% xếp thứ 10.",
         ((PAR, 2023, "Hà Nam", "PAR INDEX", 88.2, 10),)),
    # A provincial portal ranking its districts, and a national article ranking ministries.
    Case("Chỉ số CCHC năm 2023 của tỉnh Hải Dương\nUBND huyện Cẩm Giàng dẫn đầu khối huyện với 95,1%. Tỉnh xếp thứ "
         "14 với 88,2%.",
         ((PAR, 2023, "Hải Dương", "PAR INDEX", 88.2, 14),)),
    Case("Hà Tĩnh dẫn đầu khu vực về PAR INDEX 2023\nỞ khối bộ, Bộ Tư pháp dẫn đầu với 91,12%.", ()),
    # A national article headed by one province: the heading's province is not lent to national sentences.
    Case("Ninh Bình dẫn đầu Chỉ số SIPAS năm 2022\nMức độ hài lòng chung của người dân là 80,08%, tăng 1,5% so với "
         "năm 2021.\nNinh Bình đạt 89,2%; xếp thứ hai là Hà Nam (88,9%); thứ ba là Nam Định (88,1%).\n"
         "Ba địa phương xếp cuối bảng là Lai Châu, Hà Giang và Cao Bằng.",
         ((SIPAS, 2022, "Ninh Bình", "SIPAS rank", None, 1), (SIPAS, 2022, "Ninh Bình", "SIPAS", 89.2, None),
          (SIPAS, 2022, "Hà Nam", "SIPAS", 88.9, 2), (SIPAS, 2022, "Nam Định", "SIPAS", 88.1, 3))),
]

REAL_STYLE = (ARTICLES + CONTEXT + COMPARISON + REGIONAL + COMPONENTS + LISTS + RANK_WORDS + ENGLISH_PORTAL + AMBIGUITY
              + FORMATS)
