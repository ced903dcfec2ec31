"""English patterns for questions (why, closed, suggestive, several in one item): each
with the hint it serves and an example it matches.

An English yes/no question opens with an auxiliary ("Did you…", "Is it…"); a
negated one ("Don't you think…", "Isn't it…") already leans towards its answer.
"""

from __future__ import annotations

from intervisie_desktop.domain.coach.cues import (
    CLAUSE,
    CLOSED,
    EXCUSES,
    FIRES,
    OPENING,
    SENTENCE,
    SEVERAL_Q,
    SUGGESTIVE,
    WHY,
    Cue,
)
from intervisie_desktop.domain.coach.english_words import (
    AUX,
    NEGATED_AUX,
    QUESTION_WORD,
    SUBJECT,
    TELL,
)

QUESTION_CUES = (
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
)
