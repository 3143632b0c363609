<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>MainWindow</name>
    <message numerus="yes">
        <source>No activity: the screen locks in %n second(s).</source>
        <translation>
            <numerusform>No activity: the screen locks in %n second.</numerusform>
            <numerusform>No activity: the screen locks in %n seconds.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReportsScreen</name>
    <message numerus="yes">
        <source>Saved %n CSV file(s) in %1.</source>
        <translation>
            <numerusform>Saved %n CSV file in %1.</numerusform>
            <numerusform>Saved %n CSV files in %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StatusScreen</name>
    <message numerus="yes">
        <source>Ready (encrypted, %n MB)</source>
        <translation>
            <numerusform>Ready (encrypted, %n MB)</numerusform>
            <numerusform>Ready (encrypted, %n MB)</numerusform>
        </translation>
    </message>
</context>
</TS>
