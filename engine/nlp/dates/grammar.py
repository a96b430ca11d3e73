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
    rf"(?:[XCLV]{_F})?J(?:{_F}Y)?",
    rf"Y{_F}J",
    rf"q(?:{_F}Y)?",
    rf"Y{_F}q",
    rf"e{_F}(?:[XCLV]{_F})?{_UNIT}",
    rf"{_DAYN}{_F}{_MON}(?:{_F}Y)?",
    rf"{_MON}{_F}{_DAYN}(?:{_F}Y)?",
    rf"{_MON}{_F}Y(?:{_F}{_DAYN})?",
    rf"{_DAYN}{_F}Y{_F}{_MON}",
    rf"{_MON}{_F}N",
    rf"[XCLV]{_F}{_MON}",
    rf"{_MON}{_F}[yV]",
    _MON,
    rf"(?:[XCLV]{_F})?{_WD}(?:{_F}[yV]|{_F}{_DAYN}(?![a,]*[HAv]))?",
    rf"Y{_F}{_MON}{_F}{_DAYN}",
    rf"[Zz]{_F}Y",
    rf"N{_F}{_WD}",
    "D",
    "Q",
    "O",
    r"dN\.?",
    rf"N{_F}d(?![a,]*N)",  # "13 tarikh": the day word after the number
    "dO",
    rf"[XCLV]{_F}(?:N{_F})?{_UNIT}",
    rf"{_UNIT}{_F}[yVg]",
    rf"[IKi]{_F}(?:N{_F})?{_UNIT}",
    rf"N{_F}{_UNIT}{_F}[gl]",
    rf"N{_F}{_UNIT}{_F}[GBFlg]{_F}{_ANCHOR}",
    rf"g{_F}N{_F}{_UNIT}",
    rf"N{_F}{_UNIT}(?:{_F}{_UNIT}|{_F}N{_F}{_UNIT})*(?:{_F}N)?",
    "E",
    "Y",
]
_TIME_FORMS = [
    rf"T(?:{_F}[Av])*",
    rf"[@j]{_F}N(?:{_F}[HAv])*",
    rf"N{_F}[HA]+(?:{_F}[Av])*",
    rf"N{_F}v(?:{_F}[HA])*",
    rf"(?:N{_F})?v{_F}N",
    rf"N{_F}P",
    rf"P{_F}N(?:{_F}[HA])*",
    "P",
]
_ELEMENT = "(?:" + "|".join(_TIME_FORMS + _DATE_FORMS) + ")"
_SEP = "[a,@j.]*"
_EDGE = rf"(?:e{_F})?"
_DT = rf"{_EDGE}{_ELEMENT}(?:{_SEP}{_EDGE}{_ELEMENT})*"
_SIDE = rf"(?:N|{_ELEMENT})(?:{_SEP}(?:{_ELEMENT}|N))*"
_CONN = "[R&Bhs]"
_SIDE_IN = rf"{_SIDE}(?:{_F}I{_F}Y)?"  # "June in 2017"
_RANGE = (rf"(?:{_DT}{_F})?(?:[GKF]{_F})?{_SIDE_IN}{_F}{_CONN}{_F}[@a]*{_SIDE_IN}"
          rf"|{_DT}{_F}s{_F}{_DT}{_F}b?")
MENTION = re.compile(rf"(?:[BF@]{_F})?(?:{_RANGE}|{_DT})(?:{_F}[bfs])?")
