"""The invitation to a planned meeting: plain text to paste into an e-mail.

It says when and where, who brings a case and who facilitates, how to prepare,
and the confidentiality rule. Like the calendar entry it holds no case
question and nothing from the pre-talk.
"""

from __future__ import annotations

from dataclasses import dataclass

from intervisie_desktop.domain.languages import text_language
from intervisie_desktop.domain.methods import Method, MethodLibrary
from intervisie_desktop.domain.series.dates import long_date, time_range
from intervisie_desktop.domain.series.model import PlannedMeeting, Series
from intervisie_desktop.domain.series.texts import texts, venue_text
from intervisie_desktop.domain.text import LocalizedText

_INVITATION = {
    "nl": {
        "subject": "Uitnodiging: {title} op {date}",
        "greeting": "Beste groepsleden,",
        "opening": "Graag nodig ik jullie uit voor onze volgende intervisiebijeenkomst.",
        "opening_numbered": (
            "Graag nodig ik jullie uit voor onze volgende intervisiebijeenkomst, "
            "bijeenkomst {number} van {count}."
        ),
        "prepare": "Voorbereiding",
        "prepare_presenter": (
            "{name}: schrijf je situatie en je vraag kort op, in één of twee zinnen, "
            "en kies een vraag waarin je eigen rol meespeelt. Stuur ze vooraf naar {to}, "
            "zodat jullie samen kunnen nagaan of de casus bij de werkvorm past."
        ),
        "the_facilitator": "de gespreksbegeleider",
        "prepare_method": "Over de werkvorm: {purpose}",
        "prepare_everyone": (
            "Iedereen: kom op tijd en zonder haast, en denk alvast aan een situatie uit je "
            "eigen werk die je bezighoudt, voor een volgende keer."
        ),
        "prepare_follow_up": (
            "We beginnen met een korte terugblik: hoe ging het met het plan van aanpak "
            "van de vorige keer?"
        ),
        "next_presenter": "De keer daarna brengt {name} een casus in.",
        "confidentiality": "Vertrouwelijkheid",
        "closing": "Hartelijke groet,",
    },
    "en": {
        "subject": "Invitation: {title} on {date}",
        "greeting": "Dear all,",
        "opening": "I would like to invite you to our next intervisie meeting.",
        "opening_numbered": (
            "I would like to invite you to our next intervisie meeting, "
            "meeting {number} of {count}."
        ),
        "prepare": "How to prepare",
        "prepare_presenter": (
            "{name}: write down your situation and your question briefly, in one or two "
            "sentences, and choose a question in which your own part plays a role. Send them "
            "to {to} beforehand, so the two of you can check whether the case suits the method."
        ),
        "the_facilitator": "the facilitator",
        "prepare_method": "About the method: {purpose}",
        "prepare_everyone": (
            "Everyone: come on time and unhurried, and think of a situation from your own "
            "work that is on your mind, for a next time."
        ),
        "prepare_follow_up": (
            "We start with a short look back: how did last time's action plan work out?"
        ),
        "next_presenter": "The time after, {name} brings a case.",
        "confidentiality": "Confidentiality",
        "closing": "Kind regards,",
    },
}


@dataclass(frozen=True)
class Invitation:
    subject: str
    body: str

    def as_text(self) -> str:
        """Subject line and body, for saving as one file."""
        return f"{self.subject}\n\n{self.body}"


def confidentiality_rule(library: MethodLibrary) -> LocalizedText | None:
    """The common rule about confidentiality, worded as the app words it everywhere."""
    return next((r.text for r in library.common_rules if r.id == "confidential"), None)


def invitation(
    series: Series,
    planned: PlannedMeeting,
    group_name: str,
    language: str,
    *,
    method: Method | None = None,
    confidentiality: LocalizedText | None = None,
) -> Invitation:
    """The invitation to ``planned``; ``method`` when it is chosen, ``confidentiality``
    the group's rule (see :func:`confidentiality_rule`)."""
    t = texts(language)
    words = _INVITATION[text_language(language)]
    title = series.title.strip() or f"{t['intervisie']} {group_name}".strip()
    when = f"{long_date(planned.day, language)}, {time_range(planned.start_time, planned.minutes)}"
    number = series.number_of(planned.id)
    opening = (
        words["opening_numbered"].format(number=number, count=series.count)
        if number
        else words["opening"]
    )
    facts = [
        f"{t['when']}: {when}",
        f"{t['where']}: {venue_text(planned.venue.online, planned.venue.place, language)}",
        f"{t['case_presenter']}: {planned.case_presenter or t['not_known_yet']}",
    ]
    if planned.facilitator:
        facts.append(f"{t['facilitator']}: {planned.facilitator}")
    if method is not None:
        facts.append(f"{t['method']}: {method.name.get(language)}")
    prepare = []
    if planned.case_presenter:
        prepare.append(
            words["prepare_presenter"].format(
                name=planned.case_presenter,
                to=planned.facilitator or words["the_facilitator"],
            )
        )
    if method is not None:
        prepare.append(words["prepare_method"].format(purpose=method.purpose.get(language)))
    prepare.append(words["prepare_everyone"])
    if number > 1:
        prepare.append(words["prepare_follow_up"])
    following = _following(series, planned)
    if following is not None and following.case_presenter:
        prepare.append(words["next_presenter"].format(name=following.case_presenter))
    rule = confidentiality.get(language) if confidentiality is not None else t["confidential"]
    body = [
        words["greeting"],
        "",
        opening,
        "",
        *facts,
        "",
        words["prepare"],
        *(f"- {line}" for line in prepare),
        "",
        words["confidentiality"],
        rule,
        "",
        words["closing"],
        "",
    ]
    subject = words["subject"].format(title=title, date=long_date(planned.day, language))
    return Invitation(subject, "\n".join(body))


def _following(series: Series, planned: PlannedMeeting) -> PlannedMeeting | None:
    later = [m for m in series.meetings if not m.cancelled and m.day > planned.day]
    return later[0] if later else None
