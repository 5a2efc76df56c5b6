"""Parts of an index that news gives figures for: DTI pillars and main indices, SIPAS components, PAR INDEX fields.

DTI parts are the catalogue's own indicators (etl/catalogue.yaml), so a fact carries the catalogue code. PAR INDEX
parts that the catalogue has (điểm thẩm định, điều tra xã hội học, tác động) carry theirs too; the PAR INDEX
lĩnh vực and the SIPAS components are not catalogue indicators yet, so they get a code of their own here and
a metric in the kit's `component: <name>` style (kept as source facts by the ETL).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from etl.catalogue import Catalogue
from etl.names import fold
from etl.news import patterns as P


@dataclass(frozen=True)
class Component:
    """A part of an index. `implies_index`: its name alone says which index (a DTI pillar does; a PCI sub-index
    or PAPI dimension counts only where that index is named or carried)."""

    index: str
    code: str
    name: str
    in_catalogue: bool
    implies_index: bool = True


# Extra spellings of the DTI parts (the catalogue's name_vi/name_en are added): "trụ cột X", "X pillar".
DTI_FORMS: dict[str, list[str]] = {
    "chinh_quyen_so": [r"digital\s+government(?!\s+activit)"],
    "kinh_te_so": [r"digital\s+economy(?!\s+activit)"],
    "xa_hoi_so": [r"digital\s+society(?!\s+activit)"],
    "ha_tang_so": [r"ha\s+tang\s+va\s+nen\s+tang\s+so", r"digital\s+infrastructure"],
}
# (index, code, name, in catalogue, forms). PAR INDEX fields as the ministry names them (before and after 2024).
NEWS_PARTS: list[tuple[str, str, str, bool, list[str]]] = [
    ("par_index", "tham_dinh", "Điểm thẩm định", True, [r"diem\s+tham\s+dinh", r"assessment\s+score"]),
    ("par_index", "khao_sat_lanh_dao", "Điểm điều tra xã hội học lãnh đạo, quản lý", True,
     [r"(?:diem\s+)?(?:dieu\s+tra\s+xa\s+hoi\s+hoc|khao\s+sat)\s+(?:(?:doi\s+voi|cua)\s+)?(?:can\s+bo\s+)?"
      r"lanh\s+dao[\s,]+quan\s+ly"]),
    ("par_index", "dieu_tra_xhh", "Điểm điều tra xã hội học", False, [r"diem\s+dieu\s+tra\s+xa\s+hoi\s+hoc"]),
    ("par_index", "tac_dong_ktxh", "Tác động đến phát triển KT-XH", True,
     [r"tac\s+dong\s+(?:cua\s+(?:cai\s+cach\s+hanh\s+chinh|cchc)\s+)?den\s+(?:nguoi\s+dan[\s,]+to\s+chuc\s+va\s+)?"
      r"(?:cac\s+chi\s+tieu\s+)?phat\s+trien\s+(?:kinh\s+te[\s-]+xa\s+hoi|kt[\s-]*xh)",
      r"tac\s+dong\s+cua\s+(?:cai\s+cach\s+hanh\s+chinh|cchc)\b"]),
    ("par_index", "linh_vuc_chi_dao_dieu_hanh", "Công tác chỉ đạo, điều hành cải cách hành chính", False,
     [r"(?:cong\s+tac\s+)?chi\s+dao[\s,]+dieu\s+hanh(?:\s+(?:cai\s+cach\s+hanh\s+chinh|cchc))?"]),
    ("par_index", "linh_vuc_the_che", "Cải cách thể chế", False,
     [r"cai\s+cach\s+the\s+che", r"xay\s+dung\s+va\s+to\s+chuc\s+thuc\s+hien\s+(?:van\s+ban\s+qppl|"
      r"van\s+ban\s+quy\s+pham\s+phap\s+luat|vbqppl)"]),
    ("par_index", "linh_vuc_tthc", "Cải cách thủ tục hành chính", False,
     [r"cai\s+cach\s+thu\s+tuc\s+hanh\s+chinh", r"cai\s+cach\s+tthc"]),
    ("par_index", "linh_vuc_bo_may", "Cải cách tổ chức bộ máy hành chính", False,
     [r"cai\s+cach\s+to\s+chuc\s+bo\s+may(?:\s+hanh\s+chinh(?:\s+nha\s+nuoc)?)?"]),
    ("par_index", "linh_vuc_cong_vu", "Cải cách chế độ công vụ", False,
     [r"cai\s+cach\s+che\s+do\s+cong\s+vu",
      r"xay\s+dung\s+va\s+nang\s+cao\s+chat\s+luong\s+doi\s+ngu\s+can\s+bo[\s,]+cong\s+chuc(?:[\s,]+vien\s+chuc)?"]),
    ("par_index", "linh_vuc_tai_chinh_cong", "Cải cách tài chính công", False, [r"cai\s+cach\s+tai\s+chinh\s+cong"]),
    ("par_index", "linh_vuc_hien_dai_hoa", "Hiện đại hóa hành chính", False,
     [r"hien\s+dai\s+hoa\s+(?:nen\s+)?hanh\s+chinh",
      r"xay\s+dung\s+va\s+phat\s+trien\s+chinh\s+quyen\s+dien\s+tu[\s,]+chinh\s+quyen\s+so"]),
    ("sipas", "hl_dich_vu_cong", "Hài lòng về cung ứng dịch vụ công", False,
     [r"(?:doi\s+voi|ve)\s+(?:viec\s+|su\s+|cong\s+tac\s+)?(?:to\s+chuc\s+)?cung\s+ung\s+dich\s+vu\s+cong",
      r"satisfaction\s+(?:with|in)\s+(?:the\s+)?(?:public\s+service\s+(?:delivery|provision)|"
      r"(?:delivery|provision)\s+of\s+public\s+services)"]),
    ("sipas", "hl_chinh_sach", "Hài lòng về xây dựng và tổ chức thực hiện chính sách", False,
     [r"(?:doi\s+voi|ve)\s+(?:viec\s+|cong\s+tac\s+)?xay\s+dung\s+va\s+to\s+chuc\s+thuc\s+hien\s+chinh\s+sach",
      r"satisfaction\s+(?:with|in)\s+(?:the\s+)?(?:policy[\s-]+making|(?:formulation|development)\s+and\s+"
      r"implementation\s+of\s+policies|policies)"]),
    ("sipas", "hl_thu_tuc", "Thủ tục hành chính", False, [r"yeu\s+to\s+thu\s+tuc\s+hanh\s+chinh"]),
    ("dti", "thong_tin_du_lieu_so", "Thông tin và dữ liệu số", False, [r"thong\s+tin\s+va\s+du\s+lieu\s+so"]),
    ("sipas", "hl_tiep_can", "Tiếp cận dịch vụ", False, [r"(?:yeu\s+to\s+)?tiep\s+can\s+dich\s+vu(?!\s+cong)"]),
    ("sipas", "hl_cong_chuc", "Công chức giải quyết công việc", False,
     [r"(?:yeu\s+to\s+)?cong\s+chuc\s+(?:truc\s+tiep\s+)?giai\s+quyet\s+cong\s+viec"]),
    ("sipas", "hl_ket_qua", "Kết quả dịch vụ", False, [r"(?:yeu\s+to\s+)?ket\s+qua\s+(?:cung\s+ung\s+)?dich\s+vu"]),
    ("sipas", "hl_gop_y", "Tiếp nhận, xử lý góp ý, phản ánh, kiến nghị", False,
     [r"tiep\s+nhan[\s,]+(?:va\s+)?xu\s+ly\s+(?:y\s+kien\s+)?gop\s+y"]),
]
# PCI sub-indices and PAPI dimensions read from the catalogue (their sub-dimensions and the truncated "Công khai"
# name are left out: too generic to find in running text).
CATALOGUE_PARTS = {"pci": {"gia_nhap_thi_truong", "tiep_can_dat_dai", "tinh_minh_bach", "chi_phi_thoi_gian",
                           "chi_phi_khong_chinh_thuc", "canh_tranh_binh_dang", "tinh_nang_dong", "ho_tro_doanh_nghiep",
                           "dao_tao_lao_dong", "thiet_che_phap_ly"},
                   "papi": {"d1", "d3", "d4", "d5", "d6", "d7", "d8"}}
EXTRA_FORMS = {("pci", "tinh_nang_dong"): [r"tinh\s+nang\s+dong"],
               ("pci", "ho_tro_doanh_nghiep"): [r"(?:dich\s+vu\s+)?ho\s+tro\s+doanh\s+nghiep"],
               ("papi", "d2"): [r"cong\s+khai[\s,]+minh\s+bach"]}
PILLAR_WORD = r"(?:(?:tru\s+cot|chi\s+so(?:\s+thanh\s+phan)?|linh\s+vuc|yeu\s+to)\s+)?"


def _flexible(name: str) -> str:
    return r"\s+".join(re.escape(t) for t in re.findall(r"[a-z0-9]+", fold(name).lower()))


@lru_cache(maxsize=4)
def component_patterns(catalogue: Catalogue) -> list[tuple[Component, re.Pattern[str]]]:
    """Every part with its pattern, longest spelling first so "hoạt động chính quyền số" beats "chính quyền số"."""
    forms: list[tuple[Component, str]] = []
    for ind in catalogue.index("dti").indicators:
        if ind.code == "total":
            continue
        part = Component("dti", ind.code, ind.name_vi, True)
        for form in [_flexible(ind.name_vi), _flexible(ind.name_en), *DTI_FORMS.get(ind.code, [])]:
            forms.append((part, form))
    for index_code, codes in CATALOGUE_PARTS.items():
        for ind in catalogue.index(index_code).indicators:
            if ind.code in codes:
                part = Component(index_code, ind.code, ind.name_vi, True, False)
                extra = EXTRA_FORMS.get((index_code, ind.code), [])
                forms += [(part, f) for f in [_flexible(ind.name_vi), _flexible(ind.name_en), *extra]]
    d2 = next(i for i in catalogue.index("papi").indicators if i.code == "d2")
    forms += [(Component("papi", "d2", d2.name_vi, True, False), f) for f in EXTRA_FORMS[("papi", "d2")]]
    for index, code, name, in_catalogue, spellings in NEWS_PARTS:
        forms += [(Component(index, code, name, in_catalogue), s) for s in spellings]
    forms.sort(key=lambda f: len(f[1]), reverse=True)
    return [(part, re.compile(r"\b" + PILLAR_WORD + "(?:" + form + r")(?:\s+pillar)?\b", P.FLAGS))
            for part, form in forms]


def find_components(text: str, lo: int, hi: int, catalogue: Catalogue) -> list[tuple[int, int, Component]]:
    """(start, end, part) of each part named in text[lo:hi], longer names first, no overlaps."""
    found: list[tuple[int, int, Component]] = []
    for part, pattern in component_patterns(catalogue):
        for m in pattern.finditer(text, lo, hi):
            if not any(m.start() < b and a < m.end() for a, b, _ in found):
                found.append((m.start(), m.end(), part))
    return sorted(found, key=lambda f: f[0])
