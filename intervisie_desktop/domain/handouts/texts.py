"""The words of the handouts, in Dutch and English."""

from __future__ import annotations

from intervisie_desktop.domain.languages import text_language
from intervisie_desktop.domain.methods import Role

_TEXTS = {
    "nl": {
        "minutes": "{minutes} min",
        "duration": "Duur",
        "steps": "Stappen",
        "minutes_suggested": "De minuten zijn een voorstel: de bronnen noemen geen tijden.",
        "purpose": "Waar het om gaat",
        "when_to_use": "Wanneer je deze werkvorm kiest",
        "step": "Stap {number}. {title} — {minutes}",
        "speaks": "Aan het woord",
        "listens": "Luistert",
        "in_turn_members": "De groepsleden komen om de beurt aan het woord.",
        "in_turn_everyone": "Iedereen komt om de beurt aan het woord.",
        "at_most_questions": "Hoogstens {count} vragen per groepslid.",
        "rule": "Regel",
        "rules": "Gespreksregels",
        "method": "Werkvorm",
        "date": "Datum",
        "facilitator": "Gespreksbegeleider",
        "case_presenter": "Casusinbrenger",
        "confidential": "Vertrouwelijk — wat in intervisie besproken wordt, blijft in de groep.",
        "case_sheet": "Je casus voorbereiden",
        "your_case": "Je casus in één of twee zinnen",
        "case_situation": (
            "Beschrijf kort de situatie: wat speelt er, wie zijn erbij betrokken en wat is "
            "jouw rol?"
        ),
        "case_question": (
            "Sluit af met je vraag: wat wil je weten of leren? Een vraag over je eigen "
            "handelen werkt het best ('Hoe kan ik…', 'Wat houdt me tegen…')."
        ),
        "case_no_solutions": (
            "Laat je eigen ideeën voor een oplossing nog weg, zodat de groep vrij kan meedenken."
        ),
        "case_unsolved": "Bedenk ook: wat gebeurt er als je het niet oplost?",
        "examples": "Voorbeelden van vragen",
        "method_fits": "Waar deze werkvorm bij past",
        "your_steps": "Zo verloopt de werkvorm voor jou",
        "you_speak": "jij bent aan het woord",
        "together": "jij en de groep zijn samen in gesprek",
        "you_listen": "jij luistert alleen",
        "group_works": "de groep is aan het werk",
        "afterwards": "Na afloop",
        "after_takeaway": (
            "Je krijgt een verslag mee: je vraag, de vragen van de groep met jouw "
            "waardering, de probleemdefinities, de adviezen en je plan van aanpak."
        ),
        "after_confidential": (
            "Wat over je casus gezegd wordt, blijft in de groep; het verslag is alleen voor jou."
        ),
        "after_follow_up": (
            "Aan het begin van de volgende bijeenkomst vertel je kort hoe het ging met je "
            "plan van aanpak."
        ),
        "evaluation_form": "Evaluatie van de bijeenkomst",
        "scale": "1 = {low} · 5 = {high}",
        "circle": "Omcirkel: 1 2 3 4 5",
        "write": "…",
        "name_optional": "Naam (mag leeg blijven)",
        "questions": "Vragen",
        "problem_definition": "Probleemdefinities",
        "redefinition": "Nieuwe probleemdefinitie",
        "advice": "Adviezen",
        "shared_advice": "Gezamenlijk advies",
        "action": "Plan van aanpak",
        "evaluation": "Evaluatie",
        "warm": "W",
        "neutral": "N",
        "cold": "K",
        "chosen": "gekozen",
    },
    "en": {
        "minutes": "{minutes} min",
        "duration": "Time",
        "steps": "Steps",
        "minutes_suggested": "The minutes are a suggestion: the sources give no times.",
        "purpose": "What it is about",
        "when_to_use": "When to choose this method",
        "step": "Step {number}. {title} — {minutes}",
        "speaks": "Speaking",
        "listens": "Listening",
        "in_turn_members": "The members speak one at a time, in turn.",
        "in_turn_everyone": "Everyone speaks one at a time, in turn.",
        "at_most_questions": "At most {count} questions per member.",
        "rule": "Rule",
        "rules": "Conversation rules",
        "method": "Method",
        "date": "Date",
        "facilitator": "Facilitator",
        "case_presenter": "Case presenter",
        "confidential": "Confidential — what is said in intervisie stays in the group.",
        "case_sheet": "Preparing your case",
        "your_case": "Your case in one or two sentences",
        "case_situation": (
            "Describe the situation briefly: what is going on, who is involved and what "
            "is your part?"
        ),
        "case_question": (
            "End with your question: what do you want to find out or learn? A question "
            "about your own actions works best ('How can I…', 'What keeps me from…')."
        ),
        "case_no_solutions": (
            "Leave out your own ideas for a solution for now, so the group can think freely."
        ),
        "case_unsolved": "Think about this too: what happens if you do not solve it?",
        "examples": "Example questions",
        "method_fits": "What this method suits",
        "your_steps": "How the method goes for you",
        "you_speak": "you do the talking",
        "together": "you and the group talk together",
        "you_listen": "you only listen",
        "group_works": "the group works on it",
        "afterwards": "Afterwards",
        "after_takeaway": (
            "You get a take-away: your question, the group's questions with your ratings, "
            "the problem definitions, the advice and your action plan."
        ),
        "after_confidential": (
            "What is said about your case stays in the group; the take-away is for you only."
        ),
        "after_follow_up": (
            "At the start of the next meeting you briefly tell how your action plan went."
        ),
        "evaluation_form": "Evaluating the meeting",
        "scale": "1 = {low} · 5 = {high}",
        "circle": "Circle one: 1 2 3 4 5",
        "write": "…",
        "name_optional": "Name (may stay empty)",
        "questions": "Questions",
        "problem_definition": "Problem definitions",
        "redefinition": "New problem definition",
        "advice": "Advice",
        "shared_advice": "Shared advice",
        "action": "Action plan",
        "evaluation": "Evaluation",
        "warm": "W",
        "neutral": "N",
        "cold": "C",
        "chosen": "chosen",
    },
}

_ROLES = {
    "nl": {
        Role.CASE_PRESENTER: "casusinbrenger",
        Role.MEMBERS: "groepsleden",
        Role.FACILITATOR: "gespreksbegeleider",
    },
    "en": {
        Role.CASE_PRESENTER: "case presenter",
        Role.MEMBERS: "members",
        Role.FACILITATOR: "facilitator",
    },
}


def texts(language: str) -> dict[str, str]:
    return _TEXTS[text_language(language)]


def roles(who: list[Role], language: str) -> str:
    names = _ROLES[text_language(language)]
    return ", ".join(names[r] for r in who)
