"""English patterns: each with the hint it serves and an example it matches.

An English yes/no question opens with an auxiliary ("Did you…", "Is it…"); a
negated one ("Don't you think…", "Isn't it…") already leans towards its answer.
"""

from __future__ import annotations

from intervisie_desktop.domain.coach.cues import (
    CLAUSE,
    CLOSED,
    EXCUSES,
    FIRES,
    FRAME,
    ITEM,
    NOT_FIRST,
    NOT_OWN,
    OPENING,
    OUTSIDE,
    REQUIRED,
    SENTENCE,
    SEVERAL_A,
    SEVERAL_Q,
    SUBJ,
    SUGGESTIVE,
    WHY,
    Cue,
    LanguageCues,
)
from intervisie_desktop.domain.coach.english_words import (
    AUX,
    IMPERATIVE,
    NEGATED_AUX,
    OTHER_PEOPLE,
    OTHERS,
    QUESTION_WORD,
    SPEAKER_ADVICE,
    SUBJECT,
    TELL,
)

CUES = (
    # --- why questions ---------------------------------------------------------------
    Cue(WHY, SENTENCE, FIRES, r"\bwhy\b", "Why did you accept it?"),
    Cue(WHY, SENTENCE, FIRES, r"\bhow\s+come\b", "How come you waited?"),
    Cue(WHY, SENTENCE, FIRES, r"\bfor\s+what\s+reason\b", "For what reason did you leave?"),
    Cue(
        WHY,
        SENTENCE,
        FIRES,
        r"\bwhat\s+(?:is|was)\s+(?:the|your)\s+reason\b",
        "What was your reason for staying?",
    ),
    Cue(
        WHY,
        SENTENCE,
        EXCUSES,
        r"\b(?:understand|know|see)\s+why\s+(?:he|she|they|it|the|this|that|your|his|her)\b",
        "Do you understand why she was angry?",
    ),
    # --- closed questions -------------------------------------------------------------
    Cue(CLOSED, OPENING, FIRES, rf"(?:{AUX}|{NEGATED_AUX})\s+\S", "Did you discuss this?"),
    Cue(
        CLOSED,
        CLAUSE,
        FIRES,
        rf"(?:{AUX}|{NEGATED_AUX})\s+{SUBJECT}\b",
        "Looking back, are you satisfied?",
    ),
    Cue(
        CLOSED,
        SENTENCE,
        FIRES,
        r",\s*(?:right|isn't\s+it|is\s+it|don't\s+you|didn't\s+you|aren't\s+you|wasn't\s+it|"
        r"weren't\s+you|haven't\s+you|doesn't\s+it|correct|or\s+not|no|yes|true|yeah|"
        r"wouldn't\s+you|won't\s+you|can't\s+you)\s*\?$",
        "You found it tense, right?",
    ),
    Cue(
        CLOSED,
        SENTENCE,
        FIRES,
        rf"^(?:so,?\s+|and\s+)?(?:you|he|she|they|it|that|this)(?:'\w+)?\s+"
        rf"(?![^?]*\b{QUESTION_WORD}\b)[^?]*\?$",
        "You haven't told her yet?",
    ),
    Cue(
        CLOSED,
        SENTENCE,
        EXCUSES,
        rf"^(?:can|could|would|will)\s+you\s+(?:please\s+)?(?:\S+\s+){{0,4}}?{TELL}\b",
        "Could you tell us a bit more about the team?",
    ),
    # --- suggestive questions ---------------------------------------------------------
    Cue(
        SUGGESTIVE,
        CLAUSE,
        FIRES,
        rf"{NEGATED_AUX}\s+(?:you|it|that|this|there|he|she|they|we)\b(?!\s*\?)",  # not a tag
        "Don't you think he is insecure?",
    ),
    Cue(
        SUGGESTIVE,
        CLAUSE,
        FIRES,
        r"(?:is|was|would|could|should|do|did)\s+(?:it|you|that)\s+not\b",
        "Would it not be better to wait?",
    ),
    Cue(
        SUGGESTIVE,
        CLAUSE,
        FIRES,
        r"(?:have|did|had)\s+you\s+(?:\S+\s+){0,2}?(?:tried|try|considered|consider|"
        r"thought\s+about|think\s+about|thought\s+of|think\s+of)\b",
        "Have you tried telling him?",
    ),
    Cue(
        SUGGESTIVE,
        SENTENCE,
        FIRES,
        r"\bwhy\s+(?:don't|not|do\s+not|wouldn't|won't)\s+(?:you\s+)?\w",
        "Why don't you just call her?",
    ),
    Cue(
        SUGGESTIVE,
        SENTENCE,
        FIRES,
        r"\bwould\s+it\s+(?:not\s+)?be\s+(?:better|wiser|easier|good|best|smarter|"
        r"a\s+good\s+idea)\b",
        "Would it be better to wait?",
    ),
    Cue(
        SUGGESTIVE,
        SENTENCE,
        FIRES,
        r"\b(?:could|can|couldn't|can't)\s+you\s+(?:not\s+)?(?:just|simply)\b",
        "Can you just say no?",
    ),
    Cue(SUGGESTIVE, SENTENCE, FIRES, r"\bwhat\s+if\s+you\b", "What if you asked her?"),
    Cue(SUGGESTIVE, SENTENCE, FIRES, r"\bhow\s+about\s+(?:you\s+)?\w+ing\b", "How about asking?"),
    Cue(
        SUGGESTIVE,
        SENTENCE,
        FIRES,
        r"\b(?:would|might|could|will)\s+it\s+help\b",
        "Would it help if you wrote it down?",
    ),
    Cue(
        SUGGESTIVE,
        SENTENCE,
        FIRES,
        r"\b(?:maybe|perhaps)\s+you\s+(?:could|should|can|might|need)\b",
        "Maybe you could discuss it?",
    ),
    Cue(
        SUGGESTIVE,
        SENTENCE,
        FIRES,
        r"\b(?:could|might|can)\s+it\s+be\s+that\b|\bis\s+it\s+possible\s+that\s+you\b",
        "Could it be that you are afraid?",
    ),
    Cue(
        SUGGESTIVE,
        SENTENCE,
        FIRES,
        r"^you\s+(?:should|must|ought\s+to)\b|\bif\s+i\s+were\s+you\b|\bmy\s+advice\b",
        "You should tell her, don't you think?",
    ),
    # --- several questions in one item ------------------------------------------------
    Cue(
        SEVERAL_Q,
        SENTENCE,
        FIRES,
        rf"^(?:\S+\s+){{2,}}(?:and|or)\s+{QUESTION_WORD}\s+(?:\S+\s+)+\S",
        "What did you do and how did she respond?",
    ),
    Cue(
        SEVERAL_Q,
        SENTENCE,
        FIRES,
        rf"\S\s*,?\s+and\s+{AUX}\s+(?:you|he|she|they|it)\b",
        "What did you say, and did it help?",
    ),
    Cue(
        SEVERAL_Q,
        SENTENCE,
        EXCUSES,
        r"\b(?:about|between|of|with|on)\s+what\b[^?,]*\sand\s+what\b",
        "What is the difference between what you want and what you do?",
    ),
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
