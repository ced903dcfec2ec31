"""English patterns: each with the hint it serves and an example it matches. Those for
questions are in :mod:`english_questions`; here, those for problem definitions and
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
from intervisie_desktop.domain.coach.english_questions import QUESTION_CUES
from intervisie_desktop.domain.coach.english_words import (
    IMPERATIVE,
    OTHER_PEOPLE,
    OTHERS,
    SPEAKER_ADVICE,
)

CUES = (
    *QUESTION_CUES,
    # --- problem definitions ----------------------------------------------------------
    Cue(
        NOT_FIRST,
        ITEM,
        REQUIRED,
        r"\b(?:i|me|my|myself|mine)\b",
        "My problem is that I hesitate.",
    ),
    Cue(
        OUTSIDE,
        SUBJ,
        FRAME,
        r"(?:my|the)\s+(?:\S+\s+)?(?:problem|issue|question|core|crux|heart|challenge|dilemma|"
        r"struggle|difficulty)(?:\s+of\s+my\s+(?:\S+\s+)?(?:question|problem|issue|case))?"
        r"\s+is\s*(?:[:,]\s*)?(?:that\s+)?",
        "My problem is that ",
    ),
    Cue(
        OUTSIDE,
        SUBJ,
        FRAME,
        r"i\s+(?:find|found)\s+it\s+(?:\S+\s+)?(?:hard|difficult|frustrating|annoying|tough|"
        r"painful|upsetting)\s+that\s+|what\s+i\s+struggle\s+with\s+is\s+(?:that\s+)?",
        "I find it hard that ",
    ),
    Cue(OUTSIDE, SUBJ, FIRES, rf"{OTHER_PEOPLE}\b", "she doesn't listen"),
    Cue(
        OUTSIDE,
        SUBJ,
        FIRES,
        rf"(?:my|our|the|this|that|his|her|their)\s+(?:\S+\s+){{0,2}}?{OTHERS}\b",
        "my manager never backs me up",
    ),
    # --- advice -----------------------------------------------------------------------
    Cue(
        NOT_OWN,
        ITEM,
        FIRES,
        r"^you\s+(?:really\s+|just\s+|definitely\s+|simply\s+|honestly\s+)?"
        r"(?:should|must|need\s+to|have\s+to|ought\s+to|could|can|might\s+want\s+to|"
        r"had\s+better|'d\s+better)\b",
        "You should just say no.",
    ),
    Cue(
        NOT_OWN,
        ITEM,
        FIRES,
        r"^it\s+(?:would\s+be|might\s+be|could\s+be|will\s+be|is|'s)\s+(?:\S+\s+)?(?:better|"
        r"wise|wiser|best|smart|important|good|a\s+good\s+idea|helpful|useful)\b",
        "It would be wise to report this.",
    ),
    Cue(
        NOT_OWN,
        ITEM,
        FIRES,
        r"^(?:maybe|perhaps)\s+you\s+(?:could|should|can|might|need|must)\b",
        "Maybe you could plan it together.",
    ),
    Cue(NOT_OWN, ITEM, FIRES, rf"^{IMPERATIVE}\b", "Talk to her before it escalates."),
    Cue(
        NOT_OWN,
        ITEM,
        EXCUSES,
        r"\bif\s+i\s+were\s+(?:you|in\s+your)\b|\bin\s+your\s+(?:shoes|place|position|situation)\b"
        rf"|{SPEAKER_ADVICE}|\bi\s+wouldn't\b|\bmy\s+(?:advice|tip|suggestion)\b"
        r"|\bi\s+(?:suggest|recommend|advise|think|feel|believe|wonder)\b",
        "If I were you, I would call.",
    ),
    Cue(
        SEVERAL_A,
        ITEM,
        FIRES,
        r"\bif\s+i\s+were\s+you\b.*\bif\s+i\s+were\s+you\b",
        "If I were you I'd call. If I were you I'd also write.",
    ),
    Cue(
        SEVERAL_A,
        ITEM,
        FIRES,
        r"\b(?:additionally|in\s+addition|furthermore|moreover|secondly|thirdly|"
        r"on\s+top\s+of\s+that|besides\s+that|as\s+well\s+as\s+that|another\s+(?:thing|"
        r"piece\s+of\s+advice|tip|suggestion)|my\s+second\s+(?:advice|tip|suggestion)|"
        r"i\s+would\s+also|i'd\s+also|also,?\s+i\s+would|also,?\s+i'd)\b"
        rf"|{SPEAKER_ADVICE}[^.;]*\band\s+also\b",
        "I would call. Additionally, I would write.",
    ),
    Cue(
        SEVERAL_A,
        ITEM,
        FIRES,
        r"(?:^|\s)1[.)]\s.*\s2[.)]\s",
        "If I were you I would 1. call, 2. write.",
    ),
    Cue(
        SEVERAL_A,
        ITEM,
        FIRES,
        rf"{SPEAKER_ADVICE}[^.;]*[.;]\s*(?:\S+\s+){{0,3}}{SPEAKER_ADVICE}",
        "I would call. Then I would write.",
    ),
)

ENGLISH = LanguageCues(language="en", cues=CUES, name_after="that")
