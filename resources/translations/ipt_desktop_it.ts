<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="it" sourcelanguage="en">
<context>
    <name></name>
    <message>
        <location filename="../../ipt_desktop/ui/main_actions.py" line="+84"/>
        <source>&amp;Search</source>
        <translation>&amp;Cerca</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Go to the search field</source>
        <translation>Vai al campo di ricerca</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Back</source>
        <translation>&amp;Indietro</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Back to the previous document</source>
        <translation>Torna al documento precedente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Forward</source>
        <translation>&amp;Avanti</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Forward to the next document</source>
        <translation>Vai al documento successivo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Bookmark</source>
        <translation>&amp;Segnalibro</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Bookmark this document</source>
        <translation>Aggiungi questo documento ai segnalibri</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Find in document…</source>
        <translation>&amp;Trova nel documento…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Find in this document</source>
        <translation>Trova in questo documento</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Next match</source>
        <translation>Occorrenza &amp;successiva</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Next match in this document</source>
        <translation>Occorrenza successiva in questo documento</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Pre&amp;vious match</source>
        <translation>Occorrenza p&amp;recedente</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Previous match in this document</source>
        <translation>Occorrenza precedente in questo documento</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Zoom &amp;in</source>
        <translation>In&amp;grandisci</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Larger text</source>
        <translation>Testo più grande</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zoom &amp;out</source>
        <translation>&amp;Riduci</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Smaller text</source>
        <translation>Testo più piccolo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Reset zoom</source>
        <translation>Reimposta &amp;zoom</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Normal text size</source>
        <translation>Dimensione del testo normale</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Copy &amp;citation</source>
        <translation>Copia c&amp;itazione</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Copy a citation of this document</source>
        <translation>Copia la citazione di questo documento</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add to &amp;calendar…</source>
        <translation>Aggiungi al &amp;calendario…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Save this event as an .ics file</source>
        <translation>Salva questo evento come file .ics</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Present</source>
        <translation>&amp;Presenta</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Present this document as slides</source>
        <translation>Presenta questo documento come slide</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Export PDF…</source>
        <translation>Esporta &amp;PDF…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Save this document as a PDF</source>
        <translation>Salva questo documento in formato PDF</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Print…</source>
        <translation>S&amp;tampa…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Print this document</source>
        <translation>Stampa questo documento</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add to &amp;deck…</source>
        <translation>&amp;Aggiungi alla presentazione…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Add this document to a deck</source>
        <translation>Aggiungi questo documento a una presentazione</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Import…</source>
        <translation>&amp;Importa…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Import Markdown files or a content pack</source>
        <translation>Importa file Markdown o un pacchetto di contenuti</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>S&amp;ync now</source>
        <translation>&amp;Sincronizza ora</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Fetch new content from your sources</source>
        <translation>Scarica i nuovi contenuti dalle fonti</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>S&amp;ources…</source>
        <translation>&amp;Fonti…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Manage content sources</source>
        <translation>Gestisci le fonti di contenuti</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Procurement &amp;projects…</source>
        <translation>&amp;Progetti di acquisto…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stage checklists for your procurement projects</source>
        <translation>Liste di controllo per fase per i vostri progetti di acquisto</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Rebuild search index</source>
        <translation>&amp;Ricostruisci indice di ricerca</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Rebuild the search index</source>
        <translation>Ricostruisci l&apos;indice di ricerca</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Choose a procedure…</source>
        <translation>&amp;Scegli una procedura…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Answer a few questions to find a fitting procedure</source>
        <translation>Rispondere ad alcune domande per trovare una procedura adatta</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Threshold check…</source>
        <translation>&amp;Verifica la soglia…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Is a contract value above the EU threshold?</source>
        <translation>Il valore di un appalto supera la soglia UE?</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Preferences…</source>
        <translation>&amp;Preferenze…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Theme, font, sync and proxy</source>
        <translation>Tema, carattere, sincronizzazione e proxy</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Scorciatoie da tastiera</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>List the keyboard shortcuts</source>
        <translation>Elenca le scorciatoie da tastiera</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next &amp;panel</source>
        <translation>&amp;Pannello successivo</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Move to the next panel</source>
        <translation>Passa al pannello successivo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Previous pa&amp;nel</source>
        <translation>Pannello pr&amp;ecedente</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Move to the previous panel</source>
        <translation>Passa al pannello precedente</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;About IPT Desktop</source>
        <translation>&amp;Informazioni su IPT Desktop</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>About this application</source>
        <translation>Informazioni su questa applicazione</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Quit</source>
        <translation>&amp;Esci</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Quit</source>
        <translation>Esci</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Edit</source>
        <translation>&amp;Modifica</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;View</source>
        <translation>&amp;Visualizza</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Document</source>
        <translation>&amp;Documento</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Tools</source>
        <translation>&amp;Strumenti</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Help</source>
        <translation>&amp;Aiuto</translation>
    </message>
    <message>
        <location filename="../../ipt_desktop/ui/presentation_window.py" line="+36"/>
        <source>Next slide</source>
        <translation>Slide successiva</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Previous slide</source>
        <translation>Slide precedente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>First slide, last slide</source>
        <translation>Prima slide, ultima slide</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Go to slide number</source>
        <translation>Vai a un numero di slide</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>digits, then %1</source>
        <translation>cifre, poi %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Blank screen</source>
        <translation>Oscura lo schermo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Speaker view (notes, next slide, timer), open or close</source>
        <translation>Apri o chiudi la visualizzazione relatore (note, slide successiva, timer)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>End the presentation</source>
        <translation>Termina la presentazione</translation>
    </message>
</context>
<context>
    <name>AddSourceDialog</name>
    <message>
        <location filename="../../ipt_desktop/ui/sources_dialog.py" line="+86"/>
        <source>Add source</source>
        <translation>Aggiungi fonte</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>minisign public key or .pub file (signed feeds only)</source>
        <translation>Chiave pubblica minisign o file .pub (solo feed firmati)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Address:</source>
        <translation>Indirizzo:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name:</source>
        <translation>Nome:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Public key:</source>
        <translation>Chiave pubblica:</translation>
    </message>
</context>
<context>
    <name>Advice</name>
    <message>
        <location filename="../../ipt_desktop/ui/threshold_dialog.py" line="+42"/>
        <source>Central government authority</source>
        <translation>Autorità governativa centrale</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sub-central contracting authority (regional, local, other public body)</source>
        <translation>Amministrazione aggiudicatrice sub-centrale (regionale, locale, altro organismo pubblico)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Utility (water, energy, transport, postal services)</source>
        <translation>Ente aggiudicatore (acqua, energia, trasporti, servizi postali)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Defence and security contract</source>
        <translation>Appalto nei settori della difesa e della sicurezza</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Works</source>
        <translation>Lavori</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Supplies</source>
        <translation>Forniture</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Services</source>
        <translation>Servizi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Social and other specific services</source>
        <translation>Servizi sociali e altri servizi specifici</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Concession (works or services)</source>
        <translation>Concessione (di lavori o di servizi)</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>At the EU threshold: the directive applies (equal to or greater than).</source>
        <translation>Valore pari alla soglia UE: la direttiva si applica (importo pari o superiore alla soglia).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Above the EU threshold by %1.</source>
        <translation>Superiore di %1 alla soglia UE.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Below the EU threshold by %1.</source>
        <translation>Inferiore di %1 alla soglia UE.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Threshold: %1, %2, %3 %4.</source>
        <translation>Soglia: %1, %2, %3 %4.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Source: %1 (CELEX %2). Valid from %3 to %4.</source>
        <translation>Fonte: %1 (CELEX %2). Valida dal %3 al %4.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>What follows:</source>
        <translation>Conseguenze:</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The %1 amount is the one published by %2: %3. The value was compared with it, not converted.</source>
        <translation>L&apos;importo in %1 è quello pubblicato da %2: %3. Il valore è stato confrontato con esso, senza conversione.</translation>
    </message>
</context>
<context>
    <name>BrowsePanel</name>
    <message>
        <location filename="../../ipt_desktop/ui/browse_panel.py" line="+53"/>
        <source>Browse</source>
        <translation>Sfoglia</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Types</source>
        <translation>Tipi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Topics</source>
        <translation>Temi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stages</source>
        <translation>Fasi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Procedures</source>
        <translation>Procedure</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sectors</source>
        <translation>Settori</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Projects</source>
        <translation>Progetti</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>All documents</source>
        <translation>Tutti i documenti</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What&apos;s new</source>
        <translation>Novità</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bookmarks</source>
        <translation>Segnalibri</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>History</source>
        <translation>Cronologia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>My notes</source>
        <translation>Le mie note</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Upcoming events</source>
        <translation>Prossimi eventi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Newsletter</source>
        <translation>Newsletter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Decks</source>
        <translation>Presentazioni</translation>
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
        <translation>Presentazione IPT (*.ipt-deck.json *.json)</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>3 slides per page, with lines for notes</source>
        <translation>3 slide per pagina, con righe per le note</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1 slide per page (landscape)</source>
        <translation>1 slide per pagina (orizzontale)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>2 slides per page</source>
        <translation>2 slide per pagina</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>6 slides per page</source>
        <translation>6 slide per pagina</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1 slide per page with its presenter notes</source>
        <translation>1 slide per pagina con le relative note del relatore</translation>
    </message>
    <message>
        <location filename="../../ipt_desktop/ui/deck_panel.py" line="+101"/>
        <source>Present</source>
        <translation>Presenta</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Move up</source>
        <translation>Sposta su</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move down</source>
        <translation>Sposta giù</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Export handout PDF…</source>
        <translation>Esporta dispensa PDF…</translation>
    </message>
    <message>
        <location line="-40"/>
        <location line="+64"/>
        <source>Decks</source>
        <translation>Presentazioni</translation>
    </message>
    <message>
        <location line="-60"/>
        <source>Documents in the deck</source>
        <translation>Documenti nella presentazione</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Remove from deck</source>
        <translation>Rimuovi dalla presentazione</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>New deck…</source>
        <translation>Nuova presentazione…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rename deck…</source>
        <translation>Rinomina presentazione…</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+218"/>
        <source>Delete deck</source>
        <translation>Elimina presentazione</translation>
    </message>
    <message>
        <location line="-215"/>
        <source>Export to PowerPoint…</source>
        <translation>Esporta in PowerPoint…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export deck file…</source>
        <translation>Esporta file di presentazione…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import deck file…</source>
        <translation>Importa file di presentazione…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Deck</source>
        <translation>Presentazione</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Slides come from, in order:</source>
        <translation>Le slide provengono, nell&apos;ordine, da:</translation>
    </message>
    <message>
        <location line="+120"/>
        <source>Wrote {0}.</source>
        <translation>Salvato: {0}.</translation>
    </message>
    <message numerus="yes">
        <location line="+17"/>
        <source>Wrote %1 (%n page(s)).</source>
        <translation>
            <numerusform>Salvato: %1 (%n pagina).</numerusform>
            <numerusform>Salvato: %1 (%n pagine).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+14"/>
        <source>Wrote %1 (%n slide(s)).</source>
        <translation>
            <numerusform>Salvato: %1 (%n slide).</numerusform>
            <numerusform>Salvato: %1 (%n slide).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>Imported the deck “%1” with %n document(s).</source>
        <translation>
            <numerusform>Presentazione “%1” importata con %n documento.</numerusform>
            <numerusform>Presentazione “%1” importata con %n documenti.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+14"/>
        <source>New deck</source>
        <translation>Nuova presentazione</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Rename deck</source>
        <translation>Rinomina presentazione</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Delete the deck “{0}”? The documents stay in the library.</source>
        <translation>Eliminare la presentazione “{0}”? I documenti restano nella biblioteca.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Export deck file</source>
        <translation>Esporta file di presentazione</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Import deck file</source>
        <translation>Importa file di presentazione</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Export to PowerPoint</source>
        <translation>Esporta in PowerPoint</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>PowerPoint files (*.pptx)</source>
        <translation>File PowerPoint (*.pptx)</translation>
    </message>
    <message>
        <location line="-82"/>
        <source>Not in this library: {0}.</source>
        <translation>Non presenti in questa biblioteca: {0}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Changed since the export: {0}.</source>
        <translation>Modificati dopo l&apos;esportazione: {0}.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Name:</source>
        <translation>Nome:</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>New name:</source>
        <translation>Nuovo nome:</translation>
    </message>
    <message>
        <location line="+42"/>
        <location line="+10"/>
        <source>Export handout PDF</source>
        <translation>Esporta dispensa PDF</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>Layout:</source>
        <translation>Layout:</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>PDF files (*.pdf)</source>
        <translation>File PDF (*.pdf)</translation>
    </message>
</context>
<context>
    <name>FilterChips</name>
    <message>
        <location filename="../../ipt_desktop/ui/filter_chips.py" line="+24"/>
        <source>Active filters</source>
        <translation>Filtri attivi</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Remove this filter</source>
        <translation>Rimuovi questo filtro</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove filter %1</source>
        <translation>Rimuovi il filtro %1</translation>
    </message>
</context>
<context>
    <name>FindBar</name>
    <message>
        <location filename="../../ipt_desktop/ui/find_bar.py" line="+23"/>
        <location line="+1"/>
        <source>Find in document</source>
        <translation>Trova nel documento</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Previous match (Shift+F3)</source>
        <translation>Occorrenza precedente (Shift+F3)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Previous match</source>
        <translation>Occorrenza precedente</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Next match (F3)</source>
        <translation>Occorrenza successiva (F3)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next match</source>
        <translation>Occorrenza successiva</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Close find bar</source>
        <translation>Chiudi la barra di ricerca</translation>
    </message>
    <message numerus="yes">
        <location line="+40"/>
        <source>%n match(es)</source>
        <translation>
            <numerusform>%n occorrenza</numerusform>
            <numerusform>%n occorrenze</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LibraryCalls</name>
    <message>
        <location filename="../../ipt_desktop/ui/library_calls.py" line="+93"/>
        <source>This document is too large or too deeply nested to show with its formatting; the rest of it is shown as plain text.</source>
        <translation>Questo documento è troppo grande o troppo annidato per essere mostrato con la sua formattazione; il resto è mostrato come testo semplice.</translation>
    </message>
    <message>
        <location line="+85"/>
        <source>This document is no longer in the library (removed by a sync or import).</source>
        <translation>Questo documento non è più nella biblioteca (rimosso da una sincronizzazione o da un’importazione).</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Bookmarked %1</source>
        <translation>Aggiunto ai segnalibri il %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Opened %1</source>
        <translation>Aperto il %1</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>the bundled library</source>
        <translation>biblioteca inclusa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>an import</source>
        <translation>importazione</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Added by %1 on %2</source>
        <translation>Aggiunto il %2 (origine: %1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Updated by %1 on %2</source>
        <translation>Aggiornato il %2 (origine: %1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Removed by %1 on %2</source>
        <translation>Rimosso il %2 (origine: %1)</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Online</source>
        <translation>Online</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>past</source>
        <translation>passato</translation>
    </message>
</context>
<context>
    <name>LibraryTasks</name>
    <message>
        <location filename="../../ipt_desktop/ui/library_tasks.py" line="+78"/>
        <source>Could not prepare the library: %1</source>
        <translation>Impossibile preparare la biblioteca: %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Rebuilding the search index in the background (%1). You can keep reading; search results fill in when it is done.</source>
        <translation>Ricostruzione dell&apos;indice di ricerca in background (%1). È possibile continuare a leggere; i risultati della ricerca compariranno al termine.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Rebuilding the search index…</source>
        <translation>Ricostruzione dell&apos;indice di ricerca…</translation>
    </message>
    <message numerus="yes">
        <location line="+17"/>
        <source>Search index rebuilt: %n document(s).</source>
        <translation>
            <numerusform>Indice di ricerca ricostruito: %n documento.</numerusform>
            <numerusform>Indice di ricerca ricostruito: %n documenti.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Import a folder of Markdown files or a content pack</source>
        <translation>Importa una cartella di file Markdown o un pacchetto di contenuti</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Imported: %1 added, %2 updated.</source>
        <translation>Importazione completata. Aggiunti: %1; aggiornati: %2.</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%n file(s) refused; first: %1</source>
        <translation>
            <numerusform>%n file rifiutato: %1</numerusform>
            <numerusform>%n file rifiutati; il primo: %1</numerusform>
        </translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Add to calendar</source>
        <translation>Aggiungi al calendario</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Calendar files (*.ics)</source>
        <translation>File di calendario (*.ics)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Saved %1. Open it with your calendar.</source>
        <translation>Salvato: %1. Aprire il file con l&apos;applicazione del calendario.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ipt_desktop/ui/main_window.py" line="+118"/>
        <source>%1: open a document first.</source>
        <translation>%1: aprire prima un documento.</translation>
    </message>
    <message>
        <location line="+217"/>
        <source>Citation copied to the clipboard.</source>
        <translation>Citazione copiata negli appunti.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Bookmarked.</source>
        <translation>Segnalibro aggiunto.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Bookmark removed.</source>
        <translation>Segnalibro rimosso.</translation>
    </message>
</context>
<context>
    <name>NewProjectDialog</name>
    <message>
        <location filename="../../ipt_desktop/ui/project_tasks.py" line="+77"/>
        <source>New procurement project</source>
        <translation>Nuovo progetto di acquisto</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>optional, e.g. 250000</source>
        <translation>facoltativo, ad es. 250000</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Name:</source>
        <translation>Nome:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Procedure:</source>
        <translation>Procedura:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Estimated value:</source>
        <translation>Valore stimato:</translation>
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
        <translation>Slide</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Print “{0}”</source>
        <translation>Stampa “{0}”</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Page</source>
        <translation>Pagina</translation>
    </message>
    <message>
        <location filename="../../ipt_desktop/ui/pdf_pages.py" line="+124"/>
        <source>Slides: %1</source>
        <translation>Diapositive: %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Documents: %1</source>
        <translation>Documenti: %1</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <location filename="../../ipt_desktop/ui/preferences_dialog.py" line="+24"/>
        <source>Preferences</source>
        <translation>Preferenze</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Follow the system</source>
        <translation>Segui il sistema</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Light</source>
        <translation>Chiaro</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dark</source>
        <translation>Scuro</translation>
    </message>
    <message>
        <location line="+5"/>
        <source> pt</source>
        <translation> pt</translation>
    </message>
    <message>
        <location line="+6"/>
        <source> hours</source>
        <translation> ore</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Never (sync by hand)</source>
        <translation>Mai (sincronizzazione manuale)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Use the system settings</source>
        <translation>Usa le impostazioni di sistema</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No proxy</source>
        <translation>Nessun proxy</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Manual</source>
        <translation>Manuale</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Theme:</source>
        <translation>&amp;Tema:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reader &amp;font size:</source>
        <translation>&amp;Dimensione testo in lettura:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Interface &amp;language:</source>
        <translation>&amp;Lingua dell&apos;interfaccia:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Sync every:</source>
        <translation>&amp;Sincronizza ogni:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Proxy:</source>
        <translation>&amp;Proxy:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Proxy &amp;address:</source>
        <translation>&amp;Indirizzo proxy:</translation>
    </message>
</context>
<context>
    <name>PresentationWindow</name>
    <message>
        <location filename="../../ipt_desktop/ui/presentation_window.py" line="+38"/>
        <source>Slide number</source>
        <translation>Numero della slide</translation>
    </message>
    <message>
        <location line="+106"/>
        <source>Go to {0}… / {1}</source>
        <translation>Vai a {0}… / {1}</translation>
    </message>
</context>
<context>
    <name>PresenterView</name>
    <message>
        <location filename="../../ipt_desktop/ui/presenter_view.py" line="+46"/>
        <source>Presenter view — {0}</source>
        <translation>Visualizzazione relatore — {0}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Current slide</source>
        <translation>Slide corrente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next slide</source>
        <translation>Slide successiva</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Presenter notes</source>
        <translation>Note del relatore</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Next</source>
        <translation>Successiva</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Notes</source>
        <translation>Note</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>No notes for this slide.</source>
        <translation>Nessuna nota per questa slide.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The audience screen is blank (press B to show it).</source>
        <translation>Lo schermo del pubblico è oscurato (premere B per mostrarlo).</translation>
    </message>
</context>
<context>
    <name>ProcedureDialog</name>
    <message>
        <location filename="../../ipt_desktop/ui/procedure_dialog.py" line="+70"/>
        <source>Choose a procedure</source>
        <translation>Scegli una procedura</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Copy</source>
        <translation>Copia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save to notes</source>
        <translation>Salva nelle note</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export PDF…</source>
        <translation>Esporta PDF…</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>&lt; Back</source>
        <translation>&lt; Indietro</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next &gt;</source>
        <translation>Avanti &gt;</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Start again</source>
        <translation>Ricomincia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close</source>
        <translation>Chiudi</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Loading the questions…</source>
        <translation>Caricamento delle domande…</translation>
    </message>
    <message>
        <location line="+94"/>
        <source>Question %1</source>
        <translation>Domanda %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Work it out from the estimated value</source>
        <translation>Determinare in base al valore stimato</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Recommendation</source>
        <translation>Raccomandazione</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Copied to the clipboard.</source>
        <translation>Copiato negli appunti.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Saved to your note on “%1” (My notes).</source>
        <translation>Salvato nella nota su “%1” (Le mie note).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Export the recommendation as PDF</source>
        <translation>Esporta la raccomandazione in PDF</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>PDF files (*.pdf)</source>
        <translation>File PDF (*.pdf)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Recommended procedure: %1</source>
        <translation>Procedura raccomandata: %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Saved %1.</source>
        <translation>Salvato: %1.</translation>
    </message>
    <message>
        <location filename="../../ipt_desktop/ui/advice_calls.py" line="+59"/>
        <source>Recommended procedure:</source>
        <translation>Procedura raccomandata:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Read next</source>
        <translation>Letture consigliate</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your answers</source>
        <translation>Risposte fornite</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Why</source>
        <translation>Motivazione</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Articles</source>
        <translation>Articoli</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Risks</source>
        <translation>Rischi</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Source: %1. A decision aid, not legal advice.</source>
        <translation>Fonte: %1. Uno strumento di supporto alle decisioni, non una consulenza legale.</translation>
    </message>
</context>
<context>
    <name>ProjectsDialog</name>
    <message>
        <location filename="../../ipt_desktop/ui/projects_dialog.py" line="+73"/>
        <location filename="../../ipt_desktop/ui/projects_layout.py" line="+39"/>
        <source>Procurement projects</source>
        <translation>Progetti di acquisto</translation>
    </message>
    <message>
        <location filename="../../ipt_desktop/ui/projects_layout.py" line="+2"/>
        <source>&amp;New…</source>
        <translation>&amp;Nuovo…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Delete…</source>
        <translation>&amp;Elimina…</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Items done</source>
        <translation>Voci completate</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Item</source>
        <translation>Voce</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Checklist</source>
        <translation>Lista di controllo</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Note on the selected item</source>
        <translation>Nota sulla voce selezionata</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your note on the selected item</source>
        <translation>La vostra nota sulla voce selezionata</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Save note</source>
        <translation>&amp;Salva nota</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Open section</source>
        <translation>&amp;Apri sezione</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Read the library section that explains the selected item</source>
        <translation>Leggere la sezione della biblioteca che spiega la voce selezionata</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Export &amp;Markdown…</source>
        <translation>Esporta in &amp;Markdown…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export &amp;PDF…</source>
        <translation>Esporta in &amp;PDF…</translation>
    </message>
    <message>
        <location filename="../../ipt_desktop/ui/projects_dialog.py" line="+107"/>
        <source>%1 of %2 items done</source>
        <translation>%1 voci completate su %2</translation>
    </message>
    <message>
        <location line="+101"/>
        <source>Delete project</source>
        <translation>Elimina progetto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete the project “%1” with its ticks and notes? This cannot be undone.</source>
        <translation>Eliminare il progetto «%1» con le sue spunte e note? L&apos;operazione non può essere annullata.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Markdown files (*.md)</source>
        <translation>File Markdown (*.md)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>PDF files (*.pdf)</source>
        <translation>File PDF (*.pdf)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Export checklist</source>
        <translation>Esporta la lista di controllo</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Saved %1</source>
        <translation>%1 salvato</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Error: %1</source>
        <translation>Errore: %1</translation>
    </message>
</context>
<context>
    <name>ReaderPanel</name>
    <message>
        <location filename="../../ipt_desktop/ui/loading_bar.py" line="+21"/>
        <source>Loading progress</source>
        <translation>Avanzamento del caricamento</translation>
    </message>
    <message>
        <location filename="../../ipt_desktop/ui/reader_panel.py" line="+86"/>
        <source>Choose a document from the list, or type in the search field (Ctrl+K).</source>
        <translation>Scegliere un documento dall&apos;elenco o digitare nel campo di ricerca (Ctrl+K).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Table of contents</source>
        <translation>Sommario</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Document details</source>
        <translation>Dettagli del documento</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Related documents</source>
        <translation>Documenti correlati</translation>
    </message>
    <message>
        <location filename="../../ipt_desktop/ui/note_editor.py" line="+36"/>
        <source>Your private note on this document. It is saved as you type.</source>
        <translation>Nota privata su questo documento. Viene salvata durante la digitazione.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Personal note</source>
        <translation>Nota personale</translation>
    </message>
    <message>
        <location filename="../../ipt_desktop/ui/reader_panel.py" line="+8"/>
        <source>Outline</source>
        <translation>Struttura</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Details</source>
        <translation>Dettagli</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Related</source>
        <translation>Correlati</translation>
    </message>
    <message>
        <location filename="../../ipt_desktop/ui/note_editor.py" line="+2"/>
        <source>Note status</source>
        <translation>Stato della nota</translation>
    </message>
    <message>
        <location filename="../../ipt_desktop/ui/reader_panel.py" line="+3"/>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <location filename="../../ipt_desktop/ui/note_editor.py" line="+24"/>
        <source>Not saved yet. Trying again…</source>
        <translation>Non ancora salvata. Nuovo tentativo…</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+29"/>
        <source>Saved</source>
        <translation>Salvata</translation>
    </message>
    <message>
        <location filename="../../ipt_desktop/ui/reader_pages.py" line="+26"/>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Project</source>
        <translation>Progetto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Topics</source>
        <translation>Temi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stages</source>
        <translation>Fasi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Procedures</source>
        <translation>Procedure</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sectors</source>
        <translation>Settori</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Objectives</source>
        <translation>Obiettivi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Countries</source>
        <translation>Paesi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Year</source>
        <translation>Anno</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Registration</source>
        <translation>Iscrizione</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Licence</source>
        <translation>Licenza</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Updated</source>
        <translation>Aggiornato</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Document id</source>
        <translation>ID documento</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sources</source>
        <translation>Fonti</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Full text in English</source>
        <translation>Testo integrale in inglese</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Full text in %1</source>
        <translation>Testo integrale in %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Facts checked on %1</source>
        <translation>Informazioni verificate il %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This document may be out of date: its facts held until %1. &lt;a href=&apos;ipt://sync&apos;&gt;Sync now&lt;/a&gt; to fetch newer content.</source>
        <translation>Questo documento potrebbe non essere aggiornato: le informazioni erano valide fino al %1. &lt;a href=&apos;ipt://sync&apos;&gt;Sincronizzare ora&lt;/a&gt; per scaricare contenuti più recenti.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Read in:</source>
        <translation>Leggi in:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add to calendar</source>
        <translation>Aggiungi al calendario</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This document is very long; its first part is shown.</source>
        <translation>Questo documento è molto lungo; ne è mostrata la prima parte.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Show the rest</source>
        <translation>Mostra il resto</translation>
    </message>
    <message>
        <location filename="../../ipt_desktop/ui/loading_bar.py" line="+18"/>
        <source>Loading the document… %p%</source>
        <translation>Caricamento del documento… %p%</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Opening…</source>
        <translation>Apertura…</translation>
    </message>
    <message>
        <location filename="../../ipt_desktop/ui/reader_pages.py" line="+8"/>
        <source>This document was removed</source>
        <translation>Questo documento è stato rimosso</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“%1” is no longer in the library. It may have been withdrawn by its publisher in a sync. Your bookmark and note are kept.</source>
        <translation>“%1” non è più presente nella biblioteca. Potrebbe essere stato ritirato dall&apos;editore durante una sincronizzazione. Il segnalibro e la nota vengono conservati.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>This document could not be opened</source>
        <translation>Impossibile aprire questo documento</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Opening “%1” failed. The reason is below.</source>
        <translation>Apertura di “%1” non riuscita. Il motivo è indicato di seguito.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Try again</source>
        <translation>Riprova</translation>
    </message>
    <message>
        <location filename="../../ipt_desktop/ui/reader_panel.py" line="+266"/>
        <source>Bookmark not saved: %1</source>
        <translation>Segnalibro non salvato: %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Bookmark not removed: %1</source>
        <translation>Segnalibro non rimosso: %1</translation>
    </message>
    <message>
        <location filename="../../ipt_desktop/ui/note_editor.py" line="-25"/>
        <source>Editing…</source>
        <translation>Modifica in corso…</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Saving…</source>
        <translation>Salvataggio in corso…</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Not saved: %1. Trying again…</source>
        <translation>Non salvata: %1. Nuovo tentativo…</translation>
    </message>
</context>
<context>
    <name>ReaderView</name>
    <message>
        <location filename="../../ipt_desktop/ui/reader_view.py" line="+56"/>
        <source>Document reader</source>
        <translation>Lettore di documenti</translation>
    </message>
</context>
<context>
    <name>ResultListModel</name>
    <message>
        <location filename="../../ipt_desktop/ui/result_model.py" line="+46"/>
        <source>Answer:</source>
        <translation>Risposta:</translation>
    </message>
</context>
<context>
    <name>SearchPanel</name>
    <message>
        <location filename="../../ipt_desktop/ui/empty_state.py" line="+16"/>
        <source>Bookmark a document with Ctrl+D and it appears here.</source>
        <translation>Aggiungere un documento ai segnalibri con Ctrl+D per visualizzarlo qui.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The documents you open appear here.</source>
        <translation>I documenti aperti vengono visualizzati qui.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write a note in a document&apos;s Note tab and it appears here.</source>
        <translation>Scrivere una nota nella scheda “Nota” di un documento per visualizzarla qui.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>New and updated documents from your sources appear here after a sync.</source>
        <translation>I documenti nuovi e aggiornati delle fonti vengono visualizzati qui dopo una sincronizzazione.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Events arrive with the library&apos;s updates.</source>
        <translation>Gli eventi arrivano con gli aggiornamenti della biblioteca.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Newsletter issues arrive with the library&apos;s updates.</source>
        <translation>I numeri della newsletter arrivano con gli aggiornamenti della biblioteca.</translation>
    </message>
    <message>
        <location filename="../../ipt_desktop/ui/search_panel.py" line="+87"/>
        <source>Search guides, practices, stories, terms…  (Ctrl+K)</source>
        <translation>Cerca guide, buone pratiche, casi di successo, termini…  (Ctrl+K)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Search</source>
        <translation>Cerca</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Result summary</source>
        <translation>Riepilogo dei risultati</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Removed</source>
        <translation>Rimosso</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Results</source>
        <translation>Risultati</translation>
    </message>
    <message>
        <location filename="../../ipt_desktop/ui/empty_state.py" line="+21"/>
        <source>No results</source>
        <translation>Nessun risultato</translation>
    </message>
    <message>
        <location filename="../../ipt_desktop/ui/search_panel.py" line="+7"/>
        <source>Clear filters</source>
        <translation>Azzera filtri</translation>
    </message>
    <message>
        <location line="+211"/>
        <source>Search failed: %1</source>
        <translation>Ricerca non riuscita: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n elemento</numerusform>
            <numerusform>%n elementi</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n result(s)</source>
        <translation>
            <numerusform>%n risultato</numerusform>
            <numerusform>%n risultati</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Did you mean “%1”?</source>
        <translation>Forse cercavi “%1”?</translation>
    </message>
    <message>
        <location filename="../../ipt_desktop/ui/empty_state.py" line="+16"/>
        <source>Nothing here yet.</source>
        <translation>Ancora nessun elemento.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Sync now</source>
        <translation>Sincronizza ora</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No documents match.</source>
        <translation>Nessun documento corrispondente.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Search for “%1”</source>
        <translation>Cerca “%1”</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Clear the filters</source>
        <translation>Azzera i filtri</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Check the spelling, use fewer words, or try an acronym such as PCP or MEAT.</source>
        <translation>Controllare l&apos;ortografia, usare meno parole o provare una sigla come PCP o MEAT.</translation>
    </message>
</context>
<context>
    <name>SourcesDialog</name>
    <message>
        <location filename="../../ipt_desktop/ui/sources_dialog.py" line="-20"/>
        <location line="+198"/>
        <source>Error: %1</source>
        <translation>Errore: %1</translation>
    </message>
    <message>
        <location line="-196"/>
        <source>OK at %1</source>
        <translation>Riuscita: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Never synced</source>
        <translation>Mai sincronizzata</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Sources</source>
        <translation>Fonti</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Enabled</source>
        <translation>Attiva</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Address</source>
        <translation>Indirizzo</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Last result</source>
        <translation>Ultimo risultato</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Add…</source>
        <translation>Aggiungi…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove</source>
        <translation>Rimuovi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sync now</source>
        <translation>Sincronizza ora</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Close</source>
        <translation>Chiudi</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Remove source</source>
        <translation>Rimuovi fonte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove “%1”? Its documents stay in the library.</source>
        <translation>Rimuovere “%1”? I suoi documenti restano nella biblioteca.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>No enabled sources to sync.</source>
        <translation>Nessuna fonte attiva da sincronizzare.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Waiting…</source>
        <translation>In attesa…</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>%1 (suggested)</source>
        <translation>%1 (suggerita)</translation>
    </message>
    <message numerus="yes">
        <location line="+41"/>
        <source>Synced %1 of %n source(s); %2 failed.</source>
        <translation>
            <numerusform>%1 su %n fonte sincronizzata; non riuscite: %2.</numerusform>
            <numerusform>%1 su %n fonti sincronizzate; non riuscite: %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Synced %n source(s).</source>
        <translation>
            <numerusform>%n fonte sincronizzata.</numerusform>
            <numerusform>%n fonti sincronizzate.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SyncTasks</name>
    <message>
        <location filename="../../ipt_desktop/ui/sync_tasks.py" line="+84"/>
        <source>Syncing your sources…</source>
        <translation>Sincronizzazione delle fonti…</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>No sources to sync. Add or enable one under File › Sources.</source>
        <translation>Nessuna fonte da sincronizzare. Aggiungerne o attivarne una da File › Fonti.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sync: %1 new, %2 updated, %3 removed.</source>
        <translation>Sincronizzazione — nuovi: %1, aggiornati: %2, rimossi: %3.</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>%n source(s) failed: %1</source>
        <translation>
            <numerusform>%n fonte non riuscita: %1</numerusform>
            <numerusform>%n fonti non riuscite: %1</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Sync failed: %1</source>
        <translation>Sincronizzazione non riuscita: %1</translation>
    </message>
</context>
<context>
    <name>ThresholdDialog</name>
    <message>
        <location filename="../../ipt_desktop/ui/threshold_dialog.py" line="+168"/>
        <source>Threshold check</source>
        <translation>Verifica della soglia</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Is the estimated value of a contract above the EU threshold? The answer updates as you type.</source>
        <translation>Il valore stimato di un appalto supera la soglia UE? La risposta si aggiorna durante la digitazione.</translation>
    </message>
</context>
<context>
    <name>ThresholdForm</name>
    <message>
        <location line="-133"/>
        <source>Estimated value, net of VAT</source>
        <translation>Valore stimato al netto dell&apos;imposta sul valore aggiunto (IVA)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Estimated value</source>
        <translation>Valore stimato</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Currency</source>
        <translation>Valuta</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Buyer</source>
        <translation>Stazione appaltante</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Kind of contract</source>
        <translation>Tipo di appalto</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Estimated value:</source>
        <translation>Valore stimato:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Currency:</source>
        <translation>Valuta:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Buyer:</source>
        <translation>Stazione appaltante:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind of contract:</source>
        <translation>Tipo di appalto:</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Thresholds valid from %1 to %2. Type a value to check it.</source>
        <translation>Soglie valide dal %1 al %2. Digitare un valore per verificarlo.</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>“%1” is not a number.</source>
        <translation>“%1” non è un numero.</translation>
    </message>
</context>
<context>
    <name>TrainerActions</name>
    <message numerus="yes">
        <location filename="../../ipt_desktop/ui/trainer_actions.py" line="+80"/>
        <source>Wrote %1 (%n page(s)).</source>
        <translation>
            <numerusform>Salvato: %1 (%n pagina).</numerusform>
            <numerusform>Salvato: %1 (%n pagine).</numerusform>
        </translation>
    </message>
    <message>
        <location line="+16"/>
        <source>This document is already in the deck “{0}”.</source>
        <translation>Questo documento è già nella presentazione “{0}”.</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Added to the deck “%1” (%n document(s)).</source>
        <translation>
            <numerusform>Aggiunto alla presentazione “%1” (%n documento).</numerusform>
            <numerusform>Aggiunto alla presentazione “%1” (%n documenti).</numerusform>
        </translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Export PDF</source>
        <translation>Esporta PDF</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>PDF files (*.pdf)</source>
        <translation>File PDF (*.pdf)</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Add to deck</source>
        <translation>Aggiungi alla presentazione</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deck (type a new name to create one):</source>
        <translation>Presentazione (digitare un nuovo nome per crearne una):</translation>
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
        <translation>Barra degli strumenti principale</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Find</source>
        <translation>Trova</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Smaller</source>
        <translation>Più piccolo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Larger</source>
        <translation>Più grande</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cite</source>
        <translation>Cita</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>To deck</source>
        <translation>Alla presentazione</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PDF</source>
        <translation>PDF</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sync</source>
        <translation>Sincronizza</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Background work in progress</source>
        <translation>Attività in background in corso</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Working in the background…</source>
        <translation>Elaborazione in background…</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>In the window</source>
        <translation>Nella finestra</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>While presenting</source>
        <translation>Durante la presentazione</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Keyboard shortcuts</source>
        <translation>Scorciatoie da tastiera</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>About %1</source>
        <translation>Informazioni su %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&lt;h3&gt;%1 %2&lt;/h3&gt;&lt;p&gt;An offline library on innovation procurement for public buyers, trainers and suppliers, from the Innovation Procurement Task Force: PROCEDIN, BUILD and Health InnoFacilitator.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;%1 %2&lt;/h3&gt;&lt;p&gt;Una biblioteca offline sugli appalti pubblici per l&apos;innovazione, rivolta a stazioni appaltanti, formatori e fornitori, a cura della Innovation Procurement Task Force: PROCEDIN, BUILD e Health InnoFacilitator.&lt;/p&gt;</translation>
    </message>
</context>
</TS>
