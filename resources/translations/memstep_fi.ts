<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fi_FI">
<context>
    <name>QObject</name>
    <message>
        <source>Could not write %1: %2</source>
        <translation>Tiedostoon %1 ei voitu kirjoittaa: %2</translation>
    </message>
    <message>
        <source>Could not write %1</source>
        <translation>Tiedostoon %1 ei voitu kirjoittaa</translation>
    </message>
    <message>
        <source>Steps %1 to %2 are not in the program&apos;s %3 steps</source>
        <translation>Askeleet %1–%2 eivät kuulu ohjelman %3 askeleeseen</translation>
    </message>
    <message>
        <source>Could not write %1: %2 (%3)</source>
        <translation>Tiedostoon %1 ei voitu kirjoittaa: %2 (%3)</translation>
    </message>
    <message>
        <source>Could not write %1: the animation has no colours or no size</source>
        <translation>Tiedostoon %1 ei voitu kirjoittaa: animaatiolla ei ole värejä tai kokoa</translation>
    </message>
    <message>
        <source>cannot start the GIF</source>
        <translation>GIF-tiedostoa ei voi aloittaa</translation>
    </message>
    <message>
        <source>screen descriptor</source>
        <translation>näytön kuvaus</translation>
    </message>
    <message>
        <source>loop extension</source>
        <translation>toistolaajennus</translation>
    </message>
    <message>
        <source>Could not write %1: a frame does not have the animation&apos;s size</source>
        <translation>Tiedostoon %1 ei voitu kirjoittaa: yksi ruutu ei ole animaation kokoinen</translation>
    </message>
    <message>
        <source>frame delay</source>
        <translation>ruudun viive</translation>
    </message>
    <message>
        <source>frame header</source>
        <translation>ruudun otsake</translation>
    </message>
    <message>
        <source>frame pixels</source>
        <translation>ruudun pikselit</translation>
    </message>
    <message>
        <source>closing the file</source>
        <translation>tiedoston sulkeminen</translation>
    </message>
    <message>
        <source>next line to run</source>
        <translation>seuraavaksi suoritettava rivi</translation>
    </message>
    <message>
        <source>line that just ran</source>
        <translation>juuri suoritettu rivi</translation>
    </message>
    <message>
        <source>Output so far</source>
        <translation>Tuloste tähän asti</translation>
    </message>
    <message>
        <source>(nothing printed yet)</source>
        <translation>(ei vielä tulostetta)</translation>
    </message>
    <message>
        <source>%1: steps %2 to %3</source>
        <translation>%1: askeleet %2–%3</translation>
    </message>
    <message>
        <source>Step %1 of %2</source>
        <translation>Askel %1/%2</translation>
    </message>
    <message>
        <source>cannot write the program&apos;s answers to %1</source>
        <translation>ohjelman vastauksia ei voi kirjoittaa tiedostoon %1</translation>
    </message>
    <message>
        <source>the trace python3 recorded could not be read: %1</source>
        <translation>python3:n tallentamaa jälkeä ei voitu lukea: %1</translation>
    </message>
    <message>
        <source>no python3 was found on PATH: install python3 (3.11) to run programs with Python 3</source>
        <translation>PATH-polulta ei löytynyt python3:a: asenna python3 (3.11), jotta voit suorittaa ohjelmia Python 3:lla</translation>
    </message>
    <message>
        <source>memstep_cpython_trace.py was not found beside memstep: reinstall memstep</source>
        <translation>memstep_cpython_trace.py-tiedostoa ei löytynyt memstepin vierestä: asenna memstep uudelleen</translation>
    </message>
    <message>
        <source>cannot write the program to a temporary folder</source>
        <translation>ohjelmaa ei voi kirjoittaa väliaikaiseen kansioon</translation>
    </message>
    <message>
        <source>1 second</source>
        <translation>1 sekunnin</translation>
    </message>
    <message>
        <source>%1 seconds</source>
        <translation>%1 sekunnin</translation>
    </message>
    <message>
        <source>You can raise the limit in Preferences.</source>
        <translation>Voit nostaa rajaa asetuksissa.</translation>
    </message>
    <message>
        <source>Stopped after %1 steps - the program may be in an infinite loop. %2</source>
        <translation>Pysäytetty %1 askeleen jälkeen – ohjelma voi olla ikuisessa silmukassa. %2</translation>
    </message>
    <message>
        <source>Stopped after %1 (the time limit) - the program may be in an infinite loop or too slow to show step by step. %2</source>
        <translation>Pysäytetty %1 jälkeen (aikaraja) – ohjelma voi olla ikuisessa silmukassa tai liian hidas näytettäväksi askel askeleelta. %2</translation>
    </message>
    <message>
        <source>Stopped: the program&apos;s objects needed more than the memory limit of %1 MB (line %2). %3</source>
        <translation>Pysäytetty: ohjelman oliot tarvitsivat enemmän kuin %1 Mt:n muistirajan (rivi %2). %3</translation>
    </message>
    <message>
        <source>Stopped: the program needed more memory than this computer could give. Lowering the memory limit in Preferences makes such a program stop at that limit instead.</source>
        <translation>Pysäytetty: ohjelma tarvitsi enemmän muistia kuin tämä tietokone pystyi antamaan. Kun muistirajaa lasketaan asetuksissa, tällainen ohjelma pysähtyy sen sijaan siihen rajaan.</translation>
    </message>
    <message>
        <source>The program printed more than %1 MB; the rest of its output was dropped. You can raise the output limit in Preferences.</source>
        <translation>Ohjelma tulosti yli %1 Mt; loput tulosteesta jätettiin pois. Voit nostaa tulosterajaa asetuksissa.</translation>
    </message>
    <message>
        <source>%1 is not UTF-8 text, so python3 would not run it (%2: %3). The bytes that are not UTF-8 are shown as �.</source>
        <translation>%1 ei ole UTF-8-tekstiä, joten python3 ei suorittaisi sitä (%2: %3). Tavut, jotka eivät ole UTF-8:aa, näytetään merkkinä �.</translation>
    </message>
    <message>
        <source>%1 contains null bytes, which python3 refuses (&quot;source code cannot contain null bytes&quot;); they are shown as �.</source>
        <translation>%1 sisältää nollatavuja, jotka python3 hylkää (&quot;source code cannot contain null bytes&quot;); ne näytetään merkkinä �.</translation>
    </message>
    <message>
        <source>Export Animation (GIF)</source>
        <translation>Vie animaatio (GIF)</translation>
    </message>
    <message>
        <source>Export Handout (PDF)</source>
        <translation>Vie moniste (PDF)</translation>
    </message>
    <message>
        <source>GIF animation (*.gif)</source>
        <translation>GIF-animaatio (*.gif)</translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation>PDF-asiakirja (*.pdf)</translation>
    </message>
    <message>
        <source>Drawing the animation…</source>
        <translation>Piirretään animaatiota…</translation>
    </message>
    <message>
        <source>Drawing the handout…</source>
        <translation>Piirretään monistetta…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Peruuta</translation>
    </message>
    <message>
        <source>Stopped: the program started more than %1 processes at once (line %2), the limit of a run with Python 3.</source>
        <translation>Pysäytetty: ohjelma käynnisti yli %1 prosessia kerralla (rivi %2), mikä on Python 3 -ajon raja.</translation>
    </message>
</context>
<context>
    <name>memstep::ui::Autosave</name>
    <message>
        <source>cannot create %1</source>
        <translation>kohdetta %1 ei voi luoda</translation>
    </message>
</context>
<context>
    <name>memstep::ui::CaptionBar</name>
    <message>
        <source>What the step just shown did to the program&apos;s memory</source>
        <translation>Mitä juuri näytetty askel teki ohjelman muistille</translation>
    </message>
</context>
<context>
    <name>memstep::ui::DiagramLegend</name>
    <message>
        <source>Mutable objects can change in place; immutable ones never change, a new object is made instead.</source>
        <translation>Muuttuvat oliot voivat muuttua paikallaan; muuttumattomat eivät muutu koskaan, vaan tilalle tehdään uusi olio.</translation>
    </message>
    <message>
        <source>mutable (list, dict, set)</source>
        <translation>muuttuva (list, dict, set)</translation>
    </message>
    <message>
        <source>immutable (int, str, tuple)</source>
        <translation>muuttumaton (int, str, tuple)</translation>
    </message>
    <message>
        <source>refers to</source>
        <translation>viittaa</translation>
    </message>
</context>
<context>
    <name>memstep::ui::DiagramText</name>
    <message>
        <source>%1 (paused)</source>
        <translation>%1 (tauolla)</translation>
    </message>
    <message>
        <source>Global frame</source>
        <translation>Globaali kehys</translation>
    </message>
    <message>
        <source>%1 (returned)</source>
        <translation>%1 (palannut)</translation>
    </message>
    <message>
        <source>… %1 more item</source>
        <translation>… vielä %1 alkio</translation>
    </message>
    <message>
        <source>… %1 more items</source>
        <translation>… vielä %1 alkiota</translation>
    </message>
    <message>
        <source>… %1 more entry</source>
        <translation>… vielä %1 pari</translation>
    </message>
    <message>
        <source>… %1 more entries</source>
        <translation>… vielä %1 paria</translation>
    </message>
    <message>
        <source>default</source>
        <translation>oletus</translation>
    </message>
    <message>
        <source>%1 (closure)</source>
        <translation>%1 (sulkeuma)</translation>
    </message>
    <message>
        <source>… %1 frames not shown …</source>
        <translation>… %1 kehystä piilotettu …</translation>
    </message>
    <message>
        <source>Return value</source>
        <translation>Paluuarvo</translation>
    </message>
    <message>
        <source>Yielded value</source>
        <translation>Tuotettu arvo</translation>
    </message>
    <message>
        <source>Raising</source>
        <translation>Nostaa</translation>
    </message>
    <message>
        <source>empty</source>
        <translation>tyhjä</translation>
    </message>
    <message>
        <source>no attributes</source>
        <translation>ei attribuutteja</translation>
    </message>
    <message>
        <source>str, %1 chars</source>
        <translation>str, %1 merkkiä</translation>
    </message>
    <message>
        <source>int, %1 digits</source>
        <translation>int, %1 numeroa</translation>
    </message>
    <message>
        <source>… (%1 more characters)</source>
        <translation>… (vielä %1 merkkiä)</translation>
    </message>
</context>
<context>
    <name>memstep::ui::ExampleLibrary</name>
    <message>
        <source>Seed 1: two names, one object</source>
        <translation>Alku 1: kaksi nimeä, yksi olio</translation>
    </message>
    <message>
        <source>Seed 2: a += 1 makes a new object</source>
        <translation>Alku 2: a += 1 tekee uuden olion</translation>
    </message>
    <message>
        <source>Aliasing a list</source>
        <translation>Kaksi nimeä samalle listalle</translation>
    </message>
    <message>
        <source>Mutable default argument</source>
        <translation>Muuttuva oletusargumentti</translation>
    </message>
    <message>
        <source>List of lists gotcha</source>
        <translation>Listojen listan ansa</translation>
    </message>
    <message>
        <source>Recursion: factorial</source>
        <translation>Rekursio: kertoma</translation>
    </message>
    <message>
        <source>Linked list made of dicts</source>
        <translation>Dicteistä tehty linkitetty lista</translation>
    </message>
    <message>
        <source>Swapping two variables</source>
        <translation>Kahden muuttujan vaihtaminen</translation>
    </message>
    <message>
        <source>Strings are immutable</source>
        <translation>Merkkijonot ovat muuttumattomia</translation>
    </message>
    <message>
        <source>Dict of lists</source>
        <translation>Listoja sisältävä dict</translation>
    </message>
    <message>
        <source>Function call frames</source>
        <translation>Funktiokutsujen kehykset</translation>
    </message>
    <message>
        <source>Garbage: rebinding drops the old list</source>
        <translation>Roskat: uudelleensidonta hylkää vanhan listan</translation>
    </message>
    <message>
        <source>Copying a list versus aliasing it</source>
        <translation>Listan kopioiminen vai toinen nimi sille</translation>
    </message>
    <message>
        <source>A function changes the caller&apos;s list</source>
        <translation>Funktio muuttaa kutsujan listaa</translation>
    </message>
    <message>
        <source>Asking for input</source>
        <translation>Syötteen kysyminen</translation>
    </message>
    <message>
        <source>Objects made from a class: two names, one instance</source>
        <translation>Luokasta tehdyt oliot: kaksi nimeä, yksi ilmentymä</translation>
    </message>
    <message>
        <source>A closure keeps the variables of the call that made it</source>
        <translation>Sulkeuma säilyttää sen tehneen kutsun muuttujat</translation>
    </message>
    <message>
        <source>copy.copy shares the inner lists; copy.deepcopy copies them too</source>
        <translation>copy.copy jakaa sisemmät listat; copy.deepcopy kopioi nekin</translation>
    </message>
    <message>
        <source>A class attribute is shared; assigning through self makes a new instance attribute</source>
        <translation>Luokka-attribuutti on yhteinen; sijoitus selfin kautta tekee uuden ilmentymäattribuutin</translation>
    </message>
</context>
<context>
    <name>memstep::ui::ExportDialog</name>
    <message>
        <source>Export Diagram</source>
        <translation>Vie kaavio</translation>
    </message>
    <message>
        <source>PNG image</source>
        <translation>PNG-kuva</translation>
    </message>
    <message>
        <source>SVG drawing</source>
        <translation>SVG-piirros</translation>
    </message>
    <message>
        <source>1x</source>
        <translation>1x</translation>
    </message>
    <message>
        <source>2x (sharp on slides)</source>
        <translation>2x (terävä dioissa)</translation>
    </message>
    <message>
        <source>4x (print)</source>
        <translation>4x (tuloste)</translation>
    </message>
    <message>
        <source>White</source>
        <translation>Valkoinen</translation>
    </message>
    <message>
        <source>Transparent</source>
        <translation>Läpinäkyvä</translation>
    </message>
    <message>
        <source>Format:</source>
        <translation>Muoto:</translation>
    </message>
    <message>
        <source>Scale:</source>
        <translation>Mittakaava:</translation>
    </message>
    <message>
        <source>Background:</source>
        <translation>Tausta:</translation>
    </message>
</context>
<context>
    <name>memstep::ui::MainWindow</name>
    <message>
        <source>The program asks for input</source>
        <translation>Ohjelma pyytää syötettä</translation>
    </message>
    <message>
        <source>input():</source>
        <translation>input():</translation>
    </message>
    <message>
        <source>Running… %1 steps</source>
        <translation>Suoritetaan… %1 askelta</translation>
    </message>
    <message>
        <source>Press Visualize (Ctrl+Enter) to see the program&apos;s frames and objects, then Step (Right arrow) through it.</source>
        <translation>Paina Visualisoi (Ctrl+Enter) nähdäksesi ohjelman kehykset ja oliot, ja käy se sitten läpi Askel-painikkeella (oikea nuoli).</translation>
    </message>
    <message>
        <source>What the program prints appears here.</source>
        <translation>Ohjelman tulosteet näkyvät tässä.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Peruuta</translation>
    </message>
    <message>
        <source>Stop running the program (Esc)</source>
        <translation>Pysäytä ohjelman suoritus (Esc)</translation>
    </message>
    <message>
        <source>Run cancelled. Press Visualize to run again.</source>
        <translation>Suoritus peruttu. Paina Visualisoi suorittaaksesi uudelleen.</translation>
    </message>
    <message>
        <source> (line %1)</source>
        <translation> (rivi %1)</translation>
    </message>
    <message>
        <source>%1: %2%3. Fix the code and press Visualize.</source>
        <translation>%1: %2%3. Korjaa koodi ja paina Visualisoi.</translation>
    </message>
    <message>
        <source>%1: %2%3. The steps up to the error can be explored.</source>
        <translation>%1: %2%3. Virhettä edeltäviä askelia voi tutkia.</translation>
    </message>
    <message>
        <source>memstep&apos;s interpreter does not support this program: %1%2.</source>
        <translation>memstepin tulkki ei tue tätä ohjelmaa: %1%2.</translation>
    </message>
    <message>
        <source>The run was cancelled.</source>
        <translation>Suoritus peruttiin.</translation>
    </message>
    <message>
        <source>[output limit reached: the rest of the output was dropped]</source>
        <translation>[tulosteraja saavutettu: loput tulosteesta jätettiin pois]</translation>
    </message>
    <message>
        <source>No breakpoints: click in the margin left of a line to set one.</source>
        <translation>Ei keskeytyskohtia: lisää sellainen napsauttamalla rivin vasemmalla puolella olevaa reunusta.</translation>
    </message>
    <message>
        <source>Running…</source>
        <translation>Suoritetaan…</translation>
    </message>
    <message>
        <source>untitled.py</source>
        <translation>nimeton.py</translation>
    </message>
    <message>
        <source>About memstep</source>
        <translation>Tietoja memstepistä</translation>
    </message>
    <message>
        <source>&lt;h3&gt;memstep %1&lt;/h3&gt;&lt;p&gt;See what Python does with memory, one step at a time: frames on the left, objects on the right, arrows for references.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;memstep %1&lt;/h3&gt;&lt;p&gt;Katso, mitä Python tekee muistilla, askel kerrallaan: kehykset vasemmalla, oliot oikealla, nuolet viittauksina.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Open a Python program</source>
        <translation>Avaa Python-ohjelma</translation>
    </message>
    <message>
        <source>Python files (*.py);;All files (*)</source>
        <translation>Python-tiedostot (*.py);;Kaikki tiedostot (*)</translation>
    </message>
    <message>
        <source>Could not open %1: %2</source>
        <translation>Tiedostoa %1 ei voitu avata: %2</translation>
    </message>
    <message>
        <source>Save the program</source>
        <translation>Tallenna ohjelma</translation>
    </message>
    <message>
        <source>Python files (*.py)</source>
        <translation>Python-tiedostot (*.py)</translation>
    </message>
    <message>
        <source>Could not save %1: %2</source>
        <translation>Tiedostoa %1 ei voitu tallentaa: %2</translation>
    </message>
    <message>
        <source>Nothing to export yet: press Visualize first.</source>
        <translation>Ei vielä mitään vietävää: paina ensin Visualisoi.</translation>
    </message>
    <message>
        <source>Export Diagram</source>
        <translation>Vie kaavio</translation>
    </message>
    <message>
        <source>SVG drawing (*.svg)</source>
        <translation>SVG-piirros (*.svg)</translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation>PNG-kuva (*.png)</translation>
    </message>
    <message>
        <source>Diagram exported to %1</source>
        <translation>Kaavio viety tiedostoon %1</translation>
    </message>
    <message>
        <source>Exported to %1</source>
        <translation>Viety tiedostoon %1</translation>
    </message>
    <message>
        <source>Nothing to copy yet: press Visualize first.</source>
        <translation>Ei vielä mitään kopioitavaa: paina ensin Visualisoi.</translation>
    </message>
    <message>
        <source>Diagram copied to the clipboard</source>
        <translation>Kaavio kopioitu leikepöydälle</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Ohje</translation>
    </message>
    <message>
        <source>&amp;About memstep</source>
        <translation>&amp;Tietoja memstepistä</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Tiedosto</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>&amp;Uusi</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Avaa…</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>&amp;Viimeaikaiset</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Tallenna</translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation>Tallenna &amp;nimellä…</translation>
    </message>
    <message>
        <source>&amp;Export Diagram…</source>
        <translation>Vie &amp;kaavio…</translation>
    </message>
    <message>
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <source>Export Ani&amp;mation (GIF)…</source>
        <translation>Vie ani&amp;maatio (GIF)…</translation>
    </message>
    <message>
        <source>Export &amp;Handout (PDF)…</source>
        <translation>Vie moniste (&amp;PDF)…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Lopeta</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Muokkaa</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Kumoa</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Tee uudelleen</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>&amp;Leikkaa</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>K&amp;opioi</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>L&amp;iitä</translation>
    </message>
    <message>
        <source>Copy &amp;Diagram</source>
        <translation>Kopioi kaa&amp;vio</translation>
    </message>
    <message>
        <source>Ctrl+Shift+C</source>
        <translation>Ctrl+Shift+C</translation>
    </message>
    <message>
        <source>Larger Font</source>
        <translation>Suurempi fontti</translation>
    </message>
    <message>
        <source>Ctrl+Alt+=</source>
        <translation>Ctrl+Alt+=</translation>
    </message>
    <message>
        <source>Smaller Font</source>
        <translation>Pienempi fontti</translation>
    </message>
    <message>
        <source>Ctrl+Alt+-</source>
        <translation>Ctrl+Alt+-</translation>
    </message>
    <message>
        <source>Pr&amp;eferences…</source>
        <translation>&amp;Asetukset…</translation>
    </message>
    <message>
        <source>&amp;Run</source>
        <translation>&amp;Suorita</translation>
    </message>
    <message>
        <source>&amp;Visualize</source>
        <translation>&amp;Visualisoi</translation>
    </message>
    <message>
        <source>Run to &amp;Breakpoint</source>
        <translation>Suorita &amp;keskeytyskohtaan</translation>
    </message>
    <message>
        <source>Visualize with P&amp;ython 3</source>
        <translation>Visualisoi &amp;Python 3:lla</translation>
    </message>
    <message>
        <source>Run the program with Python 3 itself, which runs any program with your own rights: it can read and change your files</source>
        <translation>Suorita ohjelma itse Python 3:lla, joka suorittaa minkä tahansa ohjelman omilla oikeuksillasi: se voi lukea ja muuttaa tiedostojasi</translation>
    </message>
    <message>
        <source>Toggle Breakpoint</source>
        <translation>Keskeytyskohta päälle/pois</translation>
    </message>
    <message>
        <source>&amp;Step</source>
        <translation>&amp;Askel</translation>
    </message>
    <message>
        <source>Bac&amp;k</source>
        <translation>&amp;Takaisin</translation>
    </message>
    <message>
        <source>&amp;First Step</source>
        <translation>&amp;Ensimmäinen askel</translation>
    </message>
    <message>
        <source>&amp;Last Step</source>
        <translation>V&amp;iimeinen askel</translation>
    </message>
    <message>
        <source>&amp;Play / Pause</source>
        <translation>T&amp;oista / tauko</translation>
    </message>
    <message>
        <source>Ctrl+P</source>
        <translation>Ctrl+P</translation>
    </message>
    <message>
        <source>Enter &amp;Input Again</source>
        <translation>Anna &amp;syötteet uudelleen</translation>
    </message>
    <message>
        <source>Forget the answers given to input() and run again, asking anew</source>
        <translation>Unohda input()-kutsuille annetut vastaukset ja suorita uudelleen kysyen ne uudestaan</translation>
    </message>
    <message>
        <source>&amp;Cancel Run</source>
        <translation>Pe&amp;ruuta suoritus</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Näytä</translation>
    </message>
    <message>
        <source>Show &amp;Every Object on the Heap</source>
        <translation>Näytä &amp;jokainen keon olio</translation>
    </message>
    <message>
        <source>Show Object Id&amp;s</source>
        <translation>Näytä olioiden &amp;tunnisteet</translation>
    </message>
    <message>
        <source>A short id on each object: id1, id2, … in order of appearance</source>
        <translation>Lyhyt tunniste jokaisessa oliossa: id1, id2, … ilmestymisjärjestyksessä</translation>
    </message>
    <message>
        <source>Show id() &amp;Numbers</source>
        <translation>Näytä id()-&amp;numerot</translation>
    </message>
    <message>
        <source>The number id() prints, instead of the short id</source>
        <translation>Luku, jonka id() tulostaa, lyhyen tunnisteen sijaan</translation>
    </message>
    <message>
        <source>Show E&amp;xited Frames (greyed)</source>
        <translation>Näytä &amp;päättyneet kehykset (harmaana)</translation>
    </message>
    <message>
        <source>&amp;Captions</source>
        <translation>&amp;Kuvatekstit</translation>
    </message>
    <message>
        <source>Describe each step in words under the diagram</source>
        <translation>Kuvaile jokainen askel sanoin kaavion alla</translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation>&amp;Lähennä</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation>L&amp;oitonna</translation>
    </message>
    <message>
        <source>Ac&amp;tual Size</source>
        <translation>To&amp;dellinen koko</translation>
    </message>
    <message>
        <source>Ctrl+0</source>
        <translation>Ctrl+0</translation>
    </message>
    <message>
        <source>&amp;Fit Diagram to Window</source>
        <translation>Sovita kaavio &amp;ikkunaan</translation>
    </message>
    <message>
        <source>Ctrl+9</source>
        <translation>Ctrl+9</translation>
    </message>
    <message>
        <source>&amp;Dark Theme</source>
        <translation>T&amp;umma teema</translation>
    </message>
    <message>
        <source>&amp;High Contrast</source>
        <translation>Suuri kontr&amp;asti</translation>
    </message>
    <message>
        <source>Black on white with strong borders</source>
        <translation>Mustaa valkoisella, vahvat reunat</translation>
    </message>
    <message>
        <source>&amp;Presentation Mode</source>
        <translation>&amp;Esitystila</translation>
    </message>
    <message>
        <source>&amp;Animation</source>
        <translation>Ani&amp;maatio</translation>
    </message>
    <message>
        <source>&amp;Off</source>
        <translation>&amp;Pois</translation>
    </message>
    <message>
        <source>&amp;Slow</source>
        <translation>&amp;Hidas</translation>
    </message>
    <message>
        <source>&amp;Normal</source>
        <translation>&amp;Normaali</translation>
    </message>
    <message>
        <source>&amp;Fast</source>
        <translation>Nope&amp;a</translation>
    </message>
    <message>
        <source>E&amp;xamples</source>
        <translation>&amp;Esimerkit</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Tallentamattomia muutoksia</translation>
    </message>
    <message>
        <source>Save the changes to the program first?</source>
        <translation>Tallennetaanko ohjelman muutokset ensin?</translation>
    </message>
    <message>
        <source>Could not keep a backup copy of the code (%1). Save it to a file.</source>
        <translation>Koodista ei voitu pitää varmuuskopiota (%1). Tallenna se tiedostoon.</translation>
    </message>
    <message>
        <source>an untitled program</source>
        <translation>nimetön ohjelma</translation>
    </message>
    <message>
        <source>an unknown time</source>
        <translation>tuntematon aika</translation>
    </message>
    <message>
        <source>memstep closed without saving the changes to %1 (last edited %2). Restore them?</source>
        <translation>memstep suljettiin tallentamatta kohteen %1 muutoksia (viimeksi muokattu %2). Palautetaanko ne?</translation>
    </message>
    <message>
        <source>Restored the unsaved code. Undo (Ctrl+Z) brings back what the editor held before.</source>
        <translation>Tallentamaton koodi palautettiin. Kumoa (Ctrl+Z) tuo takaisin sen, mitä editorissa oli aiemmin.</translation>
    </message>
    <message>
        <source>Use the previous answers?</source>
        <translation>Käytetäänkö aiempia vastauksia?</translation>
    </message>
    <message>
        <source>The code changed since input() was answered with %1. Use the previous answers again?</source>
        <translation>Koodi on muuttunut sen jälkeen, kun input()-kutsuun vastattiin %1. Käytetäänkö aiempia vastauksia uudelleen?</translation>
    </message>
    <message>
        <source>Run cancelled at input(). The steps up to it can be explored; press Visualize to run again and answer.</source>
        <translation>Suoritus peruttiin input()-kutsun kohdalla. Sitä edeltäviä askelia voi tutkia; paina Visualisoi suorittaaksesi uudelleen ja vastataksesi.</translation>
    </message>
    <message>
        <source>Python 3 could not run the program: %1.</source>
        <translation>Python 3 ei voinut suorittaa ohjelmaa: %1.</translation>
    </message>
    <message>
        <source>memstep&apos;s interpreter does not support this program: %1. Python 3 could run it, but %2.</source>
        <translation>memstepin tulkki ei tue tätä ohjelmaa: %1. Python 3 voisi suorittaa sen, mutta %2.</translation>
    </message>
    <message>
        <source>memstep&apos;s interpreter does not support this program: %1. %2 can run it, with your own rights: it can read and change your files.</source>
        <translation>memstepin tulkki ei tue tätä ohjelmaa: %1. %2 voi suorittaa sen omilla oikeuksillasi: se voi lukea ja muuttaa tiedostojasi.</translation>
    </message>
    <message>
        <source>Run with %1</source>
        <translation>Suorita: %1</translation>
    </message>
    <message>
        <source>Ran with %1, with your own rights.</source>
        <translation>Suoritettu: %1, omilla oikeuksillasi.</translation>
    </message>
    <message>
        <source>Ran with %1, because memstep&apos;s interpreter does not support this program: %2.</source>
        <translation>Suoritettu: %1, koska memstepin tulkki ei tue tätä ohjelmaa: %2.</translation>
    </message>
</context>
<context>
    <name>memstep::ui::NoticeBar</name>
    <message>
        <source>Hide this message</source>
        <translation>Piilota tämä viesti</translation>
    </message>
</context>
<context>
    <name>memstep::ui::PresentationMode</name>
    <message>
        <source>Step %1 of %2</source>
        <translation>Askel %1/%2</translation>
    </message>
</context>
<context>
    <name>memstep::ui::RestoreBar</name>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Palauta</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Hylkää</translation>
    </message>
    <message>
        <source>Put the unsaved code back in the editor (Undo brings back what was there)</source>
        <translation>Palauta tallentamaton koodi editoriin (Kumoa tuo takaisin sen, mitä siinä oli)</translation>
    </message>
    <message>
        <source>Delete the unsaved copy</source>
        <translation>Poista tallentamaton kopio</translation>
    </message>
</context>
<context>
    <name>memstep::ui::SequenceExportDialog</name>
    <message>
        <source>Export Animation (GIF)</source>
        <translation>Vie animaatio (GIF)</translation>
    </message>
    <message>
        <source>Export Handout (PDF)</source>
        <translation>Vie moniste (PDF)</translation>
    </message>
    <message>
        <source>The step now on screen is %1</source>
        <translation>Näytöllä on nyt askel %1</translation>
    </message>
    <message>
        <source>From step:</source>
        <translation>Askeleesta:</translation>
    </message>
    <message>
        <source>To step:</source>
        <translation>Askeleeseen:</translation>
    </message>
    <message>
        <source>%1x</source>
        <translation>%1x</translation>
    </message>
    <message>
        <source>2x or 4x: a sharper, larger animation for slides</source>
        <translation>2x tai 4x: terävämpi ja suurempi animaatio dioihin</translation>
    </message>
    <message>
        <source>How far a small diagram may be enlarged on its page</source>
        <translation>Kuinka paljon pientä kaaviota saa suurentaa sivullaan</translation>
    </message>
    <message>
        <source>Scale:</source>
        <translation>Mittakaava:</translation>
    </message>
    <message>
        <source> ms</source>
        <translation> ms</translation>
    </message>
    <message>
        <source>How long each step stays on screen; the slide into a step takes %1 ms more</source>
        <translation>Kuinka kauan kukin askel pysyy näytöllä; siirtymä askeleeseen kestää %1 ms lisää</translation>
    </message>
    <message>
        <source>Hold each step:</source>
        <translation>Näytä kutakin askelta:</translation>
    </message>
    <message>
        <source>Caption on each page (what the step did)</source>
        <translation>Kuvateksti jokaisella sivulla (mitä askel teki)</translation>
    </message>
    <message numerus="yes">
        <source>%n step(s), each slid into and then held.</source>
        <translation>
            <numerusform>%n askel, siirtymän jälkeen pysäytettynä.</numerusform>
            <numerusform>%n askelta, kukin siirtymän jälkeen pysäytettynä.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n page(s), one per step.</source>
        <translation>
            <numerusform>%n sivu, yksi askelta kohden.</numerusform>
            <numerusform>%n sivua, yksi askelta kohden.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>memstep::ui::SettingsDialog</name>
    <message>
        <source> MB</source>
        <translation> Mt</translation>
    </message>
    <message>
        <source>Preferences</source>
        <translation>Asetukset</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Maximum &amp;steps:</source>
        <translation>Askelten &amp;enimmäismäärä:</translation>
    </message>
    <message>
        <source>&amp;Memory for the program&apos;s objects:</source>
        <translation>&amp;Muisti ohjelman olioille:</translation>
    </message>
    <message>
        <source>&amp;Output kept:</source>
        <translation>Säilytettävä &amp;tuloste:</translation>
    </message>
    <message>
        <source>&amp;Time limit:</source>
        <translation>&amp;Aikaraja:</translation>
    </message>
    <message>
        <source>memstep&apos;s interpreter</source>
        <translation>memstepin tulkki</translation>
    </message>
    <message>
        <source>Python 3</source>
        <translation>Python 3</translation>
    </message>
    <message>
        <source>memstep&apos;s, offering Python 3 for what it cannot run</source>
        <translation>memstepin tulkki, joka tarjoaa Python 3:a siihen, mitä se ei osaa suorittaa</translation>
    </message>
    <message>
        <source>&amp;Run programs with:</source>
        <translation>&amp;Suorita ohjelmat:</translation>
    </message>
    <message>
        <source>memstep&apos;s interpreter cannot touch your computer. Python 3 runs any program, with your own rights: it can read and change your files.</source>
        <translation>memstepin tulkki ei voi koskea tietokoneeseesi. Python 3 suorittaa minkä tahansa ohjelman omilla oikeuksillasi: se voi lukea ja muuttaa tiedostojasi.</translation>
    </message>
    <message>
        <source>A program that passes a limit stops with a message; the steps up to there can still be explored. New values apply to the next run.</source>
        <translation>Rajan ylittävä ohjelma pysähtyy ja näyttää viestin; siihen asti kuljettuja askelia voi silti tutkia. Uudet arvot ovat voimassa seuraavasta suorituksesta alkaen.</translation>
    </message>
    <message>
        <source>System default (%1)</source>
        <translation>Järjestelmän oletus (%1)</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Kieli:</translation>
    </message>
    <message>
        <source>The new language takes effect the next time memstep starts.</source>
        <translation>Uusi kieli otetaan käyttöön, kun memstep käynnistetään seuraavan kerran.</translation>
    </message>
</context>
<context>
    <name>memstep::ui::StepControls</name>
    <message>
        <source>Visualize</source>
        <translation>Visualisoi</translation>
    </message>
    <message>
        <source>Run the program and show its memory (Ctrl+Enter)</source>
        <translation>Suorita ohjelma ja näytä sen muisti (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>First</source>
        <translation>Alkuun</translation>
    </message>
    <message>
        <source>First step (Home)</source>
        <translation>Ensimmäinen askel (Home)</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Takaisin</translation>
    </message>
    <message>
        <source>Previous step (Left)</source>
        <translation>Edellinen askel (vasen nuoli)</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Askel</translation>
    </message>
    <message>
        <source>Next step (Right or Space)</source>
        <translation>Seuraava askel (oikea nuoli tai välilyönti)</translation>
    </message>
    <message>
        <source>Last</source>
        <translation>Loppuun</translation>
    </message>
    <message>
        <source>Last step (End)</source>
        <translation>Viimeinen askel (End)</translation>
    </message>
    <message>
        <source>Play</source>
        <translation>Toista</translation>
    </message>
    <message>
        <source>Play the steps one after another</source>
        <translation>Toista askeleet peräkkäin</translation>
    </message>
    <message>
        <source>Timeline: drag to any step</source>
        <translation>Aikajana: vedä mihin tahansa askeleeseen</translation>
    </message>
    <message>
        <source>Step %1 of %2</source>
        <translation>Askel %1/%2</translation>
    </message>
    <message>
        <source>Playing speed</source>
        <translation>Toistonopeus</translation>
    </message>
    <message>
        <source>%1 step/s</source>
        <translation>%1 askel/s</translation>
    </message>
    <message>
        <source>%1 steps/s</source>
        <translation>%1 askelta/s</translation>
    </message>
    <message>
        <source>Not running</source>
        <translation>Ei käynnissä</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Tauko</translation>
    </message>
</context>
</TS>
