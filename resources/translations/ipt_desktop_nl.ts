<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl" sourcelanguage="en">
<context>
    <name></name>
    <message>
        <location filename="../../ipt_desktop/ui/main_actions.py" line="+84"/>
        <source>&amp;Search</source>
        <translation>&amp;Zoeken</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Go to the search field</source>
        <translation>Naar het zoekveld gaan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Back</source>
        <translation>&amp;Terug</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Back to the previous document</source>
        <translation>Terug naar het vorige document</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Forward</source>
        <translation>&amp;Vooruit</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Forward to the next document</source>
        <translation>Vooruit naar het volgende document</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Bookmark</source>
        <translation>&amp;Bladwijzer</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Bookmark this document</source>
        <translation>Bladwijzer voor dit document maken</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Find in document…</source>
        <translation>Zoeken in &amp;document…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Find in this document</source>
        <translation>Zoeken in dit document</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Next match</source>
        <translation>Vol&amp;gende overeenkomst</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Next match in this document</source>
        <translation>Volgende overeenkomst in dit document</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Pre&amp;vious match</source>
        <translation>Vo&amp;rige overeenkomst</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Previous match in this document</source>
        <translation>Vorige overeenkomst in dit document</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Zoom &amp;in</source>
        <translation>&amp;Inzoomen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Larger text</source>
        <translation>Grotere tekst</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zoom &amp;out</source>
        <translation>&amp;Uitzoomen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Smaller text</source>
        <translation>Kleinere tekst</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Reset zoom</source>
        <translation>Zoom he&amp;rstellen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Normal text size</source>
        <translation>Normale tekstgrootte</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Copy &amp;citation</source>
        <translation>&amp;Bronvermelding kopiëren</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Copy a citation of this document</source>
        <translation>Een bronvermelding van dit document kopiëren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add to &amp;calendar…</source>
        <translation>Toevoegen aan &amp;agenda…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Save this event as an .ics file</source>
        <translation>Dit evenement opslaan als .ics-bestand</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Present</source>
        <translation>&amp;Presenteren</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Present this document as slides</source>
        <translation>Dit document als dia&apos;s presenteren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Export PDF…</source>
        <translation>&amp;Exporteren als PDF…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Save this document as a PDF</source>
        <translation>Dit document opslaan als PDF</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Print…</source>
        <translation>Af&amp;drukken…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Print this document</source>
        <translation>Dit document afdrukken</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add to &amp;deck…</source>
        <translation>&amp;Toevoegen aan presentatie…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Add this document to a deck</source>
        <translation>Dit document aan een presentatie toevoegen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Import…</source>
        <translation>&amp;Importeren…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Import Markdown files or a content pack</source>
        <translation>Markdown-bestanden of een inhoudspakket importeren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>S&amp;ync now</source>
        <translation>Nu &amp;synchroniseren</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Fetch new content from your sources</source>
        <translation>Nieuwe inhoud ophalen uit uw bronnen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>S&amp;ources…</source>
        <translation>&amp;Bronnen…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Manage content sources</source>
        <translation>Inhoudsbronnen beheren</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Procurement &amp;projects…</source>
        <translation>Inkoop&amp;projecten…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stage checklists for your procurement projects</source>
        <translation>Checklists per fase voor uw inkoopprojecten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Rebuild search index</source>
        <translation>Zoekindex &amp;opnieuw opbouwen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Rebuild the search index</source>
        <translation>De zoekindex opnieuw opbouwen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Choose a procedure…</source>
        <translation>&amp;Procedure kiezen…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Answer a few questions to find a fitting procedure</source>
        <translation>Beantwoord enkele vragen om een passende procedure te vinden</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Threshold check…</source>
        <translation>&amp;Drempelbedrag controleren…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Is a contract value above the EU threshold?</source>
        <translation>Ligt de waarde van een opdracht boven het Europese drempelbedrag?</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Preferences…</source>
        <translation>&amp;Voorkeuren…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Theme, font, sync and proxy</source>
        <translation>Thema, lettertype, synchronisatie en proxy</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Sneltoetsen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>List the keyboard shortcuts</source>
        <translation>De sneltoetsen weergeven</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next &amp;panel</source>
        <translation>Volgend &amp;paneel</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Move to the next panel</source>
        <translation>Naar het volgende paneel gaan</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Previous pa&amp;nel</source>
        <translation>Vorig pa&amp;neel</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Move to the previous panel</source>
        <translation>Naar het vorige paneel gaan</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;About IPT Desktop</source>
        <translation>&amp;Over IPT Desktop</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>About this application</source>
        <translation>Over deze toepassing</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Quit</source>
        <translation>&amp;Afsluiten</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Quit</source>
        <translation>Afsluiten</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;File</source>
        <translation>&amp;Bestand</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Edit</source>
        <translation>Be&amp;werken</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;View</source>
        <translation>Bee&amp;ld</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Document</source>
        <translation>&amp;Document</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Tools</source>
        <translation>&amp;Extra</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../../ipt_desktop/ui/presentation_window.py" line="+36"/>
        <source>Next slide</source>
        <translation>Volgende dia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Previous slide</source>
        <translation>Vorige dia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>First slide, last slide</source>
        <translation>Eerste dia, laatste dia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Go to slide number</source>
        <translation>Naar dianummer gaan</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>digits, then %1</source>
        <translation>cijfers, daarna %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Blank screen</source>
        <translation>Scherm leegmaken</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Speaker view (notes, next slide, timer), open or close</source>
        <translation>Presentatorweergave (notities, volgende dia, timer) openen of sluiten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>End the presentation</source>
        <translation>Presentatie beëindigen</translation>
    </message>
</context>
<context>
    <name>AddSourceDialog</name>
    <message>
        <location filename="../../ipt_desktop/ui/sources_dialog.py" line="+86"/>
        <source>Add source</source>
        <translation>Bron toevoegen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>minisign public key or .pub file (signed feeds only)</source>
        <translation>Openbare minisign-sleutel of .pub-bestand (alleen ondertekende feeds)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Address:</source>
        <translation>Adres:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name:</source>
        <translation>Naam:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Public key:</source>
        <translation>Openbare sleutel:</translation>
    </message>
</context>
<context>
    <name>Advice</name>
    <message>
        <location filename="../../ipt_desktop/ui/threshold_dialog.py" line="+42"/>
        <source>Central government authority</source>
        <translation>Centrale overheidsinstantie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sub-central contracting authority (regional, local, other public body)</source>
        <translation>Decentrale aanbestedende dienst (regionaal, lokaal, andere publieke instelling)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Utility (water, energy, transport, postal services)</source>
        <translation>Aanbestedende entiteit (water- en energievoorziening, vervoer, postdiensten)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Defence and security contract</source>
        <translation>Opdracht op defensie- en veiligheidsgebied</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Works</source>
        <translation>Werken</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Supplies</source>
        <translation>Leveringen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Services</source>
        <translation>Diensten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Social and other specific services</source>
        <translation>Sociale en andere specifieke diensten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Concession (works or services)</source>
        <translation>Concessieovereenkomst (voor werken of diensten)</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>At the EU threshold: the directive applies (equal to or greater than).</source>
        <translation>Gelijk aan het Europese drempelbedrag: de richtlijn is van toepassing (waarde gelijk aan of hoger dan het drempelbedrag).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Above the EU threshold by %1.</source>
        <translation>%1 boven het Europese drempelbedrag.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Below the EU threshold by %1.</source>
        <translation>%1 onder het Europese drempelbedrag.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Threshold: %1, %2, %3 %4.</source>
        <translation>Drempelbedrag: %1, %2, %3 %4.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Source: %1 (CELEX %2). Valid from %3 to %4.</source>
        <translation>Bron: %1 (CELEX %2). Geldig van %3 tot en met %4.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>What follows:</source>
        <translation>Gevolgen:</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The %1 amount is the one published by %2: %3. The value was compared with it, not converted.</source>
        <translation>Het bedrag in %1 is het bedrag dat %2 heeft bekendgemaakt: %3. De waarde is daarmee vergeleken, niet omgerekend.</translation>
    </message>
</context>
<context>
    <name>BrowsePanel</name>
    <message>
        <location filename="../../ipt_desktop/ui/browse_panel.py" line="+53"/>
        <source>Browse</source>
        <translation>Bladeren</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Types</source>
        <translation>Typen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Topics</source>
        <translation>Onderwerpen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stages</source>
        <translation>Fasen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Procedures</source>
        <translation>Procedures</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sectors</source>
        <translation>Sectoren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Projects</source>
        <translation>Projecten</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>All documents</source>
        <translation>Alle documenten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What&apos;s new</source>
        <translation>Wat is er nieuw</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bookmarks</source>
        <translation>Bladwijzers</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>History</source>
        <translation>Geschiedenis</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>My notes</source>
        <translation>Mijn notities</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Upcoming events</source>
        <translation>Komende evenementen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Newsletter</source>
        <translation>Nieuwsbrief</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Decks</source>
        <translation>Presentaties</translation>
    </message>
</context>
<context>
    <name>DeckItemsModel</name>
    <message>
        <location filename="../../ipt_desktop/ui/deck_items_model.py" line="+55"/>
        <source>%1 — § %2</source>
        <translation>%1 — § %2</translation>
    </message>
</context>
<context>
    <name>DeckPanel</name>
    <message>
        <location filename="../../ipt_desktop/ui/deck_calls.py" line="+17"/>
        <source>IPT deck (*.ipt-deck.json *.json)</source>
        <translation>IPT-presentatie (*.ipt-deck.json *.json)</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>3 slides per page, with lines for notes</source>
        <translation>3 dia&apos;s per pagina, met lijnen voor notities</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1 slide per page (landscape)</source>
        <translation>1 dia per pagina (liggend)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>2 slides per page</source>
        <translation>2 dia&apos;s per pagina</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>6 slides per page</source>
        <translation>6 dia&apos;s per pagina</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1 slide per page with its presenter notes</source>
        <translation>1 dia per pagina met de bijbehorende notities voor de presentator</translation>
    </message>
    <message>
        <location filename="../../ipt_desktop/ui/deck_panel.py" line="+101"/>
        <source>Present</source>
        <translation>Presenteren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Move up</source>
        <translation>Omhoog</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move down</source>
        <translation>Omlaag</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Export handout PDF…</source>
        <translation>Hand-out exporteren als PDF…</translation>
    </message>
    <message>
        <location line="-40"/>
        <location line="+64"/>
        <source>Decks</source>
        <translation>Presentaties</translation>
    </message>
    <message>
        <location line="-60"/>
        <source>Documents in the deck</source>
        <translation>Documenten in de presentatie</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Remove from deck</source>
        <translation>Uit presentatie verwijderen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>New deck…</source>
        <translation>Nieuwe presentatie…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rename deck…</source>
        <translation>Naam van presentatie wijzigen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+218"/>
        <source>Delete deck</source>
        <translation>Presentatie verwijderen</translation>
    </message>
    <message>
        <location line="-215"/>
        <source>Export to PowerPoint…</source>
        <translation>Exporteren naar PowerPoint…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export deck file…</source>
        <translation>Presentatiebestand exporteren…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import deck file…</source>
        <translation>Presentatiebestand importeren…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Deck</source>
        <translation>Presentatie</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Slides come from, in order:</source>
        <translation>De dia&apos;s komen, in deze volgorde, uit:</translation>
    </message>
    <message>
        <location line="+120"/>
        <source>Wrote {0}.</source>
        <translation>{0} opgeslagen.</translation>
    </message>
    <message numerus="yes">
        <location line="+17"/>
        <source>Wrote %1 (%n page(s)).</source>
        <translation>
            <numerusform>%1 opgeslagen (%n pagina).</numerusform>
            <numerusform>%1 opgeslagen (%n pagina&apos;s).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+14"/>
        <source>Wrote %1 (%n slide(s)).</source>
        <translation>
            <numerusform>%1 opgeslagen (%n dia).</numerusform>
            <numerusform>%1 opgeslagen (%n dia&apos;s).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>Imported the deck “%1” with %n document(s).</source>
        <translation>
            <numerusform>Presentatie “%1” geïmporteerd met %n document.</numerusform>
            <numerusform>Presentatie “%1” geïmporteerd met %n documenten.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+14"/>
        <source>New deck</source>
        <translation>Nieuwe presentatie</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Rename deck</source>
        <translation>Naam van presentatie wijzigen</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Delete the deck “{0}”? The documents stay in the library.</source>
        <translation>Presentatie “{0}” verwijderen? De documenten blijven in de bibliotheek.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Export deck file</source>
        <translation>Presentatiebestand exporteren</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Import deck file</source>
        <translation>Presentatiebestand importeren</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Export to PowerPoint</source>
        <translation>Exporteren naar PowerPoint</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>PowerPoint files (*.pptx)</source>
        <translation>PowerPoint-bestanden (*.pptx)</translation>
    </message>
    <message>
        <location line="-82"/>
        <source>Not in this library: {0}.</source>
        <translation>Niet in deze bibliotheek: {0}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Changed since the export: {0}.</source>
        <translation>Gewijzigd sinds de export: {0}.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Name:</source>
        <translation>Naam:</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>New name:</source>
        <translation>Nieuwe naam:</translation>
    </message>
    <message>
        <location line="+42"/>
        <location line="+10"/>
        <source>Export handout PDF</source>
        <translation>Hand-out exporteren als PDF</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>Layout:</source>
        <translation>Indeling:</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-bestanden (*.pdf)</translation>
    </message>
</context>
<context>
    <name>FilterChips</name>
    <message>
        <location filename="../../ipt_desktop/ui/filter_chips.py" line="+24"/>
        <source>Active filters</source>
        <translation>Actieve filters</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Remove this filter</source>
        <translation>Dit filter verwijderen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove filter %1</source>
        <translation>Filter %1 verwijderen</translation>
    </message>
</context>
<context>
    <name>FindBar</name>
    <message>
        <location filename="../../ipt_desktop/ui/find_bar.py" line="+23"/>
        <location line="+1"/>
        <source>Find in document</source>
        <translation>Zoeken in document</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Previous match (Shift+F3)</source>
        <translation>Vorige overeenkomst (Shift+F3)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Previous match</source>
        <translation>Vorige overeenkomst</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Next match (F3)</source>
        <translation>Volgende overeenkomst (F3)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next match</source>
        <translation>Volgende overeenkomst</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Close find bar</source>
        <translation>Zoekbalk sluiten</translation>
    </message>
    <message numerus="yes">
        <location line="+40"/>
        <source>%n match(es)</source>
        <translation>
            <numerusform>%n overeenkomst</numerusform>
            <numerusform>%n overeenkomsten</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LibraryCalls</name>
    <message>
        <location filename="../../ipt_desktop/ui/library_calls.py" line="+93"/>
        <source>This document is too large or too deeply nested to show with its formatting; the rest of it is shown as plain text.</source>
        <translation>Dit document is te groot of te diep genest om met opmaak te tonen; de rest wordt als platte tekst getoond.</translation>
    </message>
    <message>
        <location line="+85"/>
        <source>This document is no longer in the library (removed by a sync or import).</source>
        <translation>Dit document staat niet meer in de bibliotheek (verwijderd door een synchronisatie of import).</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Bookmarked %1</source>
        <translation>Bladwijzer gemaakt op %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Opened %1</source>
        <translation>Geopend op %1</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>the bundled library</source>
        <translation>de meegeleverde bibliotheek</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>an import</source>
        <translation>een import</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Added by %1 on %2</source>
        <translation>Toegevoegd door %1 op %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Updated by %1 on %2</source>
        <translation>Bijgewerkt door %1 op %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Removed by %1 on %2</source>
        <translation>Verwijderd door %1 op %2</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Online</source>
        <translation>Online</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>past</source>
        <translation>voorbij</translation>
    </message>
</context>
<context>
    <name>LibraryTasks</name>
    <message>
        <location filename="../../ipt_desktop/ui/library_tasks.py" line="+78"/>
        <source>Could not prepare the library: %1</source>
        <translation>Kan de bibliotheek niet voorbereiden: %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Rebuilding the search index in the background (%1). You can keep reading; search results fill in when it is done.</source>
        <translation>De zoekindex wordt op de achtergrond opnieuw opgebouwd (%1). U kunt verder lezen; de zoekresultaten verschijnen zodra dit klaar is.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Rebuilding the search index…</source>
        <translation>Zoekindex opnieuw opbouwen…</translation>
    </message>
    <message numerus="yes">
        <location line="+17"/>
        <source>Search index rebuilt: %n document(s).</source>
        <translation>
            <numerusform>Zoekindex opnieuw opgebouwd: %n document.</numerusform>
            <numerusform>Zoekindex opnieuw opgebouwd: %n documenten.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Import a folder of Markdown files or a content pack</source>
        <translation>Een map met Markdown-bestanden of een inhoudspakket importeren</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Imported: %1 added, %2 updated.</source>
        <translation>Geïmporteerd: %1 toegevoegd, %2 bijgewerkt.</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%n file(s) refused; first: %1</source>
        <translation>
            <numerusform>%n bestand geweigerd: %1</numerusform>
            <numerusform>%n bestanden geweigerd; eerste: %1</numerusform>
        </translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Add to calendar</source>
        <translation>Toevoegen aan agenda</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Calendar files (*.ics)</source>
        <translation>Agendabestanden (*.ics)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Saved %1. Open it with your calendar.</source>
        <translation>%1 opgeslagen. Open het bestand met uw agenda.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ipt_desktop/ui/main_window.py" line="+118"/>
        <source>%1: open a document first.</source>
        <translation>%1: open eerst een document.</translation>
    </message>
    <message>
        <location line="+217"/>
        <source>Citation copied to the clipboard.</source>
        <translation>Bronvermelding naar het klembord gekopieerd.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Bookmarked.</source>
        <translation>Bladwijzer toegevoegd.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Bookmark removed.</source>
        <translation>Bladwijzer verwijderd.</translation>
    </message>
</context>
<context>
    <name>NewProjectDialog</name>
    <message>
        <location filename="../../ipt_desktop/ui/project_tasks.py" line="+77"/>
        <source>New procurement project</source>
        <translation>Nieuw inkoopproject</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>optional, e.g. 250000</source>
        <translation>optioneel, bijv. 250000</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Name:</source>
        <translation>Naam:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Procedure:</source>
        <translation>Procedure:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Estimated value:</source>
        <translation>Geraamde waarde:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Currency:</source>
        <translation>Valuta:</translation>
    </message>
</context>
<context>
    <name>PdfExport</name>
    <message>
        <location filename="../../ipt_desktop/ui/pdf_export.py" line="+88"/>
        <source>Slide</source>
        <translation>Dia</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Print “{0}”</source>
        <translation>“{0}” afdrukken</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Page</source>
        <translation>Pagina</translation>
    </message>
    <message>
        <location filename="../../ipt_desktop/ui/pdf_pages.py" line="+124"/>
        <source>Slides: %1</source>
        <translation>Dia&apos;s: %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Documents: %1</source>
        <translation>Documenten: %1</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <location filename="../../ipt_desktop/ui/preferences_dialog.py" line="+24"/>
        <source>Preferences</source>
        <translation>Voorkeuren</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Follow the system</source>
        <translation>Systeem volgen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Light</source>
        <translation>Licht</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dark</source>
        <translation>Donker</translation>
    </message>
    <message>
        <location line="+5"/>
        <source> pt</source>
        <translation> pt</translation>
    </message>
    <message>
        <location line="+6"/>
        <source> hours</source>
        <translation> uur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Never (sync by hand)</source>
        <translation>Nooit (handmatig synchroniseren)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Use the system settings</source>
        <translation>Systeeminstellingen gebruiken</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No proxy</source>
        <translation>Geen proxy</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Manual</source>
        <translation>Handmatig</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Theme:</source>
        <translation>&amp;Thema:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reader &amp;font size:</source>
        <translation>&amp;Lettergrootte in lezer:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Interface &amp;language:</source>
        <translation>&amp;Interfacetaal:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Sync every:</source>
        <translation>&amp;Synchroniseren elke:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Proxy:</source>
        <translation>&amp;Proxy:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Proxy &amp;address:</source>
        <translation>Pro&amp;xyadres:</translation>
    </message>
</context>
<context>
    <name>PresentationWindow</name>
    <message>
        <location filename="../../ipt_desktop/ui/presentation_window.py" line="+38"/>
        <source>Slide number</source>
        <translation>Dianummer</translation>
    </message>
    <message>
        <location line="+106"/>
        <source>Go to {0}… / {1}</source>
        <translation>Ga naar {0}… / {1}</translation>
    </message>
</context>
<context>
    <name>PresenterView</name>
    <message>
        <location filename="../../ipt_desktop/ui/presenter_view.py" line="+46"/>
        <source>Presenter view — {0}</source>
        <translation>Presentatorweergave — {0}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Current slide</source>
        <translation>Huidige dia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next slide</source>
        <translation>Volgende dia</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Presenter notes</source>
        <translation>Notities voor de presentator</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Next</source>
        <translation>Volgende</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Notes</source>
        <translation>Notities</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>No notes for this slide.</source>
        <translation>Geen notities bij deze dia.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The audience screen is blank (press B to show it).</source>
        <translation>Het scherm voor het publiek is leeg (druk op B om het weer te tonen).</translation>
    </message>
</context>
<context>
    <name>ProcedureDialog</name>
    <message>
        <location filename="../../ipt_desktop/ui/procedure_dialog.py" line="+70"/>
        <source>Choose a procedure</source>
        <translation>Procedure kiezen</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Copy</source>
        <translation>Kopiëren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save to notes</source>
        <translation>Opslaan in notities</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export PDF…</source>
        <translation>Exporteren als PDF…</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>&lt; Back</source>
        <translation>&lt; Terug</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next &gt;</source>
        <translation>Volgende &gt;</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Start again</source>
        <translation>Opnieuw beginnen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close</source>
        <translation>Sluiten</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Loading the questions…</source>
        <translation>Vragen worden geladen…</translation>
    </message>
    <message>
        <location line="+94"/>
        <source>Question %1</source>
        <translation>Vraag %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Work it out from the estimated value</source>
        <translation>Bepalen aan de hand van de geraamde waarde</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Recommendation</source>
        <translation>Aanbeveling</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Copied to the clipboard.</source>
        <translation>Naar het klembord gekopieerd.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Saved to your note on “%1” (My notes).</source>
        <translation>Opgeslagen in uw notitie bij “%1” (Mijn notities).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Export the recommendation as PDF</source>
        <translation>Aanbeveling exporteren als PDF</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-bestanden (*.pdf)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Recommended procedure: %1</source>
        <translation>Aanbevolen procedure: %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Saved %1.</source>
        <translation>%1 opgeslagen.</translation>
    </message>
    <message>
        <location filename="../../ipt_desktop/ui/advice_calls.py" line="+59"/>
        <source>Recommended procedure:</source>
        <translation>Aanbevolen procedure:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Read next</source>
        <translation>Verder lezen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your answers</source>
        <translation>Uw antwoorden</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Why</source>
        <translation>Motivering</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Articles</source>
        <translation>Artikelen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Risks</source>
        <translation>Risico&apos;s</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Source: %1. A decision aid, not legal advice.</source>
        <translation>Bron: %1. Een hulpmiddel bij beslissingen, geen juridisch advies.</translation>
    </message>
</context>
<context>
    <name>ProjectsDialog</name>
    <message>
        <location filename="../../ipt_desktop/ui/projects_dialog.py" line="+73"/>
        <location filename="../../ipt_desktop/ui/projects_layout.py" line="+39"/>
        <source>Procurement projects</source>
        <translation>Inkoopprojecten</translation>
    </message>
    <message>
        <location filename="../../ipt_desktop/ui/projects_layout.py" line="+2"/>
        <source>&amp;New…</source>
        <translation>&amp;Nieuw…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Delete…</source>
        <translation>&amp;Verwijderen…</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Items done</source>
        <translation>Afgeronde punten</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Item</source>
        <translation>Punt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note</source>
        <translation>Notitie</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Checklist</source>
        <translation>Checklist</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Note on the selected item</source>
        <translation>Notitie bij het geselecteerde punt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your note on the selected item</source>
        <translation>Uw notitie bij het geselecteerde punt</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Save note</source>
        <translation>Notitie op&amp;slaan</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Open section</source>
        <translation>Sectie &amp;openen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Read the library section that explains the selected item</source>
        <translation>De sectie van de bibliotheek lezen die het geselecteerde punt uitlegt</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Export &amp;Markdown…</source>
        <translation>Exporteren naar &amp;Markdown…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export &amp;PDF…</source>
        <translation>Exporteren naar &amp;PDF…</translation>
    </message>
    <message>
        <location filename="../../ipt_desktop/ui/projects_dialog.py" line="+107"/>
        <source>%1 of %2 items done</source>
        <translation>%1 van %2 punten afgerond</translation>
    </message>
    <message>
        <location line="+101"/>
        <source>Delete project</source>
        <translation>Project verwijderen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete the project “%1” with its ticks and notes? This cannot be undone.</source>
        <translation>Het project ‘%1’ met zijn vinkjes en notities verwijderen? Dit kan niet ongedaan worden gemaakt.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Markdown files (*.md)</source>
        <translation>Markdown-bestanden (*.md)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-bestanden (*.pdf)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Export checklist</source>
        <translation>Checklist exporteren</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Saved %1</source>
        <translation>%1 opgeslagen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Error: %1</source>
        <translation>Fout: %1</translation>
    </message>
</context>
<context>
    <name>ReaderPanel</name>
    <message>
        <location filename="../../ipt_desktop/ui/loading_bar.py" line="+21"/>
        <source>Loading progress</source>
        <translation>Voortgang van het laden</translation>
    </message>
    <message>
        <location filename="../../ipt_desktop/ui/reader_panel.py" line="+86"/>
        <source>Choose a document from the list, or type in the search field (Ctrl+K).</source>
        <translation>Kies een document uit de lijst of typ in het zoekveld (Ctrl+K).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Table of contents</source>
        <translation>Inhoudsopgave</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Document details</source>
        <translation>Documentgegevens</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Related documents</source>
        <translation>Verwante documenten</translation>
    </message>
    <message>
        <location filename="../../ipt_desktop/ui/note_editor.py" line="+36"/>
        <source>Your private note on this document. It is saved as you type.</source>
        <translation>Uw persoonlijke notitie bij dit document. Deze wordt tijdens het typen opgeslagen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Personal note</source>
        <translation>Persoonlijke notitie</translation>
    </message>
    <message>
        <location filename="../../ipt_desktop/ui/reader_panel.py" line="+8"/>
        <source>Outline</source>
        <translation>Overzicht</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Related</source>
        <translation>Verwant</translation>
    </message>
    <message>
        <location filename="../../ipt_desktop/ui/note_editor.py" line="+2"/>
        <source>Note status</source>
        <translation>Status van notitie</translation>
    </message>
    <message>
        <location filename="../../ipt_desktop/ui/reader_panel.py" line="+3"/>
        <source>Note</source>
        <translation>Notitie</translation>
    </message>
    <message>
        <location filename="../../ipt_desktop/ui/note_editor.py" line="+24"/>
        <source>Not saved yet. Trying again…</source>
        <translation>Nog niet opgeslagen. Wordt opnieuw geprobeerd…</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+29"/>
        <source>Saved</source>
        <translation>Opgeslagen</translation>
    </message>
    <message>
        <location filename="../../ipt_desktop/ui/reader_pages.py" line="+26"/>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Project</source>
        <translation>Project</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Topics</source>
        <translation>Onderwerpen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stages</source>
        <translation>Fasen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Procedures</source>
        <translation>Procedures</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sectors</source>
        <translation>Sectoren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Objectives</source>
        <translation>Doelstellingen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Countries</source>
        <translation>Landen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Year</source>
        <translation>Jaar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Registration</source>
        <translation>Inschrijving</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Licence</source>
        <translation>Licentie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Updated</source>
        <translation>Bijgewerkt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Document id</source>
        <translation>Document-ID</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sources</source>
        <translation>Bronnen</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Full text in English</source>
        <translation>Volledige tekst in het Engels</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Full text in %1</source>
        <translation>Volledige tekst (%1)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Facts checked on %1</source>
        <translation>Feiten gecontroleerd op %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This document may be out of date: its facts held until %1. &lt;a href=&apos;ipt://sync&apos;&gt;Sync now&lt;/a&gt; to fetch newer content.</source>
        <translation>Dit document is mogelijk verouderd: de gegevens golden tot %1. &lt;a href=&apos;ipt://sync&apos;&gt;Synchroniseer nu&lt;/a&gt; om nieuwere inhoud op te halen.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Read in:</source>
        <translation>Lezen in:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add to calendar</source>
        <translation>Toevoegen aan agenda</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This document is very long; its first part is shown.</source>
        <translation>Dit document is erg lang; het eerste deel wordt getoond.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Show the rest</source>
        <translation>De rest tonen</translation>
    </message>
    <message>
        <location filename="../../ipt_desktop/ui/loading_bar.py" line="+18"/>
        <source>Loading the document… %p%</source>
        <translation>Document wordt geladen… %p%</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Opening…</source>
        <translation>Bezig met openen…</translation>
    </message>
    <message>
        <location filename="../../ipt_desktop/ui/reader_pages.py" line="+8"/>
        <source>This document was removed</source>
        <translation>Dit document is verwijderd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“%1” is no longer in the library. It may have been withdrawn by its publisher in a sync. Your bookmark and note are kept.</source>
        <translation>“%1” staat niet meer in de bibliotheek. Mogelijk is het door de uitgever ingetrokken en bij een synchronisatie verwijderd. Uw bladwijzer en notitie blijven bewaard.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>This document could not be opened</source>
        <translation>Dit document kan niet worden geopend</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Opening “%1” failed. The reason is below.</source>
        <translation>Openen van “%1” is mislukt. De reden staat hieronder.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Try again</source>
        <translation>Opnieuw proberen</translation>
    </message>
    <message>
        <location filename="../../ipt_desktop/ui/reader_panel.py" line="+266"/>
        <source>Bookmark not saved: %1</source>
        <translation>Bladwijzer niet opgeslagen: %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Bookmark not removed: %1</source>
        <translation>Bladwijzer niet verwijderd: %1</translation>
    </message>
    <message>
        <location filename="../../ipt_desktop/ui/note_editor.py" line="-25"/>
        <source>Editing…</source>
        <translation>Bezig met bewerken…</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Saving…</source>
        <translation>Bezig met opslaan…</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Not saved: %1. Trying again…</source>
        <translation>Niet opgeslagen: %1. Wordt opnieuw geprobeerd…</translation>
    </message>
</context>
<context>
    <name>ReaderView</name>
    <message>
        <location filename="../../ipt_desktop/ui/reader_view.py" line="+56"/>
        <source>Document reader</source>
        <translation>Documentlezer</translation>
    </message>
</context>
<context>
    <name>ResultListModel</name>
    <message>
        <location filename="../../ipt_desktop/ui/result_model.py" line="+46"/>
        <source>Answer:</source>
        <translation>Antwoord:</translation>
    </message>
</context>
<context>
    <name>SearchPanel</name>
    <message>
        <location filename="../../ipt_desktop/ui/empty_state.py" line="+16"/>
        <source>Bookmark a document with Ctrl+D and it appears here.</source>
        <translation>Maak met Ctrl+D een bladwijzer voor een document, dan verschijnt het hier.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The documents you open appear here.</source>
        <translation>De documenten die u opent, verschijnen hier.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write a note in a document&apos;s Note tab and it appears here.</source>
        <translation>Schrijf een notitie op het tabblad “Notitie” van een document, dan verschijnt die hier.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>New and updated documents from your sources appear here after a sync.</source>
        <translation>Nieuwe en bijgewerkte documenten uit uw bronnen verschijnen hier na een synchronisatie.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Events arrive with the library&apos;s updates.</source>
        <translation>Evenementen komen binnen met de updates van de bibliotheek.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Newsletter issues arrive with the library&apos;s updates.</source>
        <translation>Edities van de nieuwsbrief komen binnen met de updates van de bibliotheek.</translation>
    </message>
    <message>
        <location filename="../../ipt_desktop/ui/search_panel.py" line="+87"/>
        <source>Search guides, practices, stories, terms…  (Ctrl+K)</source>
        <translation>Zoeken in handleidingen, praktijken, verhalen, termen…  (Ctrl+K)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Search</source>
        <translation>Zoeken</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Result summary</source>
        <translation>Resultatenoverzicht</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Removed</source>
        <translation>Verwijderd</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Results</source>
        <translation>Resultaten</translation>
    </message>
    <message>
        <location filename="../../ipt_desktop/ui/empty_state.py" line="+21"/>
        <source>No results</source>
        <translation>Geen resultaten</translation>
    </message>
    <message>
        <location filename="../../ipt_desktop/ui/search_panel.py" line="+7"/>
        <source>Clear filters</source>
        <translation>Filters wissen</translation>
    </message>
    <message>
        <location line="+211"/>
        <source>Search failed: %1</source>
        <translation>Zoeken mislukt: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n item</numerusform>
            <numerusform>%n items</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n result(s)</source>
        <translation>
            <numerusform>%n resultaat</numerusform>
            <numerusform>%n resultaten</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Did you mean “%1”?</source>
        <translation>Bedoelde u “%1”?</translation>
    </message>
    <message>
        <location filename="../../ipt_desktop/ui/empty_state.py" line="+16"/>
        <source>Nothing here yet.</source>
        <translation>Hier staat nog niets.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Sync now</source>
        <translation>Nu synchroniseren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No documents match.</source>
        <translation>Geen overeenkomende documenten.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Search for “%1”</source>
        <translation>Zoeken naar “%1”</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Clear the filters</source>
        <translation>Filters wissen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Check the spelling, use fewer words, or try an acronym such as PCP or MEAT.</source>
        <translation>Controleer de spelling, gebruik minder woorden of probeer een afkorting zoals PCP of MEAT.</translation>
    </message>
</context>
<context>
    <name>SourcesDialog</name>
    <message>
        <location filename="../../ipt_desktop/ui/sources_dialog.py" line="-20"/>
        <location line="+198"/>
        <source>Error: %1</source>
        <translation>Fout: %1</translation>
    </message>
    <message>
        <location line="-196"/>
        <source>OK at %1</source>
        <translation>Gelukt op %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Never synced</source>
        <translation>Nooit gesynchroniseerd</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Sources</source>
        <translation>Bronnen</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Enabled</source>
        <translation>Ingeschakeld</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Address</source>
        <translation>Adres</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Kind</source>
        <translation>Soort</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Last result</source>
        <translation>Laatste resultaat</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Add…</source>
        <translation>Toevoegen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove</source>
        <translation>Verwijderen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sync now</source>
        <translation>Nu synchroniseren</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Close</source>
        <translation>Sluiten</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Remove source</source>
        <translation>Bron verwijderen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove “%1”? Its documents stay in the library.</source>
        <translation>“%1” verwijderen? De documenten ervan blijven in de bibliotheek.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>No enabled sources to sync.</source>
        <translation>Geen ingeschakelde bronnen om te synchroniseren.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Waiting…</source>
        <translation>Wachten…</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>%1 (suggested)</source>
        <translation>%1 (voorgesteld)</translation>
    </message>
    <message numerus="yes">
        <location line="+41"/>
        <source>Synced %1 of %n source(s); %2 failed.</source>
        <translation>
            <numerusform>%1 van %n bron gesynchroniseerd; %2 mislukt.</numerusform>
            <numerusform>%1 van %n bronnen gesynchroniseerd; %2 mislukt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Synced %n source(s).</source>
        <translation>
            <numerusform>%n bron gesynchroniseerd.</numerusform>
            <numerusform>%n bronnen gesynchroniseerd.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SyncTasks</name>
    <message>
        <location filename="../../ipt_desktop/ui/sync_tasks.py" line="+84"/>
        <source>Syncing your sources…</source>
        <translation>Uw bronnen worden gesynchroniseerd…</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>No sources to sync. Add or enable one under File › Sources.</source>
        <translation>Geen bronnen om te synchroniseren. Voeg er een toe of schakel er een in via Bestand › Bronnen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sync: %1 new, %2 updated, %3 removed.</source>
        <translation>Synchronisatie: %1 nieuw, %2 bijgewerkt, %3 verwijderd.</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>%n source(s) failed: %1</source>
        <translation>
            <numerusform>%n bron mislukt: %1</numerusform>
            <numerusform>%n bronnen mislukt: %1</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Sync failed: %1</source>
        <translation>Synchronisatie mislukt: %1</translation>
    </message>
</context>
<context>
    <name>ThresholdDialog</name>
    <message>
        <location filename="../../ipt_desktop/ui/threshold_dialog.py" line="+168"/>
        <source>Threshold check</source>
        <translation>Controle van het drempelbedrag</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Is the estimated value of a contract above the EU threshold? The answer updates as you type.</source>
        <translation>Ligt de geraamde waarde van een opdracht boven het Europese drempelbedrag? Het antwoord wordt bijgewerkt terwijl u typt.</translation>
    </message>
</context>
<context>
    <name>ThresholdForm</name>
    <message>
        <location line="-133"/>
        <source>Estimated value, net of VAT</source>
        <translation>Geraamde waarde exclusief belasting over de toegevoegde waarde (btw)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Estimated value</source>
        <translation>Geraamde waarde</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Currency</source>
        <translation>Valuta</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Buyer</source>
        <translation>Inkoper</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Kind of contract</source>
        <translation>Soort opdracht</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Estimated value:</source>
        <translation>Geraamde waarde:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Currency:</source>
        <translation>Valuta:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Buyer:</source>
        <translation>Inkoper:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind of contract:</source>
        <translation>Soort opdracht:</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Thresholds valid from %1 to %2. Type a value to check it.</source>
        <translation>Drempelbedragen geldig van %1 tot en met %2. Typ een waarde om deze te controleren.</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>“%1” is not a number.</source>
        <translation>“%1” is geen getal.</translation>
    </message>
</context>
<context>
    <name>TrainerActions</name>
    <message numerus="yes">
        <location filename="../../ipt_desktop/ui/trainer_actions.py" line="+80"/>
        <source>Wrote %1 (%n page(s)).</source>
        <translation>
            <numerusform>%1 opgeslagen (%n pagina).</numerusform>
            <numerusform>%1 opgeslagen (%n pagina&apos;s).</numerusform>
        </translation>
    </message>
    <message>
        <location line="+16"/>
        <source>This document is already in the deck “{0}”.</source>
        <translation>Dit document staat al in de presentatie “{0}”.</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Added to the deck “%1” (%n document(s)).</source>
        <translation>
            <numerusform>Toegevoegd aan de presentatie “%1” (%n document).</numerusform>
            <numerusform>Toegevoegd aan de presentatie “%1” (%n documenten).</numerusform>
        </translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Export PDF</source>
        <translation>Exporteren als PDF</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-bestanden (*.pdf)</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Add to deck</source>
        <translation>Toevoegen aan presentatie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deck (type a new name to create one):</source>
        <translation>Presentatie (typ een nieuwe naam om er een te maken):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Workshop</source>
        <translation>Workshop</translation>
    </message>
</context>
<context>
    <name>WindowFrame</name>
    <message>
        <location filename="../../ipt_desktop/ui/window_frame.py" line="+28"/>
        <source>Main toolbar</source>
        <translation>Hoofdwerkbalk</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Find</source>
        <translation>Zoeken</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Smaller</source>
        <translation>Kleiner</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Larger</source>
        <translation>Groter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cite</source>
        <translation>Citeren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>To deck</source>
        <translation>In presentatie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PDF</source>
        <translation>PDF</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sync</source>
        <translation>Sync</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Background work in progress</source>
        <translation>Bezig met achtergrondtaak</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Working in the background…</source>
        <translation>Bezig op de achtergrond…</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>In the window</source>
        <translation>In het venster</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>While presenting</source>
        <translation>Tijdens het presenteren</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Keyboard shortcuts</source>
        <translation>Sneltoetsen</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>About %1</source>
        <translation>Over %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&lt;h3&gt;%1 %2&lt;/h3&gt;&lt;p&gt;An offline library on innovation procurement for public buyers, trainers and suppliers, from the Innovation Procurement Task Force: PROCEDIN, BUILD and Health InnoFacilitator.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;%1 %2&lt;/h3&gt;&lt;p&gt;Een offline bibliotheek over innovatiegericht inkopen voor overheidsinkopers, trainers en leveranciers, van de Innovation Procurement Task Force: PROCEDIN, BUILD en Health InnoFacilitator.&lt;/p&gt;</translation>
    </message>
</context>
</TS>
