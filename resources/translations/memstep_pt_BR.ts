<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pt_BR">
<context>
    <name>QObject</name>
    <message>
        <source>Could not write %1: %2</source>
        <translation>Não foi possível gravar %1: %2</translation>
    </message>
    <message>
        <source>Could not write %1</source>
        <translation>Não foi possível gravar %1</translation>
    </message>
    <message>
        <source>Steps %1 to %2 are not in the program&apos;s %3 steps</source>
        <translation>Os passos %1 a %2 não estão entre os %3 passos do programa</translation>
    </message>
    <message>
        <source>Could not write %1: %2 (%3)</source>
        <translation>Não foi possível gravar %1: %2 (%3)</translation>
    </message>
    <message>
        <source>Could not write %1: the animation has no colours or no size</source>
        <translation>Não foi possível gravar %1: a animação não tem cores ou não tem tamanho</translation>
    </message>
    <message>
        <source>cannot start the GIF</source>
        <translation>não é possível iniciar o GIF</translation>
    </message>
    <message>
        <source>screen descriptor</source>
        <translation>descritor de tela</translation>
    </message>
    <message>
        <source>loop extension</source>
        <translation>extensão de repetição</translation>
    </message>
    <message>
        <source>Could not write %1: a frame does not have the animation&apos;s size</source>
        <translation>Não foi possível gravar %1: um quadro da animação não tem o tamanho dela</translation>
    </message>
    <message>
        <source>frame delay</source>
        <translation>atraso do quadro</translation>
    </message>
    <message>
        <source>frame header</source>
        <translation>cabeçalho do quadro</translation>
    </message>
    <message>
        <source>frame pixels</source>
        <translation>pixels do quadro</translation>
    </message>
    <message>
        <source>closing the file</source>
        <translation>fechamento do arquivo</translation>
    </message>
    <message>
        <source>next line to run</source>
        <translation>próxima linha a executar</translation>
    </message>
    <message>
        <source>line that just ran</source>
        <translation>linha que acabou de executar</translation>
    </message>
    <message>
        <source>Output so far</source>
        <translation>Saída até agora</translation>
    </message>
    <message>
        <source>(nothing printed yet)</source>
        <translation>(nada impresso ainda)</translation>
    </message>
    <message>
        <source>%1: steps %2 to %3</source>
        <translation>%1: passos %2 a %3</translation>
    </message>
    <message>
        <source>Step %1 of %2</source>
        <translation>Passo %1 de %2</translation>
    </message>
    <message>
        <source>cannot write the program&apos;s answers to %1</source>
        <translation>não é possível gravar as respostas do programa em %1</translation>
    </message>
    <message>
        <source>the trace python3 recorded could not be read: %1</source>
        <translation>não foi possível ler o rastro gravado pelo python3: %1</translation>
    </message>
    <message>
        <source>no python3 was found on PATH: install python3 (3.11) to run programs with Python 3</source>
        <translation>nenhum python3 foi encontrado no PATH: instale o python3 (3.11) para executar programas com o Python 3</translation>
    </message>
    <message>
        <source>memstep_cpython_trace.py was not found beside memstep: reinstall memstep</source>
        <translation>memstep_cpython_trace.py não foi encontrado junto ao memstep: reinstale o memstep</translation>
    </message>
    <message>
        <source>cannot write the program to a temporary folder</source>
        <translation>não é possível gravar o programa em uma pasta temporária</translation>
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
        <translation>Você pode aumentar o limite nas Preferências.</translation>
    </message>
    <message>
        <source>Stopped after %1 steps - the program may be in an infinite loop. %2</source>
        <translation>Parado após %1 passos – o programa pode estar em um laço infinito. %2</translation>
    </message>
    <message>
        <source>Stopped after %1 (the time limit) - the program may be in an infinite loop or too slow to show step by step. %2</source>
        <translation>Parado após %1 (o limite de tempo) – o programa pode estar em um laço infinito ou ser lento demais para mostrar passo a passo. %2</translation>
    </message>
    <message>
        <source>Stopped: the program&apos;s objects needed more than the memory limit of %1 MB (line %2). %3</source>
        <translation>Parado: os objetos do programa precisaram de mais que o limite de memória de %1 MB (linha %2). %3</translation>
    </message>
    <message>
        <source>Stopped: the program needed more memory than this computer could give. Lowering the memory limit in Preferences makes such a program stop at that limit instead.</source>
        <translation>Parado: o programa precisou de mais memória do que este computador podia dar. Com um limite de memória menor nas Preferências, um programa assim para nesse limite.</translation>
    </message>
    <message>
        <source>The program printed more than %1 MB; the rest of its output was dropped. You can raise the output limit in Preferences.</source>
        <translation>O programa imprimiu mais de %1 MB; o resto da saída foi descartado. Você pode aumentar o limite de saída nas Preferências.</translation>
    </message>
    <message>
        <source>%1 is not UTF-8 text, so python3 would not run it (%2: %3). The bytes that are not UTF-8 are shown as �.</source>
        <translation>%1 não é texto UTF-8, então o python3 não o executaria (%2: %3). Os bytes que não são UTF-8 aparecem como �.</translation>
    </message>
    <message>
        <source>%1 contains null bytes, which python3 refuses (&quot;source code cannot contain null bytes&quot;); they are shown as �.</source>
        <translation>%1 contém bytes nulos, que o python3 recusa (&quot;source code cannot contain null bytes&quot;); eles aparecem como �.</translation>
    </message>
    <message>
        <source>Export Animation (GIF)</source>
        <translation>Exportar animação (GIF)</translation>
    </message>
    <message>
        <source>Export Handout (PDF)</source>
        <translation>Exportar apostila (PDF)</translation>
    </message>
    <message>
        <source>GIF animation (*.gif)</source>
        <translation>Animação GIF (*.gif)</translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation>Documento PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Drawing the animation…</source>
        <translation>Desenhando a animação…</translation>
    </message>
    <message>
        <source>Drawing the handout…</source>
        <translation>Desenhando a apostila…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Stopped: the program started more than %1 processes at once (line %2), the limit of a run with Python 3.</source>
        <translation>Parado: o programa iniciou mais de %1 processos ao mesmo tempo (linha %2), o limite de uma execução com Python 3.</translation>
    </message>
</context>
<context>
    <name>memstep::ui::Autosave</name>
    <message>
        <source>cannot create %1</source>
        <translation>não é possível criar %1</translation>
    </message>
</context>
<context>
    <name>memstep::ui::CaptionBar</name>
    <message>
        <source>What the step just shown did to the program&apos;s memory</source>
        <translation>O que o passo mostrado fez com a memória do programa</translation>
    </message>
</context>
<context>
    <name>memstep::ui::DiagramLegend</name>
    <message>
        <source>Mutable objects can change in place; immutable ones never change, a new object is made instead.</source>
        <translation>Objetos mutáveis podem mudar no lugar; os imutáveis nunca mudam, em vez disso é criado um objeto novo.</translation>
    </message>
    <message>
        <source>mutable (list, dict, set)</source>
        <translation>mutável (list, dict, set)</translation>
    </message>
    <message>
        <source>immutable (int, str, tuple)</source>
        <translation>imutável (int, str, tuple)</translation>
    </message>
    <message>
        <source>refers to</source>
        <translation>faz referência a</translation>
    </message>
</context>
<context>
    <name>memstep::ui::DiagramText</name>
    <message>
        <source>%1 (paused)</source>
        <translation>%1 (pausado)</translation>
    </message>
    <message>
        <source>Global frame</source>
        <translation>Quadro global</translation>
    </message>
    <message>
        <source>%1 (returned)</source>
        <translation>%1 (retornou)</translation>
    </message>
    <message>
        <source>… %1 more item</source>
        <translation>… mais %1 item</translation>
    </message>
    <message>
        <source>… %1 more items</source>
        <translation>… mais %1 itens</translation>
    </message>
    <message>
        <source>… %1 more entry</source>
        <translation>… mais %1 entrada</translation>
    </message>
    <message>
        <source>… %1 more entries</source>
        <translation>… mais %1 entradas</translation>
    </message>
    <message>
        <source>default</source>
        <translation>padrão</translation>
    </message>
    <message>
        <source>%1 (closure)</source>
        <translation>%1 (closure)</translation>
    </message>
    <message>
        <source>… %1 frames not shown …</source>
        <translation>… %1 quadros não mostrados …</translation>
    </message>
    <message>
        <source>Return value</source>
        <translation>Valor de retorno</translation>
    </message>
    <message>
        <source>Yielded value</source>
        <translation>Valor produzido</translation>
    </message>
    <message>
        <source>Raising</source>
        <translation>Lançando</translation>
    </message>
    <message>
        <source>empty</source>
        <translation>vazio</translation>
    </message>
    <message>
        <source>no attributes</source>
        <translation>sem atributos</translation>
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
        <translation>… (mais %1 caracteres)</translation>
    </message>
</context>
<context>
    <name>memstep::ui::ExampleLibrary</name>
    <message>
        <source>Seed 1: two names, one object</source>
        <translation>Início 1: dois nomes, um objeto</translation>
    </message>
    <message>
        <source>Seed 2: a += 1 makes a new object</source>
        <translation>Início 2: a += 1 cria um objeto novo</translation>
    </message>
    <message>
        <source>Aliasing a list</source>
        <translation>Dois nomes para uma lista</translation>
    </message>
    <message>
        <source>Mutable default argument</source>
        <translation>Argumento padrão mutável</translation>
    </message>
    <message>
        <source>List of lists gotcha</source>
        <translation>A pegadinha da lista de listas</translation>
    </message>
    <message>
        <source>Recursion: factorial</source>
        <translation>Recursão: fatorial</translation>
    </message>
    <message>
        <source>Linked list made of dicts</source>
        <translation>Lista encadeada feita de dicts</translation>
    </message>
    <message>
        <source>Swapping two variables</source>
        <translation>Trocar duas variáveis</translation>
    </message>
    <message>
        <source>Strings are immutable</source>
        <translation>Strings são imutáveis</translation>
    </message>
    <message>
        <source>Dict of lists</source>
        <translation>Um dict de listas</translation>
    </message>
    <message>
        <source>Function call frames</source>
        <translation>Quadros das chamadas de função</translation>
    </message>
    <message>
        <source>Garbage: rebinding drops the old list</source>
        <translation>Lixo: reatribuir abandona a lista antiga</translation>
    </message>
    <message>
        <source>Copying a list versus aliasing it</source>
        <translation>Copiar uma lista em vez de dar outro nome a ela</translation>
    </message>
    <message>
        <source>A function changes the caller&apos;s list</source>
        <translation>Uma função altera a lista de quem a chamou</translation>
    </message>
    <message>
        <source>Asking for input</source>
        <translation>Pedindo uma entrada</translation>
    </message>
    <message>
        <source>Objects made from a class: two names, one instance</source>
        <translation>Objetos criados de uma classe: dois nomes, uma instância</translation>
    </message>
    <message>
        <source>A closure keeps the variables of the call that made it</source>
        <translation>Uma closure guarda as variáveis da chamada que a criou</translation>
    </message>
    <message>
        <source>copy.copy shares the inner lists; copy.deepcopy copies them too</source>
        <translation>copy.copy compartilha as listas internas; copy.deepcopy também as copia</translation>
    </message>
    <message>
        <source>A class attribute is shared; assigning through self makes a new instance attribute</source>
        <translation>Um atributo de classe é compartilhado; atribuir via self cria um novo atributo de instância</translation>
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
        <translation>Imagem PNG</translation>
    </message>
    <message>
        <source>SVG drawing</source>
        <translation>Desenho SVG</translation>
    </message>
    <message>
        <source>1x</source>
        <translation>1x</translation>
    </message>
    <message>
        <source>2x (sharp on slides)</source>
        <translation>2x (nítido em slides)</translation>
    </message>
    <message>
        <source>4x (print)</source>
        <translation>4x (impressão)</translation>
    </message>
    <message>
        <source>White</source>
        <translation>Branco</translation>
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
        <translation>Fundo:</translation>
    </message>
</context>
<context>
    <name>memstep::ui::MainWindow</name>
    <message>
        <source>The program asks for input</source>
        <translation>O programa pede uma entrada</translation>
    </message>
    <message>
        <source>input():</source>
        <translation>input():</translation>
    </message>
    <message>
        <source>Running… %1 steps</source>
        <translation>Executando… %1 passos</translation>
    </message>
    <message>
        <source>Press Visualize (Ctrl+Enter) to see the program&apos;s frames and objects, then Step (Right arrow) through it.</source>
        <translation>Pressione Visualizar (Ctrl+Enter) para ver os quadros e objetos do programa e depois percorra-o com Avançar (seta para a direita).</translation>
    </message>
    <message>
        <source>What the program prints appears here.</source>
        <translation>O que o programa imprime aparece aqui.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Stop running the program (Esc)</source>
        <translation>Parar a execução do programa (Esc)</translation>
    </message>
    <message>
        <source>Run cancelled. Press Visualize to run again.</source>
        <translation>Execução cancelada. Pressione Visualizar para executar de novo.</translation>
    </message>
    <message>
        <source> (line %1)</source>
        <translation> (linha %1)</translation>
    </message>
    <message>
        <source>%1: %2%3. Fix the code and press Visualize.</source>
        <translation>%1: %2%3. Corrija o código e pressione Visualizar.</translation>
    </message>
    <message>
        <source>%1: %2%3. The steps up to the error can be explored.</source>
        <translation>%1: %2%3. Os passos até o erro podem ser explorados.</translation>
    </message>
    <message>
        <source>memstep&apos;s interpreter does not support this program: %1%2.</source>
        <translation>O interpretador do memstep não suporta este programa: %1%2.</translation>
    </message>
    <message>
        <source>The run was cancelled.</source>
        <translation>A execução foi cancelada.</translation>
    </message>
    <message>
        <source>[output limit reached: the rest of the output was dropped]</source>
        <translation>[limite de saída atingido: o resto da saída foi descartado]</translation>
    </message>
    <message>
        <source>No breakpoints: click in the margin left of a line to set one.</source>
        <translation>Nenhum ponto de parada: clique na margem à esquerda de uma linha para definir um.</translation>
    </message>
    <message>
        <source>Running…</source>
        <translation>Executando…</translation>
    </message>
    <message>
        <source>untitled.py</source>
        <translation>sem_titulo.py</translation>
    </message>
    <message>
        <source>About memstep</source>
        <translation>Sobre o memstep</translation>
    </message>
    <message>
        <source>&lt;h3&gt;memstep %1&lt;/h3&gt;&lt;p&gt;See what Python does with memory, one step at a time: frames on the left, objects on the right, arrows for references.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;memstep %1&lt;/h3&gt;&lt;p&gt;Veja o que o Python faz com a memória, um passo de cada vez: quadros à esquerda, objetos à direita, setas para as referências.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Open a Python program</source>
        <translation>Abrir um programa Python</translation>
    </message>
    <message>
        <source>Python files (*.py);;All files (*)</source>
        <translation>Arquivos Python (*.py);;Todos os arquivos (*)</translation>
    </message>
    <message>
        <source>Could not open %1: %2</source>
        <translation>Não foi possível abrir %1: %2</translation>
    </message>
    <message>
        <source>Save the program</source>
        <translation>Salvar o programa</translation>
    </message>
    <message>
        <source>Python files (*.py)</source>
        <translation>Arquivos Python (*.py)</translation>
    </message>
    <message>
        <source>Could not save %1: %2</source>
        <translation>Não foi possível salvar %1: %2</translation>
    </message>
    <message>
        <source>Nothing to export yet: press Visualize first.</source>
        <translation>Nada para exportar ainda: pressione Visualizar primeiro.</translation>
    </message>
    <message>
        <source>Export Diagram</source>
        <translation>Exportar diagrama</translation>
    </message>
    <message>
        <source>SVG drawing (*.svg)</source>
        <translation>Desenho SVG (*.svg)</translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation>Imagem PNG (*.png)</translation>
    </message>
    <message>
        <source>Diagram exported to %1</source>
        <translation>Diagrama exportado para %1</translation>
    </message>
    <message>
        <source>Exported to %1</source>
        <translation>Exportado para %1</translation>
    </message>
    <message>
        <source>Nothing to copy yet: press Visualize first.</source>
        <translation>Nada para copiar ainda: pressione Visualizar primeiro.</translation>
    </message>
    <message>
        <source>Diagram copied to the clipboard</source>
        <translation>Diagrama copiado para a área de transferência</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Aj&amp;uda</translation>
    </message>
    <message>
        <source>&amp;About memstep</source>
        <translation>&amp;Sobre o memstep</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Arquivo</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>&amp;Novo</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>A&amp;brir…</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>Abrir &amp;recente</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Salvar</translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation>Salvar &amp;como…</translation>
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
        <translation>Exportar &amp;animação (GIF)…</translation>
    </message>
    <message>
        <source>Export &amp;Handout (PDF)…</source>
        <translation>Exportar a&amp;postila (PDF)…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>Sa&amp;ir</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Editar</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Desfazer</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Refazer</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>Recor&amp;tar</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copiar</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>C&amp;olar</translation>
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
        <translation>Fonte maior</translation>
    </message>
    <message>
        <source>Ctrl+Alt+=</source>
        <translation>Ctrl+Alt+=</translation>
    </message>
    <message>
        <source>Smaller Font</source>
        <translation>Fonte menor</translation>
    </message>
    <message>
        <source>Ctrl+Alt+-</source>
        <translation>Ctrl+Alt+-</translation>
    </message>
    <message>
        <source>Pr&amp;eferences…</source>
        <translation>&amp;Preferências…</translation>
    </message>
    <message>
        <source>&amp;Run</source>
        <translation>E&amp;xecutar</translation>
    </message>
    <message>
        <source>&amp;Visualize</source>
        <translation>&amp;Visualizar</translation>
    </message>
    <message>
        <source>Run to &amp;Breakpoint</source>
        <translation>Executar até o ponto de &amp;parada</translation>
    </message>
    <message>
        <source>Visualize with P&amp;ython 3</source>
        <translation>Visualizar com P&amp;ython 3</translation>
    </message>
    <message>
        <source>Run the program with Python 3 itself, which runs any program with your own rights: it can read and change your files</source>
        <translation>Executar o programa com o próprio Python 3, que executa qualquer programa com as suas permissões: ele pode ler e alterar os seus arquivos</translation>
    </message>
    <message>
        <source>Toggle Breakpoint</source>
        <translation>Alternar ponto de parada</translation>
    </message>
    <message>
        <source>&amp;Step</source>
        <translation>&amp;Avançar</translation>
    </message>
    <message>
        <source>Bac&amp;k</source>
        <translation>Vol&amp;tar</translation>
    </message>
    <message>
        <source>&amp;First Step</source>
        <translation>P&amp;rimeiro passo</translation>
    </message>
    <message>
        <source>&amp;Last Step</source>
        <translation>Ú&amp;ltimo passo</translation>
    </message>
    <message>
        <source>&amp;Play / Pause</source>
        <translation>Reproduzir / Pa&amp;usar</translation>
    </message>
    <message>
        <source>Ctrl+P</source>
        <translation>Ctrl+P</translation>
    </message>
    <message>
        <source>Enter &amp;Input Again</source>
        <translation>Digitar as &amp;entradas de novo</translation>
    </message>
    <message>
        <source>Forget the answers given to input() and run again, asking anew</source>
        <translation>Esquecer as respostas dadas a input() e executar de novo, perguntando outra vez</translation>
    </message>
    <message>
        <source>&amp;Cancel Run</source>
        <translation>&amp;Cancelar execução</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>Exi&amp;bir</translation>
    </message>
    <message>
        <source>Show &amp;Every Object on the Heap</source>
        <translation>Mostrar &amp;todos os objetos do heap</translation>
    </message>
    <message>
        <source>Show Object Id&amp;s</source>
        <translation>Mostrar &amp;ids dos objetos</translation>
    </message>
    <message>
        <source>A short id on each object: id1, id2, … in order of appearance</source>
        <translation>Um id curto em cada objeto: id1, id2, … na ordem em que aparecem</translation>
    </message>
    <message>
        <source>Show id() &amp;Numbers</source>
        <translation>Mostrar &amp;números de id()</translation>
    </message>
    <message>
        <source>The number id() prints, instead of the short id</source>
        <translation>O número que id() imprime, em vez do id curto</translation>
    </message>
    <message>
        <source>Show E&amp;xited Frames (greyed)</source>
        <translation>Mostrar quadros &amp;encerrados (em cinza)</translation>
    </message>
    <message>
        <source>&amp;Captions</source>
        <translation>&amp;Legendas</translation>
    </message>
    <message>
        <source>Describe each step in words under the diagram</source>
        <translation>Descrever cada passo em palavras abaixo do diagrama</translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation>&amp;Aumentar zoom</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation>&amp;Diminuir zoom</translation>
    </message>
    <message>
        <source>Ac&amp;tual Size</source>
        <translation>Tamanho &amp;real</translation>
    </message>
    <message>
        <source>Ctrl+0</source>
        <translation>Ctrl+0</translation>
    </message>
    <message>
        <source>&amp;Fit Diagram to Window</source>
        <translation>Ajustar diagrama à &amp;janela</translation>
    </message>
    <message>
        <source>Ctrl+9</source>
        <translation>Ctrl+9</translation>
    </message>
    <message>
        <source>&amp;Dark Theme</source>
        <translation>Tema e&amp;scuro</translation>
    </message>
    <message>
        <source>&amp;High Contrast</source>
        <translation>Alto &amp;contraste</translation>
    </message>
    <message>
        <source>Black on white with strong borders</source>
        <translation>Preto no branco com bordas fortes</translation>
    </message>
    <message>
        <source>&amp;Presentation Mode</source>
        <translation>Modo de a&amp;presentação</translation>
    </message>
    <message>
        <source>&amp;Animation</source>
        <translation>Ani&amp;mação</translation>
    </message>
    <message>
        <source>&amp;Off</source>
        <translation>&amp;Desligada</translation>
    </message>
    <message>
        <source>&amp;Slow</source>
        <translation>&amp;Lenta</translation>
    </message>
    <message>
        <source>&amp;Normal</source>
        <translation>&amp;Média</translation>
    </message>
    <message>
        <source>&amp;Fast</source>
        <translation>&amp;Rápida</translation>
    </message>
    <message>
        <source>E&amp;xamples</source>
        <translation>Exe&amp;mplos</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Alterações não salvas</translation>
    </message>
    <message>
        <source>Save the changes to the program first?</source>
        <translation>Salvar primeiro as alterações do programa?</translation>
    </message>
    <message>
        <source>Could not keep a backup copy of the code (%1). Save it to a file.</source>
        <translation>Não foi possível manter uma cópia de segurança do código (%1). Salve-o em um arquivo.</translation>
    </message>
    <message>
        <source>an untitled program</source>
        <translation>um programa sem título</translation>
    </message>
    <message>
        <source>an unknown time</source>
        <translation>um momento desconhecido</translation>
    </message>
    <message>
        <source>memstep closed without saving the changes to %1 (last edited %2). Restore them?</source>
        <translation>O memstep fechou sem salvar as alterações em %1 (última edição: %2). Restaurá-las?</translation>
    </message>
    <message>
        <source>Restored the unsaved code. Undo (Ctrl+Z) brings back what the editor held before.</source>
        <translation>O código não salvo foi restaurado. Desfazer (Ctrl+Z) traz de volta o que o editor tinha antes.</translation>
    </message>
    <message>
        <source>Use the previous answers?</source>
        <translation>Usar as respostas anteriores?</translation>
    </message>
    <message>
        <source>The code changed since input() was answered with %1. Use the previous answers again?</source>
        <translation>O código mudou desde que input() foi respondido com %1. Usar as respostas anteriores de novo?</translation>
    </message>
    <message>
        <source>Run cancelled at input(). The steps up to it can be explored; press Visualize to run again and answer.</source>
        <translation>Execução cancelada em input(). Os passos até ali podem ser explorados; pressione Visualizar para executar de novo e responder.</translation>
    </message>
    <message>
        <source>Python 3 could not run the program: %1.</source>
        <translation>O Python 3 não conseguiu executar o programa: %1.</translation>
    </message>
    <message>
        <source>memstep&apos;s interpreter does not support this program: %1. Python 3 could run it, but %2.</source>
        <translation>O interpretador do memstep não suporta este programa: %1. O Python 3 poderia executá-lo, mas %2.</translation>
    </message>
    <message>
        <source>memstep&apos;s interpreter does not support this program: %1. %2 can run it, with your own rights: it can read and change your files.</source>
        <translation>O interpretador do memstep não suporta este programa: %1. %2 pode executá-lo, com as suas permissões: ele pode ler e alterar os seus arquivos.</translation>
    </message>
    <message>
        <source>Run with %1</source>
        <translation>Executar com %1</translation>
    </message>
    <message>
        <source>Ran with %1, with your own rights.</source>
        <translation>Executado com %1, com as suas permissões.</translation>
    </message>
    <message>
        <source>Ran with %1, because memstep&apos;s interpreter does not support this program: %2.</source>
        <translation>Executado com %1, porque o interpretador do memstep não suporta este programa: %2.</translation>
    </message>
</context>
<context>
    <name>memstep::ui::NoticeBar</name>
    <message>
        <source>Hide this message</source>
        <translation>Ocultar esta mensagem</translation>
    </message>
</context>
<context>
    <name>memstep::ui::PresentationMode</name>
    <message>
        <source>Step %1 of %2</source>
        <translation>Passo %1 de %2</translation>
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
        <translation>Devolver o código não salvo ao editor (Desfazer traz de volta o que estava lá)</translation>
    </message>
    <message>
        <source>Delete the unsaved copy</source>
        <translation>Apagar a cópia não salva</translation>
    </message>
</context>
<context>
    <name>memstep::ui::SequenceExportDialog</name>
    <message>
        <source>Export Animation (GIF)</source>
        <translation>Exportar animação (GIF)</translation>
    </message>
    <message>
        <source>Export Handout (PDF)</source>
        <translation>Exportar apostila (PDF)</translation>
    </message>
    <message>
        <source>The step now on screen is %1</source>
        <translation>O passo na tela agora é o %1</translation>
    </message>
    <message>
        <source>From step:</source>
        <translation>Do passo:</translation>
    </message>
    <message>
        <source>To step:</source>
        <translation>Até o passo:</translation>
    </message>
    <message>
        <source>%1x</source>
        <translation>%1x</translation>
    </message>
    <message>
        <source>2x or 4x: a sharper, larger animation for slides</source>
        <translation>2x ou 4x: uma animação mais nítida e maior para slides</translation>
    </message>
    <message>
        <source>How far a small diagram may be enlarged on its page</source>
        <translation>Quanto um diagrama pequeno pode ser ampliado na sua página</translation>
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
        <translation>Quanto tempo cada passo fica na tela; a transição para um passo leva mais %1 ms</translation>
    </message>
    <message>
        <source>Hold each step:</source>
        <translation>Mostrar cada passo por:</translation>
    </message>
    <message>
        <source>Caption on each page (what the step did)</source>
        <translation>Legenda em cada página (o que o passo fez)</translation>
    </message>
    <message numerus="yes">
        <source>%n step(s), each slid into and then held.</source>
        <translation>
            <numerusform>%n passo, com transição e depois parado.</numerusform>
            <numerusform>%n passos, cada um com transição e depois parado.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n page(s), one per step.</source>
        <translation>
            <numerusform>%n página, uma por passo.</numerusform>
            <numerusform>%n páginas, uma por passo.</numerusform>
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
        <translation>Preferências</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Maximum &amp;steps:</source>
        <translation>Máximo de &amp;passos:</translation>
    </message>
    <message>
        <source>&amp;Memory for the program&apos;s objects:</source>
        <translation>&amp;Memória para os objetos do programa:</translation>
    </message>
    <message>
        <source>&amp;Output kept:</source>
        <translation>&amp;Saída mantida:</translation>
    </message>
    <message>
        <source>&amp;Time limit:</source>
        <translation>Limite de &amp;tempo:</translation>
    </message>
    <message>
        <source>memstep&apos;s interpreter</source>
        <translation>O interpretador do memstep</translation>
    </message>
    <message>
        <source>Python 3</source>
        <translation>Python 3</translation>
    </message>
    <message>
        <source>memstep&apos;s, offering Python 3 for what it cannot run</source>
        <translation>O do memstep, oferecendo o Python 3 para o que ele não consegue executar</translation>
    </message>
    <message>
        <source>&amp;Run programs with:</source>
        <translation>&amp;Executar programas com:</translation>
    </message>
    <message>
        <source>memstep&apos;s interpreter cannot touch your computer. Python 3 runs any program, with your own rights: it can read and change your files.</source>
        <translation>O interpretador do memstep não pode mexer no seu computador. O Python 3 executa qualquer programa, com as suas permissões: ele pode ler e alterar os seus arquivos.</translation>
    </message>
    <message>
        <source>A program that passes a limit stops with a message; the steps up to there can still be explored. New values apply to the next run.</source>
        <translation>Um programa que passa de um limite para com uma mensagem; os passos até ali ainda podem ser explorados. Os novos valores valem a partir da próxima execução.</translation>
    </message>
    <message>
        <source>System default (%1)</source>
        <translation>Padrão do sistema (%1)</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Idioma:</translation>
    </message>
    <message>
        <source>The new language takes effect the next time memstep starts.</source>
        <translation>O novo idioma vale a partir da próxima vez que o memstep for iniciado.</translation>
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
        <translation>Executar o programa e mostrar a sua memória (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>First</source>
        <translation>Início</translation>
    </message>
    <message>
        <source>First step (Home)</source>
        <translation>Primeiro passo (Home)</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Voltar</translation>
    </message>
    <message>
        <source>Previous step (Left)</source>
        <translation>Passo anterior (Esquerda)</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Avançar</translation>
    </message>
    <message>
        <source>Next step (Right or Space)</source>
        <translation>Próximo passo (Direita ou Espaço)</translation>
    </message>
    <message>
        <source>Last</source>
        <translation>Fim</translation>
    </message>
    <message>
        <source>Last step (End)</source>
        <translation>Último passo (End)</translation>
    </message>
    <message>
        <source>Play</source>
        <translation>Reproduzir</translation>
    </message>
    <message>
        <source>Play the steps one after another</source>
        <translation>Reproduzir os passos um após o outro</translation>
    </message>
    <message>
        <source>Timeline: drag to any step</source>
        <translation>Linha do tempo: arraste até qualquer passo</translation>
    </message>
    <message>
        <source>Step %1 of %2</source>
        <translation>Passo %1 de %2</translation>
    </message>
    <message>
        <source>Playing speed</source>
        <translation>Velocidade de reprodução</translation>
    </message>
    <message>
        <source>%1 step/s</source>
        <translation>%1 passo/s</translation>
    </message>
    <message>
        <source>%1 steps/s</source>
        <translation>%1 passos/s</translation>
    </message>
    <message>
        <source>Not running</source>
        <translation>Sem execução</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pausar</translation>
    </message>
</context>
</TS>
