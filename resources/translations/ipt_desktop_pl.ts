<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pl" sourcelanguage="en">
<context>
    <name></name>
    <message>
        <location filename="../../ipt_desktop/ui/main_actions.py" line="+84"/>
        <source>&amp;Search</source>
        <translation>&amp;Szukaj</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Go to the search field</source>
        <translation>Przejdź do pola wyszukiwania</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Back</source>
        <translation>&amp;Wstecz</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Back to the previous document</source>
        <translation>Wróć do poprzedniego dokumentu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Forward</source>
        <translation>&amp;Naprzód</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Forward to the next document</source>
        <translation>Przejdź do następnego dokumentu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Bookmark</source>
        <translation>&amp;Zakładka</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Bookmark this document</source>
        <translation>Dodaj zakładkę do tego dokumentu</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Find in document…</source>
        <translation>Znajdź w &amp;dokumencie…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Find in this document</source>
        <translation>Znajdź w tym dokumencie</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Next match</source>
        <translation>&amp;Następne wystąpienie</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Next match in this document</source>
        <translation>Następne wystąpienie w tym dokumencie</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Pre&amp;vious match</source>
        <translation>&amp;Poprzednie wystąpienie</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Previous match in this document</source>
        <translation>Poprzednie wystąpienie w tym dokumencie</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Zoom &amp;in</source>
        <translation>&amp;Powiększ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Larger text</source>
        <translation>Większy tekst</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zoom &amp;out</source>
        <translation>Po&amp;mniejsz</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Smaller text</source>
        <translation>Mniejszy tekst</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Reset zoom</source>
        <translation>&amp;Rzeczywisty rozmiar</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Normal text size</source>
        <translation>Normalny rozmiar tekstu</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Copy &amp;citation</source>
        <translation>Kopiuj &amp;cytowanie</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Copy a citation of this document</source>
        <translation>Kopiuj cytowanie tego dokumentu</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add to &amp;calendar…</source>
        <translation>Dodaj do &amp;kalendarza…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Save this event as an .ics file</source>
        <translation>Zapisz to wydarzenie jako plik .ics</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Present</source>
        <translation>&amp;Prezentuj</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Present this document as slides</source>
        <translation>Prezentuj ten dokument w postaci slajdów</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Export PDF…</source>
        <translation>&amp;Eksportuj do PDF…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Save this document as a PDF</source>
        <translation>Zapisz ten dokument jako plik PDF</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Print…</source>
        <translation>&amp;Drukuj…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Print this document</source>
        <translation>Drukuj ten dokument</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add to &amp;deck…</source>
        <translation>Dodaj do p&amp;rezentacji…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Add this document to a deck</source>
        <translation>Dodaj ten dokument do prezentacji</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Import…</source>
        <translation>&amp;Importuj…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Import Markdown files or a content pack</source>
        <translation>Importuj pliki Markdown lub pakiet treści</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>S&amp;ync now</source>
        <translation>&amp;Synchronizuj teraz</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Fetch new content from your sources</source>
        <translation>Pobierz nowe treści ze swoich źródeł</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>S&amp;ources…</source>
        <translation>Ź&amp;ródła…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Manage content sources</source>
        <translation>Zarządzaj źródłami treści</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Procurement &amp;projects…</source>
        <translation>&amp;Projekty zakupowe…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stage checklists for your procurement projects</source>
        <translation>Listy kontrolne etapów dla Twoich projektów zakupowych</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Rebuild search index</source>
        <translation>&amp;Przebuduj indeks wyszukiwania</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Rebuild the search index</source>
        <translation>Przebuduj indeks wyszukiwania</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Choose a procedure…</source>
        <translation>&amp;Wybierz procedurę…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Answer a few questions to find a fitting procedure</source>
        <translation>Odpowiedz na kilka pytań, aby znaleźć odpowiednią procedurę</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Threshold check…</source>
        <translation>&amp;Sprawdź próg…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Is a contract value above the EU threshold?</source>
        <translation>Czy wartość zamówienia przekracza próg unijny?</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Preferences…</source>
        <translation>&amp;Ustawienia…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Theme, font, sync and proxy</source>
        <translation>Motyw, czcionka, synchronizacja i proxy</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Skróty klawiaturowe</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>List the keyboard shortcuts</source>
        <translation>Pokaż listę skrótów klawiaturowych</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next &amp;panel</source>
        <translation>Na&amp;stępny panel</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Move to the next panel</source>
        <translation>Przejdź do następnego panelu</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Previous pa&amp;nel</source>
        <translation>P&amp;oprzedni panel</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Move to the previous panel</source>
        <translation>Przejdź do poprzedniego panelu</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;About IPT Desktop</source>
        <translation>&amp;O programie IPT Desktop</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>About this application</source>
        <translation>O tym programie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Quit</source>
        <translation>&amp;Zakończ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Quit</source>
        <translation>Zakończ</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;File</source>
        <translation>&amp;Plik</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Edit</source>
        <translation>&amp;Edycja</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;View</source>
        <translation>&amp;Widok</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Document</source>
        <translation>&amp;Dokument</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Tools</source>
        <translation>&amp;Narzędzia</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Help</source>
        <translation>Pomo&amp;c</translation>
    </message>
    <message>
        <location filename="../../ipt_desktop/ui/presentation_window.py" line="+36"/>
        <source>Next slide</source>
        <translation>Następny slajd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Previous slide</source>
        <translation>Poprzedni slajd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>First slide, last slide</source>
        <translation>Pierwszy slajd, ostatni slajd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Go to slide number</source>
        <translation>Przejdź do slajdu o numerze</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>digits, then %1</source>
        <translation>cyfry, potem %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Blank screen</source>
        <translation>Wygaś ekran</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Speaker view (notes, next slide, timer), open or close</source>
        <translation>Otwórz lub zamknij widok prezentera (notatki, następny slajd, licznik czasu)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>End the presentation</source>
        <translation>Zakończ prezentację</translation>
    </message>
</context>
<context>
    <name>AddSourceDialog</name>
    <message>
        <location filename="../../ipt_desktop/ui/sources_dialog.py" line="+86"/>
        <source>Add source</source>
        <translation>Dodaj źródło</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>minisign public key or .pub file (signed feeds only)</source>
        <translation>Klucz publiczny minisign lub plik .pub (tylko kanały podpisane)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Address:</source>
        <translation>Adres:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name:</source>
        <translation>Nazwa:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Public key:</source>
        <translation>Klucz publiczny:</translation>
    </message>
</context>
<context>
    <name>Advice</name>
    <message>
        <location filename="../../ipt_desktop/ui/threshold_dialog.py" line="+42"/>
        <source>Central government authority</source>
        <translation>Instytucja rządowa centralna</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sub-central contracting authority (regional, local, other public body)</source>
        <translation>Instytucja zamawiająca niższego szczebla (regionalna, lokalna, inny podmiot publiczny)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Utility (water, energy, transport, postal services)</source>
        <translation>Podmiot zamawiający (gospodarka wodna, energetyka, transport, usługi pocztowe)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Defence and security contract</source>
        <translation>Zamówienie w dziedzinach obronności i bezpieczeństwa</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Works</source>
        <translation>Roboty budowlane</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Supplies</source>
        <translation>Dostawy</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Services</source>
        <translation>Usługi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Social and other specific services</source>
        <translation>Usługi społeczne i inne szczególne usługi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Concession (works or services)</source>
        <translation>Koncesja (na roboty budowlane lub usługi)</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>At the EU threshold: the directive applies (equal to or greater than).</source>
        <translation>Wartość równa progowi unijnemu: dyrektywa ma zastosowanie (wartość równa progowi lub większa).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Above the EU threshold by %1.</source>
        <translation>Powyżej progu unijnego o %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Below the EU threshold by %1.</source>
        <translation>Poniżej progu unijnego o %1.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Threshold: %1, %2, %3 %4.</source>
        <translation>Próg: %1, %2, %3 %4.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Source: %1 (CELEX %2). Valid from %3 to %4.</source>
        <translation>Źródło: %1 (CELEX %2). Obowiązuje od %3 do %4.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>What follows:</source>
        <translation>Co z tego wynika:</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The %1 amount is the one published by %2: %3. The value was compared with it, not converted.</source>
        <translation>Kwota w %1 to kwota opublikowana przez %2: %3. Wartość porównano z nią bez przeliczania.</translation>
    </message>
</context>
<context>
    <name>BrowsePanel</name>
    <message>
        <location filename="../../ipt_desktop/ui/browse_panel.py" line="+53"/>
        <source>Browse</source>
        <translation>Przeglądaj</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Types</source>
        <translation>Typy</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Topics</source>
        <translation>Tematy</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stages</source>
        <translation>Etapy</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Procedures</source>
        <translation>Procedury</translation>
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
        <translation>Wszystkie dokumenty</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What&apos;s new</source>
        <translation>Nowości</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bookmarks</source>
        <translation>Zakładki</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>History</source>
        <translation>Historia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>My notes</source>
        <translation>Moje notatki</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Upcoming events</source>
        <translation>Nadchodzące wydarzenia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Newsletter</source>
        <translation>Newsletter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Decks</source>
        <translation>Prezentacje</translation>
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
        <translation>Prezentacja IPT (*.ipt-deck.json *.json)</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>3 slides per page, with lines for notes</source>
        <translation>3 slajdy na stronę, z liniami na notatki</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1 slide per page (landscape)</source>
        <translation>1 slajd na stronę (poziomo)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>2 slides per page</source>
        <translation>2 slajdy na stronę</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>6 slides per page</source>
        <translation>6 slajdów na stronę</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1 slide per page with its presenter notes</source>
        <translation>1 slajd na stronę wraz z notatkami prelegenta</translation>
    </message>
    <message>
        <location filename="../../ipt_desktop/ui/deck_panel.py" line="+101"/>
        <source>Present</source>
        <translation>Prezentuj</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Move up</source>
        <translation>Przesuń w górę</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move down</source>
        <translation>Przesuń w dół</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Export handout PDF…</source>
        <translation>Eksportuj materiały informacyjne do PDF…</translation>
    </message>
    <message>
        <location line="-40"/>
        <location line="+64"/>
        <source>Decks</source>
        <translation>Prezentacje</translation>
    </message>
    <message>
        <location line="-60"/>
        <source>Documents in the deck</source>
        <translation>Dokumenty w prezentacji</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Remove from deck</source>
        <translation>Usuń z prezentacji</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>New deck…</source>
        <translation>Nowa prezentacja…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rename deck…</source>
        <translation>Zmień nazwę prezentacji…</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+218"/>
        <source>Delete deck</source>
        <translation>Usuń prezentację</translation>
    </message>
    <message>
        <location line="-215"/>
        <source>Export to PowerPoint…</source>
        <translation>Eksportuj do formatu PowerPoint…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export deck file…</source>
        <translation>Eksportuj plik prezentacji…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import deck file…</source>
        <translation>Importuj plik prezentacji…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Deck</source>
        <translation>Prezentacja</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Slides come from, in order:</source>
        <translation>Slajdy pochodzą kolejno z:</translation>
    </message>
    <message>
        <location line="+120"/>
        <source>Wrote {0}.</source>
        <translation>Zapisano {0}.</translation>
    </message>
    <message numerus="yes">
        <location line="+17"/>
        <source>Wrote %1 (%n page(s)).</source>
        <translation>
            <numerusform>Zapisano %1 (%n strona).</numerusform>
            <numerusform>Zapisano %1 (%n strony).</numerusform>
            <numerusform>Zapisano %1 (%n stron).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+14"/>
        <source>Wrote %1 (%n slide(s)).</source>
        <translation>
            <numerusform>Zapisano %1 (%n slajd).</numerusform>
            <numerusform>Zapisano %1 (%n slajdy).</numerusform>
            <numerusform>Zapisano %1 (%n slajdów).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>Imported the deck “%1” with %n document(s).</source>
        <translation>
            <numerusform>Zaimportowano prezentację „%1” z %n dokumentem.</numerusform>
            <numerusform>Zaimportowano prezentację „%1” z %n dokumentami.</numerusform>
            <numerusform>Zaimportowano prezentację „%1” z %n dokumentami.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+14"/>
        <source>New deck</source>
        <translation>Nowa prezentacja</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Rename deck</source>
        <translation>Zmień nazwę prezentacji</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Delete the deck “{0}”? The documents stay in the library.</source>
        <translation>Usunąć prezentację „{0}”? Dokumenty pozostaną w bibliotece.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Export deck file</source>
        <translation>Eksportuj plik prezentacji</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Import deck file</source>
        <translation>Importuj plik prezentacji</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Export to PowerPoint</source>
        <translation>Eksportuj do formatu PowerPoint</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>PowerPoint files (*.pptx)</source>
        <translation>Pliki PowerPoint (*.pptx)</translation>
    </message>
    <message>
        <location line="-82"/>
        <source>Not in this library: {0}.</source>
        <translation>Brak w tej bibliotece: {0}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Changed since the export: {0}.</source>
        <translation>Zmienione od czasu eksportu: {0}.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Name:</source>
        <translation>Nazwa:</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>New name:</source>
        <translation>Nowa nazwa:</translation>
    </message>
    <message>
        <location line="+42"/>
        <location line="+10"/>
        <source>Export handout PDF</source>
        <translation>Eksportuj materiały informacyjne do PDF</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>Layout:</source>
        <translation>Układ:</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>PDF files (*.pdf)</source>
        <translation>Pliki PDF (*.pdf)</translation>
    </message>
</context>
<context>
    <name>FilterChips</name>
    <message>
        <location filename="../../ipt_desktop/ui/filter_chips.py" line="+24"/>
        <source>Active filters</source>
        <translation>Aktywne filtry</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Remove this filter</source>
        <translation>Usuń ten filtr</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove filter %1</source>
        <translation>Usuń filtr %1</translation>
    </message>
</context>
<context>
    <name>FindBar</name>
    <message>
        <location filename="../../ipt_desktop/ui/find_bar.py" line="+23"/>
        <location line="+1"/>
        <source>Find in document</source>
        <translation>Znajdź w dokumencie</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Previous match (Shift+F3)</source>
        <translation>Poprzednie wystąpienie (Shift+F3)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Previous match</source>
        <translation>Poprzednie wystąpienie</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Next match (F3)</source>
        <translation>Następne wystąpienie (F3)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next match</source>
        <translation>Następne wystąpienie</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Close find bar</source>
        <translation>Zamknij pasek wyszukiwania</translation>
    </message>
    <message numerus="yes">
        <location line="+40"/>
        <source>%n match(es)</source>
        <translation>
            <numerusform>%n wystąpienie</numerusform>
            <numerusform>%n wystąpienia</numerusform>
            <numerusform>%n wystąpień</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LibraryCalls</name>
    <message>
        <location filename="../../ipt_desktop/ui/library_calls.py" line="+93"/>
        <source>This document is too large or too deeply nested to show with its formatting; the rest of it is shown as plain text.</source>
        <translation>Ten dokument jest zbyt duży lub zbyt głęboko zagnieżdżony, aby wyświetlić go z formatowaniem; pozostała część jest wyświetlana jako zwykły tekst.</translation>
    </message>
    <message>
        <location line="+85"/>
        <source>This document is no longer in the library (removed by a sync or import).</source>
        <translation>Tego dokumentu nie ma już w bibliotece (usunięty podczas synchronizacji lub importu).</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Bookmarked %1</source>
        <translation>Dodano do zakładek %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Opened %1</source>
        <translation>Otwarto %1</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>the bundled library</source>
        <translation>dołączoną bibliotekę</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>an import</source>
        <translation>import</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Added by %1 on %2</source>
        <translation>Dodane przez %1 dnia %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Updated by %1 on %2</source>
        <translation>Zaktualizowane przez %1 dnia %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Removed by %1 on %2</source>
        <translation>Usunięte przez %1 dnia %2</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Online</source>
        <translation>Online</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>past</source>
        <translation>minione</translation>
    </message>
</context>
<context>
    <name>LibraryTasks</name>
    <message>
        <location filename="../../ipt_desktop/ui/library_tasks.py" line="+78"/>
        <source>Could not prepare the library: %1</source>
        <translation>Nie udało się przygotować biblioteki: %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Rebuilding the search index in the background (%1). You can keep reading; search results fill in when it is done.</source>
        <translation>Trwa przebudowa indeksu wyszukiwania w tle (%1). Możesz czytać dalej; wyniki wyszukiwania pojawią się po jej zakończeniu.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Rebuilding the search index…</source>
        <translation>Przebudowywanie indeksu wyszukiwania…</translation>
    </message>
    <message numerus="yes">
        <location line="+17"/>
        <source>Search index rebuilt: %n document(s).</source>
        <translation>
            <numerusform>Przebudowano indeks wyszukiwania: %n dokument.</numerusform>
            <numerusform>Przebudowano indeks wyszukiwania: %n dokumenty.</numerusform>
            <numerusform>Przebudowano indeks wyszukiwania: %n dokumentów.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Import a folder of Markdown files or a content pack</source>
        <translation>Importuj folder z plikami Markdown lub pakiet treści</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Imported: %1 added, %2 updated.</source>
        <translation>Import zakończony: dodano %1, zaktualizowano %2.</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%n file(s) refused; first: %1</source>
        <translation>
            <numerusform>Odrzucono %n plik: %1</numerusform>
            <numerusform>Odrzucono %n pliki; pierwszy: %1</numerusform>
            <numerusform>Odrzucono %n plików; pierwszy: %1</numerusform>
        </translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Add to calendar</source>
        <translation>Dodaj do kalendarza</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Calendar files (*.ics)</source>
        <translation>Pliki kalendarza (*.ics)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Saved %1. Open it with your calendar.</source>
        <translation>Zapisano %1. Otwórz ten plik w swoim kalendarzu.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ipt_desktop/ui/main_window.py" line="+118"/>
        <source>%1: open a document first.</source>
        <translation>%1: najpierw otwórz dokument.</translation>
    </message>
    <message>
        <location line="+217"/>
        <source>Citation copied to the clipboard.</source>
        <translation>Skopiowano cytowanie do schowka.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Bookmarked.</source>
        <translation>Dodano zakładkę.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Bookmark removed.</source>
        <translation>Usunięto zakładkę.</translation>
    </message>
</context>
<context>
    <name>NewProjectDialog</name>
    <message>
        <location filename="../../ipt_desktop/ui/project_tasks.py" line="+77"/>
        <source>New procurement project</source>
        <translation>Nowy projekt zakupowy</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>optional, e.g. 250000</source>
        <translation>opcjonalnie, np. 250000</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Name:</source>
        <translation>Nazwa:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Procedure:</source>
        <translation>Procedura:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Estimated value:</source>
        <translation>Szacunkowa wartość:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Currency:</source>
        <translation>Waluta:</translation>
    </message>
</context>
<context>
    <name>PdfExport</name>
    <message>
        <location filename="../../ipt_desktop/ui/pdf_export.py" line="+88"/>
        <source>Slide</source>
        <translation>Slajd</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Print “{0}”</source>
        <translation>Drukuj „{0}”</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Page</source>
        <translation>Strona</translation>
    </message>
    <message>
        <location filename="../../ipt_desktop/ui/pdf_pages.py" line="+124"/>
        <source>Slides: %1</source>
        <translation>Slajdy: %1</translation>
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
        <translation>Ustawienia</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Follow the system</source>
        <translation>Zgodnie z systemem</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Light</source>
        <translation>Jasny</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dark</source>
        <translation>Ciemny</translation>
    </message>
    <message>
        <location line="+5"/>
        <source> pt</source>
        <translation> pt</translation>
    </message>
    <message>
        <location line="+6"/>
        <source> hours</source>
        <translation> godz.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Never (sync by hand)</source>
        <translation>Nigdy (synchronizacja ręczna)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Use the system settings</source>
        <translation>Użyj ustawień systemowych</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No proxy</source>
        <translation>Bez proxy</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Manual</source>
        <translation>Ręcznie</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Theme:</source>
        <translation>&amp;Motyw:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reader &amp;font size:</source>
        <translation>Rozmiar &amp;czcionki w czytniku:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Interface &amp;language:</source>
        <translation>&amp;Język interfejsu:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Sync every:</source>
        <translation>&amp;Synchronizuj co:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Proxy:</source>
        <translation>&amp;Proxy:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Proxy &amp;address:</source>
        <translation>Adres pro&amp;xy:</translation>
    </message>
</context>
<context>
    <name>PresentationWindow</name>
    <message>
        <location filename="../../ipt_desktop/ui/presentation_window.py" line="+38"/>
        <source>Slide number</source>
        <translation>Numer slajdu</translation>
    </message>
    <message>
        <location line="+106"/>
        <source>Go to {0}… / {1}</source>
        <translation>Przejdź do {0}… / {1}</translation>
    </message>
</context>
<context>
    <name>PresenterView</name>
    <message>
        <location filename="../../ipt_desktop/ui/presenter_view.py" line="+46"/>
        <source>Presenter view — {0}</source>
        <translation>Widok prezentera — {0}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Current slide</source>
        <translation>Bieżący slajd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next slide</source>
        <translation>Następny slajd</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Presenter notes</source>
        <translation>Notatki prelegenta</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Next</source>
        <translation>Następny</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Notes</source>
        <translation>Notatki</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>No notes for this slide.</source>
        <translation>Brak notatek do tego slajdu.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The audience screen is blank (press B to show it).</source>
        <translation>Ekran dla widowni jest wygaszony (naciśnij B, aby go pokazać).</translation>
    </message>
</context>
<context>
    <name>ProcedureDialog</name>
    <message>
        <location filename="../../ipt_desktop/ui/procedure_dialog.py" line="+70"/>
        <source>Choose a procedure</source>
        <translation>Wybierz procedurę</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Copy</source>
        <translation>Kopiuj</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save to notes</source>
        <translation>Zapisz w notatkach</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export PDF…</source>
        <translation>Eksportuj do PDF…</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>&lt; Back</source>
        <translation>&lt; Wstecz</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next &gt;</source>
        <translation>Dalej &gt;</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Start again</source>
        <translation>Zacznij od nowa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close</source>
        <translation>Zamknij</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Loading the questions…</source>
        <translation>Wczytywanie pytań…</translation>
    </message>
    <message>
        <location line="+94"/>
        <source>Question %1</source>
        <translation>Pytanie %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Work it out from the estimated value</source>
        <translation>Ustal na podstawie szacunkowej wartości</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Recommendation</source>
        <translation>Rekomendacja</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Copied to the clipboard.</source>
        <translation>Skopiowano do schowka.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Saved to your note on “%1” (My notes).</source>
        <translation>Zapisano w notatce do „%1” (Moje notatki).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Export the recommendation as PDF</source>
        <translation>Eksportuj rekomendację do PDF</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>PDF files (*.pdf)</source>
        <translation>Pliki PDF (*.pdf)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Recommended procedure: %1</source>
        <translation>Zalecana procedura: %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Saved %1.</source>
        <translation>Zapisano %1.</translation>
    </message>
    <message>
        <location filename="../../ipt_desktop/ui/advice_calls.py" line="+59"/>
        <source>Recommended procedure:</source>
        <translation>Zalecana procedura:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Read next</source>
        <translation>Warto przeczytać</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your answers</source>
        <translation>Udzielone odpowiedzi</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Why</source>
        <translation>Uzasadnienie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Articles</source>
        <translation>Artykuły</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Risks</source>
        <translation>Ryzyka</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Source: %1. A decision aid, not legal advice.</source>
        <translation>Źródło: %1. Narzędzie wspomagające decyzję, a nie porada prawna.</translation>
    </message>
</context>
<context>
    <name>ProjectsDialog</name>
    <message>
        <location filename="../../ipt_desktop/ui/projects_dialog.py" line="+73"/>
        <location filename="../../ipt_desktop/ui/projects_layout.py" line="+39"/>
        <source>Procurement projects</source>
        <translation>Projekty zakupowe</translation>
    </message>
    <message>
        <location filename="../../ipt_desktop/ui/projects_layout.py" line="+2"/>
        <source>&amp;New…</source>
        <translation>&amp;Nowy…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Delete…</source>
        <translation>&amp;Usuń…</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Items done</source>
        <translation>Wykonane punkty</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Item</source>
        <translation>Punkt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note</source>
        <translation>Notatka</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Checklist</source>
        <translation>Lista kontrolna</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Note on the selected item</source>
        <translation>Notatka do wybranego punktu</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your note on the selected item</source>
        <translation>Twoja notatka do wybranego punktu</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Save note</source>
        <translation>&amp;Zapisz notatkę</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Open section</source>
        <translation>&amp;Otwórz sekcję</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Read the library section that explains the selected item</source>
        <translation>Przeczytaj sekcję biblioteki, która wyjaśnia wybrany punkt</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Export &amp;Markdown…</source>
        <translation>Eksportuj do &amp;Markdown…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export &amp;PDF…</source>
        <translation>Eksportuj do &amp;PDF…</translation>
    </message>
    <message>
        <location filename="../../ipt_desktop/ui/projects_dialog.py" line="+107"/>
        <source>%1 of %2 items done</source>
        <translation>Wykonano %1 z %2 punktów</translation>
    </message>
    <message>
        <location line="+101"/>
        <source>Delete project</source>
        <translation>Usuń projekt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete the project “%1” with its ticks and notes? This cannot be undone.</source>
        <translation>Usunąć projekt „%1” wraz z zaznaczeniami i notatkami? Tej operacji nie można cofnąć.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Markdown files (*.md)</source>
        <translation>Pliki Markdown (*.md)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>PDF files (*.pdf)</source>
        <translation>Pliki PDF (*.pdf)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Export checklist</source>
        <translation>Eksportuj listę kontrolną</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Saved %1</source>
        <translation>Zapisano %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Error: %1</source>
        <translation>Błąd: %1</translation>
    </message>
</context>
<context>
    <name>ReaderPanel</name>
    <message>
        <location filename="../../ipt_desktop/ui/loading_bar.py" line="+21"/>
        <source>Loading progress</source>
        <translation>Postęp wczytywania</translation>
    </message>
    <message>
        <location filename="../../ipt_desktop/ui/reader_panel.py" line="+86"/>
        <source>Choose a document from the list, or type in the search field (Ctrl+K).</source>
        <translation>Wybierz dokument z listy lub wpisz szukaną frazę w polu wyszukiwania (Ctrl+K).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Table of contents</source>
        <translation>Spis treści</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Document details</source>
        <translation>Szczegóły dokumentu</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Related documents</source>
        <translation>Powiązane dokumenty</translation>
    </message>
    <message>
        <location filename="../../ipt_desktop/ui/note_editor.py" line="+36"/>
        <source>Your private note on this document. It is saved as you type.</source>
        <translation>Twoja prywatna notatka do tego dokumentu. Jest zapisywana na bieżąco podczas pisania.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Personal note</source>
        <translation>Notatka osobista</translation>
    </message>
    <message>
        <location filename="../../ipt_desktop/ui/reader_panel.py" line="+8"/>
        <source>Outline</source>
        <translation>Konspekt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Details</source>
        <translation>Szczegóły</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Related</source>
        <translation>Powiązane</translation>
    </message>
    <message>
        <location filename="../../ipt_desktop/ui/note_editor.py" line="+2"/>
        <source>Note status</source>
        <translation>Stan notatki</translation>
    </message>
    <message>
        <location filename="../../ipt_desktop/ui/reader_panel.py" line="+3"/>
        <source>Note</source>
        <translation>Notatka</translation>
    </message>
    <message>
        <location filename="../../ipt_desktop/ui/note_editor.py" line="+24"/>
        <source>Not saved yet. Trying again…</source>
        <translation>Jeszcze nie zapisano. Ponawianie próby…</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+29"/>
        <source>Saved</source>
        <translation>Zapisano</translation>
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
        <translation>Tematy</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stages</source>
        <translation>Etapy</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Procedures</source>
        <translation>Procedury</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sectors</source>
        <translation>Sektory</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Objectives</source>
        <translation>Cele</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Countries</source>
        <translation>Kraje</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Year</source>
        <translation>Rok</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Registration</source>
        <translation>Rejestracja</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Licence</source>
        <translation>Licencja</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Updated</source>
        <translation>Zaktualizowano</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Document id</source>
        <translation>Identyfikator dokumentu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sources</source>
        <translation>Źródła</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Full text in English</source>
        <translation>Pełny tekst w języku angielskim</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Full text in %1</source>
        <translation>Pełny tekst (%1)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Facts checked on %1</source>
        <translation>Fakty sprawdzono %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This document may be out of date: its facts held until %1. &lt;a href=&apos;ipt://sync&apos;&gt;Sync now&lt;/a&gt; to fetch newer content.</source>
        <translation>Ten dokument może być nieaktualny: zawarte w nim informacje były aktualne do %1. &lt;a href=&apos;ipt://sync&apos;&gt;Synchronizuj teraz&lt;/a&gt;, aby pobrać nowsze treści.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Read in:</source>
        <translation>Czytaj w języku:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add to calendar</source>
        <translation>Dodaj do kalendarza</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This document is very long; its first part is shown.</source>
        <translation>Ten dokument jest bardzo długi; wyświetlono jego pierwszą część.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Show the rest</source>
        <translation>Pokaż resztę</translation>
    </message>
    <message>
        <location filename="../../ipt_desktop/ui/loading_bar.py" line="+18"/>
        <source>Loading the document… %p%</source>
        <translation>Wczytywanie dokumentu… %p%</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Opening…</source>
        <translation>Otwieranie…</translation>
    </message>
    <message>
        <location filename="../../ipt_desktop/ui/reader_pages.py" line="+8"/>
        <source>This document was removed</source>
        <translation>Ten dokument został usunięty</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“%1” is no longer in the library. It may have been withdrawn by its publisher in a sync. Your bookmark and note are kept.</source>
        <translation>Dokumentu „%1” nie ma już w bibliotece. Mógł zostać wycofany przez wydawcę i usunięty podczas synchronizacji. Twoja zakładka i notatka zostały zachowane.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>This document could not be opened</source>
        <translation>Nie udało się otworzyć tego dokumentu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Opening “%1” failed. The reason is below.</source>
        <translation>Otwarcie „%1” nie powiodło się. Przyczyna jest podana poniżej.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Try again</source>
        <translation>Spróbuj ponownie</translation>
    </message>
    <message>
        <location filename="../../ipt_desktop/ui/reader_panel.py" line="+266"/>
        <source>Bookmark not saved: %1</source>
        <translation>Nie zapisano zakładki: %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Bookmark not removed: %1</source>
        <translation>Nie usunięto zakładki: %1</translation>
    </message>
    <message>
        <location filename="../../ipt_desktop/ui/note_editor.py" line="-25"/>
        <source>Editing…</source>
        <translation>Edytowanie…</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Saving…</source>
        <translation>Zapisywanie…</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Not saved: %1. Trying again…</source>
        <translation>Nie zapisano: %1. Ponawianie próby…</translation>
    </message>
</context>
<context>
    <name>ReaderView</name>
    <message>
        <location filename="../../ipt_desktop/ui/reader_view.py" line="+56"/>
        <source>Document reader</source>
        <translation>Czytnik dokumentów</translation>
    </message>
</context>
<context>
    <name>ResultListModel</name>
    <message>
        <location filename="../../ipt_desktop/ui/result_model.py" line="+46"/>
        <source>Answer:</source>
        <translation>Odpowiedź:</translation>
    </message>
</context>
<context>
    <name>SearchPanel</name>
    <message>
        <location filename="../../ipt_desktop/ui/empty_state.py" line="+16"/>
        <source>Bookmark a document with Ctrl+D and it appears here.</source>
        <translation>Dodaj zakładkę do dokumentu skrótem Ctrl+D, a dokument pojawi się tutaj.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The documents you open appear here.</source>
        <translation>Tutaj pojawiają się otwierane dokumenty.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write a note in a document&apos;s Note tab and it appears here.</source>
        <translation>Napisz notatkę na karcie „Notatka” dokumentu, a pojawi się ona tutaj.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>New and updated documents from your sources appear here after a sync.</source>
        <translation>Nowe i zaktualizowane dokumenty ze źródeł pojawiają się tutaj po synchronizacji.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Events arrive with the library&apos;s updates.</source>
        <translation>Wydarzenia pojawiają się wraz z aktualizacjami biblioteki.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Newsletter issues arrive with the library&apos;s updates.</source>
        <translation>Wydania newslettera pojawiają się wraz z aktualizacjami biblioteki.</translation>
    </message>
    <message>
        <location filename="../../ipt_desktop/ui/search_panel.py" line="+87"/>
        <source>Search guides, practices, stories, terms…  (Ctrl+K)</source>
        <translation>Szukaj przewodników, praktyk, historii, terminów…  (Ctrl+K)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Search</source>
        <translation>Wyszukiwanie</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Result summary</source>
        <translation>Podsumowanie wyników</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Removed</source>
        <translation>Usunięty</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Results</source>
        <translation>Wyniki</translation>
    </message>
    <message>
        <location filename="../../ipt_desktop/ui/empty_state.py" line="+21"/>
        <source>No results</source>
        <translation>Brak wyników</translation>
    </message>
    <message>
        <location filename="../../ipt_desktop/ui/search_panel.py" line="+7"/>
        <source>Clear filters</source>
        <translation>Wyczyść filtry</translation>
    </message>
    <message>
        <location line="+211"/>
        <source>Search failed: %1</source>
        <translation>Wyszukiwanie nie powiodło się: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n pozycja</numerusform>
            <numerusform>%n pozycje</numerusform>
            <numerusform>%n pozycji</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n result(s)</source>
        <translation>
            <numerusform>%n wynik</numerusform>
            <numerusform>%n wyniki</numerusform>
            <numerusform>%n wyników</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Did you mean “%1”?</source>
        <translation>Czy chodziło o „%1”?</translation>
    </message>
    <message>
        <location filename="../../ipt_desktop/ui/empty_state.py" line="+16"/>
        <source>Nothing here yet.</source>
        <translation>Na razie nic tu nie ma.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Sync now</source>
        <translation>Synchronizuj teraz</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No documents match.</source>
        <translation>Brak pasujących dokumentów.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Search for “%1”</source>
        <translation>Szukaj „%1”</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Clear the filters</source>
        <translation>Wyczyść filtry</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Check the spelling, use fewer words, or try an acronym such as PCP or MEAT.</source>
        <translation>Sprawdź pisownię, użyj mniejszej liczby słów lub spróbuj skrótu, np. PCP lub MEAT.</translation>
    </message>
</context>
<context>
    <name>SourcesDialog</name>
    <message>
        <location filename="../../ipt_desktop/ui/sources_dialog.py" line="-20"/>
        <location line="+198"/>
        <source>Error: %1</source>
        <translation>Błąd: %1</translation>
    </message>
    <message>
        <location line="-196"/>
        <source>OK at %1</source>
        <translation>Pomyślnie: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Never synced</source>
        <translation>Nigdy nie synchronizowano</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Sources</source>
        <translation>Źródła</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Enabled</source>
        <translation>Włączone</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Name</source>
        <translation>Nazwa</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Address</source>
        <translation>Adres</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Kind</source>
        <translation>Rodzaj</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Last result</source>
        <translation>Ostatni wynik</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Add…</source>
        <translation>Dodaj…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove</source>
        <translation>Usuń</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sync now</source>
        <translation>Synchronizuj teraz</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Close</source>
        <translation>Zamknij</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Remove source</source>
        <translation>Usuń źródło</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove “%1”? Its documents stay in the library.</source>
        <translation>Usunąć „%1”? Dokumenty z tego źródła pozostaną w bibliotece.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>No enabled sources to sync.</source>
        <translation>Brak włączonych źródeł do synchronizacji.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Waiting…</source>
        <translation>Oczekiwanie…</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>%1 (suggested)</source>
        <translation>%1 (sugerowane)</translation>
    </message>
    <message numerus="yes">
        <location line="+41"/>
        <source>Synced %1 of %n source(s); %2 failed.</source>
        <translation>
            <numerusform>Zsynchronizowano %1 z %n źródła; nieudane: %2.</numerusform>
            <numerusform>Zsynchronizowano %1 z %n źródeł; nieudane: %2.</numerusform>
            <numerusform>Zsynchronizowano %1 z %n źródeł; nieudane: %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Synced %n source(s).</source>
        <translation>
            <numerusform>Zsynchronizowano %n źródło.</numerusform>
            <numerusform>Zsynchronizowano %n źródła.</numerusform>
            <numerusform>Zsynchronizowano %n źródeł.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SyncTasks</name>
    <message>
        <location filename="../../ipt_desktop/ui/sync_tasks.py" line="+84"/>
        <source>Syncing your sources…</source>
        <translation>Synchronizowanie źródeł…</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>No sources to sync. Add or enable one under File › Sources.</source>
        <translation>Brak źródeł do synchronizacji. Dodaj lub włącz źródło w menu Plik › Źródła.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sync: %1 new, %2 updated, %3 removed.</source>
        <translation>Synchronizacja: nowe – %1, zaktualizowane – %2, usunięte – %3.</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>%n source(s) failed: %1</source>
        <translation>
            <numerusform>%n źródło z błędem: %1</numerusform>
            <numerusform>%n źródła z błędem: %1</numerusform>
            <numerusform>%n źródeł z błędem: %1</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Sync failed: %1</source>
        <translation>Synchronizacja nie powiodła się: %1</translation>
    </message>
</context>
<context>
    <name>ThresholdDialog</name>
    <message>
        <location filename="../../ipt_desktop/ui/threshold_dialog.py" line="+168"/>
        <source>Threshold check</source>
        <translation>Sprawdzanie progu</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Is the estimated value of a contract above the EU threshold? The answer updates as you type.</source>
        <translation>Czy szacunkowa wartość zamówienia przekracza próg unijny? Odpowiedź aktualizuje się podczas wpisywania.</translation>
    </message>
</context>
<context>
    <name>ThresholdForm</name>
    <message>
        <location line="-133"/>
        <source>Estimated value, net of VAT</source>
        <translation>Szacunkowa wartość bez podatku od wartości dodanej (VAT)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Estimated value</source>
        <translation>Szacunkowa wartość</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Currency</source>
        <translation>Waluta</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Buyer</source>
        <translation>Zamawiający</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Kind of contract</source>
        <translation>Rodzaj zamówienia</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Estimated value:</source>
        <translation>Szacunkowa wartość:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Currency:</source>
        <translation>Waluta:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Buyer:</source>
        <translation>Zamawiający:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind of contract:</source>
        <translation>Rodzaj zamówienia:</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Thresholds valid from %1 to %2. Type a value to check it.</source>
        <translation>Progi obowiązujące od %1 do %2. Wpisz wartość, aby ją sprawdzić.</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>“%1” is not a number.</source>
        <translation>„%1” nie jest liczbą.</translation>
    </message>
</context>
<context>
    <name>TrainerActions</name>
    <message numerus="yes">
        <location filename="../../ipt_desktop/ui/trainer_actions.py" line="+80"/>
        <source>Wrote %1 (%n page(s)).</source>
        <translation>
            <numerusform>Zapisano %1 (%n strona).</numerusform>
            <numerusform>Zapisano %1 (%n strony).</numerusform>
            <numerusform>Zapisano %1 (%n stron).</numerusform>
        </translation>
    </message>
    <message>
        <location line="+16"/>
        <source>This document is already in the deck “{0}”.</source>
        <translation>Ten dokument jest już w prezentacji „{0}”.</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Added to the deck “%1” (%n document(s)).</source>
        <translation>
            <numerusform>Dodano do prezentacji „%1” (%n dokument).</numerusform>
            <numerusform>Dodano do prezentacji „%1” (%n dokumenty).</numerusform>
            <numerusform>Dodano do prezentacji „%1” (%n dokumentów).</numerusform>
        </translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Export PDF</source>
        <translation>Eksportuj do PDF</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>PDF files (*.pdf)</source>
        <translation>Pliki PDF (*.pdf)</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Add to deck</source>
        <translation>Dodaj do prezentacji</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deck (type a new name to create one):</source>
        <translation>Prezentacja (wpisz nową nazwę, aby ją utworzyć):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Workshop</source>
        <translation>Warsztaty</translation>
    </message>
</context>
<context>
    <name>WindowFrame</name>
    <message>
        <location filename="../../ipt_desktop/ui/window_frame.py" line="+28"/>
        <source>Main toolbar</source>
        <translation>Główny pasek narzędzi</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Find</source>
        <translation>Znajdź</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Smaller</source>
        <translation>Mniejszy</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Larger</source>
        <translation>Większy</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cite</source>
        <translation>Cytuj</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>To deck</source>
        <translation>Do prezentacji</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PDF</source>
        <translation>PDF</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sync</source>
        <translation>Synchronizuj</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Background work in progress</source>
        <translation>Trwają zadania w tle</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Working in the background…</source>
        <translation>Praca w tle…</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>In the window</source>
        <translation>W oknie</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>While presenting</source>
        <translation>Podczas prezentacji</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Keyboard shortcuts</source>
        <translation>Skróty klawiaturowe</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>About %1</source>
        <translation>O programie %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&lt;h3&gt;%1 %2&lt;/h3&gt;&lt;p&gt;An offline library on innovation procurement for public buyers, trainers and suppliers, from the Innovation Procurement Task Force: PROCEDIN, BUILD and Health InnoFacilitator.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;%1 %2&lt;/h3&gt;&lt;p&gt;Biblioteka offline poświęcona zamówieniom na innowacje, przeznaczona dla nabywców publicznych, trenerów i dostawców, przygotowana przez Innovation Procurement Task Force: PROCEDIN, BUILD i Health InnoFacilitator.&lt;/p&gt;</translation>
    </message>
</context>
</TS>
