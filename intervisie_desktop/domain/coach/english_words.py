"""English word lists the patterns in :mod:`.english` are built from."""

from __future__ import annotations

from intervisie_desktop.domain.coach.cues import words

AUX = words(
    "do", "does", "did", "is", "are", "was", "were", "am", "have", "has", "had", "can",
    "could", "would", "will", "shall", "should", "may", "might", "must",
)  # fmt: skip
NEGATED_AUX = words(
    "don't", "doesn't", "didn't", "isn't", "aren't", "wasn't", "weren't", "haven't",
    "hasn't", "hadn't", "can't", "couldn't", "wouldn't", "won't", "shouldn't", "mustn't",
)  # fmt: skip
SUBJECT = words(
    "you", "he", "she", "it", "they", "we", "i", "there", "that", "this", "the", "your",
    "my", "his", "her", "their", "anyone", "anybody", "someone", "somebody", "everyone",
    "people", "a", "an", "any",
)  # fmt: skip
QUESTION_WORD = words("what", "who", "whom", "whose", "how", "where", "when", "which", "why")
TELL = words(
    "tell", "describe", "explain", "say more", "talk", "walk", "share", "elaborate",
    "expand", "outline", "paint", "sketch", "give an example", "give us an example",
    "give me an example", "give some examples",
)  # fmt: skip
OTHERS = words(
    "manager", "boss", "supervisor", "team lead", "team leader", "team", "director",
    "management", "board", "colleague", "colleagues", "coworkers", "co-workers",
    "organisation", "organization", "department", "employer", "company", "school", "client",
    "clients", "customer", "customers", "patient", "patients", "student", "students", "pupil",
    "pupils", "parent", "parents", "partner", "staff", "employee", "employees", "intern",
    "workload", "system", "rules", "policy", "culture", "budget", "cuts", "reorganisation",
    "reorganization", "leadership", "group",
)  # fmt: skip
OTHER_PEOPLE = words(
    "he", "she", "they", "people", "everyone", "everybody", "nobody", "others", "the others",
    "management", "leadership",
)  # fmt: skip
IMPERATIVE = words(
    "try", "talk", "ask", "call", "tell", "stop", "make", "take", "set", "plan", "write", "be",
    "don't", "do", "go", "schedule", "let", "give", "keep", "start", "find", "say", "check",
    "consider", "speak", "book", "delegate", "reach", "get", "put", "focus", "accept", "learn",
    "drop", "block", "share", "step", "raise", "reserve", "list", "pick", "invite", "agree",
    "limit", "practise", "practice", "discuss", "involve", "remember", "think", "look",
    "leave", "stay", "prepare", "contact", "email", "meet", "send", "create", "build", "hand",
    "seek", "use", "protect", "trust", "show", "admit", "name", "prioritise", "prioritize",
    "review", "clarify", "address", "reflect", "dare", "allow", "spend", "never", "always",
)  # fmt: skip
SPEAKER_ADVICE = r"(?:\bi\s+would\b|\bi'd\b)"
