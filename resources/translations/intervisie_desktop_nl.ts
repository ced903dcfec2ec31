<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="nl" sourcelanguage="en">
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
    <message numerus="yes">
        <source>%n min</source>
        <translation>
            <numerusform>%n min</numerusform>
            <numerusform>%n min</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Intervisie Desktop</source>
        <translation>Intervisie Desktop</translation>
    </message>
    <message>
        <source>Methods</source>
        <translation>Werkvormen</translation>
    </message>
    <message numerus="yes">
        <source>%n steps</source>
        <translation>
            <numerusform>%n stap</numerusform>
            <numerusform>%n stappen</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Methods</source>
        <translation>&amp;Werkvormen</translation>
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
        <source>&amp;Quit</source>
        <translation>&amp;Afsluiten</translation>
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
</TS>