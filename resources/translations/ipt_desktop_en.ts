<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>DeckPanel</name>
    <message numerus="yes">
        <location filename="../../ipt_desktop/ui/deck_panel.py" line="+275"/>
        <source>Wrote %1 (%n page(s)).</source>
        <translation>
            <numerusform>Wrote %1 (%n page).</numerusform>
            <numerusform>Wrote %1 (%n pages).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+14"/>
        <source>Wrote %1 (%n slide(s)).</source>
        <translation>
            <numerusform>Wrote %1 (%n slide).</numerusform>
            <numerusform>Wrote %1 (%n slides).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>Imported the deck “%1” with %n document(s).</source>
        <translation>
            <numerusform>Imported the deck “%1” with %n document.</numerusform>
            <numerusform>Imported the deck “%1” with %n documents.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FindBar</name>
    <message numerus="yes">
        <location filename="../../ipt_desktop/ui/find_bar.py" line="+73"/>
        <source>%n match(es)</source>
        <translation>
            <numerusform>%n match</numerusform>
            <numerusform>%n matches</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LibraryTasks</name>
    <message numerus="yes">
        <location filename="../../ipt_desktop/ui/library_tasks.py" line="+116"/>
        <source>Search index rebuilt: %n document(s).</source>
        <translation>
            <numerusform>Search index rebuilt: %n document.</numerusform>
            <numerusform>Search index rebuilt: %n documents.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+32"/>
        <source>%n file(s) refused; first: %1</source>
        <translation>
            <numerusform>%n file refused: %1</numerusform>
            <numerusform>%n files refused; first: %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SearchPanel</name>
    <message numerus="yes">
        <location filename="../../ipt_desktop/ui/search_panel.py" line="+328"/>
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
            <numerusform>%n result</numerusform>
            <numerusform>%n results</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SourcesDialog</name>
    <message numerus="yes">
        <location filename="../../ipt_desktop/ui/sources_dialog.py" line="+285"/>
        <source>Synced %1 of %n source(s); %2 failed.</source>
        <translation>
            <numerusform>Synced %1 of %n source; %2 failed.</numerusform>
            <numerusform>Synced %1 of %n sources; %2 failed.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Synced %n source(s).</source>
        <translation>
            <numerusform>Synced %n source.</numerusform>
            <numerusform>Synced %n sources.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SyncTasks</name>
    <message numerus="yes">
        <location filename="../../ipt_desktop/ui/sync_tasks.py" line="+106"/>
        <source>%n source(s) failed: %1</source>
        <translation>
            <numerusform>%n source failed: %1</numerusform>
            <numerusform>%n sources failed: %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TrainerActions</name>
    <message numerus="yes">
        <location filename="../../ipt_desktop/ui/trainer_actions.py" line="+80"/>
        <source>Wrote %1 (%n page(s)).</source>
        <translation>
            <numerusform>Wrote %1 (%n page).</numerusform>
            <numerusform>Wrote %1 (%n pages).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+18"/>
        <source>Added to the deck “%1” (%n document(s)).</source>
        <translation>
            <numerusform>Added to the deck “%1” (%n document).</numerusform>
            <numerusform>Added to the deck “%1” (%n documents).</numerusform>
        </translation>
    </message>
</context>
</TS>
