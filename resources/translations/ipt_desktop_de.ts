<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
<context>
    <name></name>
    <message>
        <location filename="../../ipt_desktop/ui/main_actions.py" line="+84"/>
        <source>&amp;Search</source>
        <translation>&amp;Suchen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Go to the search field</source>
        <translation>Zum Suchfeld springen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Back</source>
        <translation>&amp;Zurück</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Back to the previous document</source>
        <translation>Zurück zum vorherigen Dokument</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Forward</source>
        <translation>&amp;Vorwärts</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Forward to the next document</source>
        <translation>Weiter zum nächsten Dokument</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Bookmark</source>
        <translation>&amp;Lesezeichen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Bookmark this document</source>
        <translation>Lesezeichen für dieses Dokument setzen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Find in document…</source>
        <translation>Im Dokument &amp;finden…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Find in this document</source>
        <translation>In diesem Dokument suchen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Next match</source>
        <translation>&amp;Nächster Treffer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Next match in this document</source>
        <translation>Nächster Treffer in diesem Dokument</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Pre&amp;vious match</source>
        <translation>&amp;Vorheriger Treffer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Previous match in this document</source>
        <translation>Vorheriger Treffer in diesem Dokument</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Zoom &amp;in</source>
        <translation>Ver&amp;größern</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Larger text</source>
        <translation>Größere Schrift</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zoom &amp;out</source>
        <translation>Ver&amp;kleinern</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Smaller text</source>
        <translation>Kleinere Schrift</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Reset zoom</source>
        <translation>&amp;Normalgröße</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Normal text size</source>
        <translation>Normale Schriftgröße</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Copy &amp;citation</source>
        <translation>&amp;Zitierhinweis kopieren</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Copy a citation of this document</source>
        <translation>Zitierhinweis für dieses Dokument kopieren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add to &amp;calendar…</source>
        <translation>Zum &amp;Kalender hinzufügen…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Save this event as an .ics file</source>
        <translation>Diese Veranstaltung als .ics-Datei speichern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Present</source>
        <translation>&amp;Vortragen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Present this document as slides</source>
        <translation>Dieses Dokument als Folien im Vortragsmodus zeigen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Export PDF…</source>
        <translation>Als PDF &amp;exportieren…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Save this document as a PDF</source>
        <translation>Dieses Dokument als PDF speichern</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Print…</source>
        <translation>&amp;Drucken…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Print this document</source>
        <translation>Dieses Dokument drucken</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add to &amp;deck…</source>
        <translation>Zum &amp;Foliensatz hinzufügen…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Add this document to a deck</source>
        <translation>Dieses Dokument zu einem Foliensatz hinzufügen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Import…</source>
        <translation>&amp;Importieren…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Import Markdown files or a content pack</source>
        <translation>Markdown-Dateien oder ein Inhaltspaket importieren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>S&amp;ync now</source>
        <translation>&amp;Jetzt synchronisieren</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Fetch new content from your sources</source>
        <translation>Neue Inhalte aus Ihren Quellen abrufen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>S&amp;ources…</source>
        <translation>&amp;Quellen…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Manage content sources</source>
        <translation>Inhaltsquellen verwalten</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Procurement &amp;projects…</source>
        <translation>Beschaffungs&amp;projekte…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stage checklists for your procurement projects</source>
        <translation>Phasen-Checklisten für Ihre Beschaffungsprojekte</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Rebuild search index</source>
        <translation>&amp;Suchindex neu aufbauen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Rebuild the search index</source>
        <translation>Den Suchindex neu aufbauen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Choose a procedure…</source>
        <translation>&amp;Verfahren wählen…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Answer a few questions to find a fitting procedure</source>
        <translation>Beantworten Sie einige Fragen, um ein passendes Verfahren zu finden</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Threshold check…</source>
        <translation>Schwellenwert &amp;prüfen…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Is a contract value above the EU threshold?</source>
        <translation>Liegt ein Auftragswert über dem EU-Schwellenwert?</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Preferences…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Theme, font, sync and proxy</source>
        <translation>Design, Schrift, Synchronisierung und Proxy</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Tastenkürzel</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>List the keyboard shortcuts</source>
        <translation>Die Tastenkürzel auflisten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next &amp;panel</source>
        <translation>Nächster &amp;Bereich</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Move to the next panel</source>
        <translation>Zum nächsten Bereich wechseln</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Previous pa&amp;nel</source>
        <translation>Vorheriger Be&amp;reich</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Move to the previous panel</source>
        <translation>Zum vorherigen Bereich wechseln</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;About IPT Desktop</source>
        <translation>Ü&amp;ber IPT Desktop</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>About this application</source>
        <translation>Über diese Anwendung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Quit</source>
        <translation>Beenden</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Document</source>
        <translation>D&amp;okument</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Tools</source>
        <translation>E&amp;xtras</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <location filename="../../ipt_desktop/ui/presentation_window.py" line="+36"/>
        <source>Next slide</source>
        <translation>Nächste Folie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Previous slide</source>
        <translation>Vorherige Folie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>First slide, last slide</source>
        <translation>Erste Folie, letzte Folie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Go to slide number</source>
        <translation>Zu einer Foliennummer springen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>digits, then %1</source>
        <translation>Ziffern, dann %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Blank screen</source>
        <translation>Bildschirm ausblenden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Speaker view (notes, next slide, timer), open or close</source>
        <translation>Referentenansicht (Notizen, nächste Folie, Timer) öffnen oder schließen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>End the presentation</source>
        <translation>Vortrag beenden</translation>
    </message>
</context>
<context>
    <name>AddSourceDialog</name>
    <message>
        <location filename="../../ipt_desktop/ui/sources_dialog.py" line="+86"/>
        <source>Add source</source>
        <translation>Quelle hinzufügen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>minisign public key or .pub file (signed feeds only)</source>
        <translation>Öffentlicher minisign-Schlüssel oder .pub-Datei (nur bei signierten Feeds)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Address:</source>
        <translation>Adresse:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Public key:</source>
        <translation>Öffentlicher Schlüssel:</translation>
    </message>
</context>
<context>
    <name>Advice</name>
    <message>
        <location filename="../../ipt_desktop/ui/threshold_dialog.py" line="+42"/>
        <source>Central government authority</source>
        <translation>Zentrale Regierungsbehörde</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sub-central contracting authority (regional, local, other public body)</source>
        <translation>Subzentraler öffentlicher Auftraggeber (regional, lokal, andere öffentliche Einrichtung)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Utility (water, energy, transport, postal services)</source>
        <translation>Sektorenauftraggeber (Wasser, Energie, Verkehr, Postdienste)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Defence and security contract</source>
        <translation>Auftrag in den Bereichen Verteidigung und Sicherheit</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Works</source>
        <translation>Bauleistungen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Supplies</source>
        <translation>Lieferungen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Services</source>
        <translation>Dienstleistungen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Social and other specific services</source>
        <translation>Soziale und andere besondere Dienstleistungen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Concession (works or services)</source>
        <translation>Konzession (Bau- oder Dienstleistungskonzession)</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>At the EU threshold: the directive applies (equal to or greater than).</source>
        <translation>Genau am EU-Schwellenwert: Die Richtlinie gilt (der Schwellenwert wird nicht unterschritten).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Above the EU threshold by %1.</source>
        <translation>%1 über dem EU-Schwellenwert.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Below the EU threshold by %1.</source>
        <translation>%1 unter dem EU-Schwellenwert.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Threshold: %1, %2, %3 %4.</source>
        <translation>Schwellenwert: %1, %2, %3 %4.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Source: %1 (CELEX %2). Valid from %3 to %4.</source>
        <translation>Quelle: %1 (CELEX %2). Gültig von %3 bis %4.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>What follows:</source>
        <translation>Was daraus folgt:</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The %1 amount is the one published by %2: %3. The value was compared with it, not converted.</source>
        <translation>Der Betrag in %1 ist der von %2 veröffentlichte: %3. Der Wert wurde mit ihm verglichen, nicht umgerechnet.</translation>
    </message>
</context>
<context>
    <name>BrowsePanel</name>
    <message>
        <location filename="../../ipt_desktop/ui/browse_panel.py" line="+53"/>
        <source>Browse</source>
        <translation>Übersicht</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Types</source>
        <translation>Dokumenttypen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Topics</source>
        <translation>Themen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stages</source>
        <translation>Phasen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Procedures</source>
        <translation>Verfahren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sectors</source>
        <translation>Sektoren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Projects</source>
        <translation>Projekte</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>All documents</source>
        <translation>Alle Dokumente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What&apos;s new</source>
        <translation>Neu hinzugekommen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bookmarks</source>
        <translation>Lesezeichen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>My notes</source>
        <translation>Meine Notizen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Upcoming events</source>
        <translation>Kommende Termine</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Newsletter</source>
        <translation>Newsletter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Decks</source>
        <translation>Foliensätze</translation>
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
        <translation>IPT-Foliensatz (*.ipt-deck.json *.json)</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>3 slides per page, with lines for notes</source>
        <translation>3 Folien pro Seite, mit Linien für Notizen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1 slide per page (landscape)</source>
        <translation>1 Folie pro Seite (Querformat)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>2 slides per page</source>
        <translation>2 Folien pro Seite</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>6 slides per page</source>
        <translation>6 Folien pro Seite</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1 slide per page with its presenter notes</source>
        <translation>1 Folie pro Seite mit ihren Vortragsnotizen</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ipt_desktop/ui/deck_panel.py" line="+275"/>
        <source>Wrote %1 (%n page(s)).</source>
        <translation>
            <numerusform>%1 gespeichert (%n Seite).</numerusform>
            <numerusform>%1 gespeichert (%n Seiten).</numerusform>
        </translation>
    </message>
    <message>
        <location line="-203"/>
        <location line="+64"/>
        <source>Decks</source>
        <translation>Foliensätze</translation>
    </message>
    <message>
        <location line="-60"/>
        <source>Documents in the deck</source>
        <translation>Dokumente im Foliensatz</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Present</source>
        <translation>Vortragen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Move up</source>
        <translation>Nach oben</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move down</source>
        <translation>Nach unten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove from deck</source>
        <translation>Aus dem Foliensatz entfernen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>New deck…</source>
        <translation>Neuer Foliensatz…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rename deck…</source>
        <translation>Foliensatz umbenennen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+218"/>
        <source>Delete deck</source>
        <translation>Foliensatz löschen</translation>
    </message>
    <message>
        <location line="-215"/>
        <source>Export to PowerPoint…</source>
        <translation>Nach PowerPoint exportieren…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export deck file…</source>
        <translation>Foliensatzdatei exportieren…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import deck file…</source>
        <translation>Foliensatzdatei importieren…</translation>
    </message>
    <message numerus="yes">
        <location line="+173"/>
        <source>Wrote %1 (%n slide(s)).</source>
        <translation>
            <numerusform>%1 gespeichert (%n Folie).</numerusform>
            <numerusform>%1 gespeichert (%n Folien).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>Imported the deck “%1” with %n document(s).</source>
        <translation>
            <numerusform>Foliensatz „%1“ mit %n Dokument importiert.</numerusform>
            <numerusform>Foliensatz „%1“ mit %n Dokumenten importiert.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+14"/>
        <source>New deck</source>
        <translation>Neuer Foliensatz</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Rename deck</source>
        <translation>Foliensatz umbenennen</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Delete the deck “{0}”? The documents stay in the library.</source>
        <translation>Foliensatz „{0}“ löschen? Die Dokumente bleiben in der Bibliothek.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Export deck file</source>
        <translation>Foliensatzdatei exportieren</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Import deck file</source>
        <translation>Foliensatzdatei importieren</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Export to PowerPoint</source>
        <translation>Nach PowerPoint exportieren</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>PowerPoint files (*.pptx)</source>
        <translation>PowerPoint-Dateien (*.pptx)</translation>
    </message>
    <message>
        <location line="-268"/>
        <source>Export handout PDF…</source>
        <translation>Handout als PDF exportieren…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Deck</source>
        <translation>Foliensatz</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Slides come from, in order:</source>
        <translation>Die Folien stammen, in dieser Reihenfolge, aus:</translation>
    </message>
    <message>
        <location line="+120"/>
        <source>Wrote {0}.</source>
        <translation>{0} gespeichert.</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Not in this library: {0}.</source>
        <translation>Nicht in dieser Bibliothek: {0}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Changed since the export: {0}.</source>
        <translation>Seit dem Export geändert: {0}.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>New name:</source>
        <translation>Neuer Name:</translation>
    </message>
    <message>
        <location line="+42"/>
        <location line="+10"/>
        <source>Export handout PDF</source>
        <translation>Handout als PDF exportieren</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>Layout:</source>
        <translation>Layout:</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-Dateien (*.pdf)</translation>
    </message>
</context>
<context>
    <name>FilterChips</name>
    <message>
        <location filename="../../ipt_desktop/ui/filter_chips.py" line="+24"/>
        <source>Active filters</source>
        <translation>Aktive Filter</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Remove this filter</source>
        <translation>Diesen Filter entfernen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove filter %1</source>
        <translation>Filter %1 entfernen</translation>
    </message>
</context>
<context>
    <name>FindBar</name>
    <message>
        <location filename="../../ipt_desktop/ui/find_bar.py" line="+23"/>
        <location line="+1"/>
        <source>Find in document</source>
        <translation>Im Dokument suchen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Previous match (Shift+F3)</source>
        <translation>Vorheriger Treffer (Umschalt+F3)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Previous match</source>
        <translation>Vorheriger Treffer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Next match (F3)</source>
        <translation>Nächster Treffer (F3)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next match</source>
        <translation>Nächster Treffer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Close find bar</source>
        <translation>Suchleiste schließen</translation>
    </message>
    <message numerus="yes">
        <location line="+40"/>
        <source>%n match(es)</source>
        <translation>
            <numerusform>%n Treffer</numerusform>
            <numerusform>%n Treffer</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LibraryCalls</name>
    <message>
        <location filename="../../ipt_desktop/ui/library_calls.py" line="+93"/>
        <source>This document is too large or too deeply nested to show with its formatting; the rest of it is shown as plain text.</source>
        <translation>Dieses Dokument ist zu groß oder zu tief verschachtelt, um es mit seiner Formatierung anzuzeigen; der Rest wird als reiner Text angezeigt.</translation>
    </message>
    <message>
        <location line="+85"/>
        <source>This document is no longer in the library (removed by a sync or import).</source>
        <translation>Dieses Dokument ist nicht mehr in der Bibliothek (durch eine Synchronisierung oder einen Import entfernt).</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Bookmarked %1</source>
        <translation>Lesezeichen gesetzt am %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Opened %1</source>
        <translation>Geöffnet am %1</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>the bundled library</source>
        <translation>der mitgelieferten Bibliothek</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>an import</source>
        <translation>einem Import</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Added by %1 on %2</source>
        <translation>Hinzugefügt von %1 am %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Updated by %1 on %2</source>
        <translation>Aktualisiert von %1 am %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Removed by %1 on %2</source>
        <translation>Entfernt von %1 am %2</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Online</source>
        <translation>Online</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>past</source>
        <translation>vergangen</translation>
    </message>
</context>
<context>
    <name>LibraryTasks</name>
    <message>
        <location filename="../../ipt_desktop/ui/library_tasks.py" line="+78"/>
        <source>Could not prepare the library: %1</source>
        <translation>Die Bibliothek konnte nicht vorbereitet werden: %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Rebuilding the search index in the background (%1). You can keep reading; search results fill in when it is done.</source>
        <translation>Der Suchindex wird im Hintergrund neu aufgebaut (%1). Sie können weiterlesen; die Suchergebnisse erscheinen, sobald er fertig ist.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Rebuilding the search index…</source>
        <translation>Suchindex wird neu aufgebaut…</translation>
    </message>
    <message numerus="yes">
        <location line="+17"/>
        <source>Search index rebuilt: %n document(s).</source>
        <translation>
            <numerusform>Suchindex neu aufgebaut: %n Dokument.</numerusform>
            <numerusform>Suchindex neu aufgebaut: %n Dokumente.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Import a folder of Markdown files or a content pack</source>
        <translation>Ordner mit Markdown-Dateien oder ein Inhaltspaket importieren</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Imported: %1 added, %2 updated.</source>
        <translation>Importiert: %1 hinzugefügt, %2 aktualisiert.</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%n file(s) refused; first: %1</source>
        <translation>
            <numerusform>%n Datei abgelehnt: %1</numerusform>
            <numerusform>%n Dateien abgelehnt; die erste: %1</numerusform>
        </translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Add to calendar</source>
        <translation>Zum Kalender hinzufügen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Calendar files (*.ics)</source>
        <translation>Kalenderdateien (*.ics)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Saved %1. Open it with your calendar.</source>
        <translation>%1 gespeichert. Öffnen Sie die Datei mit Ihrem Kalenderprogramm.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ipt_desktop/ui/main_window.py" line="+118"/>
        <source>%1: open a document first.</source>
        <translation>%1: Öffnen Sie zuerst ein Dokument.</translation>
    </message>
    <message>
        <location line="+217"/>
        <source>Citation copied to the clipboard.</source>
        <translation>Zitierhinweis in die Zwischenablage kopiert.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Bookmarked.</source>
        <translation>Lesezeichen gesetzt.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Bookmark removed.</source>
        <translation>Lesezeichen entfernt.</translation>
    </message>
</context>
<context>
    <name>NewProjectDialog</name>
    <message>
        <location filename="../../ipt_desktop/ui/project_tasks.py" line="+77"/>
        <source>New procurement project</source>
        <translation>Neues Beschaffungsprojekt</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>optional, e.g. 250000</source>
        <translation>optional, z. B. 250000</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Procedure:</source>
        <translation>Verfahren:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Estimated value:</source>
        <translation>Geschätzter Wert:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Currency:</source>
        <translation>Währung:</translation>
    </message>
</context>
<context>
    <name>PdfExport</name>
    <message>
        <location filename="../../ipt_desktop/ui/pdf_export.py" line="+88"/>
        <source>Slide</source>
        <translation>Folie</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Print “{0}”</source>
        <translation>„{0}“ drucken</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Page</source>
        <translation>Seite</translation>
    </message>
    <message>
        <location filename="../../ipt_desktop/ui/pdf_pages.py" line="+124"/>
        <source>Slides: %1</source>
        <translation>Folien: %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Documents: %1</source>
        <translation>Dokumente: %1</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <location filename="../../ipt_desktop/ui/preferences_dialog.py" line="+24"/>
        <source>Preferences</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Follow the system</source>
        <translation>Wie im System</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Light</source>
        <translation>Hell</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dark</source>
        <translation>Dunkel</translation>
    </message>
    <message>
        <location line="+5"/>
        <source> pt</source>
        <translation> pt</translation>
    </message>
    <message>
        <location line="+6"/>
        <source> hours</source>
        <translation> Stunden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Never (sync by hand)</source>
        <translation>Nie (manuell synchronisieren)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Use the system settings</source>
        <translation>Systemeinstellungen verwenden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No proxy</source>
        <translation>Kein Proxy</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Manual</source>
        <translation>Manuell</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Theme:</source>
        <translation>&amp;Design:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reader &amp;font size:</source>
        <translation>&amp;Schriftgröße im Lesebereich:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Interface &amp;language:</source>
        <translation>&amp;Oberflächensprache:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Sync every:</source>
        <translation>S&amp;ynchronisieren alle:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Proxy:</source>
        <translation>&amp;Proxy:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Proxy &amp;address:</source>
        <translation>Proxy-&amp;Adresse:</translation>
    </message>
</context>
<context>
    <name>PresentationWindow</name>
    <message>
        <location filename="../../ipt_desktop/ui/presentation_window.py" line="+38"/>
        <source>Slide number</source>
        <translation>Foliennummer</translation>
    </message>
    <message>
        <location line="+106"/>
        <source>Go to {0}… / {1}</source>
        <translation>Zu Folie {0}… / {1}</translation>
    </message>
</context>
<context>
    <name>PresenterView</name>
    <message>
        <location filename="../../ipt_desktop/ui/presenter_view.py" line="+46"/>
        <source>Presenter view — {0}</source>
        <translation>Referentenansicht — {0}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Current slide</source>
        <translation>Aktuelle Folie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next slide</source>
        <translation>Nächste Folie</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Presenter notes</source>
        <translation>Vortragsnotizen</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Next</source>
        <translation>Als Nächstes</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>No notes for this slide.</source>
        <translation>Keine Notizen zu dieser Folie.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The audience screen is blank (press B to show it).</source>
        <translation>Die Publikumsansicht ist ausgeblendet (zum Einblenden B drücken).</translation>
    </message>
</context>
<context>
    <name>ProcedureDialog</name>
    <message>
        <location filename="../../ipt_desktop/ui/procedure_dialog.py" line="+70"/>
        <source>Choose a procedure</source>
        <translation>Verfahren wählen</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save to notes</source>
        <translation>In Notizen speichern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export PDF…</source>
        <translation>Als PDF exportieren…</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>&lt; Back</source>
        <translation>&lt; Zurück</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next &gt;</source>
        <translation>Weiter &gt;</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Start again</source>
        <translation>Neu beginnen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Loading the questions…</source>
        <translation>Die Fragen werden geladen…</translation>
    </message>
    <message>
        <location line="+94"/>
        <source>Question %1</source>
        <translation>Frage %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Work it out from the estimated value</source>
        <translation>Aus dem geschätzten Auftragswert ermitteln</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Recommendation</source>
        <translation>Empfehlung</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Copied to the clipboard.</source>
        <translation>In die Zwischenablage kopiert.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Saved to your note on “%1” (My notes).</source>
        <translation>In Ihrer Notiz zu „%1“ gespeichert (Meine Notizen).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Export the recommendation as PDF</source>
        <translation>Empfehlung als PDF exportieren</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-Dateien (*.pdf)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Recommended procedure: %1</source>
        <translation>Empfohlenes Verfahren: %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Saved %1.</source>
        <translation>%1 gespeichert.</translation>
    </message>
    <message>
        <location filename="../../ipt_desktop/ui/advice_calls.py" line="+59"/>
        <source>Recommended procedure:</source>
        <translation>Empfohlenes Verfahren:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Read next</source>
        <translation>Zum Weiterlesen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your answers</source>
        <translation>Ihre Antworten</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Why</source>
        <translation>Begründung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Articles</source>
        <translation>Artikel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Risks</source>
        <translation>Risiken</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Source: %1. A decision aid, not legal advice.</source>
        <translation>Quelle: %1. Eine Entscheidungshilfe, keine Rechtsberatung.</translation>
    </message>
</context>
<context>
    <name>ProjectsDialog</name>
    <message>
        <location filename="../../ipt_desktop/ui/projects_dialog.py" line="+73"/>
        <location filename="../../ipt_desktop/ui/projects_layout.py" line="+39"/>
        <source>Procurement projects</source>
        <translation>Beschaffungsprojekte</translation>
    </message>
    <message>
        <location filename="../../ipt_desktop/ui/projects_layout.py" line="+2"/>
        <source>&amp;New…</source>
        <translation>&amp;Neu…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Delete…</source>
        <translation>&amp;Löschen…</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Items done</source>
        <translation>Erledigte Punkte</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Item</source>
        <translation>Punkt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Checklist</source>
        <translation>Checkliste</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Note on the selected item</source>
        <translation>Notiz zum ausgewählten Punkt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your note on the selected item</source>
        <translation>Ihre Notiz zum ausgewählten Punkt</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Save note</source>
        <translation>Notiz &amp;speichern</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Open section</source>
        <translation>Abschnitt ö&amp;ffnen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Read the library section that explains the selected item</source>
        <translation>Den Abschnitt der Bibliothek lesen, der den ausgewählten Punkt erklärt</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Export &amp;Markdown…</source>
        <translation>&amp;Markdown exportieren…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export &amp;PDF…</source>
        <translation>&amp;PDF exportieren…</translation>
    </message>
    <message>
        <location filename="../../ipt_desktop/ui/projects_dialog.py" line="+107"/>
        <source>%1 of %2 items done</source>
        <translation>%1 von %2 Punkten erledigt</translation>
    </message>
    <message>
        <location line="+101"/>
        <source>Delete project</source>
        <translation>Projekt löschen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete the project “%1” with its ticks and notes? This cannot be undone.</source>
        <translation>Das Projekt „%1“ mit seinen Häkchen und Notizen löschen? Dies lässt sich nicht rückgängig machen.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Markdown files (*.md)</source>
        <translation>Markdown-Dateien (*.md)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-Dateien (*.pdf)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Export checklist</source>
        <translation>Checkliste exportieren</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Saved %1</source>
        <translation>%1 gespeichert</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Error: %1</source>
        <translation>Fehler: %1</translation>
    </message>
</context>
<context>
    <name>ReaderPanel</name>
    <message>
        <location filename="../../ipt_desktop/ui/loading_bar.py" line="+21"/>
        <source>Loading progress</source>
        <translation>Ladefortschritt</translation>
    </message>
    <message>
        <location filename="../../ipt_desktop/ui/reader_panel.py" line="+86"/>
        <source>Choose a document from the list, or type in the search field (Ctrl+K).</source>
        <translation>Wählen Sie ein Dokument aus der Liste oder geben Sie einen Begriff ins Suchfeld ein (Strg+K).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Table of contents</source>
        <translation>Inhaltsverzeichnis</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Document details</source>
        <translation>Dokumentdetails</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Related documents</source>
        <translation>Verwandte Dokumente</translation>
    </message>
    <message>
        <location filename="../../ipt_desktop/ui/note_editor.py" line="+36"/>
        <source>Your private note on this document. It is saved as you type.</source>
        <translation>Ihre private Notiz zu diesem Dokument. Sie wird während der Eingabe gespeichert.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Personal note</source>
        <translation>Persönliche Notiz</translation>
    </message>
    <message>
        <location filename="../../ipt_desktop/ui/reader_panel.py" line="+8"/>
        <source>Outline</source>
        <translation>Gliederung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Related</source>
        <translation>Verwandt</translation>
    </message>
    <message>
        <location filename="../../ipt_desktop/ui/note_editor.py" line="+2"/>
        <source>Note status</source>
        <translation>Status der Notiz</translation>
    </message>
    <message>
        <location filename="../../ipt_desktop/ui/reader_panel.py" line="+3"/>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <location filename="../../ipt_desktop/ui/note_editor.py" line="+24"/>
        <source>Not saved yet. Trying again…</source>
        <translation>Noch nicht gespeichert. Neuer Versuch…</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+29"/>
        <source>Saved</source>
        <translation>Gespeichert</translation>
    </message>
    <message>
        <location filename="../../ipt_desktop/ui/reader_pages.py" line="+26"/>
        <source>Type</source>
        <translation>Dokumenttyp</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Project</source>
        <translation>Projekt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Topics</source>
        <translation>Themen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stages</source>
        <translation>Phasen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Procedures</source>
        <translation>Verfahren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sectors</source>
        <translation>Sektoren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Objectives</source>
        <translation>Ziele</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Countries</source>
        <translation>Länder</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Year</source>
        <translation>Jahr</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Registration</source>
        <translation>Anmeldung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Licence</source>
        <translation>Lizenz</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Updated</source>
        <translation>Aktualisiert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Document id</source>
        <translation>Dokument-ID</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sources</source>
        <translation>Quellen</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Full text in English</source>
        <translation>Volltext auf Englisch</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Full text in %1</source>
        <translation>Volltext in %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Facts checked on %1</source>
        <translation>Angaben geprüft am %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This document may be out of date: its facts held until %1. &lt;a href=&apos;ipt://sync&apos;&gt;Sync now&lt;/a&gt; to fetch newer content.</source>
        <translation>Dieses Dokument ist möglicherweise veraltet: Die Angaben galten bis %1. &lt;a href=&apos;ipt://sync&apos;&gt;Jetzt synchronisieren&lt;/a&gt;, um neuere Inhalte abzurufen.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Read in:</source>
        <translation>Lesen auf:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add to calendar</source>
        <translation>Zum Kalender hinzufügen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This document is very long; its first part is shown.</source>
        <translation>Dieses Dokument ist sehr lang; sein erster Teil wird angezeigt.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Show the rest</source>
        <translation>Den Rest anzeigen</translation>
    </message>
    <message>
        <location filename="../../ipt_desktop/ui/loading_bar.py" line="+18"/>
        <source>Loading the document… %p%</source>
        <translation>Das Dokument wird geladen… %p%</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Opening…</source>
        <translation>Wird geöffnet…</translation>
    </message>
    <message>
        <location filename="../../ipt_desktop/ui/reader_pages.py" line="+8"/>
        <source>This document was removed</source>
        <translation>Dieses Dokument wurde entfernt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“%1” is no longer in the library. It may have been withdrawn by its publisher in a sync. Your bookmark and note are kept.</source>
        <translation>„%1“ ist nicht mehr in der Bibliothek. Möglicherweise hat der Herausgeber es zurückgezogen und es wurde bei einer Synchronisierung entfernt. Ihr Lesezeichen und Ihre Notiz bleiben erhalten.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>This document could not be opened</source>
        <translation>Dieses Dokument konnte nicht geöffnet werden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Opening “%1” failed. The reason is below.</source>
        <translation>„%1“ konnte nicht geöffnet werden. Den Grund finden Sie unten.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Try again</source>
        <translation>Erneut versuchen</translation>
    </message>
    <message>
        <location filename="../../ipt_desktop/ui/reader_panel.py" line="+266"/>
        <source>Bookmark not saved: %1</source>
        <translation>Lesezeichen nicht gespeichert: %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Bookmark not removed: %1</source>
        <translation>Lesezeichen nicht entfernt: %1</translation>
    </message>
    <message>
        <location filename="../../ipt_desktop/ui/note_editor.py" line="-25"/>
        <source>Editing…</source>
        <translation>Wird bearbeitet…</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Saving…</source>
        <translation>Wird gespeichert…</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Not saved: %1. Trying again…</source>
        <translation>Nicht gespeichert: %1. Neuer Versuch…</translation>
    </message>
</context>
<context>
    <name>ReaderView</name>
    <message>
        <location filename="../../ipt_desktop/ui/reader_view.py" line="+56"/>
        <source>Document reader</source>
        <translation>Dokumentansicht</translation>
    </message>
</context>
<context>
    <name>ResultListModel</name>
    <message>
        <location filename="../../ipt_desktop/ui/result_model.py" line="+46"/>
        <source>Answer:</source>
        <translation>Antwort:</translation>
    </message>
</context>
<context>
    <name>SearchPanel</name>
    <message>
        <location filename="../../ipt_desktop/ui/empty_state.py" line="+16"/>
        <source>Bookmark a document with Ctrl+D and it appears here.</source>
        <translation>Setzen Sie mit Strg+D ein Lesezeichen für ein Dokument, dann erscheint es hier.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The documents you open appear here.</source>
        <translation>Die Dokumente, die Sie öffnen, erscheinen hier.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write a note in a document&apos;s Note tab and it appears here.</source>
        <translation>Schreiben Sie auf der Registerkarte „Notiz“ eines Dokuments eine Notiz, dann erscheint sie hier.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>New and updated documents from your sources appear here after a sync.</source>
        <translation>Neue und aktualisierte Dokumente aus Ihren Quellen erscheinen hier nach einer Synchronisierung.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Events arrive with the library&apos;s updates.</source>
        <translation>Veranstaltungen kommen mit den Aktualisierungen der Bibliothek.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Newsletter issues arrive with the library&apos;s updates.</source>
        <translation>Newsletter-Ausgaben kommen mit den Aktualisierungen der Bibliothek.</translation>
    </message>
    <message>
        <location filename="../../ipt_desktop/ui/search_panel.py" line="+87"/>
        <source>Search guides, practices, stories, terms…  (Ctrl+K)</source>
        <translation>Leitfäden, Praxisbeispiele, Erfahrungsberichte, Glossarbegriffe durchsuchen…  (Strg+K)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Search</source>
        <translation>Suche</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Result summary</source>
        <translation>Ergebnisübersicht</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Removed</source>
        <translation>Entfernt</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Results</source>
        <translation>Ergebnisse</translation>
    </message>
    <message>
        <location filename="../../ipt_desktop/ui/empty_state.py" line="+21"/>
        <source>No results</source>
        <translation>Keine Ergebnisse</translation>
    </message>
    <message>
        <location filename="../../ipt_desktop/ui/search_panel.py" line="+7"/>
        <source>Clear filters</source>
        <translation>Filter zurücksetzen</translation>
    </message>
    <message>
        <location line="+211"/>
        <source>Search failed: %1</source>
        <translation>Suche fehlgeschlagen: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n Eintrag</numerusform>
            <numerusform>%n Einträge</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n result(s)</source>
        <translation>
            <numerusform>%n Treffer</numerusform>
            <numerusform>%n Treffer</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Did you mean “%1”?</source>
        <translation>Meinten Sie „%1“?</translation>
    </message>
    <message>
        <location filename="../../ipt_desktop/ui/empty_state.py" line="+16"/>
        <source>Nothing here yet.</source>
        <translation>Hier ist noch nichts vorhanden.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Sync now</source>
        <translation>Jetzt synchronisieren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No documents match.</source>
        <translation>Keine passenden Dokumente.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Search for “%1”</source>
        <translation>Nach „%1“ suchen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Clear the filters</source>
        <translation>Filter zurücksetzen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Check the spelling, use fewer words, or try an acronym such as PCP or MEAT.</source>
        <translation>Prüfen Sie die Schreibweise, verwenden Sie weniger Wörter oder versuchen Sie eine Abkürzung wie PCP oder MEAT.</translation>
    </message>
</context>
<context>
    <name>SourcesDialog</name>
    <message>
        <location filename="../../ipt_desktop/ui/sources_dialog.py" line="-20"/>
        <location line="+198"/>
        <source>Error: %1</source>
        <translation>Fehler: %1</translation>
    </message>
    <message>
        <location line="-196"/>
        <source>OK at %1</source>
        <translation>Zuletzt erfolgreich: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Never synced</source>
        <translation>Noch nie synchronisiert</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Sources</source>
        <translation>Quellen</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Enabled</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Last result</source>
        <translation>Letztes Ergebnis</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Add…</source>
        <translation>Hinzufügen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sync now</source>
        <translation>Jetzt synchronisieren</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Remove source</source>
        <translation>Quelle entfernen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove “%1”? Its documents stay in the library.</source>
        <translation>„%1“ entfernen? Die Dokumente dieser Quelle bleiben in der Bibliothek.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>No enabled sources to sync.</source>
        <translation>Keine aktiven Quellen zum Synchronisieren.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Waiting…</source>
        <translation>Wartet…</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>%1 (suggested)</source>
        <translation>%1 (vorgeschlagen)</translation>
    </message>
    <message numerus="yes">
        <location line="+41"/>
        <source>Synced %1 of %n source(s); %2 failed.</source>
        <translation>
            <numerusform>%1 von %n Quelle synchronisiert; %2 fehlgeschlagen.</numerusform>
            <numerusform>%1 von %n Quellen synchronisiert; %2 fehlgeschlagen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Synced %n source(s).</source>
        <translation>
            <numerusform>%n Quelle synchronisiert.</numerusform>
            <numerusform>%n Quellen synchronisiert.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SyncTasks</name>
    <message>
        <location filename="../../ipt_desktop/ui/sync_tasks.py" line="+84"/>
        <source>Syncing your sources…</source>
        <translation>Ihre Quellen werden synchronisiert…</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>No sources to sync. Add or enable one under File › Sources.</source>
        <translation>Keine Quellen zum Synchronisieren. Fügen Sie unter Datei › Quellen eine hinzu oder aktivieren Sie eine.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sync: %1 new, %2 updated, %3 removed.</source>
        <translation>Synchronisiert: %1 neu, %2 aktualisiert, %3 entfernt.</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>%n source(s) failed: %1</source>
        <translation>
            <numerusform>Synchronisierung von %n Quelle fehlgeschlagen: %1</numerusform>
            <numerusform>Synchronisierung von %n Quellen fehlgeschlagen: %1</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Sync failed: %1</source>
        <translation>Synchronisierung fehlgeschlagen: %1</translation>
    </message>
</context>
<context>
    <name>ThresholdDialog</name>
    <message>
        <location filename="../../ipt_desktop/ui/threshold_dialog.py" line="+168"/>
        <source>Threshold check</source>
        <translation>Schwellenwertprüfung</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Is the estimated value of a contract above the EU threshold? The answer updates as you type.</source>
        <translation>Liegt der geschätzte Auftragswert über dem EU-Schwellenwert? Die Antwort wird während der Eingabe aktualisiert.</translation>
    </message>
</context>
<context>
    <name>ThresholdForm</name>
    <message>
        <location line="-133"/>
        <source>Estimated value, net of VAT</source>
        <translation>Geschätzter Auftragswert ohne Mehrwertsteuer (MwSt.)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Estimated value</source>
        <translation>Geschätzter Auftragswert</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Currency</source>
        <translation>Währung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Buyer</source>
        <translation>Auftraggeber</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Kind of contract</source>
        <translation>Auftragsart</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Estimated value:</source>
        <translation>Geschätzter Auftragswert:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Currency:</source>
        <translation>Währung:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Buyer:</source>
        <translation>Auftraggeber:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind of contract:</source>
        <translation>Auftragsart:</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Thresholds valid from %1 to %2. Type a value to check it.</source>
        <translation>Schwellenwerte gültig von %1 bis %2. Geben Sie einen Wert ein, um ihn zu prüfen.</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>“%1” is not a number.</source>
        <translation>„%1“ ist keine Zahl.</translation>
    </message>
</context>
<context>
    <name>TrainerActions</name>
    <message numerus="yes">
        <location filename="../../ipt_desktop/ui/trainer_actions.py" line="+80"/>
        <source>Wrote %1 (%n page(s)).</source>
        <translation>
            <numerusform>%1 gespeichert (%n Seite).</numerusform>
            <numerusform>%1 gespeichert (%n Seiten).</numerusform>
        </translation>
    </message>
    <message>
        <location line="+16"/>
        <source>This document is already in the deck “{0}”.</source>
        <translation>Dieses Dokument ist bereits im Foliensatz „{0}“.</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Added to the deck “%1” (%n document(s)).</source>
        <translation>
            <numerusform>Zum Foliensatz „%1“ hinzugefügt (%n Dokument).</numerusform>
            <numerusform>Zum Foliensatz „%1“ hinzugefügt (%n Dokumente).</numerusform>
        </translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Export PDF</source>
        <translation>Als PDF exportieren</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-Dateien (*.pdf)</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Add to deck</source>
        <translation>Zum Foliensatz hinzufügen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deck (type a new name to create one):</source>
        <translation>Foliensatz (zum Anlegen einen neuen Namen eingeben):</translation>
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
        <translation>Hauptsymbolleiste</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Find</source>
        <translation>Finden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Smaller</source>
        <translation>Kleiner</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Larger</source>
        <translation>Größer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cite</source>
        <translation>Zitieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>To deck</source>
        <translation>In den Foliensatz</translation>
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
        <translation>Hintergrundarbeit läuft</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Working in the background…</source>
        <translation>Arbeitet im Hintergrund…</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>In the window</source>
        <translation>Im Fenster</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>While presenting</source>
        <translation>Beim Vortragen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Keyboard shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>About %1</source>
        <translation>Über %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&lt;h3&gt;%1 %2&lt;/h3&gt;&lt;p&gt;An offline library on innovation procurement for public buyers, trainers and suppliers, from the Innovation Procurement Task Force: PROCEDIN, BUILD and Health InnoFacilitator.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;%1 %2&lt;/h3&gt;&lt;p&gt;Eine Offline-Bibliothek zur innovationsorientierten Beschaffung für öffentliche Auftraggeber, Trainer und Anbieter, herausgegeben von der Innovation Procurement Task Force: PROCEDIN, BUILD und Health InnoFacilitator.&lt;/p&gt;</translation>
    </message>
</context>
</TS>
