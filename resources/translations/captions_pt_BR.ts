<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pt_BR">
<context>
    <name>StepCaption</name>
    <message>
        <source>key %1 now maps to %2</source>
        <translation>a chave %1 agora está associada a %2</translation>
    </message>
    <message>
        <source>key %1 added, mapping to %2</source>
        <translation>chave %1 adicionada, associada a %2</translation>
    </message>
    <message>
        <source>item %1 set to %2</source>
        <extracomment>%1 is the item&apos;s index, %2 its new value.</extracomment>
        <translation>o item %1 agora vale %2</translation>
    </message>
    <message>
        <source>item %1 appended</source>
        <extracomment>%1 is the value appended at the end of a list.</extracomment>
        <translation>item %1 adicionado ao final</translation>
    </message>
    <message>
        <source>%1 inserted at index %2</source>
        <translation>%1 inserido no índice %2</translation>
    </message>
    <message>
        <source>%1 added</source>
        <extracomment>%1 is the value added to a set.</extracomment>
        <translation>%1 adicionado</translation>
    </message>
    <message>
        <source>key %1 removed</source>
        <translation>chave %1 removida</translation>
    </message>
    <message>
        <source>the item at index %1 removed</source>
        <translation>o item no índice %1 removido</translation>
    </message>
    <message>
        <source>an item removed</source>
        <translation>um item removido</translation>
    </message>
    <message>
        <source>attribute %1 set to %2</source>
        <translation>o atributo %1 agora vale %2</translation>
    </message>
    <message>
        <source>attribute %1 deleted</source>
        <translation>atributo %1 apagado</translation>
    </message>
    <message>
        <source>emptied</source>
        <extracomment>A list, dict or set was emptied.</extracomment>
        <translation>esvaziado</translation>
    </message>
    <message>
        <source>its contents replaced</source>
        <extracomment>An object&apos;s contents were replaced as a whole (a list sorted in place, a slice set).</extracomment>
        <translation>seu conteúdo substituído</translation>
    </message>
    <message>
        <source>the %1 was changed: %2</source>
        <extracomment>%1 names the object (&quot;list [1, 2, 3]&quot;), %2 says what changed (&quot;item 3 appended&quot;).</extracomment>
        <translation>o objeto %1 foi alterado: %2</translation>
    </message>
    <message>
        <source>the program starts with an empty global frame</source>
        <translation>o programa começa com um quadro global vazio</translation>
    </message>
    <message>
        <source>the body of class %1 runs in a new frame</source>
        <translation>o corpo da classe %1 é executado em um novo quadro</translation>
    </message>
    <message>
        <source>%1 resumes where it paused, with its variables</source>
        <extracomment>%1 is a generator function that was paused at a yield.</extracomment>
        <translation>%1 continua de onde parou, com suas variáveis</translation>
    </message>
    <message>
        <source>%1 called: new frame</source>
        <extracomment>%1 is the call, as &quot;f()&quot;.</extracomment>
        <translation>chamada de %1: novo quadro</translation>
    </message>
    <message>
        <source>%1 called: new frame with %2</source>
        <extracomment>%1 is the call, as &quot;f(3, 4)&quot;; %2 its parameters and what they refer to, &quot;n -&gt; 3, m -&gt; 4&quot;.</extracomment>
        <translation>chamada de %1: novo quadro com %2</translation>
    </message>
    <message>
        <source>%1 now refers to the same %2 as %3</source>
        <extracomment>%1 is a name, %2 the object it refers to (&quot;int 10&quot;), %3 the names already referring to that object.</extracomment>
        <translation>%1 agora se refere ao mesmo objeto %2 que %3</translation>
    </message>
    <message>
        <source>%1 refers to the same %2 as %3</source>
        <translation>%1 se refere ao mesmo objeto %2 que %3</translation>
    </message>
    <message>
        <source>%1 now refers to %2</source>
        <extracomment>%2 is None.</extracomment>
        <translation>%1 agora se refere a %2</translation>
    </message>
    <message>
        <source>%1 refers to %2</source>
        <translation>%1 se refere a %2</translation>
    </message>
    <message>
        <source>%1 now refers to a new %2</source>
        <extracomment>%1 is a name, %2 the object just made (&quot;int 11&quot;, &quot;list [1, 2]&quot;).</extracomment>
        <translation>%1 agora se refere a um novo objeto %2</translation>
    </message>
    <message>
        <source>%1 refers to a new %2</source>
        <translation>%1 se refere a um novo objeto %2</translation>
    </message>
    <message>
        <source>%1 now refers to the %2</source>
        <extracomment>%1 is a name, %2 an object that existed before (&quot;int 10&quot;, &quot;function f&quot;).</extracomment>
        <translation>%1 agora se refere ao objeto %2</translation>
    </message>
    <message>
        <source>%1 refers to the %2</source>
        <translation>%1 se refere ao objeto %2</translation>
    </message>
    <message>
        <source>the clause except %1 catches it as %2</source>
        <extracomment>&quot;except ValueError as err&quot;: %1 is the exception&apos;s type, %2 the name it is caught as.</extracomment>
        <translation>a cláusula except %1 a captura como %2</translation>
    </message>
    <message>
        <source>%1 still refers to %2</source>
        <extracomment>The other names that kept the old object after a name moved away from it: &quot;b still refers to 10&quot;; %2 is the old object&apos;s value.</extracomment>
        <translation>%1 ainda se refere a %2</translation>
    </message>
    <message>
        <source>%1 still refer to %2</source>
        <extracomment>As &quot;%1 still refers to %2&quot;, for several names: &quot;b and c&quot;.</extracomment>
        <translation>%1 ainda se referem a %2</translation>
    </message>
    <message>
        <source>%1; %2</source>
        <extracomment>Two sentences of one caption, each about one change the step made.</extracomment>
        <translation>%1; %2</translation>
    </message>
    <message>
        <source>the program ends</source>
        <translation>o programa termina</translation>
    </message>
    <message>
        <source>%1&apos;s frame is gone, ended by the error</source>
        <translation>o quadro de %1 desaparece, interrompido pelo erro</translation>
    </message>
    <message>
        <source>%1 is paused: its frame keeps its variables for the next next()</source>
        <extracomment>%1 is a generator function stopped at a yield; next() is Python&apos;s built-in.</extracomment>
        <translation>%1 está em pausa: seu quadro guarda suas variáveis para o próximo next()</translation>
    </message>
    <message>
        <source>the paused %1 is gone with its generator</source>
        <extracomment>A paused generator function is dropped with its generator object.</extracomment>
        <translation>a função %1, em pausa, desaparece junto com seu gerador</translation>
    </message>
    <message>
        <source>%1 returned %2: its frame is gone</source>
        <translation>%1 retornou %2: seu quadro desaparece</translation>
    </message>
    <message>
        <source>the %1</source>
        <comment>a freed object</comment>
        <extracomment>One object freed, in a sentence saying it is: &quot;the int 300&quot;, &quot;the list [1, 2]&quot;.</extracomment>
        <translation>o objeto %1</translation>
    </message>
    <message>
        <source>%1 is no longer referenced and is freed</source>
        <extracomment>%1 is one object: &quot;the int 300&quot;.</extracomment>
        <translation>%1 não é mais referenciado e é liberado</translation>
    </message>
    <message>
        <source>%1 are no longer referenced and are freed</source>
        <extracomment>%1 is a list of objects: &quot;the str &apos;b&apos; and the int 2&quot;.</extracomment>
        <translation>%1 não são mais referenciados e são liberados</translation>
    </message>
    <message numerus="yes">
        <source>%1 and %n other objects are no longer referenced and are freed</source>
        <extracomment>%1 is one object holding others (&quot;the list [1, 2, 3]&quot;); %n how many others go with it.</extracomment>
        <translation>
            <numerusform>%1 e mais %n objeto não são mais referenciados e são liberados</numerusform>
            <numerusform>%1 e mais %n objetos não são mais referenciados e são liberados</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n objects are no longer referenced and are freed</source>
        <translation>
            <numerusform>%n objeto não é mais referenciado e é liberado</numerusform>
            <numerusform>%n objetos não são mais referenciados e são liberados</numerusform>
        </translation>
    </message>
    <message>
        <source>printed &quot;%1&quot;</source>
        <extracomment>%1 is what the program printed, as it printed it.</extracomment>
        <translation>impresso: “%1”</translation>
    </message>
    <message>
        <source>the program raises %1</source>
        <extracomment>%1 is the exception as Python prints it: &quot;ValueError: bad value&quot;.</extracomment>
        <translation>o programa lança %1</translation>
    </message>
    <message>
        <source>%1 raises %2</source>
        <extracomment>%1 is a function, %2 the exception as Python prints it: &quot;ValueError: bad value&quot;.</extracomment>
        <translation>%1 lança %2</translation>
    </message>
    <message>
        <source>the name %1 is deleted</source>
        <translation>o nome %1 é apagado</translation>
    </message>
    <message>
        <source>the program stops: %1</source>
        <extracomment>%1 is the exception as Python prints it: &quot;ZeroDivisionError: division by zero&quot;.</extracomment>
        <translation>o programa é interrompido: %1</translation>
    </message>
    <message>
        <source>the error leaves %1</source>
        <extracomment>%1 is the function the exception leaves.</extracomment>
        <translation>o erro sai de %1</translation>
    </message>
    <message>
        <source>%1 yields %2</source>
        <translation>%1 entrega %2 com yield</translation>
    </message>
    <message>
        <source>%1 is about to return %2</source>
        <translation>%1 está prestes a retornar %2</translation>
    </message>
    <message>
        <source>the %1 reaches the program</source>
        <extracomment>%1 is an exception&apos;s type, come up from a function the program called.</extracomment>
        <translation>a exceção %1 chega ao programa</translation>
    </message>
    <message>
        <source>the %1 reaches %2</source>
        <extracomment>%1 is an exception&apos;s type, %2 the function it comes up to from one it called.</extracomment>
        <translation>a exceção %1 chega a %2</translation>
    </message>
    <message>
        <source>an except clause checks the %1</source>
        <extracomment>%1 is an exception&apos;s type, which an except clause compares with its own.</extracomment>
        <translation>uma cláusula except verifica a exceção %1</translation>
    </message>
    <message>
        <source>%1 raised</source>
        <extracomment>%1 is an exception&apos;s type.</extracomment>
        <translation>exceção %1 lançada</translation>
    </message>
    <message>
        <source>line %1 runs next; nothing changed in memory</source>
        <translation>a linha %1 é a próxima a ser executada; nada mudou na memória</translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <extracomment>The last two items of a list: &quot;a and b&quot;, &quot;a, b and c&quot;.</extracomment>
        <translation>%1 e %2</translation>
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
            <numerusform>e mais %n alteração</numerusform>
            <numerusform>e mais %n alterações</numerusform>
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
        <translation>da classe %1</translation>
    </message>
    <message>
        <source>built-in function %1</source>
        <extracomment>One of Python&apos;s own functions, such as len or print.</extracomment>
        <translation>%1 (função embutida)</translation>
    </message>
</context>
</TS>
