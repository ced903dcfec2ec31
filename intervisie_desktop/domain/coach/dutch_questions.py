"""Dutch patterns for questions (why, closed, suggestive, several in one item): each
with the hint it serves and an example it matches.

Dutch yes/no questions put the finite verb first ("Heb je…", "Is het…"), so a
closed question is a clause that opens with a finite verb and then its subject.
Verbs whose stem doubles as an imperative ("Vertel eens", "Doe het") only count
with a pronoun subject after them ("Vind je", "Denk jij").
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
from intervisie_desktop.domain.coach.dutch_words import (
    AUX,
    FILLER,
    FINITE,
    NOT_A_VERB,
    PROPOSE,
    QUESTION_WORD,
    TELL,
    VERB,
    YES_NO,
    YES_NO_AFTER_COMMA,
)

QUESTION_CUES = (
    # --- why questions (common rule no-why) ---------------------------------------
    Cue(WHY, SENTENCE, FIRES, r"\bwaarom\b", "Waarom reageerde je zo?"),
    Cue(WHY, SENTENCE, FIRES, r"\bom\s+welke\s+reden\b", "Om welke reden koos je dat?"),
    Cue(WHY, SENTENCE, FIRES, r"\bhoe\s+komt\s+het\s+dat\b", "Hoe komt het dat je wachtte?"),
    Cue(WHY, SENTENCE, FIRES, r"\bde\s+reden\s+(?:dat|om)\b", "Wat was de reden om te gaan?"),
    # "Begrijp je waarom ze boos was?" asks about someone else's reasons
    Cue(
        WHY,
        SENTENCE,
        EXCUSES,
        r"\b(?:begrijp|begrijpt|snap|snapt|weet|weten)\s+(?:je|jij|u|jullie)\s+waarom\s+"
        r"(?:hij|zij|ze|het|dat|die|de|hun|haar)\b",
        "Begrijp je waarom ze boos was?",
    ),
    # --- closed questions (common rule no-suggestive: ask open questions) ---------
    Cue(CLOSED, OPENING, FIRES, YES_NO, "Heb je dit al besproken?"),
    Cue(CLOSED, CLAUSE, FIRES, YES_NO_AFTER_COMMA, "Als je terugkijkt, ben je tevreden?"),
    Cue(
        CLOSED,
        SENTENCE,
        FIRES,
        r"(?:,\s*|\s)(?:toch|nietwaar|hè|he)\s*\?$",
        "Je vond het spannend, toch?",
    ),
    Cue(
        CLOSED,
        SENTENCE,
        FIRES,
        r",\s*(?:niet|of\s+niet|ja|klopt\s+dat|of\s+ben\s+ik\s+dat\s+mis|zeker|"
        r"(?:is|was)\s+het\s+niet)\s*\?$",
        "Het ging beter, of niet?",
    ),
    # after a leading clause the main clause opens with its verb: "Als…, grijp je dan in?"
    Cue(
        CLOSED,
        SENTENCE,
        FIRES,
        r"^(?:als|wanneer|toen|nu|zodra|stel\s+dat|terwijl|nadat|voordat|zolang)\b[^,?]*,\s*"
        rf"(?!{QUESTION_WORD}\b|en\b|maar\b|of\b|dan\b)\S+\s+(?:je|jij|u)\b",
        "Als het weer gebeurt, grijp je dan in?",
    ),
    # any other word right before "je/jij/u" at the start of a question is its verb:
    # "Schaam je je…?", "Schreef je…?" (verbs the lists above do not name)
    Cue(
        CLOSED,
        SENTENCE,
        FIRES,
        rf"^(?!{NOT_A_VERB}\b)[a-zà-ÿ]+\s+(?:je|jij|u)\b(?![^?]*\b{QUESTION_WORD}\b)[^?]*\?$",
        "Schaam je je ervoor?",
    ),
    # a statement with a question mark and no question word: "Je hebt het haar verteld?"
    Cue(
        CLOSED,
        SENTENCE,
        FIRES,
        rf"^(?:dus,?\s+|en\s+)?(?:je|jij|u|jullie|hij|zij|ze|het|dat|dit)\s+"
        rf"(?![^?]*\b{QUESTION_WORD}\b)[^?]*\?$",
        "Je hebt het haar nog niet verteld?",
    ),
    # an invitation to tell is open in all but form: "Kun je iets vertellen over…"
    Cue(
        CLOSED,
        SENTENCE,
        EXCUSES,
        rf"^(?:kun|kunt|kan|wil|wilt|zou|zoudt)\s+(?:je|jij|u)\s+(?:\S+\s+){{0,6}}?{TELL}\b",
        "Kun je iets meer vertellen over het team?",
    ),
    # --- suggestive questions (common rule no-suggestive) -------------------------
    Cue(
        SUGGESTIVE,
        CLAUSE,
        FIRES,
        rf"{VERB}\s+(?:je|jij|u|jullie|het|dat|hij|zij|ze)\s+(?:{FILLER}\s+){{0,3}}niet\b"
        r"(?!\s*\?)",  # "…, is het niet?" is a tag
        "Is het niet zo dat je te veel doet?",
    ),
    Cue(
        SUGGESTIVE,
        CLAUSE,
        FIRES,
        r"(?:heb|hebt|had)\s+(?:je|jij|u)\b[^?]{0,150}?\b(?:geprobeerd|uitgeprobeerd|overwogen|"
        r"(?:er)?aan\s+gedacht|gedacht\s+aan|nagedacht\s+over|bedacht\s+om)\b",
        "Heb je al eens geprobeerd om het te zeggen?",
    ),
    Cue(
        SUGGESTIVE,
        CLAUSE,
        FIRES,
        rf"waarom\s+{PROPOSE}\s+(?:je|jij|u)\b[^?]{{0,150}}?\bniet\b",
        "Waarom ga je niet gewoon met haar lunchen?",
    ),
    Cue(SUGGESTIVE, CLAUSE, FIRES, r"waarom\s+niet\s+\w", "Waarom niet gewoon mailen?"),
    Cue(
        SUGGESTIVE,
        CLAUSE,
        FIRES,
        r"(?:kun|kunt|kan|zou|wil|ga|moet)\s+(?:je|jij|u)\s+(?:\S+\s+){0,2}?gewoon\b",
        "Kun je het gewoon zeggen?",
    ),
    Cue(
        SUGGESTIVE,
        SENTENCE,
        FIRES,
        r"\bzou\s+het\s+(?:niet\s+)?(?:beter|handiger|verstandiger|slimmer|makkelijker|goed|"
        r"fijn|helpen|schelen|werken|een\s+idee)\b",
        "Zou het helpen als je het opschrijft?",
    ),
    Cue(
        SUGGESTIVE,
        SENTENCE,
        FIRES,
        r"\b(?:zou\s+het\s+kunnen|kan\s+het\s+zijn|kan\s+het\s+kloppen)\s+dat\b",
        "Kan het zijn dat je bang bent?",
    ),
    Cue(
        SUGGESTIVE,
        SENTENCE,
        FIRES,
        r"\bis\s+het\s+(?:misschien|soms|niet)\s+zo\s+dat\b",
        "Is het misschien zo dat je het zelf wilt?",
    ),
    Cue(
        SUGGESTIVE,
        SENTENCE,
        FIRES,
        r"\bis\s+het\s+(?:niet\s+|misschien\s+)?(?:een\s+idee|beter|tijd|verstandig)\s+om\b",
        "Is het een idee om het samen te doen?",
    ),
    Cue(SUGGESTIVE, SENTENCE, FIRES, r"\bwat\s+(?:nou\s+)?als\s+je\b", "Wat als je het vraagt?"),
    Cue(
        SUGGESTIVE,
        SENTENCE,
        FIRES,
        r"\bmisschien\s+(?:kun|kunt|kan|moet|zou)\s+(?:je|jij|u)\b",
        "Misschien kun je het bespreken?",
    ),
    Cue(
        SUGGESTIVE,
        SENTENCE,
        FIRES,
        r"\b(?:je|jij|u)\s+(?:moet|moeten|zou|kunt|kan)\s+(?:toch|gewoon|beter|eens)\b",
        "Je zou toch kunnen voorstellen om te rouleren?",
    ),
    Cue(
        SUGGESTIVE,
        SENTENCE,
        FIRES,
        r"^(?:je|jij|u|dat|het)\s+\S+\s+toch\b(?!\s*\?)",
        "Je weet toch dat je daar recht op hebt?",
    ),
    Cue(
        SUGGESTIVE,
        SENTENCE,
        FIRES,
        r"\b(?:het\s+lijkt\s+me|mij\s+lijkt\s+het|me\s+lijkt\s+het|als\s+ik\s+jou\s+was|"
        r"mijn\s+advies)\b",
        "Het lijkt me beter om te escaleren, wat vind jij?",
    ),
    Cue(
        SUGGESTIVE,
        SENTENCE,
        FIRES,
        r"\bben\s+(?:je|jij)\s+het\s+(?:niet\s+)?(?:met\s+me\s+)?eens\s+dat\b",
        "Ben je het met me eens dat het zo niet werkt?",
    ),
    # --- several questions in one item (one question per note) --------------------
    Cue(
        SEVERAL_Q,
        SENTENCE,
        FIRES,
        rf"^(?:\S+\s+){{2,}}(?:en|of)\s+{QUESTION_WORD}\s+(?:\S+\s+)+\S",
        "Wat deed je en hoe reageerde zij?",
    ),
    Cue(
        SEVERAL_Q,
        SENTENCE,
        FIRES,
        rf"\S\s*,?\s+(?:en|of)\s+(?:{AUX}|{FINITE})\s+(?:je|jij|u|jullie|hij|zij|ze|het)\b",
        "Wat deed je, en heb je het gezegd?",
    ),
    # two noun clauses are one question: "het verschil tussen wat je wilt en wat je doet"
    Cue(
        SEVERAL_Q,
        SENTENCE,
        EXCUSES,
        r"\b(?:over|tussen|van|met|aan|naar)\s+wat\b[^?,]*\sen\s+wat\b",
        "Wat weet je over wat zij wil en wat jij wilt?",
    ),
)
