<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name>StepCaption</name>
    <message>
        <source>key %1 now maps to %2</source>
        <translation>la clave %1 ahora corresponde a %2</translation>
    </message>
    <message>
        <source>key %1 added, mapping to %2</source>
        <translation>clave %1 añadida, con el valor %2</translation>
    </message>
    <message>
        <source>item %1 set to %2</source>
        <extracomment>%1 is the item&apos;s index, %2 its new value.</extracomment>
        <translation>el elemento %1 ahora vale %2</translation>
    </message>
    <message>
        <source>item %1 appended</source>
        <extracomment>%1 is the value appended at the end of a list.</extracomment>
        <translation>elemento %1 añadido al final</translation>
    </message>
    <message>
        <source>%1 inserted at index %2</source>
        <translation>%1 insertado en el índice %2</translation>
    </message>
    <message>
        <source>%1 added</source>
        <extracomment>%1 is the value added to a set.</extracomment>
        <translation>%1 añadido</translation>
    </message>
    <message>
        <source>key %1 removed</source>
        <translation>clave %1 eliminada</translation>
    </message>
    <message>
        <source>the item at index %1 removed</source>
        <translation>el elemento del índice %1 eliminado</translation>
    </message>
    <message>
        <source>an item removed</source>
        <translation>un elemento eliminado</translation>
    </message>
    <message>
        <source>attribute %1 set to %2</source>
        <translation>el atributo %1 ahora vale %2</translation>
    </message>
    <message>
        <source>attribute %1 deleted</source>
        <translation>atributo %1 eliminado</translation>
    </message>
    <message>
        <source>emptied</source>
        <extracomment>A list, dict or set was emptied.</extracomment>
        <translation>vaciado</translation>
    </message>
    <message>
        <source>its contents replaced</source>
        <extracomment>An object&apos;s contents were replaced as a whole (a list sorted in place, a slice set).</extracomment>
        <translation>su contenido reemplazado</translation>
    </message>
    <message>
        <source>the %1 was changed: %2</source>
        <extracomment>%1 names the object (&quot;list [1, 2, 3]&quot;), %2 says what changed (&quot;item 3 appended&quot;).</extracomment>
        <translation>el objeto %1 se modificó: %2</translation>
    </message>
    <message>
        <source>the program starts with an empty global frame</source>
        <translation>el programa empieza con un marco global vacío</translation>
    </message>
    <message>
        <source>the body of class %1 runs in a new frame</source>
        <translation>el cuerpo de la clase %1 se ejecuta en un marco nuevo</translation>
    </message>
    <message>
        <source>%1 resumes where it paused, with its variables</source>
        <extracomment>%1 is a generator function that was paused at a yield.</extracomment>
        <translation>%1 continúa donde se detuvo, con sus variables</translation>
    </message>
    <message>
        <source>%1 called: new frame</source>
        <extracomment>%1 is the call, as &quot;f()&quot;.</extracomment>
        <translation>llamada a %1: marco nuevo</translation>
    </message>
    <message>
        <source>%1 called: new frame with %2</source>
        <extracomment>%1 is the call, as &quot;f(3, 4)&quot;; %2 its parameters and what they refer to, &quot;n -&gt; 3, m -&gt; 4&quot;.</extracomment>
        <translation>llamada a %1: marco nuevo con %2</translation>
    </message>
    <message>
        <source>%1 now refers to the same %2 as %3</source>
        <extracomment>%1 is a name, %2 the object it refers to (&quot;int 10&quot;), %3 the names already referring to that object.</extracomment>
        <translation>%1 ahora hace referencia al mismo objeto %2 que %3</translation>
    </message>
    <message>
        <source>%1 refers to the same %2 as %3</source>
        <translation>%1 hace referencia al mismo objeto %2 que %3</translation>
    </message>
    <message>
        <source>%1 now refers to %2</source>
        <extracomment>%2 is None.</extracomment>
        <translation>%1 ahora hace referencia a %2</translation>
    </message>
    <message>
        <source>%1 refers to %2</source>
        <translation>%1 hace referencia a %2</translation>
    </message>
    <message>
        <source>%1 now refers to a new %2</source>
        <extracomment>%1 is a name, %2 the object just made (&quot;int 11&quot;, &quot;list [1, 2]&quot;).</extracomment>
        <translation>%1 ahora hace referencia a un nuevo objeto %2</translation>
    </message>
    <message>
        <source>%1 refers to a new %2</source>
        <translation>%1 hace referencia a un nuevo objeto %2</translation>
    </message>
    <message>
        <source>%1 now refers to the %2</source>
        <extracomment>%1 is a name, %2 an object that existed before (&quot;int 10&quot;, &quot;function f&quot;).</extracomment>
        <translation>%1 ahora hace referencia al objeto %2</translation>
    </message>
    <message>
        <source>%1 refers to the %2</source>
        <translation>%1 hace referencia al objeto %2</translation>
    </message>
    <message>
        <source>the clause except %1 catches it as %2</source>
        <extracomment>&quot;except ValueError as err&quot;: %1 is the exception&apos;s type, %2 the name it is caught as.</extracomment>
        <translation>la cláusula except %1 la captura como %2</translation>
    </message>
    <message>
        <source>%1 still refers to %2</source>
        <extracomment>The other names that kept the old object after a name moved away from it: &quot;b still refers to 10&quot;; %2 is the old object&apos;s value.</extracomment>
        <translation>%1 sigue haciendo referencia a %2</translation>
    </message>
    <message>
        <source>%1 still refer to %2</source>
        <extracomment>As &quot;%1 still refers to %2&quot;, for several names: &quot;b and c&quot;.</extracomment>
        <translation>%1 siguen haciendo referencia a %2</translation>
    </message>
    <message>
        <source>%1; %2</source>
        <extracomment>Two sentences of one caption, each about one change the step made.</extracomment>
        <translation>%1; %2</translation>
    </message>
    <message>
        <source>the program ends</source>
        <translation>el programa termina</translation>
    </message>
    <message>
        <source>%1&apos;s frame is gone, ended by the error</source>
        <translation>el marco de %1 desaparece, interrumpido por el error</translation>
    </message>
    <message>
        <source>%1 is paused: its frame keeps its variables for the next next()</source>
        <extracomment>%1 is a generator function stopped at a yield; next() is Python&apos;s built-in.</extracomment>
        <translation>%1 está en pausa: su marco conserva sus variables para el próximo next()</translation>
    </message>
    <message>
        <source>the paused %1 is gone with its generator</source>
        <extracomment>A paused generator function is dropped with its generator object.</extracomment>
        <translation>la función %1, en pausa, desaparece con su generador</translation>
    </message>
    <message>
        <source>%1 returned %2: its frame is gone</source>
        <translation>%1 devolvió %2: su marco desaparece</translation>
    </message>
    <message>
        <source>the %1</source>
        <comment>a freed object</comment>
        <extracomment>One object freed, in a sentence saying it is: &quot;the int 300&quot;, &quot;the list [1, 2]&quot;.</extracomment>
        <translation>el objeto %1</translation>
    </message>
    <message>
        <source>%1 is no longer referenced and is freed</source>
        <extracomment>%1 is one object: &quot;the int 300&quot;.</extracomment>
        <translation>%1 ya no tiene referencias y se libera</translation>
    </message>
    <message>
        <source>%1 are no longer referenced and are freed</source>
        <extracomment>%1 is a list of objects: &quot;the str &apos;b&apos; and the int 2&quot;.</extracomment>
        <translation>%1 ya no tienen referencias y se liberan</translation>
    </message>
    <message numerus="yes">
        <source>%1 and %n other objects are no longer referenced and are freed</source>
        <extracomment>%1 is one object holding others (&quot;the list [1, 2, 3]&quot;); %n how many others go with it.</extracomment>
        <translation>
            <numerusform>%1 y %n objeto más ya no tienen referencias y se liberan</numerusform>
            <numerusform>%1 y otros %n objetos ya no tienen referencias y se liberan</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n objects are no longer referenced and are freed</source>
        <translation>
            <numerusform>%n objeto ya no tiene referencias y se libera</numerusform>
            <numerusform>%n objetos ya no tienen referencias y se liberan</numerusform>
        </translation>
    </message>
    <message>
        <source>printed &quot;%1&quot;</source>
        <extracomment>%1 is what the program printed, as it printed it.</extracomment>
        <translation>se imprimió «%1»</translation>
    </message>
    <message>
        <source>the program raises %1</source>
        <extracomment>%1 is the exception as Python prints it: &quot;ValueError: bad value&quot;.</extracomment>
        <translation>el programa lanza %1</translation>
    </message>
    <message>
        <source>%1 raises %2</source>
        <extracomment>%1 is a function, %2 the exception as Python prints it: &quot;ValueError: bad value&quot;.</extracomment>
        <translation>%1 lanza %2</translation>
    </message>
    <message>
        <source>the name %1 is deleted</source>
        <translation>el nombre %1 se elimina</translation>
    </message>
    <message>
        <source>the program stops: %1</source>
        <extracomment>%1 is the exception as Python prints it: &quot;ZeroDivisionError: division by zero&quot;.</extracomment>
        <translation>el programa se detiene: %1</translation>
    </message>
    <message>
        <source>the error leaves %1</source>
        <extracomment>%1 is the function the exception leaves.</extracomment>
        <translation>el error sale de %1</translation>
    </message>
    <message>
        <source>%1 yields %2</source>
        <translation>%1 entrega %2 con yield</translation>
    </message>
    <message>
        <source>%1 is about to return %2</source>
        <translation>%1 está a punto de devolver %2</translation>
    </message>
    <message>
        <source>the %1 reaches the program</source>
        <extracomment>%1 is an exception&apos;s type, come up from a function the program called.</extracomment>
        <translation>la excepción %1 llega al programa</translation>
    </message>
    <message>
        <source>the %1 reaches %2</source>
        <extracomment>%1 is an exception&apos;s type, %2 the function it comes up to from one it called.</extracomment>
        <translation>la excepción %1 llega a %2</translation>
    </message>
    <message>
        <source>an except clause checks the %1</source>
        <extracomment>%1 is an exception&apos;s type, which an except clause compares with its own.</extracomment>
        <translation>una cláusula except comprueba la excepción %1</translation>
    </message>
    <message>
        <source>%1 raised</source>
        <extracomment>%1 is an exception&apos;s type.</extracomment>
        <translation>se lanzó %1</translation>
    </message>
    <message>
        <source>line %1 runs next; nothing changed in memory</source>
        <translation>a continuación se ejecuta la línea %1; nada cambió en la memoria</translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <extracomment>The last two items of a list: &quot;a and b&quot;, &quot;a, b and c&quot;.</extracomment>
        <translation>%1 y %2</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <extracomment>Two items of a list that goes on: &quot;a, b&quot; in &quot;a, b and c&quot;; also &quot;n -&gt; 1, m -&gt; 2&quot;.</extracomment>
        <translation>%1, %2</translation>
    </message>
    <message numerus="yes">
        <source>and %n more changes</source>
        <extracomment>The last part of a caption too long to say in full: how many changes it leaves out.</extracomment>
        <translation>
            <numerusform>y %n cambio más</numerusform>
            <numerusform>y %n cambios más</numerusform>
        </translation>
    </message>
    <message>
        <source>%1.</source>
        <extracomment>The end of a caption: its full stop.</extracomment>
        <translation>%1.</translation>
    </message>
    <message>
        <source>%1 object</source>
        <comment>in a value</comment>
        <extracomment>An instance of a class the program defines, inside a value: &quot;[Point object]&quot;.</extracomment>
        <translation>objeto %1</translation>
    </message>
    <message>
        <source>%1 object</source>
        <comment>an object</comment>
        <extracomment>An instance of a class the program defines, as a caption names it: &quot;a new Point object&quot;, &quot;the Point object was changed&quot;.</extracomment>
        <translation>de la clase %1</translation>
    </message>
    <message>
        <source>built-in function %1</source>
        <extracomment>One of Python&apos;s own functions, such as len or print.</extracomment>
        <translation>%1 (función integrada)</translation>
    </message>
</context>
</TS>
