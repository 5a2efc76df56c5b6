"""The vocabulary of targets in plans and news, as regular expressions over folded text (no diacritics), except
the few that must see diacritics to tell "sở" (a department) from "số" (a number).

Vietnamese first ("phấn đấu … nằm trong nhóm 10 tỉnh dẫn đầu", "tăng từ 3-5 bậc", "đạt từ 0,6 điểm trở lên",
"duy trì vị trí dẫn đầu", "thuộc nhóm Tốt", "đến năm 2025", "giai đoạn 2021–2025"), then the English of
provincial news sites ("aims to be among the top 20", "improve by at least 2 places").
"""

from __future__ import annotations

import re

FLAGS = re.IGNORECASE
SCORE = r"(?P<n>\d{1,4}(?:[.,]\d{1,3})?)"
LEAD_WORDS = r"dan\s+dau|dung\s+dau|so\s+1|thu\s+nhat|quan\s+quan|leading|top"

# A sentence that sets a target (strong), or reads like one when nothing says it is a result (weak).
STRONG_CUE = re.compile(
    r"\b(?:phan\s+dau|muc\s+tieu|chi\s+tieu|quyet\s+tam|huong\s+toi|de\s+ra|dat\s+ra|phai\s+dat|can\s+dat|"
    r"no\s+luc\s+dua|co\s+gang|aims?|aiming|targets?|targeting|strives?|striving|seeks?|goal)\b", FLAGS)
WEAK_CUE = re.compile(
    r"\b(?:tro\s+len|it\s+nhat|toi\s+thieu|den\s+nam|at\s+least|by\s+20\d\d)\b|"
    r"\d\s*(?:[-–]|den)\s*\d+\s+(?:bac|hang|vi\s+tri)", FLAGS)
# A sentence about a result measured against a target, or about last year's result: not a target to list.
RESULT_CUE = re.compile(
    r"\b(?:vua\s+(?:duoc\s+)?cong\s+bo|ket\s+qua\s+(?:cong\s+bo|xep\s+hang)|nam\s+qua|achieved|missed|"
    r"was\s+ranked|ranked\s+\d|fell\s+short)\b", FLAGS)
# The same on the original text, where "đạt" (reached) and "đặt" (set) differ: "đã đạt", "chưa đạt mục tiêu".
RESULT_CUE_ORIGINAL = re.compile(
    r"\b(?:đã đạt|chưa đạt|không đạt|vượt mục tiêu|hoàn thành mục tiêu|"
    r"(?<!phấn đấu )(?<!quyết tâm )(?<!để )(?<!nhằm )(?<!sẽ )đạt (?:được|mục tiêu))\b", FLAGS)
# A score right after "tăng"/"giảm" is a change ("tăng ít nhất 2%"), not a level to reach.
CHANGE_BEFORE = re.compile(r"\b(?:tang|giam|increase|rise|raise)\w*\s+(?:them\s+)?(?:by\s+)?$", FLAGS)
# A heading line that opens a plan's list of targets ("II. MỤC TIÊU", "Chỉ tiêu cụ thể"), and one that closes it.
SECTION_OPENS = re.compile(r"^\W*(?:[IVX]+\.|\d+\.)?\s*(?:muc\s+tieu|chi\s+tieu|yeu\s+cau)", FLAGS)
SECTION_CLOSES = re.compile(r"^\W*(?:[IVX]+\.)\s*(?!muc\s+tieu|chi\s+tieu)\w", FLAGS)

RANK_TOP = re.compile(
    r"\b(?:(?:trong\s+)?(?:nhom|top|tốp)\s+(?:(?:cac|nhung)\s+)?(?:dau\s+)?(?P<n>\d{1,2})|"
    r"trong\s+(?P<m>\d{1,2})\s+(?=(?:tinh|dia\s+phuong)[^.;]{0,25}?(?:" + LEAD_WORDS + r"|cao\s+nhat|tot\s+nhat)))"
    r"(?!\s*(?:%|diem|bac|[.,]\d))", FLAGS)
RANK_TOP_EN = re.compile(r"\btop\s+(?P<n>\d{1,2})\b(?!\s*%)", FLAGS)
RANK_PLACE = re.compile(
    r"\b(?:xep|dung|o|dat|len|vuon\s+len|nam\s+o)\s+(?:o\s+)?(?:vi\s+tri|thu\s+hang|hang|thu)\s+(?:thu\s+)?"
    r"(?:tu\s+)?(?P<a>\d{1,2})(?:\s*(?:[-–]|den)\s*(?:thu\s+)?(?P<b>\d{1,2}))?(?:\s*/\s*(?P<of>\d{2}))?"
    r"(?P<up>\s+tro\s+len)?", FLAGS)
RANK_BAND = re.compile(
    r"\b(?:thu\s+hang|vi\s+tri|xep\s+hang)\s+(?:nam\s+)?(?:trong\s+)?(?:khoang\s+)?(?:tu\s+)?(?:thu\s+)?"
    r"(?P<a>\d{1,2})\s*(?:[-–]|den)\s*(?:thu\s+)?(?P<b>\d{1,2})(?!\s*(?:bac|%|diem))", FLAGS)
GAIN = re.compile(
    r"\b(?:tang|nang|cai\s+thien|thang|len)\s+(?:thu\s+hang\s+|hang\s+|vi\s+tri\s+)?(?:tu\s+)?"
    r"(?:(?:it\s+nhat|toi\s+thieu)\s+)?(?:tu\s+)?(?P<a>\d{1,2})(?:\s*(?:[-–]|den)\s*(?P<b>\d{1,2}))?\s+"
    r"(?:bac|hang|vi\s+tri|thu\s+hang|buoc)\b", FLAGS)
GAIN_EN = re.compile(
    r"\b(?:improv\w*|ris\w*|climb\w*|mov\w*\s+up|gain\w*|advanc\w*)(?:\s+(?!by\b)[a-z]+){0,3}?\s+(?:by\s+)?(?:at\s+least\s+)?(?P<a>\d{1,2})"
    r"(?:\s*(?:[-–]|to)\s*(?P<b>\d{1,2}))?\s+(?:places?|ranks?|positions?|spots?|notches?)", FLAGS)
SCORE_AT_LEAST = re.compile(
    r"(?:\b(?:dat|tu|tren|toi\s+thieu|it\s+nhat|from|at\s+least|above|over|of|reach\w*|achiev\w*|to)\s*|[≥>]=?\s*)(?:(?:muc|tu|tren)\s+)?"
    + SCORE + r"\s*(?P<per>/\s*1[.,]?000)?\s*(?P<unit>%|diem\b|points?\b|phan\s+tram)?(?P<up>\s+tro\s+len)?"
    r"(?!\s*(?:so\b|cac\b|ho\s+so|thu\s+tuc|co\s+quan|don\s+vi|nguoi|doanh|xa\b|tinh\b|bac\b|dia\s+phuong))",
    FLAGS)
GROUP = re.compile(
    r"\b(?:thuoc|nam\s+trong|vao|o|trong|len|dat)\s+(?:nhom|muc)\s+(?:(?:cac\s+)?(?:tinh|dia\s+phuong)\s+)?"
    r"(?P<g>(?:dat\s+|co\s+)?(?:chat\s+luong\s+dieu\s+hanh\s+)?(?:diem\s+)?(?:so\s+)?"
    r"(?:rat\s+tot|tot|kha|trung\s+binh\s+cao|trung\s+binh\s+thap|trung\s+binh(?:\s+tro\s+len)?|cao\s+nhat|"
    r"dan\s+dau|dau|xuat\s+sac))\b", FLAGS)
GROUP_EN = re.compile(
    r"\b(?:in|into|among|join)\s+the\s+(?:(?P<g>highest|leading|top|good|fairly\s+good|high[\s-]average|average)"
    r"(?:[\s-]performing)?\s+group|group\s+of\s+(?:provinces|localities)\s+with\s+the\s+(?P<h>highest|best|"
    r"leading)\b)", FLAGS)
KEEP_EN = re.compile(r"\b(?:maintain|keep|retain|hold)\w*\s+(?:its\s+|the\s+)?(?:leading|top|first|number[\s-]one)\s+"
                     r"(?:position|place|spot|rank\w*)", FLAGS)
# "4 out of 8 indicators in the top 10", "chỉ số thành phần … nhóm 10": a component's rank, not the index's.
COMPONENT_BEFORE = re.compile(r"\b(?:indicators?|chi\s+so\s+thanh\s+phan|chi\s+tieu\s+thanh\s+phan|out\s+of\s+\d+)\b",
                              FLAGS)
KEEP = re.compile(
    r"\b(?:duy\s+tri|giu\s+vung|giu|maintain\w*|keep\w*|retain\w*)\s+(?:vung\s+)?"
    r"(?:(?:vi\s+tri|thu\s+hang|vi\s+thu|ngoi\s+vi|its\s+(?:position|rank(?:ing)?))"
    r"(?:\s+(?:thu\s+)?(?P<n>\d{1,2}))?(?P<lead>\s+(?:" + LEAD_WORDS + r"))?)?", FLAGS)
IMPROVE = re.compile(
    r"\b(?:cai\s+thien|nang\s+cao|nang\s+hang|nang\s+thu\s+hang|tang\s+thu\s+hang|tang\s+hang|tang\s+bac|"
    r"improv\w*|rais\w*)\b",
    FLAGS)

# Years: a range, a deadline, a start "and the following years", a comparison year, a date's year.
YEAR_RANGE = re.compile(r"(?<![\d/])(?P<a>20\d\d)\s*(?:[-–—]|den|to)\s*(?:nam\s+)?(?P<b>20\d\d)(?!\d)", FLAGS)
YEAR_BY = re.compile(r"\b(?:den|toi|by|until)\s+(?:nam\s+|the\s+end\s+of\s+)?(?P<y>20\d\d)(?!\d)", FLAGS)
YEAR_ON = re.compile(
    r"(?<![\d/])(?P<y>20\d\d)\s+(?:va|and)\s+(?:cac|nhung|the)\s+(?:nam|years?)\s+(?:tiep\s+theo|sau|following)",
    FLAGS)
YEAR_COMPARED = re.compile(r"\b(?:so\s+voi|compared\s+(?:with|to)|than)\s+(?:nam\s+|in\s+)?(?P<y>20\d\d)", FLAGS)
YEAR_ANY = re.compile(r"(?<![\d/.\-])(?P<y>20\d\d)(?![\d/])", FLAGS)
DATE_YEAR = re.compile(r"(?:thang\s+\d{1,2}\s+nam\s+|\d{1,2}/\d{1,2}/)$", FLAGS)

# Whose target it is: a district, a commune, a department or a ministry is not a province (original text).
NOT_PROVINCIAL = re.compile(
    r"\b(?:DDCI|DCI|cấp huyện|cấp xã|cấp sở|các sở, ban, ngành|các sở, ngành|sở, ngành|các huyện|các xã|"
    r"các phường|huyện, thị xã|100%\s*(?:các\s+)?(?:xã|sở|huyện|cơ quan|đơn vị))\b|"
    r"^\W*(?:Huyện|Thị xã|Xã|Phường|Sở|UBND huyện|UBND xã)\s|\b(?:của|tại)\s+(?:huyện|thị xã|xã|phường|sở)\s|"
    r"\bBộ\s+[A-ZĐ]|\bcác bộ, ngành\b", 0)
# A provincial index named as the province's own ("Chỉ số PAR INDEX của tỉnh") even where departments are named.
PROVINCE_OWNED = re.compile(r"(?:chỉ số|index)[^.;]{0,40}?\b(?:của tỉnh|cấp tỉnh|toàn tỉnh|của Thành phố)\b", FLAGS)
DOCUMENT = re.compile(
    r"(?P<type>Kế hoạch|Nghị quyết|Quyết định|Chỉ thị|Chương trình(?: hành động)?|Công văn|Kết luận)\s+"
    r"(?P<number>số\s+\d+[\w/\-–.]*[\w])", FLAGS)
CENTRAL_DOCUMENT = re.compile(r"[-/](?:CP|TTg|BNV|BTTTT|BKHĐT|QH\d*|TW|VPCP)\b")
DATE_BEFORE = re.compile(r"ngày\s+(?P<d>\d{1,2})[/.\-](?P<m>\d{1,2})[/.\-](?P<y>20\d\d)\D{0,60}$", FLAGS)
DATE = re.compile(r"^\D{0,12}ngày\s+(?:(?P<d>\d{1,2})[/.\-](?P<m>\d{1,2})[/.\-](?P<y>20\d\d)|"
                  r"(?P<d2>\d{1,2})\s+tháng\s+(?P<m2>\d{1,2})\s+năm\s+(?P<y2>20\d\d))", 0)
ISSUERS = (("Tỉnh ủy", re.compile(r"NQ/TU|/TU\b|-TU\b|Tỉnh ủy|Tỉnh uỷ|Ban Thường vụ|Đảng bộ tỉnh|"
                                  r"Provincial Party Committee", FLAGS)),
           ("HĐND tỉnh", re.compile(r"HĐND|Hội đồng nhân dân|People's Council", FLAGS)),
           ("UBND tỉnh", re.compile(r"UBND|Ủy ban nhân dân|Uỷ ban nhân dân|People's Committee", FLAGS)))
# What a group target's name keeps: "nhóm đạt điểm cao nhất" is the group "cao nhất".
GROUP_PREFIX = re.compile(r"^(?:đạt\s+|có\s+)?(?:chất lượng điều hành\s+)?(?:điểm\s+)?(?:số\s+)?", FLAGS)
