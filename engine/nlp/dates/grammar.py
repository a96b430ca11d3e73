"""The grammar: one regex over the string of tag letters, shared by every language.

Word order differences between languages are covered by allowing both orders ("next week" and
"semana que vem", "bis Montag" and "somvar tak"); the words themselves are data.
"""

from __future__ import annotations

import re

_F = "[a,h]*"  # fillers: articles, "of", "on", commas, glued hyphens
_DAYN = r"(?:[NO]\.?)"
_MON = r"(?:[Mm]\.?)"
_WD = r"(?:[Ww]\.?)"
_UNIT = "[Uj]"
_ANCHOR = rf"(?:D|(?:[XCLV]{_F})?[WwJ]|E|[Zz]|{_MON}{_F}{_DAYN}|{_DAYN}{_F}{_MON})"

_DATE_FORMS = [
    rf"[OL]{_F}U{_F}(?:[XCLV]{_F}U|{_MON}(?:{_F}Y)?|Y)",
    "[Zz]",
    rf"[OL]{_F}[UWw]",  # "2018 का तीसरा सप्ताह", "अगले महीने का पहला सोमवार": period first
    # "le premier lundi du mois prochain", "Senin pertama bulan depan"
    rf"(?=[dOLWw])(?:d{_F})?(?:[OL]{_F}[Ww]|[Ww]{_F}O)(?:{_F}P)?{_F}G?{_F}"
    rf"(?:[XCLV]{_F}U|U{_F}[yV]|{_MON}(?:{_F}Y)?|Y)",
    rf"(?:[XCLV]{_F})?J(?:{_F}Y)?",
    rf"Y{_F}J",
    rf"q(?:{_F}Y)?",
    rf"Y{_F}q",
    rf"e{_F}(?:[XCLV]{_F})?{_UNIT}",
    rf"{_DAYN}{_F}{_MON}(?:{_F}(?:I{_F})?Y|{_F}N(?![a,]*[HAvPUjTNM]))?",  # "28 june in 2020"
    rf"{_MON}{_F}{_DAYN}(?:{_F}Y|(?![a,]*[vU]))",  # not "marzo, nueve y media"
    rf"{_MON}{_F}Y(?:{_F}{_DAYN})?",
    rf"{_DAYN}{_F}Y{_F}{_MON}",
    rf"{_MON}{_F}N(?![a,]*v)",
    rf"[XCLV]{_F}{_MON}",
    rf"{_MON}{_F}[yV]",
    _MON,
    rf"(?:[XCLV]{_F})?{_WD}(?:{_F}[yV]|{_F}{_DAYN}(?![a,]*[HAvUj]))?",
    rf"Y{_F}{_MON}{_F}{_DAYN}",
    rf"[Zz]{_F}Y",
    rf"N{_F}{_WD}",
    rf"(?=[dN])(?:d{_F})?N{_F}N{_F}Y",  # "9 de 8 de 1971"
    "D",
    "Q",
    "O",
    r"dN\.?",
    rf"N{_F}d(?![a,]*N)",  # "13 tarikh": the day word after the number
    "dO",
    rf"[XCLV]{_F}(?:N{_F})?{_UNIT}",
    rf"N[XLV]{_F}{_UNIT}",  # "5 próximos años", "5 past years"
    rf"U{_F}[YNO]",  # "year 2008", "week 31", "kuartal ketiga"
    rf"N\.{_UNIT}",  # "im 3. Quartal"
    rf"Y{_F}U",  # "1990 के दशक"
    rf"N{_F}{_UNIT}{_F}[yV]",  # "10 semanas anteriores"
    rf"{_UNIT}{_F}[yVg]",
    rf"[IKi]{_F}U{_F}[YN](?![a,]*[UjHA])",  # "en semana 31"
    rf"[IKi]{_F}(?:N{_F})?{_UNIT}",
    rf"N{_F}{_UNIT}{_F}[gls]",
    rf"N{_F}{_UNIT}{_F}[GBFlg]{_F}{_ANCHOR}",
    rf"g{_F}N{_F}{_UNIT}",
    rf"N{_F}{_UNIT}(?:{_F}{_UNIT}(?![a,]*[yV])|{_F}N{_F}{_UNIT})*(?:{_F}N)?",
    "E",
    "Y",
]
_TIME_FORMS = [
    rf"T(?:{_F}[Av])*",
    rf"[@j]{_F}N(?:{_F}[HAv])*",
    rf"N{_F}[HA]+(?:{_F}[Av])*",
    rf"(?:N{_F})?v{_F}N(?:{_F}[HAv])*",
    rf"N{_F}v(?:{_F}[HA])*",
    rf"N{_F}P",
    rf"P{_F}N(?:{_F}[HA])*",
    "P",
]
# "by 5", "antes das 7": a lone number after a deadline word, tried last
_ELEMENT = "(?:" + "|".join([*_TIME_FORMS, *_DATE_FORMS, r"(?:(?<=[BF])|(?<=[BF]a))N"]) + ")"
_SEP = "[a,@j.]*"
_EDGE = rf"(?:e{_F})?"
_DT = rf"{_EDGE}{_ELEMENT}(?:{_SEP}{_EDGE}{_ELEMENT})*"
_SIDE = rf"(?:{_ELEMENT}|N)(?:{_SEP}(?:{_ELEMENT}|N))*"
_CONN = "[R&Bhs]"
_SIDE_IN = rf"{_SIDE}(?:{_F}I{_F}(?:Y|[XCLV]{_F}U))?"  # "June in 2017", "4-23 in next month"
_RANGE = (rf"(?:{_DT}{_F})?(?:[GKF]{_F}[@a]*)?{_SIDE_IN}{_F}{_CONN}{_F}[@a]*{_SIDE_IN}"
          rf"|{_DT}{_F}s{_F}{_DT}{_F}b?")
MENTION = re.compile(rf"(?:[BF@]{_F})?(?:{_RANGE}|{_DT})(?:{_F}[bfs])?")
