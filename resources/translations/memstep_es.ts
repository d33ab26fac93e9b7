<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name>QObject</name>
    <message>
        <source>Could not write %1: %2</source>
        <translation>No se pudo escribir %1: %2</translation>
    </message>
    <message>
        <source>Could not write %1</source>
        <translation>No se pudo escribir %1</translation>
    </message>
    <message>
        <source>Steps %1 to %2 are not in the program&apos;s %3 steps</source>
        <translation>Los pasos %1 a %2 no están entre los %3 pasos del programa</translation>
    </message>
    <message>
        <source>Could not write %1: %2 (%3)</source>
        <translation>No se pudo escribir %1: %2 (%3)</translation>
    </message>
    <message>
        <source>Could not write %1: the animation has no colours or no size</source>
        <translation>No se pudo escribir %1: la animación no tiene colores o no tiene tamaño</translation>
    </message>
    <message>
        <source>cannot start the GIF</source>
        <translation>no se puede empezar el GIF</translation>
    </message>
    <message>
        <source>screen descriptor</source>
        <translation>descriptor de pantalla</translation>
    </message>
    <message>
        <source>loop extension</source>
        <translation>extensión de bucle</translation>
    </message>
    <message>
        <source>Could not write %1: a frame does not have the animation&apos;s size</source>
        <translation>No se pudo escribir %1: un fotograma no tiene el tamaño de la animación</translation>
    </message>
    <message>
        <source>frame delay</source>
        <translation>retardo del fotograma</translation>
    </message>
    <message>
        <source>frame header</source>
        <translation>cabecera del fotograma</translation>
    </message>
    <message>
        <source>frame pixels</source>
        <translation>píxeles del fotograma</translation>
    </message>
    <message>
        <source>closing the file</source>
        <translation>cierre del archivo</translation>
    </message>
    <message>
        <source>next line to run</source>
        <translation>siguiente línea a ejecutar</translation>
    </message>
    <message>
        <source>line that just ran</source>
        <translation>línea recién ejecutada</translation>
    </message>
    <message>
        <source>Output so far</source>
        <translation>Salida hasta ahora</translation>
    </message>
    <message>
        <source>(nothing printed yet)</source>
        <translation>(todavía no se ha impreso nada)</translation>
    </message>
    <message>
        <source>%1: steps %2 to %3</source>
        <translation>%1: pasos %2 a %3</translation>
    </message>
    <message>
        <source>Step %1 of %2</source>
        <translation>Paso %1 de %2</translation>
    </message>
    <message>
        <source>cannot write the program&apos;s answers to %1</source>
        <translation>no se pueden escribir las respuestas del programa en %1</translation>
    </message>
    <message>
        <source>the trace python3 recorded could not be read: %1</source>
        <translation>no se pudo leer la traza que grabó python3: %1</translation>
    </message>
    <message>
        <source>no python3 was found on PATH: install python3 (3.11) to run programs with Python 3</source>
        <translation>no se encontró python3 en el PATH: instale python3 (3.11) para ejecutar programas con Python 3</translation>
    </message>
    <message>
        <source>memstep_cpython_trace.py was not found beside memstep: reinstall memstep</source>
        <translation>no se encontró memstep_cpython_trace.py junto a memstep: reinstale memstep</translation>
    </message>
    <message>
        <source>cannot write the program to a temporary folder</source>
        <translation>no se puede escribir el programa en una carpeta temporal</translation>
    </message>
    <message>
        <source>1 second</source>
        <translation>1 segundo</translation>
    </message>
    <message>
        <source>%1 seconds</source>
        <translation>%1 segundos</translation>
    </message>
    <message>
        <source>You can raise the limit in Preferences.</source>
        <translation>Puede aumentar el límite en Preferencias.</translation>
    </message>
    <message>
        <source>Stopped after %1 steps - the program may be in an infinite loop. %2</source>
        <translation>Detenido tras %1 pasos: puede que el programa esté en un bucle infinito. %2</translation>
    </message>
    <message>
        <source>Stopped after %1 (the time limit) - the program may be in an infinite loop or too slow to show step by step. %2</source>
        <translation>Detenido tras %1 (el límite de tiempo): puede que el programa esté en un bucle infinito o sea demasiado lento para mostrarlo paso a paso. %2</translation>
    </message>
    <message>
        <source>Stopped: the program&apos;s objects needed more than the memory limit of %1 MB (line %2). %3</source>
        <translation>Detenido: los objetos del programa necesitaron más que el límite de memoria de %1 MB (línea %2). %3</translation>
    </message>
    <message>
        <source>Stopped: the program needed more memory than this computer could give. Lowering the memory limit in Preferences makes such a program stop at that limit instead.</source>
        <translation>Detenido: el programa necesitó más memoria de la que este ordenador podía dar. Con un límite de memoria más bajo en Preferencias, un programa así se detiene en ese límite.</translation>
    </message>
    <message>
        <source>The program printed more than %1 MB; the rest of its output was dropped. You can raise the output limit in Preferences.</source>
        <translation>El programa imprimió más de %1 MB; el resto de su salida se descartó. Puede aumentar el límite de salida en Preferencias.</translation>
    </message>
    <message>
        <source>%1 is not UTF-8 text, so python3 would not run it (%2: %3). The bytes that are not UTF-8 are shown as �.</source>
        <translation>%1 no es texto UTF-8, así que python3 no lo ejecutaría (%2: %3). Los bytes que no son UTF-8 se muestran como �.</translation>
    </message>
    <message>
        <source>%1 contains null bytes, which python3 refuses (&quot;source code cannot contain null bytes&quot;); they are shown as �.</source>
        <translation>%1 contiene bytes nulos, que python3 rechaza («source code cannot contain null bytes»); se muestran como �.</translation>
    </message>
    <message>
        <source>Export Animation (GIF)</source>
        <translation>Exportar animación (GIF)</translation>
    </message>
    <message>
        <source>Export Handout (PDF)</source>
        <translation>Exportar folleto (PDF)</translation>
    </message>
    <message>
        <source>GIF animation (*.gif)</source>
        <translation>Animación GIF (*.gif)</translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation>Documento PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Drawing the animation…</source>
        <translation>Dibujando la animación…</translation>
    </message>
    <message>
        <source>Drawing the handout…</source>
        <translation>Dibujando el folleto…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Stopped: the program started more than %1 processes at once (line %2), the limit of a run with Python 3.</source>
        <translation>Detenido: el programa inició más de %1 procesos a la vez (línea %2), el límite de una ejecución con Python 3.</translation>
    </message>
</context>
<context>
    <name>memstep::ui::Autosave</name>
    <message>
        <source>cannot create %1</source>
        <translation>no se puede crear %1</translation>
    </message>
</context>
<context>
    <name>memstep::ui::CaptionBar</name>
    <message>
        <source>What the step just shown did to the program&apos;s memory</source>
        <translation>Lo que el paso mostrado hizo con la memoria del programa</translation>
    </message>
</context>
<context>
    <name>memstep::ui::DiagramLegend</name>
    <message>
        <source>Mutable objects can change in place; immutable ones never change, a new object is made instead.</source>
        <translation>Los objetos mutables pueden cambiar en su sitio; los inmutables nunca cambian, en su lugar se crea un objeto nuevo.</translation>
    </message>
    <message>
        <source>mutable (list, dict, set)</source>
        <translation>mutable (list, dict, set)</translation>
    </message>
    <message>
        <source>immutable (int, str, tuple)</source>
        <translation>inmutable (int, str, tuple)</translation>
    </message>
    <message>
        <source>refers to</source>
        <translation>hace referencia a</translation>
    </message>
</context>
<context>
    <name>memstep::ui::DiagramText</name>
    <message>
        <source>%1 (paused)</source>
        <translation>%1 (en pausa)</translation>
    </message>
    <message>
        <source>Global frame</source>
        <translation>Marco global</translation>
    </message>
    <message>
        <source>%1 (returned)</source>
        <translation>%1 (terminado)</translation>
    </message>
    <message>
        <source>… %1 more item</source>
        <translation>… %1 elemento más</translation>
    </message>
    <message>
        <source>… %1 more items</source>
        <translation>… %1 elementos más</translation>
    </message>
    <message>
        <source>… %1 more entry</source>
        <translation>… %1 entrada más</translation>
    </message>
    <message>
        <source>… %1 more entries</source>
        <translation>… %1 entradas más</translation>
    </message>
    <message>
        <source>default</source>
        <translation>por defecto</translation>
    </message>
    <message>
        <source>%1 (closure)</source>
        <translation>%1 (clausura)</translation>
    </message>
    <message>
        <source>… %1 frames not shown …</source>
        <translation>… %1 marcos sin mostrar …</translation>
    </message>
    <message>
        <source>Return value</source>
        <translation>Valor devuelto</translation>
    </message>
    <message>
        <source>Yielded value</source>
        <translation>Valor producido</translation>
    </message>
    <message>
        <source>Raising</source>
        <translation>Lanzando</translation>
    </message>
    <message>
        <source>empty</source>
        <translation>vacío</translation>
    </message>
    <message>
        <source>no attributes</source>
        <translation>sin atributos</translation>
    </message>
    <message>
        <source>str, %1 chars</source>
        <translation>str, %1 caracteres</translation>
    </message>
    <message>
        <source>int, %1 digits</source>
        <translation>int, %1 dígitos</translation>
    </message>
    <message>
        <source>… (%1 more characters)</source>
        <translation>… (%1 caracteres más)</translation>
    </message>
</context>
<context>
    <name>memstep::ui::ExampleLibrary</name>
    <message>
        <source>Seed 1: two names, one object</source>
        <translation>Inicio 1: dos nombres, un objeto</translation>
    </message>
    <message>
        <source>Seed 2: a += 1 makes a new object</source>
        <translation>Inicio 2: a += 1 crea un objeto nuevo</translation>
    </message>
    <message>
        <source>Aliasing a list</source>
        <translation>Dos nombres para una lista</translation>
    </message>
    <message>
        <source>Mutable default argument</source>
        <translation>Argumento por defecto mutable</translation>
    </message>
    <message>
        <source>List of lists gotcha</source>
        <translation>La trampa de la lista de listas</translation>
    </message>
    <message>
        <source>Recursion: factorial</source>
        <translation>Recursión: factorial</translation>
    </message>
    <message>
        <source>Linked list made of dicts</source>
        <translation>Lista enlazada hecha de dicts</translation>
    </message>
    <message>
        <source>Swapping two variables</source>
        <translation>Intercambiar dos variables</translation>
    </message>
    <message>
        <source>Strings are immutable</source>
        <translation>Las cadenas son inmutables</translation>
    </message>
    <message>
        <source>Dict of lists</source>
        <translation>Un dict de listas</translation>
    </message>
    <message>
        <source>Function call frames</source>
        <translation>Marcos de las llamadas a funciones</translation>
    </message>
    <message>
        <source>Garbage: rebinding drops the old list</source>
        <translation>Basura: reasignar suelta la lista vieja</translation>
    </message>
    <message>
        <source>Copying a list versus aliasing it</source>
        <translation>Copiar una lista frente a darle otro nombre</translation>
    </message>
    <message>
        <source>A function changes the caller&apos;s list</source>
        <translation>Una función cambia la lista de quien la llama</translation>
    </message>
    <message>
        <source>Asking for input</source>
        <translation>Pedir una entrada</translation>
    </message>
    <message>
        <source>Objects made from a class: two names, one instance</source>
        <translation>Objetos creados a partir de una clase: dos nombres, una instancia</translation>
    </message>
    <message>
        <source>A closure keeps the variables of the call that made it</source>
        <translation>Una clausura conserva las variables de la llamada que la creó</translation>
    </message>
    <message>
        <source>copy.copy shares the inner lists; copy.deepcopy copies them too</source>
        <translation>copy.copy comparte las listas internas; copy.deepcopy también las copia</translation>
    </message>
    <message>
        <source>A class attribute is shared; assigning through self makes a new instance attribute</source>
        <translation>Un atributo de clase se comparte; asignar mediante self crea un atributo de instancia nuevo</translation>
    </message>
</context>
<context>
    <name>memstep::ui::ExportDialog</name>
    <message>
        <source>Export Diagram</source>
        <translation>Exportar diagrama</translation>
    </message>
    <message>
        <source>PNG image</source>
        <translation>Imagen PNG</translation>
    </message>
    <message>
        <source>SVG drawing</source>
        <translation>Dibujo SVG</translation>
    </message>
    <message>
        <source>1x</source>
        <translation>1x</translation>
    </message>
    <message>
        <source>2x (sharp on slides)</source>
        <translation>2x (nítido en diapositivas)</translation>
    </message>
    <message>
        <source>4x (print)</source>
        <translation>4x (impresión)</translation>
    </message>
    <message>
        <source>White</source>
        <translation>Blanco</translation>
    </message>
    <message>
        <source>Transparent</source>
        <translation>Transparente</translation>
    </message>
    <message>
        <source>Format:</source>
        <translation>Formato:</translation>
    </message>
    <message>
        <source>Scale:</source>
        <translation>Escala:</translation>
    </message>
    <message>
        <source>Background:</source>
        <translation>Fondo:</translation>
    </message>
</context>
<context>
    <name>memstep::ui::MainWindow</name>
    <message>
        <source>The program asks for input</source>
        <translation>El programa pide una entrada</translation>
    </message>
    <message>
        <source>input():</source>
        <translation>input():</translation>
    </message>
    <message>
        <source>Running… %1 steps</source>
        <translation>Ejecutando… %1 pasos</translation>
    </message>
    <message>
        <source>Press Visualize (Ctrl+Enter) to see the program&apos;s frames and objects, then Step (Right arrow) through it.</source>
        <translation>Pulse Visualizar (Ctrl+Intro) para ver los marcos y objetos del programa y luego recórralo con Avanzar (flecha derecha).</translation>
    </message>
    <message>
        <source>What the program prints appears here.</source>
        <translation>Lo que imprime el programa aparece aquí.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Stop running the program (Esc)</source>
        <translation>Detener la ejecución del programa (Esc)</translation>
    </message>
    <message>
        <source>Run cancelled. Press Visualize to run again.</source>
        <translation>Ejecución cancelada. Pulse Visualizar para ejecutar de nuevo.</translation>
    </message>
    <message>
        <source> (line %1)</source>
        <translation> (línea %1)</translation>
    </message>
    <message>
        <source>%1: %2%3. Fix the code and press Visualize.</source>
        <translation>%1: %2%3. Corrija el código y pulse Visualizar.</translation>
    </message>
    <message>
        <source>%1: %2%3. The steps up to the error can be explored.</source>
        <translation>%1: %2%3. Se pueden explorar los pasos hasta el error.</translation>
    </message>
    <message>
        <source>memstep&apos;s interpreter does not support this program: %1%2.</source>
        <translation>El intérprete de memstep no admite este programa: %1%2.</translation>
    </message>
    <message>
        <source>The run was cancelled.</source>
        <translation>La ejecución se canceló.</translation>
    </message>
    <message>
        <source>[output limit reached: the rest of the output was dropped]</source>
        <translation>[límite de salida alcanzado: el resto de la salida se descartó]</translation>
    </message>
    <message>
        <source>No breakpoints: click in the margin left of a line to set one.</source>
        <translation>No hay puntos de interrupción: haga clic en el margen a la izquierda de una línea para poner uno.</translation>
    </message>
    <message>
        <source>Running…</source>
        <translation>Ejecutando…</translation>
    </message>
    <message>
        <source>untitled.py</source>
        <translation>sin_titulo.py</translation>
    </message>
    <message>
        <source>About memstep</source>
        <translation>Acerca de memstep</translation>
    </message>
    <message>
        <source>&lt;h3&gt;memstep %1&lt;/h3&gt;&lt;p&gt;See what Python does with memory, one step at a time: frames on the left, objects on the right, arrows for references.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;memstep %1&lt;/h3&gt;&lt;p&gt;Vea lo que Python hace con la memoria, paso a paso: marcos a la izquierda, objetos a la derecha, flechas para las referencias.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Open a Python program</source>
        <translation>Abrir un programa de Python</translation>
    </message>
    <message>
        <source>Python files (*.py);;All files (*)</source>
        <translation>Archivos de Python (*.py);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Could not open %1: %2</source>
        <translation>No se pudo abrir %1: %2</translation>
    </message>
    <message>
        <source>Save the program</source>
        <translation>Guardar el programa</translation>
    </message>
    <message>
        <source>Python files (*.py)</source>
        <translation>Archivos de Python (*.py)</translation>
    </message>
    <message>
        <source>Could not save %1: %2</source>
        <translation>No se pudo guardar %1: %2</translation>
    </message>
    <message>
        <source>Nothing to export yet: press Visualize first.</source>
        <translation>Todavía no hay nada que exportar: pulse primero Visualizar.</translation>
    </message>
    <message>
        <source>Export Diagram</source>
        <translation>Exportar diagrama</translation>
    </message>
    <message>
        <source>SVG drawing (*.svg)</source>
        <translation>Dibujo SVG (*.svg)</translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation>Imagen PNG (*.png)</translation>
    </message>
    <message>
        <source>Diagram exported to %1</source>
        <translation>Diagrama exportado a %1</translation>
    </message>
    <message>
        <source>Exported to %1</source>
        <translation>Exportado a %1</translation>
    </message>
    <message>
        <source>Nothing to copy yet: press Visualize first.</source>
        <translation>Todavía no hay nada que copiar: pulse primero Visualizar.</translation>
    </message>
    <message>
        <source>Diagram copied to the clipboard</source>
        <translation>Diagrama copiado al portapapeles</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>A&amp;yuda</translation>
    </message>
    <message>
        <source>&amp;About memstep</source>
        <translation>&amp;Acerca de memstep</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>&amp;Nuevo</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Abrir…</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>Abrir &amp;reciente</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Guardar</translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation>Guardar &amp;como…</translation>
    </message>
    <message>
        <source>&amp;Export Diagram…</source>
        <translation>&amp;Exportar diagrama…</translation>
    </message>
    <message>
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <source>Export Ani&amp;mation (GIF)…</source>
        <translation>Exportar ani&amp;mación (GIF)…</translation>
    </message>
    <message>
        <source>Export &amp;Handout (PDF)…</source>
        <translation>Exportar &amp;folleto (PDF)…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Editar</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Deshacer</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rehacer</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>Cor&amp;tar</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copiar</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>&amp;Pegar</translation>
    </message>
    <message>
        <source>Copy &amp;Diagram</source>
        <translation>Copiar dia&amp;grama</translation>
    </message>
    <message>
        <source>Ctrl+Shift+C</source>
        <translation>Ctrl+Shift+C</translation>
    </message>
    <message>
        <source>Larger Font</source>
        <translation>Letra más grande</translation>
    </message>
    <message>
        <source>Ctrl+Alt+=</source>
        <translation>Ctrl+Alt+=</translation>
    </message>
    <message>
        <source>Smaller Font</source>
        <translation>Letra más pequeña</translation>
    </message>
    <message>
        <source>Ctrl+Alt+-</source>
        <translation>Ctrl+Alt+-</translation>
    </message>
    <message>
        <source>Pr&amp;eferences…</source>
        <translation>Pre&amp;ferencias…</translation>
    </message>
    <message>
        <source>&amp;Run</source>
        <translation>E&amp;jecutar</translation>
    </message>
    <message>
        <source>&amp;Visualize</source>
        <translation>&amp;Visualizar</translation>
    </message>
    <message>
        <source>Run to &amp;Breakpoint</source>
        <translation>Ejecutar hasta el &amp;punto de interrupción</translation>
    </message>
    <message>
        <source>Visualize with P&amp;ython 3</source>
        <translation>Visualizar con P&amp;ython 3</translation>
    </message>
    <message>
        <source>Run the program with Python 3 itself, which runs any program with your own rights: it can read and change your files</source>
        <translation>Ejecutar el programa con el propio Python 3, que ejecuta cualquier programa con sus propios permisos: puede leer y cambiar sus archivos</translation>
    </message>
    <message>
        <source>Toggle Breakpoint</source>
        <translation>Poner/quitar punto de interrupción</translation>
    </message>
    <message>
        <source>&amp;Step</source>
        <translation>&amp;Avanzar</translation>
    </message>
    <message>
        <source>Bac&amp;k</source>
        <translation>&amp;Retroceder</translation>
    </message>
    <message>
        <source>&amp;First Step</source>
        <translation>Pri&amp;mer paso</translation>
    </message>
    <message>
        <source>&amp;Last Step</source>
        <translation>Ú&amp;ltimo paso</translation>
    </message>
    <message>
        <source>&amp;Play / Pause</source>
        <translation>Reproducir / Pa&amp;usa</translation>
    </message>
    <message>
        <source>Ctrl+P</source>
        <translation>Ctrl+P</translation>
    </message>
    <message>
        <source>Enter &amp;Input Again</source>
        <translation>Volver a &amp;introducir la entrada</translation>
    </message>
    <message>
        <source>Forget the answers given to input() and run again, asking anew</source>
        <translation>Olvidar las respuestas dadas a input() y ejecutar de nuevo, preguntando otra vez</translation>
    </message>
    <message>
        <source>&amp;Cancel Run</source>
        <translation>&amp;Cancelar ejecución</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <source>Show &amp;Every Object on the Heap</source>
        <translation>Mostrar &amp;todos los objetos del heap</translation>
    </message>
    <message>
        <source>Show Object Id&amp;s</source>
        <translation>Mostrar &amp;ids de los objetos</translation>
    </message>
    <message>
        <source>A short id on each object: id1, id2, … in order of appearance</source>
        <translation>Un id corto en cada objeto: id1, id2, … por orden de aparición</translation>
    </message>
    <message>
        <source>Show id() &amp;Numbers</source>
        <translation>Mostrar &amp;números de id()</translation>
    </message>
    <message>
        <source>The number id() prints, instead of the short id</source>
        <translation>El número que imprime id(), en lugar del id corto</translation>
    </message>
    <message>
        <source>Show E&amp;xited Frames (greyed)</source>
        <translation>Mostrar marcos t&amp;erminados (en gris)</translation>
    </message>
    <message>
        <source>&amp;Captions</source>
        <translation>&amp;Subtítulos</translation>
    </message>
    <message>
        <source>Describe each step in words under the diagram</source>
        <translation>Describir cada paso con palabras bajo el diagrama</translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation>&amp;Acercar</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation>Ale&amp;jar</translation>
    </message>
    <message>
        <source>Ac&amp;tual Size</source>
        <translation>Tamaño &amp;real</translation>
    </message>
    <message>
        <source>Ctrl+0</source>
        <translation>Ctrl+0</translation>
    </message>
    <message>
        <source>&amp;Fit Diagram to Window</source>
        <translation>Ajustar el diagrama a la &amp;ventana</translation>
    </message>
    <message>
        <source>Ctrl+9</source>
        <translation>Ctrl+9</translation>
    </message>
    <message>
        <source>&amp;Dark Theme</source>
        <translation>Tema &amp;oscuro</translation>
    </message>
    <message>
        <source>&amp;High Contrast</source>
        <translation>Alto &amp;contraste</translation>
    </message>
    <message>
        <source>Black on white with strong borders</source>
        <translation>Negro sobre blanco con bordes marcados</translation>
    </message>
    <message>
        <source>&amp;Presentation Mode</source>
        <translation>Modo &amp;presentación</translation>
    </message>
    <message>
        <source>&amp;Animation</source>
        <translation>Ani&amp;mación</translation>
    </message>
    <message>
        <source>&amp;Off</source>
        <translation>&amp;Desactivada</translation>
    </message>
    <message>
        <source>&amp;Slow</source>
        <translation>&amp;Lenta</translation>
    </message>
    <message>
        <source>&amp;Normal</source>
        <translation>&amp;Media</translation>
    </message>
    <message>
        <source>&amp;Fast</source>
        <translation>&amp;Rápida</translation>
    </message>
    <message>
        <source>E&amp;xamples</source>
        <translation>Ejem&amp;plos</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Cambios sin guardar</translation>
    </message>
    <message>
        <source>Save the changes to the program first?</source>
        <translation>¿Guardar primero los cambios del programa?</translation>
    </message>
    <message>
        <source>Could not keep a backup copy of the code (%1). Save it to a file.</source>
        <translation>No se pudo guardar una copia de seguridad del código (%1). Guárdelo en un archivo.</translation>
    </message>
    <message>
        <source>an untitled program</source>
        <translation>un programa sin título</translation>
    </message>
    <message>
        <source>an unknown time</source>
        <translation>un momento desconocido</translation>
    </message>
    <message>
        <source>memstep closed without saving the changes to %1 (last edited %2). Restore them?</source>
        <translation>memstep se cerró sin guardar los cambios de %1 (última edición: %2). ¿Restaurarlos?</translation>
    </message>
    <message>
        <source>Restored the unsaved code. Undo (Ctrl+Z) brings back what the editor held before.</source>
        <translation>Se restauró el código sin guardar. Deshacer (Ctrl+Z) recupera lo que había antes en el editor.</translation>
    </message>
    <message>
        <source>Use the previous answers?</source>
        <translation>¿Usar las respuestas anteriores?</translation>
    </message>
    <message>
        <source>The code changed since input() was answered with %1. Use the previous answers again?</source>
        <translation>El código cambió desde que input() se respondió con %1. ¿Usar de nuevo las respuestas anteriores?</translation>
    </message>
    <message>
        <source>Run cancelled at input(). The steps up to it can be explored; press Visualize to run again and answer.</source>
        <translation>Ejecución cancelada en input(). Se pueden explorar los pasos hasta ahí; pulse Visualizar para ejecutar de nuevo y responder.</translation>
    </message>
    <message>
        <source>Python 3 could not run the program: %1.</source>
        <translation>Python 3 no pudo ejecutar el programa: %1.</translation>
    </message>
    <message>
        <source>memstep&apos;s interpreter does not support this program: %1. Python 3 could run it, but %2.</source>
        <translation>El intérprete de memstep no admite este programa: %1. Python 3 podría ejecutarlo, pero %2.</translation>
    </message>
    <message>
        <source>memstep&apos;s interpreter does not support this program: %1. %2 can run it, with your own rights: it can read and change your files.</source>
        <translation>El intérprete de memstep no admite este programa: %1. %2 puede ejecutarlo, con sus propios permisos: puede leer y cambiar sus archivos.</translation>
    </message>
    <message>
        <source>Run with %1</source>
        <translation>Ejecutar con %1</translation>
    </message>
    <message>
        <source>Ran with %1, with your own rights.</source>
        <translation>Ejecutado con %1, con sus propios permisos.</translation>
    </message>
    <message>
        <source>Ran with %1, because memstep&apos;s interpreter does not support this program: %2.</source>
        <translation>Ejecutado con %1, porque el intérprete de memstep no admite este programa: %2.</translation>
    </message>
</context>
<context>
    <name>memstep::ui::NoticeBar</name>
    <message>
        <source>Hide this message</source>
        <translation>Ocultar este mensaje</translation>
    </message>
</context>
<context>
    <name>memstep::ui::PresentationMode</name>
    <message>
        <source>Step %1 of %2</source>
        <translation>Paso %1 de %2</translation>
    </message>
</context>
<context>
    <name>memstep::ui::RestoreBar</name>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Restaurar</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Descartar</translation>
    </message>
    <message>
        <source>Put the unsaved code back in the editor (Undo brings back what was there)</source>
        <translation>Devolver el código sin guardar al editor (Deshacer recupera lo que había)</translation>
    </message>
    <message>
        <source>Delete the unsaved copy</source>
        <translation>Borrar la copia sin guardar</translation>
    </message>
</context>
<context>
    <name>memstep::ui::SequenceExportDialog</name>
    <message>
        <source>Export Animation (GIF)</source>
        <translation>Exportar animación (GIF)</translation>
    </message>
    <message>
        <source>Export Handout (PDF)</source>
        <translation>Exportar folleto (PDF)</translation>
    </message>
    <message>
        <source>The step now on screen is %1</source>
        <translation>El paso que se ve ahora es el %1</translation>
    </message>
    <message>
        <source>From step:</source>
        <translation>Desde el paso:</translation>
    </message>
    <message>
        <source>To step:</source>
        <translation>Hasta el paso:</translation>
    </message>
    <message>
        <source>%1x</source>
        <translation>%1x</translation>
    </message>
    <message>
        <source>2x or 4x: a sharper, larger animation for slides</source>
        <translation>2x o 4x: una animación más nítida y más grande para diapositivas</translation>
    </message>
    <message>
        <source>How far a small diagram may be enlarged on its page</source>
        <translation>Cuánto se puede ampliar un diagrama pequeño en su página</translation>
    </message>
    <message>
        <source>Scale:</source>
        <translation>Escala:</translation>
    </message>
    <message>
        <source> ms</source>
        <translation> ms</translation>
    </message>
    <message>
        <source>How long each step stays on screen; the slide into a step takes %1 ms more</source>
        <translation>Cuánto tiempo se ve cada paso; la transición a un paso dura %1 ms más</translation>
    </message>
    <message>
        <source>Hold each step:</source>
        <translation>Mostrar cada paso:</translation>
    </message>
    <message>
        <source>Caption on each page (what the step did)</source>
        <translation>Subtítulo en cada página (lo que hizo el paso)</translation>
    </message>
    <message numerus="yes">
        <source>%n step(s), each slid into and then held.</source>
        <translation>
            <numerusform>%n paso, con transición y luego fijo.</numerusform>
            <numerusform>%n pasos, cada uno con transición y luego fijo.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n page(s), one per step.</source>
        <translation>
            <numerusform>%n página, una por paso.</numerusform>
            <numerusform>%n páginas, una por paso.</numerusform>
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
        <translation>Preferencias</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Maximum &amp;steps:</source>
        <translation>Máximo de &amp;pasos:</translation>
    </message>
    <message>
        <source>&amp;Memory for the program&apos;s objects:</source>
        <translation>&amp;Memoria para los objetos del programa:</translation>
    </message>
    <message>
        <source>&amp;Output kept:</source>
        <translation>&amp;Salida conservada:</translation>
    </message>
    <message>
        <source>&amp;Time limit:</source>
        <translation>Límite de &amp;tiempo:</translation>
    </message>
    <message>
        <source>memstep&apos;s interpreter</source>
        <translation>El intérprete de memstep</translation>
    </message>
    <message>
        <source>Python 3</source>
        <translation>Python 3</translation>
    </message>
    <message>
        <source>memstep&apos;s, offering Python 3 for what it cannot run</source>
        <translation>El de memstep, ofreciendo Python 3 para lo que no pueda ejecutar</translation>
    </message>
    <message>
        <source>&amp;Run programs with:</source>
        <translation>&amp;Ejecutar los programas con:</translation>
    </message>
    <message>
        <source>memstep&apos;s interpreter cannot touch your computer. Python 3 runs any program, with your own rights: it can read and change your files.</source>
        <translation>El intérprete de memstep no puede tocar su ordenador. Python 3 ejecuta cualquier programa, con sus propios permisos: puede leer y cambiar sus archivos.</translation>
    </message>
    <message>
        <source>A program that passes a limit stops with a message; the steps up to there can still be explored. New values apply to the next run.</source>
        <translation>Un programa que supera un límite se detiene con un mensaje; los pasos hasta ahí se pueden seguir explorando. Los valores nuevos se aplican a la siguiente ejecución.</translation>
    </message>
    <message>
        <source>System default (%1)</source>
        <translation>Predeterminado del sistema (%1)</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Idioma:</translation>
    </message>
    <message>
        <source>The new language takes effect the next time memstep starts.</source>
        <translation>El nuevo idioma se aplicará la próxima vez que se inicie memstep.</translation>
    </message>
</context>
<context>
    <name>memstep::ui::StepControls</name>
    <message>
        <source>Visualize</source>
        <translation>Visualizar</translation>
    </message>
    <message>
        <source>Run the program and show its memory (Ctrl+Enter)</source>
        <translation>Ejecutar el programa y mostrar su memoria (Ctrl+Intro)</translation>
    </message>
    <message>
        <source>First</source>
        <translation>Inicio</translation>
    </message>
    <message>
        <source>First step (Home)</source>
        <translation>Primer paso (Inicio)</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Atrás</translation>
    </message>
    <message>
        <source>Previous step (Left)</source>
        <translation>Paso anterior (Izquierda)</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Avanzar</translation>
    </message>
    <message>
        <source>Next step (Right or Space)</source>
        <translation>Paso siguiente (Derecha o Espacio)</translation>
    </message>
    <message>
        <source>Last</source>
        <translation>Final</translation>
    </message>
    <message>
        <source>Last step (End)</source>
        <translation>Último paso (Fin)</translation>
    </message>
    <message>
        <source>Play</source>
        <translation>Reproducir</translation>
    </message>
    <message>
        <source>Play the steps one after another</source>
        <translation>Reproducir los pasos uno tras otro</translation>
    </message>
    <message>
        <source>Timeline: drag to any step</source>
        <translation>Línea de tiempo: arrastre hasta cualquier paso</translation>
    </message>
    <message>
        <source>Step %1 of %2</source>
        <translation>Paso %1 de %2</translation>
    </message>
    <message>
        <source>Playing speed</source>
        <translation>Velocidad de reproducción</translation>
    </message>
    <message>
        <source>%1 step/s</source>
        <translation>%1 paso/s</translation>
    </message>
    <message>
        <source>%1 steps/s</source>
        <translation>%1 pasos/s</translation>
    </message>
    <message>
        <source>Not running</source>
        <translation>Sin ejecutar</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pausa</translation>
    </message>
</context>
</TS>
