<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>Keyway::Activation</name>
    <message numerus="yes">
        <source>The system keychain did not answer within %n second(s). It is probably locked and waiting for its password in a window nobody can see. Unlock it (for example by signing in to the desktop again), then try again.</source>
        <translation>
            <numerusform>The system keychain did not answer within %n second. It is probably locked and waiting for its password in a window nobody can see. Unlock it (for example by signing in to the desktop again), then try again.</numerusform>
            <numerusform>The system keychain did not answer within %n seconds. It is probably locked and waiting for its password in a window nobody can see. Unlock it (for example by signing in to the desktop again), then try again.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Keyway::FailurePage</name>
    <message numerus="yes">
        <source>Try again in %n second(s).</source>
        <translation>
            <numerusform>Try again in %n second.</numerusform>
            <numerusform>Try again in %n seconds.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Keyway::IdTokenValidator</name>
    <message numerus="yes">
        <source>The sign-in could not be verified: your computer&apos;s clock is about %n minute(s) ahead of the sign-in service. Correct the clock or time zone, then try again.</source>
        <translation>
            <numerusform>The sign-in could not be verified: your computer&apos;s clock is about %n minute ahead of the sign-in service. Correct the clock or time zone, then try again.</numerusform>
            <numerusform>The sign-in could not be verified: your computer&apos;s clock is about %n minutes ahead of the sign-in service. Correct the clock or time zone, then try again.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The sign-in could not be verified: your computer&apos;s clock is about %n minute(s) behind the sign-in service. Correct the clock or time zone, then try again.</source>
        <translation>
            <numerusform>The sign-in could not be verified: your computer&apos;s clock is about %n minute behind the sign-in service. Correct the clock or time zone, then try again.</numerusform>
            <numerusform>The sign-in could not be verified: your computer&apos;s clock is about %n minutes behind the sign-in service. Correct the clock or time zone, then try again.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Keyway::License</name>
    <message numerus="yes">
        <source>The activation code is too short: %n of 25 characters entered.</source>
        <translation>
            <numerusform>The activation code is too short: %n of 25 characters entered.</numerusform>
            <numerusform>The activation code is too short: %n of 25 characters entered.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>This computer&apos;s clock is %n day(s) behind the last time %1 ran, so time-limited licenses are blocked. Correct the clock, or connect to the internet so that the license can be checked online.</source>
        <translation>
            <numerusform>This computer&apos;s clock is %n day behind the last time %1 ran, so time-limited licenses are blocked. Correct the clock, or connect to the internet so that the license can be checked online.</numerusform>
            <numerusform>This computer&apos;s clock is %n days behind the last time %1 ran, so time-limited licenses are blocked. Correct the clock, or connect to the internet so that the license can be checked online.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>This computer&apos;s clock is %n hour(s) behind the last time %1 ran, so time-limited licenses are blocked. Correct the clock, or connect to the internet so that the license can be checked online.</source>
        <translation>
            <numerusform>This computer&apos;s clock is %n hour behind the last time %1 ran, so time-limited licenses are blocked. Correct the clock, or connect to the internet so that the license can be checked online.</numerusform>
            <numerusform>This computer&apos;s clock is %n hours behind the last time %1 ran, so time-limited licenses are blocked. Correct the clock, or connect to the internet so that the license can be checked online.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… and %n more token(s) refused.</source>
        <translation>
            <numerusform>… and %n more token refused.</numerusform>
            <numerusform>… and %n more tokens refused.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Keyway::LicenseStatusWidget</name>
    <message numerus="yes">
        <source>Imported %n license token(s).</source>
        <translation>
            <numerusform>Imported %n license token.</numerusform>
            <numerusform>Imported %n license tokens.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>keywayctl</name>
    <message numerus="yes">
        <source>%n lease release(s) are waiting to be sent to the server.</source>
        <translation>
            <numerusform>%n lease release is waiting to be sent to the server.</numerusform>
            <numerusform>%n lease releases are waiting to be sent to the server.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %n license token(s).</source>
        <translation>
            <numerusform>Imported %n license token.</numerusform>
            <numerusform>Imported %n license tokens.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The queued release of %n lease(s) could not be sent yet: %1</source>
        <translation>
            <numerusform>The queued release of %n lease could not be sent yet: %1</numerusform>
            <numerusform>The queued release of %n leases could not be sent yet: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Sent the queued release of %n lease(s).</source>
        <translation>
            <numerusform>Sent the queued release of %n lease.</numerusform>
            <numerusform>Sent the queued release of %n leases.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Released %n lease(s) at the license server.</source>
        <translation>
            <numerusform>Released %n lease at the license server.</numerusform>
            <numerusform>Released %n leases at the license server.</numerusform>
        </translation>
    </message>
</context>
</TS>
