<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>QObject</name>
    <message>
        <source>Could not write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>Could not write %1</source>
        <translation>无法写入 %1</translation>
    </message>
    <message>
        <source>Steps %1 to %2 are not in the program&apos;s %3 steps</source>
        <translation>第 %1 到 %2 步不在程序的 %3 步之内</translation>
    </message>
    <message>
        <source>Could not write %1: %2 (%3)</source>
        <translation>无法写入 %1：%2（%3）</translation>
    </message>
    <message>
        <source>Could not write %1: the animation has no colours or no size</source>
        <translation>无法写入 %1：动画没有颜色或没有尺寸</translation>
    </message>
    <message>
        <source>cannot start the GIF</source>
        <translation>无法开始写 GIF</translation>
    </message>
    <message>
        <source>screen descriptor</source>
        <translation>屏幕描述符</translation>
    </message>
    <message>
        <source>loop extension</source>
        <translation>循环扩展</translation>
    </message>
    <message>
        <source>Could not write %1: a frame does not have the animation&apos;s size</source>
        <translation>无法写入 %1：有一帧画面与动画的尺寸不同</translation>
    </message>
    <message>
        <source>frame delay</source>
        <translation>帧延时</translation>
    </message>
    <message>
        <source>frame header</source>
        <translation>帧头</translation>
    </message>
    <message>
        <source>frame pixels</source>
        <translation>帧像素</translation>
    </message>
    <message>
        <source>closing the file</source>
        <translation>关闭文件</translation>
    </message>
    <message>
        <source>next line to run</source>
        <translation>下一行要运行的代码</translation>
    </message>
    <message>
        <source>line that just ran</source>
        <translation>刚运行过的一行</translation>
    </message>
    <message>
        <source>Output so far</source>
        <translation>目前的输出</translation>
    </message>
    <message>
        <source>(nothing printed yet)</source>
        <translation>（尚未输出任何内容）</translation>
    </message>
    <message>
        <source>%1: steps %2 to %3</source>
        <translation>%1：第 %2 到 %3 步</translation>
    </message>
    <message>
        <source>Step %1 of %2</source>
        <translation>第 %1 步，共 %2 步</translation>
    </message>
    <message>
        <source>cannot write the program&apos;s answers to %1</source>
        <translation>无法把程序的回答写入 %1</translation>
    </message>
    <message>
        <source>the trace python3 recorded could not be read: %1</source>
        <translation>无法读取 python3 记录的轨迹：%1</translation>
    </message>
    <message>
        <source>no python3 was found on PATH: install python3 (3.11) to run programs with Python 3</source>
        <translation>在 PATH 中找不到 python3：请安装 python3（3.11）才能用 Python 3 运行程序</translation>
    </message>
    <message>
        <source>memstep_cpython_trace.py was not found beside memstep: reinstall memstep</source>
        <translation>在 memstep 旁边找不到 memstep_cpython_trace.py：请重新安装 memstep</translation>
    </message>
    <message>
        <source>cannot write the program to a temporary folder</source>
        <translation>无法把程序写入临时文件夹</translation>
    </message>
    <message>
        <source>1 second</source>
        <translation>1 秒</translation>
    </message>
    <message>
        <source>%1 seconds</source>
        <translation>%1 秒</translation>
    </message>
    <message>
        <source>You can raise the limit in Preferences.</source>
        <translation>可以在“首选项”中提高该限制。</translation>
    </message>
    <message>
        <source>Stopped after %1 steps - the program may be in an infinite loop. %2</source>
        <translation>运行 %1 步后停止——程序可能陷入了死循环。%2</translation>
    </message>
    <message>
        <source>Stopped after %1 (the time limit) - the program may be in an infinite loop or too slow to show step by step. %2</source>
        <translation>运行 %1（时间限制）后停止——程序可能陷入了死循环，或者太慢，无法逐步展示。%2</translation>
    </message>
    <message>
        <source>Stopped: the program&apos;s objects needed more than the memory limit of %1 MB (line %2). %3</source>
        <translation>已停止：程序的对象需要的内存超过了 %1 MB 的限制（第 %2 行）。%3</translation>
    </message>
    <message>
        <source>Stopped: the program needed more memory than this computer could give. Lowering the memory limit in Preferences makes such a program stop at that limit instead.</source>
        <translation>已停止：程序需要的内存超过了这台计算机能提供的。在“首选项”中调低内存限制，这样的程序就会在该限制处停止。</translation>
    </message>
    <message>
        <source>The program printed more than %1 MB; the rest of its output was dropped. You can raise the output limit in Preferences.</source>
        <translation>程序输出超过了 %1 MB，其余输出已被丢弃。可以在“首选项”中提高输出限制。</translation>
    </message>
    <message>
        <source>%1 is not UTF-8 text, so python3 would not run it (%2: %3). The bytes that are not UTF-8 are shown as �.</source>
        <translation>%1 不是 UTF-8 文本，因此 python3 不会运行它（%2：%3）。不是 UTF-8 的字节显示为 �。</translation>
    </message>
    <message>
        <source>%1 contains null bytes, which python3 refuses (&quot;source code cannot contain null bytes&quot;); they are shown as �.</source>
        <translation>%1 含有空字节，python3 会拒绝（&quot;source code cannot contain null bytes&quot;）；它们显示为 �。</translation>
    </message>
    <message>
        <source>Export Animation (GIF)</source>
        <translation>导出动画（GIF）</translation>
    </message>
    <message>
        <source>Export Handout (PDF)</source>
        <translation>导出讲义（PDF）</translation>
    </message>
    <message>
        <source>GIF animation (*.gif)</source>
        <translation>GIF 动画 (*.gif)</translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation>PDF 文档 (*.pdf)</translation>
    </message>
    <message>
        <source>Drawing the animation…</source>
        <translation>正在绘制动画…</translation>
    </message>
    <message>
        <source>Drawing the handout…</source>
        <translation>正在绘制讲义…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Stopped: the program started more than %1 processes at once (line %2), the limit of a run with Python 3.</source>
        <translation>已停止：程序同时启动了超过 %1 个进程（第 %2 行），这是用 Python 3 运行的上限。</translation>
    </message>
</context>
<context>
    <name>memstep::ui::Autosave</name>
    <message>
        <source>cannot create %1</source>
        <translation>无法创建 %1</translation>
    </message>
</context>
<context>
    <name>memstep::ui::CaptionBar</name>
    <message>
        <source>What the step just shown did to the program&apos;s memory</source>
        <translation>刚展示的这一步对程序内存做了什么</translation>
    </message>
</context>
<context>
    <name>memstep::ui::DiagramLegend</name>
    <message>
        <source>Mutable objects can change in place; immutable ones never change, a new object is made instead.</source>
        <translation>可变对象可以原地改变；不可变对象永远不变，而是创建一个新对象。</translation>
    </message>
    <message>
        <source>mutable (list, dict, set)</source>
        <translation>可变（list、dict、set）</translation>
    </message>
    <message>
        <source>immutable (int, str, tuple)</source>
        <translation>不可变（int、str、tuple）</translation>
    </message>
    <message>
        <source>refers to</source>
        <translation>引用</translation>
    </message>
</context>
<context>
    <name>memstep::ui::DiagramText</name>
    <message>
        <source>%1 (paused)</source>
        <translation>%1（已暂停）</translation>
    </message>
    <message>
        <source>Global frame</source>
        <translation>全局帧</translation>
    </message>
    <message>
        <source>%1 (returned)</source>
        <translation>%1（已返回）</translation>
    </message>
    <message>
        <source>… %1 more item</source>
        <translation>……还有 %1 项</translation>
    </message>
    <message>
        <source>… %1 more items</source>
        <translation>……还有 %1 项</translation>
    </message>
    <message>
        <source>… %1 more entry</source>
        <translation>……还有 %1 个条目</translation>
    </message>
    <message>
        <source>… %1 more entries</source>
        <translation>……还有 %1 个条目</translation>
    </message>
    <message>
        <source>default</source>
        <translation>默认值</translation>
    </message>
    <message>
        <source>%1 (closure)</source>
        <translation>%1（闭包）</translation>
    </message>
    <message>
        <source>… %1 frames not shown …</source>
        <translation>……未显示 %1 个帧……</translation>
    </message>
    <message>
        <source>Return value</source>
        <translation>返回值</translation>
    </message>
    <message>
        <source>Yielded value</source>
        <translation>产出值</translation>
    </message>
    <message>
        <source>Raising</source>
        <translation>正在抛出</translation>
    </message>
    <message>
        <source>empty</source>
        <translation>空</translation>
    </message>
    <message>
        <source>no attributes</source>
        <translation>没有属性</translation>
    </message>
    <message>
        <source>str, %1 chars</source>
        <translation>str，%1 个字符</translation>
    </message>
    <message>
        <source>int, %1 digits</source>
        <translation>int，%1 位数字</translation>
    </message>
    <message>
        <source>… (%1 more characters)</source>
        <translation>……（还有 %1 个字符）</translation>
    </message>
</context>
<context>
    <name>memstep::ui::ExampleLibrary</name>
    <message>
        <source>Seed 1: two names, one object</source>
        <translation>起步 1：两个名字，一个对象</translation>
    </message>
    <message>
        <source>Seed 2: a += 1 makes a new object</source>
        <translation>起步 2：a += 1 创建一个新对象</translation>
    </message>
    <message>
        <source>Aliasing a list</source>
        <translation>列表的别名</translation>
    </message>
    <message>
        <source>Mutable default argument</source>
        <translation>可变的默认参数</translation>
    </message>
    <message>
        <source>List of lists gotcha</source>
        <translation>列表的列表陷阱</translation>
    </message>
    <message>
        <source>Recursion: factorial</source>
        <translation>递归：阶乘</translation>
    </message>
    <message>
        <source>Linked list made of dicts</source>
        <translation>用 dict 组成的链表</translation>
    </message>
    <message>
        <source>Swapping two variables</source>
        <translation>交换两个变量</translation>
    </message>
    <message>
        <source>Strings are immutable</source>
        <translation>字符串不可变</translation>
    </message>
    <message>
        <source>Dict of lists</source>
        <translation>值为列表的 dict</translation>
    </message>
    <message>
        <source>Function call frames</source>
        <translation>函数调用帧</translation>
    </message>
    <message>
        <source>Garbage: rebinding drops the old list</source>
        <translation>垃圾：重新绑定会丢下旧列表</translation>
    </message>
    <message>
        <source>Copying a list versus aliasing it</source>
        <translation>复制列表与起别名的区别</translation>
    </message>
    <message>
        <source>A function changes the caller&apos;s list</source>
        <translation>函数修改调用者的列表</translation>
    </message>
    <message>
        <source>Asking for input</source>
        <translation>请求输入</translation>
    </message>
    <message>
        <source>Objects made from a class: two names, one instance</source>
        <translation>由类创建的对象：两个名字，一个实例</translation>
    </message>
    <message>
        <source>A closure keeps the variables of the call that made it</source>
        <translation>闭包保留创建它的那次调用的变量</translation>
    </message>
    <message>
        <source>copy.copy shares the inner lists; copy.deepcopy copies them too</source>
        <translation>copy.copy 共享内层列表；copy.deepcopy 也会复制它们</translation>
    </message>
    <message>
        <source>A class attribute is shared; assigning through self makes a new instance attribute</source>
        <translation>类属性是共享的；通过 self 赋值会创建新的实例属性</translation>
    </message>
</context>
<context>
    <name>memstep::ui::ExportDialog</name>
    <message>
        <source>Export Diagram</source>
        <translation>导出图示</translation>
    </message>
    <message>
        <source>PNG image</source>
        <translation>PNG 图片</translation>
    </message>
    <message>
        <source>SVG drawing</source>
        <translation>SVG 矢量图</translation>
    </message>
    <message>
        <source>1x</source>
        <translation>1x</translation>
    </message>
    <message>
        <source>2x (sharp on slides)</source>
        <translation>2x（在幻灯片上清晰）</translation>
    </message>
    <message>
        <source>4x (print)</source>
        <translation>4x（打印）</translation>
    </message>
    <message>
        <source>White</source>
        <translation>白色</translation>
    </message>
    <message>
        <source>Transparent</source>
        <translation>透明</translation>
    </message>
    <message>
        <source>Format:</source>
        <translation>格式：</translation>
    </message>
    <message>
        <source>Scale:</source>
        <translation>缩放：</translation>
    </message>
    <message>
        <source>Background:</source>
        <translation>背景：</translation>
    </message>
</context>
<context>
    <name>memstep::ui::MainWindow</name>
    <message>
        <source>The program asks for input</source>
        <translation>程序请求输入</translation>
    </message>
    <message>
        <source>input():</source>
        <translation>input()：</translation>
    </message>
    <message>
        <source>Running… %1 steps</source>
        <translation>正在运行… %1 步</translation>
    </message>
    <message>
        <source>Press Visualize (Ctrl+Enter) to see the program&apos;s frames and objects, then Step (Right arrow) through it.</source>
        <translation>按“可视化”（Ctrl+Enter）查看程序的帧和对象，然后用“下一步”（右方向键）逐步执行。</translation>
    </message>
    <message>
        <source>What the program prints appears here.</source>
        <translation>程序输出的内容显示在这里。</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Stop running the program (Esc)</source>
        <translation>停止运行程序（Esc）</translation>
    </message>
    <message>
        <source>Run cancelled. Press Visualize to run again.</source>
        <translation>运行已取消。按“可视化”重新运行。</translation>
    </message>
    <message>
        <source> (line %1)</source>
        <translation>（第 %1 行）</translation>
    </message>
    <message>
        <source>%1: %2%3. Fix the code and press Visualize.</source>
        <translation>%1: %2%3。请修改代码后按“可视化”。</translation>
    </message>
    <message>
        <source>%1: %2%3. The steps up to the error can be explored.</source>
        <translation>%1: %2%3。可以查看出错之前的各个步骤。</translation>
    </message>
    <message>
        <source>memstep&apos;s interpreter does not support this program: %1%2.</source>
        <translation>memstep 的解释器不支持这个程序：%1%2。</translation>
    </message>
    <message>
        <source>The run was cancelled.</source>
        <translation>运行已取消。</translation>
    </message>
    <message>
        <source>[output limit reached: the rest of the output was dropped]</source>
        <translation>[已达到输出限制：其余输出已被丢弃]</translation>
    </message>
    <message>
        <source>No breakpoints: click in the margin left of a line to set one.</source>
        <translation>没有断点：在某行左侧的边栏中单击即可设置断点。</translation>
    </message>
    <message>
        <source>Running…</source>
        <translation>正在运行…</translation>
    </message>
    <message>
        <source>untitled.py</source>
        <translation>未命名.py</translation>
    </message>
    <message>
        <source>About memstep</source>
        <translation>关于 memstep</translation>
    </message>
    <message>
        <source>&lt;h3&gt;memstep %1&lt;/h3&gt;&lt;p&gt;See what Python does with memory, one step at a time: frames on the left, objects on the right, arrows for references.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;memstep %1&lt;/h3&gt;&lt;p&gt;一步一步地看 Python 如何使用内存：左边是帧，右边是对象，箭头表示引用。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Open a Python program</source>
        <translation>打开 Python 程序</translation>
    </message>
    <message>
        <source>Python files (*.py);;All files (*)</source>
        <translation>Python 文件 (*.py);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Could not open %1: %2</source>
        <translation>无法打开 %1：%2</translation>
    </message>
    <message>
        <source>Save the program</source>
        <translation>保存程序</translation>
    </message>
    <message>
        <source>Python files (*.py)</source>
        <translation>Python 文件 (*.py)</translation>
    </message>
    <message>
        <source>Could not save %1: %2</source>
        <translation>无法保存 %1：%2</translation>
    </message>
    <message>
        <source>Nothing to export yet: press Visualize first.</source>
        <translation>还没有可导出的内容：请先按“可视化”。</translation>
    </message>
    <message>
        <source>Export Diagram</source>
        <translation>导出图示</translation>
    </message>
    <message>
        <source>SVG drawing (*.svg)</source>
        <translation>SVG 矢量图 (*.svg)</translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation>PNG 图片 (*.png)</translation>
    </message>
    <message>
        <source>Diagram exported to %1</source>
        <translation>图示已导出到 %1</translation>
    </message>
    <message>
        <source>Exported to %1</source>
        <translation>已导出到 %1</translation>
    </message>
    <message>
        <source>Nothing to copy yet: press Visualize first.</source>
        <translation>还没有可复制的内容：请先按“可视化”。</translation>
    </message>
    <message>
        <source>Diagram copied to the clipboard</source>
        <translation>图示已复制到剪贴板</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;About memstep</source>
        <translation>关于 memstep(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>新建(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>打开(&amp;O)…</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>最近打开(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation>另存为(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Export Diagram…</source>
        <translation>导出图示(&amp;E)…</translation>
    </message>
    <message>
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <source>Export Ani&amp;mation (GIF)…</source>
        <translation>导出动画（GIF）(&amp;I)…</translation>
    </message>
    <message>
        <source>Export &amp;Handout (PDF)…</source>
        <translation>导出讲义（PDF）(&amp;H)…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>剪切(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>复制(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>粘贴(&amp;P)</translation>
    </message>
    <message>
        <source>Copy &amp;Diagram</source>
        <translation>复制图示(&amp;D)</translation>
    </message>
    <message>
        <source>Ctrl+Shift+C</source>
        <translation>Ctrl+Shift+C</translation>
    </message>
    <message>
        <source>Larger Font</source>
        <translation>增大字号</translation>
    </message>
    <message>
        <source>Ctrl+Alt+=</source>
        <translation>Ctrl+Alt+=</translation>
    </message>
    <message>
        <source>Smaller Font</source>
        <translation>减小字号</translation>
    </message>
    <message>
        <source>Ctrl+Alt+-</source>
        <translation>Ctrl+Alt+-</translation>
    </message>
    <message>
        <source>Pr&amp;eferences…</source>
        <translation>首选项(&amp;F)…</translation>
    </message>
    <message>
        <source>&amp;Run</source>
        <translation>运行(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Visualize</source>
        <translation>可视化(&amp;V)</translation>
    </message>
    <message>
        <source>Run to &amp;Breakpoint</source>
        <translation>运行到断点(&amp;B)</translation>
    </message>
    <message>
        <source>Visualize with P&amp;ython 3</source>
        <translation>用 Python 3 可视化(&amp;P)</translation>
    </message>
    <message>
        <source>Run the program with Python 3 itself, which runs any program with your own rights: it can read and change your files</source>
        <translation>用 Python 3 本身运行程序；它以你自己的权限运行任何程序：可以读取和修改你的文件</translation>
    </message>
    <message>
        <source>Toggle Breakpoint</source>
        <translation>设置/取消断点</translation>
    </message>
    <message>
        <source>&amp;Step</source>
        <translation>下一步(&amp;S)</translation>
    </message>
    <message>
        <source>Bac&amp;k</source>
        <translation>上一步(&amp;K)</translation>
    </message>
    <message>
        <source>&amp;First Step</source>
        <translation>第一步(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Last Step</source>
        <translation>最后一步(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Play / Pause</source>
        <translation>播放/暂停(&amp;Y)</translation>
    </message>
    <message>
        <source>Ctrl+P</source>
        <translation>Ctrl+P</translation>
    </message>
    <message>
        <source>Enter &amp;Input Again</source>
        <translation>重新输入(&amp;I)</translation>
    </message>
    <message>
        <source>Forget the answers given to input() and run again, asking anew</source>
        <translation>忘掉给 input() 的回答并重新运行，重新询问</translation>
    </message>
    <message>
        <source>&amp;Cancel Run</source>
        <translation>取消运行(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>Show &amp;Every Object on the Heap</source>
        <translation>显示堆上的每个对象(&amp;E)</translation>
    </message>
    <message>
        <source>Show Object Id&amp;s</source>
        <translation>显示对象编号(&amp;I)</translation>
    </message>
    <message>
        <source>A short id on each object: id1, id2, … in order of appearance</source>
        <translation>每个对象上显示一个短编号：id1、id2……按出现顺序</translation>
    </message>
    <message>
        <source>Show id() &amp;Numbers</source>
        <translation>显示 id() 数值(&amp;N)</translation>
    </message>
    <message>
        <source>The number id() prints, instead of the short id</source>
        <translation>显示 id() 输出的数值，而不是短编号</translation>
    </message>
    <message>
        <source>Show E&amp;xited Frames (greyed)</source>
        <translation>显示已退出的帧（灰色）(&amp;X)</translation>
    </message>
    <message>
        <source>&amp;Captions</source>
        <translation>步骤说明(&amp;C)</translation>
    </message>
    <message>
        <source>Describe each step in words under the diagram</source>
        <translation>在图示下方用文字描述每一步</translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation>放大(&amp;Z)</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation>缩小(&amp;O)</translation>
    </message>
    <message>
        <source>Ac&amp;tual Size</source>
        <translation>实际大小(&amp;A)</translation>
    </message>
    <message>
        <source>Ctrl+0</source>
        <translation>Ctrl+0</translation>
    </message>
    <message>
        <source>&amp;Fit Diagram to Window</source>
        <translation>图示适应窗口(&amp;F)</translation>
    </message>
    <message>
        <source>Ctrl+9</source>
        <translation>Ctrl+9</translation>
    </message>
    <message>
        <source>&amp;Dark Theme</source>
        <translation>深色主题(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;High Contrast</source>
        <translation>高对比度(&amp;H)</translation>
    </message>
    <message>
        <source>Black on white with strong borders</source>
        <translation>白底黑字，边框醒目</translation>
    </message>
    <message>
        <source>&amp;Presentation Mode</source>
        <translation>演示模式(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Animation</source>
        <translation>动画(&amp;M)</translation>
    </message>
    <message>
        <source>&amp;Off</source>
        <translation>关闭(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Slow</source>
        <translation>慢(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Normal</source>
        <translation>中(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Fast</source>
        <translation>快(&amp;F)</translation>
    </message>
    <message>
        <source>E&amp;xamples</source>
        <translation>示例(&amp;X)</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>未保存的修改</translation>
    </message>
    <message>
        <source>Save the changes to the program first?</source>
        <translation>先保存对程序的修改吗？</translation>
    </message>
    <message>
        <source>Could not keep a backup copy of the code (%1). Save it to a file.</source>
        <translation>无法保留代码的备份副本（%1）。请把它保存到文件中。</translation>
    </message>
    <message>
        <source>an untitled program</source>
        <translation>一个未命名的程序</translation>
    </message>
    <message>
        <source>an unknown time</source>
        <translation>未知时间</translation>
    </message>
    <message>
        <source>memstep closed without saving the changes to %1 (last edited %2). Restore them?</source>
        <translation>memstep 关闭时没有保存对 %1 的修改（最后编辑于 %2）。要恢复吗？</translation>
    </message>
    <message>
        <source>Restored the unsaved code. Undo (Ctrl+Z) brings back what the editor held before.</source>
        <translation>已恢复未保存的代码。撤销（Ctrl+Z）可以找回编辑器之前的内容。</translation>
    </message>
    <message>
        <source>Use the previous answers?</source>
        <translation>使用之前的回答吗？</translation>
    </message>
    <message>
        <source>The code changed since input() was answered with %1. Use the previous answers again?</source>
        <translation>自从用 %1 回答 input() 之后，代码已经改变。要再次使用之前的回答吗？</translation>
    </message>
    <message>
        <source>Run cancelled at input(). The steps up to it can be explored; press Visualize to run again and answer.</source>
        <translation>运行在 input() 处被取消。可以查看此前的步骤；按“可视化”重新运行并回答。</translation>
    </message>
    <message>
        <source>Python 3 could not run the program: %1.</source>
        <translation>Python 3 无法运行这个程序：%1。</translation>
    </message>
    <message>
        <source>memstep&apos;s interpreter does not support this program: %1. Python 3 could run it, but %2.</source>
        <translation>memstep 的解释器不支持这个程序：%1。Python 3 可以运行它，但是 %2。</translation>
    </message>
    <message>
        <source>memstep&apos;s interpreter does not support this program: %1. %2 can run it, with your own rights: it can read and change your files.</source>
        <translation>memstep 的解释器不支持这个程序：%1。%2 可以以你自己的权限运行它：它可以读取和修改你的文件。</translation>
    </message>
    <message>
        <source>Run with %1</source>
        <translation>用 %1 运行</translation>
    </message>
    <message>
        <source>Ran with %1, with your own rights.</source>
        <translation>已用 %1 以你自己的权限运行。</translation>
    </message>
    <message>
        <source>Ran with %1, because memstep&apos;s interpreter does not support this program: %2.</source>
        <translation>已用 %1 运行，因为 memstep 的解释器不支持这个程序：%2。</translation>
    </message>
</context>
<context>
    <name>memstep::ui::NoticeBar</name>
    <message>
        <source>Hide this message</source>
        <translation>隐藏这条消息</translation>
    </message>
</context>
<context>
    <name>memstep::ui::PresentationMode</name>
    <message>
        <source>Step %1 of %2</source>
        <translation>第 %1 步，共 %2 步</translation>
    </message>
</context>
<context>
    <name>memstep::ui::RestoreBar</name>
    <message>
        <source>&amp;Restore</source>
        <translation>恢复(&amp;R)</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>丢弃</translation>
    </message>
    <message>
        <source>Put the unsaved code back in the editor (Undo brings back what was there)</source>
        <translation>把未保存的代码放回编辑器（撤销可以找回原来的内容）</translation>
    </message>
    <message>
        <source>Delete the unsaved copy</source>
        <translation>删除未保存的副本</translation>
    </message>
</context>
<context>
    <name>memstep::ui::SequenceExportDialog</name>
    <message>
        <source>Export Animation (GIF)</source>
        <translation>导出动画（GIF）</translation>
    </message>
    <message>
        <source>Export Handout (PDF)</source>
        <translation>导出讲义（PDF）</translation>
    </message>
    <message>
        <source>The step now on screen is %1</source>
        <translation>当前显示的是第 %1 步</translation>
    </message>
    <message>
        <source>From step:</source>
        <translation>起始步：</translation>
    </message>
    <message>
        <source>To step:</source>
        <translation>结束步：</translation>
    </message>
    <message>
        <source>%1x</source>
        <translation>%1x</translation>
    </message>
    <message>
        <source>2x or 4x: a sharper, larger animation for slides</source>
        <translation>2x 或 4x：用于幻灯片的更清晰、更大的动画</translation>
    </message>
    <message>
        <source>How far a small diagram may be enlarged on its page</source>
        <translation>小图示在页面上最多可以放大多少</translation>
    </message>
    <message>
        <source>Scale:</source>
        <translation>缩放：</translation>
    </message>
    <message>
        <source> ms</source>
        <translation> 毫秒</translation>
    </message>
    <message>
        <source>How long each step stays on screen; the slide into a step takes %1 ms more</source>
        <translation>每一步在屏幕上停留多久；过渡到下一步还需要 %1 毫秒</translation>
    </message>
    <message>
        <source>Hold each step:</source>
        <translation>每步停留：</translation>
    </message>
    <message>
        <source>Caption on each page (what the step did)</source>
        <translation>每页附上说明（这一步做了什么）</translation>
    </message>
    <message numerus="yes">
        <source>%n step(s), each slid into and then held.</source>
        <translation>
            <numerusform>%n 步，每步先过渡再停留。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n page(s), one per step.</source>
        <translation>
            <numerusform>%n 页，每步一页。</numerusform>
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
        <translation>首选项</translation>
    </message>
    <message>
        <source> s</source>
        <translation> 秒</translation>
    </message>
    <message>
        <source>Maximum &amp;steps:</source>
        <translation>最大步数(&amp;S)：</translation>
    </message>
    <message>
        <source>&amp;Memory for the program&apos;s objects:</source>
        <translation>程序对象可用的内存(&amp;M)：</translation>
    </message>
    <message>
        <source>&amp;Output kept:</source>
        <translation>保留的输出(&amp;O)：</translation>
    </message>
    <message>
        <source>&amp;Time limit:</source>
        <translation>时间限制(&amp;T)：</translation>
    </message>
    <message>
        <source>memstep&apos;s interpreter</source>
        <translation>memstep 的解释器</translation>
    </message>
    <message>
        <source>Python 3</source>
        <translation>Python 3</translation>
    </message>
    <message>
        <source>memstep&apos;s, offering Python 3 for what it cannot run</source>
        <translation>memstep 的解释器，无法运行时提供 Python 3</translation>
    </message>
    <message>
        <source>&amp;Run programs with:</source>
        <translation>运行程序使用(&amp;R)：</translation>
    </message>
    <message>
        <source>memstep&apos;s interpreter cannot touch your computer. Python 3 runs any program, with your own rights: it can read and change your files.</source>
        <translation>memstep 的解释器不会触碰你的计算机。Python 3 可以运行任何程序，并使用你自己的权限：它可以读取和修改你的文件。</translation>
    </message>
    <message>
        <source>A program that passes a limit stops with a message; the steps up to there can still be explored. New values apply to the next run.</source>
        <translation>超过限制的程序会停止并显示一条消息；此前的步骤仍然可以查看。新的数值从下次运行起生效。</translation>
    </message>
    <message>
        <source>System default (%1)</source>
        <translation>系统默认（%1）</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>语言(&amp;L)：</translation>
    </message>
    <message>
        <source>The new language takes effect the next time memstep starts.</source>
        <translation>新的语言将在下次启动 memstep 时生效。</translation>
    </message>
</context>
<context>
    <name>memstep::ui::StepControls</name>
    <message>
        <source>Visualize</source>
        <translation>可视化</translation>
    </message>
    <message>
        <source>Run the program and show its memory (Ctrl+Enter)</source>
        <translation>运行程序并显示它的内存（Ctrl+Enter）</translation>
    </message>
    <message>
        <source>First</source>
        <translation>第一步</translation>
    </message>
    <message>
        <source>First step (Home)</source>
        <translation>第一步（Home）</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>上一步</translation>
    </message>
    <message>
        <source>Previous step (Left)</source>
        <translation>上一步（左方向键）</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>下一步</translation>
    </message>
    <message>
        <source>Next step (Right or Space)</source>
        <translation>下一步（右方向键或空格）</translation>
    </message>
    <message>
        <source>Last</source>
        <translation>最后一步</translation>
    </message>
    <message>
        <source>Last step (End)</source>
        <translation>最后一步（End）</translation>
    </message>
    <message>
        <source>Play</source>
        <translation>播放</translation>
    </message>
    <message>
        <source>Play the steps one after another</source>
        <translation>依次播放各个步骤</translation>
    </message>
    <message>
        <source>Timeline: drag to any step</source>
        <translation>时间轴：拖动到任意一步</translation>
    </message>
    <message>
        <source>Step %1 of %2</source>
        <translation>第 %1 步，共 %2 步</translation>
    </message>
    <message>
        <source>Playing speed</source>
        <translation>播放速度</translation>
    </message>
    <message>
        <source>%1 step/s</source>
        <translation>每秒 %1 步</translation>
    </message>
    <message>
        <source>%1 steps/s</source>
        <translation>每秒 %1 步</translation>
    </message>
    <message>
        <source>Not running</source>
        <translation>未运行</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>暂停</translation>
    </message>
</context>
</TS>
