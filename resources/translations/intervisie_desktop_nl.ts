<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="nl" sourcelanguage="en">
<context>
    <name>About</name>
    <message>
        <source>Intervisie Desktop logo</source>
        <translation>Logo van Intervisie Desktop</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Intervisie Desktop %1&lt;/h3&gt;&lt;p&gt;For the facilitator of an intervisie meeting: methods, a timer for the projector and private notes.&lt;/p&gt;&lt;p&gt;What is said in intervisie stays in the group: this app keeps everything in local files on this computer and never uses the network.&lt;/p&gt;&lt;p&gt;Licence: GNU GPL version 3 or later.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Intervisie Desktop %1&lt;/h3&gt;&lt;p&gt;Voor de gespreksbegeleider van een intervisiebijeenkomst: werkvormen, een timer voor de beamer en privé-notities.&lt;/p&gt;&lt;p&gt;Wat in intervisie besproken wordt, blijft in de groep: deze app bewaart alles in lokale bestanden op deze computer en gebruikt nooit het netwerk.&lt;/p&gt;&lt;p&gt;Licentie: GNU GPL versie 3 of later.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>About Intervisie Desktop</source>
        <translation>Over Intervisie Desktop</translation>
    </message>
</context>
<context>
    <name>AgendaEditor</name>
    <message>
        <source>Agenda</source>
        <translation>Agenda</translation>
    </message>
    <message>
        <source>Space switches a part on or off; type to change its minutes.</source>
        <translation>Spatie zet een onderdeel aan of uit; typ om de minuten te wijzigen.</translation>
    </message>
    <message>
        <source>Part</source>
        <translation>Onderdeel</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Minuten</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>&amp;Omhoog</translation>
    </message>
    <message>
        <source>Move &amp;down</source>
        <translation>Om&amp;laag</translation>
    </message>
    <message>
        <source>Rules for this meeting</source>
        <translation>Gespreksregels voor deze bijeenkomst</translation>
    </message>
    <message>
        <source>Time available for the whole meeting</source>
        <translation>Beschikbare tijd voor de hele bijeenkomst</translation>
    </message>
    <message>
        <source> min available</source>
        <translation> min beschikbaar</translation>
    </message>
    <message>
        <source>Rules to go through at the start:</source>
        <translation>Gespreksregels om aan het begin door te nemen:</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>A method definition is damaged, so the app cannot start:
%1</source>
        <translation>Een werkvorm-bestand is beschadigd, daardoor kan de app niet starten:
%1</translation>
    </message>
</context>
<context>
    <name>BoardController</name>
    <message>
        <source>Add</source>
        <translation>toevoegen</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>verwijderen</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>wijzigen</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>waarderen</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>aanpassen</translation>
    </message>
    <message>
        <source>Move</source>
        <translation>verplaatsen</translation>
    </message>
    <message>
        <source>Show list</source>
        <translation>lijst tonen</translation>
    </message>
</context>
<context>
    <name>BoardModel</name>
    <message>
        <source>answered</source>
        <translation>beantwoord</translation>
    </message>
    <message>
        <source>chosen</source>
        <translation>gekozen</translation>
    </message>
    <message>
        <source>on projector</source>
        <translation>op beamer</translation>
    </message>
    <message>
        <source>Coach: %1</source>
        <translation>Coach: %1</translation>
    </message>
</context>
<context>
    <name>BoardPane</name>
    <message>
        <source>Items on the board</source>
        <translation>Punten op de flap</translation>
    </message>
    <message>
        <source>Board — %1</source>
        <translation>Flap — %1</translation>
    </message>
    <message>
        <source>Hide list from projector</source>
        <translation>Lijst van beamer halen</translation>
    </message>
    <message>
        <source>Show list on projector</source>
        <translation>Lijst op beamer tonen</translation>
    </message>
    <message>
        <source>That was typing: what its first letters did in the list is undone.</source>
        <translation>Dat was typen: wat de eerste letters in de lijst deden, is teruggedraaid.</translation>
    </message>
    <message>
        <source>Notes are private: show them one at a time with Ctrl+P.</source>
        <translation>Notities zijn privé: toon ze één voor één met Ctrl+P.</translation>
    </message>
    <message>
        <source>The clipboard holds no chat messages to paste.</source>
        <translation>Op het klembord staan geen chatberichten om te plakken.</translation>
    </message>
</context>
<context>
    <name>BoardWall</name>
    <message>
        <source>Shown on the wall</source>
        <translation>Op de beamer getoond</translation>
    </message>
</context>
<context>
    <name>BudgetBar</name>
    <message>
        <source>E&amp;nd time…</source>
        <translation>Ein&amp;dtijd…</translation>
    </message>
    <message>
        <source>Set the time the meeting must end</source>
        <translation>Stel in hoe laat de bijeenkomst klaar moet zijn</translation>
    </message>
    <message>
        <source>&amp;Re-plan…</source>
        <translation>Her&amp;plannen…</translation>
    </message>
    <message>
        <source>Fit the rest of the meeting into the time</source>
        <translation>Pas de rest van de bijeenkomst in de beschikbare tijd</translation>
    </message>
    <message>
        <source>Ends at %1</source>
        <translation>Klaar om %1</translation>
    </message>
    <message>
        <source>must end at %1</source>
        <translation>moet klaar zijn om %1</translation>
    </message>
    <message>
        <source>on time</source>
        <translation>op tijd</translation>
    </message>
    <message numerus="yes">
        <source>%n min late</source>
        <translation>
            <numerusform>%n min te laat</numerusform>
            <numerusform>%n min te laat</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n min to spare</source>
        <translation>
            <numerusform>%n min over</numerusform>
            <numerusform>%n min over</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ChatPaste</name>
    <message>
        <source>Paste from chat</source>
        <translation>Plakken uit chat</translation>
    </message>
</context>
<context>
    <name>ChatPasteDialog</name>
    <message>
        <source>Paste from the chat</source>
        <translation>Plakken uit de chat</translation>
    </message>
    <message>
        <source>Who is who? (names the app could not match)</source>
        <translation>Wie is wie? (namen die de app niet kon koppelen)</translation>
    </message>
    <message>
        <source>Member for “%1”</source>
        <translation>Groepslid voor ‘%1’</translation>
    </message>
    <message>
        <source>Held back (tick to add anyway):</source>
        <translation>Apart gehouden (vink aan om toch toe te voegen):</translation>
    </message>
    <message>
        <source>New items for the flip-over: %1.</source>
        <translation>Nieuwe punten voor de flap: %1.</translation>
    </message>
    <message>
        <source>Lines left out (joined, left, reactions, quotes): %1.</source>
        <translation>Weggelaten regels (binnengekomen, vertrokken, reacties, citaten): %1.</translation>
    </message>
    <message>
        <source>Already on the flip-over: %1.</source>
        <translation>Staat al op de flap: %1.</translation>
    </message>
    <message>
        <source>Not added, too many at once: %1.</source>
        <translation>Niet toegevoegd, te veel tegelijk: %1.</translation>
    </message>
    <message>
        <source>Paste the rest again from line %1.</source>
        <translation>Plak de rest opnieuw vanaf regel %1.</translation>
    </message>
    <message>
        <source>Nothing is shown on the projector until you share it.</source>
        <translation>Niets komt op de beamer tot je het zelf deelt.</translation>
    </message>
    <message>
        <source>direct message</source>
        <translation>privébericht</translation>
    </message>
    <message>
        <source>your own message</source>
        <translation>je eigen bericht</translation>
    </message>
    <message>
        <source>the case presenter</source>
        <translation>de casusinbrenger</translation>
    </message>
</context>
<context>
    <name>CoachDialog</name>
    <message>
        <source>The coach noticed</source>
        <translation>Opgevallen</translation>
    </message>
    <message>
        <source>Nothing to point out about this item.</source>
        <translation>Bij dit punt valt niets op.</translation>
    </message>
    <message>
        <source>Set this hint aside for this item</source>
        <translation>Deze opmerking bij dit punt negeren</translation>
    </message>
    <message>
        <source>Instead: %1</source>
        <translation>In plaats daarvan: %1</translation>
    </message>
    <message>
        <source>Rule: %1</source>
        <translation>Regel: %1</translation>
    </message>
</context>
<context>
    <name>DamagedFiles</name>
    <message>
        <source>Some files could not be read</source>
        <translation>Sommige bestanden konden niet gelezen worden</translation>
    </message>
    <message>
        <source>&amp;Restore the backups</source>
        <translation>&amp;Reservekopieën terugzetten</translation>
    </message>
</context>
<context>
    <name>EndTimeDialog</name>
    <message>
        <source>End time</source>
        <translation>Eindtijd</translation>
    </message>
    <message>
        <source>The meeting must end at</source>
        <translation>De bijeenkomst moet klaar zijn om</translation>
    </message>
    <message>
        <source>No end time</source>
        <translation>Geen eindtijd</translation>
    </message>
    <message>
        <source>The meeting must end at:</source>
        <translation>De bijeenkomst moet klaar zijn om:</translation>
    </message>
</context>
<context>
    <name>EntryRow</name>
    <message>
        <source>Kind of item</source>
        <translation>Soort punt</translation>
    </message>
    <message>
        <source>Who said it</source>
        <translation>Wie zei het</translation>
    </message>
    <message>
        <source>who?</source>
        <translation>wie?</translation>
    </message>
    <message>
        <source>Evaluation about</source>
        <translation>Evaluatie over</translation>
    </message>
    <message>
        <source>about the case</source>
        <translation>over de casus</translation>
    </message>
    <message>
        <source>about the method</source>
        <translation>over de werkvorm</translation>
    </message>
    <message>
        <source>Due by</source>
        <translation>Klaar vóór</translation>
    </message>
    <message>
        <source>by when? 15-12</source>
        <translation>vóór wanneer? 15-12</translation>
    </message>
    <message>
        <source>New item for the board</source>
        <translation>Nieuw punt voor de flap</translation>
    </message>
    <message>
        <source>&amp;About:</source>
        <translation>&amp;Over:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Soort:</translation>
    </message>
    <message>
        <source>&amp;Who:</source>
        <translation>Wi&amp;e:</translation>
    </message>
    <message>
        <source>Type a question and press Enter</source>
        <translation>Typ een vraag en druk op Enter</translation>
    </message>
    <message>
        <source>My problem is…</source>
        <translation>Mijn probleem is…</translation>
    </message>
    <message>
        <source>The core of my question is…</source>
        <translation>De kern van mijn vraag is…</translation>
    </message>
    <message>
        <source>If I were you, I would…</source>
        <translation>Als ik jou was, zou ik…</translation>
    </message>
    <message>
        <source>The group advises…</source>
        <translation>De groep adviseert…</translation>
    </message>
    <message>
        <source>I will…</source>
        <translation>Ik ga…</translation>
    </message>
    <message>
        <source>What I learned…</source>
        <translation>Wat ik geleerd heb…</translation>
    </message>
    <message>
        <source>A private note</source>
        <translation>Een privénotitie</translation>
    </message>
</context>
<context>
    <name>EvaluationDialog</name>
    <message>
        <source>Evaluation of the meeting of %1</source>
        <translation>Evaluatie van de bijeenkomst van %1</translation>
    </message>
    <message>
        <source>Answers, one row per person</source>
        <translation>Antwoorden, één rij per persoon</translation>
    </message>
    <message>
        <source>Name (may stay empty)</source>
        <translation>Naam (mag leeg blijven)</translation>
    </message>
    <message>
        <source>&amp;Add a person</source>
        <translation>Persoon &amp;toevoegen</translation>
    </message>
    <message>
        <source>&amp;Remove the person</source>
        <translation>Persoon &amp;verwijderen</translation>
    </message>
</context>
<context>
    <name>EvaluationPanel</name>
    <message>
        <source>New e&amp;valuation…</source>
        <translation>Nieuwe e&amp;valuatie…</translation>
    </message>
    <message>
        <source>Paper f&amp;orm…</source>
        <translation>&amp;Formulier op papier…</translation>
    </message>
    <message>
        <source>The evaluation form to print and fill in by hand</source>
        <translation>Het evaluatieformulier om af te drukken en met de hand in te vullen</translation>
    </message>
    <message>
        <source>Meeting %1 of the series has taken place: the sources suggest a short evaluation with the group now.</source>
        <translation>Bijeenkomst %1 van de reeks is geweest: het is een goed moment voor een korte evaluatie met de groep.</translation>
    </message>
    <message>
        <source>evaluation-form</source>
        <translation>evaluatieformulier</translation>
    </message>
</context>
<context>
    <name>Exports</name>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation>PDF-document (*.pdf)</translation>
    </message>
    <message>
        <source>Markdown text (*.md)</source>
        <translation>Markdown-tekst (*.md)</translation>
    </message>
</context>
<context>
    <name>FlapButtons</name>
    <message>
        <source>Show cold questions</source>
        <translation>Koude vragen tonen</translation>
    </message>
    <message>
        <source>Paste from chat</source>
        <translation>Plakken uit chat</translation>
    </message>
    <message>
        <source>Show item on projector</source>
        <translation>Punt op beamer tonen</translation>
    </message>
</context>
<context>
    <name>FlapStatus</name>
    <message>
        <source>Questions (at most %1 each): </source>
        <translation>Vragen (hoogstens %1 per persoon): </translation>
    </message>
    <message>
        <source>No advice yet from: %1</source>
        <translation>Nog geen advies van: %1</translation>
    </message>
    <message>
        <source>Everyone has given advice.</source>
        <translation>Iedereen heeft advies gegeven.</translation>
    </message>
    <message>
        <source>Not yet had a turn: %1</source>
        <translation>Nog niet aan bod: %1</translation>
    </message>
    <message>
        <source>single items</source>
        <translation>losse punten</translation>
    </message>
    <message>
        <source>On the projector: %1</source>
        <translation>Op de beamer: %1</translation>
    </message>
    <message>
        <source>Select an item and press W (warm), N (neutral) or C (cold).</source>
        <translation>Kies een punt en druk op W (warm), N (neutraal) of K (koud).</translation>
    </message>
    <message>
        <source>Warm questions first. Press Enter to mark one answered.</source>
        <translation>Warme vragen eerst. Druk op Enter om een vraag als beantwoord te markeren.</translation>
    </message>
    <message>
        <source>Press Enter on an advice the case presenter takes on.</source>
        <translation>Druk op Enter bij een advies dat de casusinbrenger overneemt.</translation>
    </message>
    <message>
        <source>Type and press Enter. F2 edits, Delete removes, Ctrl+Z undoes.</source>
        <translation>Typ en druk op Enter. F2 wijzigt, Delete verwijdert, Ctrl+Z maakt ongedaan.</translation>
    </message>
</context>
<context>
    <name>FlipSheetDialog</name>
    <message>
        <source>Flip-over sheet</source>
        <translation>Flapvel</translation>
    </message>
    <message>
        <source>Which list</source>
        <translation>Welke lijst</translation>
    </message>
    <message>
        <source>Show who said it (&amp;initials)</source>
        <translation>Laat zien wie het zei (&amp;initialen)</translation>
    </message>
    <message>
        <source>&amp;List:</source>
        <translation>&amp;Lijst:</translation>
    </message>
</context>
<context>
    <name>FolderGoneBar</name>
    <message>
        <source>&amp;Try again</source>
        <translation>&amp;Opnieuw proberen</translation>
    </message>
    <message>
        <source>Save a copy &amp;elsewhere…</source>
        <translation>Een kopie &amp;ergens anders bewaren…</translation>
    </message>
    <message>
        <source>The data folder %1 is gone (a USB stick pulled?). The meeting is kept here and saved again as soon as the folder is back.</source>
        <translation>De gegevensmap %1 is weg (usb-stick eruit gehaald?). De bijeenkomst blijft hier bewaard en wordt weer opgeslagen zodra de map terug is.</translation>
    </message>
    <message>
        <source>Save a copy of the meeting in</source>
        <translation>Een kopie van de bijeenkomst bewaren in</translation>
    </message>
    <message>
        <source>A copy is saved as %1. Saving goes on in the data folder when it is back.</source>
        <translation>Er is een kopie bewaard als %1. Opslaan gaat verder in de gegevensmap zodra die terug is.</translation>
    </message>
</context>
<context>
    <name>FollowUpBanner</name>
    <message>
        <source>&amp;Discussed</source>
        <translation>Besp&amp;roken</translation>
    </message>
    <message>
        <source>the case presenter</source>
        <translation>de casusinbrenger</translation>
    </message>
    <message>
        <source>Last time (%1), %2 planned to:</source>
        <translation>Vorige keer (%1) nam %2 zich voor:</translation>
    </message>
    <message>
        <source>What came of it?</source>
        <translation>Hoe is het gegaan?</translation>
    </message>
</context>
<context>
    <name>GroupDialog</name>
    <message>
        <source>Group</source>
        <translation>Groep</translation>
    </message>
    <message>
        <source>New group</source>
        <translation>Nieuwe groep</translation>
    </message>
    <message>
        <source>Name of the group</source>
        <translation>Naam van de groep</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Groepsleden</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>Role or organisation</source>
        <translation>Functie of organisatie</translation>
    </message>
    <message>
        <source>&amp;Add member</source>
        <translation>Lid &amp;toevoegen</translation>
    </message>
    <message>
        <source>&amp;Remove member</source>
        <translation>Lid &amp;verwijderen</translation>
    </message>
    <message>
        <source>Delete meetings older than</source>
        <translation>Verwijder bijeenkomsten ouder dan</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nooit</translation>
    </message>
    <message>
        <source> months</source>
        <translation> maanden</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Naam:</translation>
    </message>
    <message>
        <source>&amp;Delete meetings older than:</source>
        <translation>Verwijder bijeenkomsten &amp;ouder dan:</translation>
    </message>
    <message>
        <source>Members (4 to 8 works best):</source>
        <translation>Groepsleden (4 tot 8 werkt het best):</translation>
    </message>
    <message>
        <source>Give the group a name.</source>
        <translation>Geef de groep een naam.</translation>
    </message>
    <message>
        <source>Two members have the same name; add an initial.</source>
        <translation>Twee leden hebben dezelfde naam; voeg een initiaal toe.</translation>
    </message>
</context>
<context>
    <name>Handouts</name>
    <message>
        <source>Not saved</source>
        <translation>Niet opgeslagen</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Niet opgeslagen: %1</translation>
    </message>
    <message>
        <source>Calendar file (*.ics)</source>
        <translation>Agendabestand (*.ics)</translation>
    </message>
    <message>
        <source>Text file (*.txt)</source>
        <translation>Tekstbestand (*.txt)</translation>
    </message>
</context>
<context>
    <name>HistoryView</name>
    <message>
        <source>Planned and past meetings of the group</source>
        <translation>Geplande en eerdere bijeenkomsten van de groep</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Casus</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Werkvorm</translation>
    </message>
    <message>
        <source>Icebreaker</source>
        <translation>Kennismaking</translation>
    </message>
    <message>
        <source>Action plan</source>
        <translation>Plan van aanpak</translation>
    </message>
    <message>
        <source>Followed up</source>
        <translation>Opgevolgd</translation>
    </message>
    <message>
        <source>Action plan and evaluation</source>
        <translation>Plan van aanpak en evaluatie</translation>
    </message>
    <message>
        <source>No earlier meetings of this group yet.</source>
        <translation>Nog geen eerdere bijeenkomsten van deze groep.</translation>
    </message>
    <message>
        <source>Case presenter</source>
        <translation>Casusinbrenger</translation>
    </message>
    <message>
        <source>Facilitator</source>
        <translation>Gespreksbegeleider</translation>
    </message>
</context>
<context>
    <name>IcebreakerPicker</name>
    <message>
        <source>Time for the icebreaker</source>
        <translation>Tijd voor de kennismaking</translation>
    </message>
    <message>
        <source>Minutes available for the icebreaker</source>
        <translation>Beschikbare minuten voor de kennismaking</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>A &amp;new group</source>
        <translation>Een &amp;nieuwe groep</translation>
    </message>
    <message>
        <source>tape</source>
        <translation>tape</translation>
    </message>
    <message>
        <source>flip chart</source>
        <translation>flip-over</translation>
    </message>
    <message>
        <source>post-its</source>
        <translation>post-its</translation>
    </message>
    <message>
        <source>a map</source>
        <translation>een landkaart</translation>
    </message>
    <message>
        <source>pen and paper</source>
        <translation>pen en papier</translation>
    </message>
    <message>
        <source>a personal object</source>
        <translation>een persoonlijk voorwerp</translation>
    </message>
    <message>
        <source>No icebreaker this time</source>
        <translation>Deze keer geen kennismakingsoefening</translation>
    </message>
    <message>
        <source>Icebreakers that fit</source>
        <translation>Passende kennismakingsoefeningen</translation>
    </message>
    <message>
        <source>How the icebreaker works</source>
        <translation>Zo werkt de oefening</translation>
    </message>
    <message>
        <source>Pic&amp;k one for me</source>
        <translation>&amp;Kies er een voor mij</translation>
    </message>
    <message>
        <source>Picks another one than the one shown</source>
        <translation>Kiest een andere dan de getoonde</translation>
    </message>
    <message>
        <source>&amp;Time:</source>
        <translation>&amp;Tijd:</translation>
    </message>
    <message>
        <source>At hand:</source>
        <translation>Aanwezig:</translation>
    </message>
    <message>
        <source>Left out, as they need everyone in one room: %1</source>
        <translation>Weggelaten, omdat iedereen daarvoor in één ruimte moet zijn: %1</translation>
    </message>
    <message>
        <source>No icebreaker fits these choices.</source>
        <translation>Geen oefening past bij deze keuzes.</translation>
    </message>
    <message>
        <source>In the call:</source>
        <translation>In het videogesprek:</translation>
    </message>
</context>
<context>
    <name>KeyBindings</name>
    <message>
        <source>Start / p&amp;ause</source>
        <translation>&amp;Start / pauze</translation>
    </message>
    <message>
        <source>&amp;Next block</source>
        <translation>&amp;Volgend blok</translation>
    </message>
    <message>
        <source>&amp;Previous block</source>
        <translation>Vo&amp;rig blok</translation>
    </message>
    <message>
        <source>&amp;One minute more</source>
        <translation>&amp;Eén minuut erbij</translation>
    </message>
    <message>
        <source>One minute &amp;less</source>
        <translation>Eén minuut er&amp;af</translation>
    </message>
    <message>
        <source>&amp;Restart this block</source>
        <translation>Dit blok &amp;opnieuw</translation>
    </message>
    <message>
        <source>&amp;Finish the meeting…</source>
        <translation>Bijeenkomst a&amp;fronden…</translation>
    </message>
    <message>
        <source>Next per&amp;son</source>
        <translation>Volgende &amp;persoon</translation>
    </message>
    <message>
        <source>Previous p&amp;erson</source>
        <translation>Vori&amp;ge persoon</translation>
    </message>
    <message>
        <source>S&amp;kip this person for now</source>
        <translation>Deze persoon even overs&amp;laan</translation>
    </message>
    <message>
        <source>Set the en&amp;d time…</source>
        <translation>Ein&amp;dtijd instellen…</translation>
    </message>
    <message>
        <source>Re-plan the res&amp;t…</source>
        <translation>De rest &amp;herplannen…</translation>
    </message>
    <message>
        <source>Sa&amp;y the time left</source>
        <translation>Resterende &amp;tijd uitspreken</translation>
    </message>
    <message>
        <source>Start pre&amp;senting</source>
        <translation>&amp;Presenteren op de beamer</translation>
    </message>
    <message>
        <source>Lea&amp;ve full screen</source>
        <translation>&amp;Volledig scherm verlaten</translation>
    </message>
    <message>
        <source>&amp;Blackout</source>
        <translation>&amp;Zwart beeld</translation>
    </message>
    <message>
        <source>Move projector view to the next scree&amp;n</source>
        <translation>Beamerbeeld naar het volgende &amp;scherm</translation>
    </message>
    <message>
        <source>Next &amp;page of the list on the wall</source>
        <translation>Volgende pa&amp;gina van de lijst op de beamer</translation>
    </message>
    <message>
        <source>Previous page of the lis&amp;t on the wall</source>
        <translation>V&amp;orige pagina van de lijst op de beamer</translation>
    </message>
    <message>
        <source>Show the case &amp;question on the wall</source>
        <translation>&amp;Intervisievraag op de beamer tonen</translation>
    </message>
    <message>
        <source>Projector in a &amp;window (to share in a video call)</source>
        <translation>Beamer in een ve&amp;nster (om te delen in een videogesprek)</translation>
    </message>
    <message>
        <source>Projector window &amp;1: 960 × 540</source>
        <translation>Beamervenster &amp;1: 960 × 540</translation>
    </message>
    <message>
        <source>Projector window &amp;2: 1280 × 720</source>
        <translation>Beamervenster &amp;2: 1280 × 720</translation>
    </message>
    <message>
        <source>Projector window &amp;3: 1920 × 1080</source>
        <translation>Beamervenster &amp;3: 1920 × 1080</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Sneltoetsen</translation>
    </message>
    <message>
        <source>Add the typed item (in the input line)</source>
        <translation>Het getypte punt toevoegen (in de invoerregel)</translation>
    </message>
    <message>
        <source>Stop typing, back to the list</source>
        <translation>Stoppen met typen, terug naar de lijst</translation>
    </message>
    <message>
        <source>Rate the selected item warm</source>
        <translation>Gekozen punt warm noemen</translation>
    </message>
    <message>
        <source>Rate the selected item neutral</source>
        <translation>Gekozen punt neutraal noemen</translation>
    </message>
    <message>
        <source>Rate the selected item cold</source>
        <translation>Gekozen punt koud noemen</translation>
    </message>
    <message>
        <source>Mark answered or chosen (in the list)</source>
        <translation>Beantwoord of gekozen aanvinken (in de lijst)</translation>
    </message>
    <message>
        <source>Edit the selected item</source>
        <translation>Gekozen punt wijzigen</translation>
    </message>
    <message>
        <source>Delete the selected item</source>
        <translation>Gekozen punt verwijderen</translation>
    </message>
    <message>
        <source>Move the selected item up</source>
        <translation>Gekozen punt omhoog</translation>
    </message>
    <message>
        <source>Move the selected item down</source>
        <translation>Gekozen punt omlaag</translation>
    </message>
    <message>
        <source>Show or hide the selected item on the projector</source>
        <translation>Gekozen punt op de beamer tonen of verbergen</translation>
    </message>
    <message>
        <source>Show or hide this whole list on the projector</source>
        <translation>Deze hele lijst op de beamer tonen of verbergen</translation>
    </message>
    <message>
        <source>What the coach noticed about the selected item</source>
        <translation>Wat de coach opviel bij het gekozen punt</translation>
    </message>
    <message>
        <source>Paste messages from a video call's chat onto the flip-over</source>
        <translation>Berichten uit de chat van een videogesprek op de flap plakken</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <source>case presenter</source>
        <translation>casusinbrenger</translation>
    </message>
    <message>
        <source>members</source>
        <translation>groepsleden</translation>
    </message>
    <message>
        <source>facilitator</source>
        <translation>gespreksbegeleider</translation>
    </message>
    <message>
        <source>questions</source>
        <translation>vragen</translation>
    </message>
    <message>
        <source>rating the questions (W/N/K)</source>
        <translation>vragen waarderen (W/N/K)</translation>
    </message>
    <message>
        <source>answering questions</source>
        <translation>vragen beantwoorden</translation>
    </message>
    <message>
        <source>problem definitions</source>
        <translation>probleemdefinities</translation>
    </message>
    <message>
        <source>rating the definitions (W/N/K)</source>
        <translation>probleemdefinities waarderen (W/N/K)</translation>
    </message>
    <message>
        <source>the case presenter's redefinition</source>
        <translation>herdefinitie door de casusinbrenger</translation>
    </message>
    <message>
        <source>advice per member</source>
        <translation>advies per groepslid</translation>
    </message>
    <message>
        <source>shared advice</source>
        <translation>gezamenlijk advies</translation>
    </message>
    <message>
        <source>chosen advice</source>
        <translation>gekozen advies</translation>
    </message>
    <message>
        <source>action plan</source>
        <translation>plan van aanpak</translation>
    </message>
    <message>
        <source>evaluation</source>
        <translation>evaluatie</translation>
    </message>
    <message>
        <source>notes</source>
        <translation>notities</translation>
    </message>
    <message>
        <source>no turns</source>
        <translation>geen beurten</translation>
    </message>
    <message>
        <source>each member in turn</source>
        <translation>ieder groepslid om de beurt</translation>
    </message>
    <message>
        <source>everyone in turn</source>
        <translation>iedereen om de beurt</translation>
    </message>
    <message>
        <source>little trust needed</source>
        <translation>weinig vertrouwen nodig</translation>
    </message>
    <message>
        <source>some trust needed</source>
        <translation>enig vertrouwen nodig</translation>
    </message>
    <message>
        <source>a lot of trust needed</source>
        <translation>veel vertrouwen nodig</translation>
    </message>
    <message>
        <source>Questions</source>
        <translation>Vragen</translation>
    </message>
    <message>
        <source>Problem definitions</source>
        <translation>Probleemdefinities</translation>
    </message>
    <message>
        <source>The case presenter's definition</source>
        <translation>Definitie van de casusinbrenger</translation>
    </message>
    <message>
        <source>Advice</source>
        <translation>Advies</translation>
    </message>
    <message>
        <source>Shared advice</source>
        <translation>Gezamenlijk advies</translation>
    </message>
    <message>
        <source>Action plan</source>
        <translation>Plan van aanpak</translation>
    </message>
    <message>
        <source>Evaluation</source>
        <translation>Evaluatie</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notities</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Vraag</translation>
    </message>
    <message>
        <source>Problem definition</source>
        <translation>Probleemdefinitie</translation>
    </message>
    <message>
        <source>Redefinition</source>
        <translation>Herdefinitie</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Actie</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notitie</translation>
    </message>
    <message>
        <source>W</source>
        <translation>W</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>C</source>
        <translation>K</translation>
    </message>
    <message>
        <source>warm</source>
        <translation>warm</translation>
    </message>
    <message>
        <source>neutral</source>
        <translation>neutraal</translation>
    </message>
    <message>
        <source>cold</source>
        <translation>koud</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>a practical question from daily work</source>
        <translation>een praktische vraag uit het dagelijks werk</translation>
    </message>
    <message>
        <source>a complex or stubborn question</source>
        <translation>een complexe of hardnekkige vraag</translation>
    </message>
    <message>
        <source>one concrete incident that raised emotion</source>
        <translation>één concreet incident dat veel losmaakte</translation>
    </message>
    <message>
        <source>feelings and blind spots</source>
        <translation>gevoelens en blinde vlekken</translation>
    </message>
    <message>
        <source>my own part in a problem</source>
        <translation>mijn eigen aandeel in een probleem</translation>
    </message>
    <message>
        <source>sharpening my thinking</source>
        <translation>mijn denken aanscherpen</translation>
    </message>
    <message>
        <source>new to intervisie</source>
        <translation>nieuw met intervisie</translation>
    </message>
    <message>
        <source>some experience</source>
        <translation>enige ervaring</translation>
    </message>
    <message>
        <source>experienced</source>
        <translation>ervaren</translation>
    </message>
    <message>
        <source>hardly know each other</source>
        <translation>kennen elkaar nauwelijks</translation>
    </message>
    <message>
        <source>know each other a little</source>
        <translation>kennen elkaar een beetje</translation>
    </message>
    <message>
        <source>know and trust each other well</source>
        <translation>kennen en vertrouwen elkaar goed</translation>
    </message>
    <message>
        <source>✓ suits this kind of case</source>
        <translation>✓ past bij dit soort casus</translation>
    </message>
    <message>
        <source>– made for other kinds of cases</source>
        <translation>– bedoeld voor andere soorten casussen</translation>
    </message>
    <message>
        <source>✓ easy for a group new to this</source>
        <translation>✓ laagdrempelig voor een nieuwe groep</translation>
    </message>
    <message>
        <source>– demanding for a new group</source>
        <translation>– pittig voor een nieuwe groep</translation>
    </message>
    <message>
        <source>✗ only where the group trusts each other</source>
        <translation>✗ alleen als de groep elkaar vertrouwt</translation>
    </message>
    <message>
        <source>– needs some trust</source>
        <translation>– vraagt enig vertrouwen</translation>
    </message>
    <message>
        <source>✓ leaves room for emotion</source>
        <translation>✓ geeft ruimte aan emotie</translation>
    </message>
    <message>
        <source>✗ does not fit in the time</source>
        <translation>✗ past niet in de tijd</translation>
    </message>
    <message>
        <source>✓ fits in the time</source>
        <translation>✓ past in de tijd</translation>
    </message>
    <message>
        <source>(minutes are a suggestion)</source>
        <translation>(minuten zijn een suggestie)</translation>
    </message>
    <message>
        <source>✓ fits with a shorter agenda</source>
        <translation>✓ past met een kortere agenda</translation>
    </message>
    <message>
        <source>✓ the pre-talk confirms what it needs</source>
        <translation>✓ de voorbespreking bevestigt wat deze werkvorm nodig heeft</translation>
    </message>
    <message>
        <source>✗ the pre-talk found something it needs missing</source>
        <translation>✗ volgens de voorbespreking ontbreekt iets wat deze werkvorm nodig heeft</translation>
    </message>
    <message>
        <source>the coffee is left out</source>
        <translation>de koffie vervalt</translation>
    </message>
    <message>
        <source>choosing the case is left out</source>
        <translation>het kiezen van de casus vervalt</translation>
    </message>
    <message>
        <source>the introductions are left out</source>
        <translation>de kennismaking vervalt</translation>
    </message>
    <message>
        <source>the case presenter's reflection is left out</source>
        <translation>de reflectie van de casusinbrenger vervalt</translation>
    </message>
    <message>
        <source>the check-in is left out</source>
        <translation>de check-in vervalt</translation>
    </message>
    <message>
        <source>the joint evaluation is left out</source>
        <translation>de gezamenlijke evaluatie vervalt</translation>
    </message>
    <message>
        <source>the check-in takes %n minutes</source>
        <translation>de check-in %n minuut is</translation>
    </message>
    <message>
        <source>the joint evaluation takes %n minutes</source>
        <translation>de gezamenlijke evaluatie %n minuut is</translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <translation>%1 en %2</translation>
    </message>
    <message>
        <source>fits if %1</source>
        <translation>past als %1</translation>
    </message>
    <message>
        <source>%1 left</source>
        <translation>nog %1</translation>
    </message>
    <message>
        <source>%1 over time</source>
        <translation>%1 over tijd</translation>
    </message>
</context>
<context>
    <name>LibraryPage</name>
    <message>
        <source>Methods</source>
        <translation>Werkvormen</translation>
    </message>
    <message>
        <source>Method &amp;card to print…</source>
        <translation>Werkvorm&amp;kaart om af te drukken…</translation>
    </message>
    <message>
        <source>The steps with minutes, who speaks and who listens, and the rules, on A4</source>
        <translation>De stappen met minuten, wie spreekt en wie luistert, en de regels, op A4</translation>
    </message>
    <message>
        <source>D&amp;uplicate as my own…</source>
        <translation>Kopiëren als &amp;eigen werkvorm…</translation>
    </message>
    <message>
        <source>Ed&amp;it…</source>
        <translation>Bewe&amp;rken…</translation>
    </message>
    <message>
        <source>Imp&amp;ort…</source>
        <translation>Im&amp;porteren…</translation>
    </message>
    <message>
        <source>Metho&amp;ds</source>
        <translation>Werkv&amp;ormen</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>E&amp;xporteren…</translation>
    </message>
    <message>
        <source>De&amp;lete</source>
        <translation>&amp;Verwijderen</translation>
    </message>
    <message>
        <source>&amp;New method…</source>
        <translation>&amp;Nieuwe werkvorm…</translation>
    </message>
    <message numerus="yes">
        <source>%n steps</source>
        <translation>
            <numerusform>%n stap</numerusform>
            <numerusform>%n stappen</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Start a meeting with this method</source>
        <translation>Bijeenkomst &amp;starten met deze werkvorm</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Intervisie Desktop</source>
        <translation>Intervisie Desktop</translation>
    </message>
    <message>
        <source>Everything you enter stays on this computer. No network is used.</source>
        <translation>Alles wat je invoert blijft op deze computer. Er wordt geen netwerk gebruikt.</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Bestand</translation>
    </message>
    <message>
        <source>&amp;Prepare a meeting…</source>
        <translation>Bijeenkomst &amp;voorbereiden…</translation>
    </message>
    <message>
        <source>&amp;Methods</source>
        <translation>&amp;Werkvormen</translation>
    </message>
    <message>
        <source>R&amp;unning meeting</source>
        <translation>&amp;Lopende bijeenkomst</translation>
    </message>
    <message>
        <source>Export &amp;take-away for the case presenter…</source>
        <translation>&amp;Meegeefverslag voor de casusinbrenger exporteren…</translation>
    </message>
    <message>
        <source>Export meeting &amp;report…</source>
        <translation>Ve&amp;rslag van de bijeenkomst exporteren…</translation>
    </message>
    <message>
        <source>Export a &amp;flip-over sheet…</source>
        <translation>&amp;Flapvel exporteren…</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Instellingen…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Afsluiten</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>Be&amp;werken</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Ongedaan maken</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>Opnie&amp;uw</translation>
    </message>
    <message>
        <source>&amp;Meeting</source>
        <translation>B&amp;ijeenkomst</translation>
    </message>
    <message>
        <source>&amp;Projector</source>
        <translation>Bea&amp;mer</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>&amp;About Intervisie Desktop</source>
        <translation>&amp;Over Intervisie Desktop</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Over &amp;Qt</translation>
    </message>
</context>
<context>
    <name>MeetingEditor</name>
    <message>
        <source>Day of this meeting</source>
        <translation>Dag van deze bijeenkomst</translation>
    </message>
    <message>
        <source>Starting time of this meeting</source>
        <translation>Begintijd van deze bijeenkomst</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Length of this meeting</source>
        <translation>Duur van deze bijeenkomst</translation>
    </message>
    <message>
        <source>Case presenter of this meeting</source>
        <translation>Casusinbrenger van deze bijeenkomst</translation>
    </message>
    <message>
        <source>Facilitator of this meeting</source>
        <translation>Gespreksbegeleider van deze bijeenkomst</translation>
    </message>
    <message>
        <source>nobody yet</source>
        <translation>nog niemand</translation>
    </message>
    <message>
        <source>Let the rotation choose a&amp;gain</source>
        <translation>Laat de rotatie opnie&amp;uw kiezen</translation>
    </message>
    <message>
        <source>Method of this meeting</source>
        <translation>Werkvorm van deze bijeenkomst</translation>
    </message>
    <message>
        <source>not chosen yet</source>
        <translation>nog niet gekozen</translation>
    </message>
    <message>
        <source>Place of this meeting</source>
        <translation>Plaats van deze bijeenkomst</translation>
    </message>
    <message>
        <source>On&amp;line</source>
        <translation>On&amp;line</translation>
    </message>
    <message>
        <source>Ca&amp;ncelled</source>
        <translation>Gaat &amp;niet door</translation>
    </message>
    <message>
        <source>&amp;Day:</source>
        <translation>&amp;Dag:</translation>
    </message>
    <message>
        <source>facilitated by</source>
        <translation>begeleid door</translation>
    </message>
    <message>
        <source>Case pr&amp;esenter:</source>
        <translation>Casus&amp;inbrenger:</translation>
    </message>
    <message>
        <source>Me&amp;thod:</source>
        <translation>Werkvor&amp;m:</translation>
    </message>
</context>
<context>
    <name>MeetingPage</name>
    <message>
        <source>Preview of the projector</source>
        <translation>Voorbeeld van het beamerbeeld</translation>
    </message>
    <message>
        <source>The projector is blacked out (press B to show it).</source>
        <translation>Het beamerbeeld is zwart (druk op B om het weer te tonen).</translation>
    </message>
    <message>
        <source>The projector shows:</source>
        <translation>De beamer toont:</translation>
    </message>
</context>
<context>
    <name>MeetingQuestions</name>
    <message>
        <source>Start a new meeting?</source>
        <translation>Een nieuwe bijeenkomst starten?</translation>
    </message>
    <message>
        <source>A meeting is running. Stop it and start a new one?</source>
        <translation>Er loopt een bijeenkomst. Wil je die stoppen en een nieuwe starten?</translation>
    </message>
    <message>
        <source>The data folder is gone, so the latest changes are not saved. If you quit now they are lost. Save a copy elsewhere first (the bar at the top). Quit anyway?</source>
        <translation>De gegevensmap is weg, dus de laatste wijzigingen zijn niet opgeslagen. Als je nu afsluit, zijn ze verloren. Bewaar eerst een kopie ergens anders (de balk bovenaan). Toch afsluiten?</translation>
    </message>
    <message>
        <source>The latest changes could not be saved (%1). If you quit now they are lost. Make room or fix this first, then quit again. Quit anyway?</source>
        <translation>De laatste wijzigingen konden niet worden opgeslagen (%1). Als je nu afsluit, gaan ze verloren. Maak eerst ruimte of los dit op en sluit dan opnieuw af. Toch afsluiten?</translation>
    </message>
    <message>
        <source>The meeting is still running. It is saved, paused at this moment; next time you can go on where you are. Quit now?</source>
        <translation>De bijeenkomst loopt nog. Ze is opgeslagen, gepauzeerd op dit moment; de volgende keer kun je verdergaan waar je bent. Nu afsluiten?</translation>
    </message>
    <message>
        <source>Quit during the meeting?</source>
        <translation>Afsluiten tijdens de bijeenkomst?</translation>
    </message>
</context>
<context>
    <name>MethodChooser</name>
    <message>
        <source>The group's experience with intervisie</source>
        <translation>Ervaring van de groep met intervisie</translation>
    </message>
    <message>
        <source>They know each other</source>
        <translation>Ze kennen elkaar</translation>
    </message>
    <message>
        <source>How well the group knows each other</source>
        <translation>Hoe goed de groep elkaar kent</translation>
    </message>
    <message>
        <source>Meeting length</source>
        <translation>Duur van de bijeenkomst</translation>
    </message>
    <message>
        <source>Time for the whole meeting</source>
        <translation>Tijd voor de hele bijeenkomst</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Show methods from &amp;other sources too</source>
        <translation>&amp;Ook werkvormen uit andere bronnen tonen</translation>
    </message>
    <message>
        <source>By default the four methods of the main manual and your own methods.</source>
        <translation>Standaard de vier werkvormen uit de handleiding en je eigen werkvormen.</translation>
    </message>
    <message>
        <source>Methods, best fit first</source>
        <translation>Werkvormen, best passende eerst</translation>
    </message>
    <message>
        <source>Steps of the chosen method</source>
        <translation>Stappen van de gekozen werkvorm</translation>
    </message>
    <message>
        <source>Shorte&amp;n the agenda to fit</source>
        <translation>Agenda inkorten zodat het &amp;past</translation>
    </message>
    <message>
        <source>&amp;Group's experience:</source>
        <translation>Er&amp;varing van de groep:</translation>
    </message>
    <message>
        <source>&amp;They know each other:</source>
        <translation>Ze &amp;kennen elkaar:</translation>
    </message>
    <message>
        <source>Meeting &amp;length:</source>
        <translation>&amp;Duur van de bijeenkomst:</translation>
    </message>
    <message>
        <source>leaves %1 for the method: the rest of the agenda takes %2 (tab 4)</source>
        <translation>laat %1 voor de werkvorm: de rest van de agenda duurt %2 (tab 4)</translation>
    </message>
    <message>
        <source>Even a shorter agenda leaves too little time.</source>
        <translation>Ook met een kortere agenda blijft er te weinig tijd over.</translation>
    </message>
    <message numerus="yes">
        <source>%n steps</source>
        <translation>
            <numerusform>%n stap</numerusform>
            <numerusform>%n stappen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MethodEditor</name>
    <message>
        <source>Edit method</source>
        <translation>Werkvorm bewerken</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Doel</translation>
    </message>
    <message>
        <source>When to use</source>
        <translation>Wanneer gebruiken</translation>
    </message>
    <message>
        <source>Suits groups new to intervisie</source>
        <translation>Geschikt voor groepen die nieuw zijn met intervisie</translation>
    </message>
    <message>
        <source>Trust needed</source>
        <translation>Benodigd vertrouwen</translation>
    </message>
    <message>
        <source>Own rules of the method</source>
        <translation>Eigen regels van de werkvorm</translation>
    </message>
    <message>
        <source>One rule per line: Dutch | English</source>
        <translation>Eén regel per zin: Nederlands | Engels</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>Stappen</translation>
    </message>
    <message>
        <source>&amp;Add step</source>
        <translation>Stap &amp;toevoegen</translation>
    </message>
    <message>
        <source>Re&amp;move step</source>
        <translation>Stap &amp;verwijderen</translation>
    </message>
    <message>
        <source>&amp;Up</source>
        <translation>Om&amp;hoog</translation>
    </message>
    <message>
        <source>&amp;Down</source>
        <translation>Om&amp;laag</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Naam:</translation>
    </message>
    <message>
        <source>Purpose:</source>
        <translation>Doel:</translation>
    </message>
    <message>
        <source>When to use:</source>
        <translation>Wanneer gebruiken:</translation>
    </message>
    <message>
        <source>Suits:</source>
        <translation>Geschikt voor:</translation>
    </message>
    <message>
        <source>Trust:</source>
        <translation>Vertrouwen:</translation>
    </message>
    <message>
        <source>Own rules:</source>
        <translation>Eigen regels:</translation>
    </message>
</context>
<context>
    <name>MethodView</name>
    <message>
        <source>Steps of the method</source>
        <translation>Stappen van de werkvorm</translation>
    </message>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Stap</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Minuten</translation>
    </message>
    <message>
        <source>Who speaks</source>
        <translation>Wie spreekt</translation>
    </message>
    <message>
        <source>Texts of the selected step</source>
        <translation>Teksten van de gekozen stap</translation>
    </message>
    <message>
        <source>Rules of the method</source>
        <translation>Gespreksregels van de werkvorm</translation>
    </message>
    <message>
        <source>&amp;Steps</source>
        <translation>&amp;Stappen</translation>
    </message>
    <message>
        <source>&amp;Rules</source>
        <translation>&amp;Gespreksregels</translation>
    </message>
    <message numerus="yes">
        <source>%n minutes</source>
        <translation>
            <numerusform>%n minuut</numerusform>
            <numerusform>%n minuten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n steps</source>
        <translation>
            <numerusform>%n stap</numerusform>
            <numerusform>%n stappen</numerusform>
        </translation>
    </message>
    <message>
        <source>the minutes are our suggestion; the source gives none</source>
        <translation>de minuten zijn onze suggestie; de bron noemt er geen</translation>
    </message>
    <message>
        <source>When to use</source>
        <translation>Wanneer gebruiken</translation>
    </message>
    <message>
        <source>Go through these with the group at the start:</source>
        <translation>Neem deze aan het begin met de groep door:</translation>
    </message>
    <message>
        <source>For the room</source>
        <translation>Voor de groep</translation>
    </message>
    <message>
        <source>For you, the facilitator</source>
        <translation>Voor jou als begeleider</translation>
    </message>
    <message>
        <source>Speaking</source>
        <translation>Aan het woord</translation>
    </message>
    <message>
        <source>Only listening</source>
        <translation>Luistert alleen</translation>
    </message>
    <message>
        <source>Parts</source>
        <translation>Onderdelen</translation>
    </message>
    <message>
        <source>Rules for this step</source>
        <translation>Regels bij deze stap</translation>
    </message>
    <message numerus="yes">
        <source>at most %n questions per member</source>
        <translation>
            <numerusform>hoogstens %n vraag per groepslid</numerusform>
            <numerusform>hoogstens %n vragen per groepslid</numerusform>
        </translation>
    </message>
    <message>
        <source>On the board</source>
        <translation>Op de flap</translation>
    </message>
</context>
<context>
    <name>OpenFolder</name>
    <message>
        <source>That passphrase is not right. Nothing was changed. Try again:</source>
        <translation>Die wachtzin klopt niet. Er is niets veranderd. Probeer het opnieuw:</translation>
    </message>
    <message>
        <source>This data folder is encrypted. Enter its passphrase:</source>
        <translation>Deze gegevensmap is versleuteld. Voer de wachtzin in:</translation>
    </message>
    <message>
        <source>If no other computer is using this data folder now, its lock can be removed. Remove the lock and open the folder?</source>
        <translation>Als geen andere computer deze gegevensmap nu gebruikt, kan de vergrendeling worden opgeheven. Vergrendeling opheffen en de map openen?</translation>
    </message>
    <message>
        <source>Put the key back from its backup? The damaged file is kept aside.</source>
        <translation>De sleutel terugzetten uit de reservekopie? Het beschadigde bestand wordt apart bewaard.</translation>
    </message>
</context>
<context>
    <name>OwnMethods</name>
    <message>
        <source>Not saved</source>
        <translation>Niet opgeslagen</translation>
    </message>
    <message>
        <source> (my version)</source>
        <translation> (mijn versie)</translation>
    </message>
    <message>
        <source>Delete method</source>
        <translation>Werkvorm verwijderen</translation>
    </message>
    <message>
        <source>Delete your method %1?</source>
        <translation>Je werkvorm %1 verwijderen?</translation>
    </message>
    <message>
        <source>Export method</source>
        <translation>Werkvorm exporteren</translation>
    </message>
    <message>
        <source>Method (*.json)</source>
        <translation>Werkvorm (*.json)</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Exporteren mislukt</translation>
    </message>
    <message>
        <source>Import method</source>
        <translation>Werkvorm importeren</translation>
    </message>
    <message>
        <source>Method not imported</source>
        <translation>Werkvorm niet geïmporteerd</translation>
    </message>
</context>
<context>
    <name>PassphraseDialog</name>
    <message>
        <source>Change the passphrase</source>
        <translation>Wachtzin wijzigen</translation>
    </message>
    <message>
        <source>Encrypt this data folder</source>
        <translation>Deze gegevensmap versleutelen</translation>
    </message>
    <message>
        <source>With a passphrase, everything in the data folder is encrypted. Keep the passphrase safe: if it is lost, the notes cannot be read by anyone, not even by us.</source>
        <translation>Met een wachtzin wordt alles in de gegevensmap versleuteld. Bewaar de wachtzin goed: raak je hem kwijt, dan kan niemand de notities nog lezen, ook wij niet.</translation>
    </message>
    <message>
        <source>Current passphrase</source>
        <translation>Huidige wachtzin</translation>
    </message>
    <message>
        <source>New passphrase</source>
        <translation>Nieuwe wachtzin</translation>
    </message>
    <message>
        <source>Repeat the new passphrase</source>
        <translation>Herhaal de nieuwe wachtzin</translation>
    </message>
    <message>
        <source>&amp;Current passphrase:</source>
        <translation>&amp;Huidige wachtzin:</translation>
    </message>
    <message>
        <source>&amp;New passphrase:</source>
        <translation>&amp;Nieuwe wachtzin:</translation>
    </message>
    <message>
        <source>&amp;Repeat:</source>
        <translation>&amp;Herhaal:</translation>
    </message>
    <message>
        <source>The two new passphrases are not the same.</source>
        <translation>De twee nieuwe wachtzinnen zijn niet gelijk.</translation>
    </message>
    <message>
        <source>The current passphrase is not right. Nothing changed.</source>
        <translation>De huidige wachtzin klopt niet. Er is niets veranderd.</translation>
    </message>
</context>
<context>
    <name>PeopleAndCase</name>
    <message>
        <source>Group</source>
        <translation>Groep</translation>
    </message>
    <message>
        <source>Who is present</source>
        <translation>Wie er aanwezig is</translation>
    </message>
    <message>
        <source>Facilitator</source>
        <translation>Gespreksbegeleider</translation>
    </message>
    <message>
        <source>Scribe</source>
        <translation>Notulist</translation>
    </message>
    <message>
        <source>Case presenter</source>
        <translation>Casusinbrenger</translation>
    </message>
    <message>
        <source>The case question</source>
        <translation>De casusvraag</translation>
    </message>
    <message>
        <source>The situation and the question, in one or two sentences.</source>
        <translation>De situatie en de vraag, in één of twee zinnen.</translation>
    </message>
    <message>
        <source>Example questions</source>
        <translation>Voorbeeldvragen</translation>
    </message>
    <message>
        <source>Example questions…</source>
        <translation>Voorbeeldvragen…</translation>
    </message>
    <message>
        <source>Kind of case</source>
        <translation>Soort casus</translation>
    </message>
    <message>
        <source>Prese&amp;nt:</source>
        <translation>&amp;Aanwezig:</translation>
    </message>
    <message>
        <source>New group…</source>
        <translation>Nieuwe groep…</translation>
    </message>
    <message>
        <source>Edit group…</source>
        <translation>Groep bewerken…</translation>
    </message>
    <message>
        <source>It raised stron&amp;g emotion</source>
        <translation>Het maa&amp;kte veel emotie los</translation>
    </message>
    <message>
        <source>A second case in this meeting</source>
        <translation>Een tweede casus in deze bijeenkomst</translation>
    </message>
    <message>
        <source>Second case presenter</source>
        <translation>Tweede casusinbrenger</translation>
    </message>
    <message>
        <source>The second case question</source>
        <translation>De tweede casusvraag</translation>
    </message>
    <message>
        <source>Gro&amp;up:</source>
        <translation>&amp;Groep:</translation>
    </message>
    <message>
        <source>F&amp;acilitator:</source>
        <translation>Begelei&amp;der:</translation>
    </message>
    <message>
        <source>Sc&amp;ribe:</source>
        <translation>&amp;Notulist:</translation>
    </message>
    <message>
        <source>&amp;Case presenter:</source>
        <translation>&amp;Casusinbrenger:</translation>
    </message>
    <message>
        <source>&amp;Question:</source>
        <translation>&amp;Vraag:</translation>
    </message>
    <message>
        <source>E&amp;xample questions:</source>
        <translation>Voorbeeldvragen:</translation>
    </message>
    <message>
        <source>&amp;Kind of case:</source>
        <translation>Soor&amp;t casus:</translation>
    </message>
    <message>
        <source>Second case presenter:</source>
        <translation>Tweede inbrenger:</translation>
    </message>
    <message>
        <source>me (not a member)</source>
        <translation>ikzelf (geen groepslid)</translation>
    </message>
    <message>
        <source>the facilitator</source>
        <translation>de begeleider</translation>
    </message>
    <message>
        <source>Fewer than 4 participants: the group may be too small.</source>
        <translation>Minder dan 4 deelnemers: de groep is misschien te klein.</translation>
    </message>
    <message>
        <source>More than 8 participants: consider splitting the group.</source>
        <translation>Meer dan 8 deelnemers: overweeg de groep te splitsen.</translation>
    </message>
</context>
<context>
    <name>PlanForm</name>
    <message>
        <source>Date of the first meeting</source>
        <translation>Datum van de eerste bijeenkomst</translation>
    </message>
    <message>
        <source>Every so many weeks</source>
        <translation>Om de zoveel weken</translation>
    </message>
    <message>
        <source>every </source>
        <translation>om de </translation>
    </message>
    <message>
        <source> weeks</source>
        <translation> weken</translation>
    </message>
    <message>
        <source>Starting time</source>
        <translation>Begintijd</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Length of each meeting</source>
        <translation>Duur van elke bijeenkomst</translation>
    </message>
    <message>
        <source>Place, or the call's link</source>
        <translation>Plaats, of de link van het gesprek</translation>
    </message>
    <message>
        <source>A room and address, or the link of the call</source>
        <translation>Een zaal en adres, of de link van het videogesprek</translation>
    </message>
    <message>
        <source>&amp;Online</source>
        <translation>&amp;Online</translation>
    </message>
    <message>
        <source>Number of meetings</source>
        <translation>Aantal bijeenkomsten</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Tijdzone</translation>
    </message>
    <message>
        <source>The facilitator &amp;rotates among the members</source>
        <translation>De begeleider &amp;rouleert onder de leden</translation>
    </message>
    <message>
        <source>Fixed facilitator</source>
        <translation>Vaste begeleider</translation>
    </message>
    <message>
        <source>me (not a member)</source>
        <translation>ikzelf (geen groepslid)</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;Vanaf:</translation>
    </message>
    <message>
        <source>&amp;Where:</source>
        <translation>&amp;Waar:</translation>
    </message>
    <message>
        <source>&amp;Meetings:</source>
        <translation>&amp;Bijeenkomsten:</translation>
    </message>
</context>
<context>
    <name>PlannedOutputs</name>
    <message>
        <source>Calendar file saved: %1</source>
        <translation>Agendabestand opgeslagen: %1</translation>
    </message>
    <message>
        <source>The invitation is on the clipboard: paste it in an e-mail.</source>
        <translation>De uitnodiging staat op het klembord: plak hem in een e-mail.</translation>
    </message>
    <message>
        <source>Invitation saved: %1</source>
        <translation>Uitnodiging opgeslagen: %1</translation>
    </message>
    <message>
        <source>Choose the method of this meeting first.</source>
        <translation>Kies eerst de werkvorm van deze bijeenkomst.</translation>
    </message>
    <message>
        <source>Case sheet saved: %1</source>
        <translation>Casusblad opgeslagen: %1</translation>
    </message>
</context>
<context>
    <name>PlannedRow</name>
    <message>
        <source>Series date</source>
        <translation>Datum in de reeks</translation>
    </message>
    <message>
        <source>Planned meeting</source>
        <translation>Geplande bijeenkomst</translation>
    </message>
    <message>
        <source>P&amp;lan a series…</source>
        <translation>&amp;Reeks plannen…</translation>
    </message>
    <message>
        <source>Pre-&amp;talk…</source>
        <translation>V&amp;oorbespreking…</translation>
    </message>
    <message>
        <source>Go through the method's points with the case presenter</source>
        <translation>Loop de aandachtspunten van de werkvorm door met de casusinbrenger</translation>
    </message>
    <message>
        <source>not part of a series</source>
        <translation>los van een reeks</translation>
    </message>
    <message>
        <source>case: %1</source>
        <translation>casus: %1</translation>
    </message>
</context>
<context>
    <name>PreparePage</name>
    <message>
        <source>Series &amp;date:</source>
        <translation>Dat&amp;um in de reeks:</translation>
    </message>
    <message>
        <source>&amp;1. Group and case</source>
        <translation>&amp;1. Groep en casus</translation>
    </message>
    <message>
        <source>&amp;2. Method</source>
        <translation>&amp;2. Werkvorm</translation>
    </message>
    <message>
        <source>&amp;3. Icebreaker</source>
        <translation>&amp;3. Kennismaking</translation>
    </message>
    <message>
        <source>&amp;4. Agenda</source>
        <translation>&amp;4. Agenda</translation>
    </message>
    <message>
        <source>H&amp;istory</source>
        <translation>G&amp;eschiedenis</translation>
    </message>
    <message>
        <source>&amp;Start the meeting</source>
        <translation>Bijeenkomst &amp;starten</translation>
    </message>
    <message>
        <source>no icebreaker</source>
        <translation>geen kennismaking</translation>
    </message>
    <message>
        <source>%1 of %2 available</source>
        <translation>%1 van %2 beschikbaar</translation>
    </message>
    <message>
        <source>does not fit: shorten or switch off parts</source>
        <translation>past niet: maak onderdelen korter of zet ze uit</translation>
    </message>
</context>
<context>
    <name>PresenterView</name>
    <message>
        <source>Projector view</source>
        <translation>Beamerbeeld</translation>
    </message>
    <message>
        <source>Progress of this step</source>
        <translation>Voortgang van deze stap</translation>
    </message>
    <message>
        <source>Blacked out</source>
        <translation>Zwart beeld</translation>
    </message>
    <message>
        <source>End of the meeting</source>
        <translation>Einde van de bijeenkomst</translation>
    </message>
    <message>
        <source>Step %1 of %2 — %3</source>
        <translation>Stap %1 van %2 — %3</translation>
    </message>
    <message>
        <source>Finish the meeting?  Next: finish · Previous: go back</source>
        <translation>Afronden?  Volgende: afsluiten · Vorige: terug</translation>
    </message>
    <message>
        <source>Over time</source>
        <translation>Uitloop</translation>
    </message>
    <message>
        <source>Time is nearly up</source>
        <translation>Bijna tijd</translation>
    </message>
    <message>
        <source>Paused — the clock is stopped</source>
        <translation>Pauze — de klok staat stil</translation>
    </message>
    <message>
        <source>About to start</source>
        <translation>We beginnen zo</translation>
    </message>
    <message>
        <source>Thank you</source>
        <translation>Dank jullie wel</translation>
    </message>
    <message>
        <source>In the call: %1</source>
        <translation>In het videogesprek: %1</translation>
    </message>
    <message>
        <source>Listening only, microphone off: %1</source>
        <translation>Luistert alleen, microfoon uit: %1</translation>
    </message>
    <message>
        <source>Listening only (in the call: microphone off): %1</source>
        <translation>Luistert alleen (in het videogesprek: microfoon uit): %1</translation>
    </message>
    <message>
        <source>in the call: %1</source>
        <translation>in het videogesprek: %1</translation>
    </message>
    <message>
        <source>Speaking: %1</source>
        <translation>Aan het woord: %1</translation>
    </message>
    <message>
        <source>Listening only: %1</source>
        <translation>Luistert alleen: %1</translation>
    </message>
    <message>
        <source>In turn: unmute when it is yours, then mute again</source>
        <translation>Om de beurt: microfoon aan als het jouw beurt is, daarna weer uit</translation>
    </message>
    <message>
        <source>%1 (by video)</source>
        <translation>%1 (via video)</translation>
    </message>
    <message>
        <source>Now: %1</source>
        <translation>Nu: %1</translation>
    </message>
    <message>
        <source>Next: %1</source>
        <translation>Daarna: %1</translation>
    </message>
</context>
<context>
    <name>PresenterWindow</name>
    <message>
        <source>Intervisie — projector</source>
        <translation>Intervisie — beamer</translation>
    </message>
</context>
<context>
    <name>PretalkDialog</name>
    <message>
        <source>the case presenter</source>
        <translation>de casusinbrenger</translation>
    </message>
    <message>
        <source>Pre-talk with %1</source>
        <translation>Voorbespreking met %1</translation>
    </message>
    <message>
        <source>The method to go through the points for</source>
        <translation>De werkvorm waarvoor je de punten doorloopt</translation>
    </message>
    <message>
        <source>Private note</source>
        <translation>Eigen notitie</translation>
    </message>
    <message>
        <source>Only for you: never printed or shown.</source>
        <translation>Alleen voor jou: wordt nooit afgedrukt of getoond.</translation>
    </message>
    <message>
        <source>&amp;Method:</source>
        <translation>&amp;Werkvorm:</translation>
    </message>
    <message>
        <source>Private &amp;note:</source>
        <translation>Eigen &amp;notitie:</translation>
    </message>
</context>
<context>
    <name>Problems</name>
    <message>
        <source>meeting</source>
        <translation>bijeenkomst</translation>
    </message>
    <message>
        <source>group</source>
        <translation>groep</translation>
    </message>
    <message>
        <source>method</source>
        <translation>werkvorm</translation>
    </message>
    <message>
        <source>settings</source>
        <translation>instellingen</translation>
    </message>
    <message>
        <source>meeting list</source>
        <translation>lijst van bijeenkomsten</translation>
    </message>
    <message>
        <source>key</source>
        <translation>sleutel</translation>
    </message>
    <message>
        <source>a folder</source>
        <translation>een map</translation>
    </message>
    <message>
        <source>a named pipe</source>
        <translation>een named pipe</translation>
    </message>
    <message>
        <source>a device</source>
        <translation>een apparaat</translation>
    </message>
    <message>
        <source>a socket</source>
        <translation>een socket</translation>
    </message>
    <message>
        <source>a file</source>
        <translation>een bestand</translation>
    </message>
    <message>
        <source>a link</source>
        <translation>een snelkoppeling</translation>
    </message>
    <message>
        <source>something else</source>
        <translation>iets anders</translation>
    </message>
    <message>
        <source>it does not exist</source>
        <translation>het bestaat niet</translation>
    </message>
    <message>
        <source>it is empty</source>
        <translation>het is leeg</translation>
    </message>
    <message>
        <source>it is not a text file (it may be damaged)</source>
        <translation>het is geen tekstbestand (het is misschien beschadigd)</translation>
    </message>
    <message>
        <source>it is cut off: the end of it is missing</source>
        <translation>het is afgebroken: het einde ontbreekt</translation>
    </message>
    <message>
        <source>it is damaged (at line %1, column %2)</source>
        <translation>het is beschadigd (op regel %1, kolom %2)</translation>
    </message>
    <message>
        <source>it is damaged</source>
        <translation>het is beschadigd</translation>
    </message>
    <message>
        <source>it is not an Intervisie Desktop data file</source>
        <translation>het is geen gegevensbestand van Intervisie Desktop</translation>
    </message>
    <message>
        <source>it is an Intervisie Desktop %1 file</source>
        <translation>het is een ander bestand van Intervisie Desktop (%1)</translation>
    </message>
    <message>
        <source>its version number is missing or not valid</source>
        <translation>het versienummer ontbreekt of klopt niet</translation>
    </message>
    <message>
        <source>there is no way to convert it from version %1</source>
        <translation>het kan niet worden omgezet vanaf versie %1</translation>
    </message>
    <message>
        <source>it could not be converted from version %1</source>
        <translation>het omzetten vanaf versie %1 is mislukt</translation>
    </message>
    <message>
        <source>its contents are missing</source>
        <translation>de inhoud ontbreekt</translation>
    </message>
    <message>
        <source>its contents are nested too deeply</source>
        <translation>de inhoud is te diep genest</translation>
    </message>
    <message>
        <source>the id inside it does not match its file name</source>
        <translation>het id erin past niet bij de bestandsnaam</translation>
    </message>
    <message>
        <source>it is far too large (%1 MB, while at most %2 MB is read or written)</source>
        <translation>het is veel te groot (%1 MB, terwijl hoogstens %2 MB wordt gelezen of geschreven)</translation>
    </message>
    <message>
        <source>it is not a file but %1</source>
        <translation>het is geen bestand maar %1</translation>
    </message>
    <message>
        <source>it is a link to somewhere else, which the app does not follow</source>
        <translation>het is een snelkoppeling naar een andere plek, en die volgt de app niet</translation>
    </message>
    <message>
        <source>it belongs to another user account on this computer</source>
        <translation>het is van een ander gebruikersaccount op deze computer</translation>
    </message>
    <message>
        <source>it could not be opened (%1)</source>
        <translation>het kon niet worden geopend (%1)</translation>
    </message>
    <message>
        <source>it is encrypted, but this data folder was opened without its key</source>
        <translation>het is versleuteld, maar deze gegevensmap is zonder sleutel geopend</translation>
    </message>
    <message>
        <source>it is not encrypted while everything else in this data folder is, so it was not trusted</source>
        <translation>het is niet versleuteld terwijl al het andere in deze gegevensmap dat wel is; daarom is het niet vertrouwd</translation>
    </message>
    <message>
        <source>it is damaged (its encryption header cannot be read)</source>
        <translation>het is beschadigd (de kop van de versleuteling is onleesbaar)</translation>
    </message>
    <message>
        <source>it belongs somewhere else in the data folder</source>
        <translation>het hoort op een andere plek in de gegevensmap</translation>
    </message>
    <message>
        <source>it is damaged or was changed (the encryption check failed)</source>
        <translation>het is beschadigd of veranderd (de controle van de versleuteling klopt niet)</translation>
    </message>
    <message>
        <source>its encrypted and its visible header do not match</source>
        <translation>de versleutelde en de zichtbare kop komen niet overeen</translation>
    </message>
    <message>
        <source>there is no backup of it that can be read</source>
        <translation>er is geen leesbare reservekopie van</translation>
    </message>
    <message>
        <source>it would not be readable again (%1)</source>
        <translation>het zou daarna niet meer te lezen zijn (%1)</translation>
    </message>
    <message>
        <source>the system reported an error (%1)</source>
        <translation>het systeem meldde een fout (%1)</translation>
    </message>
    <message>
        <source>the disk is full</source>
        <translation>de schijf is vol</translation>
    </message>
    <message>
        <source>the disk quota is used up</source>
        <translation>het schijfquotum is op</translation>
    </message>
    <message>
        <source>this user account has no permission to read or write there</source>
        <translation>dit gebruikersaccount mag daar niet lezen of schrijven</translation>
    </message>
    <message>
        <source>the disk is read-only</source>
        <translation>de schijf is alleen-lezen</translation>
    </message>
    <message>
        <source>the disk reported an error</source>
        <translation>de schijf meldde een fout</translation>
    </message>
    <message>
        <source>the data folder is no longer there (was a USB stick removed?)</source>
        <translation>de gegevensmap is er niet meer (is er een USB-stick uitgehaald?)</translation>
    </message>
    <message>
        <source>another folder is now where the data folder was</source>
        <translation>waar de gegevensmap stond, staat nu een andere map</translation>
    </message>
    <message>
        <source>not every byte reached the disk</source>
        <translation>niet alles is op de schijf terechtgekomen</translation>
    </message>
    <message>
        <source>the disk accepted no more data</source>
        <translation>de schijf nam niets meer aan</translation>
    </message>
    <message>
        <source>it holds a value of the wrong type</source>
        <translation>er staat een waarde van de verkeerde soort in</translation>
    </message>
    <message>
        <source>it was written by a newer version of Intervisie Desktop and is kept as it is</source>
        <translation>het is geschreven door een nieuwere versie van Intervisie Desktop en blijft zoals het is</translation>
    </message>
    <message>
        <source>the file in its place could not be used and is kept as it is</source>
        <translation>het bestand op die plek was niet bruikbaar en blijft zoals het is</translation>
    </message>
    <message>
        <source>another Intervisie Desktop on this computer is using it (process %1)</source>
        <translation>een andere Intervisie Desktop op deze computer gebruikt haar (proces %1)</translation>
    </message>
    <message>
        <source>it is in use on another computer (%1), or it was not closed properly there</source>
        <translation>ze is in gebruik op een andere computer (%1), of is daar niet netjes afgesloten</translation>
    </message>
    <message>
        <source>its lock file is not one of Intervisie Desktop's</source>
        <translation>het vergrendelbestand is niet van Intervisie Desktop</translation>
    </message>
    <message>
        <source>it cannot be written to: %1</source>
        <translation>er kan niet in worden geschreven: %1</translation>
    </message>
    <message>
        <source>there is %1 named “%2” where the app keeps a folder of that name</source>
        <translation>er staat %1 met de naam „%2” waar de app een map met die naam bewaart</translation>
    </message>
    <message>
        <source>the key file (key.json) of this encrypted data folder is missing</source>
        <translation>het sleutelbestand (key.json) van deze versleutelde gegevensmap ontbreekt</translation>
    </message>
    <message>
        <source>the key file (key.json) of this encrypted data folder is damaged</source>
        <translation>het sleutelbestand (key.json) van deze versleutelde gegevensmap is beschadigd</translation>
    </message>
    <message>
        <source>; a backup of it can be put back</source>
        <translation>; er is een reservekopie die kan worden teruggezet</translation>
    </message>
    <message>
        <source>; put back key.json from your own backup of this folder</source>
        <translation>; zet key.json terug uit je eigen reservekopie van deze map</translation>
    </message>
    <message>
        <source>a passphrase needs at least %1 characters; remember it well: without it the notes cannot be read</source>
        <translation>een wachtzin heeft minstens %1 tekens nodig; onthoud hem goed: zonder wachtzin zijn de notities niet te lezen</translation>
    </message>
    <message>
        <source>this data folder is encrypted: its passphrase is needed to open it</source>
        <translation>deze gegevensmap is versleuteld: de wachtzin is nodig om haar te openen</translation>
    </message>
    <message>
        <source>the passphrase is not correct; nothing was changed</source>
        <translation>de wachtzin klopt niet; er is niets veranderd</translation>
    </message>
    <message>
        <source>that key belongs to another data folder</source>
        <translation>die sleutel hoort bij een andere gegevensmap</translation>
    </message>
    <message>
        <source>this data folder is not encrypted</source>
        <translation>deze gegevensmap is niet versleuteld</translation>
    </message>
    <message>
        <source>this data folder is already encrypted</source>
        <translation>deze gegevensmap is al versleuteld</translation>
    </message>
    <message>
        <source>a built-in method has the id %1</source>
        <translation>een ingebouwde werkvorm heeft het id %1</translation>
    </message>
    <message>
        <source>a method with the id %1 exists already</source>
        <translation>er is al een werkvorm met het id %1</translation>
    </message>
    <message>
        <source>it is encrypted; export it again to share it</source>
        <translation>het is versleuteld; exporteer het opnieuw om het te delen</translation>
    </message>
    <message>
        <source>%1 is not a known format: use .pdf or .md</source>
        <translation>%1 is geen bekend formaat: kies .pdf of .md</translation>
    </message>
    <message>
        <source>the PDF could not be made</source>
        <translation>de pdf kon niet worden gemaakt</translation>
    </message>
    <message>
        <source>some of its contents are not valid (%1)</source>
        <translation>een deel van de inhoud klopt niet (%1)</translation>
    </message>
    <message>
        <source> and %1 more</source>
        <translation> en nog %1</translation>
    </message>
    <message>
        <source>The %1 file %2 could not be used: %3.</source>
        <translation>Het bestand %2 (%1) kon niet worden gebruikt: %3.</translation>
    </message>
    <message>
        <source>It was moved, unchanged, to %1.</source>
        <translation>Het is ongewijzigd verplaatst naar %1.</translation>
    </message>
    <message>
        <source>It was left where it is, and the app does not write over it.</source>
        <translation>Het is gebleven waar het is, en de app schrijft er niet overheen.</translation>
    </message>
    <message>
        <source>A backup from %1 is kept in %2.</source>
        <translation>Een reservekopie van %1 staat in %2.</translation>
    </message>
    <message>
        <source>A backup from %1 can be restored.</source>
        <translation>Een reservekopie van %1 kan worden teruggezet.</translation>
    </message>
    <message>
        <source>There is no backup of it.</source>
        <translation>Er is geen reservekopie van.</translation>
    </message>
    <message>
        <source>%1 was not saved: %2.</source>
        <translation>%1 is niet opgeslagen: %2.</translation>
    </message>
    <message>
        <source>The file %1 could not be read: %2.</source>
        <translation>Het bestand %1 kon niet worden gelezen: %2.</translation>
    </message>
    <message>
        <source>The method in %1 was not imported: %2.</source>
        <translation>De werkvorm in %1 is niet geïmporteerd: %2.</translation>
    </message>
    <message>
        <source>%1 was not exported: %2.</source>
        <translation>%1 is niet geëxporteerd: %2.</translation>
    </message>
    <message>
        <source>The data folder %1 cannot be opened: %2.</source>
        <translation>De gegevensmap %1 kan niet worden geopend: %2.</translation>
    </message>
    <message>
        <source>These meetings are older than their group keeps them, and would be deleted with their backups (%1):</source>
        <translation>Deze bijeenkomsten zijn ouder dan hun groep ze bewaart en worden met hun reservekopieën verwijderd (%1):</translation>
    </message>
    <message>
        <source>The computer's clock is later than the newest meeting allows; the meetings are counted as of %1.</source>
        <translation>De klok van de computer loopt verder dan de nieuwste bijeenkomst toelaat; er is gerekend vanaf %1.</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <source>&amp;Look in:</source>
        <translation>&amp;Zoeken in:</translation>
    </message>
    <message>
        <source>Files of &amp;type:</source>
        <translation>Bestanden van &amp;type:</translation>
    </message>
</context>
<context>
    <name>RatingChart</name>
    <message>
        <source>Ratings across meetings (chart)</source>
        <translation>Cijfers over de bijeenkomsten (grafiek)</translation>
    </message>
    <message>
        <source>No ratings yet</source>
        <translation>Nog geen cijfers</translation>
    </message>
</context>
<context>
    <name>RatingTable</name>
    <message>
        <source>Ratings across meetings (table)</source>
        <translation>Cijfers over de bijeenkomsten (tabel)</translation>
    </message>
    <message numerus="yes">
        <source>average of %n ratings</source>
        <translation>
            <numerusform>gemiddelde van %n cijfer</numerusform>
            <numerusform>gemiddelde van %n cijfers</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReplanDialog</name>
    <message>
        <source>Re-plan the rest of the meeting</source>
        <translation>De rest van de bijeenkomst herplannen</translation>
    </message>
    <message>
        <source>To end on time, these blocks get shorter:</source>
        <translation>Om op tijd klaar te zijn, worden deze blokken korter:</translation>
    </message>
    <message>
        <source>There is time to spare; these blocks can get longer:</source>
        <translation>Er is tijd over; deze blokken kunnen langer:</translation>
    </message>
    <message>
        <source>Proposed changes</source>
        <translation>Voorgestelde wijzigingen</translation>
    </message>
    <message>
        <source>Block</source>
        <translation>Blok</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Nu</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Nieuw</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>Protected blocks, such as the evaluation, stay as they are.</source>
        <translation>Beschermde blokken, zoals de evaluatie, blijven zoals ze zijn.</translation>
    </message>
    <message numerus="yes">
        <source>Even so, the meeting will be %n min late.</source>
        <translation>
            <numerusform>Ook dan loopt de bijeenkomst %n min uit.</numerusform>
            <numerusform>Ook dan loopt de bijeenkomst %n min uit.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation>&amp;Toepassen</translation>
    </message>
</context>
<context>
    <name>ReportExport</name>
    <message>
        <source>take-away</source>
        <translation>meegeefverslag</translation>
    </message>
    <message>
        <source>meeting report</source>
        <translation>verslag bijeenkomst</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Exporteren mislukt</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>Opgeslagen: %1</translation>
    </message>
</context>
<context>
    <name>Rescued</name>
    <message>
        <source>The app once had to stop while its data folder was gone, so it kept the meeting on this computer, in %1:</source>
        <translation>De app moest een keer stoppen terwijl de gegevensmap weg was. Daarom is de bijeenkomst op deze computer bewaard, in %1:</translation>
    </message>
    <message>
        <source>To open it again, copy the file into the data folder's “meetings” folder under the name shown after the arrow, then remove it from the rescue folder.</source>
        <translation>Om haar weer te openen: kopieer het bestand naar de map “meetings” in de gegevensmap, onder de naam achter de pijl, en verwijder het daarna uit deze map.</translation>
    </message>
    <message>
        <source>A meeting was kept elsewhere</source>
        <translation>Een bijeenkomst is elders bewaard</translation>
    </message>
</context>
<context>
    <name>Resume</name>
    <message>
        <source>just now</source>
        <translation>zojuist</translation>
    </message>
    <message>
        <source>1 minute ago</source>
        <translation>1 minuut geleden</translation>
    </message>
    <message>
        <source>%1 minutes ago</source>
        <translation>%1 minuten geleden</translation>
    </message>
    <message>
        <source>1 hour ago</source>
        <translation>1 uur geleden</translation>
    </message>
    <message>
        <source>%1 hours ago</source>
        <translation>%1 uur geleden</translation>
    </message>
    <message>
        <source>%1 days ago</source>
        <translation>%1 dagen geleden</translation>
    </message>
    <message>
        <source>The meeting “%1” of %2 was left %3 and is not finished.</source>
        <translation>De bijeenkomst ‘%1’ van %2 is %3 verlaten en is nog niet afgerond.</translation>
    </message>
    <message>
        <source>You quit while it ran: it goes on paused, its clock as you left it.</source>
        <translation>Je sloot af terwijl ze liep: ze gaat gepauzeerd verder, met de klok zoals je haar achterliet.</translation>
    </message>
    <message>
        <source>Go on with the meeting?</source>
        <translation>Verder met de bijeenkomst?</translation>
    </message>
    <message>
        <source>&amp;Go on</source>
        <translation>&amp;Verdergaan</translation>
    </message>
    <message>
        <source>&amp;Not now</source>
        <translation>&amp;Nu niet</translation>
    </message>
    <message>
        <source>&amp;Close it for good</source>
        <translation>Voorgoed &amp;afsluiten</translation>
    </message>
</context>
<context>
    <name>Retention</name>
    <message>
        <source>Delete old meetings?</source>
        <translation>Oude bijeenkomsten verwijderen?</translation>
    </message>
    <message>
        <source>Pre-talk notes and evaluations of the same age would go too (%1):</source>
        <translation>Voorbesprekingen en evaluaties die even oud zijn, gaan dan ook weg (%1):</translation>
    </message>
    <message>
        <source>%1: pre-talk with %2, %3</source>
        <translation>%1: voorbespreking met %2, %3</translation>
    </message>
    <message>
        <source>the case presenter</source>
        <translation>de casusinbrenger</translation>
    </message>
    <message>
        <source>%1: the group's evaluation of %2</source>
        <translation>%1: evaluatie door de groep van %2</translation>
    </message>
</context>
<context>
    <name>RunningMeeting</name>
    <message>
        <source>Finish the meeting?</source>
        <translation>Bijeenkomst afronden?</translation>
    </message>
    <message>
        <source>The clock stops and the meeting is saved as finished. Then you can export the take-away for the case presenter (Ctrl+Shift+E) and the meeting report (File menu).</source>
        <translation>De klok stopt en de bijeenkomst wordt als afgerond bewaard. Daarna kun je het meegeefverslag voor de casusinbrenger exporteren (Ctrl+Shift+E) en het verslag van de bijeenkomst (menu Bestand).</translation>
    </message>
</context>
<context>
    <name>SaveNotice</name>
    <message>
        <source>Intervisie Desktop — not saved</source>
        <translation>Intervisie Desktop — niet opgeslagen</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Niet opgeslagen: %1</translation>
    </message>
    <message>
        <source>Intervisie Desktop</source>
        <translation>Intervisie Desktop</translation>
    </message>
    <message>
        <source>Saved as a copy</source>
        <translation>Als kopie bewaard</translation>
    </message>
    <message>
        <source>This meeting was saved by a newer version of the app, so its file stays as it is. What you add now is saved in a copy that this version can read.</source>
        <translation>Deze bijeenkomst is bewaard door een nieuwere versie van de app; dat bestand blijft zoals het is. Wat je nu toevoegt, wordt bewaard in een kopie die deze versie kan lezen.</translation>
    </message>
</context>
<context>
    <name>Series</name>
    <message>
        <source>This time zone is not known; pick one from the list.</source>
        <translation>Deze tijdzone is onbekend; kies er een uit de lijst.</translation>
    </message>
    <message>
        <source>A series has at most 52 meetings.</source>
        <translation>Een reeks heeft hoogstens 52 bijeenkomsten.</translation>
    </message>
    <message>
        <source>Plan at least one meeting.</source>
        <translation>Plan minstens één bijeenkomst.</translation>
    </message>
    <message>
        <source>Meet every 1 to 12 weeks.</source>
        <translation>Kom om de 1 tot 12 weken bijeen.</translation>
    </message>
    <message>
        <source>planned</source>
        <translation>gepland</translation>
    </message>
    <message>
        <source>not held yet</source>
        <translation>nog niet gehouden</translation>
    </message>
    <message>
        <source>held</source>
        <translation>gehouden</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>gaat niet door</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nee</translation>
    </message>
    <message>
        <source>not sure</source>
        <translation>weet niet zeker</translation>
    </message>
</context>
<context>
    <name>SeriesDialog</name>
    <message>
        <source>Series of %1</source>
        <translation>Reeks van %1</translation>
    </message>
    <message>
        <source>&amp;Plan the meetings</source>
        <translation>Bijeenkomsten &amp;plannen</translation>
    </message>
    <message>
        <source>Planned meetings</source>
        <translation>Geplande bijeenkomsten</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>Nr.</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Dag</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Tijd</translation>
    </message>
    <message>
        <source>Case presenter</source>
        <translation>Casusinbrenger</translation>
    </message>
    <message>
        <source>Facilitator</source>
        <translation>Gespreksbegeleider</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Werkvorm</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Add a meet&amp;ing</source>
        <translation>Bijeenkomst &amp;toevoegen</translation>
    </message>
    <message>
        <source>Calendar file, &amp;all…</source>
        <translation>&amp;Agendabestand, alle…</translation>
    </message>
    <message>
        <source>Calendar file, &amp;just this one…</source>
        <translation>Agendabestand, alleen d&amp;eze…</translation>
    </message>
    <message>
        <source>&amp;Copy the invitation</source>
        <translation>Uitnodi&amp;ging kopiëren</translation>
    </message>
    <message>
        <source>Save the in&amp;vitation…</source>
        <translation>Uitnodiging op&amp;slaan…</translation>
    </message>
    <message>
        <source>Pre-tal&amp;k…</source>
        <translation>Voorbespre&amp;king…</translation>
    </message>
    <message>
        <source>Case &amp;sheet…</source>
        <translation>&amp;Casusblad…</translation>
    </message>
    <message>
        <source>Plan again?</source>
        <translation>Opnieuw plannen?</translation>
    </message>
    <message>
        <source>The meetings planned so far are replaced. Plan them again?</source>
        <translation>De bijeenkomsten die al gepland zijn, worden vervangen. Opnieuw plannen?</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Opgeslagen.</translation>
    </message>
    <message>
        <source>me</source>
        <translation>ikzelf</translation>
    </message>
</context>
<context>
    <name>SettingsCommand</name>
    <message>
        <source>The data folder is encrypted.</source>
        <translation>De gegevensmap is versleuteld.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Instellingen</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Taal</translation>
    </message>
    <message>
        <source>as the system</source>
        <translation>zoals het systeem</translation>
    </message>
    <message>
        <source>Projector screen</source>
        <translation>Beamerscherm</translation>
    </message>
    <message>
        <source>automatic: a screen other than the laptop's</source>
        <translation>automatisch: een ander scherm dan dat van de laptop</translation>
    </message>
    <message>
        <source>Warning before the end of a block</source>
        <translation>Waarschuwing voor het einde van een blok</translation>
    </message>
    <message>
        <source> s before the end</source>
        <translation> s voor het einde</translation>
    </message>
    <message>
        <source>Warning style</source>
        <translation>Stijl van de waarschuwing</translation>
    </message>
    <message>
        <source>the whole screen turns amber, then red</source>
        <translation>het hele scherm wordt oranje, daarna rood</translation>
    </message>
    <message>
        <source>calm: only the clock changes colour</source>
        <translation>rustig: alleen de klok verkleurt</translation>
    </message>
    <message>
        <source>Play a short chime at zero</source>
        <translation>Kort belletje bij nul</translation>
    </message>
    <message>
        <source>Single keys steer the meeting (Space, T, +, −; the clicker always works)</source>
        <translation>Losse toetsen sturen de bijeenkomst (spatie, T, +, −; de presenter werkt altijd)</translation>
    </message>
    <message>
        <source>The coach points out questions and advice that go against the rules</source>
        <translation>De coach wijst op vragen en adviezen die tegen de regels ingaan</translation>
    </message>
    <message>
        <source>Projector colours</source>
        <translation>Kleuren op de beamer</translation>
    </message>
    <message>
        <source>standard</source>
        <translation>standaard</translation>
    </message>
    <message>
        <source>high contrast</source>
        <translation>hoog contrast</translation>
    </message>
    <message>
        <source>Projector text size</source>
        <translation>Tekstgrootte op de beamer</translation>
    </message>
    <message>
        <source>Blackout colour</source>
        <translation>Kleur van zwart beeld</translation>
    </message>
    <message>
        <source>black</source>
        <translation>zwart</translation>
    </message>
    <message>
        <source>charcoal</source>
        <translation>antraciet</translation>
    </message>
    <message>
        <source>night blue</source>
        <translation>nachtblauw</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(geen)</translation>
    </message>
    <message>
        <source>&amp;Open folder</source>
        <translation>Map &amp;openen</translation>
    </message>
    <message>
        <source>&amp;Passphrase…</source>
        <translation>Wa&amp;chtzin…</translation>
    </message>
    <message>
        <source>To keep the data elsewhere (e.g. on a USB stick), start the app with --data-dir FOLDER. A new language takes effect at the next start.</source>
        <translation>Wil je de gegevens ergens anders bewaren (bijvoorbeeld op een usb-stick), start de app dan met --data-dir MAP. Een andere taal werkt vanaf de volgende start.</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Taal:</translation>
    </message>
    <message>
        <source>Projector &amp;screen:</source>
        <translation>Beamer&amp;scherm:</translation>
    </message>
    <message>
        <source>&amp;Warning:</source>
        <translation>&amp;Waarschuwing:</translation>
    </message>
    <message>
        <source>Warning st&amp;yle:</source>
        <translation>Stij&amp;l van de waarschuwing:</translation>
    </message>
    <message>
        <source>Projector &amp;colours:</source>
        <translation>&amp;Kleuren op de beamer:</translation>
    </message>
    <message>
        <source>Projector &amp;text size:</source>
        <translation>Tekst&amp;grootte op de beamer:</translation>
    </message>
    <message>
        <source>&amp;Blackout colour:</source>
        <translation>Kleur van &amp;zwart beeld:</translation>
    </message>
    <message>
        <source>Data folder:</source>
        <translation>Gegevensmap:</translation>
    </message>
    <message>
        <source>Encryption:</source>
        <translation>Versleuteling:</translation>
    </message>
</context>
<context>
    <name>ShareWindow</name>
    <message>
        <source>Intervisie — projector in a window (share this one)</source>
        <translation>Intervisie — beamer in een venster (deel dit venster)</translation>
    </message>
    <message>
        <source>Projector in a window</source>
        <translation>Beamer in een venster</translation>
    </message>
</context>
<context>
    <name>ShortcutHelp</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Sneltoetsen</translation>
    </message>
    <message>
        <source>Everything works from the keyboard. A presentation clicker sends Page Down (next), Page Up (previous), F5 (present), Esc and B (blackout); these always work on the meeting page and the projector. Single keys such as Space and T act when the control you are in does not use them.</source>
        <translation>Alles werkt met het toetsenbord. Een presenter (clicker) stuurt Page Down (volgende), Page Up (vorige), F5 (presenteren), Esc en B (zwart beeld); die werken altijd op de bijeenkomstpagina en de beamer. Losse toetsen zoals spatie en T werken als het onderdeel waarin je zit ze niet zelf gebruikt.</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Actie</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Toetsen</translation>
    </message>
</context>
<context>
    <name>StepFields</name>
    <message>
        <source>Step title</source>
        <translation>Titel van de stap</translation>
    </message>
    <message>
        <source>For the room</source>
        <translation>Voor de groep</translation>
    </message>
    <message>
        <source>For the facilitator</source>
        <translation>Voor de begeleider</translation>
    </message>
    <message>
        <source>For the room, in a video call</source>
        <translation>Voor de groep, in een videogesprek</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Minuten</translation>
    </message>
    <message>
        <source>Turns</source>
        <translation>Beurten</translation>
    </message>
    <message>
        <source>Keep intact when re-planning</source>
        <translation>Niet inkorten bij herplannen</translation>
    </message>
    <message>
        <source>Title:</source>
        <translation>Titel:</translation>
    </message>
    <message>
        <source>Minutes:</source>
        <translation>Minuten:</translation>
    </message>
    <message>
        <source>For the room:</source>
        <translation>Voor de groep:</translation>
    </message>
    <message>
        <source>In a video call:</source>
        <translation>In een videogesprek:</translation>
    </message>
    <message>
        <source>For you:</source>
        <translation>Voor jou:</translation>
    </message>
    <message>
        <source>Turns:</source>
        <translation>Beurten:</translation>
    </message>
    <message>
        <source>Speaking:</source>
        <translation>Aan het woord:</translation>
    </message>
    <message>
        <source>Only listening:</source>
        <translation>Luistert alleen:</translation>
    </message>
    <message>
        <source>On the board:</source>
        <translation>Op de flap:</translation>
    </message>
</context>
<context>
    <name>StepPanel</name>
    <message>
        <source>Time left on this block</source>
        <translation>Resterende tijd van dit blok</translation>
    </message>
    <message>
        <source>Time is up</source>
        <translation>Tijd om</translation>
    </message>
    <message>
        <source>Guidance for the facilitator</source>
        <translation>Aanwijzingen voor de begeleider</translation>
    </message>
    <message>
        <source>Turns</source>
        <translation>Beurten</translation>
    </message>
    <message>
        <source>Next person</source>
        <translation>Volgende persoon</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>Overslaan</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Terug</translation>
    </message>
    <message>
        <source>Finish the meeting? Page Down: finish · Page Up: back to %1</source>
        <translation>Afronden? Page Down: afsluiten · Page Up: terug naar %1</translation>
    </message>
    <message>
        <source>%1 left on %2</source>
        <translation>Nog %1 voor %2</translation>
    </message>
    <message>
        <source>%1 over time on %2</source>
        <translation>%1 over tijd bij %2</translation>
    </message>
    <message>
        <source>Almost time</source>
        <translation>Bijna tijd</translation>
    </message>
    <message>
        <source>Over time</source>
        <translation>Uitloop</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>Gepauzeerd</translation>
    </message>
    <message>
        <source>The meeting is finished. The take-away for the case presenter: Ctrl+Shift+E; the meeting report: File menu.</source>
        <translation>De bijeenkomst is afgelopen. Het meegeefverslag voor de casusinbrenger: Ctrl+Shift+E; het verslag van de bijeenkomst: menu Bestand.</translation>
    </message>
    <message>
        <source>Going on</source>
        <translation>We gaan verder</translation>
    </message>
    <message>
        <source>Now: %1, %2</source>
        <translation>Nu: %1, %2</translation>
    </message>
    <message>
        <source>Watch for</source>
        <translation>Let op</translation>
    </message>
    <message>
        <source>The room sees (worded for the call)</source>
        <translation>De groep ziet (de tekst voor het videogesprek)</translation>
    </message>
    <message>
        <source>The room sees</source>
        <translation>De groep ziet</translation>
    </message>
    <message>
        <source>Below it, for those in the call</source>
        <translation>Eronder, voor wie via video meedoet</translation>
    </message>
    <message>
        <source>Speaking</source>
        <translation>Aan het woord</translation>
    </message>
    <message>
        <source>Only listening</source>
        <translation>Luistert alleen</translation>
    </message>
    <message>
        <source>in the call: %1</source>
        <translation>in het videogesprek: %1</translation>
    </message>
    <message>
        <source>Rules for this step</source>
        <translation>Regels bij deze stap</translation>
    </message>
    <message>
        <source>%1 (by video)</source>
        <translation>%1 (via video)</translation>
    </message>
    <message>
        <source>%1 — done</source>
        <translation>%1 — klaar</translation>
    </message>
    <message>
        <source>Everyone has had their turn.</source>
        <translation>Iedereen is aan de beurt geweest.</translation>
    </message>
    <message>
        <source>Turn: %1 (%2)</source>
        <translation>Beurt: %1 (%2)</translation>
    </message>
</context>
<context>
    <name>TakeawayDialog</name>
    <message>
        <source>Take-away for the case presenter</source>
        <translation>Meegeefverslag voor de casusinbrenger</translation>
    </message>
    <message>
        <source>Whose case</source>
        <translation>Welke casus</translation>
    </message>
    <message>
        <source>Case %1: %2</source>
        <translation>Casus %1: %2</translation>
    </message>
    <message>
        <source>The case question, the questions with their ratings, the problem definitions, the advice and the action plan. Every page says it is confidential.</source>
        <translation>De casusvraag, de vragen met hun waardering, de probleemdefinities, de adviezen en het plan van aanpak. Op elke pagina staat dat het vertrouwelijk is.</translation>
    </message>
    <message>
        <source>Include my private &amp;notes</source>
        <translation>Mijn privé&amp;notities meenemen</translation>
    </message>
    <message>
        <source>Use &amp;initials instead of names</source>
        <translation>&amp;Initialen gebruiken in plaats van namen</translation>
    </message>
    <message>
        <source>&amp;Whose case:</source>
        <translation>&amp;Welke casus:</translation>
    </message>
</context>
<context>
    <name>TimelineView</name>
    <message>
        <source>Timeline of the meeting</source>
        <translation>Tijdlijn van de bijeenkomst</translation>
    </message>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>Block</source>
        <translation>Blok</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Gepland</translation>
    </message>
    <message>
        <source>Actual</source>
        <translation>Werkelijk</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>Time left on this block</source>
        <translation>Resterende tijd van dit blok</translation>
    </message>
    <message>
        <source>Time actually spent</source>
        <translation>Werkelijk bestede tijd</translation>
    </message>
</context>
<context>
    <name>TurnSuggestions</name>
    <message>
        <source>No case yet: %1</source>
        <translation>Nog geen casus ingebracht: %1</translation>
    </message>
    <message>
        <source>Longest without a case: %1</source>
        <translation>Het langst geen casus: %1</translation>
    </message>
    <message>
        <source>Not yet facilitated: %1</source>
        <translation>Nog niet begeleid: %1</translation>
    </message>
    <message>
        <source>Longest since facilitating: %1</source>
        <translation>Het langst niet begeleid: %1</translation>
    </message>
</context>
<context>
    <name>Wall</name>
    <message>
        <source>Case presenter</source>
        <translation>Casusinbrenger</translation>
    </message>
    <message>
        <source>Second case</source>
        <translation>Tweede casus</translation>
    </message>
    <message>
        <source>Facilitator</source>
        <translation>Gespreksbegeleider</translation>
    </message>
    <message>
        <source>Scribe</source>
        <translation>Notulist</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>Case question</source>
        <translation>Intervisievraag</translation>
    </message>
    <message>
        <source>The steps of the method</source>
        <translation>De stappen van de werkvorm</translation>
    </message>
    <message>
        <source>Roles today</source>
        <translation>Rollen vandaag</translation>
    </message>
    <message>
        <source>Rules</source>
        <translation>Gespreksregels</translation>
    </message>
</context>
<context>
    <name>WelcomeDialog</name>
    <message>
        <source>Welcome to Intervisie Desktop</source>
        <translation>Welkom bij Intervisie Desktop</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Welcome&lt;/h2&gt;&lt;p&gt;Intervisie Desktop helps you lead an intervisie meeting: choose a method, show each step and a countdown on the projector, and keep the flip-over in a private notes pane.&lt;/p&gt;&lt;p&gt;Everything is kept in files on this computer, in %1; nothing is ever sent over the network.&lt;/p&gt;&lt;p&gt;Try the demo with a fictional group first, or create your own group.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Welkom&lt;/h2&gt;&lt;p&gt;Intervisie Desktop helpt je een intervisiebijeenkomst te begeleiden: kies een werkvorm, toon elke stap en een aftelklok op de beamer, en houd de flap bij in een eigen notitievenster.&lt;/p&gt;&lt;p&gt;Alles wordt bewaard in bestanden op deze computer, in %1; er gaat nooit iets over het netwerk.&lt;/p&gt;&lt;p&gt;Probeer eerst de demo met een verzonnen groep, of maak meteen je eigen groep aan.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Try the &amp;demo</source>
        <translation>&amp;Demo proberen</translation>
    </message>
    <message>
        <source>&amp;Create your group</source>
        <translation>Eigen groep &amp;aanmaken</translation>
    </message>
</context>
<context>
    <name>WhereWeMeet</name>
    <message>
        <source>E&amp;veryone in the room</source>
        <translation>Iedereen in de &amp;zaal</translation>
    </message>
    <message>
        <source>&amp;Online: everyone in a video call</source>
        <translation>On&amp;line: iedereen in een videogesprek</translation>
    </message>
    <message>
        <source>Hy&amp;brid: some join by video</source>
        <translation>H&amp;ybride: sommigen doen via video mee</translation>
    </message>
    <message>
        <source>Who joins by video</source>
        <translation>Per video aanwezig</translation>
    </message>
    <message>
        <source>Who &amp;joins by video:</source>
        <translation>&amp;Per video aanwezig:</translation>
    </message>
    <message>
        <source>Where:</source>
        <translation>Waar:</translation>
    </message>
    <message>
        <source>online</source>
        <translation>online</translation>
    </message>
    <message numerus="yes">
        <source>hybrid, %n by video</source>
        <translation>
            <numerusform>hybride, %n via video</numerusform>
            <numerusform>hybride, %n via video</numerusform>
        </translation>
    </message>
    <message>
        <source>Tick who joins by video; until then everyone counts as in the room.</source>
        <translation>Vink aan wie via video meedoet; tot dan telt iedereen als aanwezig in de zaal.</translation>
    </message>
    <message>
        <source>A first meeting goes better in person: on a screen, nuance and body language are harder to read.</source>
        <translation>Een eerste bijeenkomst gaat beter als je bij elkaar zit: op een scherm zijn nuances en lichaamstaal lastiger te lezen.</translation>
    </message>
    <message>
        <source>On a screen, nuance and body language are harder to read: ask a little more often how something lands.</source>
        <translation>Op een scherm zijn nuances en lichaamstaal lastiger te lezen: vraag wat vaker hoe iets aankomt.</translation>
    </message>
</context>
</TS>