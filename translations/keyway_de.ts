<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>Keyway::ActionProgress</name>
    <message>
        <source>Working</source>
        <translation>In Arbeit</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Stops renewing the licenses.</source>
        <translation>Bricht das Erneuern der Lizenzen ab.</translation>
    </message>
</context>
<context>
    <name>Keyway::ActivateJob</name>
    <message>
        <source>Your account has no license for %1. If you have an activation code, enter it; otherwise sign in with the account you bought the product with.</source>
        <translation>Ihr Konto hat keine Lizenz für %1. Wenn Sie einen Aktivierungscode haben, geben Sie ihn ein; andernfalls melden Sie sich mit dem Konto an, mit dem Sie das Produkt gekauft haben.</translation>
    </message>
</context>
<context>
    <name>Keyway::Activation</name>
    <message>
        <source>The sign-in was refused. %1</source>
        <translation>Die Anmeldung wurde abgelehnt. %1</translation>
    </message>
    <message>
        <source>No system keychain can be reached because this session has no D-Bus session bus, so your sign-in cannot be kept. Run the command inside a desktop session (or a D-Bus session with a keychain such as GNOME Keyring), then try again.</source>
        <translation>Es ist kein Schlüsselbund des Systems erreichbar, da diese Sitzung keinen D-Bus-Sitzungsbus hat; daher kann Ihre Anmeldung nicht gespeichert werden. Führen Sie den Befehl in einer Desktopsitzung aus (oder in einer D-Bus-Sitzung mit einem Schlüsselbund wie GNOME Keyring) und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <source>No system keychain is running (no Secret Service such as GNOME Keyring or KWallet), so your sign-in cannot be kept. Install or start one, then try again.</source>
        <translation>Es läuft kein Schlüsselbund des Systems (kein Secret Service wie GNOME Keyring oder KWallet), daher kann Ihre Anmeldung nicht gespeichert werden. Installieren oder starten Sie einen und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <source>The system keychain is locked, so your sign-in cannot be read or kept. Unlock it (for example by signing in to the desktop again, or in your keychain manager), then try again.</source>
        <translation>Der Schlüsselbund des Systems ist gesperrt, daher kann Ihre Anmeldung weder gelesen noch gespeichert werden. Entsperren Sie ihn (zum Beispiel durch erneutes Anmelden am Desktop oder in Ihrer Schlüsselbundverwaltung) und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <source>The system keychain has no default keyring to keep your sign-in in. Create one (for example in GNOME&apos;s Passwords and Keys), then try again.</source>
        <translation>Der Schlüsselbunddienst des Systems hat keinen Standardschlüsselbund, in dem Ihre Anmeldung gespeichert werden kann. Erstellen Sie einen (zum Beispiel in „Passwörter und Verschlüsselung“ von GNOME) und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <source>The system keychain reported an error and your sign-in could not be kept. Restarting the keychain service (or signing out of the desktop and in again) usually helps; then try again.</source>
        <translation>Der Schlüsselbund des Systems hat einen Fehler gemeldet, und Ihre Anmeldung konnte nicht gespeichert werden. Meist hilft es, den Schlüsselbunddienst neu zu starten (oder sich vom Desktop ab- und wieder anzumelden); versuchen Sie es dann erneut.</translation>
    </message>
    <message numerus="yes">
        <source>The system keychain did not answer within %n second(s). It is probably locked and waiting for its password in a window nobody can see. Unlock it (for example by signing in to the desktop again), then try again.</source>
        <translation>
            <numerusform>Der Schlüsselbund des Systems hat nicht innerhalb von %n Sekunde geantwortet. Wahrscheinlich ist er gesperrt und wartet in einem unsichtbaren Fenster auf sein Passwort. Entsperren Sie ihn (zum Beispiel durch erneutes Anmelden am Desktop) und versuchen Sie es dann erneut.</numerusform>
            <numerusform>Der Schlüsselbund des Systems hat nicht innerhalb von %n Sekunden geantwortet. Wahrscheinlich ist er gesperrt und wartet in einem unsichtbaren Fenster auf sein Passwort. Entsperren Sie ihn (zum Beispiel durch erneutes Anmelden am Desktop) und versuchen Sie es dann erneut.</numerusform>
        </translation>
    </message>
    <message>
        <source>The sign-in service is not set up securely: it sends this product to an address without https (%1). Nothing was sent. Contact the product&apos;s vendor.</source>
        <translation>Der Anmeldedienst ist nicht sicher eingerichtet: Er leitet dieses Produkt an eine Adresse ohne https weiter (%1). Es wurde nichts gesendet. Wenden Sie sich an den Hersteller des Produkts.</translation>
    </message>
    <message>
        <source>The product&apos;s settings name a file of extra CA certificates (%1) that cannot be used: %2. Correct or remove &quot;extraCaCertificates&quot; in the product&apos;s settings, or ask your administrator.</source>
        <translation>Die Einstellungen des Produkts verweisen auf eine Datei mit zusätzlichen CA-Zertifikaten (%1), die nicht verwendet werden kann: %2. Korrigieren oder entfernen Sie „extraCaCertificates“ in den Einstellungen des Produkts oder wenden Sie sich an Ihren Administrator.</translation>
    </message>
    <message>
        <source>it holds no PEM certificate</source>
        <translation>sie enthält kein PEM-Zertifikat</translation>
    </message>
    <message>
        <source>its certificates have expired</source>
        <translation>ihre Zertifikate sind abgelaufen</translation>
    </message>
    <message>
        <source>The connection to the activation service was refused: the server&apos;s certificate is not trusted by this computer. If your network inspects encrypted connections (a company proxy or security software), ask your administrator for its CA certificate and add it to the product&apos;s settings as &quot;extraCaCertificates&quot;. Otherwise someone may be intercepting the connection: do not continue on this network.</source>
        <translation>Die Verbindung zum Aktivierungsdienst wurde abgelehnt: Dieser Computer vertraut dem Zertifikat des Servers nicht. Wenn Ihr Netzwerk verschlüsselte Verbindungen prüft (ein Firmenproxy oder Sicherheitssoftware), bitten Sie Ihren Administrator um das zugehörige CA-Zertifikat und fügen Sie es als „extraCaCertificates“ zu den Einstellungen des Produkts hinzu. Andernfalls wird die Verbindung möglicherweise abgefangen: Fahren Sie in diesem Netzwerk nicht fort.</translation>
    </message>
    <message>
        <source>The connection to the activation service was refused: the server&apos;s certificate belongs to another server. Check your proxy settings; someone may be intercepting the connection.</source>
        <translation>Die Verbindung zum Aktivierungsdienst wurde abgelehnt: Das Zertifikat des Servers gehört zu einem anderen Server. Prüfen Sie Ihre Proxy-Einstellungen; möglicherweise wird die Verbindung abgefangen.</translation>
    </message>
    <message>
        <source>The connection to the activation service was refused: the server&apos;s certificate has been revoked. Try again later or contact support.</source>
        <translation>Die Verbindung zum Aktivierungsdienst wurde abgelehnt: Das Zertifikat des Servers wurde widerrufen. Versuchen Sie es später erneut oder wenden Sie sich an den Support.</translation>
    </message>
    <message>
        <source>The connection to the activation service was refused: the server&apos;s certificate is expired or not valid yet. Check that this computer&apos;s date and time are correct.</source>
        <translation>Die Verbindung zum Aktivierungsdienst wurde abgelehnt: Das Zertifikat des Servers ist abgelaufen oder noch nicht gültig. Prüfen Sie, ob Datum und Uhrzeit dieses Computers richtig eingestellt sind.</translation>
    </message>
</context>
<context>
    <name>Keyway::ActivationFlow</name>
    <message>
        <source>The sign-in page cannot be shown in this window. Sign in with your web browser instead.</source>
        <translation>Die Anmeldeseite kann in diesem Fenster nicht angezeigt werden. Melden Sie sich stattdessen mit Ihrem Webbrowser an.</translation>
    </message>
</context>
<context>
    <name>Keyway::ActivationWizard</name>
    <message>
        <source>Activate %1</source>
        <translation>%1 aktivieren</translation>
    </message>
    <message>
        <source>Import license file</source>
        <translation>Lizenzdatei importieren</translation>
    </message>
    <message>
        <source>License files (*.jwt *.txt *.lic);;All files (*)</source>
        <translation>Lizenzdateien (*.jwt *.txt *.lic);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>The license file %1 was not imported: %2 Nothing was changed on this computer.</source>
        <translation>Die Lizenzdatei %1 wurde nicht importiert: %2 Auf diesem Computer wurde nichts geändert.</translation>
    </message>
    <message>
        <source>Get help</source>
        <translation>Hilfe erhalten</translation>
    </message>
    <message>
        <source>Address of the help page</source>
        <translation>Adresse der Hilfeseite</translation>
    </message>
</context>
<context>
    <name>Keyway::AddressToCopy</name>
    <message>
        <source>No browser could be opened. Open this address in a browser:</source>
        <translation>Es konnte kein Browser geöffnet werden. Öffnen Sie diese Adresse in einem Browser:</translation>
    </message>
    <message>
        <source>C&amp;opy address</source>
        <translation>Adresse k&amp;opieren</translation>
    </message>
</context>
<context>
    <name>Keyway::BrowserPage</name>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Zurück</translation>
    </message>
    <message>
        <source>Stop signing in and return to the activation code.</source>
        <translation>Anmeldung abbrechen und zum Aktivierungscode zurückkehren.</translation>
    </message>
    <message>
        <source>Connecting to the sign-in page…</source>
        <translation>Verbindung zur Anmeldeseite wird hergestellt…</translation>
    </message>
    <message>
        <source>Signing in at %1</source>
        <translation>Anmeldung bei %1</translation>
    </message>
</context>
<context>
    <name>Keyway::CodePage</name>
    <message>
        <source>Enter your activation code</source>
        <translation>Aktivierungscode eingeben</translation>
    </message>
    <message>
        <source>Enter the activation code you received with your purchase. It has 25 characters in five groups of five.</source>
        <translation>Geben Sie den Aktivierungscode ein, den Sie mit Ihrem Kauf erhalten haben. Er besteht aus 25 Zeichen in fünf Gruppen zu je fünf Zeichen.</translation>
    </message>
    <message>
        <source>&amp;Activation code:</source>
        <translation>&amp;Aktivierungscode:</translation>
    </message>
    <message>
        <source>Activation code</source>
        <translation>Aktivierungscode</translation>
    </message>
    <message>
        <source>25 characters in five groups of five; the dashes are added as you type.</source>
        <translation>25 Zeichen in fünf Gruppen zu je fünf; die Bindestriche werden bei der Eingabe automatisch eingefügt.</translation>
    </message>
    <message>
        <source>Problem with the activation code</source>
        <translation>Problem mit dem Aktivierungscode</translation>
    </message>
    <message>
        <source>&amp;Create an account</source>
        <translation>Konto &amp;erstellen</translation>
    </message>
    <message>
        <source>I already &amp;have an account</source>
        <translation>Ich habe bereits ein &amp;Konto</translation>
    </message>
    <message>
        <source>Your account</source>
        <translation>Ihr Konto</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Zurück</translation>
    </message>
    <message>
        <source>Returns to the choice of how to activate.</source>
        <translation>Kehrt zur Auswahl der Aktivierungsart zurück.</translation>
    </message>
    <message>
        <source>C&amp;ontinue</source>
        <translation>&amp;Weiter</translation>
    </message>
    <message>
        <source>Check group %1 of 5: %2</source>
        <translation>Prüfen Sie Gruppe %1 von 5: %2</translation>
    </message>
    <message>
        <source>The code is complete and correct.</source>
        <translation>Der Code ist vollständig und richtig.</translation>
    </message>
</context>
<context>
    <name>Keyway::ConnectionTest</name>
    <message>
        <source>Proxy</source>
        <translation>Proxy</translation>
    </message>
    <message>
        <source>Name lookup (DNS)</source>
        <translation>Namensauflösung (DNS)</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>Verbindung</translation>
    </message>
    <message>
        <source>Secure connection (TLS)</source>
        <translation>Sichere Verbindung (TLS)</translation>
    </message>
    <message>
        <source>Sign-in service</source>
        <translation>Anmeldedienst</translation>
    </message>
    <message>
        <source>Not run yet</source>
        <translation>Noch nicht ausgeführt</translation>
    </message>
    <message>
        <source>Passed</source>
        <translation>Erfolgreich</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Übersprungen</translation>
    </message>
    <message>
        <source>Not checked, because an earlier step failed.</source>
        <translation>Nicht geprüft, weil ein vorheriger Schritt fehlgeschlagen ist.</translation>
    </message>
    <message>
        <source>No proxy: this computer connects to the service directly.</source>
        <translation>Kein Proxy: Dieser Computer verbindet sich direkt mit dem Dienst.</translation>
    </message>
    <message>
        <source>Connections go through the proxy %1.</source>
        <translation>Verbindungen laufen über den Proxy %1.</translation>
    </message>
    <message>
        <source>If the next steps fail, check the proxy settings or ask your network administrator whether the proxy allows this service.</source>
        <translation>Wenn die nächsten Schritte fehlschlagen, prüfen Sie die Proxy-Einstellungen oder fragen Sie Ihren Netzwerkadministrator, ob der Proxy diesen Dienst zulässt.</translation>
    </message>
    <message>
        <source>Looking up %1 took too long.</source>
        <translation>Die Namensauflösung für %1 hat zu lange gedauert.</translation>
    </message>
    <message>
        <source>The network&apos;s name server does not answer. Check that this computer is connected to the internet, or try another network.</source>
        <translation>Der Namensserver des Netzwerks antwortet nicht. Prüfen Sie, ob dieser Computer mit dem Internet verbunden ist, oder versuchen Sie es in einem anderen Netzwerk.</translation>
    </message>
    <message>
        <source>The name %1 could not be found.</source>
        <translation>Der Name %1 wurde nicht gefunden.</translation>
    </message>
    <message>
        <source>Check that this computer is connected to the internet. If other websites open, the network may block this service: ask your network administrator.</source>
        <translation>Prüfen Sie, ob dieser Computer mit dem Internet verbunden ist. Wenn sich andere Websites öffnen lassen, blockiert das Netzwerk möglicherweise diesen Dienst: Fragen Sie Ihren Netzwerkadministrator.</translation>
    </message>
    <message>
        <source>%1 is at %2.</source>
        <translation>%1 wurde zu %2 aufgelöst.</translation>
    </message>
    <message>
        <source>No answer from %1.</source>
        <translation>Keine Antwort von %1.</translation>
    </message>
    <message>
        <source>A firewall may be dropping the connection silently. Ask your network administrator to allow it, or try another network.</source>
        <translation>Möglicherweise verwirft eine Firewall die Verbindung stillschweigend. Bitten Sie Ihren Netzwerkadministrator, sie zuzulassen, oder versuchen Sie es in einem anderen Netzwerk.</translation>
    </message>
    <message>
        <source>Connected to %1.</source>
        <translation>Verbunden mit %1.</translation>
    </message>
    <message>
        <source>The connection to %1 was refused.</source>
        <translation>Die Verbindung zu %1 wurde abgelehnt.</translation>
    </message>
    <message>
        <source>Nothing accepts connections there: the service may be down, or a firewall rejects the connection. Try again later, or ask your network administrator.</source>
        <translation>Dort werden keine Verbindungen angenommen: Der Dienst ist möglicherweise ausgefallen, oder eine Firewall weist die Verbindung ab. Versuchen Sie es später erneut oder fragen Sie Ihren Netzwerkadministrator.</translation>
    </message>
    <message>
        <source>%1 cannot be reached: %2</source>
        <translation>%1 ist nicht erreichbar: %2</translation>
    </message>
    <message>
        <source>Check this computer&apos;s network connection. If it works for other services, a firewall may block this one: ask your network administrator.</source>
        <translation>Prüfen Sie die Netzwerkverbindung dieses Computers. Wenn andere Dienste funktionieren, blockiert möglicherweise eine Firewall diesen Dienst: Fragen Sie Ihren Netzwerkadministrator.</translation>
    </message>
    <message>
        <source>Not used: this service is reached without encryption (http).</source>
        <translation>Nicht verwendet: Dieser Dienst wird ohne Verschlüsselung (http) erreicht.</translation>
    </message>
    <message>
        <source>This computer has no TLS support installed.</source>
        <translation>Auf diesem Computer ist keine TLS-Unterstützung installiert.</translation>
    </message>
    <message>
        <source>Reinstall the product or contact its vendor.</source>
        <translation>Installieren Sie das Produkt neu oder wenden Sie sich an den Hersteller.</translation>
    </message>
    <message>
        <source>The secure connection to %1 was not completed in time.</source>
        <translation>Die sichere Verbindung zu %1 wurde nicht rechtzeitig hergestellt.</translation>
    </message>
    <message>
        <source>Something between this computer and the service holds the connection. Try another network or ask your network administrator.</source>
        <translation>Etwas zwischen diesem Computer und dem Dienst hält die Verbindung auf. Versuchen Sie es in einem anderen Netzwerk oder fragen Sie Ihren Netzwerkadministrator.</translation>
    </message>
    <message>
        <source>Secure connection to %1; its certificate is valid until %2.</source>
        <translation>Sichere Verbindung zu %1; das Zertifikat ist gültig bis %2.</translation>
    </message>
    <message>
        <source>The secure connection to %1 failed: %2</source>
        <translation>Die sichere Verbindung zu %1 ist fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>The service or something on the way (a proxy, security software) broke off the encrypted connection. Try again later, or ask your network administrator.</source>
        <translation>Der Dienst oder etwas auf dem Weg dorthin (ein Proxy, Sicherheitssoftware) hat die verschlüsselte Verbindung abgebrochen. Versuchen Sie es später erneut oder fragen Sie Ihren Netzwerkadministrator.</translation>
    </message>
    <message>
        <source>The certificate of %1 is not trusted: %2</source>
        <translation>Dem Zertifikat von %1 wird nicht vertraut: %2</translation>
    </message>
    <message>
        <source>If your network inspects encrypted connections (a company proxy or security software), ask your IT department to have its certificate added to this product&apos;s settings. Otherwise check that this computer&apos;s date and time are correct.</source>
        <translation>Wenn Ihr Netzwerk verschlüsselte Verbindungen prüft (ein Firmenproxy oder Sicherheitssoftware), bitten Sie Ihre IT-Abteilung, das zugehörige Zertifikat in die Einstellungen dieses Produkts aufnehmen zu lassen. Andernfalls prüfen Sie, ob Datum und Uhrzeit dieses Computers richtig eingestellt sind.</translation>
    </message>
    <message>
        <source>The network works, but the service has a problem, or something between this computer and the service (a proxy, a hotel or airport login page) changes its answers. Try again later; if it persists, contact support.</source>
        <translation>Das Netzwerk funktioniert, aber beim Dienst liegt ein Problem vor, oder etwas zwischen diesem Computer und dem Dienst (ein Proxy, eine Anmeldeseite im Hotel oder am Flughafen) verändert seine Antworten. Versuchen Sie es später erneut; wenn das Problem weiterhin besteht, wenden Sie sich an den Support.</translation>
    </message>
    <message>
        <source>The sign-in service answered with an error (HTTP %1).</source>
        <translation>Der Anmeldedienst hat mit einem Fehler geantwortet (HTTP %1).</translation>
    </message>
    <message>
        <source>The sign-in service did not answer: %1</source>
        <translation>Der Anmeldedienst hat nicht geantwortet: %1</translation>
    </message>
    <message>
        <source>The sign-in service answered with something unexpected.</source>
        <translation>Der Anmeldedienst hat unerwartet geantwortet.</translation>
    </message>
    <message>
        <source>The sign-in service answered.</source>
        <translation>Der Anmeldedienst hat geantwortet.</translation>
    </message>
    <message>
        <source>%1 is an address: no name to look up.</source>
        <translation>%1 ist eine Adresse: kein Name nachzuschlagen.</translation>
    </message>
</context>
<context>
    <name>Keyway::ConnectionTestDialog</name>
    <message>
        <source>Connection test</source>
        <translation>Verbindungstest</translation>
    </message>
</context>
<context>
    <name>Keyway::ConnectionTestPage</name>
    <message>
        <source>Connection test</source>
        <translation>Verbindungstest</translation>
    </message>
    <message>
        <source>Connection test results</source>
        <translation>Ergebnisse des Verbindungstests</translation>
    </message>
    <message>
        <source>Each step on the way to the sign-in service, whether it passed, and what to do.</source>
        <translation>Jeder Schritt auf dem Weg zum Anmeldedienst, ob er erfolgreich war und was zu tun ist.</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Zurück</translation>
    </message>
    <message>
        <source>Returns to the error message.</source>
        <translation>Kehrt zur Fehlermeldung zurück.</translation>
    </message>
    <message>
        <source>Test &amp;again</source>
        <translation>&amp;Erneut testen</translation>
    </message>
    <message>
        <source>&amp;Network settings…</source>
        <translation>&amp;Netzwerkeinstellungen…</translation>
    </message>
    <message>
        <source>Choose the proxy this program connects through.</source>
        <translation>Wählen Sie den Proxy, über den sich dieses Programm verbindet.</translation>
    </message>
    <message>
        <source>Testing the connection to %1…</source>
        <translation>Verbindung zu %1 wird getestet…</translation>
    </message>
    <message>
        <source>The connection test found a problem. The failed step says what to do.</source>
        <translation>Der Verbindungstest hat ein Problem gefunden. Beim fehlgeschlagenen Schritt steht, was zu tun ist.</translation>
    </message>
    <message>
        <source>Every step passed: the sign-in service can be reached from this computer.</source>
        <translation>Alle Schritte waren erfolgreich: Der Anmeldedienst ist von diesem Computer aus erreichbar.</translation>
    </message>
</context>
<context>
    <name>Keyway::DeviceListModel</name>
    <message>
        <source>Not used yet</source>
        <translation>Noch nicht verwendet</translation>
    </message>
    <message>
        <source>Last used today</source>
        <translation>Zuletzt heute verwendet</translation>
    </message>
    <message>
        <source>Last used yesterday</source>
        <translation>Zuletzt gestern verwendet</translation>
    </message>
    <message>
        <source>Last used on %1</source>
        <translation>Zuletzt am %1 verwendet</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(kein Name)</translation>
    </message>
    <message>
        <source>%1 (this computer)</source>
        <translation>%1 (dieser Computer)</translation>
    </message>
    <message>
        <source>Removed from your account on %1</source>
        <translation>Am %1 aus Ihrem Konto entfernt</translation>
    </message>
    <message>
        <source>This computer</source>
        <translation>Dieser Computer</translation>
    </message>
    <message>
        <source>Uses %1</source>
        <translation>Verwendet %1</translation>
    </message>
    <message>
        <source>Uses no license now</source>
        <translation>Verwendet derzeit keine Lizenz</translation>
    </message>
    <message>
        <source>%1. %2. %3.</source>
        <translation>%1. %2. %3.</translation>
    </message>
    <message>
        <source>No computer uses your licenses yet.</source>
        <translation>Noch kein Computer verwendet Ihre Lizenzen.</translation>
    </message>
    <message>
        <source>1 computer on your account.</source>
        <translation>1 Computer in Ihrem Konto.</translation>
    </message>
    <message>
        <source>%1 computers on your account.</source>
        <translation>%1 Computer in Ihrem Konto.</translation>
    </message>
    <message>
        <source>%1: %2 of 1 computer in use.</source>
        <translation>%1: %2 von 1 Computer in Verwendung.</translation>
    </message>
    <message>
        <source>%1: %2 of %3 computers in use.</source>
        <translation>%1: %2 von %3 Computern in Verwendung.</translation>
    </message>
    <message>
        <source>No more computers can be removed from it until %1.</source>
        <translation>Bis %1 können keine weiteren Computer daraus entfernt werden.</translation>
    </message>
    <message>
        <source>Remove “%1” from your account?</source>
        <translation>„%1“ aus Ihrem Konto entfernen?</translation>
    </message>
    <message>
        <source>It keeps working offline until %1, then it needs to be activated again.</source>
        <translation>Er funktioniert ohne Verbindung noch bis %1 und muss danach erneut aktiviert werden.</translation>
    </message>
    <message>
        <source>It needs to be activated again to use your licenses.</source>
        <translation>Er muss erneut aktiviert werden, um Ihre Lizenzen zu verwenden.</translation>
    </message>
    <message>
        <source>“%1” stops using your licenses, and its seats are free at once for another computer. %2 Only a few computers can be removed within 30 days.</source>
        <translation>„%1“ verwendet Ihre Lizenzen nicht mehr, und seine Plätze sind sofort für einen anderen Computer frei. %2 Innerhalb von 30 Tagen können nur wenige Computer entfernt werden.</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>“%1” was removed from your account. Its seats are free now.</source>
        <translation>„%1“ wurde aus Ihrem Konto entfernt. Seine Plätze sind jetzt frei.</translation>
    </message>
    <message>
        <source>This computer is now called “%1” in your account.</source>
        <translation>Dieser Computer heißt in Ihrem Konto jetzt „%1“.</translation>
    </message>
</context>
<context>
    <name>Keyway::DeviceRenameJob</name>
    <message>
        <source>This computer is not on your account&apos;s list of computers yet. Activate the product here first.</source>
        <translation>Dieser Computer steht noch nicht in der Liste der Computer Ihres Kontos. Aktivieren Sie das Produkt zuerst auf diesem Computer.</translation>
    </message>
</context>
<context>
    <name>Keyway::DevicesWidget</name>
    <message>
        <source>Computers using your licenses</source>
        <translation>Computer, die Ihre Lizenzen verwenden</translation>
    </message>
    <message>
        <source>See which computers use your licenses, rename this one, or remove one you no longer use.</source>
        <translation>Sehen Sie, welche Computer Ihre Lizenzen verwenden, benennen Sie diesen um oder entfernen Sie einen, den Sie nicht mehr nutzen.</translation>
    </message>
    <message>
        <source>Computers on your account</source>
        <translation>Computer in Ihrem Konto</translation>
    </message>
    <message>
        <source>Computer</source>
        <translation>Computer</translation>
    </message>
    <message>
        <source>Last used</source>
        <translation>Zuletzt verwendet</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>S&amp;how computers</source>
        <translation>Computer an&amp;zeigen</translation>
    </message>
    <message>
        <source>Asks the license server which computers use your licenses.</source>
        <translation>Fragt den Lizenzserver, welche Computer Ihre Lizenzen verwenden.</translation>
    </message>
    <message>
        <source>R&amp;ename this computer…</source>
        <translation>Diesen Computer &amp;umbenennen…</translation>
    </message>
    <message>
        <source>The name this computer has in your account&apos;s list of computers.</source>
        <translation>Der Name dieses Computers in der Computerliste Ihres Kontos.</translation>
    </message>
    <message>
        <source>Remo&amp;ve from account…</source>
        <translation>Aus dem Konto ent&amp;fernen…</translation>
    </message>
    <message>
        <source>Frees the seats of the computer chosen in the list, for example one that was sold, lost or reinstalled.</source>
        <translation>Gibt die Plätze des in der Liste gewählten Computers frei, zum Beispiel eines verkauften, verlorenen oder neu installierten.</translation>
    </message>
    <message>
        <source>Refres&amp;h the list</source>
        <translation>Liste aktualisie&amp;ren</translation>
    </message>
    <message>
        <source>Looking up the computers on your account…</source>
        <translation>Die Computer Ihres Kontos werden abgefragt…</translation>
    </message>
    <message>
        <source>The list of computers could not be loaded: %1</source>
        <translation>Die Liste der Computer konnte nicht geladen werden: %1</translation>
    </message>
    <message>
        <source>Rename this computer</source>
        <translation>Diesen Computer umbenennen</translation>
    </message>
    <message>
        <source>The name of this computer in your account:</source>
        <translation>Der Name dieses Computers in Ihrem Konto:</translation>
    </message>
    <message>
        <source>Renaming this computer…</source>
        <translation>Dieser Computer wird umbenannt…</translation>
    </message>
    <message>
        <source>This computer could not be renamed: %1</source>
        <translation>Dieser Computer konnte nicht umbenannt werden: %1</translation>
    </message>
    <message>
        <source>Removing “%1” from your account…</source>
        <translation>„%1“ wird aus Ihrem Konto entfernt…</translation>
    </message>
    <message>
        <source>“%1” could not be removed: %2</source>
        <translation>„%1“ konnte nicht entfernt werden: %2</translation>
    </message>
</context>
<context>
    <name>Keyway::FailureModel</name>
    <message>
        <source>The product could not be activated</source>
        <translation>Das Produkt konnte nicht aktiviert werden</translation>
    </message>
    <message>
        <source>Sign in with a&amp;nother account</source>
        <translation>Mit &amp;anderem Konto anmelden</translation>
    </message>
    <message>
        <source>C&amp;hange the code</source>
        <translation>&amp;Code ändern</translation>
    </message>
    <message>
        <source>Enter a co&amp;de</source>
        <translation>&amp;Code eingeben</translation>
    </message>
    <message>
        <source>A code entered by another account is waiting</source>
        <translation>Ein von einem anderen Konto eingegebener Code wartet</translation>
    </message>
    <message>
        <source>Nothing was redeemed for the account you signed in with.</source>
        <translation>Für das Konto, mit dem Sie sich angemeldet haben, wurde nichts eingelöst.</translation>
    </message>
    <message>
        <source>Sign in as %1</source>
        <translation>Als %1 anmelden</translation>
    </message>
    <message>
        <source>This code is already in use</source>
        <translation>Dieser Code wird bereits verwendet</translation>
    </message>
    <message>
        <source>If it was not you, check the code against the one you received, or enter another one.</source>
        <translation>Wenn Sie das nicht waren, vergleichen Sie den Code mit dem, den Sie erhalten haben, oder geben Sie einen anderen ein.</translation>
    </message>
    <message>
        <source>This code cannot be redeemed</source>
        <translation>Dieser Code kann nicht eingelöst werden</translation>
    </message>
    <message>
        <source>Enter an activation code, or sign in with the account you bought the product with.</source>
        <translation>Geben Sie einen Aktivierungscode ein oder melden Sie sich mit dem Konto an, mit dem Sie das Produkt gekauft haben.</translation>
    </message>
    <message>
        <source>The sign-in service cannot be reached</source>
        <translation>Der Anmeldedienst ist nicht erreichbar</translation>
    </message>
    <message>
        <source>Test the connection to find out where it fails, then try again.</source>
        <translation>Testen Sie die Verbindung, um herauszufinden, wo sie scheitert, und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <source>Confirm your e-mail address</source>
        <translation>Bestätigen Sie Ihre E-Mail-Adresse</translation>
    </message>
    <message>
        <source>We sent you an e-mail with a link. Open the link, then continue here.</source>
        <translation>Wir haben Ihnen eine E-Mail mit einem Link geschickt. Öffnen Sie den Link und fahren Sie dann hier fort.</translation>
    </message>
    <message>
        <source>We sent a link to %1. Open it, then continue here.</source>
        <translation>Wir haben einen Link an %1 geschickt. Öffnen Sie ihn und fahren Sie dann hier fort.</translation>
    </message>
    <message>
        <source>No e-mail? Look in your spam folder. Signing in again sends a new link.</source>
        <translation>Keine E-Mail erhalten? Sehen Sie in Ihrem Spam-Ordner nach. Wenn Sie sich erneut anmelden, wird ein neuer Link gesendet.</translation>
    </message>
    <message>
        <source>Your sign-in cannot be saved</source>
        <translation>Ihre Anmeldung kann nicht gespeichert werden</translation>
    </message>
    <message>
        <source>Unlock your keyring (GNOME Keyring, KWallet or the macOS keychain), allow %1 to use it if you are asked, then try again.</source>
        <translation>Entsperren Sie Ihren Schlüsselbund (GNOME Keyring, KWallet oder den macOS-Schlüsselbund), erlauben Sie %1 den Zugriff, falls Sie danach gefragt werden, und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <source>Try again in a few minutes. If it keeps happening, contact support.</source>
        <translation>Versuchen Sie es in einigen Minuten erneut. Wenn das Problem weiterhin auftritt, wenden Sie sich an den Support.</translation>
    </message>
    <message>
        <source>Try again in a few minutes. If it keeps happening, contact support and quote the reference below.</source>
        <translation>Versuchen Sie es in einigen Minuten erneut. Wenn das Problem weiterhin auftritt, wenden Sie sich an den Support und geben Sie die unten stehende Referenz an.</translation>
    </message>
    <message>
        <source>Too many attempts</source>
        <translation>Zu viele Versuche</translation>
    </message>
    <message>
        <source>The sign-in service does not allow signing in inside this window. Sign in with your web browser instead.</source>
        <translation>Der Anmeldedienst erlaubt keine Anmeldung in diesem Fenster. Melden Sie sich stattdessen mit Ihrem Webbrowser an.</translation>
    </message>
    <message>
        <source>The activation service cannot be reached</source>
        <translation>Der Aktivierungsdienst ist nicht erreichbar</translation>
    </message>
</context>
<context>
    <name>Keyway::FailurePage</name>
    <message>
        <source>The product could not be activated</source>
        <translation>Das Produkt konnte nicht aktiviert werden</translation>
    </message>
    <message>
        <source>Co&amp;py reference</source>
        <translation>Referenz &amp;kopieren</translation>
    </message>
    <message>
        <source>Copies the reference of this failure, for a message to support.</source>
        <translation>Kopiert die Referenz dieses Fehlers für eine Nachricht an den Support.</translation>
    </message>
    <message>
        <source>Sign in with a&amp;nother account</source>
        <translation>Mit &amp;anderem Konto anmelden</translation>
    </message>
    <message>
        <source>Signs in again, with the account the code was redeemed by or another one.</source>
        <translation>Meldet Sie erneut an – mit dem Konto, mit dem der Code eingelöst wurde, oder mit einem anderen.</translation>
    </message>
    <message>
        <source>C&amp;hange the code</source>
        <translation>&amp;Code ändern</translation>
    </message>
    <message>
        <source>Returns to the activation code, to correct it or enter another one.</source>
        <translation>Kehrt zum Aktivierungscode zurück, um ihn zu korrigieren oder einen anderen einzugeben.</translation>
    </message>
    <message>
        <source>&amp;Discard the waiting code</source>
        <extracomment>A code another account entered is waiting to be redeemed: forget it</extracomment>
        <translation>Wartenden Code &amp;verwerfen</translation>
    </message>
    <message>
        <source>Forgets the activation code the other account entered; it stays unused and can be entered again. Then continues with the account you signed in with.</source>
        <translation>Vergisst den Aktivierungscode, den das andere Konto eingegeben hat; er bleibt unbenutzt und kann erneut eingegeben werden. Danach geht es mit dem Konto weiter, mit dem Sie angemeldet sind.</translation>
    </message>
    <message>
        <source>Test &amp;connection</source>
        <translation>Verbindung &amp;testen</translation>
    </message>
    <message>
        <source>Checks step by step where the connection to the sign-in service fails.</source>
        <translation>Prüft Schritt für Schritt, wo die Verbindung zum Anmeldedienst scheitert.</translation>
    </message>
    <message>
        <source>Sign in with my &amp;web browser</source>
        <extracomment>Shown when the sign-in page could not be used inside the window</extracomment>
        <translation>Mit meinem Web&amp;browser anmelden</translation>
    </message>
    <message>
        <source>Opens the sign-in page in your usual web browser and continues here afterwards.</source>
        <translation>Öffnet die Anmeldeseite in Ihrem gewohnten Webbrowser und setzt den Vorgang anschließend hier fort.</translation>
    </message>
    <message>
        <source>&amp;Start over</source>
        <translation>Von &amp;vorn beginnen</translation>
    </message>
    <message>
        <source>Returns to the choice of how to activate.</source>
        <translation>Kehrt zur Auswahl der Aktivierungsart zurück.</translation>
    </message>
    <message>
        <source>C&amp;ontinue</source>
        <extracomment>After the e-mail address was confirmed through the link</extracomment>
        <translation>&amp;Weiter</translation>
    </message>
    <message>
        <source>Signs in again once you have opened the link in the e-mail.</source>
        <translation>Meldet Sie erneut an, nachdem Sie den Link in der E-Mail geöffnet haben.</translation>
    </message>
    <message>
        <source>&amp;Try again</source>
        <translation>&amp;Erneut versuchen</translation>
    </message>
    <message>
        <source>Repeats the activation.</source>
        <translation>Wiederholt die Aktivierung.</translation>
    </message>
    <message>
        <source>The reference %1 is copied. Paste it into your message to support.</source>
        <translation>Die Referenz %1 wurde kopiert. Fügen Sie sie in Ihre Nachricht an den Support ein.</translation>
    </message>
    <message>
        <source>Details: %1</source>
        <translation>Details: %1</translation>
    </message>
    <message>
        <source>Reference: %1</source>
        <translation>Referenz: %1</translation>
    </message>
    <message>
        <source>You can try again now.</source>
        <translation>Sie können es jetzt erneut versuchen.</translation>
    </message>
    <message numerus="yes">
        <source>Try again in %n second(s).</source>
        <translation>
            <numerusform>Versuchen Sie es in %n Sekunde erneut.</numerusform>
            <numerusform>Versuchen Sie es in %n Sekunden erneut.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Keyway::HelperSignInView</name>
    <message>
        <source>Opening the sign-in page…</source>
        <translation>Die Anmeldeseite wird geöffnet …</translation>
    </message>
    <message>
        <source>&amp;Show the sign-in window</source>
        <translation>Anmelde&amp;fenster zeigen</translation>
    </message>
    <message>
        <source>The sign-in page opens in its own window. Sign in there; this window goes on by itself afterwards.</source>
        <translation>Die Anmeldeseite öffnet sich in einem eigenen Fenster. Melden Sie sich dort an; dieses Fenster fährt danach von selbst fort.</translation>
    </message>
    <message>
        <source>Opening the sign-in page… %1%</source>
        <translation>Die Anmeldeseite wird geöffnet … %1 %</translation>
    </message>
    <message>
        <source>Sign-in page</source>
        <translation>Anmeldeseite</translation>
    </message>
</context>
<context>
    <name>Keyway::IdTokenValidator</name>
    <message numerus="yes">
        <source>The sign-in could not be verified: your computer&apos;s clock is about %n minute(s) ahead of the sign-in service. Correct the clock or time zone, then try again.</source>
        <translation>
            <numerusform>Die Anmeldung konnte nicht überprüft werden: Die Uhr Ihres Computers geht gegenüber dem Anmeldedienst etwa %n Minute vor. Korrigieren Sie die Uhrzeit oder die Zeitzone und versuchen Sie es dann erneut.</numerusform>
            <numerusform>Die Anmeldung konnte nicht überprüft werden: Die Uhr Ihres Computers geht gegenüber dem Anmeldedienst etwa %n Minuten vor. Korrigieren Sie die Uhrzeit oder die Zeitzone und versuchen Sie es dann erneut.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The sign-in could not be verified: your computer&apos;s clock is about %n minute(s) behind the sign-in service. Correct the clock or time zone, then try again.</source>
        <translation>
            <numerusform>Die Anmeldung konnte nicht überprüft werden: Die Uhr Ihres Computers geht gegenüber dem Anmeldedienst etwa %n Minute nach. Korrigieren Sie die Uhrzeit oder die Zeitzone und versuchen Sie es dann erneut.</numerusform>
            <numerusform>Die Anmeldung konnte nicht überprüft werden: Die Uhr Ihres Computers geht gegenüber dem Anmeldedienst etwa %n Minuten nach. Korrigieren Sie die Uhrzeit oder die Zeitzone und versuchen Sie es dann erneut.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Keyway::License</name>
    <message>
        <source>The activation code cannot contain “%1”. Codes use only the letters A–Z without O and I, and the digits 2–9 (never 0 or 1).</source>
        <translation>Der Aktivierungscode kann kein „%1“ enthalten. Codes bestehen nur aus den Buchstaben A–Z ohne O und I sowie den Ziffern 2–9 (niemals 0 oder 1).</translation>
    </message>
    <message numerus="yes">
        <source>The activation code is too short: %n of 25 characters entered.</source>
        <translation>
            <numerusform>Der Aktivierungscode ist zu kurz: %n von 25 Zeichen eingegeben.</numerusform>
            <numerusform>Der Aktivierungscode ist zu kurz: %n von 25 Zeichen eingegeben.</numerusform>
        </translation>
    </message>
    <message>
        <source>This computer&apos;s clock is behind the last confirmed time (%1), so time-limited licenses are blocked. Set the clock to the correct date and time.</source>
        <translation>Die Uhr dieses Computers geht gegenüber der zuletzt bestätigten Zeit (%1) nach, daher sind zeitlich begrenzte Lizenzen gesperrt. Stellen Sie die Uhr auf das richtige Datum und die richtige Uhrzeit.</translation>
    </message>
    <message>
        <source>this product</source>
        <translation>dieses Produkt</translation>
    </message>
    <message numerus="yes">
        <source>This computer&apos;s clock is %n day(s) behind the last time %1 ran, so time-limited licenses are blocked. Correct the clock, or connect to the internet so that the license can be checked online.</source>
        <translation>
            <numerusform>Die Uhr dieses Computers geht %n Tag hinter dem Zeitpunkt nach, zu dem %1 zuletzt lief; zeitlich begrenzte Lizenzen sind daher gesperrt. Stellen Sie die Uhr richtig oder verbinden Sie sich mit dem Internet, damit die Lizenz online geprüft werden kann.</numerusform>
            <numerusform>Die Uhr dieses Computers geht %n Tage hinter dem Zeitpunkt nach, zu dem %1 zuletzt lief; zeitlich begrenzte Lizenzen sind daher gesperrt. Stellen Sie die Uhr richtig oder verbinden Sie sich mit dem Internet, damit die Lizenz online geprüft werden kann.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>This computer&apos;s clock is %n hour(s) behind the last time %1 ran, so time-limited licenses are blocked. Correct the clock, or connect to the internet so that the license can be checked online.</source>
        <translation>
            <numerusform>Die Uhr dieses Computers geht %n Stunde hinter dem Zeitpunkt nach, zu dem %1 zuletzt lief; zeitlich begrenzte Lizenzen sind daher gesperrt. Stellen Sie die Uhr richtig oder verbinden Sie sich mit dem Internet, damit die Lizenz online geprüft werden kann.</numerusform>
            <numerusform>Die Uhr dieses Computers geht %n Stunden hinter dem Zeitpunkt nach, zu dem %1 zuletzt lief; zeitlich begrenzte Lizenzen sind daher gesperrt. Stellen Sie die Uhr richtig oder verbinden Sie sich mit dem Internet, damit die Lizenz online geprüft werden kann.</numerusform>
        </translation>
    </message>
    <message>
        <source>The device id identifies this computer to the licensing service. It is a SHA-256 hash of the product&apos;s identifier and the operating system&apos;s machine id (on Linux /etc/machine-id, on Windows the MachineGuid, on macOS the hardware UUID), shortened to 32 characters. The machine id itself is never sent or stored, and other products get a different device id. It stays the same after updates, network changes and reinstalling the product; it changes when the operating system is reinstalled.</source>
        <translation>Die Geräte-ID identifiziert diesen Computer gegenüber dem Lizenzdienst. Sie ist ein SHA-256-Hash aus der Kennung des Produkts und der Maschinen-ID des Betriebssystems (unter Linux /etc/machine-id, unter Windows die MachineGuid, unter macOS die Hardware-UUID), gekürzt auf 32 Zeichen. Die Maschinen-ID selbst wird nie gesendet oder gespeichert, und andere Produkte erhalten eine andere Geräte-ID. Die Geräte-ID bleibt bei Updates, Netzwerkänderungen und einer Neuinstallation des Produkts gleich; sie ändert sich, wenn das Betriebssystem neu installiert wird.</translation>
    </message>
    <message>
        <source>This system has no machine id, so a random id was generated once and is kept in the file &quot;device-id&quot; in the product&apos;s data folder; deleting that file changes the device id.</source>
        <translation>Dieses System hat keine Maschinen-ID. Daher wurde einmalig eine zufällige ID erzeugt, die in der Datei „device-id“ im Datenordner des Produkts gespeichert ist; wird diese Datei gelöscht, ändert sich die Geräte-ID.</translation>
    </message>
    <message>
        <source>On this computer the operating system&apos;s machine id is used.</source>
        <translation>Auf diesem Computer wird die Maschinen-ID des Betriebssystems verwendet.</translation>
    </message>
    <message>
        <source>Enter the activation code you received with your purchase.</source>
        <translation>Geben Sie den Aktivierungscode ein, den Sie mit Ihrem Kauf erhalten haben.</translation>
    </message>
    <message>
        <source>The activation code contains a character that never occurs in codes. Codes never contain the letters O and I or the digits 0 and 1.</source>
        <translation>Der Aktivierungscode enthält ein Zeichen, das in Codes nie vorkommt. Codes enthalten nie die Buchstaben O und I oder die Ziffern 0 und 1.</translation>
    </message>
    <message>
        <source>This activation code has a typing error. Check each character against the code you received.</source>
        <translation>Dieser Aktivierungscode enthält einen Tippfehler. Vergleichen Sie jedes Zeichen mit dem Code, den Sie erhalten haben.</translation>
    </message>
    <message>
        <source>The product&apos;s activation settings were not found. Reinstall the product or contact its vendor.</source>
        <translation>Die Aktivierungseinstellungen des Produkts wurden nicht gefunden. Installieren Sie das Produkt neu oder wenden Sie sich an den Hersteller.</translation>
    </message>
    <message>
        <source>The product&apos;s activation settings are damaged. Reinstall the product or contact its vendor.</source>
        <translation>Die Aktivierungseinstellungen des Produkts sind beschädigt. Installieren Sie das Produkt neu oder wenden Sie sich an den Hersteller.</translation>
    </message>
    <message>
        <source>A file could not be read.</source>
        <translation>Eine Datei konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <source>A file could not be saved. Check that the disk is not full and that you may write to your profile folder.</source>
        <translation>Eine Datei konnte nicht gespeichert werden. Stellen Sie sicher, dass der Datenträger nicht voll ist und Sie Schreibrechte für Ihren Profilordner haben.</translation>
    </message>
    <message>
        <source>The license is damaged or has been modified.</source>
        <translation>Die Lizenz ist beschädigt oder wurde verändert.</translation>
    </message>
    <message>
        <source>The license uses a signature this version of the product does not accept.</source>
        <translation>Die Lizenz verwendet eine Signatur, die diese Version des Produkts nicht akzeptiert.</translation>
    </message>
    <message>
        <source>The license was not signed by this product&apos;s vendor.</source>
        <translation>Die Lizenz wurde nicht vom Hersteller dieses Produkts signiert.</translation>
    </message>
    <message>
        <source>The license has been modified: its signature does not match.</source>
        <translation>Die Lizenz wurde verändert: Ihre Signatur stimmt nicht überein.</translation>
    </message>
    <message>
        <source>The license has expired. Connect to the internet to renew it.</source>
        <translation>Die Lizenz ist abgelaufen. Stellen Sie eine Internetverbindung her, um sie zu erneuern.</translation>
    </message>
    <message>
        <source>The license is not valid yet. Check that your computer&apos;s clock is correct.</source>
        <translation>Die Lizenz ist noch nicht gültig. Prüfen Sie, ob die Uhr Ihres Computers richtig eingestellt ist.</translation>
    </message>
    <message>
        <source>The license belongs to another computer. Activate the product on this computer.</source>
        <translation>Die Lizenz gehört zu einem anderen Computer. Aktivieren Sie das Produkt auf diesem Computer.</translation>
    </message>
    <message>
        <source>The license belongs to another account. Sign in with the account you activated the product with.</source>
        <translation>Die Lizenz gehört zu einem anderen Konto. Melden Sie sich mit dem Konto an, mit dem Sie das Produkt aktiviert haben.</translation>
    </message>
    <message>
        <source>This product is not activated on this computer yet.</source>
        <translation>Dieses Produkt ist auf diesem Computer noch nicht aktiviert.</translation>
    </message>
    <message>
        <source>The activation service could not be reached. Check your internet connection and proxy settings, then try again.</source>
        <translation>Der Aktivierungsdienst ist nicht erreichbar. Prüfen Sie Ihre Internetverbindung und die Proxy-Einstellungen und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <source>The activation service did not answer in time. Try again in a moment.</source>
        <translation>Der Aktivierungsdienst hat nicht rechtzeitig geantwortet. Versuchen Sie es gleich noch einmal.</translation>
    </message>
    <message>
        <source>The connection to the activation service is not secure: its certificate was not accepted.</source>
        <translation>Die Verbindung zum Aktivierungsdienst ist nicht sicher: Sein Zertifikat wurde nicht akzeptiert.</translation>
    </message>
    <message>
        <source>The activation service refused the request.</source>
        <translation>Der Aktivierungsdienst hat die Anfrage abgelehnt.</translation>
    </message>
    <message>
        <source>The activation service has a problem. Try again later; if it persists, contact support.</source>
        <translation>Beim Aktivierungsdienst ist ein Problem aufgetreten. Versuchen Sie es später erneut; wenn das Problem weiterhin besteht, wenden Sie sich an den Support.</translation>
    </message>
    <message>
        <source>The activation service sent an answer that could not be understood.</source>
        <translation>Der Aktivierungsdienst hat eine Antwort gesendet, die nicht verstanden wurde.</translation>
    </message>
    <message>
        <source>Too many attempts. Wait a moment, then try again.</source>
        <translation>Zu viele Versuche. Warten Sie einen Moment und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <source>The sign-in service could not be reached or is not set up correctly.</source>
        <translation>Der Anmeldedienst ist nicht erreichbar oder nicht richtig eingerichtet.</translation>
    </message>
    <message>
        <source>The sign-in was refused.</source>
        <translation>Die Anmeldung wurde abgelehnt.</translation>
    </message>
    <message>
        <source>The sign-in answer did not belong to this sign-in attempt. Start again.</source>
        <translation>Die Antwort der Anmeldung gehört nicht zu diesem Anmeldeversuch. Beginnen Sie von vorn.</translation>
    </message>
    <message>
        <source>The sign-in was cancelled.</source>
        <translation>Die Anmeldung wurde abgebrochen.</translation>
    </message>
    <message>
        <source>Your e-mail address is not verified yet. Open the link we sent you, then sign in again.</source>
        <translation>Ihre E-Mail-Adresse ist noch nicht bestätigt. Öffnen Sie den Link, den wir Ihnen geschickt haben, und melden Sie sich dann erneut an.</translation>
    </message>
    <message>
        <source>The sign-in could not be completed. Start again.</source>
        <translation>Die Anmeldung konnte nicht abgeschlossen werden. Beginnen Sie von vorn.</translation>
    </message>
    <message>
        <source>You have been signed out. Sign in again.</source>
        <translation>Sie wurden abgemeldet. Melden Sie sich erneut an.</translation>
    </message>
    <message>
        <source>The sign-in service sent an identity that could not be verified.</source>
        <translation>Der Anmeldedienst hat eine Identität gesendet, die nicht überprüft werden konnte.</translation>
    </message>
    <message>
        <source>The sign-in could not be verified. Check that your computer&apos;s clock and time zone are correct.</source>
        <translation>Die Anmeldung konnte nicht überprüft werden. Prüfen Sie, ob Uhrzeit und Zeitzone Ihres Computers richtig eingestellt sind.</translation>
    </message>
    <message>
        <source>The activation service does not recognise the form of this code. Check it against the code you received.</source>
        <translation>Der Aktivierungsdienst erkennt das Format dieses Codes nicht. Vergleichen Sie ihn mit dem Code, den Sie erhalten haben.</translation>
    </message>
    <message>
        <source>This activation code does not exist. Check it against the code you received.</source>
        <translation>Diesen Aktivierungscode gibt es nicht. Vergleichen Sie ihn mit dem Code, den Sie erhalten haben.</translation>
    </message>
    <message>
        <source>This activation code was already redeemed by another account. If that was you, sign in with that account.</source>
        <translation>Dieser Aktivierungscode wurde bereits von einem anderen Konto eingelöst. Wenn Sie das waren, melden Sie sich mit diesem Konto an.</translation>
    </message>
    <message>
        <source>This activation code can no longer be redeemed: its validity has ended. Contact the shop you bought it from.</source>
        <translation>Dieser Aktivierungscode kann nicht mehr eingelöst werden, da seine Gültigkeit abgelaufen ist. Wenden Sie sich an den Shop, in dem Sie ihn gekauft haben.</translation>
    </message>
    <message>
        <source>This activation code has been withdrawn. Contact the shop you bought it from.</source>
        <translation>Dieser Aktivierungscode wurde zurückgezogen. Wenden Sie sich an den Shop, in dem Sie ihn gekauft haben.</translation>
    </message>
    <message>
        <source>Your sign-in is no longer valid. Sign in again.</source>
        <translation>Ihre Anmeldung ist nicht mehr gültig. Melden Sie sich erneut an.</translation>
    </message>
    <message>
        <source>The system keychain is not available, so your sign-in cannot be kept. Install or start a keychain service (such as GNOME Keyring or KWallet).</source>
        <translation>Der Schlüsselbund des Systems ist nicht verfügbar, daher kann Ihre Anmeldung nicht gespeichert werden. Installieren oder starten Sie einen Schlüsselbunddienst (z. B. GNOME Keyring oder KWallet).</translation>
    </message>
    <message>
        <source>The system keychain reported an error.</source>
        <translation>Der Schlüsselbund des Systems hat einen Fehler gemeldet.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message>
        <source>An internal error occurred. Contact support.</source>
        <translation>Ein interner Fehler ist aufgetreten. Wenden Sie sich an den Support.</translation>
    </message>
    <message>
        <source>The activation code is too short: a code has 25 characters in five groups of five.</source>
        <translation>Der Aktivierungscode ist zu kurz: Ein Code hat 25 Zeichen in fünf Gruppen zu je fünf.</translation>
    </message>
    <message>
        <source>The activation code is too long: a code has 25 characters in five groups of five.</source>
        <translation>Der Aktivierungscode ist zu lang: Ein Code hat 25 Zeichen in fünf Gruppen zu je fünf.</translation>
    </message>
    <message>
        <source>The product&apos;s license verification key is damaged. Reinstall the product or contact its vendor.</source>
        <translation>Der Lizenzprüfschlüssel des Produkts ist beschädigt. Installieren Sie das Produkt neu oder wenden Sie sich an den Hersteller.</translation>
    </message>
    <message>
        <source>Your account has no license for this feature.</source>
        <translation>Ihr Konto hat keine Lizenz für diese Funktion.</translation>
    </message>
    <message>
        <source>Access to the system keychain was denied, or it is locked. Unlock it or allow access, then try again.</source>
        <translation>Der Zugriff auf den Schlüsselbund des Systems wurde verweigert, oder er ist gesperrt. Entsperren Sie ihn oder erlauben Sie den Zugriff und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <source>A settings file tried to change which licenses this product trusts. Only the vendor can change that, so the file was not used.</source>
        <translation>Eine Einstellungsdatei hat versucht zu ändern, welchen Lizenzen dieses Produkt vertraut. Das kann nur der Hersteller ändern, daher wurde die Datei nicht verwendet.</translation>
    </message>
    <message>
        <source>An activation code entered with another account is still waiting to be redeemed. Sign in with that account to finish it, or discard it.</source>
        <translation>Ein mit einem anderen Konto eingegebener Aktivierungscode wartet noch auf die Einlösung. Melden Sie sich mit diesem Konto an, um sie abzuschließen, oder verwerfen Sie ihn.</translation>
    </message>
    <message>
        <source>This license runs longer than the vendor ever grants, so it was not issued by the vendor&apos;s service. Activate the product again.</source>
        <translation>Diese Lizenz läuft länger, als der Hersteller jemals gewährt; sie wurde also nicht vom Dienst des Herstellers ausgestellt. Aktivieren Sie das Produkt erneut.</translation>
    </message>
    <message>
        <source>The activation service sent the request on to another address. To keep your sign-in safe it was not followed. Check the service address in the settings, or contact support.</source>
        <translation>Der Aktivierungsdienst hat die Anfrage an eine andere Adresse weitergeleitet. Um Ihre Anmeldung zu schützen, wurde dem nicht gefolgt. Prüfen Sie die Adresse des Dienstes in den Einstellungen oder wenden Sie sich an den Support.</translation>
    </message>
    <message>
        <source>The sign-in service is not set up the way this product expects. Contact the product&apos;s vendor.</source>
        <translation>Der Anmeldedienst ist nicht so eingerichtet, wie dieses Produkt es erwartet. Wenden Sie sich an den Hersteller des Produkts.</translation>
    </message>
    <message>
        <source>The sign-in was not finished in time and has been stopped. Start again when you are ready.</source>
        <translation>Die Anmeldung wurde nicht rechtzeitig abgeschlossen und deshalb abgebrochen. Beginnen Sie erneut, sobald Sie bereit sind.</translation>
    </message>
    <message>
        <source>Another program is using the port on which this product receives the sign-in. Close that program, then try again.</source>
        <translation>Ein anderes Programm belegt den Port, über den dieses Produkt die Anmeldung empfängt. Schließen Sie dieses Programm und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>No computer with this id is on your account&apos;s list of computers. Show the list again and choose from it.</source>
        <translation>In der Liste der Computer Ihres Kontos gibt es keinen Computer mit dieser Kennung. Zeigen Sie die Liste erneut an und wählen Sie daraus.</translation>
    </message>
    <message>
        <source>A computer&apos;s name has 1 to 64 characters and no control characters such as tabs or line breaks.</source>
        <translation>Der Name eines Computers hat 1 bis 64 Zeichen und keine Steuerzeichen wie Tabulatoren oder Zeilenumbrüche.</translation>
    </message>
    <message>
        <source>This license is already in use on as many computers as it allows. Remove one of them from your account to use the license here, or buy another license.</source>
        <translation>Diese Lizenz wird bereits auf so vielen Computern verwendet, wie sie erlaubt. Entfernen Sie einen davon aus Ihrem Konto, um die Lizenz hier zu nutzen, oder kaufen Sie eine weitere Lizenz.</translation>
    </message>
    <message>
        <source>This license is already in use on another computer, the one it allows. Remove that computer from your account to use the license here, or buy another license.</source>
        <translation>Diese Lizenz wird bereits auf einem anderen Computer verwendet, dem einen, den sie erlaubt. Entfernen Sie diesen Computer aus Ihrem Konto, um die Lizenz hier zu nutzen, oder kaufen Sie eine weitere Lizenz.</translation>
    </message>
    <message>
        <source>This license is already in use on %1 computers, as many as it allows. Remove one of them from your account to use the license here, or buy another license.</source>
        <translation>Diese Lizenz wird bereits auf %1 Computern verwendet, so vielen, wie sie erlaubt. Entfernen Sie einen davon aus Ihrem Konto, um die Lizenz hier zu nutzen, oder kaufen Sie eine weitere Lizenz.</translation>
    </message>
    <message>
        <source>This computer was removed from your account on %1 from &quot;%2&quot;.</source>
        <extracomment>%1 a date and time, %2 the name of another computer</extracomment>
        <translation>Dieser Computer wurde am %1 über „%2“ aus Ihrem Konto entfernt.</translation>
    </message>
    <message>
        <source>This computer was removed from your account on %1.</source>
        <translation>Dieser Computer wurde am %1 aus Ihrem Konto entfernt.</translation>
    </message>
    <message>
        <source>This computer was removed from your account.</source>
        <translation>Dieser Computer wurde aus Ihrem Konto entfernt.</translation>
    </message>
    <message>
        <source>The license works offline until %1.</source>
        <translation>Die Lizenz funktioniert offline bis %1.</translation>
    </message>
    <message>
        <source>To use it here again, activate the product again: that takes a seat of the license if one is free.</source>
        <translation>Um sie hier wieder zu nutzen, aktivieren Sie das Produkt erneut: Das belegt einen Platz der Lizenz, wenn einer frei ist.</translation>
    </message>
    <message>
        <source>You have removed as many computers from this license as is allowed for now. Try again later.</source>
        <translation>Sie haben bereits so viele Computer aus dieser Lizenz entfernt, wie derzeit erlaubt ist. Versuchen Sie es später erneut.</translation>
    </message>
    <message>
        <source>You have removed as many computers from this license as is allowed within 30 days. The next removal is possible on %1.</source>
        <translation>Sie haben innerhalb von 30 Tagen so viele Computer aus dieser Lizenz entfernt, wie erlaubt ist. Das nächste Entfernen ist am %1 möglich.</translation>
    </message>
    <message>
        <source>The sign-in page stopped unexpectedly. Try again; if it happens again, sign in with your web browser instead.</source>
        <translation>Die Anmeldeseite wurde unerwartet beendet. Versuchen Sie es erneut; geschieht das wieder, melden Sie sich stattdessen in Ihrem Webbrowser an.</translation>
    </message>
    <message>
        <source>The file %1 could not be read: %2</source>
        <translation>Die Datei %1 konnte nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>Refused a token for %1: %2</source>
        <translation>Token für %1 abgelehnt: %2</translation>
    </message>
    <message>
        <source>an unknown item</source>
        <translation>ein unbekanntes Element</translation>
    </message>
    <message>
        <source>Nothing was imported.</source>
        <translation>Es wurde nichts importiert.</translation>
    </message>
    <message>
        <source>The file holds no license token.</source>
        <translation>Die Datei enthält kein Lizenztoken.</translation>
    </message>
    <message>
        <source>The file %1 is too large to be a license file (at most %2 KB).</source>
        <translation>Die Datei %1 ist zu groß für eine Lizenzdatei (höchstens %2 KB).</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more token(s) refused.</source>
        <translation>
            <numerusform>… und %n weiteres Token abgelehnt.</numerusform>
            <numerusform>… und %n weitere Token abgelehnt.</numerusform>
        </translation>
    </message>
    <message>
        <source>The stored license file is damaged or has been modified. Activate the product again.</source>
        <translation>Die gespeicherte Lizenzdatei ist beschädigt oder wurde verändert. Aktivieren Sie das Produkt erneut.</translation>
    </message>
    <message>
        <source>The license expired on %1. Connect to the internet to renew it.</source>
        <translation>Die Lizenz ist am %1 abgelaufen. Stellen Sie eine Internetverbindung her, um sie zu erneuern.</translation>
    </message>
    <message>
        <source>Valid</source>
        <comment>license state</comment>
        <extracomment>The state of one licensed item, shown in a table</extracomment>
        <translation>Gültig</translation>
    </message>
    <message>
        <source>Expired</source>
        <comment>license state</comment>
        <extracomment>The state of one licensed item, shown in a table</extracomment>
        <translation>Abgelaufen</translation>
    </message>
    <message>
        <source>Other computer</source>
        <comment>license state</comment>
        <extracomment>The state of one licensed item, shown in a table</extracomment>
        <translation>Anderer Computer</translation>
    </message>
    <message>
        <source>Other account</source>
        <comment>license state</comment>
        <extracomment>The state of one licensed item, shown in a table</extracomment>
        <translation>Anderes Konto</translation>
    </message>
    <message>
        <source>Damaged</source>
        <comment>license state</comment>
        <extracomment>The state of one licensed item, shown in a table</extracomment>
        <translation>Beschädigt</translation>
    </message>
    <message>
        <source>Unknown signer</source>
        <comment>license state</comment>
        <extracomment>The state of one licensed item, shown in a table</extracomment>
        <translation>Unbekannter Aussteller</translation>
    </message>
    <message>
        <source>Not licensed</source>
        <comment>license state</comment>
        <extracomment>The state of one licensed item, shown in a table</extracomment>
        <translation>Nicht lizenziert</translation>
    </message>
    <message>
        <source>Not activated</source>
        <comment>license state</comment>
        <extracomment>The state of one licensed item, shown in a table</extracomment>
        <translation>Nicht aktiviert</translation>
    </message>
    <message>
        <source>Renewal due</source>
        <comment>license state</comment>
        <extracomment>The state of one licensed item, shown in a table</extracomment>
        <translation>Erneuerung fällig</translation>
    </message>
    <message>
        <source>Valid offline</source>
        <comment>license state</comment>
        <extracomment>The state of one licensed item, shown in a table</extracomment>
        <translation>Offline gültig</translation>
    </message>
    <message>
        <source>Clock set back</source>
        <comment>license state</comment>
        <extracomment>The state of one licensed item, shown in a table</extracomment>
        <translation>Uhr zurückgestellt</translation>
    </message>
    <message>
        <source>the next start</source>
        <translation>beim nächsten Start</translation>
    </message>
    <message>
        <source>Valid offline until %1. The license could not be renewed (%2); the next attempt is at %3. Connect to the internet before %1 to keep it.</source>
        <translation>Offline gültig bis %1. Die Lizenz konnte nicht erneuert werden (%2); nächster Versuch: %3. Stellen Sie vor %1 eine Internetverbindung her, um die Lizenz zu behalten.</translation>
    </message>
    <message>
        <source>Licensed until %1. Renewal is due: the license is renewed at the next connection to the internet.</source>
        <translation>Lizenziert bis %1. Die Erneuerung ist fällig: Die Lizenz wird bei der nächsten Internetverbindung erneuert.</translation>
    </message>
    <message>
        <source>Lease too long</source>
        <comment>license state</comment>
        <extracomment>The state of one licensed item, shown in a table: the license runs longer than the vendor ever grants</extracomment>
        <translation>Laufzeit zu lang</translation>
    </message>
    <message>
        <source>Renewal is due: the license is renewed at the next connection to the internet. It works offline until %1.</source>
        <translation>Die Verlängerung steht an: Die Lizenz wird bei der nächsten Verbindung mit dem Internet verlängert. Sie funktioniert offline bis %1.</translation>
    </message>
    <message>
        <source>Licensed until %1. Works offline until %2.</source>
        <translation>Lizenziert bis %1. Funktioniert offline bis %2.</translation>
    </message>
    <message>
        <source>Works offline until %1.</source>
        <translation>Funktioniert offline bis %1.</translation>
    </message>
    <message>
        <source>Subscription renews automatically. This computer checks it at the next connection to the internet and works offline until %1.</source>
        <translation>Das Abonnement verlängert sich automatisch. Dieser Computer prüft es bei der nächsten Internetverbindung und funktioniert ohne Verbindung bis %1.</translation>
    </message>
    <message>
        <source>Subscription renews automatically. Works offline until %1.</source>
        <translation>Das Abonnement verlängert sich automatisch. Funktioniert ohne Verbindung bis %1.</translation>
    </message>
    <message>
        <source>The license of %1 ends within a day, on %2.</source>
        <translation>Die Lizenz für %1 endet innerhalb eines Tages, am %2.</translation>
    </message>
    <message>
        <source>The license of %1 ends in %2 days, on %3.</source>
        <translation>Die Lizenz für %1 endet in %2 Tagen, am %3.</translation>
    </message>
    <message>
        <source>The service says: “%1”</source>
        <extracomment>%1 is a message from the sign-in or activation service, in its own words</extracomment>
        <translation>Der Dienst meldet: „%1“</translation>
    </message>
    <message>
        <source>This program was built without its vendor&apos;s activation settings, so it cannot check licenses. Contact the vendor.</source>
        <translation>Dieses Programm wurde ohne die Aktivierungseinstellungen seines Herstellers erstellt und kann daher keine Lizenzen prüfen. Wenden Sie sich an den Hersteller.</translation>
    </message>
    <message>
        <source>The settings file %1 tries to change which licenses this product trusts (%2). Only the vendor can change that, so the file was not used. Remove &quot;%2&quot; from it or use the file the vendor supplied.</source>
        <translation>Die Einstellungsdatei %1 versucht zu ändern, welchen Lizenzen dieses Produkt vertraut (%2). Das kann nur der Hersteller ändern, daher wurde die Datei nicht verwendet. Entfernen Sie „%2“ daraus oder verwenden Sie die Datei des Herstellers.</translation>
    </message>
</context>
<context>
    <name>Keyway::LicenseActions</name>
    <message>
        <source>&amp;Renew now</source>
        <translation>Jetzt &amp;erneuern</translation>
    </message>
    <message>
        <source>Checks the licenses with the license server now and extends their leases.</source>
        <translation>Prüft die Lizenzen jetzt beim Lizenzserver und verlängert ihre Zuteilungen.</translation>
    </message>
    <message>
        <source>&amp;Sign out</source>
        <translation>Ab&amp;melden</translation>
    </message>
    <message>
        <source>Removes your sign-in from this computer. The licenses keep working until their leases end.</source>
        <translation>Entfernt Ihre Anmeldung von diesem Computer. Die Lizenzen funktionieren weiter, bis ihre Zuteilungen enden.</translation>
    </message>
    <message>
        <source>S&amp;ign in…</source>
        <translation>Anme&amp;lden…</translation>
    </message>
    <message>
        <source>Signs you in again on this computer, so that the licenses can be renewed.</source>
        <translation>Meldet Sie auf diesem Computer wieder an, damit die Lizenzen erneuert werden können.</translation>
    </message>
    <message>
        <source>&amp;Deactivate on this computer…</source>
        <translation>Auf diesem Computer &amp;deaktivieren…</translation>
    </message>
    <message>
        <source>Gives the licenses back so that they can be used on another computer.</source>
        <translation>Gibt die Lizenzen zurück, damit sie auf einem anderen Computer verwendet werden können.</translation>
    </message>
    <message>
        <source>&amp;Import license file…</source>
        <translation>Lizenzdatei &amp;importieren…</translation>
    </message>
    <message>
        <source>For computers without internet access: a license file your administrator downloaded for this computer&apos;s device id.</source>
        <translation>Für Computer ohne Internetzugang: eine Lizenzdatei, die Ihr Administrator für die Geräte-ID dieses Computers heruntergeladen hat.</translation>
    </message>
    <message>
        <source>&amp;Network settings…</source>
        <translation>&amp;Netzwerkeinstellungen…</translation>
    </message>
    <message>
        <source>The proxy used to reach the license server.</source>
        <translation>Der Proxy, über den der Lizenzserver erreicht wird.</translation>
    </message>
    <message>
        <source>&amp;Copy diagnostics</source>
        <translation>Diagnosedaten &amp;kopieren</translation>
    </message>
    <message>
        <source>Copies a report for support to the clipboard. It contains no password, token or activation code.</source>
        <translation>Kopiert einen Bericht für den Support in die Zwischenablage. Er enthält keine Passwörter, Token oder Aktivierungscodes.</translation>
    </message>
    <message>
        <source>&amp;Test connection…</source>
        <translation>Verbindung &amp;testen…</translation>
    </message>
    <message>
        <source>Checks each step on the way to the license server and says what to do about a failed one.</source>
        <translation>Prüft jeden Schritt auf dem Weg zum Lizenzserver und sagt, was bei einem fehlgeschlagenen Schritt zu tun ist.</translation>
    </message>
    <message>
        <source>&amp;Activate…</source>
        <translation>&amp;Aktivieren…</translation>
    </message>
</context>
<context>
    <name>Keyway::LicenseEndNotice</name>
    <message>
        <source>Renew the &amp;license</source>
        <translation>Lizenz &amp;verlängern</translation>
    </message>
    <message>
        <source>Renew the license (opens in your browser)</source>
        <translation>Lizenz verlängern (öffnet sich im Browser)</translation>
    </message>
    <message>
        <source>Address of the renewal page</source>
        <translation>Adresse der Verlängerungsseite</translation>
    </message>
</context>
<context>
    <name>Keyway::LicenseOverview</name>
    <message>
        <source>Licensed features</source>
        <translation>Lizenzierte Funktionen</translation>
    </message>
    <message>
        <source>Feature</source>
        <translation>Funktion</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Works offline until</source>
        <translation>Offline nutzbar bis</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>%1 logo</source>
        <translation>Logo von %1</translation>
    </message>
</context>
<context>
    <name>Keyway::LicenseStatusModel</name>
    <message>
        <source>Licensed until %1.</source>
        <translation>Lizenziert bis %1.</translation>
    </message>
    <message>
        <source>Subscription renews automatically.</source>
        <translation>Das Abonnement verlängert sich automatisch.</translation>
    </message>
    <message>
        <source>Renewed at the next connection to the internet.</source>
        <translation>Wird bei der nächsten Verbindung mit dem Internet erneuert.</translation>
    </message>
    <message>
        <source>Not renewed yet: see below.</source>
        <translation>Noch nicht erneuert: siehe unten.</translation>
    </message>
    <message>
        <source>%1: %2. %3</source>
        <translation>%1: %2. %3</translation>
    </message>
    <message>
        <source>%1 is not activated on this computer.</source>
        <translation>%1 ist auf diesem Computer nicht aktiviert.</translation>
    </message>
    <message>
        <source>%1 is activated on this computer.</source>
        <translation>%1 ist auf diesem Computer aktiviert.</translation>
    </message>
    <message>
        <source>%1 is activated on this computer for %2.</source>
        <translation>%1 ist auf diesem Computer für %2 aktiviert.</translation>
    </message>
    <message>
        <source>Some features of %1 are not licensed on this computer. The list says why.</source>
        <translation>Einige Funktionen von %1 sind auf diesem Computer nicht lizenziert. Die Gründe finden Sie in der Liste.</translation>
    </message>
    <message>
        <source>You are signed out: the licenses work until %1 and are not renewed until you sign in again.</source>
        <translation>Sie sind abgemeldet: Die Lizenzen funktionieren bis %1 und werden erst erneuert, wenn Sie sich wieder anmelden.</translation>
    </message>
    <message>
        <source>You are signed out.</source>
        <translation>Sie sind abgemeldet.</translation>
    </message>
    <message>
        <source>This computer was removed from your account on another computer. Choose “Activate…” to use %1 here again.</source>
        <translation>Dieser Computer wurde auf einem anderen Computer aus Ihrem Konto entfernt. Wählen Sie „Aktivieren…“, um %1 hier wieder zu verwenden.</translation>
    </message>
    <message>
        <source>Last successful check with the license server: %1.</source>
        <translation>Letzte erfolgreiche Prüfung beim Lizenzserver: %1.</translation>
    </message>
    <message>
        <source>The last check at %1 failed: %2</source>
        <translation>Die letzte Prüfung am %1 ist fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>The licenses keep working without a connection until %1.</source>
        <translation>Die Lizenzen funktionieren ohne Verbindung bis %1 weiter.</translation>
    </message>
    <message>
        <source>Next attempt after %1.</source>
        <translation>Nächster Versuch nach %1.</translation>
    </message>
    <message>
        <source>The next attempt is made soon.</source>
        <translation>Der nächste Versuch folgt in Kürze.</translation>
    </message>
    <message>
        <source>Signing out removes your sign-in from this computer. The licenses on this computer stay valid without a connection until their leases end (%1), but they cannot be renewed until you sign in again.</source>
        <translation>Beim Abmelden wird Ihre Anmeldung von diesem Computer entfernt. Die Lizenzen auf diesem Computer bleiben ohne Verbindung gültig, bis ihre Zuteilungen enden (%1), können aber erst nach einer erneuten Anmeldung erneuert werden.</translation>
    </message>
    <message>
        <source>Signing out removes your sign-in from this computer.</source>
        <translation>Beim Abmelden wird Ihre Anmeldung von diesem Computer entfernt.</translation>
    </message>
    <message>
        <source>Signed out. The licenses stay valid until %1; sign in again to renew them.</source>
        <translation>Abgemeldet. Die Lizenzen bleiben bis %1 gültig; melden Sie sich erneut an, um sie zu erneuern.</translation>
    </message>
    <message>
        <source>Signed out.</source>
        <translation>Abgemeldet.</translation>
    </message>
    <message>
        <source>Deactivate %1 on this computer?</source>
        <translation>%1 auf diesem Computer deaktivieren?</translation>
    </message>
    <message>
        <source>The licenses are removed from this computer and given back at the license server, so that they can be used on another computer. To use %1 here again, you will need to activate it again.</source>
        <translation>Die Lizenzen werden von diesem Computer entfernt und an den Lizenzserver zurückgegeben, damit sie auf einem anderen Computer verwendet werden können. Um %1 hier wieder zu verwenden, müssen Sie es erneut aktivieren.</translation>
    </message>
    <message>
        <source>The licenses are removed from this computer. Because you are signed out, they are given back at the license server only when you next sign in on this computer; until then they count as in use. To use %1 here again, you will need to activate it again.</source>
        <translation>Die Lizenzen werden von diesem Computer entfernt. Da Sie abgemeldet sind, werden sie erst beim Lizenzserver zurückgegeben, wenn Sie sich das nächste Mal auf diesem Computer anmelden; bis dahin gelten sie als belegt. Um %1 hier wieder zu verwenden, müssen Sie es erneut aktivieren.</translation>
    </message>
    <message>
        <source>The licenses were removed from this computer and given back at the license server.</source>
        <translation>Die Lizenzen wurden von diesem Computer entfernt und an den Lizenzserver zurückgegeben.</translation>
    </message>
    <message>
        <source>The licenses were removed from this computer. They will be given back at the license server when you next sign in on this computer; until then they count as in use.</source>
        <translation>Die Lizenzen wurden von diesem Computer entfernt. Sie werden beim Lizenzserver zurückgegeben, wenn Sie sich das nächste Mal auf diesem Computer anmelden; bis dahin gelten sie als belegt.</translation>
    </message>
    <message>
        <source>The licenses were removed from this computer. They will be given back at the license server the next time it can be reached (%1)</source>
        <translation>Die Lizenzen wurden von diesem Computer entfernt. Sie werden an den Lizenzserver zurückgegeben, sobald er wieder erreichbar ist (%1)</translation>
    </message>
    <message>
        <source>The licenses could not be renewed: %1</source>
        <translation>Die Lizenzen konnten nicht erneuert werden: %1</translation>
    </message>
    <message>
        <source>Choose “Sign in…” to sign in again.</source>
        <translation>Wählen Sie „Anmelden…“, um sich erneut anzumelden.</translation>
    </message>
    <message>
        <source>No license was renewed.</source>
        <translation>Es wurde keine Lizenz erneuert.</translation>
    </message>
    <message>
        <source>Renewed the license.</source>
        <translation>Die Lizenz wurde erneuert.</translation>
    </message>
    <message>
        <source>Renewed %1 licenses.</source>
        <translation>%1 Lizenzen wurden erneuert.</translation>
    </message>
    <message>
        <source>They work offline until %1.</source>
        <translation>Sie funktionieren offline bis %1.</translation>
    </message>
    <message>
        <source>The license server refused: %1.</source>
        <translation>Vom Lizenzserver abgelehnt: %1.</translation>
    </message>
    <message>
        <source>Signing in was cancelled. You are still signed out.</source>
        <translation>Die Anmeldung wurde abgebrochen. Sie sind weiterhin abgemeldet.</translation>
    </message>
    <message>
        <source>Signing in did not complete: %1</source>
        <translation>Die Anmeldung wurde nicht abgeschlossen: %1</translation>
    </message>
    <message>
        <source>Signed in as %1.</source>
        <translation>Angemeldet als %1.</translation>
    </message>
    <message>
        <source>Renewing was cancelled. The licenses keep working as before.</source>
        <translation>Das Erneuern wurde abgebrochen. Die Lizenzen funktionieren weiter wie bisher.</translation>
    </message>
    <message>
        <source>The licenses could not be removed: %1</source>
        <translation>Die Lizenzen konnten nicht entfernt werden: %1</translation>
    </message>
</context>
<context>
    <name>Keyway::LicenseStatusWidget</name>
    <message>
        <source>%1 licenses</source>
        <translation>%1 – Lizenzen</translation>
    </message>
    <message>
        <source>Import license file</source>
        <translation>Lizenzdatei importieren</translation>
    </message>
    <message>
        <source>License files (*.jwt *.txt *.lic);;All files (*)</source>
        <translation>Lizenzdateien (*.jwt *.txt *.lic);;Alle Dateien (*)</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n license token(s).</source>
        <translation>
            <numerusform>%n Lizenztoken importiert.</numerusform>
            <numerusform>%n Lizenztoken importiert.</numerusform>
        </translation>
    </message>
    <message>
        <source>Renewing the licenses at the license server…</source>
        <translation>Lizenzen werden beim Lizenzserver erneuert…</translation>
    </message>
    <message>
        <source>Sign out?</source>
        <translation>Abmelden?</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>Abmelden</translation>
    </message>
    <message>
        <source>Signing out did not complete: %1</source>
        <translation>Die Abmeldung wurde nicht abgeschlossen: %1</translation>
    </message>
    <message>
        <source>Signing out…</source>
        <translation>Abmeldung läuft…</translation>
    </message>
    <message>
        <source>Deactivate</source>
        <translation>Deaktivieren</translation>
    </message>
    <message>
        <source>Giving the licenses back at the license server…</source>
        <translation>Lizenzen werden an den Lizenzserver zurückgegeben…</translation>
    </message>
    <message>
        <source>The diagnostics were copied to the clipboard. Paste them into your message to support; they contain no password, token or activation code.</source>
        <translation>Die Diagnosedaten wurden in die Zwischenablage kopiert. Fügen Sie sie in Ihre Nachricht an den Support ein; sie enthalten keine Passwörter, Token oder Aktivierungscodes.</translation>
    </message>
    <message>
        <source>The network settings were saved.</source>
        <translation>Die Netzwerkeinstellungen wurden gespeichert.</translation>
    </message>
    <message>
        <source>The sign-in page cannot be shown in this window.</source>
        <translation>Die Anmeldeseite kann in diesem Fenster nicht angezeigt werden.</translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation>Anmeldung läuft…</translation>
    </message>
    <message>
        <source>The address was copied to the clipboard.</source>
        <translation>Die Adresse wurde in die Zwischenablage kopiert.</translation>
    </message>
</context>
<context>
    <name>Keyway::LoopbackAgent</name>
    <message>
        <source>Bad request</source>
        <translation>Ungültige Anfrage</translation>
    </message>
    <message>
        <source>This address only accepts the sign-in.</source>
        <translation>Diese Adresse nimmt nur die Anmeldung entgegen.</translation>
    </message>
    <message>
        <source>Sign-in not completed</source>
        <translation>Anmeldung nicht abgeschlossen</translation>
    </message>
    <message>
        <source>The sign-in did not complete. You can close this tab and return to the application to see why.</source>
        <translation>Die Anmeldung wurde nicht abgeschlossen. Sie können diesen Tab schließen und zur Anwendung zurückkehren, um den Grund zu sehen.</translation>
    </message>
    <message>
        <source>Signed in</source>
        <translation>Angemeldet</translation>
    </message>
    <message>
        <source>You can close this tab and return to the application.</source>
        <translation>Sie können diesen Tab schließen und zur Anwendung zurückkehren.</translation>
    </message>
</context>
<context>
    <name>Keyway::ProgressPage</name>
    <message>
        <source>Activation in progress</source>
        <translation>Aktivierung läuft</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Abbrechen</translation>
    </message>
    <message>
        <source>Stops the activation and returns to where you started it.</source>
        <translation>Bricht die Aktivierung ab und kehrt zum Ausgangspunkt zurück.</translation>
    </message>
    <message>
        <source>Sign-in address</source>
        <translation>Anmeldeadresse</translation>
    </message>
    <message>
        <source>Completing the sign-in…</source>
        <translation>Anmeldung wird abgeschlossen…</translation>
    </message>
    <message>
        <source>Saving your sign-in in the system keychain…</source>
        <translation>Anmeldung wird im Schlüsselbund des Systems gespeichert…</translation>
    </message>
    <message>
        <source>Redeeming the activation code…</source>
        <translation>Aktivierungscode wird eingelöst…</translation>
    </message>
    <message>
        <source>Removing %1 from your account…</source>
        <translation>%1 wird aus Ihrem Konto entfernt…</translation>
    </message>
    <message>
        <source>Fetching the licenses for this computer…</source>
        <translation>Lizenzen für diesen Computer werden abgerufen…</translation>
    </message>
    <message>
        <source>Saving the licenses…</source>
        <translation>Lizenzen werden gespeichert…</translation>
    </message>
    <message>
        <source>Continue in your web browser. This window goes on by itself once you have signed in there.</source>
        <translation>Fahren Sie in Ihrem Webbrowser fort. Dieses Fenster setzt den Vorgang automatisch fort, sobald Sie sich dort angemeldet haben.</translation>
    </message>
    <message>
        <source>Your web browser could not be opened. Copy this address into it to sign in:</source>
        <translation>Ihr Webbrowser konnte nicht geöffnet werden. Kopieren Sie diese Adresse hinein, um sich anzumelden:</translation>
    </message>
</context>
<context>
    <name>Keyway::ProxySettingsDialog</name>
    <message>
        <source>Network settings</source>
        <translation>Netzwerkeinstellungen</translation>
    </message>
    <message>
        <source>How this program reaches the license server:</source>
        <translation>So erreicht dieses Programm den Lizenzserver:</translation>
    </message>
    <message>
        <source>Use the &amp;system&apos;s proxy settings</source>
        <translation>Proxy-Einstellungen des &amp;Systems verwenden</translation>
    </message>
    <message>
        <source>&amp;No proxy: connect directly</source>
        <translation>&amp;Kein Proxy: direkt verbinden</translation>
    </message>
    <message>
        <source>&amp;Manual HTTP proxy:</source>
        <translation>&amp;Manueller HTTP-Proxy:</translation>
    </message>
    <message>
        <source>proxy.example.com</source>
        <translation>proxy.example.com</translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation>&amp;Host:</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>&amp;Port:</translation>
    </message>
    <message>
        <source>Proxy host</source>
        <translation>Proxy-Host</translation>
    </message>
    <message>
        <source>Proxy port</source>
        <translation>Proxy-Port</translation>
    </message>
    <message>
        <source>If the proxy asks for a user name and password, you are asked when it does. The password is not saved.</source>
        <translation>Wenn der Proxy einen Benutzernamen und ein Passwort verlangt, werden Sie dann danach gefragt. Das Passwort wird nicht gespeichert.</translation>
    </message>
    <message>
        <source>Type the proxy&apos;s host name or address, e.g. proxy.example.com, without &quot;http://&quot;.</source>
        <translation>Geben Sie den Hostnamen oder die Adresse des Proxys ein, z. B. proxy.example.com, ohne „http://“.</translation>
    </message>
    <message>
        <source>Proxy sign-in</source>
        <translation>Proxy-Anmeldung</translation>
    </message>
    <message>
        <source>The proxy %1 did not accept the user name and password. Please try again.</source>
        <translation>Der Proxy %1 hat den Benutzernamen und das Passwort nicht akzeptiert. Bitte versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The proxy %1 asks for a user name and password.</source>
        <translation>Der Proxy %1 verlangt einen Benutzernamen und ein Passwort.</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>&amp;Benutzername:</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>Pass&amp;wort:</translation>
    </message>
    <message>
        <source>The password is kept in memory only, until you close this program.</source>
        <translation>Das Passwort wird nur im Arbeitsspeicher gehalten, bis Sie dieses Programm schließen.</translation>
    </message>
</context>
<context>
    <name>Keyway::RedemptionJournal</name>
    <message>
        <source>An activation code entered by %1 on %2 is still waiting to be redeemed, so nothing was redeemed for the account signed in now. Sign in as %1 to finish it, or discard it: the code then stays unused and can be entered again.</source>
        <translation>Ein Aktivierungscode, den %1 am %2 eingegeben hat, wartet noch auf die Einlösung; für das jetzt angemeldete Konto wurde daher nichts eingelöst. Melden Sie sich als %1 an, um sie abzuschließen, oder verwerfen Sie ihn: Der Code bleibt dann unbenutzt und kann erneut eingegeben werden.</translation>
    </message>
</context>
<context>
    <name>Keyway::ResumeRedemptionJob</name>
    <message>
        <source>The activation code was redeemed, but the license server gave this computer no license for %1.</source>
        <translation>Der Aktivierungscode wurde eingelöst, aber der Lizenzserver hat diesem Computer keine Lizenz für %1 zugeteilt.</translation>
    </message>
</context>
<context>
    <name>Keyway::SeatPage</name>
    <message>
        <source>Your license is in use on other computers</source>
        <translation>Ihre Lizenz wird auf anderen Computern verwendet</translation>
    </message>
    <message>
        <source>Choose a computer you no longer use. It is removed from your account and the license moves to this computer.</source>
        <translation>Wählen Sie einen Computer, den Sie nicht mehr verwenden. Er wird aus Ihrem Konto entfernt, und die Lizenz geht auf diesen Computer über.</translation>
    </message>
    <message>
        <source>Computers using your license</source>
        <translation>Computer, die Ihre Lizenz verwenden</translation>
    </message>
    <message>
        <source>Computer</source>
        <translation>Computer</translation>
    </message>
    <message>
        <source>Last used</source>
        <translation>Zuletzt verwendet</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Abbrechen</translation>
    </message>
    <message>
        <source>Leaves the other computers as they are and returns to the start.</source>
        <translation>Lässt die anderen Computer unverändert und kehrt zum Anfang zurück.</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Zurück</translation>
    </message>
    <message>
        <source>Returns to the list of computers.</source>
        <translation>Kehrt zur Liste der Computer zurück.</translation>
    </message>
    <message>
        <source>not known</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>%1, last used %2</source>
        <translation>%1, zuletzt verwendet am %2</translation>
    </message>
    <message>
        <source>&amp;Use it here instead</source>
        <extracomment>Moves the license to this computer from the computer named %1</extracomment>
        <translation>&amp;Hier verwenden</translation>
    </message>
    <message>
        <source>&amp;Use it here instead of %1</source>
        <translation>&amp;Hier statt auf %1 verwenden</translation>
    </message>
    <message>
        <source>Asks for a confirmation, then removes the chosen computer from your account.</source>
        <translation>Fragt nach einer Bestätigung und entfernt dann den gewählten Computer aus Ihrem Konto.</translation>
    </message>
    <message>
        <source>Remove %1 from your account and use %2 on this computer instead?</source>
        <translation>%1 aus Ihrem Konto entfernen und %2 stattdessen auf diesem Computer verwenden?</translation>
    </message>
    <message>
        <source>%1 keeps working offline until %2, then it needs a free seat again.</source>
        <translation>%1 funktioniert offline noch bis %2 und braucht danach wieder einen freien Platz in der Lizenz.</translation>
    </message>
    <message>
        <source>%1 then needs a free seat again.</source>
        <translation>%1 braucht danach wieder einen freien Platz in der Lizenz.</translation>
    </message>
    <message>
        <source>&amp;Remove %1 and continue</source>
        <extracomment>Confirms removing the computer named %1 from the account</extracomment>
        <translation>%1 &amp;entfernen und fortfahren</translation>
    </message>
    <message>
        <source>Removes the computer from your account, then finishes the activation here.</source>
        <translation>Entfernt den Computer aus Ihrem Konto und schließt dann die Aktivierung hier ab.</translation>
    </message>
</context>
<context>
    <name>Keyway::Session</name>
    <message>
        <source>Your sign-in has ended: the sign-in service keeps it only for a short time. Sign in again.</source>
        <translation>Ihre Anmeldung ist abgelaufen: Der Anmeldedienst hält sie nur kurze Zeit aufrecht. Melden Sie sich erneut an.</translation>
    </message>
</context>
<context>
    <name>Keyway::SignInDialog</name>
    <message>
        <source>Sign in to %1</source>
        <translation>Bei %1 anmelden</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
</context>
<context>
    <name>Keyway::SignInHelper</name>
    <message>
        <source>Sign in</source>
        <translation>Anmelden</translation>
    </message>
    <message>
        <source>Sign in to %1</source>
        <translation>Bei %1 anmelden</translation>
    </message>
</context>
<context>
    <name>Keyway::SingleInstance</name>
    <message>
        <source>The folder %1 cannot be created.</source>
        <translation>Der Ordner %1 kann nicht erstellt werden.</translation>
    </message>
    <message>
        <source>The lock file %1 cannot be written.</source>
        <translation>Die Sperrdatei %1 kann nicht geschrieben werden.</translation>
    </message>
    <message>
        <source>Another activation window (process %1) is using %2 and does not answer. Close it, or end that process, then start again.</source>
        <translation>Ein anderes Aktivierungsfenster (Prozess %1) verwendet %2 und reagiert nicht. Schließen Sie es oder beenden Sie diesen Prozess und starten Sie dann erneut.</translation>
    </message>
</context>
<context>
    <name>Keyway::StepIndicator</name>
    <message>
        <source>Code</source>
        <extracomment>A step of the activation: entering the activation code</extracomment>
        <translation>Code</translation>
    </message>
    <message>
        <source>Account</source>
        <extracomment>A step of the activation: signing in to or creating the account</extracomment>
        <translation>Konto</translation>
    </message>
    <message>
        <source>Done</source>
        <extracomment>The last step of the activation: it is finished</extracomment>
        <translation>Fertig</translation>
    </message>
    <message>
        <source>Step %1 of %2: %3</source>
        <translation>Schritt %1 von %2: %3</translation>
    </message>
    <message>
        <source>%1, current step</source>
        <translation>%1, aktueller Schritt</translation>
    </message>
    <message>
        <source>%1, done</source>
        <translation>%1, erledigt</translation>
    </message>
</context>
<context>
    <name>Keyway::SuccessPage</name>
    <message>
        <source>Activation complete</source>
        <translation>Aktivierung abgeschlossen</translation>
    </message>
    <message>
        <source>Licensed features</source>
        <translation>Lizenzierte Funktionen</translation>
    </message>
    <message>
        <source>Licensed feature</source>
        <translation>Lizenzierte Funktion</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>Gültig bis</translation>
    </message>
    <message>
        <source>&amp;Done</source>
        <translation>&amp;Fertig</translation>
    </message>
    <message>
        <source>%1 is activated on this computer.</source>
        <translation>%1 ist auf diesem Computer aktiviert.</translation>
    </message>
    <message>
        <source>%1 is activated on this computer for %2.</source>
        <translation>%1 ist auf diesem Computer für %2 aktiviert.</translation>
    </message>
    <message>
        <source>The sign-in service does not keep you signed in: to renew the licenses later, you will be asked to sign in again.</source>
        <translation>Der Anmeldedienst hält Sie nicht angemeldet: Um die Lizenzen später zu erneuern, werden Sie gebeten, sich erneut anzumelden.</translation>
    </message>
    <message>
        <source>until the subscription ends</source>
        <translation>bis zum Ende des Abonnements</translation>
    </message>
    <message>
        <source>%1, valid until %2</source>
        <translation>%1, gültig bis %2</translation>
    </message>
    <message>
        <source>%1, valid until the subscription ends</source>
        <translation>%1, gültig bis zum Ende des Abonnements</translation>
    </message>
    <message>
        <source>%1 is activated on this computer with the license file.</source>
        <translation>%1 ist auf diesem Computer mit der Lizenzdatei aktiviert.</translation>
    </message>
</context>
<context>
    <name>Keyway::SupportLink</name>
    <message>
        <source>Address of the help page</source>
        <translation>Adresse der Hilfeseite</translation>
    </message>
    <message>
        <source>Get help from %1</source>
        <translation>Hilfe von %1 erhalten</translation>
    </message>
    <message>
        <source>Get help from %1 (opens in your browser)</source>
        <translation>Hilfe von %1 erhalten (wird in Ihrem Browser geöffnet)</translation>
    </message>
</context>
<context>
    <name>Keyway::TokenRequestJob</name>
    <message>
        <source>The sign-in could not be completed. %1</source>
        <translation>Die Anmeldung konnte nicht abgeschlossen werden. %1</translation>
    </message>
</context>
<context>
    <name>Keyway::WebEngineSignInView</name>
    <message>
        <source>Sign-in page</source>
        <translation>Anmeldeseite</translation>
    </message>
    <message>
        <source>The sign-in page tried to open %1, which this application does not trust for signing in. Contact the vendor of the application.</source>
        <translation>Die Anmeldeseite hat versucht, %1 zu öffnen. Diese Adresse ist für die Anmeldung in dieser Anwendung nicht vertrauenswürdig. Wenden Sie sich an den Hersteller der Anwendung.</translation>
    </message>
    <message>
        <source>This sign-in service does not allow signing in inside the application. Sign in with your web browser instead.</source>
        <translation>Dieser Anmeldedienst erlaubt keine Anmeldung innerhalb der Anwendung. Melden Sie sich stattdessen mit Ihrem Webbrowser an.</translation>
    </message>
</context>
<context>
    <name>Keyway::WelcomePage</name>
    <message>
        <source>%1 logo</source>
        <translation>Logo von %1</translation>
    </message>
    <message>
        <source>Activate %1</source>
        <translation>%1 aktivieren</translation>
    </message>
    <message>
        <source>How would you like to activate %1 on this computer?</source>
        <translation>Wie möchten Sie %1 auf diesem Computer aktivieren?</translation>
    </message>
    <message>
        <source>I have an activation &amp;code</source>
        <translation>Ich habe einen Aktivierungs&amp;code</translation>
    </message>
    <message>
        <source>Enter the code you received with your purchase, then sign in or create an account.</source>
        <translation>Geben Sie den Code ein, den Sie mit Ihrem Kauf erhalten haben, und melden Sie sich dann an oder erstellen Sie ein Konto.</translation>
    </message>
    <message>
        <source>I already have an &amp;account</source>
        <translation>Ich habe bereits ein &amp;Konto</translation>
    </message>
    <message>
        <source>Sign in with the account your licenses belong to; no code is needed.</source>
        <translation>Melden Sie sich mit dem Konto an, zu dem Ihre Lizenzen gehören; ein Code ist nicht erforderlich.</translation>
    </message>
    <message>
        <source>I have a license &amp;file</source>
        <translation>Ich habe eine &amp;Lizenzdatei</translation>
    </message>
    <message>
        <source>Import the license file your administrator gave you, for a computer without internet access.</source>
        <translation>Importieren Sie die Lizenzdatei, die Sie von Ihrem Administrator erhalten haben – für Computer ohne Internetzugang.</translation>
    </message>
</context>
<context>
    <name>Keyway::Widgets</name>
    <message>
        <source>The sign-in page cannot be shown in this window because its browser component (%1) is not installed. Sign in with your web browser instead, or reinstall the application.</source>
        <translation>Die Anmeldeseite kann in diesem Fenster nicht angezeigt werden, weil ihre Browserkomponente (%1) nicht installiert ist. Melden Sie sich stattdessen mit Ihrem Webbrowser an oder installieren Sie die Anwendung neu.</translation>
    </message>
    <message>
        <source>The sign-in page cannot be shown in this window because its browser component could not be started (%1). Sign in with your web browser instead, or reinstall the application.</source>
        <translation>Die Anmeldeseite kann in diesem Fenster nicht angezeigt werden, weil ihre Browserkomponente nicht gestartet werden konnte (%1). Melden Sie sich stattdessen mit Ihrem Webbrowser an oder installieren Sie die Anwendung neu.</translation>
    </message>
    <message>
        <source>&amp;Get help</source>
        <extracomment>Opens the vendor&apos;s support page in the web browser</extracomment>
        <translation>&amp;Hilfe erhalten</translation>
    </message>
    <message>
        <source>Opens the support page of %1 in your web browser.</source>
        <translation>Öffnet die Supportseite von %1 in Ihrem Webbrowser.</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation>&amp;Ja</translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation>&amp;Nein</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Hilfe</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Wiederholen</translation>
    </message>
</context>
<context>
    <name>keywayctl</name>
    <message>
        <source>file</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>The folder holding the stored licenses.</source>
        <translation>Der Ordner mit den gespeicherten Lizenzen.</translation>
    </message>
    <message>
        <source>dir</source>
        <translation>Ordner</translation>
    </message>
    <message>
        <source>No command given.</source>
        <translation>Kein Befehl angegeben.</translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;. Run keywayctl --help for the list of commands.</source>
        <translation>Unbekannter Befehl „%1“. Mit keywayctl --help erhalten Sie eine Liste der Befehle.</translation>
    </message>
    <message>
        <source>The command.</source>
        <translation>Der Befehl.</translation>
    </message>
    <message>
        <source>Cannot use the vendor configuration %1: %2</source>
        <translation>Die Herstellerkonfiguration %1 kann nicht verwendet werden: %2</translation>
    </message>
    <message>
        <source>This computer&apos;s device id cannot be determined: there is no machine id and the folder %1 cannot be written.</source>
        <translation>Die Geräte-ID dieses Computers kann nicht ermittelt werden: Es gibt keine Maschinen-ID, und in den Ordner %1 kann nicht geschrieben werden.</translation>
    </message>
    <message>
        <source>%1 by %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <source>Account: %1</source>
        <translation>Konto: %1</translation>
    </message>
    <message>
        <source>not signed in</source>
        <translation>nicht angemeldet</translation>
    </message>
    <message>
        <source>Also say what the device id is made of.</source>
        <translation>Zusätzlich erklären, woraus die Geräte-ID gebildet wird.</translation>
    </message>
    <message>
        <source>Device id: %1</source>
        <translation>Geräte-ID: %1</translation>
    </message>
    <message>
        <source>Check an activation code&apos;s form and check symbol locally; nothing is sent. Prints the code in its canonical form.</source>
        <translation>Format und Prüfzeichen eines Aktivierungscodes lokal prüfen; es wird nichts gesendet. Gibt den Code in seiner Standardform aus.</translation>
    </message>
    <message>
        <source>The activation code.</source>
        <translation>Der Aktivierungscode.</translation>
    </message>
    <message>
        <source>check-code needs the activation code, e.g. keywayctl check-code KWPWK-3DEGZ-DPCF5-4ERF5-DHQDA</source>
        <translation>Der Befehl check-code benötigt den Aktivierungscode, z. B. keywayctl check-code KWPWK-3DEGZ-DPCF5-4ERF5-DHQDA</translation>
    </message>
    <message>
        <source>%1: unexpected argument &quot;%2&quot;.</source>
        <translation>%1: Unerwartetes Argument „%2“.</translation>
    </message>
    <message>
        <source>Print the id this computer&apos;s licenses are bound to. An administrator downloads license tokens for air-gapped computers with it.</source>
        <translation>Die ID ausgeben, an die die Lizenzen dieses Computers gebunden sind. Damit lädt ein Administrator Lizenztoken für Computer ohne Netzwerkverbindung herunter.</translation>
    </message>
    <message>
        <source>Store license tokens from a file, for computers without internet access: an administrator downloads them for this computer&apos;s device id (keywayctl device-id). Every token is verified like one from the server; if any is refused, nothing is stored.</source>
        <translation>Lizenztoken aus einer Datei speichern, für Computer ohne Internetzugang: Ein Administrator lädt sie für die Geräte-ID dieses Computers herunter (keywayctl device-id). Jedes Token wird wie ein Token vom Server geprüft; wird eines abgelehnt, wird nichts gespeichert.</translation>
    </message>
    <message>
        <source>A file with one or more license tokens (compact JWS), separated by line breaks, spaces or &apos;&amp;&apos;.</source>
        <translation>Eine Datei mit einem oder mehreren Lizenztoken (Compact JWS), getrennt durch Zeilenumbrüche, Leerzeichen oder &apos;&amp;&apos;.</translation>
    </message>
    <message>
        <source>import needs the file with the license tokens.</source>
        <translation>Der Befehl import benötigt die Datei mit den Lizenztoken.</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n license token(s).</source>
        <translation>
            <numerusform>%n Lizenztoken importiert.</numerusform>
            <numerusform>%n Lizenztoken importiert.</numerusform>
        </translation>
    </message>
    <message>
        <source>Print the report as JSON.</source>
        <translation>Den Bericht als JSON ausgeben.</translation>
    </message>
    <message>
        <source>Print a report for the vendor&apos;s support: versions, the configuration, the license states and the last errors. It holds no token, code, password, e-mail address or account id; identifiers appear as short fingerprints.</source>
        <translation>Einen Bericht für den Support des Herstellers ausgeben: Versionen, Konfiguration, Lizenzstatus und die letzten Fehler. Er enthält keine Token, Codes, Passwörter, E-Mail-Adressen oder Konto-IDs; Kennungen erscheinen als kurze Fingerabdrücke.</translation>
    </message>
    <message>
        <source>Support report (no secrets; identifiers are fingerprints):</source>
        <translation>Supportbericht (ohne vertrauliche Daten; Kennungen sind Fingerabdrücke):</translation>
    </message>
    <message>
        <source>Verify the stored licenses without any network or keychain access.</source>
        <translation>Die gespeicherten Lizenzen ohne Netzwerk- oder Schlüsselbundzugriff prüfen.</translation>
    </message>
    <message>
        <source>Print the result as JSON (schema in docs/licensing.md).</source>
        <translation>Das Ergebnis als JSON ausgeben (Schema in docs/licensing.md).</translation>
    </message>
    <message>
        <source>Verify the licenses stored on this computer and list each licensed item with its state and the reason. Without --offline, queued releases are sent and due renewals done first.</source>
        <translation>Die auf diesem Computer gespeicherten Lizenzen prüfen und jedes lizenzierte Element mit Status und Grund auflisten. Ohne --offline werden zuerst vorgemerkte Freigaben gesendet und fällige Erneuerungen durchgeführt.</translation>
    </message>
    <message>
        <source>The command &quot;%1&quot; needs the license server, but keywayctl&apos;s online part (%2) could not be loaded: %3. Reinstall the product; the commands that work offline are not affected.</source>
        <translation>Der Befehl „%1“ benötigt den Lizenzserver, aber der Online-Teil von keywayctl (%2) konnte nicht geladen werden: %3. Installieren Sie das Produkt neu; die Befehle, die ohne Netzwerk funktionieren, sind nicht betroffen.</translation>
    </message>
    <message>
        <source>not found in %1</source>
        <translation>nicht gefunden in %1</translation>
    </message>
    <message numerus="yes">
        <source>The queued release of %n lease(s) could not be sent yet: %1</source>
        <translation>
            <numerusform>Die vorgemerkte Freigabe von %n Zuteilung konnte noch nicht gesendet werden: %1</numerusform>
            <numerusform>Die vorgemerkte Freigabe von %n Zuteilungen konnte noch nicht gesendet werden: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Sent the queued release of %n lease(s).</source>
        <translation>
            <numerusform>Die vorgemerkte Freigabe von %n Zuteilung wurde gesendet.</numerusform>
            <numerusform>Die vorgemerkte Freigabe von %n Zuteilungen wurde gesendet.</numerusform>
        </translation>
    </message>
    <message>
        <source>Only renew leases past their renewal time.</source>
        <translation>Nur Zuteilungen erneuern, deren Erneuerungszeitpunkt überschritten ist.</translation>
    </message>
    <message>
        <source>Print nothing on success.</source>
        <translation>Bei Erfolg nichts ausgeben.</translation>
    </message>
    <message>
        <source>Renew this computer&apos;s leases at the license server now, then show the status. Needs a signed-in session (keywayctl login).</source>
        <translation>Die Zuteilungen dieses Computers jetzt beim Lizenzserver erneuern und dann den Status anzeigen. Erfordert eine angemeldete Sitzung (keywayctl login).</translation>
    </message>
    <message>
        <source>The licenses could not be renewed: %1</source>
        <translation>Die Lizenzen konnten nicht erneuert werden: %1</translation>
    </message>
    <message>
        <source>Next attempt after %1.</source>
        <translation>Nächster Versuch nach %1.</translation>
    </message>
    <message>
        <source>Deactivate this computer: release its leases at the license server so that the seats are free at once, and remove the local licenses. Offline, the release is queued and sent by the next online command.</source>
        <translation>Diesen Computer deaktivieren: Seine Zuteilungen beim Lizenzserver freigeben, damit die Lizenzplätze sofort frei werden, und die lokalen Lizenzen entfernen. Offline wird die Freigabe vorgemerkt und mit dem nächsten Online-Befehl gesendet.</translation>
    </message>
    <message>
        <source>Removed the licenses from this computer.</source>
        <translation>Die Lizenzen wurden von diesem Computer entfernt.</translation>
    </message>
    <message numerus="yes">
        <source>Released %n lease(s) at the license server.</source>
        <translation>
            <numerusform>%n Zuteilung beim Lizenzserver freigegeben.</numerusform>
            <numerusform>%n Zuteilungen beim Lizenzserver freigegeben.</numerusform>
        </translation>
    </message>
    <message>
        <source>The release will be sent at the next online command (keywayctl refresh, status or login).</source>
        <translation>Die Freigabe wird mit dem nächsten Online-Befehl gesendet (keywayctl refresh, status oder login).</translation>
    </message>
    <message>
        <source>Sign in first: keywayctl login</source>
        <translation>Melden Sie sich zuerst an: keywayctl login</translation>
    </message>
    <message>
        <source>&quot;system&quot; opens the sign-in page in the default browser; &quot;none&quot; only prints its address.</source>
        <translation>„system“ öffnet die Anmeldeseite im Standardbrowser; „none“ gibt nur ihre Adresse aus.</translation>
    </message>
    <message>
        <source>mode</source>
        <translation>Modus</translation>
    </message>
    <message>
        <source>Sign in with the system browser, keep the session in the keychain and check out this computer&apos;s licenses.</source>
        <translation>Mit dem Systembrowser anmelden, die Sitzung im Schlüsselbund speichern und die Lizenzen dieses Computers abrufen.</translation>
    </message>
    <message>
        <source>--browser must be &quot;system&quot; or &quot;none&quot;.</source>
        <translation>--browser muss „system“ oder „none“ sein.</translation>
    </message>
    <message>
        <source>The vendor configuration has no loopback redirect URI (redirectUris.loopback), which signing in from the command line needs.</source>
        <translation>Die Herstellerkonfiguration enthält keine Loopback-Weiterleitungs-URI (redirectUris.loopback), die für die Anmeldung über die Befehlszeile erforderlich ist.</translation>
    </message>
    <message>
        <source>Open this address in a browser to sign in:</source>
        <translation>Öffnen Sie diese Adresse in einem Browser, um sich anzumelden:</translation>
    </message>
    <message>
        <source>Signed in as %1.</source>
        <translation>Angemeldet als %1.</translation>
    </message>
    <message>
        <source>(The queued release stays queued.)</source>
        <translation>(Die vorgemerkte Freigabe bleibt vorgemerkt.)</translation>
    </message>
    <message>
        <source>Sign out: revoke the session at the provider and remove it from the keychain. The licenses stay on this computer until their leases end; use keywayctl release to deactivate.</source>
        <translation>Abmelden: Die Sitzung beim Anmeldedienst widerrufen und aus dem Schlüsselbund entfernen. Die Lizenzen bleiben auf diesem Computer, bis ihre Zuteilungen enden; zum Deaktivieren keywayctl release verwenden.</translation>
    </message>
    <message>
        <source>Signed out.</source>
        <translation>Abgemeldet.</translation>
    </message>
    <message numerus="yes">
        <source>%n lease release(s) are waiting to be sent to the server.</source>
        <translation>
            <numerusform>%n Freigabe einer Lizenzzuteilung wartet darauf, an den Server gesendet zu werden.</numerusform>
            <numerusform>%n Freigaben von Lizenzzuteilungen warten darauf, an den Server gesendet zu werden.</numerusform>
        </translation>
    </message>
    <message>
        <source>Notice: your sign-in is kept in the file %1, which only your user account can read, instead of the system keychain, as this product&apos;s settings allow. Anyone with access to your files can use it.</source>
        <translation>Hinweis: Ihre Anmeldung wird nicht im Schlüsselbund des Systems, sondern in der Datei %1 gespeichert, die nur Ihr Benutzerkonto lesen kann; die Einstellungen dieses Produkts erlauben das. Jeder, der Zugriff auf Ihre Dateien hat, kann sie verwenden.</translation>
    </message>
    <message>
        <source>(Why the keychain was not used: %1.)</source>
        <translation>(Warum der Schlüsselbund nicht verwendet wurde: %1.)</translation>
    </message>
    <message>
        <source>A redemption of an activation code is pending (started %1): run keywayctl redeem to finish it.</source>
        <translation>Die Einlösung eines Aktivierungscodes steht noch aus (begonnen: %1): Führen Sie keywayctl redeem aus, um sie abzuschließen.</translation>
    </message>
    <message>
        <source>at an unknown time</source>
        <translation>Zeitpunkt unbekannt</translation>
    </message>
    <message>
        <source>Redeem an activation code for the signed-in account and check out its licenses for this computer. The code is kept in the keychain until its licenses are stored: without CODE, a redemption that was interrupted (a crash, a lost connection) is finished with the same request, and the code is never consumed twice.</source>
        <translation>Einen Aktivierungscode für das angemeldete Konto einlösen und seine Lizenzen für diesen Computer abrufen. Der Code bleibt im Schlüsselbund, bis seine Lizenzen gespeichert sind: Ohne CODE wird eine unterbrochene Einlösung (Absturz, Verbindungsabbruch) mit derselben Anfrage abgeschlossen, und der Code wird nie zweimal verbraucht.</translation>
    </message>
    <message>
        <source>The redemption is kept in the keychain: run keywayctl redeem without the code to finish it; the code will not be consumed twice.</source>
        <translation>Die Einlösung bleibt im Schlüsselbund gespeichert: Führen Sie keywayctl redeem ohne den Code aus, um sie abzuschließen; der Code wird nicht zweimal verbraucht.</translation>
    </message>
    <message>
        <source>Finishing the redemption started %1.</source>
        <translation>Die am %1 begonnene Einlösung wird abgeschlossen.</translation>
    </message>
    <message>
        <source>Finished the pending redemption.</source>
        <translation>Die ausstehende Einlösung wurde abgeschlossen.</translation>
    </message>
    <message>
        <source>A settings file (client-config.json) that changes where to connect; the license keys stay those built into the product.</source>
        <translation>Eine Einstellungsdatei (client-config.json), die ändert, wohin verbunden wird; die Lizenzschlüssel bleiben die im Produkt eingebauten.</translation>
    </message>
    <message>
        <source>A redemption of an activation code is pending (entered by %1, started %2): run keywayctl redeem while signed in as %1 to finish it.</source>
        <translation>Die Einlösung eines Aktivierungscodes steht noch aus (eingegeben von %1, begonnen: %2): Führen Sie keywayctl redeem aus, während Sie als %1 angemeldet sind, um sie abzuschließen.</translation>
    </message>
    <message>
        <source>To finish it: keywayctl login, and sign in with that account. To discard it: keywayctl redeem --discard (the code is not consumed).</source>
        <translation>Zum Abschließen: keywayctl login, und melden Sie sich mit diesem Konto an. Zum Verwerfen: keywayctl redeem --discard (der Code wird nicht verbraucht).</translation>
    </message>
    <message>
        <source>Discard the pending redemption instead of finishing it; the code stays unused at the license server and can be entered again.</source>
        <translation>Die ausstehende Einlösung verwerfen, statt sie abzuschließen; der Code bleibt beim Lizenzserver unbenutzt und kann erneut eingegeben werden.</translation>
    </message>
    <message>
        <source>redeem --discard takes no code.</source>
        <translation>redeem --discard nimmt keinen Code an.</translation>
    </message>
    <message>
        <source>The pending redemption was discarded; its code was not consumed.</source>
        <translation>Die ausstehende Einlösung wurde verworfen; ihr Code wurde nicht verbraucht.</translation>
    </message>
    <message>
        <source>&quot;-&quot;: read the activation code from standard input (one line), so that it stays out of the shell history and the process list.</source>
        <translation>&quot;-&quot;: den Aktivierungscode von der Standardeingabe lesen (eine Zeile), damit er nicht im Shell-Verlauf und in der Prozessliste erscheint.</translation>
    </message>
    <message>
        <source>The activation code (for scripts; --code - or the prompt keep it off the command line); omit it to finish a pending redemption or to be asked for it.</source>
        <translation>Der Aktivierungscode (für Skripte; --code - oder die Eingabeaufforderung halten ihn von der Befehlszeile fern); weglassen, um eine offene Einlösung abzuschließen oder danach gefragt zu werden.</translation>
    </message>
    <message>
        <source>redeem: --code takes only &quot;-&quot; (the code then comes from standard input), never the code itself.</source>
        <translation>redeem: --code nimmt nur &quot;-&quot; an (der Code kommt dann von der Standardeingabe), nie den Code selbst.</translation>
    </message>
    <message>
        <source>redeem: no activation code on standard input.</source>
        <translation>redeem: kein Aktivierungscode auf der Standardeingabe.</translation>
    </message>
    <message>
        <source>Activation code: </source>
        <translation>Aktivierungscode: </translation>
    </message>
    <message>
        <source>No redemption is pending: redeem needs the activation code (typed at the prompt, or on standard input with --code -).</source>
        <translation>Keine Einlösung ist offen: redeem braucht den Aktivierungscode (an der Eingabeaufforderung eingegeben oder mit --code - von der Standardeingabe).</translation>
    </message>
    <message>
        <source>When something fails, also print the technical reason.</source>
        <translation>Wenn etwas fehlschlägt, auch den technischen Grund ausgeben.</translation>
    </message>
    <message>
        <source>Details: %1 (%2)</source>
        <translation>Details: %1 (%2)</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>Reference: %1</source>
        <translation>Referenz: %1</translation>
    </message>
    <message>
        <source>Notice: the sign-in service did not allow a lasting session. This sign-in ends at %1; sign in again after that to renew the licenses.</source>
        <translation>Hinweis: Der Anmeldedienst hat keine dauerhafte Sitzung erlaubt. Diese Anmeldung endet am %1; melden Sie sich danach erneut an, um die Lizenzen zu erneuern.</translation>
    </message>
    <message>
        <source>status, device-id, import, diagnose, check-code, login, redeem, refresh, release, logout or devices.</source>
        <translation>status, device-id, import, diagnose, check-code, login, redeem, refresh, release, logout oder devices.</translation>
    </message>
    <message>
        <source>Print the list as JSON.</source>
        <translation>Die Liste als JSON ausgeben.</translation>
    </message>
    <message>
        <source>List the computers your licenses are in use on, with the seats of each license. &quot;devices release ID&quot; removes a computer from your account (its seats are free at once; it works offline only until its current lease ends), &quot;devices rename NAME&quot; renames this computer. Needs a signed-in session (keywayctl login).</source>
        <translation>Die Computer auflisten, auf denen Ihre Lizenzen verwendet werden, mit den Plätzen jeder Lizenz. &quot;devices release ID&quot; entfernt einen Computer aus Ihrem Konto (seine Plätze sind sofort frei; er funktioniert offline nur noch bis zum Ende seiner aktuellen Ausleihe), &quot;devices rename NAME&quot; benennt diesen Computer um. Erfordert eine angemeldete Sitzung (keywayctl login).</translation>
    </message>
    <message>
        <source>Optional: release ID, or rename NAME.</source>
        <translation>Optional: release ID oder rename NAME.</translation>
    </message>
    <message>
        <source>Usage: keywayctl devices [--json] | devices release ID | devices rename NAME</source>
        <translation>Aufruf: keywayctl devices [--json] | devices release ID | devices rename NAME</translation>
    </message>
    <message>
        <source>--json only goes with the list.</source>
        <translation>--json gilt nur für die Liste.</translation>
    </message>
    <message>
        <source>The list of your computers could not be fetched: %1</source>
        <translation>Die Liste Ihrer Computer konnte nicht abgerufen werden: %1</translation>
    </message>
    <message>
        <source>No computer uses your licenses yet.</source>
        <translation>Noch kein Computer verwendet Ihre Lizenzen.</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(kein Name)</translation>
    </message>
    <message>
        <source>%1 (this computer)</source>
        <translation>%1 (dieser Computer)</translation>
    </message>
    <message>
        <source>last used %1</source>
        <translation>zuletzt verwendet am %1</translation>
    </message>
    <message>
        <source>removed from your account on %1</source>
        <translation>am %1 aus Ihrem Konto entfernt</translation>
    </message>
    <message>
        <source>uses %1 until %2</source>
        <translation>verwendet %1 bis %2</translation>
    </message>
    <message>
        <source>%1: seats in use: %2 of %3.</source>
        <translation>%1: belegte Plätze: %2 von %3.</translation>
    </message>
    <message>
        <source>No more computers can be removed from it until %1.</source>
        <translation>Bis %1 können keine weiteren Computer daraus entfernt werden.</translation>
    </message>
    <message>
        <source>Computers that can still be removed from it within 30 days: %1.</source>
        <translation>Computer, die innerhalb von 30 Tagen noch daraus entfernt werden können: %1.</translation>
    </message>
    <message>
        <source>The computer could not be removed from your account: %1</source>
        <translation>Der Computer konnte nicht aus Ihrem Konto entfernt werden: %1</translation>
    </message>
    <message>
        <source>Removed &quot;%1&quot; from your account: its seats are free now. It works offline only until its current lease ends.</source>
        <translation>&quot;%1&quot; wurde aus Ihrem Konto entfernt: Seine Plätze sind jetzt frei. Er funktioniert offline nur noch bis zum Ende seiner aktuellen Ausleihe.</translation>
    </message>
    <message>
        <source>This computer could not be renamed: %1</source>
        <translation>Dieser Computer konnte nicht umbenannt werden: %1</translation>
    </message>
    <message>
        <source>This computer is now called &quot;%1&quot; in your account.</source>
        <translation>Dieser Computer heißt in Ihrem Konto jetzt &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Checks and manages this product&apos;s activation.

Commands that work offline:
  status [--offline] [--json]  Verify the stored licenses on this computer.
  device-id [--explain]        Print this computer&apos;s device id.
  import FILE                  Store license tokens an administrator downloaded for
                               this device id (air-gapped computers).
  diagnose                     Print a report for support, without secrets.
  check-code CODE              Check the form of an activation code.
Commands that need the license server:
  login [--browser=system|none]  Sign in.
  redeem [--code -]            Redeem an activation code (typed at the prompt, or read
                               from standard input with --code -) and check out its
                               licenses; finishes an interrupted redemption first.
  refresh                      Renew the leases now.
  release                      Release this computer&apos;s leases (deactivate); queued
                               when offline.
  logout                       Sign out and forget the session.
  devices [--json]             List the computers using your licenses; &quot;devices
                               release ID&quot; removes one, &quot;devices rename NAME&quot;
                               renames this one.
Run &quot;keywayctl COMMAND --help&quot; for a command&apos;s options.

Exit codes:
  0  success; for status: every licensed item is valid
  1  some item is not licensed, has expired or is damaged; a token or code was refused
  2  usage or configuration error
  3  the license server could not be reached or answered with an error
  4  not signed in, the session has ended, or the keychain failed
  5  a local file could not be read or written

Environment: KEYWAY_CONFIG (a settings file for where to connect, unless --config is given; never the license keys), KEYWAY_DATA_DIR (the license folder, unless --data-dir is given).</source>
        <translation>Prüft und verwaltet die Aktivierung dieses Produkts.

Befehle, die ohne Netzwerk funktionieren:
  status [--offline] [--json]  Die gespeicherten Lizenzen auf diesem Computer prüfen.
  device-id [--explain]        Die Geräte-ID dieses Computers ausgeben.
  import FILE                  Lizenztoken speichern, die ein Administrator für diese
                               Geräte-ID heruntergeladen hat (Computer ohne Netzwerk).
  diagnose                     Einen Supportbericht ohne vertrauliche Daten ausgeben.
  check-code CODE              Das Format eines Aktivierungscodes prüfen.
Befehle, die den Lizenzserver benötigen:
  login [--browser=system|none]  Anmelden.
  redeem [--code -]            Einen Aktivierungscode einlösen (an der Eingabeaufforderung
                               oder mit --code - von der Standardeingabe) und die Lizenzen
                               abrufen; schließt zuerst eine unterbrochene Einlösung ab.
  refresh                      Die Zuteilungen jetzt erneuern.
  release                      Die Zuteilungen dieses Computers freigeben (deaktivieren);
                               ohne Netzwerk wird die Freigabe vorgemerkt.
  logout                       Abmelden und die Sitzung verwerfen.
  devices [--json]             Die Computer auflisten, die Ihre Lizenzen verwenden;
                               &quot;devices release ID&quot; entfernt einen, &quot;devices rename
                               NAME&quot; benennt diesen um.
Mit „keywayctl COMMAND --help“ werden die Optionen eines Befehls angezeigt.

Exit-Codes:
  0  Erfolg; bei status: Alle lizenzierten Elemente sind gültig
  1  Ein Element ist nicht lizenziert, abgelaufen oder beschädigt; ein Token oder
     Code wurde abgelehnt
  2  Aufruf- oder Konfigurationsfehler
  3  Der Lizenzserver war nicht erreichbar oder hat mit einem Fehler geantwortet
  4  Nicht angemeldet, die Sitzung ist beendet, oder Fehler beim Schlüsselbund
  5  Eine lokale Datei konnte nicht gelesen oder geschrieben werden

Umgebung: KEYWAY_CONFIG (eine Einstellungsdatei dafür, wohin verbunden wird, sofern --config nicht angegeben ist; nie die Lizenzschlüssel), KEYWAY_DATA_DIR (der Lizenzordner, sofern --data-dir nicht angegeben ist).</translation>
    </message>
    <message>
        <source>Your account has no license for %1 yet. If you have an activation code, redeem it: keywayctl redeem</source>
        <translation>Ihr Konto hat noch keine Lizenz für %1. Wenn Sie einen Aktivierungscode haben, lösen Sie ihn ein: keywayctl redeem</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>file</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>Where the licenses are kept (default: $KEYWAY_DATA_DIR, else the application data folder).</source>
        <translation>Ordner, in dem die Lizenzen gespeichert werden (Standard: $KEYWAY_DATA_DIR, sonst der Datenordner der Anwendung).</translation>
    </message>
    <message>
        <source>directory</source>
        <translation>Ordner</translation>
    </message>
    <message>
        <source>Activates this product on this computer.</source>
        <translation>Aktiviert dieses Produkt auf diesem Computer.</translation>
    </message>
    <message>
        <source>Activation</source>
        <translation>Aktivierung</translation>
    </message>
    <message>
        <source>%1 activation</source>
        <translation>%1 – Aktivierung</translation>
    </message>
    <message>
        <source>The language of the window and the sign-in page, e.g. &quot;fi&quot; (default: the system&apos;s).</source>
        <translation>Die Sprache des Fensters und der Anmeldeseite, z. B. „de“ (Standard: die des Systems).</translation>
    </message>
    <message>
        <source>language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>Your sign-in is kept in the file %1, which only your user account can read, because the system keychain cannot be used. Anyone with access to your files can use it.</source>
        <translation>Ihre Anmeldung wird in der Datei %1 aufbewahrt, die nur Ihr Benutzerkonto lesen kann, weil der Schlüsselbund des Systems nicht verwendet werden kann. Wer Zugriff auf Ihre Dateien hat, kann sie verwenden.</translation>
    </message>
    <message>
        <source>A settings file that changes where to connect (default: $KEYWAY_CONFIG); the license keys stay the built-in ones.</source>
        <translation>Eine Einstellungsdatei, die ändert, wohin verbunden wird (Standard: $KEYWAY_CONFIG); die Lizenzschlüssel bleiben die eingebauten.</translation>
    </message>
    <message>
        <source>Discard the waiting code</source>
        <translation>Wartenden Code verwerfen</translation>
    </message>
    <message>
        <source>Keep it for %1</source>
        <translation>Für %1 aufbewahren</translation>
    </message>
</context>
</TS>
