<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>DiagnosticsPage</name>
    <message numerus="yes">
        <source>All %n check(s) passed.</source>
        <translation>
            <numerusform>The check passed.</numerusform>
            <numerusform>All %n checks passed.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n check(s) failed.</source>
        <translation>
            <numerusform>%n check failed.</numerusform>
            <numerusform>%n checks failed.</numerusform>
        </translation>
    </message>
</context>
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
    <name>ScannerPage</name>
    <message numerus="yes">
        <source>%n device(s) found in %1 s.</source>
        <translation>
            <numerusform>%n device found in %1 s.</numerusform>
            <numerusform>%n devices found in %1 s.</numerusform>
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
<context>
    <name>SyncPage</name>
    <message numerus="yes">
        <source>%n second(s)</source>
        <translation>
            <numerusform>%n second</numerusform>
            <numerusform>%n seconds</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n minute</numerusform>
            <numerusform>%n minutes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n hour</numerusform>
            <numerusform>%n hours</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SyncStatusLabel</name>
    <message numerus="yes">
        <source>oldest: %n min</source>
        <translation>
            <numerusform>oldest: %n min</numerusform>
            <numerusform>oldest: %n min</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>oldest: %n h</source>
        <translation>
            <numerusform>oldest: %n h</numerusform>
            <numerusform>oldest: %n h</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>oldest: %n days</source>
        <translation>
            <numerusform>oldest: %n day</numerusform>
            <numerusform>oldest: %n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>not sent for %n days: new enrollments stopped</source>
        <translation>
            <numerusform>not sent for %n day: new enrollments stopped</numerusform>
            <numerusform>not sent for %n days: new enrollments stopped</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>not sent for %n days</source>
        <translation>
            <numerusform>not sent for %n day</numerusform>
            <numerusform>not sent for %n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>new enrollments stop in %n days</source>
        <translation>
            <numerusform>new enrollments stop in %n day</numerusform>
            <numerusform>new enrollments stop in %n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n waiting</source>
        <translation>
            <numerusform>%n waiting</numerusform>
            <numerusform>%n waiting</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n rejected</source>
        <translation>
            <numerusform>%n rejected</numerusform>
            <numerusform>%n rejected</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>next try in %n s</source>
        <translation>
            <numerusform>next try in %n s</numerusform>
            <numerusform>next try in %n s</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>next try in %n min</source>
        <translation>
            <numerusform>next try in %n min</numerusform>
            <numerusform>next try in %n min</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n awaiting the central decision</source>
        <translation>
            <numerusform>%n awaiting the central decision</numerusform>
            <numerusform>%n awaiting the central decision</numerusform>
        </translation>
    </message>
</context>
</TS>
