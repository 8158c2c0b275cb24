<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sv_SE">
<context>
    <name>Keyway::ActivateJob</name>
    <message>
        <source>Your account has no license for %1. If you have an activation code, enter it; otherwise sign in with the account you bought the product with.</source>
        <translation>Ditt konto har ingen licens för %1. Om du har en aktiveringskod anger du den; annars loggar du in med kontot som du köpte produkten med.</translation>
    </message>
</context>
<context>
    <name>Keyway::ActivationCode</name>
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
</context>
<context>
    <name>Keyway::ActivationWizard</name>
    <message>
        <source>Activate %1</source>
        <translation>Aktivera %1</translation>
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
        <source>I have no code, just &amp;sign me in</source>
        <translation>Jag har ingen kod, &amp;logga bara in</translation>
    </message>
    <message>
        <source>Sign in with an account that already has a license, without entering a code.</source>
        <translation>Logga in med ett konto som redan har en licens, utan att ange någon kod.</translation>
    </message>
    <message>
        <source>C&amp;ontinue</source>
        <translation>&amp;Fortsätt</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Tillbaka</translation>
    </message>
    <message>
        <source>Stop signing in and return to the activation code.</source>
        <translation>Avbryt inloggningen och gå tillbaka till aktiveringskoden.</translation>
    </message>
    <message>
        <source>Activation in progress</source>
        <translation>Aktivering pågår</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Avbryt</translation>
    </message>
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
        <source>The product could not be activated</source>
        <translation>Produkten kunde inte aktiveras</translation>
    </message>
    <message>
        <source>&amp;Try again</source>
        <translation>&amp;Försök igen</translation>
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
        <source>Fetching the licenses for this computer…</source>
        <translation>Hämtar licenserna för den här datorn…</translation>
    </message>
    <message>
        <source>Saving the licenses…</source>
        <translation>Sparar licenserna…</translation>
    </message>
    <message>
        <source>Connecting to the sign-in page…</source>
        <translation>Ansluter till inloggningssidan…</translation>
    </message>
    <message>
        <source>Signing in at %1</source>
        <translation>Loggar in på %1</translation>
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
        <source>%1, valid until %2</source>
        <translation>%1, giltig till %2</translation>
    </message>
    <message>
        <source>until the subscription ends</source>
        <translation>till prenumerationens slut</translation>
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
        <source>Your web browser could not be opened. Open this address in it to sign in:
%1</source>
        <translation>Det gick inte att öppna webbläsaren. Öppna den här adressen i den för att logga in:
%1</translation>
    </message>
    <message>
        <source>Continue in your web browser. This window goes on by itself once you have signed in there.</source>
        <translation>Fortsätt i webbläsaren. Det här fönstret fortsätter automatiskt när du har loggat in där.</translation>
    </message>
    <message>
        <source>The sign-in service does not allow signing in inside this window. Sign in with your web browser instead.</source>
        <translation>Inloggningstjänsten tillåter inte inloggning i det här fönstret. Logga in med webbläsaren i stället.</translation>
    </message>
    <message>
        <source>The sign-in page cannot be shown in this window. Sign in with your web browser instead.</source>
        <translation>Inloggningssidan kan inte visas i det här fönstret. Logga in med din webbläsare i stället.</translation>
    </message>
</context>
<context>
    <name>Keyway::AuthorizationRequest</name>
    <message>
        <source>The sign-in was refused: %1</source>
        <translation>Inloggningen nekades: %1</translation>
    </message>
</context>
<context>
    <name>Keyway::ClockGuard</name>
    <message>
        <source>This computer&apos;s clock is behind the last confirmed time (%1), so time-limited licenses are blocked. Set the clock to the correct date and time.</source>
        <translation>Datorns klocka går efter den senast bekräftade tiden (%1), så tidsbegränsade licenser är spärrade. Ställ klockan på rätt datum och tid.</translation>
    </message>
</context>
<context>
    <name>Keyway::DeviceId</name>
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
</context>
<context>
    <name>Keyway::Error</name>
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
    <name>Keyway::LicenseImport</name>
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
</context>
<context>
    <name>Keyway::LicenseStatusWidget</name>
    <message>
        <source>%1 licenses</source>
        <translation>Licenser för %1</translation>
    </message>
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
        <source>Details</source>
        <translation>Detaljer</translation>
    </message>
    <message>
        <source>&amp;Activate…</source>
        <translation>&amp;Aktivera…</translation>
    </message>
    <message>
        <source>%1 is not activated on this computer.</source>
        <translation>%1 har inte aktiverats på den här datorn.</translation>
    </message>
    <message>
        <source>%1: %2. %3</source>
        <translation>%1: %2. %3</translation>
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
        <source>&amp;Import license file…</source>
        <translation>&amp;Importera licensfil…</translation>
    </message>
    <message>
        <source>For computers without internet access: a license file your administrator downloaded for this computer&apos;s device id.</source>
        <translation>För datorer utan internetåtkomst: en licensfil som din administratör har hämtat för den här datorns enhets-id.</translation>
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
</context>
<context>
    <name>Keyway::LicenseStore</name>
    <message>
        <source>The stored license file is damaged or has been modified. Activate the product again.</source>
        <translation>Den sparade licensfilen är skadad eller har ändrats. Aktivera produkten igen.</translation>
    </message>
    <message>
        <source>Licensed until %1.</source>
        <translation>Licensierad till %1.</translation>
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
    <name>Keyway::SignInViewPlugin</name>
    <message>
        <source>The sign-in page cannot be shown in this window because its browser component (%1) is not installed. Sign in with your web browser instead, or reinstall the application.</source>
        <translation>Inloggningssidan kan inte visas i det här fönstret eftersom dess webbläsarkomponent (%1) inte är installerad. Logga in med din webbläsare i stället, eller installera om programmet.</translation>
    </message>
    <message>
        <source>The sign-in page cannot be shown in this window because its browser component could not be started (%1). Sign in with your web browser instead, or reinstall the application.</source>
        <translation>Inloggningssidan kan inte visas i det här fönstret eftersom dess webbläsarkomponent inte kunde startas (%1). Logga in med din webbläsare i stället, eller installera om programmet.</translation>
    </message>
</context>
<context>
    <name>Keyway::TokenRequestJob</name>
    <message>
        <source>The sign-in could not be completed: %1</source>
        <translation>Inloggningen kunde inte slutföras: %1</translation>
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
    <name>keywayctl</name>
    <message>
        <source>The vendor configuration (client-config.json) to use.</source>
        <translation>Leverantörskonfigurationen (client-config.json) som ska användas.</translation>
    </message>
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
  redeem CODE                  Redeem an activation code and check out its licenses.
  refresh                      Renew the leases now.
  release                      Release this computer&apos;s leases (deactivate); queued
                               when offline.
  logout                       Sign out and forget the session.
Run &quot;keywayctl COMMAND --help&quot; for a command&apos;s options.

Exit codes:
  0  success; for status: every licensed item is valid
  1  some item is not licensed, has expired or is damaged; a token or code was refused
  2  usage or configuration error
  3  the license server could not be reached or answered with an error
  4  not signed in, the session has ended, or the keychain failed
  5  a local file could not be read or written

Environment: KEYWAY_CONFIG (the vendor configuration, unless --config is given), KEYWAY_DATA_DIR (the license folder, unless --data-dir is given).</source>
        <translation>Kontrollerar och hanterar aktiveringen av den här produkten.

Kommandon som fungerar offline:
  status [--offline] [--json]  Verifiera de sparade licenserna på den här datorn.
  device-id [--explain]        Skriv ut den här datorns enhets-id.
  import FILE                  Spara licenstoken som en administratör har hämtat för
                               det här enhets-id:t (nätverksisolerade datorer).
  diagnose                     Skriv ut en rapport för supporten, utan känsliga uppgifter.
  check-code CODE              Kontrollera formatet på en aktiveringskod.
Kommandon som behöver licensservern:
  login [--browser=system|none]  Logga in.
  redeem CODE                  Lös in en aktiveringskod och hämta dess licenser.
  refresh                      Förnya licenslånen nu.
  release                      Lämna tillbaka den här datorns licenslån (inaktivera);
                               köas när datorn är offline.
  logout                       Logga ut och glöm sessionen.
Kör ”keywayctl COMMAND --help” för att se ett kommandos flaggor.

Avslutningskoder:
  0  lyckades; för status: alla licensierade objekt är giltiga
  1  något objekt är inte licensierat, har gått ut eller är skadat; ett token eller en kod
     avvisades
  2  användnings- eller konfigurationsfel
  3  det gick inte att nå licensservern, eller så svarade den med ett fel
  4  inte inloggad, sessionen har upphört eller nyckelringen fungerade inte
  5  en lokal fil kunde inte läsas eller skrivas

Miljövariabler: KEYWAY_CONFIG (leverantörskonfigurationen, om inte --config anges), KEYWAY_DATA_DIR (licensmappen, om inte --data-dir anges).</translation>
    </message>
    <message>
        <source>status, device-id, import, diagnose, check-code, login, redeem, refresh, release or logout.</source>
        <translation>status, device-id, import, diagnose, check-code, login, redeem, refresh, release eller logout.</translation>
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
        <source>Redeem an activation code for the signed-in account and check out its licenses for this computer.</source>
        <translation>Lös in en aktiveringskod för det inloggade kontot och hämta dess licenser till den här datorn.</translation>
    </message>
    <message>
        <source>redeem needs the activation code.</source>
        <translation>Kommandot redeem behöver aktiveringskoden.</translation>
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
</context>
<context>
    <name>main</name>
    <message>
        <source>The vendor configuration to use (default: $KEYWAY_CONFIG, else the built-in one).</source>
        <translation>Leverantörskonfigurationen som ska användas (standard: $KEYWAY_CONFIG, annars den inbyggda).</translation>
    </message>
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
</context>
</TS>
