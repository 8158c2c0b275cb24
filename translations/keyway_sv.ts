<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sv_SE">
<context>
    <name>Keyway::ActionProgress</name>
    <message>
        <source>Working</source>
        <translation>Arbetar</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <source>Stops renewing the licenses.</source>
        <translation>Avbryter förnyelsen av licenserna.</translation>
    </message>
</context>
<context>
    <name>Keyway::ActivateJob</name>
    <message>
        <source>Your account has no license for %1. If you have an activation code, enter it; otherwise sign in with the account you bought the product with.</source>
        <translation>Ditt konto har ingen licens för %1. Om du har en aktiveringskod anger du den; annars loggar du in med kontot som du köpte produkten med.</translation>
    </message>
</context>
<context>
    <name>Keyway::Activation</name>
    <message>
        <source>The sign-in was refused. %1</source>
        <translation>Inloggningen nekades. %1</translation>
    </message>
    <message>
        <source>No system keychain can be reached because this session has no D-Bus session bus, so your sign-in cannot be kept. Run the command inside a desktop session (or a D-Bus session with a keychain such as GNOME Keyring), then try again.</source>
        <translation>Det går inte att nå någon nyckelring i systemet eftersom den här sessionen saknar en D-Bus-sessionsbuss, så din inloggning kan inte sparas. Kör kommandot i en skrivbordssession (eller i en D-Bus-session med en nyckelring som GNOME Keyring) och försök sedan igen.</translation>
    </message>
    <message>
        <source>No system keychain is running (no Secret Service such as GNOME Keyring or KWallet), so your sign-in cannot be kept. Install or start one, then try again.</source>
        <translation>Ingen nyckelring körs i systemet (ingen Secret Service-tjänst som GNOME Keyring eller KWallet), så din inloggning kan inte sparas. Installera eller starta en och försök sedan igen.</translation>
    </message>
    <message>
        <source>The system keychain is locked, so your sign-in cannot be read or kept. Unlock it (for example by signing in to the desktop again, or in your keychain manager), then try again.</source>
        <translation>Systemets nyckelring är låst, så din inloggning kan inte läsas eller sparas. Lås upp den (till exempel genom att logga in på skrivbordet igen eller i programmet som hanterar nyckelringen) och försök sedan igen.</translation>
    </message>
    <message>
        <source>The system keychain has no default keyring to keep your sign-in in. Create one (for example in GNOME&apos;s Passwords and Keys), then try again.</source>
        <translation>Systemets nyckelring har ingen standardnyckelring att spara din inloggning i. Skapa en (till exempel i GNOME:s Lösenord och nycklar) och försök sedan igen.</translation>
    </message>
    <message>
        <source>The system keychain reported an error and your sign-in could not be kept. Restarting the keychain service (or signing out of the desktop and in again) usually helps; then try again.</source>
        <translation>Systemets nyckelring rapporterade ett fel och din inloggning kunde inte sparas. Det brukar hjälpa att starta om nyckelringstjänsten (eller logga ut från skrivbordet och logga in igen); försök sedan igen.</translation>
    </message>
    <message numerus="yes">
        <source>The system keychain did not answer within %n second(s). It is probably locked and waiting for its password in a window nobody can see. Unlock it (for example by signing in to the desktop again), then try again.</source>
        <translation>
            <numerusform>Systemets nyckelring svarade inte inom %n sekund. Den är förmodligen låst och väntar på sitt lösenord i ett fönster som ingen kan se. Lås upp den (till exempel genom att logga in på skrivbordet igen) och försök sedan igen.</numerusform>
            <numerusform>Systemets nyckelring svarade inte inom %n sekunder. Den är förmodligen låst och väntar på sitt lösenord i ett fönster som ingen kan se. Lås upp den (till exempel genom att logga in på skrivbordet igen) och försök sedan igen.</numerusform>
        </translation>
    </message>
    <message>
        <source>The sign-in service is not set up securely: it sends this product to an address without https (%1). Nothing was sent. Contact the product&apos;s vendor.</source>
        <translation>Inloggningstjänsten är inte säkert konfigurerad: den skickar produkten till en adress utan https (%1). Ingenting skickades. Kontakta produktens leverantör.</translation>
    </message>
    <message>
        <source>The product&apos;s settings name a file of extra CA certificates (%1) that cannot be used: %2. Correct or remove &quot;extraCaCertificates&quot; in the product&apos;s settings, or ask your administrator.</source>
        <translation>Produktens inställningar anger en fil med extra CA-certifikat (%1) som inte kan användas: %2. Rätta eller ta bort ”extraCaCertificates” i produktens inställningar eller fråga din administratör.</translation>
    </message>
    <message>
        <source>it holds no PEM certificate</source>
        <translation>den innehåller inget PEM-certifikat</translation>
    </message>
    <message>
        <source>its certificates have expired</source>
        <translation>dess certifikat har gått ut</translation>
    </message>
    <message>
        <source>The connection to the activation service was refused: the server&apos;s certificate is not trusted by this computer. If your network inspects encrypted connections (a company proxy or security software), ask your administrator for its CA certificate and add it to the product&apos;s settings as &quot;extraCaCertificates&quot;. Otherwise someone may be intercepting the connection: do not continue on this network.</source>
        <translation>Anslutningen till aktiveringstjänsten avvisades: den här datorn litar inte på serverns certifikat. Om ditt nätverk granskar krypterade anslutningar (en företagsproxy eller säkerhetsprogramvara), be din administratör om dess CA-certifikat och lägg till det i produktens inställningar som ”extraCaCertificates”. Annars kan någon avlyssna anslutningen: fortsätt inte på det här nätverket.</translation>
    </message>
    <message>
        <source>The connection to the activation service was refused: the server&apos;s certificate belongs to another server. Check your proxy settings; someone may be intercepting the connection.</source>
        <translation>Anslutningen till aktiveringstjänsten avvisades: serverns certifikat tillhör en annan server. Kontrollera proxyinställningarna; någon kan avlyssna anslutningen.</translation>
    </message>
    <message>
        <source>The connection to the activation service was refused: the server&apos;s certificate has been revoked. Try again later or contact support.</source>
        <translation>Anslutningen till aktiveringstjänsten avvisades: serverns certifikat har återkallats. Försök igen senare eller kontakta supporten.</translation>
    </message>
    <message>
        <source>The connection to the activation service was refused: the server&apos;s certificate is expired or not valid yet. Check that this computer&apos;s date and time are correct.</source>
        <translation>Anslutningen till aktiveringstjänsten avvisades: serverns certifikat har gått ut eller är inte giltigt än. Kontrollera att datorns datum och tid är rätt inställda.</translation>
    </message>
</context>
<context>
    <name>Keyway::ActivationFlow</name>
    <message>
        <source>The sign-in page cannot be shown in this window. Sign in with your web browser instead.</source>
        <translation>Inloggningssidan kan inte visas i det här fönstret. Logga in med din webbläsare i stället.</translation>
    </message>
</context>
<context>
    <name>Keyway::ActivationWizard</name>
    <message>
        <source>Activate %1</source>
        <translation>Aktivera %1</translation>
    </message>
    <message>
        <source>Import license file</source>
        <translation>Importera licensfil</translation>
    </message>
    <message>
        <source>License files (*.jwt *.txt *.lic);;All files (*)</source>
        <translation>Licensfiler (*.jwt *.txt *.lic);;Alla filer (*)</translation>
    </message>
    <message>
        <source>The license file %1 was not imported: %2 Nothing was changed on this computer.</source>
        <translation>Licensfilen %1 importerades inte: %2 Ingenting ändrades på den här datorn.</translation>
    </message>
    <message>
        <source>Get help</source>
        <translation>Få hjälp</translation>
    </message>
    <message>
        <source>Address of the help page</source>
        <translation>Hjälpsidans adress</translation>
    </message>
</context>
<context>
    <name>Keyway::AddressToCopy</name>
    <message>
        <source>No browser could be opened. Open this address in a browser:</source>
        <translation>Ingen webbläsare kunde öppnas. Öppna den här adressen i en webbläsare:</translation>
    </message>
    <message>
        <source>C&amp;opy address</source>
        <translation>K&amp;opiera adressen</translation>
    </message>
</context>
<context>
    <name>Keyway::BrowserPage</name>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Tillbaka</translation>
    </message>
    <message>
        <source>Stop signing in and return to the activation code.</source>
        <translation>Avbryt inloggningen och gå tillbaka till aktiveringskoden.</translation>
    </message>
    <message>
        <source>Connecting to the sign-in page…</source>
        <translation>Ansluter till inloggningssidan…</translation>
    </message>
    <message>
        <source>Signing in at %1</source>
        <translation>Loggar in på %1</translation>
    </message>
</context>
<context>
    <name>Keyway::CodePage</name>
    <message>
        <source>Enter your activation code</source>
        <translation>Ange din aktiveringskod</translation>
    </message>
    <message>
        <source>Enter the activation code you received with your purchase. It has 25 characters in five groups of five.</source>
        <translation>Ange aktiveringskoden som du fick när du köpte produkten. Den har 25 tecken i fem grupper om fem.</translation>
    </message>
    <message>
        <source>&amp;Activation code:</source>
        <translation>&amp;Aktiveringskod:</translation>
    </message>
    <message>
        <source>Activation code</source>
        <translation>Aktiveringskod</translation>
    </message>
    <message>
        <source>25 characters in five groups of five; the dashes are added as you type.</source>
        <translation>25 tecken i fem grupper om fem; bindestrecken läggs till medan du skriver.</translation>
    </message>
    <message>
        <source>Problem with the activation code</source>
        <translation>Problem med aktiveringskoden</translation>
    </message>
    <message>
        <source>&amp;Create an account</source>
        <translation>&amp;Skapa ett konto</translation>
    </message>
    <message>
        <source>I already &amp;have an account</source>
        <translation>Jag har redan ett &amp;konto</translation>
    </message>
    <message>
        <source>Your account</source>
        <translation>Ditt konto</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Tillbaka</translation>
    </message>
    <message>
        <source>Returns to the choice of how to activate.</source>
        <translation>Går tillbaka till valet av hur du vill aktivera.</translation>
    </message>
    <message>
        <source>C&amp;ontinue</source>
        <translation>&amp;Fortsätt</translation>
    </message>
    <message>
        <source>Check group %1 of 5: %2</source>
        <translation>Kontrollera grupp %1 av 5: %2</translation>
    </message>
    <message>
        <source>The code is complete and correct.</source>
        <translation>Koden är fullständig och korrekt.</translation>
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
        <translation>Namnuppslagning (DNS)</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>Anslutning</translation>
    </message>
    <message>
        <source>Secure connection (TLS)</source>
        <translation>Säker anslutning (TLS)</translation>
    </message>
    <message>
        <source>Sign-in service</source>
        <translation>Inloggningstjänst</translation>
    </message>
    <message>
        <source>Not run yet</source>
        <translation>Inte körd än</translation>
    </message>
    <message>
        <source>Passed</source>
        <translation>Lyckades</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Misslyckades</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Hoppades över</translation>
    </message>
    <message>
        <source>Not checked, because an earlier step failed.</source>
        <translation>Kontrollerades inte eftersom ett tidigare steg misslyckades.</translation>
    </message>
    <message>
        <source>No proxy: this computer connects to the service directly.</source>
        <translation>Ingen proxy: den här datorn ansluter direkt till tjänsten.</translation>
    </message>
    <message>
        <source>Connections go through the proxy %1.</source>
        <translation>Anslutningarna går via proxyn %1.</translation>
    </message>
    <message>
        <source>If the next steps fail, check the proxy settings or ask your network administrator whether the proxy allows this service.</source>
        <translation>Om nästa steg misslyckas, kontrollera proxyinställningarna eller fråga nätverksadministratören om proxyn tillåter den här tjänsten.</translation>
    </message>
    <message>
        <source>Looking up %1 took too long.</source>
        <translation>Uppslagningen av %1 tog för lång tid.</translation>
    </message>
    <message>
        <source>The network&apos;s name server does not answer. Check that this computer is connected to the internet, or try another network.</source>
        <translation>Nätverkets namnserver svarar inte. Kontrollera att datorn är ansluten till internet eller prova ett annat nätverk.</translation>
    </message>
    <message>
        <source>The name %1 could not be found.</source>
        <translation>Namnet %1 hittades inte.</translation>
    </message>
    <message>
        <source>Check that this computer is connected to the internet. If other websites open, the network may block this service: ask your network administrator.</source>
        <translation>Kontrollera att datorn är ansluten till internet. Om andra webbplatser går att öppna kanske nätverket blockerar den här tjänsten: fråga nätverksadministratören.</translation>
    </message>
    <message>
        <source>%1 is at %2.</source>
        <translation>%1 har adressen %2.</translation>
    </message>
    <message>
        <source>No answer from %1.</source>
        <translation>Inget svar från %1.</translation>
    </message>
    <message>
        <source>A firewall may be dropping the connection silently. Ask your network administrator to allow it, or try another network.</source>
        <translation>En brandvägg kanske blockerar anslutningen utan att meddela det. Be nätverksadministratören att tillåta anslutningen eller prova ett annat nätverk.</translation>
    </message>
    <message>
        <source>Connected to %1.</source>
        <translation>Ansluten till %1.</translation>
    </message>
    <message>
        <source>The connection to %1 was refused.</source>
        <translation>Anslutningen till %1 nekades.</translation>
    </message>
    <message>
        <source>Nothing accepts connections there: the service may be down, or a firewall rejects the connection. Try again later, or ask your network administrator.</source>
        <translation>Ingenting tar emot anslutningar där: tjänsten kan vara nere, eller så avvisar en brandvägg anslutningen. Försök igen senare eller fråga nätverksadministratören.</translation>
    </message>
    <message>
        <source>%1 cannot be reached: %2</source>
        <translation>Det går inte att nå %1: %2</translation>
    </message>
    <message>
        <source>Check this computer&apos;s network connection. If it works for other services, a firewall may block this one: ask your network administrator.</source>
        <translation>Kontrollera datorns nätverksanslutning. Om den fungerar för andra tjänster kanske en brandvägg blockerar den här: fråga nätverksadministratören.</translation>
    </message>
    <message>
        <source>Not used: this service is reached without encryption (http).</source>
        <translation>Används inte: tjänsten nås utan kryptering (http).</translation>
    </message>
    <message>
        <source>This computer has no TLS support installed.</source>
        <translation>Det finns inget stöd för TLS installerat på den här datorn.</translation>
    </message>
    <message>
        <source>Reinstall the product or contact its vendor.</source>
        <translation>Installera om produkten eller kontakta leverantören.</translation>
    </message>
    <message>
        <source>The secure connection to %1 was not completed in time.</source>
        <translation>Den säkra anslutningen till %1 upprättades inte i tid.</translation>
    </message>
    <message>
        <source>Something between this computer and the service holds the connection. Try another network or ask your network administrator.</source>
        <translation>Något mellan datorn och tjänsten stoppar upp anslutningen. Prova ett annat nätverk eller fråga nätverksadministratören.</translation>
    </message>
    <message>
        <source>Secure connection to %1; its certificate is valid until %2.</source>
        <translation>Säker anslutning till %1; certifikatet är giltigt till %2.</translation>
    </message>
    <message>
        <source>The secure connection to %1 failed: %2</source>
        <translation>Den säkra anslutningen till %1 misslyckades: %2</translation>
    </message>
    <message>
        <source>The service or something on the way (a proxy, security software) broke off the encrypted connection. Try again later, or ask your network administrator.</source>
        <translation>Tjänsten eller något på vägen (en proxy, säkerhetsprogramvara) bröt den krypterade anslutningen. Försök igen senare eller fråga nätverksadministratören.</translation>
    </message>
    <message>
        <source>The certificate of %1 is not trusted: %2</source>
        <translation>Certifikatet för %1 är inte betrott: %2</translation>
    </message>
    <message>
        <source>If your network inspects encrypted connections (a company proxy or security software), ask your IT department to have its certificate added to this product&apos;s settings. Otherwise check that this computer&apos;s date and time are correct.</source>
        <translation>Om ditt nätverk granskar krypterade anslutningar (en företagsproxy eller säkerhetsprogramvara), be IT-avdelningen att lägga till dess certifikat i produktens inställningar. Kontrollera annars att datorns datum och tid är rätt inställda.</translation>
    </message>
    <message>
        <source>The network works, but the service has a problem, or something between this computer and the service (a proxy, a hotel or airport login page) changes its answers. Try again later; if it persists, contact support.</source>
        <translation>Nätverket fungerar, men tjänsten har problem, eller så ändrar något mellan datorn och tjänsten (en proxy, en inloggningssida på ett hotell eller en flygplats) tjänstens svar. Försök igen senare. Kontakta supporten om problemet kvarstår.</translation>
    </message>
    <message>
        <source>The sign-in service answered with an error (HTTP %1).</source>
        <translation>Inloggningstjänsten svarade med ett fel (HTTP %1).</translation>
    </message>
    <message>
        <source>The sign-in service did not answer: %1</source>
        <translation>Inloggningstjänsten svarade inte: %1</translation>
    </message>
    <message>
        <source>The sign-in service answered with something unexpected.</source>
        <translation>Inloggningstjänsten gav ett oväntat svar.</translation>
    </message>
    <message>
        <source>The sign-in service answered.</source>
        <translation>Inloggningstjänsten svarade.</translation>
    </message>
    <message>
        <source>%1 is an address: no name to look up.</source>
        <translation>%1 är en adress: inget namn att slå upp.</translation>
    </message>
</context>
<context>
    <name>Keyway::ConnectionTestDialog</name>
    <message>
        <source>Connection test</source>
        <translation>Anslutningstest</translation>
    </message>
</context>
<context>
    <name>Keyway::ConnectionTestPage</name>
    <message>
        <source>Connection test</source>
        <translation>Anslutningstest</translation>
    </message>
    <message>
        <source>Connection test results</source>
        <translation>Resultat av anslutningstestet</translation>
    </message>
    <message>
        <source>Each step on the way to the sign-in service, whether it passed, and what to do.</source>
        <translation>Varje steg på vägen till inloggningstjänsten, om det lyckades och vad du kan göra.</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Tillbaka</translation>
    </message>
    <message>
        <source>Returns to the error message.</source>
        <translation>Går tillbaka till felmeddelandet.</translation>
    </message>
    <message>
        <source>Test &amp;again</source>
        <translation>Testa &amp;igen</translation>
    </message>
    <message>
        <source>&amp;Network settings…</source>
        <translation>&amp;Nätverksinställningar…</translation>
    </message>
    <message>
        <source>Choose the proxy this program connects through.</source>
        <translation>Välj den proxy som programmet ansluter via.</translation>
    </message>
    <message>
        <source>Testing the connection to %1…</source>
        <translation>Testar anslutningen till %1…</translation>
    </message>
    <message>
        <source>The connection test found a problem. The failed step says what to do.</source>
        <translation>Anslutningstestet hittade ett problem. Vid steget som misslyckades står det vad du kan göra.</translation>
    </message>
    <message>
        <source>Every step passed: the sign-in service can be reached from this computer.</source>
        <translation>Alla steg lyckades: inloggningstjänsten kan nås från den här datorn.</translation>
    </message>
</context>
<context>
    <name>Keyway::DeviceListModel</name>
    <message>
        <source>Not used yet</source>
        <translation>Inte använd ännu</translation>
    </message>
    <message>
        <source>Last used today</source>
        <translation>Senast använd i dag</translation>
    </message>
    <message>
        <source>Last used yesterday</source>
        <translation>Senast använd i går</translation>
    </message>
    <message>
        <source>Last used on %1</source>
        <translation>Senast använd %1</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(inget namn)</translation>
    </message>
    <message>
        <source>%1 (this computer)</source>
        <translation>%1 (den här datorn)</translation>
    </message>
    <message>
        <source>Removed from your account on %1</source>
        <translation>Borttagen från ditt konto %1</translation>
    </message>
    <message>
        <source>This computer</source>
        <translation>Den här datorn</translation>
    </message>
    <message>
        <source>Uses %1</source>
        <translation>Använder %1</translation>
    </message>
    <message>
        <source>Uses no license now</source>
        <translation>Använder ingen licens just nu</translation>
    </message>
    <message>
        <source>%1. %2. %3.</source>
        <translation>%1. %2. %3.</translation>
    </message>
    <message>
        <source>No computer uses your licenses yet.</source>
        <translation>Ingen dator använder dina licenser ännu.</translation>
    </message>
    <message>
        <source>1 computer on your account.</source>
        <translation>1 dator på ditt konto.</translation>
    </message>
    <message>
        <source>%1 computers on your account.</source>
        <translation>%1 datorer på ditt konto.</translation>
    </message>
    <message>
        <source>%1: %2 of 1 computer in use.</source>
        <translation>%1: %2 av 1 dator används.</translation>
    </message>
    <message>
        <source>%1: %2 of %3 computers in use.</source>
        <translation>%1: %2 av %3 datorer används.</translation>
    </message>
    <message>
        <source>No more computers can be removed from it until %1.</source>
        <translation>Inga fler datorer kan tas bort från den förrän %1.</translation>
    </message>
    <message>
        <source>Remove “%1” from your account?</source>
        <translation>Ta bort ”%1” från ditt konto?</translation>
    </message>
    <message>
        <source>It keeps working offline until %1, then it needs to be activated again.</source>
        <translation>Den fungerar offline till %1 och måste sedan aktiveras igen.</translation>
    </message>
    <message>
        <source>It needs to be activated again to use your licenses.</source>
        <translation>Den måste aktiveras igen för att använda dina licenser.</translation>
    </message>
    <message>
        <source>“%1” stops using your licenses, and its seats are free at once for another computer. %2 Only a few computers can be removed within 30 days.</source>
        <translation>”%1” slutar använda dina licenser, och dess platser blir genast lediga för en annan dator. %2 Bara ett fåtal datorer kan tas bort inom 30 dagar.</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Ta bort</translation>
    </message>
    <message>
        <source>“%1” was removed from your account. Its seats are free now.</source>
        <translation>”%1” har tagits bort från ditt konto. Dess platser är nu lediga.</translation>
    </message>
    <message>
        <source>This computer is now called “%1” in your account.</source>
        <translation>Den här datorn heter nu ”%1” i ditt konto.</translation>
    </message>
</context>
<context>
    <name>Keyway::DeviceRenameJob</name>
    <message>
        <source>This computer is not on your account&apos;s list of computers yet. Activate the product here first.</source>
        <translation>Den här datorn finns ännu inte i listan över datorer i ditt konto. Aktivera produkten på den här datorn först.</translation>
    </message>
</context>
<context>
    <name>Keyway::DevicesWidget</name>
    <message>
        <source>Computers using your licenses</source>
        <translation>Datorer som använder dina licenser</translation>
    </message>
    <message>
        <source>See which computers use your licenses, rename this one, or remove one you no longer use.</source>
        <translation>Se vilka datorer som använder dina licenser, byt namn på den här eller ta bort en som du inte längre använder.</translation>
    </message>
    <message>
        <source>Computers on your account</source>
        <translation>Datorer på ditt konto</translation>
    </message>
    <message>
        <source>Computer</source>
        <translation>Dator</translation>
    </message>
    <message>
        <source>Last used</source>
        <translation>Senast använd</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>S&amp;how computers</source>
        <translation>&amp;Visa datorer</translation>
    </message>
    <message>
        <source>Asks the license server which computers use your licenses.</source>
        <translation>Frågar licensservern vilka datorer som använder dina licenser.</translation>
    </message>
    <message>
        <source>R&amp;ename this computer…</source>
        <translation>&amp;Byt namn på den här datorn…</translation>
    </message>
    <message>
        <source>The name this computer has in your account&apos;s list of computers.</source>
        <translation>Namnet som den här datorn har i ditt kontos lista över datorer.</translation>
    </message>
    <message>
        <source>Remo&amp;ve from account…</source>
        <translation>&amp;Ta bort från kontot…</translation>
    </message>
    <message>
        <source>Frees the seats of the computer chosen in the list, for example one that was sold, lost or reinstalled.</source>
        <translation>Frigör platserna för datorn som valts i listan, till exempel en som har sålts, förlorats eller installerats om.</translation>
    </message>
    <message>
        <source>Refres&amp;h the list</source>
        <translation>&amp;Uppdatera listan</translation>
    </message>
    <message>
        <source>Looking up the computers on your account…</source>
        <translation>Hämtar datorerna på ditt konto…</translation>
    </message>
    <message>
        <source>The list of computers could not be loaded: %1</source>
        <translation>Listan över datorer kunde inte läsas in: %1</translation>
    </message>
    <message>
        <source>Rename this computer</source>
        <translation>Byt namn på den här datorn</translation>
    </message>
    <message>
        <source>The name of this computer in your account:</source>
        <translation>Namnet på den här datorn i ditt konto:</translation>
    </message>
    <message>
        <source>Renaming this computer…</source>
        <translation>Byter namn på den här datorn…</translation>
    </message>
    <message>
        <source>This computer could not be renamed: %1</source>
        <translation>Den här datorn kunde inte byta namn: %1</translation>
    </message>
    <message>
        <source>Removing “%1” from your account…</source>
        <translation>Tar bort ”%1” från ditt konto…</translation>
    </message>
    <message>
        <source>“%1” could not be removed: %2</source>
        <translation>”%1” kunde inte tas bort: %2</translation>
    </message>
</context>
<context>
    <name>Keyway::FailureModel</name>
    <message>
        <source>The product could not be activated</source>
        <translation>Produkten kunde inte aktiveras</translation>
    </message>
    <message>
        <source>Sign in with a&amp;nother account</source>
        <translation>Logga in med ett &amp;annat konto</translation>
    </message>
    <message>
        <source>C&amp;hange the code</source>
        <translation>&amp;Ändra koden</translation>
    </message>
    <message>
        <source>Enter a co&amp;de</source>
        <translation>Ange en &amp;kod</translation>
    </message>
    <message>
        <source>A code entered by another account is waiting</source>
        <translation>En kod som ett annat konto angav väntar</translation>
    </message>
    <message>
        <source>Nothing was redeemed for the account you signed in with.</source>
        <translation>Ingenting löstes in för kontot du loggade in med.</translation>
    </message>
    <message>
        <source>Sign in as %1</source>
        <translation>Logga in som %1</translation>
    </message>
    <message>
        <source>This code is already in use</source>
        <translation>Koden används redan</translation>
    </message>
    <message>
        <source>If it was not you, check the code against the one you received, or enter another one.</source>
        <translation>Om det inte var du, jämför koden med den du fick eller ange en annan kod.</translation>
    </message>
    <message>
        <source>This code cannot be redeemed</source>
        <translation>Koden kan inte lösas in</translation>
    </message>
    <message>
        <source>Enter an activation code, or sign in with the account you bought the product with.</source>
        <translation>Ange en aktiveringskod eller logga in med kontot som du köpte produkten med.</translation>
    </message>
    <message>
        <source>The sign-in service cannot be reached</source>
        <translation>Det går inte att nå inloggningstjänsten</translation>
    </message>
    <message>
        <source>Test the connection to find out where it fails, then try again.</source>
        <translation>Testa anslutningen för att ta reda på var det går fel och försök sedan igen.</translation>
    </message>
    <message>
        <source>Confirm your e-mail address</source>
        <translation>Bekräfta din e-postadress</translation>
    </message>
    <message>
        <source>We sent you an e-mail with a link. Open the link, then continue here.</source>
        <translation>Vi har skickat ett e-postmeddelande med en länk till dig. Öppna länken och fortsätt sedan här.</translation>
    </message>
    <message>
        <source>We sent a link to %1. Open it, then continue here.</source>
        <translation>Vi har skickat en länk till %1. Öppna den och fortsätt sedan här.</translation>
    </message>
    <message>
        <source>No e-mail? Look in your spam folder. Signing in again sends a new link.</source>
        <translation>Har du inte fått något e-postmeddelande? Titta i skräppostmappen. Om du loggar in igen skickas en ny länk.</translation>
    </message>
    <message>
        <source>Your sign-in cannot be saved</source>
        <translation>Inloggningen kan inte sparas</translation>
    </message>
    <message>
        <source>Unlock your keyring (GNOME Keyring, KWallet or the macOS keychain), allow %1 to use it if you are asked, then try again.</source>
        <translation>Lås upp nyckelringen (GNOME Keyring, KWallet eller nyckelringen i macOS), tillåt %1 att använda den om du tillfrågas och försök sedan igen.</translation>
    </message>
    <message>
        <source>Try again in a few minutes. If it keeps happening, contact support.</source>
        <translation>Försök igen om några minuter. Kontakta supporten om problemet kvarstår.</translation>
    </message>
    <message>
        <source>Try again in a few minutes. If it keeps happening, contact support and quote the reference below.</source>
        <translation>Försök igen om några minuter. Om problemet kvarstår kontaktar du supporten och uppger referensen nedan.</translation>
    </message>
    <message>
        <source>Too many attempts</source>
        <translation>För många försök</translation>
    </message>
    <message>
        <source>The sign-in service does not allow signing in inside this window. Sign in with your web browser instead.</source>
        <translation>Inloggningstjänsten tillåter inte inloggning i det här fönstret. Logga in med webbläsaren i stället.</translation>
    </message>
    <message>
        <source>The activation service cannot be reached</source>
        <translation>Det går inte att nå aktiveringstjänsten</translation>
    </message>
</context>
<context>
    <name>Keyway::FailurePage</name>
    <message>
        <source>The product could not be activated</source>
        <translation>Produkten kunde inte aktiveras</translation>
    </message>
    <message>
        <source>Co&amp;py reference</source>
        <translation>Ko&amp;piera referensen</translation>
    </message>
    <message>
        <source>Copies the reference of this failure, for a message to support.</source>
        <translation>Kopierar felets referens så att du kan ange den i ett meddelande till supporten.</translation>
    </message>
    <message>
        <source>Sign in with a&amp;nother account</source>
        <translation>Logga in med ett &amp;annat konto</translation>
    </message>
    <message>
        <source>Signs in again, with the account the code was redeemed by or another one.</source>
        <translation>Loggar in igen, med kontot som löste in koden eller med ett annat konto.</translation>
    </message>
    <message>
        <source>C&amp;hange the code</source>
        <translation>&amp;Ändra koden</translation>
    </message>
    <message>
        <source>Returns to the activation code, to correct it or enter another one.</source>
        <translation>Går tillbaka till aktiveringskoden så att du kan rätta den eller ange en annan.</translation>
    </message>
    <message>
        <source>&amp;Discard the waiting code</source>
        <extracomment>A code another account entered is waiting to be redeemed: forget it</extracomment>
        <translation>&amp;Släng den väntande koden</translation>
    </message>
    <message>
        <source>Forgets the activation code the other account entered; it stays unused and can be entered again. Then continues with the account you signed in with.</source>
        <translation>Glömmer aktiveringskoden som det andra kontot angav; den förblir oanvänd och kan anges igen. Fortsätter sedan med kontot du loggade in med.</translation>
    </message>
    <message>
        <source>Test &amp;connection</source>
        <translation>&amp;Testa anslutningen</translation>
    </message>
    <message>
        <source>Checks step by step where the connection to the sign-in service fails.</source>
        <translation>Kontrollerar steg för steg var anslutningen till inloggningstjänsten misslyckas.</translation>
    </message>
    <message>
        <source>Sign in with my &amp;web browser</source>
        <extracomment>Shown when the sign-in page could not be used inside the window</extracomment>
        <translation>Logga in med min &amp;webbläsare</translation>
    </message>
    <message>
        <source>Opens the sign-in page in your usual web browser and continues here afterwards.</source>
        <translation>Öppnar inloggningssidan i din vanliga webbläsare och fortsätter här efteråt.</translation>
    </message>
    <message>
        <source>&amp;Start over</source>
        <translation>&amp;Börja om</translation>
    </message>
    <message>
        <source>Returns to the choice of how to activate.</source>
        <translation>Går tillbaka till valet av hur du vill aktivera.</translation>
    </message>
    <message>
        <source>C&amp;ontinue</source>
        <extracomment>After the e-mail address was confirmed through the link</extracomment>
        <translation>&amp;Fortsätt</translation>
    </message>
    <message>
        <source>Signs in again once you have opened the link in the e-mail.</source>
        <translation>Loggar in igen när du har öppnat länken i e-postmeddelandet.</translation>
    </message>
    <message>
        <source>&amp;Try again</source>
        <translation>&amp;Försök igen</translation>
    </message>
    <message>
        <source>Repeats the activation.</source>
        <translation>Gör om aktiveringen.</translation>
    </message>
    <message>
        <source>The reference %1 is copied. Paste it into your message to support.</source>
        <translation>Referensen %1 har kopierats. Klistra in den i ditt meddelande till supporten.</translation>
    </message>
    <message>
        <source>Details: %1</source>
        <translation>Detaljer: %1</translation>
    </message>
    <message>
        <source>Reference: %1</source>
        <translation>Referens: %1</translation>
    </message>
    <message>
        <source>You can try again now.</source>
        <translation>Du kan försöka igen nu.</translation>
    </message>
    <message numerus="yes">
        <source>Try again in %n second(s).</source>
        <translation>
            <numerusform>Försök igen om %n sekund.</numerusform>
            <numerusform>Försök igen om %n sekunder.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Keyway::HelperSignInView</name>
    <message>
        <source>Opening the sign-in page…</source>
        <translation>Inloggningssidan öppnas …</translation>
    </message>
    <message>
        <source>&amp;Show the sign-in window</source>
        <translation>&amp;Visa inloggningsfönstret</translation>
    </message>
    <message>
        <source>The sign-in page opens in its own window. Sign in there; this window goes on by itself afterwards.</source>
        <translation>Inloggningssidan öppnas i ett eget fönster. Logga in där; det här fönstret fortsätter sedan av sig självt.</translation>
    </message>
    <message>
        <source>Opening the sign-in page… %1%</source>
        <translation>Inloggningssidan öppnas … %1 %</translation>
    </message>
    <message>
        <source>Sign-in page</source>
        <translation>Inloggningssida</translation>
    </message>
</context>
<context>
    <name>Keyway::IdTokenValidator</name>
    <message numerus="yes">
        <source>The sign-in could not be verified: your computer&apos;s clock is about %n minute(s) ahead of the sign-in service. Correct the clock or time zone, then try again.</source>
        <translation>
            <numerusform>Inloggningen kunde inte verifieras: datorns klocka går cirka %n minut före inloggningstjänstens klocka. Rätta klockan eller tidszonen och försök sedan igen.</numerusform>
            <numerusform>Inloggningen kunde inte verifieras: datorns klocka går cirka %n minuter före inloggningstjänstens klocka. Rätta klockan eller tidszonen och försök sedan igen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The sign-in could not be verified: your computer&apos;s clock is about %n minute(s) behind the sign-in service. Correct the clock or time zone, then try again.</source>
        <translation>
            <numerusform>Inloggningen kunde inte verifieras: datorns klocka går cirka %n minut efter inloggningstjänstens klocka. Rätta klockan eller tidszonen och försök sedan igen.</numerusform>
            <numerusform>Inloggningen kunde inte verifieras: datorns klocka går cirka %n minuter efter inloggningstjänstens klocka. Rätta klockan eller tidszonen och försök sedan igen.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Keyway::License</name>
    <message>
        <source>The activation code cannot contain “%1”. Codes use only the letters A–Z without O and I, and the digits 2–9 (never 0 or 1).</source>
        <translation>Aktiveringskoden kan inte innehålla ”%1”. Koder består bara av bokstäverna A–Z utom O och I samt siffrorna 2–9 (aldrig 0 eller 1).</translation>
    </message>
    <message numerus="yes">
        <source>The activation code is too short: %n of 25 characters entered.</source>
        <translation>
            <numerusform>Aktiveringskoden är för kort: %n av 25 tecken har angetts.</numerusform>
            <numerusform>Aktiveringskoden är för kort: %n av 25 tecken har angetts.</numerusform>
        </translation>
    </message>
    <message>
        <source>This computer&apos;s clock is behind the last confirmed time (%1), so time-limited licenses are blocked. Set the clock to the correct date and time.</source>
        <translation>Datorns klocka går efter den senast bekräftade tiden (%1), så tidsbegränsade licenser är spärrade. Ställ klockan på rätt datum och tid.</translation>
    </message>
    <message>
        <source>this product</source>
        <translation>den här produkten</translation>
    </message>
    <message numerus="yes">
        <source>This computer&apos;s clock is %n day(s) behind the last time %1 ran, so time-limited licenses are blocked. Correct the clock, or connect to the internet so that the license can be checked online.</source>
        <translation>
            <numerusform>Den här datorns klocka ligger %n dag efter den senaste gången %1 kördes, så tidsbegränsade licenser är spärrade. Rätta klockan eller anslut till internet så att licensen kan kontrolleras online.</numerusform>
            <numerusform>Den här datorns klocka ligger %n dagar efter den senaste gången %1 kördes, så tidsbegränsade licenser är spärrade. Rätta klockan eller anslut till internet så att licensen kan kontrolleras online.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>This computer&apos;s clock is %n hour(s) behind the last time %1 ran, so time-limited licenses are blocked. Correct the clock, or connect to the internet so that the license can be checked online.</source>
        <translation>
            <numerusform>Den här datorns klocka ligger %n timme efter den senaste gången %1 kördes, så tidsbegränsade licenser är spärrade. Rätta klockan eller anslut till internet så att licensen kan kontrolleras online.</numerusform>
            <numerusform>Den här datorns klocka ligger %n timmar efter den senaste gången %1 kördes, så tidsbegränsade licenser är spärrade. Rätta klockan eller anslut till internet så att licensen kan kontrolleras online.</numerusform>
        </translation>
    </message>
    <message>
        <source>The device id identifies this computer to the licensing service. It is a SHA-256 hash of the product&apos;s identifier and the operating system&apos;s machine id (on Linux /etc/machine-id, on Windows the MachineGuid, on macOS the hardware UUID), shortened to 32 characters. The machine id itself is never sent or stored, and other products get a different device id. It stays the same after updates, network changes and reinstalling the product; it changes when the operating system is reinstalled.</source>
        <translation>Enhets-id:t identifierar den här datorn för licenstjänsten. Det är en SHA-256-hash av produktens identifierare och operativsystemets maskin-id (på Linux /etc/machine-id, på Windows MachineGuid, på macOS maskinvarans UUID), förkortad till 32 tecken. Själva maskin-id:t skickas eller sparas aldrig, och andra produkter får ett annat enhets-id. Enhets-id:t förblir detsamma efter uppdateringar, nätverksändringar och ominstallation av produkten; det ändras när operativsystemet installeras om.</translation>
    </message>
    <message>
        <source>This system has no machine id, so a random id was generated once and is kept in the file &quot;device-id&quot; in the product&apos;s data folder; deleting that file changes the device id.</source>
        <translation>Det här systemet saknar maskin-id, så ett slumpmässigt id skapades en gång och sparas i filen ”device-id” i produktens datamapp. Om filen tas bort ändras enhets-id:t.</translation>
    </message>
    <message>
        <source>On this computer the operating system&apos;s machine id is used.</source>
        <translation>På den här datorn används operativsystemets maskin-id.</translation>
    </message>
    <message>
        <source>Enter the activation code you received with your purchase.</source>
        <translation>Ange aktiveringskoden som du fick när du köpte produkten.</translation>
    </message>
    <message>
        <source>The activation code contains a character that never occurs in codes. Codes never contain the letters O and I or the digits 0 and 1.</source>
        <translation>Aktiveringskoden innehåller ett tecken som aldrig förekommer i koder. Koder innehåller aldrig bokstäverna O och I eller siffrorna 0 och 1.</translation>
    </message>
    <message>
        <source>This activation code has a typing error. Check each character against the code you received.</source>
        <translation>Aktiveringskoden innehåller ett skrivfel. Jämför varje tecken med koden du fick.</translation>
    </message>
    <message>
        <source>The product&apos;s activation settings were not found. Reinstall the product or contact its vendor.</source>
        <translation>Produktens aktiveringsinställningar hittades inte. Installera om produkten eller kontakta leverantören.</translation>
    </message>
    <message>
        <source>The product&apos;s activation settings are damaged. Reinstall the product or contact its vendor.</source>
        <translation>Produktens aktiveringsinställningar är skadade. Installera om produkten eller kontakta leverantören.</translation>
    </message>
    <message>
        <source>A file could not be read.</source>
        <translation>En fil kunde inte läsas.</translation>
    </message>
    <message>
        <source>A file could not be saved. Check that the disk is not full and that you may write to your profile folder.</source>
        <translation>En fil kunde inte sparas. Kontrollera att disken inte är full och att du har skrivbehörighet till din profilmapp.</translation>
    </message>
    <message>
        <source>The license is damaged or has been modified.</source>
        <translation>Licensen är skadad eller har ändrats.</translation>
    </message>
    <message>
        <source>The license uses a signature this version of the product does not accept.</source>
        <translation>Licensen använder en signatur som den här versionen av produkten inte godtar.</translation>
    </message>
    <message>
        <source>The license was not signed by this product&apos;s vendor.</source>
        <translation>Licensen är inte signerad av produktens leverantör.</translation>
    </message>
    <message>
        <source>The license has been modified: its signature does not match.</source>
        <translation>Licensen har ändrats: signaturen stämmer inte.</translation>
    </message>
    <message>
        <source>The license has expired. Connect to the internet to renew it.</source>
        <translation>Licensen har gått ut. Anslut till internet för att förnya den.</translation>
    </message>
    <message>
        <source>The license is not valid yet. Check that your computer&apos;s clock is correct.</source>
        <translation>Licensen är inte giltig än. Kontrollera att datorns klocka går rätt.</translation>
    </message>
    <message>
        <source>The license belongs to another computer. Activate the product on this computer.</source>
        <translation>Licensen tillhör en annan dator. Aktivera produkten på den här datorn.</translation>
    </message>
    <message>
        <source>The license belongs to another account. Sign in with the account you activated the product with.</source>
        <translation>Licensen tillhör ett annat konto. Logga in med kontot som du aktiverade produkten med.</translation>
    </message>
    <message>
        <source>This product is not activated on this computer yet.</source>
        <translation>Produkten är inte aktiverad på den här datorn än.</translation>
    </message>
    <message>
        <source>The activation service could not be reached. Check your internet connection and proxy settings, then try again.</source>
        <translation>Det gick inte att nå aktiveringstjänsten. Kontrollera internetanslutningen och proxyinställningarna och försök sedan igen.</translation>
    </message>
    <message>
        <source>The activation service did not answer in time. Try again in a moment.</source>
        <translation>Aktiveringstjänsten svarade inte i tid. Försök igen om en stund.</translation>
    </message>
    <message>
        <source>The connection to the activation service is not secure: its certificate was not accepted.</source>
        <translation>Anslutningen till aktiveringstjänsten är inte säker: tjänstens certifikat godtogs inte.</translation>
    </message>
    <message>
        <source>The activation service refused the request.</source>
        <translation>Aktiveringstjänsten avvisade begäran.</translation>
    </message>
    <message>
        <source>The activation service has a problem. Try again later; if it persists, contact support.</source>
        <translation>Aktiveringstjänsten har problem. Försök igen senare. Kontakta supporten om problemet kvarstår.</translation>
    </message>
    <message>
        <source>The activation service sent an answer that could not be understood.</source>
        <translation>Aktiveringstjänsten skickade ett svar som inte kunde tolkas.</translation>
    </message>
    <message>
        <source>Too many attempts. Wait a moment, then try again.</source>
        <translation>För många försök. Vänta en stund och försök sedan igen.</translation>
    </message>
    <message>
        <source>The sign-in service could not be reached or is not set up correctly.</source>
        <translation>Det gick inte att nå inloggningstjänsten, eller så är den inte korrekt konfigurerad.</translation>
    </message>
    <message>
        <source>The sign-in was refused.</source>
        <translation>Inloggningen nekades.</translation>
    </message>
    <message>
        <source>The sign-in answer did not belong to this sign-in attempt. Start again.</source>
        <translation>Svaret från inloggningen hörde inte till det här inloggningsförsöket. Börja om.</translation>
    </message>
    <message>
        <source>The sign-in was cancelled.</source>
        <translation>Inloggningen avbröts.</translation>
    </message>
    <message>
        <source>Your e-mail address is not verified yet. Open the link we sent you, then sign in again.</source>
        <translation>Din e-postadress är inte verifierad än. Öppna länken som vi skickade till dig och logga sedan in igen.</translation>
    </message>
    <message>
        <source>The sign-in could not be completed. Start again.</source>
        <translation>Inloggningen kunde inte slutföras. Börja om.</translation>
    </message>
    <message>
        <source>You have been signed out. Sign in again.</source>
        <translation>Du har loggats ut. Logga in igen.</translation>
    </message>
    <message>
        <source>The sign-in service sent an identity that could not be verified.</source>
        <translation>Inloggningstjänsten skickade en identitet som inte kunde verifieras.</translation>
    </message>
    <message>
        <source>The sign-in could not be verified. Check that your computer&apos;s clock and time zone are correct.</source>
        <translation>Inloggningen kunde inte verifieras. Kontrollera att datorns klocka och tidszon är rätt inställda.</translation>
    </message>
    <message>
        <source>The activation service does not recognise the form of this code. Check it against the code you received.</source>
        <translation>Aktiveringstjänsten känner inte igen kodens format. Jämför den med koden du fick.</translation>
    </message>
    <message>
        <source>This activation code does not exist. Check it against the code you received.</source>
        <translation>Aktiveringskoden finns inte. Jämför den med koden du fick.</translation>
    </message>
    <message>
        <source>This activation code was already redeemed by another account. If that was you, sign in with that account.</source>
        <translation>Aktiveringskoden har redan lösts in av ett annat konto. Om det var du, logga in med det kontot.</translation>
    </message>
    <message>
        <source>This activation code can no longer be redeemed: its validity has ended. Contact the shop you bought it from.</source>
        <translation>Aktiveringskoden kan inte längre lösas in eftersom dess giltighetstid har gått ut. Kontakta butiken där du köpte den.</translation>
    </message>
    <message>
        <source>This activation code has been withdrawn. Contact the shop you bought it from.</source>
        <translation>Aktiveringskoden har dragits tillbaka. Kontakta butiken där du köpte den.</translation>
    </message>
    <message>
        <source>Your sign-in is no longer valid. Sign in again.</source>
        <translation>Din inloggning är inte längre giltig. Logga in igen.</translation>
    </message>
    <message>
        <source>The system keychain is not available, so your sign-in cannot be kept. Install or start a keychain service (such as GNOME Keyring or KWallet).</source>
        <translation>Systemets nyckelring är inte tillgänglig, så din inloggning kan inte sparas. Installera eller starta en nyckelringstjänst (till exempel GNOME Keyring eller KWallet).</translation>
    </message>
    <message>
        <source>The system keychain reported an error.</source>
        <translation>Systemets nyckelring rapporterade ett fel.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Avbrutet.</translation>
    </message>
    <message>
        <source>An internal error occurred. Contact support.</source>
        <translation>Ett internt fel uppstod. Kontakta supporten.</translation>
    </message>
    <message>
        <source>The activation code is too short: a code has 25 characters in five groups of five.</source>
        <translation>Aktiveringskoden är för kort: en kod har 25 tecken i fem grupper om fem.</translation>
    </message>
    <message>
        <source>The activation code is too long: a code has 25 characters in five groups of five.</source>
        <translation>Aktiveringskoden är för lång: en kod har 25 tecken i fem grupper om fem.</translation>
    </message>
    <message>
        <source>The product&apos;s license verification key is damaged. Reinstall the product or contact its vendor.</source>
        <translation>Produktens nyckel för licenskontroll är skadad. Installera om produkten eller kontakta leverantören.</translation>
    </message>
    <message>
        <source>Your account has no license for this feature.</source>
        <translation>Ditt konto har ingen licens för den här funktionen.</translation>
    </message>
    <message>
        <source>Access to the system keychain was denied, or it is locked. Unlock it or allow access, then try again.</source>
        <translation>Åtkomst till systemets nyckelring nekades, eller så är den låst. Lås upp den eller tillåt åtkomst och försök sedan igen.</translation>
    </message>
    <message>
        <source>A settings file tried to change which licenses this product trusts. Only the vendor can change that, so the file was not used.</source>
        <translation>En inställningsfil försökte ändra vilka licenser den här produkten litar på. Bara leverantören kan ändra det, så filen användes inte.</translation>
    </message>
    <message>
        <source>An activation code entered with another account is still waiting to be redeemed. Sign in with that account to finish it, or discard it.</source>
        <translation>En aktiveringskod som angavs med ett annat konto väntar fortfarande på att lösas in. Logga in med det kontot för att slutföra den, eller släng den.</translation>
    </message>
    <message>
        <source>This license runs longer than the vendor ever grants, so it was not issued by the vendor&apos;s service. Activate the product again.</source>
        <translation>Den här licensen gäller längre än leverantören någonsin beviljar, så den utfärdades inte av leverantörens tjänst. Aktivera produkten igen.</translation>
    </message>
    <message>
        <source>The activation service sent the request on to another address. To keep your sign-in safe it was not followed. Check the service address in the settings, or contact support.</source>
        <translation>Aktiveringstjänsten skickade vidare begäran till en annan adress. För att skydda din inloggning följdes den inte. Kontrollera tjänstens adress i inställningarna eller kontakta supporten.</translation>
    </message>
    <message>
        <source>The sign-in service is not set up the way this product expects. Contact the product&apos;s vendor.</source>
        <translation>Inloggningstjänsten är inte konfigurerad så som den här produkten förväntar sig. Kontakta produktens leverantör.</translation>
    </message>
    <message>
        <source>The sign-in was not finished in time and has been stopped. Start again when you are ready.</source>
        <translation>Inloggningen slutfördes inte i tid och har avbrutits. Börja om när du är redo.</translation>
    </message>
    <message>
        <source>Another program is using the port on which this product receives the sign-in. Close that program, then try again.</source>
        <translation>Ett annat program använder porten som den här produkten tar emot inloggningen på. Stäng det programmet och försök igen.</translation>
    </message>
    <message>
        <source>No computer with this id is on your account&apos;s list of computers. Show the list again and choose from it.</source>
        <translation>Det finns ingen dator med det här id:t i listan över datorer i ditt konto. Visa listan igen och välj i den.</translation>
    </message>
    <message>
        <source>A computer&apos;s name has 1 to 64 characters and no control characters such as tabs or line breaks.</source>
        <translation>En dators namn har 1 till 64 tecken och inga styrtecken som tabbar eller radbrytningar.</translation>
    </message>
    <message>
        <source>This license is already in use on as many computers as it allows. Remove one of them from your account to use the license here, or buy another license.</source>
        <translation>Licensen används redan på så många datorer som den tillåter. Ta bort en av dem från ditt konto för att använda licensen här, eller köp en licens till.</translation>
    </message>
    <message>
        <source>This license is already in use on another computer, the one it allows. Remove that computer from your account to use the license here, or buy another license.</source>
        <translation>Licensen används redan på en annan dator, den enda som den tillåter. Ta bort den datorn från ditt konto för att använda licensen här, eller köp en licens till.</translation>
    </message>
    <message>
        <source>This license is already in use on %1 computers, as many as it allows. Remove one of them from your account to use the license here, or buy another license.</source>
        <translation>Licensen används redan på %1 datorer, så många som den tillåter. Ta bort en av dem från ditt konto för att använda licensen här, eller köp en licens till.</translation>
    </message>
    <message>
        <source>This computer was removed from your account on %1 from &quot;%2&quot;.</source>
        <extracomment>%1 a date and time, %2 the name of another computer</extracomment>
        <translation>Den här datorn togs bort från ditt konto %1 från ”%2”.</translation>
    </message>
    <message>
        <source>This computer was removed from your account on %1.</source>
        <translation>Den här datorn togs bort från ditt konto %1.</translation>
    </message>
    <message>
        <source>This computer was removed from your account.</source>
        <translation>Den här datorn togs bort från ditt konto.</translation>
    </message>
    <message>
        <source>The license works offline until %1.</source>
        <translation>Licensen fungerar offline till %1.</translation>
    </message>
    <message>
        <source>To use it here again, activate the product again: that takes a seat of the license if one is free.</source>
        <translation>Aktivera produkten igen för att använda den här igen: det tar en plats i licensen om någon är ledig.</translation>
    </message>
    <message>
        <source>You have removed as many computers from this license as is allowed for now. Try again later.</source>
        <translation>Du har tagit bort så många datorer från den här licensen som är tillåtet för tillfället. Försök igen senare.</translation>
    </message>
    <message>
        <source>You have removed as many computers from this license as is allowed within 30 days. The next removal is possible on %1.</source>
        <translation>Du har tagit bort så många datorer från den här licensen som är tillåtet inom 30 dagar. Nästa borttagning är möjlig %1.</translation>
    </message>
    <message>
        <source>The sign-in page stopped unexpectedly. Try again; if it happens again, sign in with your web browser instead.</source>
        <translation>Inloggningssidan avslutades oväntat. Försök igen; om det händer igen, logga in med din webbläsare i stället.</translation>
    </message>
    <message>
        <source>The file %1 could not be read: %2</source>
        <translation>Filen %1 kunde inte läsas: %2</translation>
    </message>
    <message>
        <source>Refused a token for %1: %2</source>
        <translation>Ett token för %1 avvisades: %2</translation>
    </message>
    <message>
        <source>an unknown item</source>
        <translation>ett okänt objekt</translation>
    </message>
    <message>
        <source>Nothing was imported.</source>
        <translation>Ingenting importerades.</translation>
    </message>
    <message>
        <source>The file holds no license token.</source>
        <translation>Filen innehåller ingen licenstoken.</translation>
    </message>
    <message>
        <source>The file %1 is too large to be a license file (at most %2 KB).</source>
        <translation>Filen %1 är för stor för att vara en licensfil (högst %2 kB).</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more token(s) refused.</source>
        <translation>
            <numerusform>… och %n token till nekades.</numerusform>
            <numerusform>… och %n token till nekades.</numerusform>
        </translation>
    </message>
    <message>
        <source>The stored license file is damaged or has been modified. Activate the product again.</source>
        <translation>Den sparade licensfilen är skadad eller har ändrats. Aktivera produkten igen.</translation>
    </message>
    <message>
        <source>The license expired on %1. Connect to the internet to renew it.</source>
        <translation>Licensen gick ut %1. Anslut till internet för att förnya den.</translation>
    </message>
    <message>
        <source>Valid</source>
        <comment>license state</comment>
        <extracomment>The state of one licensed item, shown in a table</extracomment>
        <translation>Giltig</translation>
    </message>
    <message>
        <source>Expired</source>
        <comment>license state</comment>
        <extracomment>The state of one licensed item, shown in a table</extracomment>
        <translation>Utgången</translation>
    </message>
    <message>
        <source>Other computer</source>
        <comment>license state</comment>
        <extracomment>The state of one licensed item, shown in a table</extracomment>
        <translation>Annan dator</translation>
    </message>
    <message>
        <source>Other account</source>
        <comment>license state</comment>
        <extracomment>The state of one licensed item, shown in a table</extracomment>
        <translation>Annat konto</translation>
    </message>
    <message>
        <source>Damaged</source>
        <comment>license state</comment>
        <extracomment>The state of one licensed item, shown in a table</extracomment>
        <translation>Skadad</translation>
    </message>
    <message>
        <source>Unknown signer</source>
        <comment>license state</comment>
        <extracomment>The state of one licensed item, shown in a table</extracomment>
        <translation>Okänd utfärdare</translation>
    </message>
    <message>
        <source>Not licensed</source>
        <comment>license state</comment>
        <extracomment>The state of one licensed item, shown in a table</extracomment>
        <translation>Ej licensierad</translation>
    </message>
    <message>
        <source>Not activated</source>
        <comment>license state</comment>
        <extracomment>The state of one licensed item, shown in a table</extracomment>
        <translation>Ej aktiverad</translation>
    </message>
    <message>
        <source>Renewal due</source>
        <comment>license state</comment>
        <extracomment>The state of one licensed item, shown in a table</extracomment>
        <translation>Ska förnyas</translation>
    </message>
    <message>
        <source>Valid offline</source>
        <comment>license state</comment>
        <extracomment>The state of one licensed item, shown in a table</extracomment>
        <translation>Giltig offline</translation>
    </message>
    <message>
        <source>Clock set back</source>
        <comment>license state</comment>
        <extracomment>The state of one licensed item, shown in a table</extracomment>
        <translation>Klockan ställd bakåt</translation>
    </message>
    <message>
        <source>the next start</source>
        <translation>vid nästa start</translation>
    </message>
    <message>
        <source>Valid offline until %1. The license could not be renewed (%2); the next attempt is at %3. Connect to the internet before %1 to keep it.</source>
        <translation>Giltig offline till %1. Licensen kunde inte förnyas (%2); nästa försök: %3. Anslut till internet före %1 för att behålla den.</translation>
    </message>
    <message>
        <source>Licensed until %1. Renewal is due: the license is renewed at the next connection to the internet.</source>
        <translation>Licensierad till %1. Licensen ska förnyas: det sker nästa gång datorn ansluter till internet.</translation>
    </message>
    <message>
        <source>Lease too long</source>
        <comment>license state</comment>
        <extracomment>The state of one licensed item, shown in a table: the license runs longer than the vendor ever grants</extracomment>
        <translation>För lång lånetid</translation>
    </message>
    <message>
        <source>Renewal is due: the license is renewed at the next connection to the internet. It works offline until %1.</source>
        <translation>Förnyelse behövs: licensen förnyas nästa gång datorn ansluter till internet. Den fungerar offline till %1.</translation>
    </message>
    <message>
        <source>Licensed until %1. Works offline until %2.</source>
        <translation>Licensierad till %1. Fungerar offline till %2.</translation>
    </message>
    <message>
        <source>Works offline until %1.</source>
        <translation>Fungerar offline till %1.</translation>
    </message>
    <message>
        <source>Subscription renews automatically. This computer checks it at the next connection to the internet and works offline until %1.</source>
        <translation>Prenumerationen förnyas automatiskt. Den här datorn kontrollerar den vid nästa anslutning till internet och fungerar offline till %1.</translation>
    </message>
    <message>
        <source>Subscription renews automatically. Works offline until %1.</source>
        <translation>Prenumerationen förnyas automatiskt. Fungerar offline till %1.</translation>
    </message>
    <message>
        <source>The license of %1 ends within a day, on %2.</source>
        <translation>Licensen för %1 upphör inom ett dygn, %2.</translation>
    </message>
    <message>
        <source>The license of %1 ends in %2 days, on %3.</source>
        <translation>Licensen för %1 upphör om %2 dagar, %3.</translation>
    </message>
    <message>
        <source>The service says: “%1”</source>
        <extracomment>%1 is a message from the sign-in or activation service, in its own words</extracomment>
        <translation>Tjänsten säger: ”%1”</translation>
    </message>
    <message>
        <source>This program was built without its vendor&apos;s activation settings, so it cannot check licenses. Contact the vendor.</source>
        <translation>Det här programmet byggdes utan leverantörens aktiveringsinställningar, så det kan inte kontrollera licenser. Kontakta leverantören.</translation>
    </message>
    <message>
        <source>The settings file %1 tries to change which licenses this product trusts (%2). Only the vendor can change that, so the file was not used. Remove &quot;%2&quot; from it or use the file the vendor supplied.</source>
        <translation>Inställningsfilen %1 försöker ändra vilka licenser den här produkten litar på (%2). Bara leverantören kan ändra det, så filen användes inte. Ta bort ”%2” ur den eller använd filen som leverantören levererade.</translation>
    </message>
</context>
<context>
    <name>Keyway::LicenseActions</name>
    <message>
        <source>&amp;Renew now</source>
        <translation>&amp;Förnya nu</translation>
    </message>
    <message>
        <source>Checks the licenses with the license server now and extends their leases.</source>
        <translation>Kontrollerar licenserna hos licensservern nu och förlänger deras licenslån.</translation>
    </message>
    <message>
        <source>&amp;Sign out</source>
        <translation>&amp;Logga ut</translation>
    </message>
    <message>
        <source>Removes your sign-in from this computer. The licenses keep working until their leases end.</source>
        <translation>Tar bort din inloggning från den här datorn. Licenserna fortsätter att fungera tills deras licenslån upphör.</translation>
    </message>
    <message>
        <source>S&amp;ign in…</source>
        <translation>L&amp;ogga in…</translation>
    </message>
    <message>
        <source>Signs you in again on this computer, so that the licenses can be renewed.</source>
        <translation>Loggar in dig igen på den här datorn så att licenserna kan förnyas.</translation>
    </message>
    <message>
        <source>&amp;Deactivate on this computer…</source>
        <translation>&amp;Inaktivera på den här datorn…</translation>
    </message>
    <message>
        <source>Gives the licenses back so that they can be used on another computer.</source>
        <translation>Lämnar tillbaka licenserna så att de kan användas på en annan dator.</translation>
    </message>
    <message>
        <source>&amp;Import license file…</source>
        <translation>&amp;Importera licensfil…</translation>
    </message>
    <message>
        <source>For computers without internet access: a license file your administrator downloaded for this computer&apos;s device id.</source>
        <translation>För datorer utan internetåtkomst: en licensfil som din administratör har hämtat för den här datorns enhets-id.</translation>
    </message>
    <message>
        <source>&amp;Network settings…</source>
        <translation>&amp;Nätverksinställningar…</translation>
    </message>
    <message>
        <source>The proxy used to reach the license server.</source>
        <translation>Proxyn som används för att nå licensservern.</translation>
    </message>
    <message>
        <source>&amp;Copy diagnostics</source>
        <translation>&amp;Kopiera diagnostikinformation</translation>
    </message>
    <message>
        <source>Copies a report for support to the clipboard. It contains no password, token or activation code.</source>
        <translation>Kopierar en rapport för supporten till urklipp. Den innehåller inga lösenord, token eller aktiveringskoder.</translation>
    </message>
    <message>
        <source>&amp;Test connection…</source>
        <translation>&amp;Testa anslutningen…</translation>
    </message>
    <message>
        <source>Checks each step on the way to the license server and says what to do about a failed one.</source>
        <translation>Kontrollerar varje steg på vägen till licensservern och säger vad du kan göra åt ett steg som misslyckades.</translation>
    </message>
    <message>
        <source>&amp;Activate…</source>
        <translation>&amp;Aktivera…</translation>
    </message>
</context>
<context>
    <name>Keyway::LicenseEndNotice</name>
    <message>
        <source>Renew the &amp;license</source>
        <translation>Förn&amp;ya licensen</translation>
    </message>
    <message>
        <source>Renew the license (opens in your browser)</source>
        <translation>Förnya licensen (öppnas i webbläsaren)</translation>
    </message>
    <message>
        <source>Address of the renewal page</source>
        <translation>Förnyelsesidans adress</translation>
    </message>
</context>
<context>
    <name>Keyway::LicenseOverview</name>
    <message>
        <source>Licensed features</source>
        <translation>Licensierade funktioner</translation>
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
        <translation>Fungerar offline till</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Detaljer</translation>
    </message>
    <message>
        <source>%1 logo</source>
        <translation>Logotyp för %1</translation>
    </message>
</context>
<context>
    <name>Keyway::LicenseStatusModel</name>
    <message>
        <source>Licensed until %1.</source>
        <translation>Licensierad till och med %1.</translation>
    </message>
    <message>
        <source>Subscription renews automatically.</source>
        <translation>Prenumerationen förnyas automatiskt.</translation>
    </message>
    <message>
        <source>Renewed at the next connection to the internet.</source>
        <translation>Förnyas nästa gång datorn ansluter till internet.</translation>
    </message>
    <message>
        <source>Not renewed yet: see below.</source>
        <translation>Inte förnyad ännu: se nedan.</translation>
    </message>
    <message>
        <source>%1: %2. %3</source>
        <translation>%1: %2. %3</translation>
    </message>
    <message>
        <source>%1 is not activated on this computer.</source>
        <translation>%1 har inte aktiverats på den här datorn.</translation>
    </message>
    <message>
        <source>%1 is activated on this computer.</source>
        <translation>%1 har aktiverats på den här datorn.</translation>
    </message>
    <message>
        <source>%1 is activated on this computer for %2.</source>
        <translation>%1 har aktiverats på den här datorn för %2.</translation>
    </message>
    <message>
        <source>Some features of %1 are not licensed on this computer. The list says why.</source>
        <translation>Vissa funktioner i %1 är inte licensierade på den här datorn. Orsaken visas i listan.</translation>
    </message>
    <message>
        <source>You are signed out: the licenses work until %1 and are not renewed until you sign in again.</source>
        <translation>Du är utloggad: licenserna fungerar till %1 och förnyas inte förrän du loggar in igen.</translation>
    </message>
    <message>
        <source>You are signed out.</source>
        <translation>Du är utloggad.</translation>
    </message>
    <message>
        <source>This computer was removed from your account on another computer. Choose “Activate…” to use %1 here again.</source>
        <translation>Den här datorn togs bort från ditt konto på en annan dator. Välj ”Aktivera…” för att använda %1 här igen.</translation>
    </message>
    <message>
        <source>Last successful check with the license server: %1.</source>
        <translation>Senaste lyckade kontroll hos licensservern: %1.</translation>
    </message>
    <message>
        <source>The last check at %1 failed: %2</source>
        <translation>Den senaste kontrollen (%1) misslyckades: %2</translation>
    </message>
    <message>
        <source>The licenses keep working without a connection until %1.</source>
        <translation>Licenserna fortsätter att fungera utan anslutning fram till %1.</translation>
    </message>
    <message>
        <source>Next attempt after %1.</source>
        <translation>Nästa försök efter %1.</translation>
    </message>
    <message>
        <source>The next attempt is made soon.</source>
        <translation>Nästa försök görs snart.</translation>
    </message>
    <message>
        <source>Signing out removes your sign-in from this computer. The licenses on this computer stay valid without a connection until their leases end (%1), but they cannot be renewed until you sign in again.</source>
        <translation>Om du loggar ut tas din inloggning bort från den här datorn. Licenserna på datorn förblir giltiga utan anslutning tills deras licenslån upphör (%1), men de kan inte förnyas förrän du loggar in igen.</translation>
    </message>
    <message>
        <source>Signing out removes your sign-in from this computer.</source>
        <translation>Om du loggar ut tas din inloggning bort från den här datorn.</translation>
    </message>
    <message>
        <source>Signed out. The licenses stay valid until %1; sign in again to renew them.</source>
        <translation>Utloggad. Licenserna förblir giltiga till %1; logga in igen för att förnya dem.</translation>
    </message>
    <message>
        <source>Signed out.</source>
        <translation>Utloggad.</translation>
    </message>
    <message>
        <source>Deactivate %1 on this computer?</source>
        <translation>Vill du inaktivera %1 på den här datorn?</translation>
    </message>
    <message>
        <source>The licenses are removed from this computer and given back at the license server, so that they can be used on another computer. To use %1 here again, you will need to activate it again.</source>
        <translation>Licenserna tas bort från den här datorn och lämnas tillbaka till licensservern så att de kan användas på en annan dator. Om du vill använda %1 här igen måste du aktivera produkten på nytt.</translation>
    </message>
    <message>
        <source>The licenses are removed from this computer. Because you are signed out, they are given back at the license server only when you next sign in on this computer; until then they count as in use. To use %1 here again, you will need to activate it again.</source>
        <translation>Licenserna tas bort från den här datorn. Eftersom du är utloggad lämnas de tillbaka till licensservern först när du nästa gång loggar in på den här datorn; fram till dess räknas de som använda. För att använda %1 här igen måste du aktivera det på nytt.</translation>
    </message>
    <message>
        <source>The licenses were removed from this computer and given back at the license server.</source>
        <translation>Licenserna har tagits bort från den här datorn och lämnats tillbaka till licensservern.</translation>
    </message>
    <message>
        <source>The licenses were removed from this computer. They will be given back at the license server when you next sign in on this computer; until then they count as in use.</source>
        <translation>Licenserna togs bort från den här datorn. De lämnas tillbaka till licensservern när du nästa gång loggar in på den här datorn; fram till dess räknas de som använda.</translation>
    </message>
    <message>
        <source>The licenses were removed from this computer. They will be given back at the license server the next time it can be reached (%1)</source>
        <translation>Licenserna har tagits bort från den här datorn. De lämnas tillbaka till licensservern nästa gång den går att nå (%1)</translation>
    </message>
    <message>
        <source>The licenses could not be renewed: %1</source>
        <translation>Licenserna kunde inte förnyas: %1</translation>
    </message>
    <message>
        <source>Choose “Sign in…” to sign in again.</source>
        <translation>Välj ”Logga in…” för att logga in igen.</translation>
    </message>
    <message>
        <source>No license was renewed.</source>
        <translation>Ingen licens förnyades.</translation>
    </message>
    <message>
        <source>Renewed the license.</source>
        <translation>Licensen förnyades.</translation>
    </message>
    <message>
        <source>Renewed %1 licenses.</source>
        <translation>%1 licenser förnyades.</translation>
    </message>
    <message>
        <source>They work offline until %1.</source>
        <translation>De fungerar offline till %1.</translation>
    </message>
    <message>
        <source>The license server refused: %1.</source>
        <translation>Licensservern nekade: %1.</translation>
    </message>
    <message>
        <source>Signing in was cancelled. You are still signed out.</source>
        <translation>Inloggningen avbröts. Du är fortfarande utloggad.</translation>
    </message>
    <message>
        <source>Signing in did not complete: %1</source>
        <translation>Inloggningen slutfördes inte: %1</translation>
    </message>
    <message>
        <source>Signed in as %1.</source>
        <translation>Inloggad som %1.</translation>
    </message>
    <message>
        <source>Renewing was cancelled. The licenses keep working as before.</source>
        <translation>Förnyelsen avbröts. Licenserna fungerar som tidigare.</translation>
    </message>
    <message>
        <source>The licenses could not be removed: %1</source>
        <translation>Licenserna kunde inte tas bort: %1</translation>
    </message>
</context>
<context>
    <name>Keyway::LicenseStatusWidget</name>
    <message>
        <source>%1 licenses</source>
        <translation>Licenser för %1</translation>
    </message>
    <message>
        <source>Import license file</source>
        <translation>Importera licensfil</translation>
    </message>
    <message>
        <source>License files (*.jwt *.txt *.lic);;All files (*)</source>
        <translation>Licensfiler (*.jwt *.txt *.lic);;Alla filer (*)</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n license token(s).</source>
        <translation>
            <numerusform>%n licenstoken importerades.</numerusform>
            <numerusform>%n licenstoken importerades.</numerusform>
        </translation>
    </message>
    <message>
        <source>Renewing the licenses at the license server…</source>
        <translation>Förnyar licenserna hos licensservern…</translation>
    </message>
    <message>
        <source>Sign out?</source>
        <translation>Vill du logga ut?</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>Logga ut</translation>
    </message>
    <message>
        <source>Signing out did not complete: %1</source>
        <translation>Utloggningen slutfördes inte: %1</translation>
    </message>
    <message>
        <source>Signing out…</source>
        <translation>Loggar ut…</translation>
    </message>
    <message>
        <source>Deactivate</source>
        <translation>Inaktivera</translation>
    </message>
    <message>
        <source>Giving the licenses back at the license server…</source>
        <translation>Lämnar tillbaka licenserna till licensservern…</translation>
    </message>
    <message>
        <source>The diagnostics were copied to the clipboard. Paste them into your message to support; they contain no password, token or activation code.</source>
        <translation>Diagnostikinformationen har kopierats till urklipp. Klistra in den i ditt meddelande till supporten; den innehåller inga lösenord, token eller aktiveringskoder.</translation>
    </message>
    <message>
        <source>The network settings were saved.</source>
        <translation>Nätverksinställningarna har sparats.</translation>
    </message>
    <message>
        <source>The sign-in page cannot be shown in this window.</source>
        <translation>Inloggningssidan kan inte visas i det här fönstret.</translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation>Loggar in…</translation>
    </message>
    <message>
        <source>The address was copied to the clipboard.</source>
        <translation>Adressen kopierades till urklipp.</translation>
    </message>
</context>
<context>
    <name>Keyway::LoopbackAgent</name>
    <message>
        <source>Bad request</source>
        <translation>Felaktig begäran</translation>
    </message>
    <message>
        <source>This address only accepts the sign-in.</source>
        <translation>Den här adressen tar bara emot inloggningen.</translation>
    </message>
    <message>
        <source>Sign-in not completed</source>
        <translation>Inloggningen slutfördes inte</translation>
    </message>
    <message>
        <source>The sign-in did not complete. You can close this tab and return to the application to see why.</source>
        <translation>Inloggningen slutfördes inte. Du kan stänga den här fliken och gå tillbaka till programmet för att se varför.</translation>
    </message>
    <message>
        <source>Signed in</source>
        <translation>Inloggad</translation>
    </message>
    <message>
        <source>You can close this tab and return to the application.</source>
        <translation>Du kan stänga den här fliken och gå tillbaka till programmet.</translation>
    </message>
</context>
<context>
    <name>Keyway::ProgressPage</name>
    <message>
        <source>Activation in progress</source>
        <translation>Aktivering pågår</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Avbryt</translation>
    </message>
    <message>
        <source>Stops the activation and returns to where you started it.</source>
        <translation>Avbryter aktiveringen och går tillbaka dit där du startade den.</translation>
    </message>
    <message>
        <source>Sign-in address</source>
        <translation>Inloggningsadress</translation>
    </message>
    <message>
        <source>Completing the sign-in…</source>
        <translation>Slutför inloggningen…</translation>
    </message>
    <message>
        <source>Saving your sign-in in the system keychain…</source>
        <translation>Sparar inloggningen i systemets nyckelring…</translation>
    </message>
    <message>
        <source>Redeeming the activation code…</source>
        <translation>Löser in aktiveringskoden…</translation>
    </message>
    <message>
        <source>Removing %1 from your account…</source>
        <translation>Tar bort %1 från ditt konto…</translation>
    </message>
    <message>
        <source>Fetching the licenses for this computer…</source>
        <translation>Hämtar licenserna för den här datorn…</translation>
    </message>
    <message>
        <source>Saving the licenses…</source>
        <translation>Sparar licenserna…</translation>
    </message>
    <message>
        <source>Continue in your web browser. This window goes on by itself once you have signed in there.</source>
        <translation>Fortsätt i webbläsaren. Det här fönstret fortsätter automatiskt när du har loggat in där.</translation>
    </message>
    <message>
        <source>Your web browser could not be opened. Copy this address into it to sign in:</source>
        <translation>Det gick inte att öppna webbläsaren. Kopiera den här adressen till den för att logga in:</translation>
    </message>
</context>
<context>
    <name>Keyway::ProxySettingsDialog</name>
    <message>
        <source>Network settings</source>
        <translation>Nätverksinställningar</translation>
    </message>
    <message>
        <source>How this program reaches the license server:</source>
        <translation>Hur programmet ansluter till licensservern:</translation>
    </message>
    <message>
        <source>Use the &amp;system&apos;s proxy settings</source>
        <translation>Använd &amp;systemets proxyinställningar</translation>
    </message>
    <message>
        <source>&amp;No proxy: connect directly</source>
        <translation>&amp;Ingen proxy: anslut direkt</translation>
    </message>
    <message>
        <source>&amp;Manual HTTP proxy:</source>
        <translation>&amp;Manuell HTTP-proxy:</translation>
    </message>
    <message>
        <source>proxy.example.com</source>
        <translation>proxy.example.com</translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation>&amp;Värd:</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>&amp;Port:</translation>
    </message>
    <message>
        <source>Proxy host</source>
        <translation>Proxyvärd</translation>
    </message>
    <message>
        <source>Proxy port</source>
        <translation>Proxyport</translation>
    </message>
    <message>
        <source>If the proxy asks for a user name and password, you are asked when it does. The password is not saved.</source>
        <translation>Om proxyn kräver användarnamn och lösenord får du ange dem när det behövs. Lösenordet sparas inte.</translation>
    </message>
    <message>
        <source>Type the proxy&apos;s host name or address, e.g. proxy.example.com, without &quot;http://&quot;.</source>
        <translation>Skriv proxyns värdnamn eller adress, t.ex. proxy.example.com, utan ”http://”.</translation>
    </message>
    <message>
        <source>Proxy sign-in</source>
        <translation>Inloggning på proxy</translation>
    </message>
    <message>
        <source>The proxy %1 did not accept the user name and password. Please try again.</source>
        <translation>Proxyn %1 godtog inte användarnamnet och lösenordet. Försök igen.</translation>
    </message>
    <message>
        <source>The proxy %1 asks for a user name and password.</source>
        <translation>Proxyn %1 kräver användarnamn och lösenord.</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>&amp;Användarnamn:</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>&amp;Lösenord:</translation>
    </message>
    <message>
        <source>The password is kept in memory only, until you close this program.</source>
        <translation>Lösenordet sparas bara i minnet, tills du stänger programmet.</translation>
    </message>
</context>
<context>
    <name>Keyway::RedemptionJournal</name>
    <message>
        <source>An activation code entered by %1 on %2 is still waiting to be redeemed, so nothing was redeemed for the account signed in now. Sign in as %1 to finish it, or discard it: the code then stays unused and can be entered again.</source>
        <translation>En aktiveringskod som %1 angav %2 väntar fortfarande på att lösas in, så ingenting löstes in för kontot som är inloggat nu. Logga in som %1 för att slutföra den, eller släng den: koden förblir då oanvänd och kan anges igen.</translation>
    </message>
</context>
<context>
    <name>Keyway::ResumeRedemptionJob</name>
    <message>
        <source>The activation code was redeemed, but the license server gave this computer no license for %1.</source>
        <translation>Aktiveringskoden har lösts in, men licensservern gav inte den här datorn någon licens för %1.</translation>
    </message>
</context>
<context>
    <name>Keyway::SeatPage</name>
    <message>
        <source>Your license is in use on other computers</source>
        <translation>Din licens används på andra datorer</translation>
    </message>
    <message>
        <source>Choose a computer you no longer use. It is removed from your account and the license moves to this computer.</source>
        <translation>Välj en dator som du inte längre använder. Den tas bort från ditt konto och licensen flyttas till den här datorn.</translation>
    </message>
    <message>
        <source>Computers using your license</source>
        <translation>Datorer som använder din licens</translation>
    </message>
    <message>
        <source>Computer</source>
        <translation>Dator</translation>
    </message>
    <message>
        <source>Last used</source>
        <translation>Senast använd</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Avbryt</translation>
    </message>
    <message>
        <source>Leaves the other computers as they are and returns to the start.</source>
        <translation>Lämnar de andra datorerna som de är och går tillbaka till början.</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Tillbaka</translation>
    </message>
    <message>
        <source>Returns to the list of computers.</source>
        <translation>Går tillbaka till listan över datorer.</translation>
    </message>
    <message>
        <source>not known</source>
        <translation>okänt</translation>
    </message>
    <message>
        <source>%1, last used %2</source>
        <translation>%1, senast använd %2</translation>
    </message>
    <message>
        <source>&amp;Use it here instead</source>
        <extracomment>Moves the license to this computer from the computer named %1</extracomment>
        <translation>Använd &amp;här i stället</translation>
    </message>
    <message>
        <source>&amp;Use it here instead of %1</source>
        <translation>Använd &amp;här i stället för %1</translation>
    </message>
    <message>
        <source>Asks for a confirmation, then removes the chosen computer from your account.</source>
        <translation>Ber om en bekräftelse och tar sedan bort den valda datorn från ditt konto.</translation>
    </message>
    <message>
        <source>Remove %1 from your account and use %2 on this computer instead?</source>
        <translation>Ta bort %1 från ditt konto och använda %2 på den här datorn i stället?</translation>
    </message>
    <message>
        <source>%1 keeps working offline until %2, then it needs a free seat again.</source>
        <translation>%1 fungerar offline till och med %2 och behöver sedan en ledig plats i licensen igen.</translation>
    </message>
    <message>
        <source>%1 then needs a free seat again.</source>
        <translation>%1 behöver sedan en ledig plats i licensen igen.</translation>
    </message>
    <message>
        <source>&amp;Remove %1 and continue</source>
        <extracomment>Confirms removing the computer named %1 from the account</extracomment>
        <translation>Ta &amp;bort %1 och fortsätt</translation>
    </message>
    <message>
        <source>Removes the computer from your account, then finishes the activation here.</source>
        <translation>Tar bort datorn från ditt konto och slutför sedan aktiveringen här.</translation>
    </message>
</context>
<context>
    <name>Keyway::Session</name>
    <message>
        <source>Your sign-in has ended: the sign-in service keeps it only for a short time. Sign in again.</source>
        <translation>Din inloggning har upphört: inloggningstjänsten behåller den bara en kort tid. Logga in igen.</translation>
    </message>
</context>
<context>
    <name>Keyway::SignInDialog</name>
    <message>
        <source>Sign in to %1</source>
        <translation>Logga in i %1</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
</context>
<context>
    <name>Keyway::SignInHelper</name>
    <message>
        <source>Sign in</source>
        <translation>Logga in</translation>
    </message>
    <message>
        <source>Sign in to %1</source>
        <translation>Logga in i %1</translation>
    </message>
</context>
<context>
    <name>Keyway::SingleInstance</name>
    <message>
        <source>The folder %1 cannot be created.</source>
        <translation>Mappen %1 kan inte skapas.</translation>
    </message>
    <message>
        <source>The lock file %1 cannot be written.</source>
        <translation>Det går inte att skriva till låsfilen %1.</translation>
    </message>
    <message>
        <source>Another activation window (process %1) is using %2 and does not answer. Close it, or end that process, then start again.</source>
        <translation>Ett annat aktiveringsfönster (process %1) använder %2 och svarar inte. Stäng det eller avsluta processen och starta sedan igen.</translation>
    </message>
</context>
<context>
    <name>Keyway::StepIndicator</name>
    <message>
        <source>Code</source>
        <extracomment>A step of the activation: entering the activation code</extracomment>
        <translation>Kod</translation>
    </message>
    <message>
        <source>Account</source>
        <extracomment>A step of the activation: signing in to or creating the account</extracomment>
        <translation>Konto</translation>
    </message>
    <message>
        <source>Done</source>
        <extracomment>The last step of the activation: it is finished</extracomment>
        <translation>Klart</translation>
    </message>
    <message>
        <source>Step %1 of %2: %3</source>
        <translation>Steg %1 av %2: %3</translation>
    </message>
    <message>
        <source>%1, current step</source>
        <translation>%1, aktuellt steg</translation>
    </message>
    <message>
        <source>%1, done</source>
        <translation>%1, klart</translation>
    </message>
</context>
<context>
    <name>Keyway::SuccessPage</name>
    <message>
        <source>Activation complete</source>
        <translation>Aktiveringen är klar</translation>
    </message>
    <message>
        <source>Licensed features</source>
        <translation>Licensierade funktioner</translation>
    </message>
    <message>
        <source>Licensed feature</source>
        <translation>Licensierad funktion</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>Giltig till</translation>
    </message>
    <message>
        <source>&amp;Done</source>
        <translation>&amp;Klar</translation>
    </message>
    <message>
        <source>%1 is activated on this computer.</source>
        <translation>%1 har aktiverats på den här datorn.</translation>
    </message>
    <message>
        <source>%1 is activated on this computer for %2.</source>
        <translation>%1 har aktiverats på den här datorn för %2.</translation>
    </message>
    <message>
        <source>The sign-in service does not keep you signed in: to renew the licenses later, you will be asked to sign in again.</source>
        <translation>Inloggningstjänsten håller dig inte inloggad: för att förnya licenserna senare blir du ombedd att logga in igen.</translation>
    </message>
    <message>
        <source>until the subscription ends</source>
        <translation>till prenumerationens slut</translation>
    </message>
    <message>
        <source>%1, valid until %2</source>
        <translation>%1, giltig till %2</translation>
    </message>
    <message>
        <source>%1, valid until the subscription ends</source>
        <translation>%1, giltig till prenumerationens slut</translation>
    </message>
    <message>
        <source>%1 is activated on this computer with the license file.</source>
        <translation>%1 har aktiverats på den här datorn med licensfilen.</translation>
    </message>
</context>
<context>
    <name>Keyway::SupportLink</name>
    <message>
        <source>Address of the help page</source>
        <translation>Hjälpsidans adress</translation>
    </message>
    <message>
        <source>Get help from %1</source>
        <translation>Få hjälp från %1</translation>
    </message>
    <message>
        <source>Get help from %1 (opens in your browser)</source>
        <translation>Få hjälp från %1 (öppnas i webbläsaren)</translation>
    </message>
</context>
<context>
    <name>Keyway::TokenRequestJob</name>
    <message>
        <source>The sign-in could not be completed. %1</source>
        <translation>Inloggningen kunde inte slutföras. %1</translation>
    </message>
</context>
<context>
    <name>Keyway::WebEngineSignInView</name>
    <message>
        <source>Sign-in page</source>
        <translation>Inloggningssida</translation>
    </message>
    <message>
        <source>The sign-in page tried to open %1, which this application does not trust for signing in. Contact the vendor of the application.</source>
        <translation>Inloggningssidan försökte öppna %1, som programmet inte litar på för inloggning. Kontakta programmets leverantör.</translation>
    </message>
    <message>
        <source>This sign-in service does not allow signing in inside the application. Sign in with your web browser instead.</source>
        <translation>Den här inloggningstjänsten tillåter inte inloggning i programmet. Logga in med webbläsaren i stället.</translation>
    </message>
</context>
<context>
    <name>Keyway::WelcomePage</name>
    <message>
        <source>%1 logo</source>
        <translation>Logotyp för %1</translation>
    </message>
    <message>
        <source>Activate %1</source>
        <translation>Aktivera %1</translation>
    </message>
    <message>
        <source>How would you like to activate %1 on this computer?</source>
        <translation>Hur vill du aktivera %1 på den här datorn?</translation>
    </message>
    <message>
        <source>I have an activation &amp;code</source>
        <translation>Jag har en &amp;aktiveringskod</translation>
    </message>
    <message>
        <source>Enter the code you received with your purchase, then sign in or create an account.</source>
        <translation>Ange koden som du fick när du köpte produkten och logga sedan in eller skapa ett konto.</translation>
    </message>
    <message>
        <source>I already have an &amp;account</source>
        <translation>Jag har redan ett &amp;konto</translation>
    </message>
    <message>
        <source>Sign in with the account your licenses belong to; no code is needed.</source>
        <translation>Logga in med kontot som dina licenser hör till; ingen kod behövs.</translation>
    </message>
    <message>
        <source>I have a license &amp;file</source>
        <translation>Jag har en &amp;licensfil</translation>
    </message>
    <message>
        <source>Import the license file your administrator gave you, for a computer without internet access.</source>
        <translation>Importera licensfilen som du har fått av din administratör, för en dator utan internetåtkomst.</translation>
    </message>
</context>
<context>
    <name>Keyway::Widgets</name>
    <message>
        <source>The sign-in page cannot be shown in this window because its browser component (%1) is not installed. Sign in with your web browser instead, or reinstall the application.</source>
        <translation>Inloggningssidan kan inte visas i det här fönstret eftersom dess webbläsarkomponent (%1) inte är installerad. Logga in med din webbläsare i stället, eller installera om programmet.</translation>
    </message>
    <message>
        <source>The sign-in page cannot be shown in this window because its browser component could not be started (%1). Sign in with your web browser instead, or reinstall the application.</source>
        <translation>Inloggningssidan kan inte visas i det här fönstret eftersom dess webbläsarkomponent inte kunde startas (%1). Logga in med din webbläsare i stället, eller installera om programmet.</translation>
    </message>
    <message>
        <source>&amp;Get help</source>
        <extracomment>Opens the vendor&apos;s support page in the web browser</extracomment>
        <translation>Få &amp;hjälp</translation>
    </message>
    <message>
        <source>Opens the support page of %1 in your web browser.</source>
        <translation>Öppnar supportsidan för %1 i din webbläsare.</translation>
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
        <translation>Avbryt</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation>&amp;Ja</translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation>&amp;Nej</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Stäng</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Hjälp</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Försök igen</translation>
    </message>
</context>
<context>
    <name>keywayctl</name>
    <message>
        <source>file</source>
        <translation>fil</translation>
    </message>
    <message>
        <source>The folder holding the stored licenses.</source>
        <translation>Mappen med de sparade licenserna.</translation>
    </message>
    <message>
        <source>dir</source>
        <translation>mapp</translation>
    </message>
    <message>
        <source>No command given.</source>
        <translation>Inget kommando angavs.</translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;. Run keywayctl --help for the list of commands.</source>
        <translation>Okänt kommando ”%1”. Kör keywayctl --help för att se en lista över kommandon.</translation>
    </message>
    <message>
        <source>The command.</source>
        <translation>Kommandot.</translation>
    </message>
    <message>
        <source>Cannot use the vendor configuration %1: %2</source>
        <translation>Det går inte att använda leverantörskonfigurationen %1: %2</translation>
    </message>
    <message>
        <source>This computer&apos;s device id cannot be determined: there is no machine id and the folder %1 cannot be written.</source>
        <translation>Den här datorns enhets-id kan inte fastställas: det finns inget maskin-id och det går inte att skriva till mappen %1.</translation>
    </message>
    <message>
        <source>%1 by %2</source>
        <translation>%1 från %2</translation>
    </message>
    <message>
        <source>Account: %1</source>
        <translation>Konto: %1</translation>
    </message>
    <message>
        <source>not signed in</source>
        <translation>inte inloggad</translation>
    </message>
    <message>
        <source>Also say what the device id is made of.</source>
        <translation>Förklara också vad enhets-id:t består av.</translation>
    </message>
    <message>
        <source>Device id: %1</source>
        <translation>Enhets-id: %1</translation>
    </message>
    <message>
        <source>Check an activation code&apos;s form and check symbol locally; nothing is sent. Prints the code in its canonical form.</source>
        <translation>Kontrollera en aktiveringskods format och kontrolltecken lokalt; inget skickas. Skriver ut koden i standardform.</translation>
    </message>
    <message>
        <source>The activation code.</source>
        <translation>Aktiveringskoden.</translation>
    </message>
    <message>
        <source>check-code needs the activation code, e.g. keywayctl check-code KWPWK-3DEGZ-DPCF5-4ERF5-DHQDA</source>
        <translation>Kommandot check-code behöver aktiveringskoden, t.ex. keywayctl check-code KWPWK-3DEGZ-DPCF5-4ERF5-DHQDA</translation>
    </message>
    <message>
        <source>%1: unexpected argument &quot;%2&quot;.</source>
        <translation>%1: oväntat argument ”%2”.</translation>
    </message>
    <message>
        <source>Print the id this computer&apos;s licenses are bound to. An administrator downloads license tokens for air-gapped computers with it.</source>
        <translation>Skriv ut det id som den här datorns licenser är bundna till. Med det hämtar en administratör licenstoken för nätverksisolerade datorer.</translation>
    </message>
    <message>
        <source>Store license tokens from a file, for computers without internet access: an administrator downloads them for this computer&apos;s device id (keywayctl device-id). Every token is verified like one from the server; if any is refused, nothing is stored.</source>
        <translation>Spara licenstoken från en fil, för datorer utan internetåtkomst: en administratör hämtar dem för den här datorns enhets-id (keywayctl device-id). Varje token verifieras på samma sätt som ett från servern; om något avvisas sparas ingenting.</translation>
    </message>
    <message>
        <source>A file with one or more license tokens (compact JWS), separated by line breaks, spaces or &apos;&amp;&apos;.</source>
        <translation>En fil med ett eller flera licenstoken (compact JWS), åtskilda med radbrytningar, blanksteg eller &apos;&amp;&apos;.</translation>
    </message>
    <message>
        <source>import needs the file with the license tokens.</source>
        <translation>Kommandot import behöver filen med licenstoken.</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n license token(s).</source>
        <translation>
            <numerusform>%n licenstoken importerades.</numerusform>
            <numerusform>%n licenstoken importerades.</numerusform>
        </translation>
    </message>
    <message>
        <source>Print the report as JSON.</source>
        <translation>Skriv ut rapporten som JSON.</translation>
    </message>
    <message>
        <source>Print a report for the vendor&apos;s support: versions, the configuration, the license states and the last errors. It holds no token, code, password, e-mail address or account id; identifiers appear as short fingerprints.</source>
        <translation>Skriv ut en rapport för leverantörens support: versioner, konfigurationen, licensernas status och de senaste felen. Den innehåller inga token, koder, lösenord, e-postadresser eller konto-id:n; identifierare visas som korta fingeravtryck.</translation>
    </message>
    <message>
        <source>Support report (no secrets; identifiers are fingerprints):</source>
        <translation>Supportrapport (inga känsliga uppgifter; identifierare är fingeravtryck):</translation>
    </message>
    <message>
        <source>Verify the stored licenses without any network or keychain access.</source>
        <translation>Verifiera de sparade licenserna utan nätverks- eller nyckelringsåtkomst.</translation>
    </message>
    <message>
        <source>Print the result as JSON (schema in docs/licensing.md).</source>
        <translation>Skriv ut resultatet som JSON (schema i docs/licensing.md).</translation>
    </message>
    <message>
        <source>Verify the licenses stored on this computer and list each licensed item with its state and the reason. Without --offline, queued releases are sent and due renewals done first.</source>
        <translation>Verifiera licenserna som sparats på den här datorn och lista varje licensierat objekt med status och orsak. Utan --offline skickas först köade återlämningar och förfallna förnyelser görs.</translation>
    </message>
    <message>
        <source>The command &quot;%1&quot; needs the license server, but keywayctl&apos;s online part (%2) could not be loaded: %3. Reinstall the product; the commands that work offline are not affected.</source>
        <translation>Kommandot ”%1” behöver licensservern, men keywayctls onlinedel (%2) kunde inte läsas in: %3. Installera om produkten; kommandona som fungerar utan nätverk påverkas inte.</translation>
    </message>
    <message>
        <source>not found in %1</source>
        <translation>hittades inte i %1</translation>
    </message>
    <message numerus="yes">
        <source>The queued release of %n lease(s) could not be sent yet: %1</source>
        <translation>
            <numerusform>Den köade återlämningen av %n licenslån kunde inte skickas än: %1</numerusform>
            <numerusform>Den köade återlämningen av %n licenslån kunde inte skickas än: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Sent the queued release of %n lease(s).</source>
        <translation>
            <numerusform>Den köade återlämningen av %n licenslån har skickats.</numerusform>
            <numerusform>Den köade återlämningen av %n licenslån har skickats.</numerusform>
        </translation>
    </message>
    <message>
        <source>Only renew leases past their renewal time.</source>
        <translation>Förnya bara licenslån vars förnyelsetid har passerats.</translation>
    </message>
    <message>
        <source>Print nothing on success.</source>
        <translation>Skriv inte ut något om åtgärden lyckas.</translation>
    </message>
    <message>
        <source>Renew this computer&apos;s leases at the license server now, then show the status. Needs a signed-in session (keywayctl login).</source>
        <translation>Förnya den här datorns licenslån hos licensservern nu och visa sedan status. Kräver en inloggad session (keywayctl login).</translation>
    </message>
    <message>
        <source>The licenses could not be renewed: %1</source>
        <translation>Licenserna kunde inte förnyas: %1</translation>
    </message>
    <message>
        <source>Next attempt after %1.</source>
        <translation>Nästa försök efter %1.</translation>
    </message>
    <message>
        <source>Deactivate this computer: release its leases at the license server so that the seats are free at once, and remove the local licenses. Offline, the release is queued and sent by the next online command.</source>
        <translation>Inaktivera den här datorn: lämna tillbaka dess licenslån till licensservern så att licensplatserna blir lediga direkt, och ta bort de lokala licenserna. Offline köas återlämningen och skickas med nästa onlinekommando.</translation>
    </message>
    <message>
        <source>Removed the licenses from this computer.</source>
        <translation>Licenserna har tagits bort från den här datorn.</translation>
    </message>
    <message numerus="yes">
        <source>Released %n lease(s) at the license server.</source>
        <translation>
            <numerusform>%n licenslån lämnades tillbaka till licensservern.</numerusform>
            <numerusform>%n licenslån lämnades tillbaka till licensservern.</numerusform>
        </translation>
    </message>
    <message>
        <source>The release will be sent at the next online command (keywayctl refresh, status or login).</source>
        <translation>Återlämningen skickas med nästa onlinekommando (keywayctl refresh, status eller login).</translation>
    </message>
    <message>
        <source>Sign in first: keywayctl login</source>
        <translation>Logga in först: keywayctl login</translation>
    </message>
    <message>
        <source>&quot;system&quot; opens the sign-in page in the default browser; &quot;none&quot; only prints its address.</source>
        <translation>”system” öppnar inloggningssidan i standardwebbläsaren; ”none” skriver bara ut dess adress.</translation>
    </message>
    <message>
        <source>mode</source>
        <translation>läge</translation>
    </message>
    <message>
        <source>Sign in with the system browser, keep the session in the keychain and check out this computer&apos;s licenses.</source>
        <translation>Logga in med systemets webbläsare, spara sessionen i nyckelringen och hämta den här datorns licenser.</translation>
    </message>
    <message>
        <source>--browser must be &quot;system&quot; or &quot;none&quot;.</source>
        <translation>--browser måste vara ”system” eller ”none”.</translation>
    </message>
    <message>
        <source>The vendor configuration has no loopback redirect URI (redirectUris.loopback), which signing in from the command line needs.</source>
        <translation>Leverantörskonfigurationen saknar en omdirigerings-URI för loopback (redirectUris.loopback), vilket krävs för inloggning från kommandoraden.</translation>
    </message>
    <message>
        <source>Open this address in a browser to sign in:</source>
        <translation>Öppna den här adressen i en webbläsare för att logga in:</translation>
    </message>
    <message>
        <source>Signed in as %1.</source>
        <translation>Inloggad som %1.</translation>
    </message>
    <message>
        <source>(The queued release stays queued.)</source>
        <translation>(Den köade återlämningen ligger kvar i kön.)</translation>
    </message>
    <message>
        <source>Sign out: revoke the session at the provider and remove it from the keychain. The licenses stay on this computer until their leases end; use keywayctl release to deactivate.</source>
        <translation>Logga ut: återkalla sessionen hos inloggningstjänsten och ta bort den från nyckelringen. Licenserna finns kvar på den här datorn tills deras licenslån upphör; använd keywayctl release för att inaktivera.</translation>
    </message>
    <message>
        <source>Signed out.</source>
        <translation>Utloggad.</translation>
    </message>
    <message numerus="yes">
        <source>%n lease release(s) are waiting to be sent to the server.</source>
        <translation>
            <numerusform>%n återlämning av licenslån väntar på att skickas till servern.</numerusform>
            <numerusform>%n återlämningar av licenslån väntar på att skickas till servern.</numerusform>
        </translation>
    </message>
    <message>
        <source>Notice: your sign-in is kept in the file %1, which only your user account can read, instead of the system keychain, as this product&apos;s settings allow. Anyone with access to your files can use it.</source>
        <translation>Obs! Din inloggning sparas i filen %1, som bara ditt användarkonto kan läsa, i stället för i systemets nyckelring, eftersom produktens inställningar tillåter det. Alla som har åtkomst till dina filer kan använda den.</translation>
    </message>
    <message>
        <source>(Why the keychain was not used: %1.)</source>
        <translation>(Orsak till att nyckelringen inte användes: %1.)</translation>
    </message>
    <message>
        <source>A redemption of an activation code is pending (started %1): run keywayctl redeem to finish it.</source>
        <translation>En inlösen av en aktiveringskod har inte slutförts (påbörjad %1): kör keywayctl redeem för att slutföra den.</translation>
    </message>
    <message>
        <source>at an unknown time</source>
        <translation>vid okänd tidpunkt</translation>
    </message>
    <message>
        <source>Redeem an activation code for the signed-in account and check out its licenses for this computer. The code is kept in the keychain until its licenses are stored: without CODE, a redemption that was interrupted (a crash, a lost connection) is finished with the same request, and the code is never consumed twice.</source>
        <translation>Lös in en aktiveringskod för det inloggade kontot och hämta dess licenser till den här datorn. Koden sparas i nyckelringen tills licenserna har sparats: utan CODE slutförs en inlösen som avbröts (en krasch, en bruten anslutning) med samma begäran, och koden förbrukas aldrig två gånger.</translation>
    </message>
    <message>
        <source>The redemption is kept in the keychain: run keywayctl redeem without the code to finish it; the code will not be consumed twice.</source>
        <translation>Inlösen finns kvar i nyckelringen: kör keywayctl redeem utan koden för att slutföra den; koden förbrukas inte två gånger.</translation>
    </message>
    <message>
        <source>Finishing the redemption started %1.</source>
        <translation>Slutför inlösen som påbörjades %1.</translation>
    </message>
    <message>
        <source>Finished the pending redemption.</source>
        <translation>Den påbörjade inlösen har slutförts.</translation>
    </message>
    <message>
        <source>A settings file (client-config.json) that changes where to connect; the license keys stay those built into the product.</source>
        <translation>En inställningsfil (client-config.json) som ändrar vart anslutningen går; licensnycklarna förblir de som är inbyggda i produkten.</translation>
    </message>
    <message>
        <source>A redemption of an activation code is pending (entered by %1, started %2): run keywayctl redeem while signed in as %1 to finish it.</source>
        <translation>En inlösen av en aktiveringskod har inte slutförts (angiven av %1, påbörjad %2): kör keywayctl redeem när du är inloggad som %1 för att slutföra den.</translation>
    </message>
    <message>
        <source>To finish it: keywayctl login, and sign in with that account. To discard it: keywayctl redeem --discard (the code is not consumed).</source>
        <translation>För att slutföra den: keywayctl login, och logga in med det kontot. För att slänga den: keywayctl redeem --discard (koden förbrukas inte).</translation>
    </message>
    <message>
        <source>Discard the pending redemption instead of finishing it; the code stays unused at the license server and can be entered again.</source>
        <translation>Släng den påbörjade inlösen i stället för att slutföra den; koden förblir oanvänd hos licensservern och kan anges igen.</translation>
    </message>
    <message>
        <source>redeem --discard takes no code.</source>
        <translation>redeem --discard tar ingen kod.</translation>
    </message>
    <message>
        <source>The pending redemption was discarded; its code was not consumed.</source>
        <translation>Den påbörjade inlösen slängdes; dess kod förbrukades inte.</translation>
    </message>
    <message>
        <source>&quot;-&quot;: read the activation code from standard input (one line), so that it stays out of the shell history and the process list.</source>
        <translation>&quot;-&quot;: läs aktiveringskoden från standard in (en rad), så att den inte hamnar i skalets historik eller i processlistan.</translation>
    </message>
    <message>
        <source>The activation code (for scripts; --code - or the prompt keep it off the command line); omit it to finish a pending redemption or to be asked for it.</source>
        <translation>Aktiveringskoden (för skript; --code - eller prompten håller den borta från kommandoraden); utelämna den för att slutföra en pågående inlösen eller för att bli tillfrågad om den.</translation>
    </message>
    <message>
        <source>redeem: --code takes only &quot;-&quot; (the code then comes from standard input), never the code itself.</source>
        <translation>redeem: --code tar bara &quot;-&quot; (koden läses då från standard in), aldrig själva koden.</translation>
    </message>
    <message>
        <source>redeem: no activation code on standard input.</source>
        <translation>redeem: ingen aktiveringskod på standard in.</translation>
    </message>
    <message>
        <source>Activation code: </source>
        <translation>Aktiveringskod: </translation>
    </message>
    <message>
        <source>No redemption is pending: redeem needs the activation code (typed at the prompt, or on standard input with --code -).</source>
        <translation>Ingen inlösen pågår: redeem behöver aktiveringskoden (inskriven vid prompten eller från standard in med --code -).</translation>
    </message>
    <message>
        <source>When something fails, also print the technical reason.</source>
        <translation>När något misslyckas, skriv även ut den tekniska orsaken.</translation>
    </message>
    <message>
        <source>Details: %1 (%2)</source>
        <translation>Detaljer: %1 (%2)</translation>
    </message>
    <message>
        <source>none</source>
        <translation>inga</translation>
    </message>
    <message>
        <source>Reference: %1</source>
        <translation>Referens: %1</translation>
    </message>
    <message>
        <source>Notice: the sign-in service did not allow a lasting session. This sign-in ends at %1; sign in again after that to renew the licenses.</source>
        <translation>Obs! Inloggningstjänsten tillät ingen bestående session. Den här inloggningen upphör %1; logga in igen därefter för att förnya licenserna.</translation>
    </message>
    <message>
        <source>status, device-id, import, diagnose, check-code, login, redeem, refresh, release, logout or devices.</source>
        <translation>status, device-id, import, diagnose, check-code, login, redeem, refresh, release, logout eller devices.</translation>
    </message>
    <message>
        <source>Print the list as JSON.</source>
        <translation>Skriv ut listan som JSON.</translation>
    </message>
    <message>
        <source>List the computers your licenses are in use on, with the seats of each license. &quot;devices release ID&quot; removes a computer from your account (its seats are free at once; it works offline only until its current lease ends), &quot;devices rename NAME&quot; renames this computer. Needs a signed-in session (keywayctl login).</source>
        <translation>Lista datorerna där dina licenser används, med platserna i varje licens. &quot;devices release ID&quot; tar bort en dator från ditt konto (dess platser blir lediga direkt; den fungerar offline bara tills dess aktuella lån tar slut), &quot;devices rename NAME&quot; byter namn på den här datorn. Kräver en inloggad session (keywayctl login).</translation>
    </message>
    <message>
        <source>Optional: release ID, or rename NAME.</source>
        <translation>Valfritt: release ID eller rename NAME.</translation>
    </message>
    <message>
        <source>Usage: keywayctl devices [--json] | devices release ID | devices rename NAME</source>
        <translation>Användning: keywayctl devices [--json] | devices release ID | devices rename NAME</translation>
    </message>
    <message>
        <source>--json only goes with the list.</source>
        <translation>--json går bara att använda med listan.</translation>
    </message>
    <message>
        <source>The list of your computers could not be fetched: %1</source>
        <translation>Listan över dina datorer kunde inte hämtas: %1</translation>
    </message>
    <message>
        <source>No computer uses your licenses yet.</source>
        <translation>Ingen dator använder dina licenser ännu.</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(inget namn)</translation>
    </message>
    <message>
        <source>%1 (this computer)</source>
        <translation>%1 (den här datorn)</translation>
    </message>
    <message>
        <source>last used %1</source>
        <translation>senast använd %1</translation>
    </message>
    <message>
        <source>removed from your account on %1</source>
        <translation>borttagen från ditt konto %1</translation>
    </message>
    <message>
        <source>uses %1 until %2</source>
        <translation>använder %1 till %2</translation>
    </message>
    <message>
        <source>%1: seats in use: %2 of %3.</source>
        <translation>%1: platser som används: %2 av %3.</translation>
    </message>
    <message>
        <source>No more computers can be removed from it until %1.</source>
        <translation>Inga fler datorer kan tas bort från den förrän %1.</translation>
    </message>
    <message>
        <source>Computers that can still be removed from it within 30 days: %1.</source>
        <translation>Datorer som fortfarande kan tas bort från den inom 30 dagar: %1.</translation>
    </message>
    <message>
        <source>The computer could not be removed from your account: %1</source>
        <translation>Datorn kunde inte tas bort från ditt konto: %1</translation>
    </message>
    <message>
        <source>Removed &quot;%1&quot; from your account: its seats are free now. It works offline only until its current lease ends.</source>
        <translation>&quot;%1&quot; togs bort från ditt konto: dess platser är lediga nu. Den fungerar offline bara tills dess aktuella lån tar slut.</translation>
    </message>
    <message>
        <source>This computer could not be renamed: %1</source>
        <translation>Den här datorn kunde inte byta namn: %1</translation>
    </message>
    <message>
        <source>This computer is now called &quot;%1&quot; in your account.</source>
        <translation>Den här datorn heter nu &quot;%1&quot; i ditt konto.</translation>
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
        <translation>Kontrollerar och hanterar den här produktens aktivering.

Kommandon som fungerar offline:
  status [--offline] [--json]  Verifiera de sparade licenserna på den här datorn.
  device-id [--explain]        Skriv ut den här datorns enhets-id.
  import FILE                  Spara licenstoken som en administratör har hämtat för
                               det här enhets-id:t (nätverksisolerade datorer).
  diagnose                     Skriv ut en rapport för supporten, utan känsliga uppgifter.
  check-code CODE              Kontrollera en aktiveringskods format.
Kommandon som behöver licensservern:
  login [--browser=system|none]  Logga in.
  redeem [--code -]            Lös in en aktiveringskod (inskriven vid prompten eller
                               från standard in med --code -) och hämta dess licenser;
                               slutför först en avbruten inlösen.
  refresh                      Förnya licenslånen nu.
  release                      Lämna tillbaka den här datorns licenslån (inaktivera);
                               köas när datorn är offline.
  logout                       Logga ut och glöm sessionen.
  devices [--json]             Lista datorerna som använder dina licenser; &quot;devices
                               release ID&quot; tar bort en, &quot;devices rename NAME&quot; byter
                               namn på den här.
Kör &quot;keywayctl COMMAND --help&quot; för att se ett kommandos alternativ.

Avslutningskoder:
  0  åtgärden lyckades; för status: alla licensierade objekt är giltiga
  1  något objekt är inte licensierat, har gått ut eller är skadat; ett token eller en kod avvisades
  2  fel i användningen eller konfigurationen
  3  licensservern kunde inte nås eller svarade med ett fel
  4  inte inloggad, sessionen har upphört eller nyckelringen misslyckades
  5  en lokal fil kunde inte läsas eller skrivas

Miljö: KEYWAY_CONFIG (en inställningsfil för vart anslutningen går, om inte --config anges; aldrig licensnycklarna), KEYWAY_DATA_DIR (licensmappen, om inte --data-dir anges).</translation>
    </message>
    <message>
        <source>Your account has no license for %1 yet. If you have an activation code, redeem it: keywayctl redeem</source>
        <translation>Ditt konto har ännu ingen licens för %1. Om du har en aktiveringskod, lös in den: keywayctl redeem</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>file</source>
        <translation>fil</translation>
    </message>
    <message>
        <source>Where the licenses are kept (default: $KEYWAY_DATA_DIR, else the application data folder).</source>
        <translation>Var licenserna sparas (standard: $KEYWAY_DATA_DIR, annars programmets datamapp).</translation>
    </message>
    <message>
        <source>directory</source>
        <translation>mapp</translation>
    </message>
    <message>
        <source>Activates this product on this computer.</source>
        <translation>Aktiverar den här produkten på den här datorn.</translation>
    </message>
    <message>
        <source>Activation</source>
        <translation>Aktivering</translation>
    </message>
    <message>
        <source>%1 activation</source>
        <translation>Aktivering av %1</translation>
    </message>
    <message>
        <source>The language of the window and the sign-in page, e.g. &quot;fi&quot; (default: the system&apos;s).</source>
        <translation>Språket i fönstret och på inloggningssidan, t.ex. ”sv” (standard: systemets).</translation>
    </message>
    <message>
        <source>language</source>
        <translation>språk</translation>
    </message>
    <message>
        <source>Your sign-in is kept in the file %1, which only your user account can read, because the system keychain cannot be used. Anyone with access to your files can use it.</source>
        <translation>Din inloggning sparas i filen %1, som bara ditt användarkonto kan läsa, eftersom systemets nyckelring inte kan användas. Den som har tillgång till dina filer kan använda den.</translation>
    </message>
    <message>
        <source>A settings file that changes where to connect (default: $KEYWAY_CONFIG); the license keys stay the built-in ones.</source>
        <translation>En inställningsfil som ändrar vart anslutningen går (standard: $KEYWAY_CONFIG); licensnycklarna förblir de inbyggda.</translation>
    </message>
    <message>
        <source>Discard the waiting code</source>
        <translation>Släng den väntande koden</translation>
    </message>
    <message>
        <source>Keep it for %1</source>
        <translation>Behåll den åt %1</translation>
    </message>
</context>
</TS>
