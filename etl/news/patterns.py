"""The vocabulary of news about the indices, as regular expressions over folded text (no diacritics).

Vietnamese and English phrasings sit side by side; `LANGS` says which language each figure
pattern belongs to so `--lang` can narrow the search. Every pattern names its groups:
`n` a number, `of` a denominator, `w` a rank written as a word, `dir` the direction of a change.
"""

from __future__ import annotations

import re

FLAGS = re.IGNORECASE
NUM = r"(?<![\d.,/])\d{1,3}(?:[.,]\d{1,5})?(?!\d|[.,]\d)"
DECIMAL = r"(?<![\d.,/])\d{1,3}[.,]\d{1,5}(?![\d]|[.,]\d|\s*/)"
RANK = r"(?P<n>\d{1,2})(?!\d|[.,]\d)"
OF = r"(?:\s*(?:/|out\s+of|of|tren(?:\s+tong\s+so)?|trong(?:\s+tong)?(?:\s+so)?|among)\s*(?P<of>\d{1,2})\b)?"
ORD = r"(?:st|nd|rd|th)"
COUNT_EN = r"(?P<n>\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten)"
COUNT_VI = r"(?P<n>\d{1,2}|mot|hai|ba|bon|nam|sau|bay|tam|chin|muoi)"

INDEX_NAMES: dict[str, list[str]] = {
    "par_index": [r"\bpar[\s-]*index\b", r"\bchi\s+so\s+(?:cai\s+cach\s+hanh\s+chinh|cchc|par)\b",
                  r"\bpublic\s+administration\s+reform\s+index\b",
                  r"\b(?:public\s+)?administrative\s+reform\s+index\b",
                  r"\bpublic\s+administration\s+reform\s*\(par\)\s*index\b",
                  r"(?<=\bve\s)cai\s+cach\s+hanh\s+chinh\b", r"(?<=\bxep\s)hang\s+cai\s+cach\s+hanh\s+chinh\b",
                  r"(?<=\bin\s)(?:public\s+)?administrative\s+reform\b(?!\s+(?:work|efforts?|tasks?))"],
    "sipas": [r"\bsipas\b", r"\bchi\s+so\s+hai\s+long\b", r"\bsatisfaction\s+index\b"],
    "pci": [r"\bpci\b", r"\bnang\s+luc\s+canh\s+tranh\s+cap\s+tinh\b", r"\bprovincial\s+competitiveness\s+index\b"],
    "papi": [r"\bpapi\b", r"\bhieu\s+qua\s+quan\s+tri\s+va\s+hanh\s+chinh\s+cong\b",
             r"\bgovernance\s+and\s+public\s+administration\s+performance\s+index\b"],
    "dti": [r"\bdti\b", r"\bchi\s+so\s+chuyen\s+doi\s+so\b", r"\bdigital\s+transformation\s+(?:index|rankings?)\b",
            r"(?<=\bve\s)chuyen\s+doi\s+so\b", r"\bmuc\s+do\s+chuyen\s+doi\s+so\b",
            r"\bxep\s+hang\s+chuyen\s+doi\s+so\b", r"(?<=\bin\s)digital\s+transformation\b"],
}
INDICES = {code: re.compile("|".join(forms), FLAGS) for code, forms in INDEX_NAMES.items()}

# Regions as the press writes them; codes must exist in the catalogue, whose name_vi/name_en are added too.
REGION_VARIANTS: dict[str, list[str]] = {
    "TDMNPB": [r"trung\s+du\s+(?:va\s+)?mien\s+nui\s+phia\s+bac",
               r"northern\s+midlands?\s+and\s+mountain(?:s|ous\s+areas?)"],
    "DBSH": [r"dong\s+bang\s+song\s+hong", r"dbsh", r"red\s+river\s+delta"],
    "BTBDHMT": [r"bac\s+trung\s+bo\s+va\s+duyen\s+hai\s+(?:mien\s+trung|trung\s+bo)",
                r"north\s+central\s+(?:and|&)\s+(?:the\s+)?central\s+coast(?:al\s+(?:region|area))?"],
    "TN": [r"tay\s+nguyen", r"central\s+highlands"],
    "DNB": [r"dong\s+nam\s+bo", r"south\s*east(?:ern)?\s+region", r"south\s+east"],
    "DBSCL": [r"dong\s+bang\s+song\s+cuu\s+long", r"dbscl", r"mekong(?:\s+river)?\s+delta"],
}

YEAR = re.compile(r"(?<![\d/.,-])(?P<y>20[0-3]\d)(?![\d/]|\s*[-–]\s*20\d\d)")
# Years that are not the year of the figure: comparisons, date parts, ranges.
NOT_THE_YEAR = re.compile(
    r"(?:so\s+voi(?:\s+nam)?|compared\s+(?:with|to)(?:\s+(?:the\s+)?(?:year\s+)?)?|than(?:\s+in)?|from|since|"
    r"ke\s+tu(?:\s+nam)?|tu\s+nam|over|on|[-–]|giai\s+doan|period|cong\s+bo(?:\s+(?:vao|trong|tu))?(?:\s+nam)?|"
    r"published\s+in|(?:dau|cuoi|giua)\s+nam|thang\s+\d{1,2}(?:\s+nam)?|released\s+in|in\s+early|in\s+late)\s*$",
    FLAGS)

RESPECTIVELY = re.compile(r"\b(?:lan\s+luot|respectively)\b", FLAGS)
# Figures of other statistics; a figure whose clause names one (and no index) is not an index figure.
FOREIGN = re.compile(
    r"\b(?:grdp|gdp|fdi|cpi|tang\s+truong|growth|thu\s+ngan\s+sach|xuat\s+khau|exports?|doanh\s+thu|revenue|"
    r"lam\s+phat|inflation|fifa|bong\s+da|football|v-?league|dan\s+so|population|ty\s+le\s+ho\s+ngheo|"
    # the administrative statistics that fill reform articles: shares of files, procedures, plans, online services
    r"ty\s+le|ho\s+so|thu\s+tuc(?:\s+hanh\s+chinh)?|ke\s+hoach|nhiem\s+vu|giai\s+ngan|dung\s+han|truc\s+tuyen|"
    r"chu\s+ky\s+so|thanh\s+toan|van\s+ban|kinh\s+phi|ngan\s+sach|rate|share|percentage\s+of|applications?|"
    r"dossiers?|online|procedures?|budget|plan)\b", FLAGS)
# A threshold, not a score: "trên 85%", "từ 80% trở lên", "above 90%"; its number is consumed, never a figure.
THRESHOLD = re.compile(
    r"\b(?:tren|duoi|hon|vuot|it\s+nhat|toi\s+thieu|above|below|over|under|more\s+than|less\s+than|at\s+least)\s+"
    r"\d{1,3}(?:[.,]\d{1,5})?\s*(?:%|diem|points?)|\btu\s+\d{1,3}(?:[.,]\d{1,5})?\s*%?\s*(?:den|tro\s+len|-)"
    r"(?:\s*\d{1,3}(?:[.,]\d{1,5})?\s*%)?", FLAGS)
# A year named relative to the text's ("năm nay", "năm ngoái", "last year"), outside a comparison.
RELATIVE_YEAR = re.compile(
    r"(?<!so\svoi\s)(?<!than\s)(?<!from\s)(?<!on\s)(?<!with\s)(?<!to\s)(?<!over\s)(?<!the\s)(?<!ky\s)"
    r"\b(?:nam\s+(?:nay|ngoai|truoc|qua)|"
    r"this\s+year|last\s+year|previous\s+year)\b", FLAGS)
# A share of things, not a score: "100% cơ quan, đơn vị", "98% hồ sơ", "95% of applications".
SHARE = re.compile(
    r"\b\d{1,3}(?:[.,]\d{1,5})?\s*%\s+(?:(?:cac|so|tong\s+so|the)\s+)?(?:co\s+quan|don\s+vi|ho\s+so|thu\s+tuc|"
    r"tthc|nguoi|xa|phuong|cong\s+chuc|can\s+bo|vien\s+chuc|dich\s+vu|dvc|ke\s+hoach|muc\s+tieu|chi\s+tieu|"
    r"van\s+ban|doanh\s+nghiep|nhiem\s+vu|phieu|y\s+kien|so\s+nguoi|of\s)", FLAGS)
# Words that may follow a percentage that is an index score; any other word makes it a share of something
# ("cắt giảm 20% thời gian", "85% người dân").
AFTER_PERCENT = re.compile(
    r"\s*(?:[^\w\s]|$|(?:xep|dung|tang|giam|tut|va|so|cao|thap|hon|voi|nam|trong|dat|la|nhung|con|thuoc|o|vuot|"
    r"dan|tro|tiep|giu|chi|nen|nho|the|vao|tai|cua|ve|ranking|ranked|ranks|placing|placed|up|down|and|in|"
    r"compared|higher|lower|which|while|for|to|from|on|at|last|this|a|an|putting|taking|second|third|first|"
    r"nationwide)\b)", FLAGS)
# A region spoken of without its name ("đứng thứ 2 trong vùng", "khu vực miền Trung"): a rank there is of
# which table? Reported unless it is stated national ("cả nước", "/63").
REGION_WORD = re.compile(
    r"\b(?:(?<!giu\s)(?<!ben\s)(?<!on\s)vung(?!\s+(?:chac|manh|vang|buoc)\b)|khu\s+vuc|mien(?!\s+phi\b)|regions?|"
    r"regional(?:ly)?)\b(?!\s+cong\b)", FLAGS)
# Words that introduce a part of an index; a figure after one that names no known part is not the index's.
PART_WORD = re.compile(
    r"\b(?:chi\s+so\s+thanh\s+phan|tru\s+cot|linh\s+vuc|yeu\s+to|noi\s+dung\s+thanh\s+phan|tieu\s+chi|"
    r"sub-?ind(?:ex|ices)|pillars?|dimensions?|components?|criteria)\b", FLAGS)
# A difference, not a score: "cao hơn năm 2023 là 2,1%", "thấp hơn bình quân 1,5 điểm", "higher by 2.1 points".
DIFFERENCE = re.compile(
    r"\b(?:cao|thap|nhieu|it)\s+hon\s+[^,.;()]{0,40}?\b(?:la|khoang|gan|toi)?\s*\d{1,3}(?:[.,]\d{1,5})?\s*"
    r"(?:%|diem|points?)|\b(?:higher|lower)\s+[^,.;()]{0,40}?\bby\s+\d{1,3}(?:[.,]\d{1,5})?\s*(?:%|points?)",
    FLAGS)
# Sentences about a set of provinces: the province of the heading is not lent to them.
MANY_PROVINCES = re.compile(
    r"\b(?:\d{1,2}|cac|nhieu|nhung|mot\s+so|hai|ba|bon|nam)\s+(?:tinh|dia\s+phuong|don\s+vi|provinces|localities)\b"
    r"|\b(?:ca\s+nuoc|toan\s+quoc)\s+co\b", FLAGS)
# Units ranked apart from provinces (districts, communes, departments, ministries): a sentence about one borrows
# no province, so "UBND huyện Tiên Du dẫn đầu với 95%" under a Bắc Ninh heading is not Bắc Ninh's.
OTHER_UNIT = re.compile(
    r"\b(?:huyen|thi\s+xa|cap\s+(?:huyen|xa|so)|xa\b(?!\s+hoi)|(?<!dia\s)phuong\b|districts?|communes?|wards?|"
    r"(?:cac\s+)?so\s*,\s*(?:ban\s*,\s*)?nganh|khoi\s+(?:bo|so)|cac\s+bo\b|co\s+quan\s+ngang\s+bo|"
    r"bo\s+(?:tu\s+phap|tai\s+chinh|cong\s+thuong|y\s+te|xay\s+dung|giao\s+thong|ngoai\s+giao|quoc\s+phong|"
    r"cong\s+an|ke\s+hoach|nong\s+nghiep|tai\s+nguyen|lao\s+dong|giao\s+duc|van\s+hoa|khoa\s+hoc)|"
    r"ngan\s+hang\s+nha\s+nuoc|ministr(?:y|ies)\s+of\s+(?!home\s+affairs|information))", FLAGS)
# The whole country as the subject of a figure ("mức độ hài lòng chung", "của cả nước"): a sentence with no rank
# that says so borrows no province (a country has no rank, so a rank keeps the sentence a province's).
NATIONAL_SUBJECT = re.compile(
    r"\b(?:cua|tren|toan)\s+(?:ca\s+nuoc|toan\s+quoc)\b"
    r"|\b(?:muc\s+do\s+hai\s+long|chi\s+so(?:\s+\w+){1,3}?|diem(?:\s+so)?|ket\s+qua)\s+chung\b"
    r"|\b(?:national|nationwide|country's)\s+(?:average|figure|score|level)\b", FLAGS)
# Words that may stand between a figure and the index it is "in": "ranked 45th in the PAR INDEX".
INDEX_FILLER = re.compile(r"\s*(?:(?:in|of|on|for|the|ve|trong|tai|cua|chi\s+so)\s+)*$", FLAGS)
# What may stand between a part and its index for the index to be the part's parent: "điểm thẩm định Chỉ số CCHC".
PART_PARENT = re.compile(r"\s*(?:(?:cua|ve|trong|thuoc|of|in|the)\s+)*", FLAGS)
# What may stand between a rank and the province it belongs to when the province comes after: "Đứng đầu là Quảng Ninh".
NAMED_AFTER = re.compile(r"\s*(?:(?:ve|cua)\s+[^,;]{0,40}?)?\s*(?:la|thuoc\s+ve|goi\s+ten|went\s+to|was)\s+"
                         r"(?:(?:tinh|thanh\s+pho|tp\.?|province\s+of)\s+)?", FLAGS)
CLAUSE_BREAK = re.compile(r"[,;:()]|\s(?:va|con|and|while|but|nhung)\s")

AVERAGE = re.compile(r"\b(?:binh\s+quan|trung\s+binh|average|mean)\b", FLAGS)
NATIONAL = re.compile(r"\b(?:ca\s+nuoc|toan\s+quoc|national|nationwide|country|(?:63|34)\s+(?:tinh|provinces))\b",
                      FLAGS)

COUNT_WORDS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
               "ten": 10, "mot": 1, "hai": 2, "ba": 3, "bon": 4, "nam": 5, "sau": 6, "bay": 7, "tam": 8, "chin": 9,
               "muoi": 10}
WORD_RANKS = {"nhat": 1, "nhi": 2, "hai": 2, "ba": 3, "tu": 4, "nam": 5, "sau": 6, "bay": 7, "tam": 8, "chin": 9,
              "muoi": 10, "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7,
              "eighth": 8, "ninth": 9, "tenth": 10, "a quan": 2}
VI_WORD = r"(?P<w>nhat|nhi|hai|ba|tu|nam|sau|bay|tam|chin|muoi)"

# (kind, language, pattern). Kinds: rank, rank_change, score_change, rank_move (from a to b), score.
FIGURES: list[tuple[str, str, re.Pattern[str]]] = [
    ("rank_move", "vi", re.compile(
        r"\btu\s+(?:vi\s+tri\s+)?(?:thu\s+)?(?P<a>\d{1,2})\s+(?:len|xuong)\s+(?:vi\s+tri\s+)?(?:thu\s+)?" + RANK + OF,
        FLAGS)),
    ("rank_move", "en", re.compile(
        r"\bfrom\s+(?P<a>\d{1,2})" + ORD + r"?\s+(?:place\s+)?to\s+" + RANK + ORD + OF, FLAGS)),
    ("rank_change", "vi", re.compile(
        r"\b(?P<dir>tang|giam|tut|len|xuong|thang|vuot)\s+(?:hang\s+|them\s+|len\s+|xuong\s+)?" + COUNT_VI
        + r"\s+(?:bac|hang|vi\s+tri|bac\s+xep\s+hang)\b", FLAGS)),
    ("rank", "vi", re.compile(r"\b(?:dung|giu|o|len|xuong)\s+(?:o\s+)?hang\s+" + RANK + OF, FLAGS)),
    ("rank_change", "en", re.compile(
        r"\b(?P<dir>up|down|rose|risen|rises|climbed|climbing|climbs|jumped|jumping|jumps|fell|fallen|falling|falls|"
        r"dropped|dropping|drops|slipped|slips|gains|loses|"
        r"gained|gaining|lost|losing|advanced|moved\s+up|moved\s+down)\s+(?:by\s+)?" + COUNT_EN + r"\s+"
        r"(?:places?|spots?|positions?|notches?|ranks?|steps?)\b", FLAGS)),
    ("rank_change", "en", re.compile(
        r"\b(?:an?\s+)?(?P<dir>increase|rise|jump|gain|climb|improvement|drop|decrease|fall|decline)\s+of\s+"
        + COUNT_EN + r"\s+(?:places?|spots?|positions?|notches?|ranks?|steps?)\b", FLAGS)),
    ("score_change", "vi", re.compile(
        r"\b(?P<dir>tang|giam)\s+(?:them\s+)?(?P<n>" + NUM + r")\s*(?P<unit>%|diem(?:\s+phan\s+tram)?)", FLAGS)),
    ("score_change", "en", re.compile(
        r"\b(?P<dir>up|down|rose|fell|increased|decreased|gained|lost|dropped|(?:an\s+)?(?:increase|decrease|gain|"
        r"drop|rise|fall)\s+of)\s+(?:by\s+)?(?P<n>" + NUM + r")\s*(?P<unit>percentage\s+points?|points?|%)", FLAGS)),
    ("rank", "vi", re.compile(
        r"\b(?:xep|dung|o|giu|cao)\s+(?:o\s+)?(?:vi\s+tri\s+|hang\s+)?thu\s+" + RANK + OF, FLAGS)),
    ("rank", "vi", re.compile(
        r"\b(?:xep|dung|o|giu|dat|chiem)\s+(?:vung\s+)?(?:o\s+)?(?:vi\s+tri\s+|hang\s+)?thu\s+" + VI_WORD +
        r"\b(?!\s*\d)", FLAGS)),
    ("rank", "vi", re.compile(r"\b(?:vi\s+tri|hang)\s+thu\s+" + VI_WORD + r"\b(?!\s*\d)", FLAGS)),
    ("rank", "vi", re.compile(r"\b(?P<w>a\s+quan)\b", FLAGS)),
    ("rank", "vi", re.compile(
        r"(?:(?<=[;,:]\s)|(?<=^)|(?<=\n))thu\s+(?:" + VI_WORD + r"|" + RANK + r")(?=\s+(?:la|thuoc\s+ve)\s)", FLAGS)),
    ("rank_last", "vi", re.compile(
        r"\b(?:(?:xep|dung|o|nam)\s+(?:o\s+)?(?:vi\s+tri\s+)?(?:cuoi\s+cung|cuoi\s+bang|cuoi)|"
        r"cuoi\s+bang\s+xep\s+hang|(?:vi\s+tri|hang)\s+cuoi(?:\s+cung)?|cuoi\s+bang|thap\s+nhat\s+"
        r"(?:ca\s+nuoc|toan\s+quoc)|(?:bet|chot)\s+bang|xep\s+chot|(?<!chuyen\s)doi\s+so)\b", FLAGS)),
    ("rank_last", "en", re.compile(
        r"\b(?:ranked\s+last|came\s+(?:in\s+)?last|(?:in\s+)?last\s+place|(?:at\s+the\s+)?bottom\s+of\s+the\s+"
        r"(?:table|rankings?|list)|at\s+the\s+bottom|"
        r"lowest\s+(?:score\s+)?(?:in\s+the\s+country|nationwide))\b", FLAGS)),
    ("rank", "vi", re.compile(
        r"\(\s*(?:xep\s+|dung\s+|dat\s+)?(?:hang\s+|vi\s+tri\s+)?thu\s+" + RANK + OF + r"\s*(?:[,;][^()]*)?\)",
        FLAGS)),
    ("rank", "any", re.compile(r"\(\s*" + RANK + r"\s*/\s*(?P<of>\d{1,2})\s*\)", FLAGS)),
    ("rank", "vi", re.compile(r"\bvi\s+tri\s+(?:thu\s+)?" + RANK + OF, FLAGS)),
    ("rank", "vi", re.compile(r"\b(?:xep\s+hang|thu\s+hang)\s+(?:thu\s+)?" + RANK + OF, FLAGS)),
    ("rank", "vi", re.compile(r"\bxep\s+" + RANK + r"\s*/\s*(?P<of>\d{1,2})\b", FLAGS)),
    ("rank", "vi", re.compile(r"\bhang\s+" + RANK + r"\s*/\s*(?P<of>\d{1,2})\b", FLAGS)),
    ("rank", "vi", re.compile(
        r"(?<!nguoi\s)(?<!nhom\s)(?<!cac\s)(?<!top\s)(?<!tinh\s)(?<!phuong\s)\b(?P<lead>dan\s+dau|dung\s+dau|xep\s+dau|quan\s+quan|"
        r"vi\s+tri\s+(?:so\s+1|so\s+mot|dau\s+tien|quan\s+quan)|ngoi\s+dau|"
        r"cao\s+nhat\s+(?:ca\s+nuoc|toan\s+quoc))\b", FLAGS)),
    ("rank", "en", re.compile(r"\brank(?:ed|s|ing)?\s+(?:at\s+)?(?:no\.?\s*)?" + RANK + ORD + r"?" + OF, FLAGS)),
    ("rank", "en", re.compile(
        r"\b(?:rank(?:ed|s|ing)?|came(?:\s+in)?|placed|finished)\s+(?P<w>first|second|third|fourth|fifth|sixth|seventh|"
        r"eighth|ninth|tenth)\b", FLAGS)),
    ("rank", "en", re.compile(r"\b" + RANK + ORD + r"[\s-]+(?:highest|best|largest|biggest)\b", FLAGS)),
    ("rank", "en", re.compile(r"\b" + RANK + ORD + r"\s+(?:out\s+)?of\s+(?P<of>\d{1,2})\b", FLAGS)),
    ("rank", "en", re.compile(
        r"\b" + RANK + ORD + r"\s+(?:place|position|spot|nationwide|in\s+the\s+(?:country|nation|ranking))", FLAGS)),
    ("rank", "en", re.compile(
        r"\b(?P<lead>topped|tops|came\s+(?:in\s+)?first|took\s+(?:the\s+)?(?:first\s+place|top\s+spot)|"
        r"in\s+first\s+place|number\s+one|no\.\s*1\b|(?:retain(?:s|ed)?|keeps?|kept|holds?|held|took|takes?|"
        r"claimed|claims?)\s+(?:the\s+)?(?:top\s+(?:spot|position|place)|first\s+place|lead)|led\s+(?:the\s+)?(?:country|nation|rankings?|table|"
        r"whole\s+country)|highest\s+(?:score\s+)?(?:in\s+the\s+country|nationwide))", FLAGS)),
    ("rank", "en", re.compile(r"\bto\s+" + RANK + ORD + r"\b" + OF, FLAGS)),
    ("rank", "en", re.compile(
        r"\b(?:placing|putting|placed|puts|places)\s+(?:it|them|the\s+(?:province|city))\s+(?:in\s+|at\s+)?"
        + RANK + ORD + r"\b" + OF, FLAGS)),
    ("rank", "en", re.compile(
        r"\b(?P<w>first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth)\s+(?:in\s+the\s+(?:country|nation)|"
        r"nationwide|nationally|place\b|position\b)", FLAGS)),
    ("rank", "en", re.compile(
        r"\b(?:came|comes|come|finished|finishes)\s+(?:in\s+)?" + RANK + ORD + r"\b" + OF, FLAGS)),
    ("score", "any", re.compile(
        r"(?P<n>" + NUM + r")\s*(?P<unit>%|/\s*100\s*diem|/\s*100\b|diem\b|points?\b|phan\s+tram|percent\b|"
        r"/\s*(?P<max>\d{1,2}(?:[.,]\d{1,2})?)\s*(?:diem|points?)\b)", FLAGS)),
    ("score", "any", re.compile(
        r"\b(?:dat|voi|la|scored|scoring|score\s+of|at|with|reached|reaching|was|of|to)\s+(?P<n>" + DECIMAL + r")",
        FLAGS)),
]

# What may stand between a rank and a region for the rank to be a rank within that region.
REGION_FILLER = {"tinh", "thanh", "pho", "thuoc", "trong", "cua", "khu", "vuc", "vung", "tai", "o", "cac", "so",
                 "dia", "phuong", "in", "the", "of", "among", "provinces", "province", "and", "cities", "city",
                 "localities", "region", "within", "out", "toan", "ca"}
# A group, not a rank: "nhóm 10 tỉnh dẫn đầu", "top 10", "among the 20 best": its number is consumed, never a figure.
GROUP = re.compile(
    r"\b(?:(?:nhom|top|trong)\s+(?:\d{1,2}|muoi|nam|ba)\s+(?:tinh|dia\s+phuong|don\s+vi|provinces?)?[^,.;]{0,25}?"
    r"(?:dan\s+dau|cao\s+nhat|thap\s+nhat|dung\s+dau|tot\s+nhat|xep\s+cuoi|cuoi\s+bang)|top\s+\d{1,2}\b|"
    r"nhom\s+(?:cac\s+|nhung\s+)?(?:tinh\s+|dia\s+phuong\s+)?[^,.;]{0,25}?(?:dan\s+dau|cao\s+nhat|thap\s+nhat|"
    r"dung\s+dau|tot\s+nhat|xep\s+cuoi|cuoi\s+bang)(?:\s+(?:ca\s+nuoc|toan\s+quoc))?|"
    r"(?:the\s+)?(?:top|best|bottom|leading)\s+(?:\d{1,2}|ten|five|three)\b)", FLAGS)
# "tỉnh" / "the province" standing alone: the province of the heading or of an earlier sentence.
REFERENCE = re.compile(
    r"(?<![\d\w])(?<!cac\s)(?<!nhung\s)(?<!toan\s)(?<!moi\s)(?<!\d\s)(?<!tinh,\s)(?<!tinh\s)(?<!cap\s)(?<!hai\s)"
    r"(?<!mot\s)(?<!lien\s)(?<!ngoai\s)(?<!ba\s)(?<!bon\s)(?<!nam\s)(?<!sau\s)(?<!bay\s)(?<!tam\s)(?<!chin\s)"
    r"(?<!muoi\s)(?<!nhieu\s)(?<!the\s)(?:tinh|thanh\s+pho|tp\.?|dia\s+phuong|thu\s+do|"
    r"(?:the\s+)?(?:province|city|capital)(?:'s)?)(?:\s+(?:nay|ta|nha|minh))?(?![\w.])(?!\s*,\s*thanh\s+pho)"
    r"(?!\s+(?:uy|ban|doan|doi|truong|thanh|truc|and|of|in|level)\b)"
    # "tính"/"tình" fold to "tinh" too: "tính đến nay", "tình hình", "tính năng động" are not the province
    r"(?!\s+(?:den|theo|tu|chung|rieng|nang|minh|canh|hinh|toan|diem|trang|cam|than|chat|"
    r"thuc|hieu|lien|on|ke|tich|khoa|sang|dong|hop|huong)\b)", FLAGS)
# A scope naming a region before or after a rank: "tại Đồng bằng sông Cửu Long", "trong khu vực Tây Nguyên".
REGION_SCOPE = re.compile(r"\b(?:tai|trong|o|in|within|across)\s+(?:the\s+)?(?:(?:vung|khu\s+vuc)\s+)?$", FLAGS)
NATIONAL_SCOPE = re.compile(r"\s*(?:cua\s+)?(?:ca\s+nuoc|toan\s+quoc|nationwide|in\s+the\s+country|"
                            r"(?:/|trong|tren|out\s+of|of)\s*(?:63|34)\b)", FLAGS)
# After a comparison year, a parenthesis states that year's own figure: "so với năm 2020 (52/63)".
PRIOR = re.compile(
    r"(?:so\s+voi\s+(?:nam\s+)?(?P<y>20\d\d)|so\s+voi\s+(?P<prev>nam\s+truoc|cung\s+ky)|"
    r"(?:compared\s+(?:with|to)|from|than(?:\s+in)?|on)\s+(?P<ey>20\d\d))\s*(?=\()", FLAGS)
# A year followed by a publisher announcing: "Năm 2024, Bộ Nội vụ công bố Chỉ số CCHC năm 2023" (the date of the
# announcement, not of the figures).
PUBLISHED_AFTER = re.compile(
    r"\s*,?\s*(?:bo\s+(?:noi\s+vu|thong\s+tin(?:\s+va\s+truyen\s+thong)?|khoa\s+hoc(?:\s+va\s+cong\s+nghe)?)|"
    r"vcci|undp|the\s+ministry\s+of\s+\w+(?:\s+\w+){0,3})\s+(?:da\s+|chinh\s+thuc\s+|has\s+)?"
    r"(?:cong\s+bo|to\s+chuc\s+(?:hoi\s+nghi\s+)?cong\s+bo|announced|released|published)", FLAGS)
# A parenthesis opening with a year states that year's figures: "xếp thứ 29/63 (năm 2021 xếp thứ 35/63)".
PAREN_YEAR = re.compile(r"\(\s*(?:nam\s+|in\s+)?(?P<y>20\d\d)\b[^()]*\)", FLAGS)
COMPARED_YEAR = re.compile(
    r"\s*,?\s*(?:so\s+voi(?:\s+nam)?|compared\s+(?:with|to)|from|than(?:\s+in)?|on|over)\s+(?P<y>20\d\d)\b", FLAGS)
# A rank right after a province's name, as headlines write it: "Hải Phòng dẫn đầu, Quảng Ninh thứ 2".
RANK_AFTER_NAME = re.compile(r"\s+(?:xep\s+|dung\s+)?thu\s+(?:" + VI_WORD + r"|" + RANK + OF + r")\b(?!\s*\d)", FLAGS)
