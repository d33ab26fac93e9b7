<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>StepCaption</name>
    <message>
        <source>key %1 now maps to %2</source>
        <translation>键 %1 现在对应 %2</translation>
    </message>
    <message>
        <source>key %1 added, mapping to %2</source>
        <translation>新增键 %1，对应 %2</translation>
    </message>
    <message>
        <source>item %1 set to %2</source>
        <extracomment>%1 is the item&apos;s index, %2 its new value.</extracomment>
        <translation>第 %1 项被设为 %2</translation>
    </message>
    <message>
        <source>item %1 appended</source>
        <extracomment>%1 is the value appended at the end of a list.</extracomment>
        <translation>在末尾追加了 %1</translation>
    </message>
    <message>
        <source>%1 inserted at index %2</source>
        <translation>在索引 %2 处插入了 %1</translation>
    </message>
    <message>
        <source>%1 added</source>
        <extracomment>%1 is the value added to a set.</extracomment>
        <translation>加入了 %1</translation>
    </message>
    <message>
        <source>key %1 removed</source>
        <translation>删除了键 %1</translation>
    </message>
    <message>
        <source>the item at index %1 removed</source>
        <translation>删除了索引 %1 处的项</translation>
    </message>
    <message>
        <source>an item removed</source>
        <translation>删除了一项</translation>
    </message>
    <message>
        <source>attribute %1 set to %2</source>
        <translation>属性 %1 被设为 %2</translation>
    </message>
    <message>
        <source>attribute %1 deleted</source>
        <translation>删除了属性 %1</translation>
    </message>
    <message>
        <source>emptied</source>
        <extracomment>A list, dict or set was emptied.</extracomment>
        <translation>被清空</translation>
    </message>
    <message>
        <source>its contents replaced</source>
        <extracomment>An object&apos;s contents were replaced as a whole (a list sorted in place, a slice set).</extracomment>
        <translation>其内容被整体替换</translation>
    </message>
    <message>
        <source>the %1 was changed: %2</source>
        <extracomment>%1 names the object (&quot;list [1, 2, 3]&quot;), %2 says what changed (&quot;item 3 appended&quot;).</extracomment>
        <translation>修改了 %1：%2</translation>
    </message>
    <message>
        <source>the program starts with an empty global frame</source>
        <translation>程序开始，全局帧是空的</translation>
    </message>
    <message>
        <source>the body of class %1 runs in a new frame</source>
        <translation>类 %1 的类体在一个新帧中运行</translation>
    </message>
    <message>
        <source>%1 resumes where it paused, with its variables</source>
        <extracomment>%1 is a generator function that was paused at a yield.</extracomment>
        <translation>%1 从暂停处继续运行，变量都还在</translation>
    </message>
    <message>
        <source>%1 called: new frame</source>
        <extracomment>%1 is the call, as &quot;f()&quot;.</extracomment>
        <translation>调用 %1：新建一个帧</translation>
    </message>
    <message>
        <source>%1 called: new frame with %2</source>
        <extracomment>%1 is the call, as &quot;f(3, 4)&quot;; %2 its parameters and what they refer to, &quot;n -&gt; 3, m -&gt; 4&quot;.</extracomment>
        <translation>调用 %1：新建一个帧，其中 %2</translation>
    </message>
    <message>
        <source>%1 now refers to the same %2 as %3</source>
        <extracomment>%1 is a name, %2 the object it refers to (&quot;int 10&quot;), %3 the names already referring to that object.</extracomment>
        <translation>%1 现在和 %3 指向同一个 %2</translation>
    </message>
    <message>
        <source>%1 refers to the same %2 as %3</source>
        <translation>%1 和 %3 指向同一个 %2</translation>
    </message>
    <message>
        <source>%1 now refers to %2</source>
        <extracomment>%2 is None.</extracomment>
        <translation>%1 现在指向 %2</translation>
    </message>
    <message>
        <source>%1 refers to %2</source>
        <translation>%1 指向 %2</translation>
    </message>
    <message>
        <source>%1 now refers to a new %2</source>
        <extracomment>%1 is a name, %2 the object just made (&quot;int 11&quot;, &quot;list [1, 2]&quot;).</extracomment>
        <translation>%1 现在指向一个新的 %2</translation>
    </message>
    <message>
        <source>%1 refers to a new %2</source>
        <translation>%1 指向一个新的 %2</translation>
    </message>
    <message>
        <source>%1 now refers to the %2</source>
        <extracomment>%1 is a name, %2 an object that existed before (&quot;int 10&quot;, &quot;function f&quot;).</extracomment>
        <translation>%1 现在指向已有的 %2</translation>
    </message>
    <message>
        <source>%1 refers to the %2</source>
        <translation>%1 指向已有的 %2</translation>
    </message>
    <message>
        <source>the clause except %1 catches it as %2</source>
        <extracomment>&quot;except ValueError as err&quot;: %1 is the exception&apos;s type, %2 the name it is caught as.</extracomment>
        <translation>except %1 子句捕获了它，命名为 %2</translation>
    </message>
    <message>
        <source>%1 still refers to %2</source>
        <extracomment>The other names that kept the old object after a name moved away from it: &quot;b still refers to 10&quot;; %2 is the old object&apos;s value.</extracomment>
        <translation>%1 仍然指向 %2</translation>
    </message>
    <message>
        <source>%1 still refer to %2</source>
        <extracomment>As &quot;%1 still refers to %2&quot;, for several names: &quot;b and c&quot;.</extracomment>
        <translation>%1 仍然指向 %2</translation>
    </message>
    <message>
        <source>%1; %2</source>
        <extracomment>Two sentences of one caption, each about one change the step made.</extracomment>
        <translation>%1；%2</translation>
    </message>
    <message>
        <source>the program ends</source>
        <translation>程序结束</translation>
    </message>
    <message>
        <source>%1&apos;s frame is gone, ended by the error</source>
        <translation>%1 的帧因错误而结束，已经消失</translation>
    </message>
    <message>
        <source>%1 is paused: its frame keeps its variables for the next next()</source>
        <extracomment>%1 is a generator function stopped at a yield; next() is Python&apos;s built-in.</extracomment>
        <translation>%1 暂停：它的帧保留着变量，等待下一次 next()</translation>
    </message>
    <message>
        <source>the paused %1 is gone with its generator</source>
        <extracomment>A paused generator function is dropped with its generator object.</extracomment>
        <translation>暂停的 %1 随它的生成器一起消失</translation>
    </message>
    <message>
        <source>%1 returned %2: its frame is gone</source>
        <translation>%1 返回了 %2：它的帧已经消失</translation>
    </message>
    <message>
        <source>the %1</source>
        <comment>a freed object</comment>
        <extracomment>One object freed, in a sentence saying it is: &quot;the int 300&quot;, &quot;the list [1, 2]&quot;.</extracomment>
        <translation>%1</translation>
    </message>
    <message>
        <source>%1 is no longer referenced and is freed</source>
        <extracomment>%1 is one object: &quot;the int 300&quot;.</extracomment>
        <translation>不再有引用指向 %1，它已被释放</translation>
    </message>
    <message>
        <source>%1 are no longer referenced and are freed</source>
        <extracomment>%1 is a list of objects: &quot;the str &apos;b&apos; and the int 2&quot;.</extracomment>
        <translation>不再有引用指向 %1，它们已被释放</translation>
    </message>
    <message numerus="yes">
        <source>%1 and %n other objects are no longer referenced and are freed</source>
        <extracomment>%1 is one object holding others (&quot;the list [1, 2, 3]&quot;); %n how many others go with it.</extracomment>
        <translation>
            <numerusform>不再有引用指向 %1 和另外 %n 个对象，它们已被释放</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n objects are no longer referenced and are freed</source>
        <translation>
            <numerusform>%n 个对象不再被引用，已被释放</numerusform>
        </translation>
    </message>
    <message>
        <source>printed &quot;%1&quot;</source>
        <extracomment>%1 is what the program printed, as it printed it.</extracomment>
        <translation>输出了“%1”</translation>
    </message>
    <message>
        <source>the program raises %1</source>
        <extracomment>%1 is the exception as Python prints it: &quot;ValueError: bad value&quot;.</extracomment>
        <translation>程序抛出 %1</translation>
    </message>
    <message>
        <source>%1 raises %2</source>
        <extracomment>%1 is a function, %2 the exception as Python prints it: &quot;ValueError: bad value&quot;.</extracomment>
        <translation>%1 抛出 %2</translation>
    </message>
    <message>
        <source>the name %1 is deleted</source>
        <translation>名字 %1 被删除</translation>
    </message>
    <message>
        <source>the program stops: %1</source>
        <extracomment>%1 is the exception as Python prints it: &quot;ZeroDivisionError: division by zero&quot;.</extracomment>
        <translation>程序终止：%1</translation>
    </message>
    <message>
        <source>the error leaves %1</source>
        <extracomment>%1 is the function the exception leaves.</extracomment>
        <translation>错误离开了 %1</translation>
    </message>
    <message>
        <source>%1 yields %2</source>
        <translation>%1 通过 yield 产出 %2</translation>
    </message>
    <message>
        <source>%1 is about to return %2</source>
        <translation>%1 即将返回 %2</translation>
    </message>
    <message>
        <source>the %1 reaches the program</source>
        <extracomment>%1 is an exception&apos;s type, come up from a function the program called.</extracomment>
        <translation>%1 传到了主程序</translation>
    </message>
    <message>
        <source>the %1 reaches %2</source>
        <extracomment>%1 is an exception&apos;s type, %2 the function it comes up to from one it called.</extracomment>
        <translation>%1 传到了 %2</translation>
    </message>
    <message>
        <source>an except clause checks the %1</source>
        <extracomment>%1 is an exception&apos;s type, which an except clause compares with its own.</extracomment>
        <translation>except 子句检查 %1</translation>
    </message>
    <message>
        <source>%1 raised</source>
        <extracomment>%1 is an exception&apos;s type.</extracomment>
        <translation>抛出了 %1</translation>
    </message>
    <message>
        <source>line %1 runs next; nothing changed in memory</source>
        <translation>下一步运行第 %1 行；内存没有变化</translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <extracomment>The last two items of a list: &quot;a and b&quot;, &quot;a, b and c&quot;.</extracomment>
        <translation>%1 和 %2</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <extracomment>Two items of a list that goes on: &quot;a, b&quot; in &quot;a, b and c&quot;; also &quot;n -&gt; 1, m -&gt; 2&quot;.</extracomment>
        <translation>%1、%2</translation>
    </message>
    <message numerus="yes">
        <source>and %n more changes</source>
        <extracomment>The last part of a caption too long to say in full: how many changes it leaves out.</extracomment>
        <translation>
            <numerusform>以及另外 %n 处变化</numerusform>
        </translation>
    </message>
    <message>
        <source>%1.</source>
        <extracomment>The end of a caption: its full stop.</extracomment>
        <translation>%1。</translation>
    </message>
    <message>
        <source>%1 object</source>
        <comment>in a value</comment>
        <extracomment>An instance of a class the program defines, inside a value: &quot;[Point object]&quot;.</extracomment>
        <translation>%1 对象</translation>
    </message>
    <message>
        <source>%1 object</source>
        <comment>an object</comment>
        <extracomment>An instance of a class the program defines, as a caption names it: &quot;a new Point object&quot;, &quot;the Point object was changed&quot;.</extracomment>
        <translation>%1 对象</translation>
    </message>
    <message>
        <source>built-in function %1</source>
        <extracomment>One of Python&apos;s own functions, such as len or print.</extracomment>
        <translation>内置函数 %1</translation>
    </message>
</context>
</TS>
