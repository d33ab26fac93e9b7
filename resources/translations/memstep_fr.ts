<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>QObject</name>
    <message>
        <source>Could not write %1: %2</source>
        <translation>Impossible d&apos;écrire %1 : %2</translation>
    </message>
    <message>
        <source>Could not write %1</source>
        <translation>Impossible d&apos;écrire %1</translation>
    </message>
    <message>
        <source>Steps %1 to %2 are not in the program&apos;s %3 steps</source>
        <translation>Les étapes %1 à %2 ne font pas partie des %3 étapes du programme</translation>
    </message>
    <message>
        <source>Could not write %1: %2 (%3)</source>
        <translation>Impossible d&apos;écrire %1 : %2 (%3)</translation>
    </message>
    <message>
        <source>Could not write %1: the animation has no colours or no size</source>
        <translation>Impossible d&apos;écrire %1 : l&apos;animation n&apos;a pas de couleurs ou pas de taille</translation>
    </message>
    <message>
        <source>cannot start the GIF</source>
        <translation>impossible de commencer le GIF</translation>
    </message>
    <message>
        <source>screen descriptor</source>
        <translation>descripteur d&apos;écran</translation>
    </message>
    <message>
        <source>loop extension</source>
        <translation>extension de boucle</translation>
    </message>
    <message>
        <source>Could not write %1: a frame does not have the animation&apos;s size</source>
        <translation>Impossible d&apos;écrire %1 : une image n&apos;a pas la taille de l&apos;animation</translation>
    </message>
    <message>
        <source>frame delay</source>
        <translation>délai de l&apos;image</translation>
    </message>
    <message>
        <source>frame header</source>
        <translation>en-tête de l&apos;image</translation>
    </message>
    <message>
        <source>frame pixels</source>
        <translation>pixels de l&apos;image</translation>
    </message>
    <message>
        <source>closing the file</source>
        <translation>fermeture du fichier</translation>
    </message>
    <message>
        <source>next line to run</source>
        <translation>prochaine ligne à exécuter</translation>
    </message>
    <message>
        <source>line that just ran</source>
        <translation>ligne qui vient de s&apos;exécuter</translation>
    </message>
    <message>
        <source>Output so far</source>
        <translation>Sortie jusqu&apos;ici</translation>
    </message>
    <message>
        <source>(nothing printed yet)</source>
        <translation>(rien d&apos;affiché pour l&apos;instant)</translation>
    </message>
    <message>
        <source>%1: steps %2 to %3</source>
        <translation>%1 : étapes %2 à %3</translation>
    </message>
    <message>
        <source>Step %1 of %2</source>
        <translation>Étape %1 sur %2</translation>
    </message>
    <message>
        <source>cannot write the program&apos;s answers to %1</source>
        <translation>impossible d&apos;écrire les réponses du programme dans %1</translation>
    </message>
    <message>
        <source>the trace python3 recorded could not be read: %1</source>
        <translation>la trace enregistrée par python3 n&apos;a pas pu être lue : %1</translation>
    </message>
    <message>
        <source>no python3 was found on PATH: install python3 (3.11) to run programs with Python 3</source>
        <translation>aucun python3 trouvé dans le PATH : installez python3 (3.11) pour exécuter des programmes avec Python 3</translation>
    </message>
    <message>
        <source>memstep_cpython_trace.py was not found beside memstep: reinstall memstep</source>
        <translation>memstep_cpython_trace.py est introuvable à côté de memstep : réinstallez memstep</translation>
    </message>
    <message>
        <source>cannot write the program to a temporary folder</source>
        <translation>impossible d&apos;écrire le programme dans un dossier temporaire</translation>
    </message>
    <message>
        <source>1 second</source>
        <translation>1 seconde</translation>
    </message>
    <message>
        <source>%1 seconds</source>
        <translation>%1 secondes</translation>
    </message>
    <message>
        <source>You can raise the limit in Preferences.</source>
        <translation>Vous pouvez augmenter la limite dans les Préférences.</translation>
    </message>
    <message>
        <source>Stopped after %1 steps - the program may be in an infinite loop. %2</source>
        <translation>Arrêté après %1 étapes – le programme est peut-être dans une boucle infinie. %2</translation>
    </message>
    <message>
        <source>Stopped after %1 (the time limit) - the program may be in an infinite loop or too slow to show step by step. %2</source>
        <translation>Arrêté après %1 (la limite de temps) – le programme est peut-être dans une boucle infinie ou trop lent pour être montré étape par étape. %2</translation>
    </message>
    <message>
        <source>Stopped: the program&apos;s objects needed more than the memory limit of %1 MB (line %2). %3</source>
        <translation>Arrêté : les objets du programme ont eu besoin de plus que la limite de mémoire de %1 Mo (ligne %2). %3</translation>
    </message>
    <message>
        <source>Stopped: the program needed more memory than this computer could give. Lowering the memory limit in Preferences makes such a program stop at that limit instead.</source>
        <translation>Arrêté : le programme a eu besoin de plus de mémoire que cet ordinateur ne pouvait en fournir. Avec une limite de mémoire plus basse dans les Préférences, un tel programme s&apos;arrête plutôt à cette limite.</translation>
    </message>
    <message>
        <source>The program printed more than %1 MB; the rest of its output was dropped. You can raise the output limit in Preferences.</source>
        <translation>Le programme a affiché plus de %1 Mo ; le reste de sa sortie a été abandonné. Vous pouvez augmenter la limite de sortie dans les Préférences.</translation>
    </message>
    <message>
        <source>%1 is not UTF-8 text, so python3 would not run it (%2: %3). The bytes that are not UTF-8 are shown as �.</source>
        <translation>%1 n&apos;est pas du texte UTF-8, donc python3 ne l&apos;exécuterait pas (%2 : %3). Les octets qui ne sont pas de l&apos;UTF-8 sont affichés comme �.</translation>
    </message>
    <message>
        <source>%1 contains null bytes, which python3 refuses (&quot;source code cannot contain null bytes&quot;); they are shown as �.</source>
        <translation>%1 contient des octets nuls, que python3 refuse (« source code cannot contain null bytes ») ; ils sont affichés comme �.</translation>
    </message>
    <message>
        <source>Export Animation (GIF)</source>
        <translation>Exporter l&apos;animation (GIF)</translation>
    </message>
    <message>
        <source>Export Handout (PDF)</source>
        <translation>Exporter le polycopié (PDF)</translation>
    </message>
    <message>
        <source>GIF animation (*.gif)</source>
        <translation>Animation GIF (*.gif)</translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation>Document PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Drawing the animation…</source>
        <translation>Dessin de l&apos;animation…</translation>
    </message>
    <message>
        <source>Drawing the handout…</source>
        <translation>Dessin du polycopié…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Stopped: the program started more than %1 processes at once (line %2), the limit of a run with Python 3.</source>
        <translation>Arrêté : le programme a lancé plus de %1 processus à la fois (ligne %2), la limite d&apos;une exécution avec Python 3.</translation>
    </message>
</context>
<context>
    <name>memstep::ui::Autosave</name>
    <message>
        <source>cannot create %1</source>
        <translation>impossible de créer %1</translation>
    </message>
</context>
<context>
    <name>memstep::ui::CaptionBar</name>
    <message>
        <source>What the step just shown did to the program&apos;s memory</source>
        <translation>Ce que l&apos;étape affichée a fait à la mémoire du programme</translation>
    </message>
</context>
<context>
    <name>memstep::ui::DiagramLegend</name>
    <message>
        <source>Mutable objects can change in place; immutable ones never change, a new object is made instead.</source>
        <translation>Les objets mutables peuvent changer sur place ; les immuables ne changent jamais, un nouvel objet est créé à la place.</translation>
    </message>
    <message>
        <source>mutable (list, dict, set)</source>
        <translation>mutable (list, dict, set)</translation>
    </message>
    <message>
        <source>immutable (int, str, tuple)</source>
        <translation>immuable (int, str, tuple)</translation>
    </message>
    <message>
        <source>refers to</source>
        <translation>fait référence à</translation>
    </message>
</context>
<context>
    <name>memstep::ui::DiagramText</name>
    <message>
        <source>%1 (paused)</source>
        <translation>%1 (en pause)</translation>
    </message>
    <message>
        <source>Global frame</source>
        <translation>Cadre global</translation>
    </message>
    <message>
        <source>%1 (returned)</source>
        <translation>%1 (terminé)</translation>
    </message>
    <message>
        <source>… %1 more item</source>
        <translation>… %1 élément de plus</translation>
    </message>
    <message>
        <source>… %1 more items</source>
        <translation>… %1 éléments de plus</translation>
    </message>
    <message>
        <source>… %1 more entry</source>
        <translation>… %1 entrée de plus</translation>
    </message>
    <message>
        <source>… %1 more entries</source>
        <translation>… %1 entrées de plus</translation>
    </message>
    <message>
        <source>default</source>
        <translation>défaut</translation>
    </message>
    <message>
        <source>%1 (closure)</source>
        <translation>%1 (fermeture)</translation>
    </message>
    <message>
        <source>… %1 frames not shown …</source>
        <translation>… %1 cadres non affichés …</translation>
    </message>
    <message>
        <source>Return value</source>
        <translation>Valeur renvoyée</translation>
    </message>
    <message>
        <source>Yielded value</source>
        <translation>Valeur produite</translation>
    </message>
    <message>
        <source>Raising</source>
        <translation>Lève</translation>
    </message>
    <message>
        <source>empty</source>
        <translation>vide</translation>
    </message>
    <message>
        <source>no attributes</source>
        <translation>aucun attribut</translation>
    </message>
    <message>
        <source>str, %1 chars</source>
        <translation>str, %1 caractères</translation>
    </message>
    <message>
        <source>int, %1 digits</source>
        <translation>int, %1 chiffres</translation>
    </message>
    <message>
        <source>… (%1 more characters)</source>
        <translation>… (%1 caractères de plus)</translation>
    </message>
</context>
<context>
    <name>memstep::ui::ExampleLibrary</name>
    <message>
        <source>Seed 1: two names, one object</source>
        <translation>Départ 1 : deux noms, un objet</translation>
    </message>
    <message>
        <source>Seed 2: a += 1 makes a new object</source>
        <translation>Départ 2 : a += 1 crée un nouvel objet</translation>
    </message>
    <message>
        <source>Aliasing a list</source>
        <translation>Deux noms pour une liste</translation>
    </message>
    <message>
        <source>Mutable default argument</source>
        <translation>Argument par défaut mutable</translation>
    </message>
    <message>
        <source>List of lists gotcha</source>
        <translation>Le piège de la liste de listes</translation>
    </message>
    <message>
        <source>Recursion: factorial</source>
        <translation>Récursivité : factorielle</translation>
    </message>
    <message>
        <source>Linked list made of dicts</source>
        <translation>Liste chaînée faite de dicts</translation>
    </message>
    <message>
        <source>Swapping two variables</source>
        <translation>Échanger deux variables</translation>
    </message>
    <message>
        <source>Strings are immutable</source>
        <translation>Les chaînes sont immuables</translation>
    </message>
    <message>
        <source>Dict of lists</source>
        <translation>Un dict de listes</translation>
    </message>
    <message>
        <source>Function call frames</source>
        <translation>Cadres des appels de fonction</translation>
    </message>
    <message>
        <source>Garbage: rebinding drops the old list</source>
        <translation>Déchets : réaffecter abandonne l&apos;ancienne liste</translation>
    </message>
    <message>
        <source>Copying a list versus aliasing it</source>
        <translation>Copier une liste ou lui donner un second nom</translation>
    </message>
    <message>
        <source>A function changes the caller&apos;s list</source>
        <translation>Une fonction modifie la liste de l&apos;appelant</translation>
    </message>
    <message>
        <source>Asking for input</source>
        <translation>Demander une saisie</translation>
    </message>
    <message>
        <source>Objects made from a class: two names, one instance</source>
        <translation>Objets créés par une classe : deux noms, une instance</translation>
    </message>
    <message>
        <source>A closure keeps the variables of the call that made it</source>
        <translation>Une fermeture garde les variables de l&apos;appel qui l&apos;a créée</translation>
    </message>
    <message>
        <source>copy.copy shares the inner lists; copy.deepcopy copies them too</source>
        <translation>copy.copy partage les listes internes ; copy.deepcopy les copie aussi</translation>
    </message>
    <message>
        <source>A class attribute is shared; assigning through self makes a new instance attribute</source>
        <translation>Un attribut de classe est partagé ; une affectation via self crée un nouvel attribut d&apos;instance</translation>
    </message>
</context>
<context>
    <name>memstep::ui::ExportDialog</name>
    <message>
        <source>Export Diagram</source>
        <translation>Exporter le diagramme</translation>
    </message>
    <message>
        <source>PNG image</source>
        <translation>Image PNG</translation>
    </message>
    <message>
        <source>SVG drawing</source>
        <translation>Dessin SVG</translation>
    </message>
    <message>
        <source>1x</source>
        <translation>1x</translation>
    </message>
    <message>
        <source>2x (sharp on slides)</source>
        <translation>2x (net sur des diapositives)</translation>
    </message>
    <message>
        <source>4x (print)</source>
        <translation>4x (impression)</translation>
    </message>
    <message>
        <source>White</source>
        <translation>Blanc</translation>
    </message>
    <message>
        <source>Transparent</source>
        <translation>Transparent</translation>
    </message>
    <message>
        <source>Format:</source>
        <translation>Format :</translation>
    </message>
    <message>
        <source>Scale:</source>
        <translation>Échelle :</translation>
    </message>
    <message>
        <source>Background:</source>
        <translation>Fond :</translation>
    </message>
</context>
<context>
    <name>memstep::ui::MainWindow</name>
    <message>
        <source>The program asks for input</source>
        <translation>Le programme demande une saisie</translation>
    </message>
    <message>
        <source>input():</source>
        <translation>input() :</translation>
    </message>
    <message>
        <source>Running… %1 steps</source>
        <translation>Exécution… %1 étapes</translation>
    </message>
    <message>
        <source>Press Visualize (Ctrl+Enter) to see the program&apos;s frames and objects, then Step (Right arrow) through it.</source>
        <translation>Appuyez sur Visualiser (Ctrl+Entrée) pour voir les cadres et les objets du programme, puis parcourez-le avec Avancer (flèche droite).</translation>
    </message>
    <message>
        <source>What the program prints appears here.</source>
        <translation>Ce que le programme affiche apparaît ici.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Stop running the program (Esc)</source>
        <translation>Arrêter l&apos;exécution du programme (Échap)</translation>
    </message>
    <message>
        <source>Run cancelled. Press Visualize to run again.</source>
        <translation>Exécution annulée. Appuyez sur Visualiser pour relancer.</translation>
    </message>
    <message>
        <source> (line %1)</source>
        <translation> (ligne %1)</translation>
    </message>
    <message>
        <source>%1: %2%3. Fix the code and press Visualize.</source>
        <translation>%1: %2%3. Corrigez le code et appuyez sur Visualiser.</translation>
    </message>
    <message>
        <source>%1: %2%3. The steps up to the error can be explored.</source>
        <translation>%1: %2%3. Les étapes jusqu&apos;à l&apos;erreur peuvent être explorées.</translation>
    </message>
    <message>
        <source>memstep&apos;s interpreter does not support this program: %1%2.</source>
        <translation>L&apos;interpréteur de memstep ne prend pas en charge ce programme : %1%2.</translation>
    </message>
    <message>
        <source>The run was cancelled.</source>
        <translation>L&apos;exécution a été annulée.</translation>
    </message>
    <message>
        <source>[output limit reached: the rest of the output was dropped]</source>
        <translation>[limite de sortie atteinte : le reste de la sortie a été abandonné]</translation>
    </message>
    <message>
        <source>No breakpoints: click in the margin left of a line to set one.</source>
        <translation>Aucun point d&apos;arrêt : cliquez dans la marge à gauche d&apos;une ligne pour en placer un.</translation>
    </message>
    <message>
        <source>Running…</source>
        <translation>Exécution…</translation>
    </message>
    <message>
        <source>untitled.py</source>
        <translation>sans_titre.py</translation>
    </message>
    <message>
        <source>About memstep</source>
        <translation>À propos de memstep</translation>
    </message>
    <message>
        <source>&lt;h3&gt;memstep %1&lt;/h3&gt;&lt;p&gt;See what Python does with memory, one step at a time: frames on the left, objects on the right, arrows for references.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;memstep %1&lt;/h3&gt;&lt;p&gt;Voyez ce que Python fait de la mémoire, une étape à la fois : les cadres à gauche, les objets à droite, des flèches pour les références.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Open a Python program</source>
        <translation>Ouvrir un programme Python</translation>
    </message>
    <message>
        <source>Python files (*.py);;All files (*)</source>
        <translation>Fichiers Python (*.py);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Could not open %1: %2</source>
        <translation>Impossible d&apos;ouvrir %1 : %2</translation>
    </message>
    <message>
        <source>Save the program</source>
        <translation>Enregistrer le programme</translation>
    </message>
    <message>
        <source>Python files (*.py)</source>
        <translation>Fichiers Python (*.py)</translation>
    </message>
    <message>
        <source>Could not save %1: %2</source>
        <translation>Impossible d&apos;enregistrer %1 : %2</translation>
    </message>
    <message>
        <source>Nothing to export yet: press Visualize first.</source>
        <translation>Rien à exporter pour l&apos;instant : appuyez d&apos;abord sur Visualiser.</translation>
    </message>
    <message>
        <source>Export Diagram</source>
        <translation>Exporter le diagramme</translation>
    </message>
    <message>
        <source>SVG drawing (*.svg)</source>
        <translation>Dessin SVG (*.svg)</translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation>Image PNG (*.png)</translation>
    </message>
    <message>
        <source>Diagram exported to %1</source>
        <translation>Diagramme exporté vers %1</translation>
    </message>
    <message>
        <source>Exported to %1</source>
        <translation>Exporté vers %1</translation>
    </message>
    <message>
        <source>Nothing to copy yet: press Visualize first.</source>
        <translation>Rien à copier pour l&apos;instant : appuyez d&apos;abord sur Visualiser.</translation>
    </message>
    <message>
        <source>Diagram copied to the clipboard</source>
        <translation>Diagramme copié dans le presse-papiers</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Ai&amp;de</translation>
    </message>
    <message>
        <source>&amp;About memstep</source>
        <translation>À &amp;propos de memstep</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>&amp;Nouveau</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Ouvrir…</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>Fichiers &amp;récents</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation>Enregistrer &amp;sous…</translation>
    </message>
    <message>
        <source>&amp;Export Diagram…</source>
        <translation>E&amp;xporter le diagramme…</translation>
    </message>
    <message>
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <source>Export Ani&amp;mation (GIF)…</source>
        <translation>Exporter l&apos;&amp;animation (GIF)…</translation>
    </message>
    <message>
        <source>Export &amp;Handout (PDF)…</source>
        <translation>Exporter le &amp;polycopié (PDF)…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Édition</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>Co&amp;uper</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copier</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>C&amp;oller</translation>
    </message>
    <message>
        <source>Copy &amp;Diagram</source>
        <translation>Copier le &amp;diagramme</translation>
    </message>
    <message>
        <source>Ctrl+Shift+C</source>
        <translation>Ctrl+Shift+C</translation>
    </message>
    <message>
        <source>Larger Font</source>
        <translation>Police plus grande</translation>
    </message>
    <message>
        <source>Ctrl+Alt+=</source>
        <translation>Ctrl+Alt+=</translation>
    </message>
    <message>
        <source>Smaller Font</source>
        <translation>Police plus petite</translation>
    </message>
    <message>
        <source>Ctrl+Alt+-</source>
        <translation>Ctrl+Alt+-</translation>
    </message>
    <message>
        <source>Pr&amp;eferences…</source>
        <translation>&amp;Préférences…</translation>
    </message>
    <message>
        <source>&amp;Run</source>
        <translation>E&amp;xécution</translation>
    </message>
    <message>
        <source>&amp;Visualize</source>
        <translation>&amp;Visualiser</translation>
    </message>
    <message>
        <source>Run to &amp;Breakpoint</source>
        <translation>Exécuter jusqu&apos;au &amp;point d&apos;arrêt</translation>
    </message>
    <message>
        <source>Visualize with P&amp;ython 3</source>
        <translation>Visualiser avec P&amp;ython 3</translation>
    </message>
    <message>
        <source>Run the program with Python 3 itself, which runs any program with your own rights: it can read and change your files</source>
        <translation>Exécuter le programme avec Python 3 lui-même, qui exécute n&apos;importe quel programme avec vos propres droits : il peut lire et modifier vos fichiers</translation>
    </message>
    <message>
        <source>Toggle Breakpoint</source>
        <translation>Placer/retirer un point d&apos;arrêt</translation>
    </message>
    <message>
        <source>&amp;Step</source>
        <translation>&amp;Avancer</translation>
    </message>
    <message>
        <source>Bac&amp;k</source>
        <translation>&amp;Reculer</translation>
    </message>
    <message>
        <source>&amp;First Step</source>
        <translation>Première é&amp;tape</translation>
    </message>
    <message>
        <source>&amp;Last Step</source>
        <translation>&amp;Dernière étape</translation>
    </message>
    <message>
        <source>&amp;Play / Pause</source>
        <translation>&amp;Lecture / Pause</translation>
    </message>
    <message>
        <source>Ctrl+P</source>
        <translation>Ctrl+P</translation>
    </message>
    <message>
        <source>Enter &amp;Input Again</source>
        <translation>Ressaisir les &amp;entrées</translation>
    </message>
    <message>
        <source>Forget the answers given to input() and run again, asking anew</source>
        <translation>Oublier les réponses données à input() et relancer en les redemandant</translation>
    </message>
    <message>
        <source>&amp;Cancel Run</source>
        <translation>Arrêter l&apos;e&amp;xécution</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>Show &amp;Every Object on the Heap</source>
        <translation>Afficher chaque &amp;objet du tas</translation>
    </message>
    <message>
        <source>Show Object Id&amp;s</source>
        <translation>Afficher les &amp;ids des objets</translation>
    </message>
    <message>
        <source>A short id on each object: id1, id2, … in order of appearance</source>
        <translation>Un id court sur chaque objet : id1, id2, … dans l&apos;ordre d&apos;apparition</translation>
    </message>
    <message>
        <source>Show id() &amp;Numbers</source>
        <translation>Afficher les &amp;numéros id()</translation>
    </message>
    <message>
        <source>The number id() prints, instead of the short id</source>
        <translation>Le nombre qu&apos;affiche id(), au lieu de l&apos;id court</translation>
    </message>
    <message>
        <source>Show E&amp;xited Frames (greyed)</source>
        <translation>Afficher les cadres &amp;terminés (grisés)</translation>
    </message>
    <message>
        <source>&amp;Captions</source>
        <translation>&amp;Légendes</translation>
    </message>
    <message>
        <source>Describe each step in words under the diagram</source>
        <translation>Décrire chaque étape en mots sous le diagramme</translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation>Zoom a&amp;vant</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation>Zoom a&amp;rrière</translation>
    </message>
    <message>
        <source>Ac&amp;tual Size</source>
        <translation>Taille ré&amp;elle</translation>
    </message>
    <message>
        <source>Ctrl+0</source>
        <translation>Ctrl+0</translation>
    </message>
    <message>
        <source>&amp;Fit Diagram to Window</source>
        <translation>&amp;Ajuster le diagramme à la fenêtre</translation>
    </message>
    <message>
        <source>Ctrl+9</source>
        <translation>Ctrl+9</translation>
    </message>
    <message>
        <source>&amp;Dark Theme</source>
        <translation>Thème &amp;sombre</translation>
    </message>
    <message>
        <source>&amp;High Contrast</source>
        <translation>&amp;Contraste élevé</translation>
    </message>
    <message>
        <source>Black on white with strong borders</source>
        <translation>Noir sur blanc avec des bordures marquées</translation>
    </message>
    <message>
        <source>&amp;Presentation Mode</source>
        <translation>Mode &amp;présentation</translation>
    </message>
    <message>
        <source>&amp;Animation</source>
        <translation>Ani&amp;mation</translation>
    </message>
    <message>
        <source>&amp;Off</source>
        <translation>&amp;Désactivée</translation>
    </message>
    <message>
        <source>&amp;Slow</source>
        <translation>&amp;Lente</translation>
    </message>
    <message>
        <source>&amp;Normal</source>
        <translation>&amp;Moyenne</translation>
    </message>
    <message>
        <source>&amp;Fast</source>
        <translation>&amp;Rapide</translation>
    </message>
    <message>
        <source>E&amp;xamples</source>
        <translation>Exe&amp;mples</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Modifications non enregistrées</translation>
    </message>
    <message>
        <source>Save the changes to the program first?</source>
        <translation>Enregistrer d&apos;abord les modifications du programme ?</translation>
    </message>
    <message>
        <source>Could not keep a backup copy of the code (%1). Save it to a file.</source>
        <translation>Impossible de garder une copie de secours du code (%1). Enregistrez-le dans un fichier.</translation>
    </message>
    <message>
        <source>an untitled program</source>
        <translation>un programme sans titre</translation>
    </message>
    <message>
        <source>an unknown time</source>
        <translation>à une date inconnue</translation>
    </message>
    <message>
        <source>memstep closed without saving the changes to %1 (last edited %2). Restore them?</source>
        <translation>memstep s&apos;est fermé sans enregistrer les modifications de %1 (dernière modification : %2). Les restaurer ?</translation>
    </message>
    <message>
        <source>Restored the unsaved code. Undo (Ctrl+Z) brings back what the editor held before.</source>
        <translation>Le code non enregistré a été restauré. Annuler (Ctrl+Z) ramène ce que contenait l&apos;éditeur auparavant.</translation>
    </message>
    <message>
        <source>Use the previous answers?</source>
        <translation>Utiliser les réponses précédentes ?</translation>
    </message>
    <message>
        <source>The code changed since input() was answered with %1. Use the previous answers again?</source>
        <translation>Le code a changé depuis qu&apos;input() a reçu la réponse %1. Réutiliser les réponses précédentes ?</translation>
    </message>
    <message>
        <source>Run cancelled at input(). The steps up to it can be explored; press Visualize to run again and answer.</source>
        <translation>Exécution annulée à input(). Les étapes jusque-là peuvent être explorées ; appuyez sur Visualiser pour relancer et répondre.</translation>
    </message>
    <message>
        <source>Python 3 could not run the program: %1.</source>
        <translation>Python 3 n&apos;a pas pu exécuter le programme : %1.</translation>
    </message>
    <message>
        <source>memstep&apos;s interpreter does not support this program: %1. Python 3 could run it, but %2.</source>
        <translation>L&apos;interpréteur de memstep ne prend pas en charge ce programme : %1. Python 3 pourrait l&apos;exécuter, mais %2.</translation>
    </message>
    <message>
        <source>memstep&apos;s interpreter does not support this program: %1. %2 can run it, with your own rights: it can read and change your files.</source>
        <translation>L&apos;interpréteur de memstep ne prend pas en charge ce programme : %1. %2 peut l&apos;exécuter, avec vos propres droits : il peut lire et modifier vos fichiers.</translation>
    </message>
    <message>
        <source>Run with %1</source>
        <translation>Exécuter avec %1</translation>
    </message>
    <message>
        <source>Ran with %1, with your own rights.</source>
        <translation>Exécuté avec %1, avec vos propres droits.</translation>
    </message>
    <message>
        <source>Ran with %1, because memstep&apos;s interpreter does not support this program: %2.</source>
        <translation>Exécuté avec %1, car l&apos;interpréteur de memstep ne prend pas en charge ce programme : %2.</translation>
    </message>
</context>
<context>
    <name>memstep::ui::NoticeBar</name>
    <message>
        <source>Hide this message</source>
        <translation>Masquer ce message</translation>
    </message>
</context>
<context>
    <name>memstep::ui::PresentationMode</name>
    <message>
        <source>Step %1 of %2</source>
        <translation>Étape %1 sur %2</translation>
    </message>
</context>
<context>
    <name>memstep::ui::RestoreBar</name>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Restaurer</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Abandonner</translation>
    </message>
    <message>
        <source>Put the unsaved code back in the editor (Undo brings back what was there)</source>
        <translation>Remettre le code non enregistré dans l&apos;éditeur (Annuler ramène ce qui s&apos;y trouvait)</translation>
    </message>
    <message>
        <source>Delete the unsaved copy</source>
        <translation>Supprimer la copie non enregistrée</translation>
    </message>
</context>
<context>
    <name>memstep::ui::SequenceExportDialog</name>
    <message>
        <source>Export Animation (GIF)</source>
        <translation>Exporter l&apos;animation (GIF)</translation>
    </message>
    <message>
        <source>Export Handout (PDF)</source>
        <translation>Exporter le polycopié (PDF)</translation>
    </message>
    <message>
        <source>The step now on screen is %1</source>
        <translation>L&apos;étape affichée est la %1</translation>
    </message>
    <message>
        <source>From step:</source>
        <translation>De l&apos;étape :</translation>
    </message>
    <message>
        <source>To step:</source>
        <translation>À l&apos;étape :</translation>
    </message>
    <message>
        <source>%1x</source>
        <translation>%1x</translation>
    </message>
    <message>
        <source>2x or 4x: a sharper, larger animation for slides</source>
        <translation>2x ou 4x : une animation plus nette et plus grande pour des diapositives</translation>
    </message>
    <message>
        <source>How far a small diagram may be enlarged on its page</source>
        <translation>Jusqu&apos;où un petit diagramme peut être agrandi sur sa page</translation>
    </message>
    <message>
        <source>Scale:</source>
        <translation>Échelle :</translation>
    </message>
    <message>
        <source> ms</source>
        <translation> ms</translation>
    </message>
    <message>
        <source>How long each step stays on screen; the slide into a step takes %1 ms more</source>
        <translation>Combien de temps chaque étape reste à l&apos;écran ; la transition vers une étape prend %1 ms de plus</translation>
    </message>
    <message>
        <source>Hold each step:</source>
        <translation>Durée de chaque étape :</translation>
    </message>
    <message>
        <source>Caption on each page (what the step did)</source>
        <translation>Légende sur chaque page (ce qu&apos;a fait l&apos;étape)</translation>
    </message>
    <message numerus="yes">
        <source>%n step(s), each slid into and then held.</source>
        <translation>
            <numerusform>%n étape, avec transition puis maintenue.</numerusform>
            <numerusform>%n étapes, chacune avec transition puis maintenue.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n page(s), one per step.</source>
        <translation>
            <numerusform>%n page, une par étape.</numerusform>
            <numerusform>%n pages, une par étape.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>memstep::ui::SettingsDialog</name>
    <message>
        <source> MB</source>
        <translation> Mo</translation>
    </message>
    <message>
        <source>Preferences</source>
        <translation>Préférences</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Maximum &amp;steps:</source>
        <translation>Nombre ma&amp;ximal d&apos;étapes :</translation>
    </message>
    <message>
        <source>&amp;Memory for the program&apos;s objects:</source>
        <translation>&amp;Mémoire pour les objets du programme :</translation>
    </message>
    <message>
        <source>&amp;Output kept:</source>
        <translation>&amp;Sortie conservée :</translation>
    </message>
    <message>
        <source>&amp;Time limit:</source>
        <translation>Limite de &amp;temps :</translation>
    </message>
    <message>
        <source>memstep&apos;s interpreter</source>
        <translation>L&apos;interpréteur de memstep</translation>
    </message>
    <message>
        <source>Python 3</source>
        <translation>Python 3</translation>
    </message>
    <message>
        <source>memstep&apos;s, offering Python 3 for what it cannot run</source>
        <translation>Celui de memstep, en proposant Python 3 pour ce qu&apos;il ne peut pas exécuter</translation>
    </message>
    <message>
        <source>&amp;Run programs with:</source>
        <translation>&amp;Exécuter les programmes avec :</translation>
    </message>
    <message>
        <source>memstep&apos;s interpreter cannot touch your computer. Python 3 runs any program, with your own rights: it can read and change your files.</source>
        <translation>L&apos;interpréteur de memstep ne peut pas toucher à votre ordinateur. Python 3 exécute n&apos;importe quel programme, avec vos propres droits : il peut lire et modifier vos fichiers.</translation>
    </message>
    <message>
        <source>A program that passes a limit stops with a message; the steps up to there can still be explored. New values apply to the next run.</source>
        <translation>Un programme qui dépasse une limite s&apos;arrête avec un message ; les étapes jusque-là restent explorables. Les nouvelles valeurs s&apos;appliquent à la prochaine exécution.</translation>
    </message>
    <message>
        <source>System default (%1)</source>
        <translation>Langue du système (%1)</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Langue :</translation>
    </message>
    <message>
        <source>The new language takes effect the next time memstep starts.</source>
        <translation>La nouvelle langue s&apos;appliquera au prochain démarrage de memstep.</translation>
    </message>
</context>
<context>
    <name>memstep::ui::StepControls</name>
    <message>
        <source>Visualize</source>
        <translation>Visualiser</translation>
    </message>
    <message>
        <source>Run the program and show its memory (Ctrl+Enter)</source>
        <translation>Exécuter le programme et montrer sa mémoire (Ctrl+Entrée)</translation>
    </message>
    <message>
        <source>First</source>
        <translation>Début</translation>
    </message>
    <message>
        <source>First step (Home)</source>
        <translation>Première étape (Origine)</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Reculer</translation>
    </message>
    <message>
        <source>Previous step (Left)</source>
        <translation>Étape précédente (Gauche)</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Avancer</translation>
    </message>
    <message>
        <source>Next step (Right or Space)</source>
        <translation>Étape suivante (Droite ou Espace)</translation>
    </message>
    <message>
        <source>Last</source>
        <translation>Fin</translation>
    </message>
    <message>
        <source>Last step (End)</source>
        <translation>Dernière étape (Fin)</translation>
    </message>
    <message>
        <source>Play</source>
        <translation>Lecture</translation>
    </message>
    <message>
        <source>Play the steps one after another</source>
        <translation>Lire les étapes l&apos;une après l&apos;autre</translation>
    </message>
    <message>
        <source>Timeline: drag to any step</source>
        <translation>Frise : faites glisser jusqu&apos;à n&apos;importe quelle étape</translation>
    </message>
    <message>
        <source>Step %1 of %2</source>
        <translation>Étape %1 sur %2</translation>
    </message>
    <message>
        <source>Playing speed</source>
        <translation>Vitesse de lecture</translation>
    </message>
    <message>
        <source>%1 step/s</source>
        <translation>%1 étape/s</translation>
    </message>
    <message>
        <source>%1 steps/s</source>
        <translation>%1 étapes/s</translation>
    </message>
    <message>
        <source>Not running</source>
        <translation>Pas d&apos;exécution</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
</context>
</TS>
