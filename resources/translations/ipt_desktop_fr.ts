<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
<context>
    <name></name>
    <message>
        <location filename="../../ipt_desktop/ui/main_actions.py" line="+84"/>
        <source>&amp;Search</source>
        <translation>&amp;Rechercher</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Go to the search field</source>
        <translation>Aller au champ de recherche</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Back</source>
        <translation>&amp;Précédent</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Back to the previous document</source>
        <translation>Revenir au document précédent</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Forward</source>
        <translation>&amp;Suivant</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Forward to the next document</source>
        <translation>Aller au document suivant</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Bookmark</source>
        <translation>&amp;Signet</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Bookmark this document</source>
        <translation>Ajouter un signet à ce document</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Find in document…</source>
        <translation>Rechercher dans le &amp;document…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Find in this document</source>
        <translation>Rechercher dans ce document</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Next match</source>
        <translation>Occurrence &amp;suivante</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Next match in this document</source>
        <translation>Occurrence suivante dans ce document</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Pre&amp;vious match</source>
        <translation>Occurrence précéde&amp;nte</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Previous match in this document</source>
        <translation>Occurrence précédente dans ce document</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Zoom &amp;in</source>
        <translation>Zoom &amp;avant</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Larger text</source>
        <translation>Texte plus grand</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zoom &amp;out</source>
        <translation>Zoom a&amp;rrière</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Smaller text</source>
        <translation>Texte plus petit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Reset zoom</source>
        <translation>Réinitialiser le &amp;zoom</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Normal text size</source>
        <translation>Taille de texte normale</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Copy &amp;citation</source>
        <translation>&amp;Copier la référence</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Copy a citation of this document</source>
        <translation>Copier la référence de ce document pour le citer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add to &amp;calendar…</source>
        <translation>Ajouter au &amp;calendrier…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Save this event as an .ics file</source>
        <translation>Enregistrer cet événement dans un fichier .ics</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Present</source>
        <translation>&amp;Présenter</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Present this document as slides</source>
        <translation>Présenter ce document sous forme de diapositives</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Export PDF…</source>
        <translation>&amp;Exporter en PDF…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Save this document as a PDF</source>
        <translation>Enregistrer ce document au format PDF</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Print…</source>
        <translation>Im&amp;primer…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Print this document</source>
        <translation>Imprimer ce document</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add to &amp;deck…</source>
        <translation>Ajouter au &amp;diaporama…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Add this document to a deck</source>
        <translation>Ajouter ce document à un diaporama</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Import…</source>
        <translation>&amp;Importer…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Import Markdown files or a content pack</source>
        <translation>Importer des fichiers Markdown ou un paquet de contenu</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>S&amp;ync now</source>
        <translation>&amp;Synchroniser maintenant</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Fetch new content from your sources</source>
        <translation>Récupérer les nouveaux contenus de vos sources</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>S&amp;ources…</source>
        <translation>So&amp;urces…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Manage content sources</source>
        <translation>Gérer les sources de contenu</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Procurement &amp;projects…</source>
        <translation>&amp;Projets d&apos;achat…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stage checklists for your procurement projects</source>
        <translation>Listes de contrôle par étape pour vos projets d&apos;achat</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Rebuild search index</source>
        <translation>&amp;Reconstruire l&apos;index de recherche</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Rebuild the search index</source>
        <translation>Reconstruire l&apos;index de recherche</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Choose a procedure…</source>
        <translation>&amp;Choisir une procédure…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Answer a few questions to find a fitting procedure</source>
        <translation>Répondez à quelques questions pour trouver une procédure adaptée</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Threshold check…</source>
        <translation>Vérifier le &amp;seuil…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Is a contract value above the EU threshold?</source>
        <translation>La valeur d&apos;un marché dépasse-t-elle le seuil européen&#xa0;?</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Preferences…</source>
        <translation>&amp;Préférences…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Theme, font, sync and proxy</source>
        <translation>Thème, police, synchronisation et proxy</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Raccourcis clavier</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>List the keyboard shortcuts</source>
        <translation>Afficher la liste des raccourcis clavier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next &amp;panel</source>
        <translation>Pa&amp;nneau suivant</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Move to the next panel</source>
        <translation>Passer au panneau suivant</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Previous pa&amp;nel</source>
        <translation>Panneau pré&amp;cédent</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Move to the previous panel</source>
        <translation>Passer au panneau précédent</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;About IPT Desktop</source>
        <translation>À &amp;propos d&apos;IPT Desktop</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>About this application</source>
        <translation>À propos de cette application</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Quit</source>
        <translation>Quitter</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Edit</source>
        <translation>É&amp;dition</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Document</source>
        <translation>Do&amp;cument</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Tools</source>
        <translation>&amp;Outils</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Help</source>
        <translation>Aid&amp;e</translation>
    </message>
    <message>
        <location filename="../../ipt_desktop/ui/presentation_window.py" line="+36"/>
        <source>Next slide</source>
        <translation>Diapositive suivante</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Previous slide</source>
        <translation>Diapositive précédente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>First slide, last slide</source>
        <translation>Première diapositive, dernière diapositive</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Go to slide number</source>
        <translation>Aller à un numéro de diapositive</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>digits, then %1</source>
        <translation>chiffres, puis %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Blank screen</source>
        <translation>Masquer l&apos;écran</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Speaker view (notes, next slide, timer), open or close</source>
        <translation>Ouvrir ou fermer le mode présentateur (notes, diapositive suivante, minuteur)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>End the presentation</source>
        <translation>Terminer la présentation</translation>
    </message>
</context>
<context>
    <name>AddSourceDialog</name>
    <message>
        <location filename="../../ipt_desktop/ui/sources_dialog.py" line="+86"/>
        <source>Add source</source>
        <translation>Ajouter une source</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>minisign public key or .pub file (signed feeds only)</source>
        <translation>Clé publique minisign ou fichier .pub (flux signés uniquement)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Address:</source>
        <translation>Adresse&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name:</source>
        <translation>Nom&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Public key:</source>
        <translation>Clé publique&#xa0;:</translation>
    </message>
</context>
<context>
    <name>Advice</name>
    <message>
        <location filename="../../ipt_desktop/ui/threshold_dialog.py" line="+42"/>
        <source>Central government authority</source>
        <translation>Autorité publique centrale</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sub-central contracting authority (regional, local, other public body)</source>
        <translation>Pouvoir adjudicateur sous-central (régional, local, autre organisme public)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Utility (water, energy, transport, postal services)</source>
        <translation>Entité adjudicatrice (eau, énergie, transports, services postaux)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Defence and security contract</source>
        <translation>Marché dans les domaines de la défense et de la sécurité</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Works</source>
        <translation>Travaux</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Supplies</source>
        <translation>Fournitures</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Services</source>
        <translation>Services</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Social and other specific services</source>
        <translation>Services sociaux et autres services spécifiques</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Concession (works or services)</source>
        <translation>Concession (de travaux ou de services)</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>At the EU threshold: the directive applies (equal to or greater than).</source>
        <translation>Valeur égale au seuil européen&#xa0;: la directive s&apos;applique (valeur égale ou supérieure au seuil).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Above the EU threshold by %1.</source>
        <translation>Valeur supérieure de %1 au seuil européen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Below the EU threshold by %1.</source>
        <translation>Valeur inférieure de %1 au seuil européen.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Threshold: %1, %2, %3 %4.</source>
        <translation>Seuil&#xa0;: %1, %2, %3 %4.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Source: %1 (CELEX %2). Valid from %3 to %4.</source>
        <translation>Source&#xa0;: %1 (CELEX %2). Valable du %3 au %4.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>What follows:</source>
        <translation>Conséquences&#xa0;:</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The %1 amount is the one published by %2: %3. The value was compared with it, not converted.</source>
        <translation>Le montant en %1 est celui publié par %2 : %3. La valeur a été comparée à ce montant, sans conversion.</translation>
    </message>
</context>
<context>
    <name>BrowsePanel</name>
    <message>
        <location filename="../../ipt_desktop/ui/browse_panel.py" line="+53"/>
        <source>Browse</source>
        <translation>Parcourir</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Types</source>
        <translation>Types</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Topics</source>
        <translation>Thèmes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stages</source>
        <translation>Étapes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Procedures</source>
        <translation>Procédures</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sectors</source>
        <translation>Secteurs</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Projects</source>
        <translation>Projets</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>All documents</source>
        <translation>Tous les documents</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What&apos;s new</source>
        <translation>Nouveautés</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bookmarks</source>
        <translation>Signets</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>History</source>
        <translation>Historique</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>My notes</source>
        <translation>Mes notes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Upcoming events</source>
        <translation>Événements à venir</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Newsletter</source>
        <translation>Lettre d&apos;information</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Decks</source>
        <translation>Diaporamas</translation>
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
        <translation>Diaporama IPT (*.ipt-deck.json *.json)</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>3 slides per page, with lines for notes</source>
        <translation>3 diapositives par page, avec des lignes pour les notes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1 slide per page (landscape)</source>
        <translation>1 diapositive par page (paysage)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>2 slides per page</source>
        <translation>2 diapositives par page</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>6 slides per page</source>
        <translation>6 diapositives par page</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1 slide per page with its presenter notes</source>
        <translation>1 diapositive par page avec ses notes du présentateur</translation>
    </message>
    <message>
        <location filename="../../ipt_desktop/ui/deck_panel.py" line="+101"/>
        <source>Present</source>
        <translation>Présenter</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Move up</source>
        <translation>Monter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move down</source>
        <translation>Descendre</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Export handout PDF…</source>
        <translation>Exporter un polycopié PDF…</translation>
    </message>
    <message>
        <location line="-40"/>
        <location line="+64"/>
        <source>Decks</source>
        <translation>Diaporamas</translation>
    </message>
    <message>
        <location line="-60"/>
        <source>Documents in the deck</source>
        <translation>Documents du diaporama</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Remove from deck</source>
        <translation>Retirer du diaporama</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>New deck…</source>
        <translation>Nouveau diaporama…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rename deck…</source>
        <translation>Renommer le diaporama…</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+218"/>
        <source>Delete deck</source>
        <translation>Supprimer le diaporama</translation>
    </message>
    <message>
        <location line="-215"/>
        <source>Export to PowerPoint…</source>
        <translation>Exporter vers PowerPoint…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export deck file…</source>
        <translation>Exporter un fichier de diaporama…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import deck file…</source>
        <translation>Importer un fichier de diaporama…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Deck</source>
        <translation>Diaporama</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Slides come from, in order:</source>
        <translation>Les diapositives proviennent, dans l&apos;ordre, de&#xa0;:</translation>
    </message>
    <message>
        <location line="+120"/>
        <source>Wrote {0}.</source>
        <translation>Enregistré&#xa0;: {0}.</translation>
    </message>
    <message numerus="yes">
        <location line="+17"/>
        <source>Wrote %1 (%n page(s)).</source>
        <translation>
            <numerusform>Enregistré&#xa0;: %1 (%n page).</numerusform>
            <numerusform>Enregistré&#xa0;: %1 (%n pages).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+14"/>
        <source>Wrote %1 (%n slide(s)).</source>
        <translation>
            <numerusform>Enregistré&#xa0;: %1 (%n diapositive).</numerusform>
            <numerusform>Enregistré&#xa0;: %1 (%n diapositives).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>Imported the deck “%1” with %n document(s).</source>
        <translation>
            <numerusform>Diaporama «&#xa0;%1&#xa0;» importé avec %n document.</numerusform>
            <numerusform>Diaporama «&#xa0;%1&#xa0;» importé avec %n documents.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+14"/>
        <source>New deck</source>
        <translation>Nouveau diaporama</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Rename deck</source>
        <translation>Renommer le diaporama</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Delete the deck “{0}”? The documents stay in the library.</source>
        <translation>Supprimer le diaporama «&#xa0;{0}&#xa0;»&#xa0;? Les documents restent dans la bibliothèque.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Export deck file</source>
        <translation>Exporter un fichier de diaporama</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Import deck file</source>
        <translation>Importer un fichier de diaporama</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Export to PowerPoint</source>
        <translation>Exporter vers PowerPoint</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>PowerPoint files (*.pptx)</source>
        <translation>Fichiers PowerPoint (*.pptx)</translation>
    </message>
    <message>
        <location line="-82"/>
        <source>Not in this library: {0}.</source>
        <translation>Absents de cette bibliothèque&#xa0;: {0}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Changed since the export: {0}.</source>
        <translation>Modifiés depuis l&apos;exportation&#xa0;: {0}.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Name:</source>
        <translation>Nom&#xa0;:</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>New name:</source>
        <translation>Nouveau nom&#xa0;:</translation>
    </message>
    <message>
        <location line="+42"/>
        <location line="+10"/>
        <source>Export handout PDF</source>
        <translation>Exporter un polycopié PDF</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>Layout:</source>
        <translation>Mise en page&#xa0;:</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>PDF files (*.pdf)</source>
        <translation>Fichiers PDF (*.pdf)</translation>
    </message>
</context>
<context>
    <name>FilterChips</name>
    <message>
        <location filename="../../ipt_desktop/ui/filter_chips.py" line="+24"/>
        <source>Active filters</source>
        <translation>Filtres actifs</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Remove this filter</source>
        <translation>Retirer ce filtre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove filter %1</source>
        <translation>Retirer le filtre %1</translation>
    </message>
</context>
<context>
    <name>FindBar</name>
    <message>
        <location filename="../../ipt_desktop/ui/find_bar.py" line="+23"/>
        <location line="+1"/>
        <source>Find in document</source>
        <translation>Rechercher dans le document</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Previous match (Shift+F3)</source>
        <translation>Occurrence précédente (Shift+F3)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Previous match</source>
        <translation>Occurrence précédente</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Next match (F3)</source>
        <translation>Occurrence suivante (F3)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next match</source>
        <translation>Occurrence suivante</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Close find bar</source>
        <translation>Fermer la barre de recherche</translation>
    </message>
    <message numerus="yes">
        <location line="+40"/>
        <source>%n match(es)</source>
        <translation>
            <numerusform>%n occurrence</numerusform>
            <numerusform>%n occurrences</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LibraryCalls</name>
    <message>
        <location filename="../../ipt_desktop/ui/library_calls.py" line="+93"/>
        <source>This document is too large or too deeply nested to show with its formatting; the rest of it is shown as plain text.</source>
        <translation>Ce document est trop volumineux ou trop imbriqué pour être affiché avec sa mise en forme&#x202f;; la suite est affichée en texte brut.</translation>
    </message>
    <message>
        <location line="+85"/>
        <source>This document is no longer in the library (removed by a sync or import).</source>
        <translation>Ce document n’est plus dans la bibliothèque (retiré par une synchronisation ou une importation).</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Bookmarked %1</source>
        <translation>Ajouté aux signets le %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Opened %1</source>
        <translation>Ouvert le %1</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>the bundled library</source>
        <translation>la bibliothèque fournie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>an import</source>
        <translation>une importation</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Added by %1 on %2</source>
        <translation>Ajouté par %1 le %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Updated by %1 on %2</source>
        <translation>Mis à jour par %1 le %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Removed by %1 on %2</source>
        <translation>Retiré par %1 le %2</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Online</source>
        <translation>En ligne</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>past</source>
        <translation>passé</translation>
    </message>
</context>
<context>
    <name>LibraryTasks</name>
    <message>
        <location filename="../../ipt_desktop/ui/library_tasks.py" line="+78"/>
        <source>Could not prepare the library: %1</source>
        <translation>Impossible de préparer la bibliothèque&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Rebuilding the search index in the background (%1). You can keep reading; search results fill in when it is done.</source>
        <translation>Reconstruction de l&apos;index de recherche en arrière-plan (%1). Vous pouvez continuer à lire&#xa0;; les résultats de recherche s&apos;afficheront une fois l&apos;opération terminée.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Rebuilding the search index…</source>
        <translation>Reconstruction de l&apos;index de recherche…</translation>
    </message>
    <message numerus="yes">
        <location line="+17"/>
        <source>Search index rebuilt: %n document(s).</source>
        <translation>
            <numerusform>Index de recherche reconstruit&#xa0;: %n document.</numerusform>
            <numerusform>Index de recherche reconstruit&#xa0;: %n documents.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Import a folder of Markdown files or a content pack</source>
        <translation>Importer un dossier de fichiers Markdown ou un paquet de contenu</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Imported: %1 added, %2 updated.</source>
        <translation>Importation terminée. Ajoutés&#xa0;: %1&#xa0;; mis à jour&#xa0;: %2.</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%n file(s) refused; first: %1</source>
        <translation>
            <numerusform>%n fichier refusé&#xa0;: %1</numerusform>
            <numerusform>%n fichiers refusés&#xa0;; premier&#xa0;: %1</numerusform>
        </translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Add to calendar</source>
        <translation>Ajouter au calendrier</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Calendar files (*.ics)</source>
        <translation>Fichiers de calendrier (*.ics)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Saved %1. Open it with your calendar.</source>
        <translation>Enregistré&#xa0;: %1. Ouvrez ce fichier avec votre calendrier.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ipt_desktop/ui/main_window.py" line="+118"/>
        <source>%1: open a document first.</source>
        <translation>%1&#xa0;: ouvrez d&apos;abord un document.</translation>
    </message>
    <message>
        <location line="+217"/>
        <source>Citation copied to the clipboard.</source>
        <translation>Référence copiée dans le presse-papiers.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Bookmarked.</source>
        <translation>Signet ajouté.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Bookmark removed.</source>
        <translation>Signet supprimé.</translation>
    </message>
</context>
<context>
    <name>NewProjectDialog</name>
    <message>
        <location filename="../../ipt_desktop/ui/project_tasks.py" line="+77"/>
        <source>New procurement project</source>
        <translation>Nouveau projet d&apos;achat</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>optional, e.g. 250000</source>
        <translation>facultatif, p. ex. 250000</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Name:</source>
        <translation>Nom&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Procedure:</source>
        <translation>Procédure&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Estimated value:</source>
        <translation>Valeur estimée&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Currency:</source>
        <translation>Devise&#xa0;:</translation>
    </message>
</context>
<context>
    <name>PdfExport</name>
    <message>
        <location filename="../../ipt_desktop/ui/pdf_export.py" line="+88"/>
        <source>Slide</source>
        <translation>Diapositive</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Print “{0}”</source>
        <translation>Imprimer «&#xa0;{0}&#xa0;»</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Page</source>
        <translation>Page</translation>
    </message>
    <message>
        <location filename="../../ipt_desktop/ui/pdf_pages.py" line="+124"/>
        <source>Slides: %1</source>
        <translation>Diapositives&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Documents: %1</source>
        <translation>Documents&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <location filename="../../ipt_desktop/ui/preferences_dialog.py" line="+24"/>
        <source>Preferences</source>
        <translation>Préférences</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Follow the system</source>
        <translation>Suivre le système</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Light</source>
        <translation>Clair</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dark</source>
        <translation>Sombre</translation>
    </message>
    <message>
        <location line="+5"/>
        <source> pt</source>
        <translation> pt</translation>
    </message>
    <message>
        <location line="+6"/>
        <source> hours</source>
        <translation> heures</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Never (sync by hand)</source>
        <translation>Jamais (synchronisation manuelle)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Use the system settings</source>
        <translation>Utiliser les paramètres du système</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No proxy</source>
        <translation>Aucun proxy</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Manual</source>
        <translation>Manuel</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Theme:</source>
        <translation>&amp;Thème&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reader &amp;font size:</source>
        <translation>Taille de &amp;police de lecture&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Interface &amp;language:</source>
        <translation>&amp;Langue de l&apos;interface&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Sync every:</source>
        <translation>Intervalle de &amp;synchronisation&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Proxy:</source>
        <translation>Pro&amp;xy&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Proxy &amp;address:</source>
        <translation>&amp;Adresse du proxy&#xa0;:</translation>
    </message>
</context>
<context>
    <name>PresentationWindow</name>
    <message>
        <location filename="../../ipt_desktop/ui/presentation_window.py" line="+38"/>
        <source>Slide number</source>
        <translation>Numéro de diapositive</translation>
    </message>
    <message>
        <location line="+106"/>
        <source>Go to {0}… / {1}</source>
        <translation>Aller à {0}… / {1}</translation>
    </message>
</context>
<context>
    <name>PresenterView</name>
    <message>
        <location filename="../../ipt_desktop/ui/presenter_view.py" line="+46"/>
        <source>Presenter view — {0}</source>
        <translation>Mode présentateur — {0}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Current slide</source>
        <translation>Diapositive actuelle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next slide</source>
        <translation>Diapositive suivante</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Presenter notes</source>
        <translation>Notes du présentateur</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Next</source>
        <translation>Suivante</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>No notes for this slide.</source>
        <translation>Aucune note pour cette diapositive.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The audience screen is blank (press B to show it).</source>
        <translation>L&apos;écran du public est masqué (appuyez sur B pour l&apos;afficher).</translation>
    </message>
</context>
<context>
    <name>ProcedureDialog</name>
    <message>
        <location filename="../../ipt_desktop/ui/procedure_dialog.py" line="+70"/>
        <source>Choose a procedure</source>
        <translation>Choisir une procédure</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Copy</source>
        <translation>Copier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save to notes</source>
        <translation>Enregistrer dans les notes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export PDF…</source>
        <translation>Exporter en PDF…</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>&lt; Back</source>
        <translation>&lt; Précédent</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next &gt;</source>
        <translation>Suivant &gt;</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Start again</source>
        <translation>Recommencer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Loading the questions…</source>
        <translation>Chargement des questions…</translation>
    </message>
    <message>
        <location line="+94"/>
        <source>Question %1</source>
        <translation>Question %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Work it out from the estimated value</source>
        <translation>Déterminer à partir de la valeur estimée</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Recommendation</source>
        <translation>Recommandation</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Copied to the clipboard.</source>
        <translation>Copié dans le presse-papiers.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Saved to your note on “%1” (My notes).</source>
        <translation>Enregistré dans votre note sur «&#xa0;%1&#xa0;» (Mes notes).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Export the recommendation as PDF</source>
        <translation>Exporter la recommandation en PDF</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>PDF files (*.pdf)</source>
        <translation>Fichiers PDF (*.pdf)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Recommended procedure: %1</source>
        <translation>Procédure recommandée&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Saved %1.</source>
        <translation>Enregistré&#xa0;: %1.</translation>
    </message>
    <message>
        <location filename="../../ipt_desktop/ui/advice_calls.py" line="+59"/>
        <source>Recommended procedure:</source>
        <translation>Procédure recommandée&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Read next</source>
        <translation>À lire ensuite</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your answers</source>
        <translation>Vos réponses</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Why</source>
        <translation>Justification</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Articles</source>
        <translation>Articles</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Risks</source>
        <translation>Risques</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Source: %1. A decision aid, not legal advice.</source>
        <translation>Source&#xa0;: %1. Une aide à la décision, et non un avis juridique.</translation>
    </message>
</context>
<context>
    <name>ProjectsDialog</name>
    <message>
        <location filename="../../ipt_desktop/ui/projects_dialog.py" line="+73"/>
        <location filename="../../ipt_desktop/ui/projects_layout.py" line="+39"/>
        <source>Procurement projects</source>
        <translation>Projets d&apos;achat</translation>
    </message>
    <message>
        <location filename="../../ipt_desktop/ui/projects_layout.py" line="+2"/>
        <source>&amp;New…</source>
        <translation>&amp;Nouveau…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Delete…</source>
        <translation>&amp;Supprimer…</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Items done</source>
        <translation>Points réalisés</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Item</source>
        <translation>Point</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Checklist</source>
        <translation>Liste de contrôle</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Note on the selected item</source>
        <translation>Note sur le point sélectionné</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your note on the selected item</source>
        <translation>Votre note sur le point sélectionné</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Save note</source>
        <translation>&amp;Enregistrer la note</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Open section</source>
        <translation>&amp;Ouvrir la section</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Read the library section that explains the selected item</source>
        <translation>Lire la section de la bibliothèque qui explique le point sélectionné</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Export &amp;Markdown…</source>
        <translation>Exporter en &amp;Markdown…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export &amp;PDF…</source>
        <translation>Exporter en &amp;PDF…</translation>
    </message>
    <message>
        <location filename="../../ipt_desktop/ui/projects_dialog.py" line="+107"/>
        <source>%1 of %2 items done</source>
        <translation>%1 points réalisés sur %2</translation>
    </message>
    <message>
        <location line="+101"/>
        <source>Delete project</source>
        <translation>Supprimer le projet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete the project “%1” with its ticks and notes? This cannot be undone.</source>
        <translation>Supprimer le projet «&#xa0;%1&#xa0;» avec ses coches et ses notes&#xa0;? Cette action est irréversible.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Markdown files (*.md)</source>
        <translation>Fichiers Markdown (*.md)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>PDF files (*.pdf)</source>
        <translation>Fichiers PDF (*.pdf)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Export checklist</source>
        <translation>Exporter la liste de contrôle</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Saved %1</source>
        <translation>%1 enregistré</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Error: %1</source>
        <translation>Erreur&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>ReaderPanel</name>
    <message>
        <location filename="../../ipt_desktop/ui/loading_bar.py" line="+21"/>
        <source>Loading progress</source>
        <translation>Progression du chargement</translation>
    </message>
    <message>
        <location filename="../../ipt_desktop/ui/reader_panel.py" line="+86"/>
        <source>Choose a document from the list, or type in the search field (Ctrl+K).</source>
        <translation>Choisissez un document dans la liste ou saisissez votre recherche dans le champ de recherche (Ctrl+K).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Table of contents</source>
        <translation>Table des matières</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Document details</source>
        <translation>Détails du document</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Related documents</source>
        <translation>Documents associés</translation>
    </message>
    <message>
        <location filename="../../ipt_desktop/ui/note_editor.py" line="+36"/>
        <source>Your private note on this document. It is saved as you type.</source>
        <translation>Votre note privée sur ce document. Elle est enregistrée au fil de la saisie.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Personal note</source>
        <translation>Note personnelle</translation>
    </message>
    <message>
        <location filename="../../ipt_desktop/ui/reader_panel.py" line="+8"/>
        <source>Outline</source>
        <translation>Plan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Related</source>
        <translation>Associés</translation>
    </message>
    <message>
        <location filename="../../ipt_desktop/ui/note_editor.py" line="+2"/>
        <source>Note status</source>
        <translation>État de la note</translation>
    </message>
    <message>
        <location filename="../../ipt_desktop/ui/reader_panel.py" line="+3"/>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../ipt_desktop/ui/note_editor.py" line="+24"/>
        <source>Not saved yet. Trying again…</source>
        <translation>Pas encore enregistrée. Nouvelle tentative…</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+29"/>
        <source>Saved</source>
        <translation>Enregistrée</translation>
    </message>
    <message>
        <location filename="../../ipt_desktop/ui/reader_pages.py" line="+26"/>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Project</source>
        <translation>Projet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Topics</source>
        <translation>Thèmes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stages</source>
        <translation>Étapes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Procedures</source>
        <translation>Procédures</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sectors</source>
        <translation>Secteurs</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Objectives</source>
        <translation>Objectifs</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Countries</source>
        <translation>Pays</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Year</source>
        <translation>Année</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Registration</source>
        <translation>Inscription</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Licence</source>
        <translation>Licence</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Updated</source>
        <translation>Mis à jour</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Document id</source>
        <translation>Identifiant du document</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sources</source>
        <translation>Sources</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Full text in English</source>
        <translation>Texte intégral en anglais</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Full text in %1</source>
        <translation>Texte intégral en %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Facts checked on %1</source>
        <translation>Informations vérifiées le %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This document may be out of date: its facts held until %1. &lt;a href=&apos;ipt://sync&apos;&gt;Sync now&lt;/a&gt; to fetch newer content.</source>
        <translation>Ce document n&apos;est peut-être plus à jour&#xa0;: ses informations étaient valables jusqu&apos;au %1. &lt;a href=&apos;ipt://sync&apos;&gt;Synchronisez maintenant&lt;/a&gt; pour récupérer des contenus plus récents.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Read in:</source>
        <translation>Lire en&#xa0;:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add to calendar</source>
        <translation>Ajouter au calendrier</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This document is very long; its first part is shown.</source>
        <translation>Ce document est très long ; sa première partie est affichée.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Show the rest</source>
        <translation>Afficher la suite</translation>
    </message>
    <message>
        <location filename="../../ipt_desktop/ui/loading_bar.py" line="+18"/>
        <source>Loading the document… %p%</source>
        <translation>Chargement du document… %p%</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Opening…</source>
        <translation>Ouverture…</translation>
    </message>
    <message>
        <location filename="../../ipt_desktop/ui/reader_pages.py" line="+8"/>
        <source>This document was removed</source>
        <translation>Ce document a été supprimé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“%1” is no longer in the library. It may have been withdrawn by its publisher in a sync. Your bookmark and note are kept.</source>
        <translation>«&#xa0;%1&#xa0;» ne figure plus dans la bibliothèque. Il a peut-être été retiré par son éditeur lors d&apos;une synchronisation. Votre signet et votre note sont conservés.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>This document could not be opened</source>
        <translation>Impossible d&apos;ouvrir ce document</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Opening “%1” failed. The reason is below.</source>
        <translation>L&apos;ouverture de «&#xa0;%1&#xa0;» a échoué. La raison est indiquée ci-dessous.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Try again</source>
        <translation>Réessayer</translation>
    </message>
    <message>
        <location filename="../../ipt_desktop/ui/reader_panel.py" line="+266"/>
        <source>Bookmark not saved: %1</source>
        <translation>Signet non enregistré&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Bookmark not removed: %1</source>
        <translation>Signet non supprimé&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../../ipt_desktop/ui/note_editor.py" line="-25"/>
        <source>Editing…</source>
        <translation>Modification en cours…</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Saving…</source>
        <translation>Enregistrement…</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Not saved: %1. Trying again…</source>
        <translation>Non enregistrée&#xa0;: %1. Nouvelle tentative…</translation>
    </message>
</context>
<context>
    <name>ReaderView</name>
    <message>
        <location filename="../../ipt_desktop/ui/reader_view.py" line="+56"/>
        <source>Document reader</source>
        <translation>Lecteur de documents</translation>
    </message>
</context>
<context>
    <name>ResultListModel</name>
    <message>
        <location filename="../../ipt_desktop/ui/result_model.py" line="+46"/>
        <source>Answer:</source>
        <translation>Réponse&#xa0;:</translation>
    </message>
</context>
<context>
    <name>SearchPanel</name>
    <message>
        <location filename="../../ipt_desktop/ui/empty_state.py" line="+16"/>
        <source>Bookmark a document with Ctrl+D and it appears here.</source>
        <translation>Ajoutez un signet à un document avec Ctrl+D&#xa0;: il apparaîtra ici.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The documents you open appear here.</source>
        <translation>Les documents que vous ouvrez apparaissent ici.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write a note in a document&apos;s Note tab and it appears here.</source>
        <translation>Rédigez une note dans l&apos;onglet «&#xa0;Note&#xa0;» d&apos;un document&#xa0;: elle apparaîtra ici.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>New and updated documents from your sources appear here after a sync.</source>
        <translation>Les documents nouveaux et mis à jour de vos sources apparaissent ici après une synchronisation.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Events arrive with the library&apos;s updates.</source>
        <translation>Les événements arrivent avec les mises à jour de la bibliothèque.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Newsletter issues arrive with the library&apos;s updates.</source>
        <translation>Les numéros de la lettre d&apos;information arrivent avec les mises à jour de la bibliothèque.</translation>
    </message>
    <message>
        <location filename="../../ipt_desktop/ui/search_panel.py" line="+87"/>
        <source>Search guides, practices, stories, terms…  (Ctrl+K)</source>
        <translation>Rechercher des guides, pratiques, réussites, termes…  (Ctrl+K)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Search</source>
        <translation>Rechercher</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Result summary</source>
        <translation>Résumé des résultats</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Removed</source>
        <translation>Supprimé</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Results</source>
        <translation>Résultats</translation>
    </message>
    <message>
        <location filename="../../ipt_desktop/ui/empty_state.py" line="+21"/>
        <source>No results</source>
        <translation>Aucun résultat</translation>
    </message>
    <message>
        <location filename="../../ipt_desktop/ui/search_panel.py" line="+7"/>
        <source>Clear filters</source>
        <translation>Effacer les filtres</translation>
    </message>
    <message>
        <location line="+211"/>
        <source>Search failed: %1</source>
        <translation>Échec de la recherche&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n élément</numerusform>
            <numerusform>%n éléments</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n result(s)</source>
        <translation>
            <numerusform>%n résultat</numerusform>
            <numerusform>%n résultats</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Did you mean “%1”?</source>
        <translation>Vouliez-vous dire «&#xa0;%1&#xa0;»&#xa0;?</translation>
    </message>
    <message>
        <location filename="../../ipt_desktop/ui/empty_state.py" line="+16"/>
        <source>Nothing here yet.</source>
        <translation>Rien pour l&apos;instant.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Sync now</source>
        <translation>Synchroniser maintenant</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No documents match.</source>
        <translation>Aucun document ne correspond.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Search for “%1”</source>
        <translation>Rechercher «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Clear the filters</source>
        <translation>Effacer les filtres</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Check the spelling, use fewer words, or try an acronym such as PCP or MEAT.</source>
        <translation>Vérifiez l&apos;orthographe, utilisez moins de mots ou essayez un acronyme comme PCP ou MEAT.</translation>
    </message>
</context>
<context>
    <name>SourcesDialog</name>
    <message>
        <location filename="../../ipt_desktop/ui/sources_dialog.py" line="-20"/>
        <location line="+198"/>
        <source>Error: %1</source>
        <translation>Erreur&#xa0;: %1</translation>
    </message>
    <message>
        <location line="-196"/>
        <source>OK at %1</source>
        <translation>Réussie&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Never synced</source>
        <translation>Jamais synchronisée</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Sources</source>
        <translation>Sources</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Enabled</source>
        <translation>Activée</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Last result</source>
        <translation>Dernier résultat</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Add…</source>
        <translation>Ajouter…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sync now</source>
        <translation>Synchroniser</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Remove source</source>
        <translation>Supprimer la source</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove “%1”? Its documents stay in the library.</source>
        <translation>Supprimer «&#xa0;%1&#xa0;»&#xa0;? Ses documents restent dans la bibliothèque.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>No enabled sources to sync.</source>
        <translation>Aucune source active à synchroniser.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Waiting…</source>
        <translation>En attente…</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>%1 (suggested)</source>
        <translation>%1 (suggérée)</translation>
    </message>
    <message numerus="yes">
        <location line="+41"/>
        <source>Synced %1 of %n source(s); %2 failed.</source>
        <translation>
            <numerusform>%1 sur %n source synchronisée&#xa0;; en échec&#xa0;: %2.</numerusform>
            <numerusform>%1 sur %n sources synchronisées&#xa0;; en échec&#xa0;: %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Synced %n source(s).</source>
        <translation>
            <numerusform>%n source synchronisée.</numerusform>
            <numerusform>%n sources synchronisées.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SyncTasks</name>
    <message>
        <location filename="../../ipt_desktop/ui/sync_tasks.py" line="+84"/>
        <source>Syncing your sources…</source>
        <translation>Synchronisation de vos sources…</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>No sources to sync. Add or enable one under File › Sources.</source>
        <translation>Aucune source à synchroniser. Ajoutez-en ou activez-en une via Fichier › Sources.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sync: %1 new, %2 updated, %3 removed.</source>
        <translation>Synchronisation — nouveaux&#xa0;: %1, mis à jour&#xa0;: %2, supprimés&#xa0;: %3.</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>%n source(s) failed: %1</source>
        <translation>
            <numerusform>Échec de %n source&#xa0;: %1</numerusform>
            <numerusform>Échec de %n sources&#xa0;: %1</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Sync failed: %1</source>
        <translation>Échec de la synchronisation&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>ThresholdDialog</name>
    <message>
        <location filename="../../ipt_desktop/ui/threshold_dialog.py" line="+168"/>
        <source>Threshold check</source>
        <translation>Vérification du seuil</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Is the estimated value of a contract above the EU threshold? The answer updates as you type.</source>
        <translation>La valeur estimée d&apos;un marché dépasse-t-elle le seuil européen&#xa0;? La réponse se met à jour au fil de la saisie.</translation>
    </message>
</context>
<context>
    <name>ThresholdForm</name>
    <message>
        <location line="-133"/>
        <source>Estimated value, net of VAT</source>
        <translation>Valeur estimée hors taxe sur la valeur ajoutée (TVA)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Estimated value</source>
        <translation>Valeur estimée</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Currency</source>
        <translation>Devise</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Buyer</source>
        <translation>Acheteur</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Kind of contract</source>
        <translation>Type de marché</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Estimated value:</source>
        <translation>Valeur estimée&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Currency:</source>
        <translation>Devise&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Buyer:</source>
        <translation>Acheteur&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind of contract:</source>
        <translation>Type de marché&#xa0;:</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Thresholds valid from %1 to %2. Type a value to check it.</source>
        <translation>Seuils valables du %1 au %2. Saisissez une valeur pour la vérifier.</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>“%1” is not a number.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un nombre.</translation>
    </message>
</context>
<context>
    <name>TrainerActions</name>
    <message numerus="yes">
        <location filename="../../ipt_desktop/ui/trainer_actions.py" line="+80"/>
        <source>Wrote %1 (%n page(s)).</source>
        <translation>
            <numerusform>Enregistré&#xa0;: %1 (%n page).</numerusform>
            <numerusform>Enregistré&#xa0;: %1 (%n pages).</numerusform>
        </translation>
    </message>
    <message>
        <location line="+16"/>
        <source>This document is already in the deck “{0}”.</source>
        <translation>Ce document figure déjà dans le diaporama «&#xa0;{0}&#xa0;».</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Added to the deck “%1” (%n document(s)).</source>
        <translation>
            <numerusform>Ajouté au diaporama «&#xa0;%1&#xa0;» (%n document).</numerusform>
            <numerusform>Ajouté au diaporama «&#xa0;%1&#xa0;» (%n documents).</numerusform>
        </translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Export PDF</source>
        <translation>Exporter en PDF</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>PDF files (*.pdf)</source>
        <translation>Fichiers PDF (*.pdf)</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Add to deck</source>
        <translation>Ajouter au diaporama</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deck (type a new name to create one):</source>
        <translation>Diaporama (saisissez un nouveau nom pour en créer un)&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Workshop</source>
        <translation>Atelier</translation>
    </message>
</context>
<context>
    <name>WindowFrame</name>
    <message>
        <location filename="../../ipt_desktop/ui/window_frame.py" line="+28"/>
        <source>Main toolbar</source>
        <translation>Barre d&apos;outils principale</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Find</source>
        <translation>Chercher</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Smaller</source>
        <translation>Plus petit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Larger</source>
        <translation>Plus grand</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cite</source>
        <translation>Citer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>To deck</source>
        <translation>Au diaporama</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PDF</source>
        <translation>PDF</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sync</source>
        <translation>Synchro</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Background work in progress</source>
        <translation>Tâche en arrière-plan en cours</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Working in the background…</source>
        <translation>Traitement en arrière-plan…</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>In the window</source>
        <translation>Dans la fenêtre</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>While presenting</source>
        <translation>Pendant la présentation</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Keyboard shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>About %1</source>
        <translation>À propos de %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&lt;h3&gt;%1 %2&lt;/h3&gt;&lt;p&gt;An offline library on innovation procurement for public buyers, trainers and suppliers, from the Innovation Procurement Task Force: PROCEDIN, BUILD and Health InnoFacilitator.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;%1 %2&lt;/h3&gt;&lt;p&gt;Une bibliothèque hors ligne sur l&apos;achat public innovant, destinée aux acheteurs publics, aux formateurs et aux fournisseurs, réalisée par l&apos;Innovation Procurement Task Force&#xa0;: PROCEDIN, BUILD et Health InnoFacilitator.&lt;/p&gt;</translation>
    </message>
</context>
</TS>
