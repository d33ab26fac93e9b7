<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>memstep::ui::SettingsDialog</name>
    <message>
        <location filename="../../ui/window/settings_dialog.cpp" line="34"/>
        <location filename="../../ui/window/settings_dialog.cpp" line="35"/>
        <source> MB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/window/settings_dialog.cpp" line="37"/>
        <source>Preferences</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <location filename="../../ui/window/settings_dialog.cpp" line="41"/>
        <source> s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/window/settings_dialog.cpp" line="44"/>
        <source>Maximum &amp;steps:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/window/settings_dialog.cpp" line="45"/>
        <source>&amp;Memory for the program&apos;s objects:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/window/settings_dialog.cpp" line="46"/>
        <source>&amp;Output kept:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/window/settings_dialog.cpp" line="47"/>
        <source>&amp;Time limit:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/window/settings_dialog.cpp" line="48"/>
        <source>memstep&apos;s interpreter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/window/settings_dialog.cpp" line="49"/>
        <source>Python 3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/window/settings_dialog.cpp" line="50"/>
        <source>memstep&apos;s, offering Python 3 for what it cannot run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/window/settings_dialog.cpp" line="51"/>
        <source>&amp;Run programs with:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/window/settings_dialog.cpp" line="53"/>
        <source>memstep&apos;s interpreter cannot touch your computer. Python 3 runs any program, with your own rights: it can read and change your files.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/window/settings_dialog.cpp" line="60"/>
        <source>A program that passes a limit stops with a message; the steps up to there can still be explored. New values apply to the next run.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
