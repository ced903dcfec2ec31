"""A full round of clarifying questions, as a group of seven asks them (3 each), rated.

Realistic lengths in both languages, to test that the wall stays readable.
"""

from __future__ import annotations

QUESTIONS_NL = (
    ("Wat gebeurt er in jou op het moment dat je ja zegt?", "W"),
    ("Hoe weet je teamleider hoeveel je al op je bord hebt?", "N"),
    ("Wanneer heb je voor het laatst nee gezegd, en wat gebeurde er toen?", "W"),
    ("Welke taken doe je eigenlijk het liefst?", "K"),
    ("Wat zou je collega's opvallen als je minder aannam?", ""),
    ("Wat verwacht je dat je teamleider denkt als je nee zegt?", "W"),
    ("Wie in je team vraagt je het vaakst om hulp, en waarom juist jou?", "N"),
    ("Wat zou je over een jaar willen dat er veranderd is?", "N"),
    ("Hoe merk je aan je lichaam dat het te veel wordt?", "W"),
    ("Wat heb je al geprobeerd om minder aan te nemen?", "K"),
    ("Welke afspraken over werkverdeling zijn er in jullie team?", "K"),
    ("Wat zegt je partner over hoeveel je werkt?", "N"),
    ("Wat is het ergste dat kan gebeuren als je een verzoek weigert?", "W"),
    ("Hoe reageer je als een collega jou iets weigert?", "N"),
    ("Wat betekent het voor jou om een goede collega te zijn?", "W"),
    ("Bij welke taken voel je je het meest op je plek?", ""),
    ("Hoeveel uur werk je gemiddeld per week, en hoeveel staat er in je contract?", "K"),
    ("Wie zou je kunnen helpen om prioriteiten te stellen?", "N"),
    ("Wat zou je tegen een collega zeggen die hetzelfde probleem had?", "W"),
    ("Welke gedachte komt als eerste op als je teamleider binnenloopt met een vraag?", "W"),
    ("Wat heb je nodig om rustig 'ik kom erop terug' te kunnen zeggen?", ""),
)

QUESTIONS_EN = (
    ("What happens inside you at the moment you say yes?", "W"),
    ("How does your team leader know how much is already on your plate?", "N"),
    ("When did you last say no, and what happened then?", "W"),
    ("Which tasks do you actually like doing most?", "C"),
    ("What would your colleagues notice if you took on less?", ""),
    ("What do you expect your team leader to think when you say no?", "W"),
    ("Who in your team asks you for help most often, and why you in particular?", "N"),
    ("What would you like to have changed a year from now?", "N"),
    ("How does your body tell you that it is getting too much?", "W"),
    ("What have you already tried in order to take on less?", "C"),
    ("Which agreements about sharing the work does your team have?", "C"),
    ("What does your partner say about how much you work?", "N"),
    ("What is the worst that could happen if you turned a request down?", "W"),
    ("How do you react when a colleague turns you down?", "N"),
    ("What does being a good colleague mean to you?", "W"),
    ("In which tasks do you feel most at home?", ""),
    ("How many hours a week do you work on average, and how many are in your contract?", "C"),
    ("Who could help you set priorities?", "N"),
    ("What would you tell a colleague who had the same problem?", "W"),
    ("Which thought comes first when your team leader walks in with a question?", "W"),
    ("What do you need to be able to say 'I'll get back to you' calmly?", ""),
)
