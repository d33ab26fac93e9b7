<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>StepCaption</name>
    <message>
        <source>key %1 now maps to %2</source>
        <translation>la clé %1 est maintenant associée à %2</translation>
    </message>
    <message>
        <source>key %1 added, mapping to %2</source>
        <translation>clé %1 ajoutée, associée à %2</translation>
    </message>
    <message>
        <source>item %1 set to %2</source>
        <extracomment>%1 is the item&apos;s index, %2 its new value.</extracomment>
        <translation>l&apos;élément %1 vaut maintenant %2</translation>
    </message>
    <message>
        <source>item %1 appended</source>
        <extracomment>%1 is the value appended at the end of a list.</extracomment>
        <translation>élément %1 ajouté à la fin</translation>
    </message>
    <message>
        <source>%1 inserted at index %2</source>
        <translation>%1 inséré à l&apos;indice %2</translation>
    </message>
    <message>
        <source>%1 added</source>
        <extracomment>%1 is the value added to a set.</extracomment>
        <translation>%1 ajouté</translation>
    </message>
    <message>
        <source>key %1 removed</source>
        <translation>clé %1 supprimée</translation>
    </message>
    <message>
        <source>the item at index %1 removed</source>
        <translation>l&apos;élément à l&apos;indice %1 supprimé</translation>
    </message>
    <message>
        <source>an item removed</source>
        <translation>un élément supprimé</translation>
    </message>
    <message>
        <source>attribute %1 set to %2</source>
        <translation>l&apos;attribut %1 vaut maintenant %2</translation>
    </message>
    <message>
        <source>attribute %1 deleted</source>
        <translation>attribut %1 supprimé</translation>
    </message>
    <message>
        <source>emptied</source>
        <extracomment>A list, dict or set was emptied.</extracomment>
        <translation>vidé</translation>
    </message>
    <message>
        <source>its contents replaced</source>
        <extracomment>An object&apos;s contents were replaced as a whole (a list sorted in place, a slice set).</extracomment>
        <translation>son contenu remplacé</translation>
    </message>
    <message>
        <source>the %1 was changed: %2</source>
        <extracomment>%1 names the object (&quot;list [1, 2, 3]&quot;), %2 says what changed (&quot;item 3 appended&quot;).</extracomment>
        <translation>l&apos;objet %1 a été modifié&#xa0;: %2</translation>
    </message>
    <message>
        <source>the program starts with an empty global frame</source>
        <translation>le programme démarre avec un cadre global vide</translation>
    </message>
    <message>
        <source>the body of class %1 runs in a new frame</source>
        <translation>le corps de la classe %1 s&apos;exécute dans un nouveau cadre</translation>
    </message>
    <message>
        <source>%1 resumes where it paused, with its variables</source>
        <extracomment>%1 is a generator function that was paused at a yield.</extracomment>
        <translation>%1 reprend là où elle s&apos;était arrêtée, avec ses variables</translation>
    </message>
    <message>
        <source>%1 called: new frame</source>
        <extracomment>%1 is the call, as &quot;f()&quot;.</extracomment>
        <translation>appel de %1&#xa0;: nouveau cadre</translation>
    </message>
    <message>
        <source>%1 called: new frame with %2</source>
        <extracomment>%1 is the call, as &quot;f(3, 4)&quot;; %2 its parameters and what they refer to, &quot;n -&gt; 3, m -&gt; 4&quot;.</extracomment>
        <translation>appel de %1&#xa0;: nouveau cadre avec %2</translation>
    </message>
    <message>
        <source>%1 now refers to the same %2 as %3</source>
        <extracomment>%1 is a name, %2 the object it refers to (&quot;int 10&quot;), %3 the names already referring to that object.</extracomment>
        <translation>%1 désigne maintenant le même objet %2 que %3</translation>
    </message>
    <message>
        <source>%1 refers to the same %2 as %3</source>
        <translation>%1 désigne le même objet %2 que %3</translation>
    </message>
    <message>
        <source>%1 now refers to %2</source>
        <extracomment>%2 is None.</extracomment>
        <translation>%1 désigne maintenant %2</translation>
    </message>
    <message>
        <source>%1 refers to %2</source>
        <translation>%1 désigne %2</translation>
    </message>
    <message>
        <source>%1 now refers to a new %2</source>
        <extracomment>%1 is a name, %2 the object just made (&quot;int 11&quot;, &quot;list [1, 2]&quot;).</extracomment>
        <translation>%1 désigne maintenant un nouvel objet %2</translation>
    </message>
    <message>
        <source>%1 refers to a new %2</source>
        <translation>%1 désigne un nouvel objet %2</translation>
    </message>
    <message>
        <source>%1 now refers to the %2</source>
        <extracomment>%1 is a name, %2 an object that existed before (&quot;int 10&quot;, &quot;function f&quot;).</extracomment>
        <translation>%1 désigne maintenant l&apos;objet %2</translation>
    </message>
    <message>
        <source>%1 refers to the %2</source>
        <translation>%1 désigne l&apos;objet %2</translation>
    </message>
    <message>
        <source>the clause except %1 catches it as %2</source>
        <extracomment>&quot;except ValueError as err&quot;: %1 is the exception&apos;s type, %2 the name it is caught as.</extracomment>
        <translation>la clause except %1 l&apos;intercepte sous le nom %2</translation>
    </message>
    <message>
        <source>%1 still refers to %2</source>
        <extracomment>The other names that kept the old object after a name moved away from it: &quot;b still refers to 10&quot;; %2 is the old object&apos;s value.</extracomment>
        <translation>%1 désigne toujours %2</translation>
    </message>
    <message>
        <source>%1 still refer to %2</source>
        <extracomment>As &quot;%1 still refers to %2&quot;, for several names: &quot;b and c&quot;.</extracomment>
        <translation>%1 désignent toujours %2</translation>
    </message>
    <message>
        <source>%1; %2</source>
        <extracomment>Two sentences of one caption, each about one change the step made.</extracomment>
        <translation>%1&#x202f;; %2</translation>
    </message>
    <message>
        <source>the program ends</source>
        <translation>le programme se termine</translation>
    </message>
    <message>
        <source>%1&apos;s frame is gone, ended by the error</source>
        <translation>le cadre de %1 disparaît, interrompu par l&apos;erreur</translation>
    </message>
    <message>
        <source>%1 is paused: its frame keeps its variables for the next next()</source>
        <extracomment>%1 is a generator function stopped at a yield; next() is Python&apos;s built-in.</extracomment>
        <translation>%1 est en pause&#xa0;: son cadre garde ses variables pour le prochain next()</translation>
    </message>
    <message>
        <source>the paused %1 is gone with its generator</source>
        <extracomment>A paused generator function is dropped with its generator object.</extracomment>
        <translation>la fonction %1, en pause, disparaît avec son générateur</translation>
    </message>
    <message>
        <source>%1 returned %2: its frame is gone</source>
        <translation>%1 a renvoyé %2&#xa0;: son cadre disparaît</translation>
    </message>
    <message>
        <source>the %1</source>
        <comment>a freed object</comment>
        <extracomment>One object freed, in a sentence saying it is: &quot;the int 300&quot;, &quot;the list [1, 2]&quot;.</extracomment>
        <translation>l&apos;objet %1</translation>
    </message>
    <message>
        <source>%1 is no longer referenced and is freed</source>
        <extracomment>%1 is one object: &quot;the int 300&quot;.</extracomment>
        <translation>%1 n&apos;est plus référencé et il est libéré</translation>
    </message>
    <message>
        <source>%1 are no longer referenced and are freed</source>
        <extracomment>%1 is a list of objects: &quot;the str &apos;b&apos; and the int 2&quot;.</extracomment>
        <translation>plus rien ne référence %1, qui sont libérés</translation>
    </message>
    <message numerus="yes">
        <source>%1 and %n other objects are no longer referenced and are freed</source>
        <extracomment>%1 is one object holding others (&quot;the list [1, 2, 3]&quot;); %n how many others go with it.</extracomment>
        <translation>
            <numerusform>plus rien ne référence %1 ni %n autre objet, qui sont libérés</numerusform>
            <numerusform>plus rien ne référence %1 ni %n autres objets, qui sont libérés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n objects are no longer referenced and are freed</source>
        <translation>
            <numerusform>%n objet n&apos;est plus référencé et il est libéré</numerusform>
            <numerusform>%n objets ne sont plus référencés et ils sont libérés</numerusform>
        </translation>
    </message>
    <message>
        <source>printed &quot;%1&quot;</source>
        <extracomment>%1 is what the program printed, as it printed it.</extracomment>
        <translation>affiché&#xa0;: «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>the program raises %1</source>
        <extracomment>%1 is the exception as Python prints it: &quot;ValueError: bad value&quot;.</extracomment>
        <translation>le programme lève %1</translation>
    </message>
    <message>
        <source>%1 raises %2</source>
        <extracomment>%1 is a function, %2 the exception as Python prints it: &quot;ValueError: bad value&quot;.</extracomment>
        <translation>%1 lève %2</translation>
    </message>
    <message>
        <source>the name %1 is deleted</source>
        <translation>le nom %1 est supprimé</translation>
    </message>
    <message>
        <source>the program stops: %1</source>
        <extracomment>%1 is the exception as Python prints it: &quot;ZeroDivisionError: division by zero&quot;.</extracomment>
        <translation>le programme s&apos;arrête&#xa0;: %1</translation>
    </message>
    <message>
        <source>the error leaves %1</source>
        <extracomment>%1 is the function the exception leaves.</extracomment>
        <translation>l&apos;erreur quitte %1</translation>
    </message>
    <message>
        <source>%1 yields %2</source>
        <translation>%1 produit %2 avec yield</translation>
    </message>
    <message>
        <source>%1 is about to return %2</source>
        <translation>%1 va renvoyer %2</translation>
    </message>
    <message>
        <source>the %1 reaches the program</source>
        <extracomment>%1 is an exception&apos;s type, come up from a function the program called.</extracomment>
        <translation>l&apos;exception %1 remonte jusqu&apos;au programme</translation>
    </message>
    <message>
        <source>the %1 reaches %2</source>
        <extracomment>%1 is an exception&apos;s type, %2 the function it comes up to from one it called.</extracomment>
        <translation>l&apos;exception %1 remonte jusqu&apos;à %2</translation>
    </message>
    <message>
        <source>an except clause checks the %1</source>
        <extracomment>%1 is an exception&apos;s type, which an except clause compares with its own.</extracomment>
        <translation>une clause except examine l&apos;exception %1</translation>
    </message>
    <message>
        <source>%1 raised</source>
        <extracomment>%1 is an exception&apos;s type.</extracomment>
        <translation>exception %1 levée</translation>
    </message>
    <message>
        <source>line %1 runs next; nothing changed in memory</source>
        <translation>la ligne %1 s&apos;exécute ensuite&#x202f;; rien n&apos;a changé en mémoire</translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <extracomment>The last two items of a list: &quot;a and b&quot;, &quot;a, b and c&quot;.</extracomment>
        <translation>%1 et %2</translation>
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
            <numerusform>et %n autre changement</numerusform>
            <numerusform>et %n autres changements</numerusform>
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
        <translation>objet %1</translation>
    </message>
    <message>
        <source>%1 object</source>
        <comment>an object</comment>
        <extracomment>An instance of a class the program defines, as a caption names it: &quot;a new Point object&quot;, &quot;the Point object was changed&quot;.</extracomment>
        <translation>de classe %1</translation>
    </message>
    <message>
        <source>built-in function %1</source>
        <extracomment>One of Python&apos;s own functions, such as len or print.</extracomment>
        <translation>%1 (fonction native)</translation>
    </message>
</context>
</TS>
