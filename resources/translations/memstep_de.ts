<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>QObject</name>
    <message>
        <source>Could not write %1: %2</source>
        <translation>%1 konnte nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Could not write %1</source>
        <translation>%1 konnte nicht geschrieben werden</translation>
    </message>
    <message>
        <source>Steps %1 to %2 are not in the program&apos;s %3 steps</source>
        <translation>Die Schritte %1 bis %2 gehören nicht zu den %3 Schritten des Programms</translation>
    </message>
    <message>
        <source>Could not write %1: %2 (%3)</source>
        <translation>%1 konnte nicht geschrieben werden: %2 (%3)</translation>
    </message>
    <message>
        <source>Could not write %1: the animation has no colours or no size</source>
        <translation>%1 konnte nicht geschrieben werden: Die Animation hat keine Farben oder keine Größe</translation>
    </message>
    <message>
        <source>cannot start the GIF</source>
        <translation>das GIF kann nicht begonnen werden</translation>
    </message>
    <message>
        <source>screen descriptor</source>
        <translation>Bildschirmbeschreibung</translation>
    </message>
    <message>
        <source>loop extension</source>
        <translation>Schleifenerweiterung</translation>
    </message>
    <message>
        <source>Could not write %1: a frame does not have the animation&apos;s size</source>
        <translation>%1 konnte nicht geschrieben werden: Ein Einzelbild hat nicht die Größe der Animation</translation>
    </message>
    <message>
        <source>frame delay</source>
        <translation>Bildverzögerung</translation>
    </message>
    <message>
        <source>frame header</source>
        <translation>Bildkopf</translation>
    </message>
    <message>
        <source>frame pixels</source>
        <translation>Bildpunkte</translation>
    </message>
    <message>
        <source>closing the file</source>
        <translation>Schließen der Datei</translation>
    </message>
    <message>
        <source>next line to run</source>
        <translation>nächste auszuführende Zeile</translation>
    </message>
    <message>
        <source>line that just ran</source>
        <translation>gerade ausgeführte Zeile</translation>
    </message>
    <message>
        <source>Output so far</source>
        <translation>Bisherige Ausgabe</translation>
    </message>
    <message>
        <source>(nothing printed yet)</source>
        <translation>(noch nichts ausgegeben)</translation>
    </message>
    <message>
        <source>%1: steps %2 to %3</source>
        <translation>%1: Schritte %2 bis %3</translation>
    </message>
    <message>
        <source>Step %1 of %2</source>
        <translation>Schritt %1 von %2</translation>
    </message>
    <message>
        <source>cannot write the program&apos;s answers to %1</source>
        <translation>die Antworten des Programms können nicht nach %1 geschrieben werden</translation>
    </message>
    <message>
        <source>the trace python3 recorded could not be read: %1</source>
        <translation>die von python3 aufgezeichnete Spur konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>no python3 was found on PATH: install python3 (3.11) to run programs with Python 3</source>
        <translation>im PATH wurde kein python3 gefunden: Installieren Sie python3 (3.11), um Programme mit Python 3 auszuführen</translation>
    </message>
    <message>
        <source>memstep_cpython_trace.py was not found beside memstep: reinstall memstep</source>
        <translation>memstep_cpython_trace.py wurde neben memstep nicht gefunden: Installieren Sie memstep neu</translation>
    </message>
    <message>
        <source>cannot write the program to a temporary folder</source>
        <translation>das Programm kann nicht in einen temporären Ordner geschrieben werden</translation>
    </message>
    <message>
        <source>1 second</source>
        <translation>1 Sekunde</translation>
    </message>
    <message>
        <source>%1 seconds</source>
        <translation>%1 Sekunden</translation>
    </message>
    <message>
        <source>You can raise the limit in Preferences.</source>
        <translation>Sie können das Limit in den Einstellungen erhöhen.</translation>
    </message>
    <message>
        <source>Stopped after %1 steps - the program may be in an infinite loop. %2</source>
        <translation>Nach %1 Schritten angehalten – das Programm steckt vielleicht in einer Endlosschleife. %2</translation>
    </message>
    <message>
        <source>Stopped after %1 (the time limit) - the program may be in an infinite loop or too slow to show step by step. %2</source>
        <translation>Nach %1 (dem Zeitlimit) angehalten – das Programm steckt vielleicht in einer Endlosschleife oder ist zu langsam, um es Schritt für Schritt zu zeigen. %2</translation>
    </message>
    <message>
        <source>Stopped: the program&apos;s objects needed more than the memory limit of %1 MB (line %2). %3</source>
        <translation>Angehalten: Die Objekte des Programms brauchten mehr als das Speicherlimit von %1 MB (Zeile %2). %3</translation>
    </message>
    <message>
        <source>Stopped: the program needed more memory than this computer could give. Lowering the memory limit in Preferences makes such a program stop at that limit instead.</source>
        <translation>Angehalten: Das Programm brauchte mehr Speicher, als dieser Computer hergeben konnte. Mit einem niedrigeren Speicherlimit in den Einstellungen hält ein solches Programm stattdessen an diesem Limit an.</translation>
    </message>
    <message>
        <source>The program printed more than %1 MB; the rest of its output was dropped. You can raise the output limit in Preferences.</source>
        <translation>Das Programm hat mehr als %1 MB ausgegeben; der Rest der Ausgabe wurde verworfen. Sie können das Ausgabelimit in den Einstellungen erhöhen.</translation>
    </message>
    <message>
        <source>%1 is not UTF-8 text, so python3 would not run it (%2: %3). The bytes that are not UTF-8 are shown as �.</source>
        <translation>%1 ist kein UTF-8-Text, deshalb würde python3 es nicht ausführen (%2: %3). Die Bytes, die kein UTF-8 sind, werden als � angezeigt.</translation>
    </message>
    <message>
        <source>%1 contains null bytes, which python3 refuses (&quot;source code cannot contain null bytes&quot;); they are shown as �.</source>
        <translation>%1 enthält Nullbytes, die python3 ablehnt (&quot;source code cannot contain null bytes&quot;); sie werden als � angezeigt.</translation>
    </message>
    <message>
        <source>Export Animation (GIF)</source>
        <translation>Animation exportieren (GIF)</translation>
    </message>
    <message>
        <source>Export Handout (PDF)</source>
        <translation>Handout exportieren (PDF)</translation>
    </message>
    <message>
        <source>GIF animation (*.gif)</source>
        <translation>GIF-Animation (*.gif)</translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation>PDF-Dokument (*.pdf)</translation>
    </message>
    <message>
        <source>Drawing the animation…</source>
        <translation>Animation wird gezeichnet…</translation>
    </message>
    <message>
        <source>Drawing the handout…</source>
        <translation>Handout wird gezeichnet…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Stopped: the program started more than %1 processes at once (line %2), the limit of a run with Python 3.</source>
        <translation>Angehalten: Das Programm hat mehr als %1 Prozesse gleichzeitig gestartet (Zeile %2), das Limit eines Laufs mit Python 3.</translation>
    </message>
</context>
<context>
    <name>memstep::ui::Autosave</name>
    <message>
        <source>cannot create %1</source>
        <translation>%1 kann nicht angelegt werden</translation>
    </message>
</context>
<context>
    <name>memstep::ui::CaptionBar</name>
    <message>
        <source>What the step just shown did to the program&apos;s memory</source>
        <translation>Was der gerade gezeigte Schritt mit dem Speicher des Programms gemacht hat</translation>
    </message>
</context>
<context>
    <name>memstep::ui::DiagramLegend</name>
    <message>
        <source>Mutable objects can change in place; immutable ones never change, a new object is made instead.</source>
        <translation>Veränderliche Objekte können sich an Ort und Stelle ändern; unveränderliche ändern sich nie, stattdessen entsteht ein neues Objekt.</translation>
    </message>
    <message>
        <source>mutable (list, dict, set)</source>
        <translation>veränderlich (list, dict, set)</translation>
    </message>
    <message>
        <source>immutable (int, str, tuple)</source>
        <translation>unveränderlich (int, str, tuple)</translation>
    </message>
    <message>
        <source>refers to</source>
        <translation>verweist auf</translation>
    </message>
</context>
<context>
    <name>memstep::ui::DiagramText</name>
    <message>
        <source>%1 (paused)</source>
        <translation>%1 (pausiert)</translation>
    </message>
    <message>
        <source>Global frame</source>
        <translation>Globaler Frame</translation>
    </message>
    <message>
        <source>%1 (returned)</source>
        <translation>%1 (zurückgekehrt)</translation>
    </message>
    <message>
        <source>… %1 more item</source>
        <translation>… %1 weiteres Element</translation>
    </message>
    <message>
        <source>… %1 more items</source>
        <translation>… %1 weitere Elemente</translation>
    </message>
    <message>
        <source>… %1 more entry</source>
        <translation>… %1 weiterer Eintrag</translation>
    </message>
    <message>
        <source>… %1 more entries</source>
        <translation>… %1 weitere Einträge</translation>
    </message>
    <message>
        <source>default</source>
        <translation>Standardwert</translation>
    </message>
    <message>
        <source>%1 (closure)</source>
        <translation>%1 (Closure)</translation>
    </message>
    <message>
        <source>… %1 frames not shown …</source>
        <translation>… %1 Frames nicht gezeigt …</translation>
    </message>
    <message>
        <source>Return value</source>
        <translation>Rückgabewert</translation>
    </message>
    <message>
        <source>Yielded value</source>
        <translation>Gelieferter Wert</translation>
    </message>
    <message>
        <source>Raising</source>
        <translation>Löst aus</translation>
    </message>
    <message>
        <source>empty</source>
        <translation>leer</translation>
    </message>
    <message>
        <source>no attributes</source>
        <translation>keine Attribute</translation>
    </message>
    <message>
        <source>str, %1 chars</source>
        <translation>str, %1 Zeichen</translation>
    </message>
    <message>
        <source>int, %1 digits</source>
        <translation>int, %1 Ziffern</translation>
    </message>
    <message>
        <source>… (%1 more characters)</source>
        <translation>… (%1 weitere Zeichen)</translation>
    </message>
</context>
<context>
    <name>memstep::ui::ExampleLibrary</name>
    <message>
        <source>Seed 1: two names, one object</source>
        <translation>Anfang 1: zwei Namen, ein Objekt</translation>
    </message>
    <message>
        <source>Seed 2: a += 1 makes a new object</source>
        <translation>Anfang 2: a += 1 erzeugt ein neues Objekt</translation>
    </message>
    <message>
        <source>Aliasing a list</source>
        <translation>Zwei Namen für eine Liste</translation>
    </message>
    <message>
        <source>Mutable default argument</source>
        <translation>Veränderliches Standardargument</translation>
    </message>
    <message>
        <source>List of lists gotcha</source>
        <translation>Die Falle mit der Liste von Listen</translation>
    </message>
    <message>
        <source>Recursion: factorial</source>
        <translation>Rekursion: Fakultät</translation>
    </message>
    <message>
        <source>Linked list made of dicts</source>
        <translation>Verkettete Liste aus dicts</translation>
    </message>
    <message>
        <source>Swapping two variables</source>
        <translation>Zwei Variablen vertauschen</translation>
    </message>
    <message>
        <source>Strings are immutable</source>
        <translation>Strings sind unveränderlich</translation>
    </message>
    <message>
        <source>Dict of lists</source>
        <translation>Ein dict von Listen</translation>
    </message>
    <message>
        <source>Function call frames</source>
        <translation>Frames von Funktionsaufrufen</translation>
    </message>
    <message>
        <source>Garbage: rebinding drops the old list</source>
        <translation>Müll: Neu binden lässt die alte Liste fallen</translation>
    </message>
    <message>
        <source>Copying a list versus aliasing it</source>
        <translation>Eine Liste kopieren statt ihr einen zweiten Namen zu geben</translation>
    </message>
    <message>
        <source>A function changes the caller&apos;s list</source>
        <translation>Eine Funktion ändert die Liste des Aufrufers</translation>
    </message>
    <message>
        <source>Asking for input</source>
        <translation>Nach einer Eingabe fragen</translation>
    </message>
    <message>
        <source>Objects made from a class: two names, one instance</source>
        <translation>Objekte aus einer Klasse: zwei Namen, eine Instanz</translation>
    </message>
    <message>
        <source>A closure keeps the variables of the call that made it</source>
        <translation>Eine Closure behält die Variablen des Aufrufs, der sie erzeugt hat</translation>
    </message>
    <message>
        <source>copy.copy shares the inner lists; copy.deepcopy copies them too</source>
        <translation>copy.copy teilt die inneren Listen; copy.deepcopy kopiert sie mit</translation>
    </message>
    <message>
        <source>A class attribute is shared; assigning through self makes a new instance attribute</source>
        <translation>Ein Klassenattribut wird geteilt; eine Zuweisung über self erzeugt ein neues Instanzattribut</translation>
    </message>
</context>
<context>
    <name>memstep::ui::ExportDialog</name>
    <message>
        <source>Export Diagram</source>
        <translation>Diagramm exportieren</translation>
    </message>
    <message>
        <source>PNG image</source>
        <translation>PNG-Bild</translation>
    </message>
    <message>
        <source>SVG drawing</source>
        <translation>SVG-Zeichnung</translation>
    </message>
    <message>
        <source>1x</source>
        <translation>1x</translation>
    </message>
    <message>
        <source>2x (sharp on slides)</source>
        <translation>2x (scharf auf Folien)</translation>
    </message>
    <message>
        <source>4x (print)</source>
        <translation>4x (Druck)</translation>
    </message>
    <message>
        <source>White</source>
        <translation>Weiß</translation>
    </message>
    <message>
        <source>Transparent</source>
        <translation>Durchsichtig</translation>
    </message>
    <message>
        <source>Format:</source>
        <translation>Format:</translation>
    </message>
    <message>
        <source>Scale:</source>
        <translation>Skalierung:</translation>
    </message>
    <message>
        <source>Background:</source>
        <translation>Hintergrund:</translation>
    </message>
</context>
<context>
    <name>memstep::ui::MainWindow</name>
    <message>
        <source>The program asks for input</source>
        <translation>Das Programm bittet um eine Eingabe</translation>
    </message>
    <message>
        <source>input():</source>
        <translation>input():</translation>
    </message>
    <message>
        <source>Running… %1 steps</source>
        <translation>Läuft… %1 Schritte</translation>
    </message>
    <message>
        <source>Press Visualize (Ctrl+Enter) to see the program&apos;s frames and objects, then Step (Right arrow) through it.</source>
        <translation>Drücken Sie „Visualisieren“ (Ctrl+Enter), um die Frames und Objekte des Programms zu sehen, und gehen Sie es dann mit „Schritt“ (Pfeil nach rechts) durch.</translation>
    </message>
    <message>
        <source>What the program prints appears here.</source>
        <translation>Was das Programm ausgibt, erscheint hier.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Stop running the program (Esc)</source>
        <translation>Das Programm anhalten (Esc)</translation>
    </message>
    <message>
        <source>Run cancelled. Press Visualize to run again.</source>
        <translation>Lauf abgebrochen. Drücken Sie „Visualisieren“, um erneut zu starten.</translation>
    </message>
    <message>
        <source> (line %1)</source>
        <translation> (Zeile %1)</translation>
    </message>
    <message>
        <source>%1: %2%3. Fix the code and press Visualize.</source>
        <translation>%1: %2%3. Korrigieren Sie den Code und drücken Sie „Visualisieren“.</translation>
    </message>
    <message>
        <source>%1: %2%3. The steps up to the error can be explored.</source>
        <translation>%1: %2%3. Die Schritte bis zum Fehler lassen sich erkunden.</translation>
    </message>
    <message>
        <source>memstep&apos;s interpreter does not support this program: %1%2.</source>
        <translation>Der Interpreter von memstep unterstützt dieses Programm nicht: %1%2.</translation>
    </message>
    <message>
        <source>The run was cancelled.</source>
        <translation>Der Lauf wurde abgebrochen.</translation>
    </message>
    <message>
        <source>[output limit reached: the rest of the output was dropped]</source>
        <translation>[Ausgabelimit erreicht: der Rest der Ausgabe wurde verworfen]</translation>
    </message>
    <message>
        <source>No breakpoints: click in the margin left of a line to set one.</source>
        <translation>Keine Haltepunkte: Klicken Sie links neben eine Zeile, um einen zu setzen.</translation>
    </message>
    <message>
        <source>Running…</source>
        <translation>Läuft…</translation>
    </message>
    <message>
        <source>untitled.py</source>
        <translation>unbenannt.py</translation>
    </message>
    <message>
        <source>About memstep</source>
        <translation>Über memstep</translation>
    </message>
    <message>
        <source>&lt;h3&gt;memstep %1&lt;/h3&gt;&lt;p&gt;See what Python does with memory, one step at a time: frames on the left, objects on the right, arrows for references.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;memstep %1&lt;/h3&gt;&lt;p&gt;Sehen Sie, was Python mit dem Speicher macht, Schritt für Schritt: Frames links, Objekte rechts, Pfeile für Referenzen.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Open a Python program</source>
        <translation>Ein Python-Programm öffnen</translation>
    </message>
    <message>
        <source>Python files (*.py);;All files (*)</source>
        <translation>Python-Dateien (*.py);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Could not open %1: %2</source>
        <translation>%1 konnte nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>Save the program</source>
        <translation>Das Programm speichern</translation>
    </message>
    <message>
        <source>Python files (*.py)</source>
        <translation>Python-Dateien (*.py)</translation>
    </message>
    <message>
        <source>Could not save %1: %2</source>
        <translation>%1 konnte nicht gespeichert werden: %2</translation>
    </message>
    <message>
        <source>Nothing to export yet: press Visualize first.</source>
        <translation>Noch nichts zu exportieren: Drücken Sie zuerst „Visualisieren“.</translation>
    </message>
    <message>
        <source>Export Diagram</source>
        <translation>Diagramm exportieren</translation>
    </message>
    <message>
        <source>SVG drawing (*.svg)</source>
        <translation>SVG-Zeichnung (*.svg)</translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation>PNG-Bild (*.png)</translation>
    </message>
    <message>
        <source>Diagram exported to %1</source>
        <translation>Diagramm nach %1 exportiert</translation>
    </message>
    <message>
        <source>Exported to %1</source>
        <translation>Nach %1 exportiert</translation>
    </message>
    <message>
        <source>Nothing to copy yet: press Visualize first.</source>
        <translation>Noch nichts zu kopieren: Drücken Sie zuerst „Visualisieren“.</translation>
    </message>
    <message>
        <source>Diagram copied to the clipboard</source>
        <translation>Diagramm in die Zwischenablage kopiert</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;About memstep</source>
        <translation>Ü&amp;ber memstep</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>&amp;Neu</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>Ö&amp;ffnen…</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation>Speichern &amp;unter…</translation>
    </message>
    <message>
        <source>&amp;Export Diagram…</source>
        <translation>Diagramm &amp;exportieren…</translation>
    </message>
    <message>
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <source>Export Ani&amp;mation (GIF)…</source>
        <translation>&amp;Animation exportieren (GIF)…</translation>
    </message>
    <message>
        <source>Export &amp;Handout (PDF)…</source>
        <translation>&amp;Handout exportieren (PDF)…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederherstellen</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>&amp;Ausschneiden</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>&amp;Einfügen</translation>
    </message>
    <message>
        <source>Copy &amp;Diagram</source>
        <translation>&amp;Diagramm kopieren</translation>
    </message>
    <message>
        <source>Ctrl+Shift+C</source>
        <translation>Ctrl+Shift+C</translation>
    </message>
    <message>
        <source>Larger Font</source>
        <translation>Größere Schrift</translation>
    </message>
    <message>
        <source>Ctrl+Alt+=</source>
        <translation>Ctrl+Alt+=</translation>
    </message>
    <message>
        <source>Smaller Font</source>
        <translation>Kleinere Schrift</translation>
    </message>
    <message>
        <source>Ctrl+Alt+-</source>
        <translation>Ctrl+Alt+-</translation>
    </message>
    <message>
        <source>Pr&amp;eferences…</source>
        <translation>Ein&amp;stellungen…</translation>
    </message>
    <message>
        <source>&amp;Run</source>
        <translation>A&amp;usführen</translation>
    </message>
    <message>
        <source>&amp;Visualize</source>
        <translation>&amp;Visualisieren</translation>
    </message>
    <message>
        <source>Run to &amp;Breakpoint</source>
        <translation>Bis zum &amp;Haltepunkt ausführen</translation>
    </message>
    <message>
        <source>Visualize with P&amp;ython 3</source>
        <translation>Mit &amp;Python 3 visualisieren</translation>
    </message>
    <message>
        <source>Run the program with Python 3 itself, which runs any program with your own rights: it can read and change your files</source>
        <translation>Das Programm mit Python 3 selbst ausführen, das jedes Programm mit Ihren eigenen Rechten ausführt: Es kann Ihre Dateien lesen und ändern</translation>
    </message>
    <message>
        <source>Toggle Breakpoint</source>
        <translation>Haltepunkt an/aus</translation>
    </message>
    <message>
        <source>&amp;Step</source>
        <translation>&amp;Schritt</translation>
    </message>
    <message>
        <source>Bac&amp;k</source>
        <translation>&amp;Zurück</translation>
    </message>
    <message>
        <source>&amp;First Step</source>
        <translation>&amp;Erster Schritt</translation>
    </message>
    <message>
        <source>&amp;Last Step</source>
        <translation>&amp;Letzter Schritt</translation>
    </message>
    <message>
        <source>&amp;Play / Pause</source>
        <translation>&amp;Abspielen / Pause</translation>
    </message>
    <message>
        <source>Ctrl+P</source>
        <translation>Ctrl+P</translation>
    </message>
    <message>
        <source>Enter &amp;Input Again</source>
        <translation>Eingabe &amp;wiederholen</translation>
    </message>
    <message>
        <source>Forget the answers given to input() and run again, asking anew</source>
        <translation>Die Antworten auf input() vergessen und erneut ausführen, mit neuen Fragen</translation>
    </message>
    <message>
        <source>&amp;Cancel Run</source>
        <translation>Lauf a&amp;bbrechen</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>Show &amp;Every Object on the Heap</source>
        <translation>&amp;Jedes Objekt auf dem Heap zeigen</translation>
    </message>
    <message>
        <source>Show Object Id&amp;s</source>
        <translation>Objekt-&amp;IDs zeigen</translation>
    </message>
    <message>
        <source>A short id on each object: id1, id2, … in order of appearance</source>
        <translation>Eine kurze ID an jedem Objekt: id1, id2, … in der Reihenfolge des Auftretens</translation>
    </message>
    <message>
        <source>Show id() &amp;Numbers</source>
        <translation>id()-&amp;Nummern zeigen</translation>
    </message>
    <message>
        <source>The number id() prints, instead of the short id</source>
        <translation>Die Zahl, die id() ausgibt, statt der kurzen ID</translation>
    </message>
    <message>
        <source>Show E&amp;xited Frames (greyed)</source>
        <translation>&amp;Beendete Frames zeigen (grau)</translation>
    </message>
    <message>
        <source>&amp;Captions</source>
        <translation>&amp;Untertitel</translation>
    </message>
    <message>
        <source>Describe each step in words under the diagram</source>
        <translation>Jeden Schritt unter dem Diagramm in Worten beschreiben</translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation>Ver&amp;größern</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation>Ver&amp;kleinern</translation>
    </message>
    <message>
        <source>Ac&amp;tual Size</source>
        <translation>&amp;Originalgröße</translation>
    </message>
    <message>
        <source>Ctrl+0</source>
        <translation>Ctrl+0</translation>
    </message>
    <message>
        <source>&amp;Fit Diagram to Window</source>
        <translation>Diagramm an Fenster &amp;anpassen</translation>
    </message>
    <message>
        <source>Ctrl+9</source>
        <translation>Ctrl+9</translation>
    </message>
    <message>
        <source>&amp;Dark Theme</source>
        <translation>&amp;Dunkles Design</translation>
    </message>
    <message>
        <source>&amp;High Contrast</source>
        <translation>&amp;Hoher Kontrast</translation>
    </message>
    <message>
        <source>Black on white with strong borders</source>
        <translation>Schwarz auf Weiß mit kräftigen Rändern</translation>
    </message>
    <message>
        <source>&amp;Presentation Mode</source>
        <translation>&amp;Präsentationsmodus</translation>
    </message>
    <message>
        <source>&amp;Animation</source>
        <translation>Ani&amp;mation</translation>
    </message>
    <message>
        <source>&amp;Off</source>
        <translation>&amp;Aus</translation>
    </message>
    <message>
        <source>&amp;Slow</source>
        <translation>&amp;Langsam</translation>
    </message>
    <message>
        <source>&amp;Normal</source>
        <translation>&amp;Mittel</translation>
    </message>
    <message>
        <source>&amp;Fast</source>
        <translation>&amp;Schnell</translation>
    </message>
    <message>
        <source>E&amp;xamples</source>
        <translation>B&amp;eispiele</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Ungespeicherte Änderungen</translation>
    </message>
    <message>
        <source>Save the changes to the program first?</source>
        <translation>Die Änderungen am Programm zuerst speichern?</translation>
    </message>
    <message>
        <source>Could not keep a backup copy of the code (%1). Save it to a file.</source>
        <translation>Es konnte keine Sicherungskopie des Codes angelegt werden (%1). Speichern Sie ihn in einer Datei.</translation>
    </message>
    <message>
        <source>an untitled program</source>
        <translation>ein unbenanntes Programm</translation>
    </message>
    <message>
        <source>an unknown time</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>memstep closed without saving the changes to %1 (last edited %2). Restore them?</source>
        <translation>memstep wurde beendet, ohne die Änderungen an %1 zu speichern (zuletzt bearbeitet: %2). Wiederherstellen?</translation>
    </message>
    <message>
        <source>Restored the unsaved code. Undo (Ctrl+Z) brings back what the editor held before.</source>
        <translation>Der ungespeicherte Code wurde wiederhergestellt. Rückgängig (Ctrl+Z) holt zurück, was vorher im Editor stand.</translation>
    </message>
    <message>
        <source>Use the previous answers?</source>
        <translation>Die vorherigen Antworten verwenden?</translation>
    </message>
    <message>
        <source>The code changed since input() was answered with %1. Use the previous answers again?</source>
        <translation>Der Code hat sich geändert, seit input() mit %1 beantwortet wurde. Die vorherigen Antworten erneut verwenden?</translation>
    </message>
    <message>
        <source>Run cancelled at input(). The steps up to it can be explored; press Visualize to run again and answer.</source>
        <translation>Lauf bei input() abgebrochen. Die Schritte bis dahin lassen sich erkunden; drücken Sie „Visualisieren“, um erneut zu starten und zu antworten.</translation>
    </message>
    <message>
        <source>Python 3 could not run the program: %1.</source>
        <translation>Python 3 konnte das Programm nicht ausführen: %1.</translation>
    </message>
    <message>
        <source>memstep&apos;s interpreter does not support this program: %1. Python 3 could run it, but %2.</source>
        <translation>Der Interpreter von memstep unterstützt dieses Programm nicht: %1. Python 3 könnte es ausführen, aber %2.</translation>
    </message>
    <message>
        <source>memstep&apos;s interpreter does not support this program: %1. %2 can run it, with your own rights: it can read and change your files.</source>
        <translation>Der Interpreter von memstep unterstützt dieses Programm nicht: %1. %2 kann es ausführen, mit Ihren eigenen Rechten: Es kann Ihre Dateien lesen und ändern.</translation>
    </message>
    <message>
        <source>Run with %1</source>
        <translation>Mit %1 ausführen</translation>
    </message>
    <message>
        <source>Ran with %1, with your own rights.</source>
        <translation>Mit %1 ausgeführt, mit Ihren eigenen Rechten.</translation>
    </message>
    <message>
        <source>Ran with %1, because memstep&apos;s interpreter does not support this program: %2.</source>
        <translation>Mit %1 ausgeführt, weil der Interpreter von memstep dieses Programm nicht unterstützt: %2.</translation>
    </message>
</context>
<context>
    <name>memstep::ui::NoticeBar</name>
    <message>
        <source>Hide this message</source>
        <translation>Diese Meldung ausblenden</translation>
    </message>
</context>
<context>
    <name>memstep::ui::PresentationMode</name>
    <message>
        <source>Step %1 of %2</source>
        <translation>Schritt %1 von %2</translation>
    </message>
</context>
<context>
    <name>memstep::ui::RestoreBar</name>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Wiederherstellen</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Verwerfen</translation>
    </message>
    <message>
        <source>Put the unsaved code back in the editor (Undo brings back what was there)</source>
        <translation>Den ungespeicherten Code zurück in den Editor holen (Rückgängig holt zurück, was dort stand)</translation>
    </message>
    <message>
        <source>Delete the unsaved copy</source>
        <translation>Die ungespeicherte Kopie löschen</translation>
    </message>
</context>
<context>
    <name>memstep::ui::SequenceExportDialog</name>
    <message>
        <source>Export Animation (GIF)</source>
        <translation>Animation exportieren (GIF)</translation>
    </message>
    <message>
        <source>Export Handout (PDF)</source>
        <translation>Handout exportieren (PDF)</translation>
    </message>
    <message>
        <source>The step now on screen is %1</source>
        <translation>Gerade zu sehen ist Schritt %1</translation>
    </message>
    <message>
        <source>From step:</source>
        <translation>Von Schritt:</translation>
    </message>
    <message>
        <source>To step:</source>
        <translation>Bis Schritt:</translation>
    </message>
    <message>
        <source>%1x</source>
        <translation>%1x</translation>
    </message>
    <message>
        <source>2x or 4x: a sharper, larger animation for slides</source>
        <translation>2x oder 4x: eine schärfere, größere Animation für Folien</translation>
    </message>
    <message>
        <source>How far a small diagram may be enlarged on its page</source>
        <translation>Wie weit ein kleines Diagramm auf seiner Seite vergrößert werden darf</translation>
    </message>
    <message>
        <source>Scale:</source>
        <translation>Skalierung:</translation>
    </message>
    <message>
        <source> ms</source>
        <translation> ms</translation>
    </message>
    <message>
        <source>How long each step stays on screen; the slide into a step takes %1 ms more</source>
        <translation>Wie lange jeder Schritt zu sehen ist; der Übergang in einen Schritt dauert %1 ms länger</translation>
    </message>
    <message>
        <source>Hold each step:</source>
        <translation>Jeden Schritt zeigen für:</translation>
    </message>
    <message>
        <source>Caption on each page (what the step did)</source>
        <translation>Untertitel auf jeder Seite (was der Schritt getan hat)</translation>
    </message>
    <message numerus="yes">
        <source>%n step(s), each slid into and then held.</source>
        <translation>
            <numerusform>%n Schritt, mit Übergang und dann gehalten.</numerusform>
            <numerusform>%n Schritte, jeder mit Übergang und dann gehalten.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n page(s), one per step.</source>
        <translation>
            <numerusform>%n Seite, eine pro Schritt.</numerusform>
            <numerusform>%n Seiten, eine pro Schritt.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>memstep::ui::SettingsDialog</name>
    <message>
        <source> MB</source>
        <translation> MB</translation>
    </message>
    <message>
        <source>Preferences</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Maximum &amp;steps:</source>
        <translation>Höchstzahl an &amp;Schritten:</translation>
    </message>
    <message>
        <source>&amp;Memory for the program&apos;s objects:</source>
        <translation>Spei&amp;cher für die Objekte des Programms:</translation>
    </message>
    <message>
        <source>&amp;Output kept:</source>
        <translation>Aufbewahrte &amp;Ausgabe:</translation>
    </message>
    <message>
        <source>&amp;Time limit:</source>
        <translation>&amp;Zeitlimit:</translation>
    </message>
    <message>
        <source>memstep&apos;s interpreter</source>
        <translation>Interpreter von memstep</translation>
    </message>
    <message>
        <source>Python 3</source>
        <translation>Python 3</translation>
    </message>
    <message>
        <source>memstep&apos;s, offering Python 3 for what it cannot run</source>
        <translation>memstep, mit Python 3 als Angebot für das, was er nicht ausführen kann</translation>
    </message>
    <message>
        <source>&amp;Run programs with:</source>
        <translation>Programme aus&amp;führen mit:</translation>
    </message>
    <message>
        <source>memstep&apos;s interpreter cannot touch your computer. Python 3 runs any program, with your own rights: it can read and change your files.</source>
        <translation>Der Interpreter von memstep kann Ihren Computer nicht antasten. Python 3 führt jedes Programm aus, mit Ihren eigenen Rechten: Es kann Ihre Dateien lesen und ändern.</translation>
    </message>
    <message>
        <source>A program that passes a limit stops with a message; the steps up to there can still be explored. New values apply to the next run.</source>
        <translation>Ein Programm, das ein Limit überschreitet, hält mit einer Meldung an; die Schritte bis dahin lassen sich trotzdem erkunden. Neue Werte gelten ab dem nächsten Lauf.</translation>
    </message>
    <message>
        <source>System default (%1)</source>
        <translation>Systemstandard (%1)</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>S&amp;prache:</translation>
    </message>
    <message>
        <source>The new language takes effect the next time memstep starts.</source>
        <translation>Die neue Sprache gilt ab dem nächsten Start von memstep.</translation>
    </message>
</context>
<context>
    <name>memstep::ui::StepControls</name>
    <message>
        <source>Visualize</source>
        <translation>Visualisieren</translation>
    </message>
    <message>
        <source>Run the program and show its memory (Ctrl+Enter)</source>
        <translation>Das Programm ausführen und seinen Speicher zeigen (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>First</source>
        <translation>Anfang</translation>
    </message>
    <message>
        <source>First step (Home)</source>
        <translation>Erster Schritt (Pos1)</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Zurück</translation>
    </message>
    <message>
        <source>Previous step (Left)</source>
        <translation>Vorheriger Schritt (Links)</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Schritt</translation>
    </message>
    <message>
        <source>Next step (Right or Space)</source>
        <translation>Nächster Schritt (Rechts oder Leertaste)</translation>
    </message>
    <message>
        <source>Last</source>
        <translation>Ende</translation>
    </message>
    <message>
        <source>Last step (End)</source>
        <translation>Letzter Schritt (Ende)</translation>
    </message>
    <message>
        <source>Play</source>
        <translation>Abspielen</translation>
    </message>
    <message>
        <source>Play the steps one after another</source>
        <translation>Die Schritte nacheinander abspielen</translation>
    </message>
    <message>
        <source>Timeline: drag to any step</source>
        <translation>Zeitleiste: zu einem beliebigen Schritt ziehen</translation>
    </message>
    <message>
        <source>Step %1 of %2</source>
        <translation>Schritt %1 von %2</translation>
    </message>
    <message>
        <source>Playing speed</source>
        <translation>Abspielgeschwindigkeit</translation>
    </message>
    <message>
        <source>%1 step/s</source>
        <translation>%1 Schritt/s</translation>
    </message>
    <message>
        <source>%1 steps/s</source>
        <translation>%1 Schritte/s</translation>
    </message>
    <message>
        <source>Not running</source>
        <translation>Läuft nicht</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
</context>
</TS>
