<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sk" sourcelanguage="en">
<context>
    <name></name>
    <message>
        <location filename="../../ipt_desktop/ui/main_actions.py" line="+84"/>
        <source>&amp;Search</source>
        <translation>&amp;Hľadať</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Go to the search field</source>
        <translation>Prejsť do poľa vyhľadávania</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Back</source>
        <translation>&amp;Späť</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Back to the previous document</source>
        <translation>Späť na predchádzajúci dokument</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Forward</source>
        <translation>&amp;Dopredu</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Forward to the next document</source>
        <translation>Dopredu na nasledujúci dokument</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Bookmark</source>
        <translation>&amp;Záložka</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Bookmark this document</source>
        <translation>Pridať tento dokument medzi záložky</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Find in document…</source>
        <translation>Nájsť v &amp;dokumente…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Find in this document</source>
        <translation>Nájsť v tomto dokumente</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Next match</source>
        <translation>Na&amp;sledujúci výskyt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Next match in this document</source>
        <translation>Nasledujúci výskyt v tomto dokumente</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Pre&amp;vious match</source>
        <translation>&amp;Predchádzajúci výskyt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Previous match in this document</source>
        <translation>Predchádzajúci výskyt v tomto dokumente</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Zoom &amp;in</source>
        <translation>Pri&amp;blížiť</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Larger text</source>
        <translation>Väčší text</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zoom &amp;out</source>
        <translation>&amp;Oddialiť</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Smaller text</source>
        <translation>Menší text</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Reset zoom</source>
        <translation>&amp;Pôvodná veľkosť</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Normal text size</source>
        <translation>Normálna veľkosť textu</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Copy &amp;citation</source>
        <translation>Kopírovať &amp;citáciu</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Copy a citation of this document</source>
        <translation>Kopírovať citáciu tohto dokumentu</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add to &amp;calendar…</source>
        <translation>Pridať do &amp;kalendára…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Save this event as an .ics file</source>
        <translation>Uložiť toto podujatie ako súbor .ics</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Present</source>
        <translation>&amp;Prezentovať</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Present this document as slides</source>
        <translation>Prezentovať tento dokument ako snímky</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Export PDF…</source>
        <translation>&amp;Exportovať do PDF…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Save this document as a PDF</source>
        <translation>Uložiť tento dokument ako PDF</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Print…</source>
        <translation>&amp;Tlačiť…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Print this document</source>
        <translation>Vytlačiť tento dokument</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add to &amp;deck…</source>
        <translation>Pridať do p&amp;rezentácie…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Add this document to a deck</source>
        <translation>Pridať tento dokument do prezentácie</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Import…</source>
        <translation>&amp;Importovať…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Import Markdown files or a content pack</source>
        <translation>Importovať súbory Markdown alebo balík obsahu</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>S&amp;ync now</source>
        <translation>&amp;Synchronizovať teraz</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Fetch new content from your sources</source>
        <translation>Stiahnuť nový obsah z vašich zdrojov</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>S&amp;ources…</source>
        <translation>&amp;Zdroje…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Manage content sources</source>
        <translation>Spravovať zdroje obsahu</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Procurement &amp;projects…</source>
        <translation>Obstarávacie &amp;projekty…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stage checklists for your procurement projects</source>
        <translation>Kontrolné zoznamy etáp pre vaše obstarávacie projekty</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Rebuild search index</source>
        <translation>&amp;Znovu vytvoriť vyhľadávací index</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Rebuild the search index</source>
        <translation>Znovu vytvoriť vyhľadávací index</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Choose a procedure…</source>
        <translation>&amp;Vybrať postup…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Answer a few questions to find a fitting procedure</source>
        <translation>Odpovedzte na niekoľko otázok a nájdite vhodný postup</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Threshold check…</source>
        <translation>&amp;Overiť finančný limit…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Is a contract value above the EU threshold?</source>
        <translation>Je hodnota zákazky nad finančným limitom EÚ?</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Preferences…</source>
        <translation>&amp;Nastavenia…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Theme, font, sync and proxy</source>
        <translation>Motív, písmo, synchronizácia a proxy</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Klávesové skratky</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>List the keyboard shortcuts</source>
        <translation>Zobraziť zoznam klávesových skratiek</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next &amp;panel</source>
        <translation>&amp;Nasledujúci panel</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Move to the next panel</source>
        <translation>Prejsť na nasledujúci panel</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Previous pa&amp;nel</source>
        <translation>P&amp;redchádzajúci panel</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Move to the previous panel</source>
        <translation>Prejsť na predchádzajúci panel</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;About IPT Desktop</source>
        <translation>&amp;O aplikácii IPT Desktop</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>About this application</source>
        <translation>O tejto aplikácii</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Quit</source>
        <translation>&amp;Ukončiť</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Quit</source>
        <translation>Ukončiť</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;File</source>
        <translation>&amp;Súbor</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Edit</source>
        <translation>Úp&amp;ravy</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;View</source>
        <translation>&amp;Zobraziť</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Document</source>
        <translation>&amp;Dokument</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Tools</source>
        <translation>&amp;Nástroje</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Help</source>
        <translation>&amp;Pomocník</translation>
    </message>
    <message>
        <location filename="../../ipt_desktop/ui/presentation_window.py" line="+36"/>
        <source>Next slide</source>
        <translation>Nasledujúca snímka</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Previous slide</source>
        <translation>Predchádzajúca snímka</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>First slide, last slide</source>
        <translation>Prvá snímka, posledná snímka</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Go to slide number</source>
        <translation>Prejsť na číslo snímky</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>digits, then %1</source>
        <translation>číslice, potom %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Blank screen</source>
        <translation>Zatemniť obrazovku</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Speaker view (notes, next slide, timer), open or close</source>
        <translation>Otvoriť alebo zatvoriť zobrazenie prezentujúceho (poznámky, nasledujúca snímka, časovač)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>End the presentation</source>
        <translation>Ukončiť prezentáciu</translation>
    </message>
</context>
<context>
    <name>AddSourceDialog</name>
    <message>
        <location filename="../../ipt_desktop/ui/sources_dialog.py" line="+86"/>
        <source>Add source</source>
        <translation>Pridať zdroj</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>minisign public key or .pub file (signed feeds only)</source>
        <translation>Verejný kľúč minisign alebo súbor .pub (len podpísané kanály)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Address:</source>
        <translation>Adresa:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name:</source>
        <translation>Názov:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Public key:</source>
        <translation>Verejný kľúč:</translation>
    </message>
</context>
<context>
    <name>Advice</name>
    <message>
        <location filename="../../ipt_desktop/ui/threshold_dialog.py" line="+42"/>
        <source>Central government authority</source>
        <translation>Ústredný orgán štátnej správy</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sub-central contracting authority (regional, local, other public body)</source>
        <translation>Verejný obstarávateľ na nižšej ako ústrednej úrovni (regionálny, miestny, iný verejný subjekt)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Utility (water, energy, transport, postal services)</source>
        <translation>Obstarávateľ (vodné hospodárstvo, energetika, doprava, poštové služby)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Defence and security contract</source>
        <translation>Zákazka v oblasti obrany a bezpečnosti</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Works</source>
        <translation>Stavebné práce</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Supplies</source>
        <translation>Dodanie tovaru</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Services</source>
        <translation>Služby</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Social and other specific services</source>
        <translation>Sociálne a iné osobitné služby</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Concession (works or services)</source>
        <translation>Koncesia (na stavebné práce alebo služby)</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>At the EU threshold: the directive applies (equal to or greater than).</source>
        <translation>Hodnota sa rovná finančnému limitu EÚ: smernica sa uplatňuje (hodnota sa rovná limitu alebo je vyššia).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Above the EU threshold by %1.</source>
        <translation>Nad finančným limitom EÚ o %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Below the EU threshold by %1.</source>
        <translation>Pod finančným limitom EÚ o %1.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Threshold: %1, %2, %3 %4.</source>
        <translation>Finančný limit: %1, %2, %3 %4.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Source: %1 (CELEX %2). Valid from %3 to %4.</source>
        <translation>Zdroj: %1 (CELEX %2). Platí od %3 do %4.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>What follows:</source>
        <translation>Čo z toho vyplýva:</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The %1 amount is the one published by %2: %3. The value was compared with it, not converted.</source>
        <translation>Suma v %1 je suma, ktorú zverejnil %2: %3. Hodnota sa porovnala s ňou, neprepočítavala sa.</translation>
    </message>
</context>
<context>
    <name>BrowsePanel</name>
    <message>
        <location filename="../../ipt_desktop/ui/browse_panel.py" line="+53"/>
        <source>Browse</source>
        <translation>Prehľadávať</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Types</source>
        <translation>Typy</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Topics</source>
        <translation>Témy</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stages</source>
        <translation>Fázy</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Procedures</source>
        <translation>Postupy</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sectors</source>
        <translation>Sektory</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Projects</source>
        <translation>Projekty</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>All documents</source>
        <translation>Všetky dokumenty</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What&apos;s new</source>
        <translation>Novinky</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bookmarks</source>
        <translation>Záložky</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>History</source>
        <translation>História</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>My notes</source>
        <translation>Moje poznámky</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Upcoming events</source>
        <translation>Nadchádzajúce podujatia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Newsletter</source>
        <translation>Newsletter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Decks</source>
        <translation>Prezentácie</translation>
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
        <translation>Prezentácia IPT (*.ipt-deck.json *.json)</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>3 slides per page, with lines for notes</source>
        <translation>3 snímky na stranu s riadkami na poznámky</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1 slide per page (landscape)</source>
        <translation>1 snímka na stranu (na šírku)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>2 slides per page</source>
        <translation>2 snímky na stranu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>6 slides per page</source>
        <translation>6 snímok na stranu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1 slide per page with its presenter notes</source>
        <translation>1 snímka na stranu s poznámkami prezentujúceho</translation>
    </message>
    <message>
        <location filename="../../ipt_desktop/ui/deck_panel.py" line="+101"/>
        <source>Present</source>
        <translation>Prezentovať</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Move up</source>
        <translation>Posunúť nahor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move down</source>
        <translation>Posunúť nadol</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Export handout PDF…</source>
        <translation>Exportovať podklady do PDF…</translation>
    </message>
    <message>
        <location line="-40"/>
        <location line="+64"/>
        <source>Decks</source>
        <translation>Prezentácie</translation>
    </message>
    <message>
        <location line="-60"/>
        <source>Documents in the deck</source>
        <translation>Dokumenty v prezentácii</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Remove from deck</source>
        <translation>Odstrániť z prezentácie</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>New deck…</source>
        <translation>Nová prezentácia…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rename deck…</source>
        <translation>Premenovať prezentáciu…</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+218"/>
        <source>Delete deck</source>
        <translation>Odstrániť prezentáciu</translation>
    </message>
    <message>
        <location line="-215"/>
        <source>Export to PowerPoint…</source>
        <translation>Exportovať do PowerPointu…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export deck file…</source>
        <translation>Exportovať súbor prezentácie…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import deck file…</source>
        <translation>Importovať súbor prezentácie…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Deck</source>
        <translation>Prezentácia</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Slides come from, in order:</source>
        <translation>Snímky pochádzajú v tomto poradí z:</translation>
    </message>
    <message>
        <location line="+120"/>
        <source>Wrote {0}.</source>
        <translation>Uložené: {0}.</translation>
    </message>
    <message numerus="yes">
        <location line="+17"/>
        <source>Wrote %1 (%n page(s)).</source>
        <translation>
            <numerusform>Uložené: %1 (%n strana).</numerusform>
            <numerusform>Uložené: %1 (%n strany).</numerusform>
            <numerusform>Uložené: %1 (%n strán).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+14"/>
        <source>Wrote %1 (%n slide(s)).</source>
        <translation>
            <numerusform>Uložené: %1 (%n snímka).</numerusform>
            <numerusform>Uložené: %1 (%n snímky).</numerusform>
            <numerusform>Uložené: %1 (%n snímok).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>Imported the deck “%1” with %n document(s).</source>
        <translation>
            <numerusform>Prezentácia „%1“ bola importovaná s %n dokumentom.</numerusform>
            <numerusform>Prezentácia „%1“ bola importovaná s %n dokumentmi.</numerusform>
            <numerusform>Prezentácia „%1“ bola importovaná s %n dokumentmi.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+14"/>
        <source>New deck</source>
        <translation>Nová prezentácia</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Rename deck</source>
        <translation>Premenovať prezentáciu</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Delete the deck “{0}”? The documents stay in the library.</source>
        <translation>Odstrániť prezentáciu „{0}“? Dokumenty zostanú v knižnici.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Export deck file</source>
        <translation>Exportovať súbor prezentácie</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Import deck file</source>
        <translation>Importovať súbor prezentácie</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Export to PowerPoint</source>
        <translation>Exportovať do PowerPointu</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>PowerPoint files (*.pptx)</source>
        <translation>Súbory PowerPoint (*.pptx)</translation>
    </message>
    <message>
        <location line="-82"/>
        <source>Not in this library: {0}.</source>
        <translation>Nie je v tejto knižnici: {0}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Changed since the export: {0}.</source>
        <translation>Zmenené od exportu: {0}.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Name:</source>
        <translation>Názov:</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>New name:</source>
        <translation>Nový názov:</translation>
    </message>
    <message>
        <location line="+42"/>
        <location line="+10"/>
        <source>Export handout PDF</source>
        <translation>Exportovať podklady do PDF</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>Layout:</source>
        <translation>Rozloženie:</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>PDF files (*.pdf)</source>
        <translation>Súbory PDF (*.pdf)</translation>
    </message>
</context>
<context>
    <name>FilterChips</name>
    <message>
        <location filename="../../ipt_desktop/ui/filter_chips.py" line="+24"/>
        <source>Active filters</source>
        <translation>Aktívne filtre</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Remove this filter</source>
        <translation>Odstrániť tento filter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove filter %1</source>
        <translation>Odstrániť filter %1</translation>
    </message>
</context>
<context>
    <name>FindBar</name>
    <message>
        <location filename="../../ipt_desktop/ui/find_bar.py" line="+23"/>
        <location line="+1"/>
        <source>Find in document</source>
        <translation>Nájsť v dokumente</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Previous match (Shift+F3)</source>
        <translation>Predchádzajúci výskyt (Shift+F3)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Previous match</source>
        <translation>Predchádzajúci výskyt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Next match (F3)</source>
        <translation>Nasledujúci výskyt (F3)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next match</source>
        <translation>Nasledujúci výskyt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Close find bar</source>
        <translation>Zavrieť panel hľadania</translation>
    </message>
    <message numerus="yes">
        <location line="+40"/>
        <source>%n match(es)</source>
        <translation>
            <numerusform>%n výskyt</numerusform>
            <numerusform>%n výskyty</numerusform>
            <numerusform>%n výskytov</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LibraryCalls</name>
    <message>
        <location filename="../../ipt_desktop/ui/library_calls.py" line="+93"/>
        <source>This document is too large or too deeply nested to show with its formatting; the rest of it is shown as plain text.</source>
        <translation>Tento dokument je príliš veľký alebo príliš hlboko vnorený na zobrazenie s formátovaním; zvyšok sa zobrazuje ako obyčajný text.</translation>
    </message>
    <message>
        <location line="+85"/>
        <source>This document is no longer in the library (removed by a sync or import).</source>
        <translation>Tento dokument už nie je v knižnici (odstránila ho synchronizácia alebo import).</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Bookmarked %1</source>
        <translation>Pridané do záložiek %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Opened %1</source>
        <translation>Otvorené %1</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>the bundled library</source>
        <translation>dodaná knižnica</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>an import</source>
        <translation>import</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Added by %1 on %2</source>
        <translation>Pridané dňa %2 (zdroj: %1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Updated by %1 on %2</source>
        <translation>Aktualizované dňa %2 (zdroj: %1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Removed by %1 on %2</source>
        <translation>Odstránené dňa %2 (zdroj: %1)</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Online</source>
        <translation>Online</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>past</source>
        <translation>minulé</translation>
    </message>
</context>
<context>
    <name>LibraryTasks</name>
    <message>
        <location filename="../../ipt_desktop/ui/library_tasks.py" line="+78"/>
        <source>Could not prepare the library: %1</source>
        <translation>Knižnicu sa nepodarilo pripraviť: %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Rebuilding the search index in the background (%1). You can keep reading; search results fill in when it is done.</source>
        <translation>Vyhľadávací index sa znovu vytvára na pozadí (%1). Môžete pokračovať v čítaní; výsledky vyhľadávania sa zobrazia po dokončení.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Rebuilding the search index…</source>
        <translation>Znovu sa vytvára vyhľadávací index…</translation>
    </message>
    <message numerus="yes">
        <location line="+17"/>
        <source>Search index rebuilt: %n document(s).</source>
        <translation>
            <numerusform>Vyhľadávací index bol znovu vytvorený: %n dokument.</numerusform>
            <numerusform>Vyhľadávací index bol znovu vytvorený: %n dokumenty.</numerusform>
            <numerusform>Vyhľadávací index bol znovu vytvorený: %n dokumentov.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Import a folder of Markdown files or a content pack</source>
        <translation>Importovať priečinok so súbormi Markdown alebo balík obsahu</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Imported: %1 added, %2 updated.</source>
        <translation>Importované: pridané %1, aktualizované %2.</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%n file(s) refused; first: %1</source>
        <translation>
            <numerusform>%n súbor bol odmietnutý: %1</numerusform>
            <numerusform>%n súbory boli odmietnuté; prvý: %1</numerusform>
            <numerusform>%n súborov bolo odmietnutých; prvý: %1</numerusform>
        </translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Add to calendar</source>
        <translation>Pridať do kalendára</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Calendar files (*.ics)</source>
        <translation>Súbory kalendára (*.ics)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Saved %1. Open it with your calendar.</source>
        <translation>Uložené: %1. Otvorte súbor vo svojom kalendári.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ipt_desktop/ui/main_window.py" line="+118"/>
        <source>%1: open a document first.</source>
        <translation>%1: najprv otvorte dokument.</translation>
    </message>
    <message>
        <location line="+217"/>
        <source>Citation copied to the clipboard.</source>
        <translation>Citácia bola skopírovaná do schránky.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Bookmarked.</source>
        <translation>Záložka bola pridaná.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Bookmark removed.</source>
        <translation>Záložka bola odstránená.</translation>
    </message>
</context>
<context>
    <name>NewProjectDialog</name>
    <message>
        <location filename="../../ipt_desktop/ui/project_tasks.py" line="+77"/>
        <source>New procurement project</source>
        <translation>Nový obstarávací projekt</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>optional, e.g. 250000</source>
        <translation>nepovinné, napr. 250000</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Name:</source>
        <translation>Názov:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Procedure:</source>
        <translation>Postup:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Estimated value:</source>
        <translation>Odhadovaná hodnota:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Currency:</source>
        <translation>Mena:</translation>
    </message>
</context>
<context>
    <name>PdfExport</name>
    <message>
        <location filename="../../ipt_desktop/ui/pdf_export.py" line="+88"/>
        <source>Slide</source>
        <translation>Snímka</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Print “{0}”</source>
        <translation>Tlačiť „{0}“</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Page</source>
        <translation>Strana</translation>
    </message>
    <message>
        <location filename="../../ipt_desktop/ui/pdf_pages.py" line="+124"/>
        <source>Slides: %1</source>
        <translation>Snímky: %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Documents: %1</source>
        <translation>Dokumenty: %1</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <location filename="../../ipt_desktop/ui/preferences_dialog.py" line="+24"/>
        <source>Preferences</source>
        <translation>Nastavenia</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Follow the system</source>
        <translation>Podľa systému</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Light</source>
        <translation>Svetlý</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dark</source>
        <translation>Tmavý</translation>
    </message>
    <message>
        <location line="+5"/>
        <source> pt</source>
        <translation> pt</translation>
    </message>
    <message>
        <location line="+6"/>
        <source> hours</source>
        <translation> hod.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Never (sync by hand)</source>
        <translation>Nikdy (ručná synchronizácia)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Use the system settings</source>
        <translation>Použiť nastavenia systému</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No proxy</source>
        <translation>Bez proxy</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Manual</source>
        <translation>Ručne</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Theme:</source>
        <translation>&amp;Motív:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reader &amp;font size:</source>
        <translation>&amp;Veľkosť písma pri čítaní:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Interface &amp;language:</source>
        <translation>&amp;Jazyk rozhrania:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Sync every:</source>
        <translation>&amp;Interval synchronizácie:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Proxy:</source>
        <translation>&amp;Proxy:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Proxy &amp;address:</source>
        <translation>&amp;Adresa proxy:</translation>
    </message>
</context>
<context>
    <name>PresentationWindow</name>
    <message>
        <location filename="../../ipt_desktop/ui/presentation_window.py" line="+38"/>
        <source>Slide number</source>
        <translation>Číslo snímky</translation>
    </message>
    <message>
        <location line="+106"/>
        <source>Go to {0}… / {1}</source>
        <translation>Prejsť na {0}… / {1}</translation>
    </message>
</context>
<context>
    <name>PresenterView</name>
    <message>
        <location filename="../../ipt_desktop/ui/presenter_view.py" line="+46"/>
        <source>Presenter view — {0}</source>
        <translation>Zobrazenie prezentujúceho — {0}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Current slide</source>
        <translation>Aktuálna snímka</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next slide</source>
        <translation>Nasledujúca snímka</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Presenter notes</source>
        <translation>Poznámky prezentujúceho</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Next</source>
        <translation>Nasledujúca</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Notes</source>
        <translation>Poznámky</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>No notes for this slide.</source>
        <translation>K tejto snímke nie sú žiadne poznámky.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The audience screen is blank (press B to show it).</source>
        <translation>Obrazovka pre publikum je zatemnená (zobrazíte ju stlačením B).</translation>
    </message>
</context>
<context>
    <name>ProcedureDialog</name>
    <message>
        <location filename="../../ipt_desktop/ui/procedure_dialog.py" line="+70"/>
        <source>Choose a procedure</source>
        <translation>Výber postupu</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Copy</source>
        <translation>Kopírovať</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save to notes</source>
        <translation>Uložiť do poznámok</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export PDF…</source>
        <translation>Exportovať do PDF…</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>&lt; Back</source>
        <translation>&lt; Späť</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next &gt;</source>
        <translation>Ďalej &gt;</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Start again</source>
        <translation>Začať znova</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close</source>
        <translation>Zavrieť</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Loading the questions…</source>
        <translation>Načítavajú sa otázky…</translation>
    </message>
    <message>
        <location line="+94"/>
        <source>Question %1</source>
        <translation>Otázka %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Work it out from the estimated value</source>
        <translation>Určiť podľa odhadovanej hodnoty</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Recommendation</source>
        <translation>Odporúčanie</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Copied to the clipboard.</source>
        <translation>Skopírované do schránky.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Saved to your note on “%1” (My notes).</source>
        <translation>Uložené do vašej poznámky k „%1“ (Moje poznámky).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Export the recommendation as PDF</source>
        <translation>Exportovať odporúčanie do PDF</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>PDF files (*.pdf)</source>
        <translation>Súbory PDF (*.pdf)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Recommended procedure: %1</source>
        <translation>Odporúčaný postup: %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Saved %1.</source>
        <translation>Uložené: %1.</translation>
    </message>
    <message>
        <location filename="../../ipt_desktop/ui/advice_calls.py" line="+59"/>
        <source>Recommended procedure:</source>
        <translation>Odporúčaný postup:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Read next</source>
        <translation>Ďalšie čítanie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your answers</source>
        <translation>Vaše odpovede</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Why</source>
        <translation>Odôvodnenie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Articles</source>
        <translation>Články</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Risks</source>
        <translation>Riziká</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Source: %1. A decision aid, not legal advice.</source>
        <translation>Zdroj: %1. Pomôcka pri rozhodovaní, nie právne poradenstvo.</translation>
    </message>
</context>
<context>
    <name>ProjectsDialog</name>
    <message>
        <location filename="../../ipt_desktop/ui/projects_dialog.py" line="+73"/>
        <location filename="../../ipt_desktop/ui/projects_layout.py" line="+39"/>
        <source>Procurement projects</source>
        <translation>Obstarávacie projekty</translation>
    </message>
    <message>
        <location filename="../../ipt_desktop/ui/projects_layout.py" line="+2"/>
        <source>&amp;New…</source>
        <translation>&amp;Nový…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Delete…</source>
        <translation>&amp;Odstrániť…</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Items done</source>
        <translation>Splnené body</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Item</source>
        <translation>Bod</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note</source>
        <translation>Poznámka</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Checklist</source>
        <translation>Kontrolný zoznam</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Note on the selected item</source>
        <translation>Poznámka k vybranému bodu</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your note on the selected item</source>
        <translation>Vaša poznámka k vybranému bodu</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Save note</source>
        <translation>&amp;Uložiť poznámku</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Open section</source>
        <translation>O&amp;tvoriť časť</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Read the library section that explains the selected item</source>
        <translation>Prečítať časť knižnice, ktorá vysvetľuje vybraný bod</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Export &amp;Markdown…</source>
        <translation>Exportovať do &amp;Markdownu…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export &amp;PDF…</source>
        <translation>Exportovať do &amp;PDF…</translation>
    </message>
    <message>
        <location filename="../../ipt_desktop/ui/projects_dialog.py" line="+107"/>
        <source>%1 of %2 items done</source>
        <translation>Splnené %1 z %2 bodov</translation>
    </message>
    <message>
        <location line="+101"/>
        <source>Delete project</source>
        <translation>Odstrániť projekt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete the project “%1” with its ticks and notes? This cannot be undone.</source>
        <translation>Odstrániť projekt „%1“ s jeho označeniami a poznámkami? Túto akciu nemožno vrátiť späť.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Markdown files (*.md)</source>
        <translation>Súbory Markdown (*.md)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>PDF files (*.pdf)</source>
        <translation>Súbory PDF (*.pdf)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Export checklist</source>
        <translation>Exportovať kontrolný zoznam</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Saved %1</source>
        <translation>%1 uložené</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Error: %1</source>
        <translation>Chyba: %1</translation>
    </message>
</context>
<context>
    <name>ReaderPanel</name>
    <message>
        <location filename="../../ipt_desktop/ui/loading_bar.py" line="+21"/>
        <source>Loading progress</source>
        <translation>Priebeh načítania</translation>
    </message>
    <message>
        <location filename="../../ipt_desktop/ui/reader_panel.py" line="+86"/>
        <source>Choose a document from the list, or type in the search field (Ctrl+K).</source>
        <translation>Vyberte dokument zo zoznamu alebo zadajte hľadaný výraz do poľa vyhľadávania (Ctrl+K).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Table of contents</source>
        <translation>Obsah</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Document details</source>
        <translation>Podrobnosti o dokumente</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Related documents</source>
        <translation>Súvisiace dokumenty</translation>
    </message>
    <message>
        <location filename="../../ipt_desktop/ui/note_editor.py" line="+36"/>
        <source>Your private note on this document. It is saved as you type.</source>
        <translation>Vaša súkromná poznámka k tomuto dokumentu. Ukladá sa priebežne počas písania.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Personal note</source>
        <translation>Osobná poznámka</translation>
    </message>
    <message>
        <location filename="../../ipt_desktop/ui/reader_panel.py" line="+8"/>
        <source>Outline</source>
        <translation>Osnova</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Details</source>
        <translation>Podrobnosti</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Related</source>
        <translation>Súvisiace</translation>
    </message>
    <message>
        <location filename="../../ipt_desktop/ui/note_editor.py" line="+2"/>
        <source>Note status</source>
        <translation>Stav poznámky</translation>
    </message>
    <message>
        <location filename="../../ipt_desktop/ui/reader_panel.py" line="+3"/>
        <source>Note</source>
        <translation>Poznámka</translation>
    </message>
    <message>
        <location filename="../../ipt_desktop/ui/note_editor.py" line="+24"/>
        <source>Not saved yet. Trying again…</source>
        <translation>Zatiaľ neuložené. Skúša sa znova…</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+29"/>
        <source>Saved</source>
        <translation>Uložené</translation>
    </message>
    <message>
        <location filename="../../ipt_desktop/ui/reader_pages.py" line="+26"/>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Project</source>
        <translation>Projekt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Topics</source>
        <translation>Témy</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stages</source>
        <translation>Fázy</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Procedures</source>
        <translation>Postupy</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sectors</source>
        <translation>Sektory</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Objectives</source>
        <translation>Ciele</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Countries</source>
        <translation>Krajiny</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Year</source>
        <translation>Rok</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Registration</source>
        <translation>Registrácia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Licence</source>
        <translation>Licencia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Updated</source>
        <translation>Aktualizované</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Document id</source>
        <translation>ID dokumentu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sources</source>
        <translation>Zdroje</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Full text in English</source>
        <translation>Úplný text v angličtine</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Full text in %1</source>
        <translation>Úplný text (%1)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Facts checked on %1</source>
        <translation>Fakty overené %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This document may be out of date: its facts held until %1. &lt;a href=&apos;ipt://sync&apos;&gt;Sync now&lt;/a&gt; to fetch newer content.</source>
        <translation>Tento dokument môže byť zastaraný: jeho údaje platili do %1. &lt;a href=&apos;ipt://sync&apos;&gt;Synchronizujte teraz&lt;/a&gt; a stiahnite novší obsah.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Read in:</source>
        <translation>Čítať v jazyku:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add to calendar</source>
        <translation>Pridať do kalendára</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This document is very long; its first part is shown.</source>
        <translation>Tento dokument je veľmi dlhý; zobrazuje sa jeho prvá časť.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Show the rest</source>
        <translation>Zobraziť zvyšok</translation>
    </message>
    <message>
        <location filename="../../ipt_desktop/ui/loading_bar.py" line="+18"/>
        <source>Loading the document… %p%</source>
        <translation>Načítava sa dokument… %p%</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Opening…</source>
        <translation>Otvára sa…</translation>
    </message>
    <message>
        <location filename="../../ipt_desktop/ui/reader_pages.py" line="+8"/>
        <source>This document was removed</source>
        <translation>Tento dokument bol odstránený</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“%1” is no longer in the library. It may have been withdrawn by its publisher in a sync. Your bookmark and note are kept.</source>
        <translation>„%1“ sa už v knižnici nenachádza. Vydavateľ ho mohol stiahnuť a pri synchronizácii bol odstránený. Vaša záložka a poznámka zostávajú zachované.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>This document could not be opened</source>
        <translation>Tento dokument sa nepodarilo otvoriť</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Opening “%1” failed. The reason is below.</source>
        <translation>Otvorenie „%1“ zlyhalo. Dôvod je uvedený nižšie.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Try again</source>
        <translation>Skúsiť znova</translation>
    </message>
    <message>
        <location filename="../../ipt_desktop/ui/reader_panel.py" line="+266"/>
        <source>Bookmark not saved: %1</source>
        <translation>Záložka nebola uložená: %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Bookmark not removed: %1</source>
        <translation>Záložka nebola odstránená: %1</translation>
    </message>
    <message>
        <location filename="../../ipt_desktop/ui/note_editor.py" line="-25"/>
        <source>Editing…</source>
        <translation>Upravuje sa…</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Saving…</source>
        <translation>Ukladá sa…</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Not saved: %1. Trying again…</source>
        <translation>Neuložené: %1. Skúša sa znova…</translation>
    </message>
</context>
<context>
    <name>ReaderView</name>
    <message>
        <location filename="../../ipt_desktop/ui/reader_view.py" line="+56"/>
        <source>Document reader</source>
        <translation>Čítačka dokumentov</translation>
    </message>
</context>
<context>
    <name>ResultListModel</name>
    <message>
        <location filename="../../ipt_desktop/ui/result_model.py" line="+46"/>
        <source>Answer:</source>
        <translation>Odpoveď:</translation>
    </message>
</context>
<context>
    <name>SearchPanel</name>
    <message>
        <location filename="../../ipt_desktop/ui/empty_state.py" line="+16"/>
        <source>Bookmark a document with Ctrl+D and it appears here.</source>
        <translation>Pridajte dokument medzi záložky klávesmi Ctrl+D a zobrazí sa tu.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The documents you open appear here.</source>
        <translation>Tu sa zobrazia dokumenty, ktoré otvoríte.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write a note in a document&apos;s Note tab and it appears here.</source>
        <translation>Napíšte poznámku na karte „Poznámka“ dokumentu a zobrazí sa tu.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>New and updated documents from your sources appear here after a sync.</source>
        <translation>Nové a aktualizované dokumenty z vašich zdrojov sa tu zobrazia po synchronizácii.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Events arrive with the library&apos;s updates.</source>
        <translation>Podujatia prichádzajú s aktualizáciami knižnice.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Newsletter issues arrive with the library&apos;s updates.</source>
        <translation>Vydania newslettera prichádzajú s aktualizáciami knižnice.</translation>
    </message>
    <message>
        <location filename="../../ipt_desktop/ui/search_panel.py" line="+87"/>
        <source>Search guides, practices, stories, terms…  (Ctrl+K)</source>
        <translation>Hľadať príručky, osvedčené postupy, príbehy, pojmy…  (Ctrl+K)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Search</source>
        <translation>Vyhľadávanie</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Result summary</source>
        <translation>Súhrn výsledkov</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Removed</source>
        <translation>Odstránené</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Results</source>
        <translation>Výsledky</translation>
    </message>
    <message>
        <location filename="../../ipt_desktop/ui/empty_state.py" line="+21"/>
        <source>No results</source>
        <translation>Žiadne výsledky</translation>
    </message>
    <message>
        <location filename="../../ipt_desktop/ui/search_panel.py" line="+7"/>
        <source>Clear filters</source>
        <translation>Vymazať filtre</translation>
    </message>
    <message>
        <location line="+211"/>
        <source>Search failed: %1</source>
        <translation>Vyhľadávanie zlyhalo: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n položka</numerusform>
            <numerusform>%n položky</numerusform>
            <numerusform>%n položiek</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n result(s)</source>
        <translation>
            <numerusform>%n výsledok</numerusform>
            <numerusform>%n výsledky</numerusform>
            <numerusform>%n výsledkov</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Did you mean “%1”?</source>
        <translation>Mali ste na mysli „%1“?</translation>
    </message>
    <message>
        <location filename="../../ipt_desktop/ui/empty_state.py" line="+16"/>
        <source>Nothing here yet.</source>
        <translation>Zatiaľ tu nič nie je.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Sync now</source>
        <translation>Synchronizovať teraz</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No documents match.</source>
        <translation>Nevyhovujú žiadne dokumenty.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Search for “%1”</source>
        <translation>Hľadať „%1“</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Clear the filters</source>
        <translation>Vymazať filtre</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Check the spelling, use fewer words, or try an acronym such as PCP or MEAT.</source>
        <translation>Skontrolujte pravopis, použite menej slov alebo skúste skratku, napríklad PCP alebo MEAT.</translation>
    </message>
</context>
<context>
    <name>SourcesDialog</name>
    <message>
        <location filename="../../ipt_desktop/ui/sources_dialog.py" line="-20"/>
        <location line="+198"/>
        <source>Error: %1</source>
        <translation>Chyba: %1</translation>
    </message>
    <message>
        <location line="-196"/>
        <source>OK at %1</source>
        <translation>Úspešne: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Never synced</source>
        <translation>Nikdy nesynchronizované</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Sources</source>
        <translation>Zdroje</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Enabled</source>
        <translation>Zapnuté</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Name</source>
        <translation>Názov</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Address</source>
        <translation>Adresa</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Kind</source>
        <translation>Druh</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Last result</source>
        <translation>Posledný výsledok</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Add…</source>
        <translation>Pridať…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove</source>
        <translation>Odstrániť</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sync now</source>
        <translation>Synchronizovať teraz</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Close</source>
        <translation>Zavrieť</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Remove source</source>
        <translation>Odstrániť zdroj</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove “%1”? Its documents stay in the library.</source>
        <translation>Odstrániť „%1“? Jeho dokumenty zostanú v knižnici.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>No enabled sources to sync.</source>
        <translation>Nie sú zapnuté žiadne zdroje na synchronizáciu.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Waiting…</source>
        <translation>Čaká sa…</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>%1 (suggested)</source>
        <translation>%1 (odporúčané)</translation>
    </message>
    <message numerus="yes">
        <location line="+41"/>
        <source>Synced %1 of %n source(s); %2 failed.</source>
        <translation>
            <numerusform>Synchronizované: %1 z %n zdroja; zlyhalo: %2.</numerusform>
            <numerusform>Synchronizované: %1 z %n zdrojov; zlyhalo: %2.</numerusform>
            <numerusform>Synchronizované: %1 z %n zdrojov; zlyhalo: %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Synced %n source(s).</source>
        <translation>
            <numerusform>Synchronizovaný %n zdroj.</numerusform>
            <numerusform>Synchronizované %n zdroje.</numerusform>
            <numerusform>Synchronizovaných %n zdrojov.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SyncTasks</name>
    <message>
        <location filename="../../ipt_desktop/ui/sync_tasks.py" line="+84"/>
        <source>Syncing your sources…</source>
        <translation>Synchronizujú sa vaše zdroje…</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>No sources to sync. Add or enable one under File › Sources.</source>
        <translation>Žiadne zdroje na synchronizáciu. Pridajte alebo zapnite zdroj v ponuke Súbor › Zdroje.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sync: %1 new, %2 updated, %3 removed.</source>
        <translation>Synchronizácia: nové %1, aktualizované %2, odstránené %3.</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>%n source(s) failed: %1</source>
        <translation>
            <numerusform>Zlyhal %n zdroj: %1</numerusform>
            <numerusform>Zlyhali %n zdroje: %1</numerusform>
            <numerusform>Zlyhalo %n zdrojov: %1</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Sync failed: %1</source>
        <translation>Synchronizácia zlyhala: %1</translation>
    </message>
</context>
<context>
    <name>ThresholdDialog</name>
    <message>
        <location filename="../../ipt_desktop/ui/threshold_dialog.py" line="+168"/>
        <source>Threshold check</source>
        <translation>Kontrola finančného limitu</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Is the estimated value of a contract above the EU threshold? The answer updates as you type.</source>
        <translation>Je odhadovaná hodnota zákazky nad finančným limitom EÚ? Odpoveď sa aktualizuje počas písania.</translation>
    </message>
</context>
<context>
    <name>ThresholdForm</name>
    <message>
        <location line="-133"/>
        <source>Estimated value, net of VAT</source>
        <translation>Odhadovaná hodnota bez dane z pridanej hodnoty (DPH)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Estimated value</source>
        <translation>Odhadovaná hodnota</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Currency</source>
        <translation>Mena</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Buyer</source>
        <translation>Verejný obstarávateľ / obstarávateľ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Kind of contract</source>
        <translation>Druh zákazky</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Estimated value:</source>
        <translation>Odhadovaná hodnota:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Currency:</source>
        <translation>Mena:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Buyer:</source>
        <translation>Verejný obstarávateľ / obstarávateľ:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind of contract:</source>
        <translation>Druh zákazky:</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Thresholds valid from %1 to %2. Type a value to check it.</source>
        <translation>Finančné limity platné od %1 do %2. Zadajte hodnotu, ktorú chcete overiť.</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>“%1” is not a number.</source>
        <translation>„%1“ nie je číslo.</translation>
    </message>
</context>
<context>
    <name>TrainerActions</name>
    <message numerus="yes">
        <location filename="../../ipt_desktop/ui/trainer_actions.py" line="+80"/>
        <source>Wrote %1 (%n page(s)).</source>
        <translation>
            <numerusform>Uložené: %1 (%n strana).</numerusform>
            <numerusform>Uložené: %1 (%n strany).</numerusform>
            <numerusform>Uložené: %1 (%n strán).</numerusform>
        </translation>
    </message>
    <message>
        <location line="+16"/>
        <source>This document is already in the deck “{0}”.</source>
        <translation>Tento dokument už je v prezentácii „{0}“.</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Added to the deck “%1” (%n document(s)).</source>
        <translation>
            <numerusform>Pridané do prezentácie „%1“ (%n dokument).</numerusform>
            <numerusform>Pridané do prezentácie „%1“ (%n dokumenty).</numerusform>
            <numerusform>Pridané do prezentácie „%1“ (%n dokumentov).</numerusform>
        </translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Export PDF</source>
        <translation>Exportovať do PDF</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>PDF files (*.pdf)</source>
        <translation>Súbory PDF (*.pdf)</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Add to deck</source>
        <translation>Pridať do prezentácie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deck (type a new name to create one):</source>
        <translation>Prezentácia (na vytvorenie novej zadajte nový názov):</translation>
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
        <translation>Hlavný panel nástrojov</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Find</source>
        <translation>Nájsť</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Smaller</source>
        <translation>Menšie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Larger</source>
        <translation>Väčšie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cite</source>
        <translation>Citovať</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>To deck</source>
        <translation>Do prezentácie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PDF</source>
        <translation>PDF</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sync</source>
        <translation>Synchronizovať</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Background work in progress</source>
        <translation>Prebieha práca na pozadí</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Working in the background…</source>
        <translation>Pracuje sa na pozadí…</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>In the window</source>
        <translation>V okne</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>While presenting</source>
        <translation>Počas prezentácie</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Keyboard shortcuts</source>
        <translation>Klávesové skratky</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>About %1</source>
        <translation>O aplikácii %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&lt;h3&gt;%1 %2&lt;/h3&gt;&lt;p&gt;An offline library on innovation procurement for public buyers, trainers and suppliers, from the Innovation Procurement Task Force: PROCEDIN, BUILD and Health InnoFacilitator.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;%1 %2&lt;/h3&gt;&lt;p&gt;Offline knižnica o inovačnom obstarávaní pre verejných obstarávateľov, školiteľov a dodávateľov od Innovation Procurement Task Force: PROCEDIN, BUILD a Health InnoFacilitator.&lt;/p&gt;</translation>
    </message>
</context>
</TS>
