"""Dutch patterns: each with the hint it serves and an example it matches. Those for
questions are in :mod:`dutch_questions`; here, those for problem definitions and
advice, and the language's cues as a whole.
"""

from __future__ import annotations

from intervisie_desktop.domain.coach.cues import (
    EXCUSES,
    FIRES,
    FRAME,
    ITEM,
    NOT_FIRST,
    NOT_OWN,
    OUTSIDE,
    REQUIRED,
    SEVERAL_A,
    SUBJ,
    Cue,
    LanguageCues,
)
from intervisie_desktop.domain.coach.dutch_questions import QUESTION_CUES
from intervisie_desktop.domain.coach.dutch_words import (
    IMPERATIVE,
    OTHER_PEOPLE,
    OTHERS,
    SPEAKER_ADVICE,
)

CUES = (
    *QUESTION_CUES,
    # --- problem definitions: first person -----------------------------------------
    Cue(
        NOT_FIRST,
        ITEM,
        REQUIRED,
        r"\b(?:ik|mij|me|mijn|m'n|mezelf|mijzelf)\b",
        "Mijn probleem is dat ik twijfel.",
    ),
    # --- problem definitions: the problem kept with the case presenter -------------
    Cue(
        OUTSIDE,
        SUBJ,
        FRAME,
        r"(?:mijn|het|de)\s+(?:\S+\s+)?(?:probleem|kern|vraag|kernvraag|kernprobleem|"
        r"moeilijkheid|dilemma|uitdaging|worsteling|vraagstuk|intervisievraag)"
        r"(?:\s+van\s+mijn\s+(?:\S+\s+)?(?:vraag|intervisievraag|probleem|casus))?"
        r"\s+is\s*(?:[:,]\s*)?(?:dat\s+)?",
        "Mijn probleem is dat",
    ),
    Cue(
        OUTSIDE,
        SUBJ,
        FRAME,
        r"ik\s+(?:vind|vond)\s+het\s+(?:\S+\s+)?(?:lastig|moeilijk|vervelend|frustrerend|"
        r"jammer|erg|zwaar|ingewikkeld|naar|storend)\s+dat\s+",
        "Ik vind het lastig dat ",
    ),
    Cue(
        OUTSIDE,
        SUBJ,
        FRAME,
        r"(?:waar\s+ik\s+(?:mee\s+)?(?:worstel|zit|tegenaan\s+loop)(?:\s+mee)?\s+is\s+(?:dat\s+)?"
        r"|ik\s+(?:heb|ervaar)\s+(?:er\s+)?(?:last|moeite)\s+(?:van|mee)\s+dat\s+)",
        "Waar ik mee worstel is dat ",
    ),
    Cue(OUTSIDE, SUBJ, FIRES, rf"{OTHER_PEOPLE}\b", "zij luistert niet"),
    Cue(
        OUTSIDE,
        SUBJ,
        FIRES,
        rf"(?:mijn|m'n|onze|ons|de|het|die|deze|haar|zijn|hun)\s+(?:\S+\s+){{0,2}}?{OTHERS}\b",
        "mijn leidinggevende steunt me niet",
    ),
    # --- advice from the speaker ("Als ik jou was, zou ik…") ----------------------
    Cue(
        NOT_OWN,
        ITEM,
        FIRES,
        r"^(?:je|jij|u)\s+(?:moet|moeten|zou|zal|kunt|kan|mag|hoeft|dient)\b",
        "Je moet gewoon nee zeggen.",
    ),
    Cue(
        NOT_OWN,
        ITEM,
        FIRES,
        r"^het\s+(?:is|zou|lijkt)\s+(?!me\b|mij\b)(?:\S+\s+)?(?:beter|verstandig|slim|"
        r"belangrijk|goed|"
        r"handig|raadzaam|tijd|wijs|nuttig|zinvol|een\s+idee)\b",
        "Het is verstandig om dit te melden.",
    ),
    Cue(
        NOT_OWN,
        ITEM,
        FIRES,
        r"^misschien\s+(?:kun|kunt|kan|moet|zou)\s+(?:je|jij|u)\b",
        "Misschien kun je de planning samen maken.",
    ),
    Cue(
        NOT_OWN,
        ITEM,
        FIRES,
        rf"^{IMPERATIVE}\b",
        "Ga met haar in gesprek.",
    ),
    Cue(
        NOT_OWN,
        ITEM,
        EXCUSES,
        r"\bals\s+ik\s+(?:jou|u|jij)\s+(?:was|ben|zou\s+zijn|zijn)\b"
        r"|\bin\s+(?:jouw|uw)\s+(?:plaats|schoenen|situatie)\b"
        rf"|{SPEAKER_ADVICE}|\bmijn\s+(?:advies|tip|suggestie)\b"
        r"|\bik\s+(?:raad|adviseer|stel\s+voor|denk|vind|vermoed)\b",
        "Als ik jou was, zou ik bellen.",
    ),
    # --- one advice per item --------------------------------------------------------
    Cue(
        SEVERAL_A,
        ITEM,
        FIRES,
        r"\bals\s+ik\s+(?:jou|u|jij)\s+was\b.*\bals\s+ik\s+(?:jou|u|jij)\s+was\b",
        "Als ik jou was zou ik bellen. Als ik jou was zou ik ook mailen.",
    ),
    Cue(
        SEVERAL_A,
        ITEM,
        FIRES,
        r"\b(?:daarnaast|bovendien|verder\s+zou\s+ik|ook\s+zou\s+ik|ten\s+tweede|ten\s+derde|"
        r"tweede\s+advies|nog\s+een\s+advies|een\s+ander\s+advies|ik\s+zou\s+ook|"
        r"zou\s+ik\s+ook|raden\s+we\s+ook|adviseren\s+we\s+ook)\b",
        "Ik zou bellen. Daarnaast zou ik mailen.",
    ),
    Cue(
        SEVERAL_A,
        ITEM,
        FIRES,
        r"(?:^|\s)1[.)]\s.*\s2[.)]\s",
        "Als ik jou was zou ik 1. bellen, 2. mailen.",
    ),
    Cue(
        SEVERAL_A,
        ITEM,
        FIRES,
        rf"{SPEAKER_ADVICE}[^.;]*[.;]\s*(?:\S+\s+){{0,3}}{SPEAKER_ADVICE}",
        "Ik zou bellen. Daarna zou ik mailen.",
    ),
)

DUTCH = LanguageCues(language="nl", cues=CUES, name_after="dat")
