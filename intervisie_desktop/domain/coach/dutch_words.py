"""Dutch word lists the patterns in :mod:`.dutch` are built from."""

from __future__ import annotations

from intervisie_desktop.domain.coach.cues import words

# Auxiliaries and modals: at the very start of a question nothing else can follow.
AUX = words(
    "heb", "hebt", "heeft", "hebben", "had", "hadden", "ben", "bent", "is", "was", "waren",
    "kun", "kunt", "kan", "kon", "konden", "kunnen", "zou", "zouden", "zal", "zul", "zult",
    "zullen", "wil", "wilt", "willen", "wilde", "wilden", "wou", "moet", "moeten", "moest",
    "moesten", "mag", "mogen", "mocht", "mochten", "hoef", "hoeft", "hoefde",
)  # fmt: skip
# Finite forms that are never an imperative (third person, plural, past).
FINITE = words(
    "zijn", "wordt", "werd", "werden", "vindt", "denkt", "voelt", "merkt", "ziet", "gaat",
    "doet", "kent", "herkent", "ervaart", "begrijpt", "snapt", "durft", "hoort", "staat",
    "spreekt", "krijgt", "maakt", "neemt", "geeft", "zegt", "kijkt", "blijft", "houdt",
    "gebruikt", "lukt", "speelt", "werkt", "leert", "mist", "kiest", "hoopt", "twijfelt",
    "gelooft", "deelt", "helpt", "vertrouwt", "ligt", "loopt", "komt", "bedoelt", "gebeurt",
    "klopt", "past", "telt", "scheelt", "geldt", "bestaat", "verandert", "reageert", "steunt",
    "begint", "stopt", "duurt", "kost", "levert", "raakt", "stoort", "irriteert", "vond",
    "dacht", "voelde", "merkte", "zag", "wist", "ging", "deed", "kende", "herkende", "ervoer",
    "verwachtte", "begreep", "snapte", "durfde", "hoorde", "stond", "praatte", "sprak",
    "kreeg", "maakte", "nam", "gaf", "zei", "keek", "bleef", "hield", "gebruikte", "lukte",
    "speelde", "werkte", "leerde", "miste", "koos", "hoopte", "twijfelde", "geloofde",
    "deelde", "hielp", "vertrouwde", "zat", "lag", "liep", "kwam", "bedoelde", "gebeurde",
    "klopte", "paste", "reageerde", "steunde", "begon", "stopte", "duurde", "kostte",
    "raakte", "stoorde", "vroeg", "belde", "zocht", "wachtte", "luisterde", "besprak",
    "vinden", "denken", "weten", "voelen", "merken", "zien", "gaan", "doen", "kennen",
    "werken", "spelen", "praten", "spreken", "reageren", "krijgen", "nemen", "geven",
    "houden", "begrijpen", "staan", "komen", "vonden", "dachten", "wisten", "gingen",
    "deden", "kregen", "voelden", "merkten", "zagen",
)  # fmt: skip
# Stems: "Vind je…?" is a question, "Vind een oplossing" is not.
STEM = words(
    "vind", "denk", "voel", "merk", "zie", "weet", "ga", "doe", "ken", "herken", "ervaar",
    "verwacht", "begrijp", "snap", "durf", "hoor", "sta", "praat", "spreek", "krijg",
    "maak", "neem", "geef", "zeg", "kijk", "blijf", "houd", "hou", "gebruik", "speel",
    "werk", "leer", "mis", "kies", "hoop", "twijfel", "geloof", "deel", "help", "vertrouw",
    "zit", "lig", "loop", "kom", "bedoel", "word", "wacht", "reageer", "luister", "slaap",
    "vertel", "vraag", "bespreek", "bel", "zoek", "lees", "schrijf", "eet", "let", "ben",
)  # fmt: skip
VERB = f"(?:{AUX}|{FINITE}|{STEM})"
YOU = words("je", "jij", "u")
SUBJECT = words(
    "je", "jij", "u", "jullie", "hij", "zij", "ze", "het", "er", "we", "wij", "ik", "men",
    "dat", "dit", "die", "deze", "de", "een", "jouw", "haar", "hun", "iemand", "iedereen",
    "niemand", "mensen", "anderen", "alles", "iets", "daar", "hier",
)  # fmt: skip
QUESTION_WORD = words(
    "wat", "wie", "hoe", "waar", "wanneer", "welke", "welk", "waarom", "waardoor", "waarmee",
    "waarover", "waaraan", "waarop", "waarin", "waarvan", "waarvoor", "waarbij", "hoeveel",
    "hoezo", "hoelang", "wiens",
)  # fmt: skip
# A question opening with one of these is a yes/no question.
YES_NO = rf"(?:{AUX}\s+\S|{FINITE}\s+{SUBJECT}\b|{STEM}\s+{YOU}\b)"
# Clauses after a comma need a subject: "Wat ik me afvraag, is hoe…" is not closed.
YES_NO_AFTER_COMMA = rf"(?:(?:{AUX}|{FINITE})\s+{SUBJECT}\b|{STEM}\s+{YOU}\b)"
TELL = words(
    "vertellen", "beschrijven", "toelichten", "uitleggen", "schetsen", "omschrijven",
    "verwoorden", "zeggen", "delen", "uitweiden", "voorbeeld geven", "voorbeeld noemen",
)  # fmt: skip
FILLER = words(
    "dan", "toch", "ook", "eigenlijk", "gewoon", "zelf", "echt", "nu", "nou", "soms", "dat",
    "het", "dit", "daar", "er",
)  # fmt: skip
PROPOSE = words(
    "ga", "doe", "zeg", "vraag", "probeer", "bel", "stop", "neem", "kies", "laat", "maak",
    "spreek", "geef", "zoek", "stuur", "plan", "praat", "leg", "stel", "trek", "hou", "houd",
    "schrijf", "mail", "deel", "durf", "pak", "zet", "kaart", "meld", "begin", "wacht",
)  # fmt: skip
OTHERS = words(
    "leidinggevende", "manager", "baas", "chef", "teamleider", "teamleidster", "teamleiding",
    "directeur", "directrice", "directie", "management", "bestuur", "team", "collega",
    "collega's", "organisatie", "afdeling", "werkgever", "school", "instelling", "gemeente",
    "klant", "klanten", "cliënt", "cliënten", "client", "clienten", "patiënt", "patiënten",
    "leerling", "leerlingen", "student", "studenten", "ouders", "ouder", "partner",
    "medewerker", "medewerkers", "stagiair", "stagiaire", "opdrachtgever", "bedrijf",
    "regels", "systeem", "rooster", "werkdruk", "tijdsdruk", "beleid", "cultuur",
    "bezuinigingen", "reorganisatie", "inspectie", "leiding", "groep", "anderen",
)  # fmt: skip
OTHER_PEOPLE = words(
    "hij", "zij", "ze", "men", "iedereen", "niemand", "anderen", "de anderen", "mensen",
)  # fmt: skip
IMPERATIVE = words(
    "probeer", "ga", "bel", "stop", "neem", "zorg", "vraag", "plan", "zeg", "maak", "kijk",
    "geef", "laat", "praat", "schrijf", "leg", "zoek", "houd", "hou", "begin", "benoem",
    "bespreek", "durf", "wees", "doe", "blijf", "check", "vertel", "stel", "spreek", "kies",
    "accepteer", "delegeer", "investeer", "onderzoek", "overleg", "trek", "pak", "lees",
    "oefen", "gun", "verdeel", "schrap", "meld", "escaleer", "deel", "organiseer", "zet",
    "luister", "let", "agendeer", "reserveer", "blokkeer", "formuleer", "mail", "vier",
    "focus", "richt", "bouw", "regel", "beperk", "haal", "leer", "denk", "informeer",
    "betrek", "toon", "schakel", "geniet", "neem",
)  # fmt: skip
SPEAKER_ADVICE = r"(?:\bik\s+zou\b|\bzou\s+ik\b)"
# Words that can open a question before "je" without being its verb ("Met je team…",
# "Als je…", "Hoe je…"): any other opening word before "je/jij/u" is the finite verb.
NOT_A_VERB = words(
    "met", "voor", "bij", "naar", "van", "volgens", "over", "aan", "in", "op", "uit", "door",
    "tegen", "zonder", "na", "om", "tot", "sinds", "tijdens", "ondanks", "binnen", "buiten",
    "tussen", "onder", "boven", "achter", "rond", "via", "behalve", "zoals", "als", "toen",
    "wanneer", "zodra", "omdat", "doordat", "nu", "terwijl", "nadat", "voordat", "zolang",
    "hoewel", "of", "en", "maar", "dus", "want", "dat", "mits", "tenzij", "zodat", "dan",
    "ook", "misschien", "eigenlijk", "stel", "niet", "zelfs", "alleen", "vooral", "juist",
    "echt", "toch", "waar", "hier", "daar", "er", "wie", "wat", "hoe", "welke", "welk",
    "hoeveel", "waarom", "waardoor", "waarmee", "waarover", "waaraan", "waarop", "waarin",
    "waarvan", "waarvoor", "waarbij", "alsof", "je", "jij", "u", "jouw", "zij", "ze", "hij",
    "het", "de", "een", "die", "deze", "dit", "jullie", "ik", "we", "wij", "mijn", "naast",
    "vanuit", "namens", "samen", "richting", "omtrent", "jegens", "dankzij", "wegens",
    "vanwege", "per", "qua", "rondom", "langs", "voorbij", "eenmaal", "zeker", "vast",
)  # fmt: skip
