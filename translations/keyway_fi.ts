<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fi_FI">
<context>
    <name>Keyway::ActionProgress</name>
    <message>
        <source>Working</source>
        <translation>Käynnissä</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Peruuta</translation>
    </message>
    <message>
        <source>Stops renewing the licenses.</source>
        <translation>Keskeyttää lisenssien uusimisen.</translation>
    </message>
</context>
<context>
    <name>Keyway::ActivateJob</name>
    <message>
        <source>Your account has no license for %1. If you have an activation code, enter it; otherwise sign in with the account you bought the product with.</source>
        <translation>Tililläsi ei ole lisenssiä tuotteeseen %1. Jos sinulla on aktivointikoodi, anna se; muussa tapauksessa kirjaudu sillä tilillä, jolla ostit tuotteen.</translation>
    </message>
</context>
<context>
    <name>Keyway::Activation</name>
    <message>
        <source>The sign-in was refused. %1</source>
        <translation>Kirjautuminen hylättiin. %1</translation>
    </message>
    <message>
        <source>No system keychain can be reached because this session has no D-Bus session bus, so your sign-in cannot be kept. Run the command inside a desktop session (or a D-Bus session with a keychain such as GNOME Keyring), then try again.</source>
        <translation>Järjestelmän avainnippuun ei saada yhteyttä, koska tässä istunnossa ei ole D-Bus-istuntoväylää, joten kirjautumistietojasi ei voi säilyttää. Suorita komento työpöytäistunnossa (tai D-Bus-istunnossa, jossa on avainnippu, kuten GNOME Keyring) ja yritä sitten uudelleen.</translation>
    </message>
    <message>
        <source>No system keychain is running (no Secret Service such as GNOME Keyring or KWallet), so your sign-in cannot be kept. Install or start one, then try again.</source>
        <translation>Järjestelmän avainnippu ei ole käynnissä (ei Secret Service -palvelua, kuten GNOME Keyring tai KWallet), joten kirjautumistietojasi ei voi säilyttää. Asenna tai käynnistä avainnippupalvelu ja yritä sitten uudelleen.</translation>
    </message>
    <message>
        <source>The system keychain is locked, so your sign-in cannot be read or kept. Unlock it (for example by signing in to the desktop again, or in your keychain manager), then try again.</source>
        <translation>Järjestelmän avainnippu on lukittu, joten kirjautumistietojasi ei voi lukea eikä säilyttää. Avaa sen lukitus (esimerkiksi kirjautumalla uudelleen työpöydälle tai avainnippujen hallintaohjelmassa) ja yritä sitten uudelleen.</translation>
    </message>
    <message>
        <source>The system keychain has no default keyring to keep your sign-in in. Create one (for example in GNOME&apos;s Passwords and Keys), then try again.</source>
        <translation>Järjestelmän avainnippupalvelussa ei ole oletusavainnippua, johon kirjautumistietosi voisi säilyttää. Luo sellainen (esimerkiksi GNOMEn Salasanat ja avaimet -sovelluksessa) ja yritä sitten uudelleen.</translation>
    </message>
    <message>
        <source>The system keychain reported an error and your sign-in could not be kept. Restarting the keychain service (or signing out of the desktop and in again) usually helps; then try again.</source>
        <translation>Järjestelmän avainnippu ilmoitti virheestä, eikä kirjautumistietojasi voitu säilyttää. Avainnippupalvelun uudelleenkäynnistys (tai uloskirjautuminen työpöydältä ja uusi sisäänkirjautuminen) auttaa yleensä; yritä sitten uudelleen.</translation>
    </message>
    <message numerus="yes">
        <source>The system keychain did not answer within %n second(s). It is probably locked and waiting for its password in a window nobody can see. Unlock it (for example by signing in to the desktop again), then try again.</source>
        <translation>
            <numerusform>Järjestelmän avainnippu ei vastannut %n sekunnin kuluessa. Se on luultavasti lukittu ja odottaa salasanaa ikkunassa, jota kukaan ei näe. Avaa sen lukitus (esimerkiksi kirjautumalla uudelleen työpöydälle) ja yritä sitten uudelleen.</numerusform>
            <numerusform>Järjestelmän avainnippu ei vastannut %n sekunnin kuluessa. Se on luultavasti lukittu ja odottaa salasanaa ikkunassa, jota kukaan ei näe. Avaa sen lukitus (esimerkiksi kirjautumalla uudelleen työpöydälle) ja yritä sitten uudelleen.</numerusform>
        </translation>
    </message>
    <message>
        <source>The sign-in service is not set up securely: it sends this product to an address without https (%1). Nothing was sent. Contact the product&apos;s vendor.</source>
        <translation>Kirjautumispalvelua ei ole määritetty turvallisesti: se ohjaa tämän tuotteen osoitteeseen, joka ei käytä https-yhteyttä (%1). Mitään ei lähetetty. Ota yhteyttä tuotteen toimittajaan.</translation>
    </message>
    <message>
        <source>The product&apos;s settings name a file of extra CA certificates (%1) that cannot be used: %2. Correct or remove &quot;extraCaCertificates&quot; in the product&apos;s settings, or ask your administrator.</source>
        <translation>Tuotteen asetuksissa mainittua CA-lisävarmenteiden tiedostoa (%1) ei voi käyttää: %2. Korjaa tai poista tuotteen asetuksista kohta ”extraCaCertificates” tai kysy järjestelmänvalvojalta.</translation>
    </message>
    <message>
        <source>it holds no PEM certificate</source>
        <translation>siinä ei ole PEM-varmennetta</translation>
    </message>
    <message>
        <source>its certificates have expired</source>
        <translation>sen varmenteet ovat vanhentuneet</translation>
    </message>
    <message>
        <source>The connection to the activation service was refused: the server&apos;s certificate is not trusted by this computer. If your network inspects encrypted connections (a company proxy or security software), ask your administrator for its CA certificate and add it to the product&apos;s settings as &quot;extraCaCertificates&quot;. Otherwise someone may be intercepting the connection: do not continue on this network.</source>
        <translation>Yhteys aktivointipalveluun hylättiin: tämä tietokone ei luota palvelimen varmenteeseen. Jos verkkosi tarkastaa salattuja yhteyksiä (yrityksen välityspalvelin tai tietoturvaohjelmisto), pyydä järjestelmänvalvojalta sen CA-varmenne ja lisää se tuotteen asetuksiin kohtaan ”extraCaCertificates”. Muussa tapauksessa joku saattaa siepata yhteyden: älä jatka tässä verkossa.</translation>
    </message>
    <message>
        <source>The connection to the activation service was refused: the server&apos;s certificate belongs to another server. Check your proxy settings; someone may be intercepting the connection.</source>
        <translation>Yhteys aktivointipalveluun hylättiin: palvelimen varmenne kuuluu toiselle palvelimelle. Tarkista välityspalvelinasetukset; joku saattaa siepata yhteyden.</translation>
    </message>
    <message>
        <source>The connection to the activation service was refused: the server&apos;s certificate has been revoked. Try again later or contact support.</source>
        <translation>Yhteys aktivointipalveluun hylättiin: palvelimen varmenne on peruttu. Yritä myöhemmin uudelleen tai ota yhteyttä tukeen.</translation>
    </message>
    <message>
        <source>The connection to the activation service was refused: the server&apos;s certificate is expired or not valid yet. Check that this computer&apos;s date and time are correct.</source>
        <translation>Yhteys aktivointipalveluun hylättiin: palvelimen varmenne on vanhentunut tai ei ole vielä voimassa. Tarkista, että tämän tietokoneen päivämäärä ja kellonaika ovat oikein.</translation>
    </message>
</context>
<context>
    <name>Keyway::ActivationFlow</name>
    <message>
        <source>The sign-in page cannot be shown in this window. Sign in with your web browser instead.</source>
        <translation>Kirjautumissivua ei voi näyttää tässä ikkunassa. Kirjaudu sen sijaan verkkoselaimellasi.</translation>
    </message>
</context>
<context>
    <name>Keyway::ActivationWizard</name>
    <message>
        <source>Activate %1</source>
        <translation>Aktivoi %1</translation>
    </message>
    <message>
        <source>Import license file</source>
        <translation>Tuo lisenssitiedosto</translation>
    </message>
    <message>
        <source>License files (*.jwt *.txt *.lic);;All files (*)</source>
        <translation>Lisenssitiedostot (*.jwt *.txt *.lic);;Kaikki tiedostot (*)</translation>
    </message>
    <message>
        <source>The license file %1 was not imported: %2 Nothing was changed on this computer.</source>
        <translation>Lisenssitiedostoa %1 ei tuotu: %2 Tähän tietokoneeseen ei tehty muutoksia.</translation>
    </message>
    <message>
        <source>Get help</source>
        <translation>Hae apua</translation>
    </message>
    <message>
        <source>Address of the help page</source>
        <translation>Ohjesivun osoite</translation>
    </message>
</context>
<context>
    <name>Keyway::AddressToCopy</name>
    <message>
        <source>No browser could be opened. Open this address in a browser:</source>
        <translation>Selainta ei voitu avata. Avaa tämä osoite selaimessa:</translation>
    </message>
    <message>
        <source>C&amp;opy address</source>
        <translation>K&amp;opioi osoite</translation>
    </message>
</context>
<context>
    <name>Keyway::BrowserPage</name>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Takaisin</translation>
    </message>
    <message>
        <source>Stop signing in and return to the activation code.</source>
        <translation>Keskeytä kirjautuminen ja palaa aktivointikoodiin.</translation>
    </message>
    <message>
        <source>Connecting to the sign-in page…</source>
        <translation>Yhdistetään kirjautumissivulle…</translation>
    </message>
    <message>
        <source>Signing in at %1</source>
        <translation>Kirjaudutaan sivustolla %1</translation>
    </message>
</context>
<context>
    <name>Keyway::CodePage</name>
    <message>
        <source>Enter your activation code</source>
        <translation>Anna aktivointikoodi</translation>
    </message>
    <message>
        <source>Enter the activation code you received with your purchase. It has 25 characters in five groups of five.</source>
        <translation>Anna aktivointikoodi, jonka sait ostoksesi yhteydessä. Koodissa on 25 merkkiä viidessä viiden merkin ryhmässä.</translation>
    </message>
    <message>
        <source>&amp;Activation code:</source>
        <translation>&amp;Aktivointikoodi:</translation>
    </message>
    <message>
        <source>Activation code</source>
        <translation>Aktivointikoodi</translation>
    </message>
    <message>
        <source>25 characters in five groups of five; the dashes are added as you type.</source>
        <translation>25 merkkiä viidessä viiden merkin ryhmässä; väliviivat lisätään kirjoittaessasi.</translation>
    </message>
    <message>
        <source>Problem with the activation code</source>
        <translation>Ongelma aktivointikoodissa</translation>
    </message>
    <message>
        <source>&amp;Create an account</source>
        <translation>&amp;Luo tili</translation>
    </message>
    <message>
        <source>I already &amp;have an account</source>
        <translation>&amp;Minulla on jo tili</translation>
    </message>
    <message>
        <source>Your account</source>
        <translation>Tilisi</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Takaisin</translation>
    </message>
    <message>
        <source>Returns to the choice of how to activate.</source>
        <translation>Palaa aktivointitavan valintaan.</translation>
    </message>
    <message>
        <source>C&amp;ontinue</source>
        <translation>&amp;Jatka</translation>
    </message>
    <message>
        <source>Check group %1 of 5: %2</source>
        <translation>Tarkista ryhmä %1/5: %2</translation>
    </message>
    <message>
        <source>The code is complete and correct.</source>
        <translation>Koodi on täydellinen ja oikein.</translation>
    </message>
</context>
<context>
    <name>Keyway::ConnectionTest</name>
    <message>
        <source>Proxy</source>
        <translation>Välityspalvelin</translation>
    </message>
    <message>
        <source>Name lookup (DNS)</source>
        <translation>Nimenselvitys (DNS)</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>Yhteys</translation>
    </message>
    <message>
        <source>Secure connection (TLS)</source>
        <translation>Suojattu yhteys (TLS)</translation>
    </message>
    <message>
        <source>Sign-in service</source>
        <translation>Kirjautumispalvelu</translation>
    </message>
    <message>
        <source>Not run yet</source>
        <translation>Ei vielä suoritettu</translation>
    </message>
    <message>
        <source>Passed</source>
        <translation>Onnistui</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Epäonnistui</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Ohitettu</translation>
    </message>
    <message>
        <source>Not checked, because an earlier step failed.</source>
        <translation>Ei tarkistettu, koska aiempi vaihe epäonnistui.</translation>
    </message>
    <message>
        <source>No proxy: this computer connects to the service directly.</source>
        <translation>Ei välityspalvelinta: tämä tietokone muodostaa yhteyden palveluun suoraan.</translation>
    </message>
    <message>
        <source>Connections go through the proxy %1.</source>
        <translation>Yhteydet kulkevat välityspalvelimen %1 kautta.</translation>
    </message>
    <message>
        <source>If the next steps fail, check the proxy settings or ask your network administrator whether the proxy allows this service.</source>
        <translation>Jos seuraavat vaiheet epäonnistuvat, tarkista välityspalvelinasetukset tai kysy verkon ylläpitäjältä, salliiko välityspalvelin tämän palvelun.</translation>
    </message>
    <message>
        <source>Looking up %1 took too long.</source>
        <translation>Nimen %1 selvittäminen kesti liian kauan.</translation>
    </message>
    <message>
        <source>The network&apos;s name server does not answer. Check that this computer is connected to the internet, or try another network.</source>
        <translation>Verkon nimipalvelin ei vastaa. Tarkista, että tämä tietokone on yhteydessä internetiin, tai kokeile toista verkkoa.</translation>
    </message>
    <message>
        <source>The name %1 could not be found.</source>
        <translation>Nimeä %1 ei löytynyt.</translation>
    </message>
    <message>
        <source>Check that this computer is connected to the internet. If other websites open, the network may block this service: ask your network administrator.</source>
        <translation>Tarkista, että tämä tietokone on yhteydessä internetiin. Jos muut sivustot avautuvat, verkko saattaa estää tämän palvelun: kysy verkon ylläpitäjältä.</translation>
    </message>
    <message>
        <source>%1 is at %2.</source>
        <translation>Nimi %1 selvitettiin: %2.</translation>
    </message>
    <message>
        <source>No answer from %1.</source>
        <translation>Osoitteesta %1 ei tullut vastausta.</translation>
    </message>
    <message>
        <source>A firewall may be dropping the connection silently. Ask your network administrator to allow it, or try another network.</source>
        <translation>Palomuuri saattaa hylätä yhteyden huomaamatta. Pyydä verkon ylläpitäjää sallimaan yhteys tai kokeile toista verkkoa.</translation>
    </message>
    <message>
        <source>Connected to %1.</source>
        <translation>Yhteys osoitteeseen %1 muodostettiin.</translation>
    </message>
    <message>
        <source>The connection to %1 was refused.</source>
        <translation>Yhteys osoitteeseen %1 hylättiin.</translation>
    </message>
    <message>
        <source>Nothing accepts connections there: the service may be down, or a firewall rejects the connection. Try again later, or ask your network administrator.</source>
        <translation>Mikään ei ota vastaan yhteyksiä kyseisessä osoitteessa: palvelu voi olla poissa käytöstä, tai palomuuri hylkää yhteyden. Yritä myöhemmin uudelleen tai kysy verkon ylläpitäjältä.</translation>
    </message>
    <message>
        <source>%1 cannot be reached: %2</source>
        <translation>Osoitteeseen %1 ei saada yhteyttä: %2</translation>
    </message>
    <message>
        <source>Check this computer&apos;s network connection. If it works for other services, a firewall may block this one: ask your network administrator.</source>
        <translation>Tarkista tämän tietokoneen verkkoyhteys. Jos muut palvelut toimivat, palomuuri saattaa estää tämän palvelun: kysy verkon ylläpitäjältä.</translation>
    </message>
    <message>
        <source>Not used: this service is reached without encryption (http).</source>
        <translation>Ei käytössä: palveluun muodostetaan yhteys ilman salausta (http).</translation>
    </message>
    <message>
        <source>This computer has no TLS support installed.</source>
        <translation>Tähän tietokoneeseen ei ole asennettu TLS-tukea.</translation>
    </message>
    <message>
        <source>Reinstall the product or contact its vendor.</source>
        <translation>Asenna tuote uudelleen tai ota yhteyttä sen toimittajaan.</translation>
    </message>
    <message>
        <source>The secure connection to %1 was not completed in time.</source>
        <translation>Suojattua yhteyttä palvelimeen %1 ei saatu muodostettua ajoissa.</translation>
    </message>
    <message>
        <source>Something between this computer and the service holds the connection. Try another network or ask your network administrator.</source>
        <translation>Jokin tämän tietokoneen ja palvelun välillä pysäyttää yhteyden. Kokeile toista verkkoa tai kysy verkon ylläpitäjältä.</translation>
    </message>
    <message>
        <source>Secure connection to %1; its certificate is valid until %2.</source>
        <translation>Suojattu yhteys palvelimeen %1; varmenne on voimassa %2 asti.</translation>
    </message>
    <message>
        <source>The secure connection to %1 failed: %2</source>
        <translation>Suojattu yhteys palvelimeen %1 epäonnistui: %2</translation>
    </message>
    <message>
        <source>The service or something on the way (a proxy, security software) broke off the encrypted connection. Try again later, or ask your network administrator.</source>
        <translation>Palvelu tai jokin matkan varrella (välityspalvelin, tietoturvaohjelmisto) katkaisi salatun yhteyden. Yritä myöhemmin uudelleen tai kysy verkon ylläpitäjältä.</translation>
    </message>
    <message>
        <source>The certificate of %1 is not trusted: %2</source>
        <translation>Palvelimen %1 varmennetta ei pidetä luotettavana: %2</translation>
    </message>
    <message>
        <source>If your network inspects encrypted connections (a company proxy or security software), ask your IT department to have its certificate added to this product&apos;s settings. Otherwise check that this computer&apos;s date and time are correct.</source>
        <translation>Jos verkkosi tarkastaa salattuja yhteyksiä (yrityksen välityspalvelin tai tietoturvaohjelmisto), pyydä IT-tukea lisäämään sen varmenne tämän tuotteen asetuksiin. Muussa tapauksessa tarkista, että tämän tietokoneen päivämäärä ja kellonaika ovat oikein.</translation>
    </message>
    <message>
        <source>The network works, but the service has a problem, or something between this computer and the service (a proxy, a hotel or airport login page) changes its answers. Try again later; if it persists, contact support.</source>
        <translation>Verkko toimii, mutta palvelussa on ongelma, tai jokin tämän tietokoneen ja palvelun välillä (välityspalvelin, hotellin tai lentokentän kirjautumissivu) muuttaa sen vastauksia. Yritä myöhemmin uudelleen. Jos ongelma jatkuu, ota yhteyttä tukeen.</translation>
    </message>
    <message>
        <source>The sign-in service answered with an error (HTTP %1).</source>
        <translation>Kirjautumispalvelu vastasi virheellä (HTTP %1).</translation>
    </message>
    <message>
        <source>The sign-in service did not answer: %1</source>
        <translation>Kirjautumispalvelu ei vastannut: %1</translation>
    </message>
    <message>
        <source>The sign-in service answered with something unexpected.</source>
        <translation>Kirjautumispalvelu antoi odottamattoman vastauksen.</translation>
    </message>
    <message>
        <source>The sign-in service answered.</source>
        <translation>Kirjautumispalvelu vastasi.</translation>
    </message>
    <message>
        <source>%1 is an address: no name to look up.</source>
        <translation>%1 on osoite: nimeä ei tarvitse selvittää.</translation>
    </message>
</context>
<context>
    <name>Keyway::ConnectionTestDialog</name>
    <message>
        <source>Connection test</source>
        <translation>Yhteystesti</translation>
    </message>
</context>
<context>
    <name>Keyway::ConnectionTestPage</name>
    <message>
        <source>Connection test</source>
        <translation>Yhteystesti</translation>
    </message>
    <message>
        <source>Connection test results</source>
        <translation>Yhteystestin tulokset</translation>
    </message>
    <message>
        <source>Each step on the way to the sign-in service, whether it passed, and what to do.</source>
        <translation>Yhteyden jokainen vaihe kirjautumispalveluun asti, vaiheen tulos ja toimintaohjeet.</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Takaisin</translation>
    </message>
    <message>
        <source>Returns to the error message.</source>
        <translation>Palaa virheilmoitukseen.</translation>
    </message>
    <message>
        <source>Test &amp;again</source>
        <translation>Testaa &amp;uudelleen</translation>
    </message>
    <message>
        <source>&amp;Network settings…</source>
        <translation>&amp;Verkkoasetukset…</translation>
    </message>
    <message>
        <source>Choose the proxy this program connects through.</source>
        <translation>Valitse välityspalvelin, jonka kautta tämä ohjelma muodostaa yhteyden.</translation>
    </message>
    <message>
        <source>Testing the connection to %1…</source>
        <translation>Testataan yhteyttä palvelimeen %1…</translation>
    </message>
    <message>
        <source>The connection test found a problem. The failed step says what to do.</source>
        <translation>Yhteystesti löysi ongelman. Epäonnistuneen vaiheen kohdalla kerrotaan, mitä voit tehdä.</translation>
    </message>
    <message>
        <source>Every step passed: the sign-in service can be reached from this computer.</source>
        <translation>Kaikki vaiheet onnistuivat: kirjautumispalveluun saadaan yhteys tästä tietokoneesta.</translation>
    </message>
</context>
<context>
    <name>Keyway::DeviceListModel</name>
    <message>
        <source>Not used yet</source>
        <translation>Ei vielä käytetty</translation>
    </message>
    <message>
        <source>Last used today</source>
        <translation>Käytetty viimeksi tänään</translation>
    </message>
    <message>
        <source>Last used yesterday</source>
        <translation>Käytetty viimeksi eilen</translation>
    </message>
    <message>
        <source>Last used on %1</source>
        <translation>Käytetty viimeksi %1</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(ei nimeä)</translation>
    </message>
    <message>
        <source>%1 (this computer)</source>
        <translation>%1 (tämä tietokone)</translation>
    </message>
    <message>
        <source>Removed from your account on %1</source>
        <translation>Poistettu tililtäsi %1</translation>
    </message>
    <message>
        <source>This computer</source>
        <translation>Tämä tietokone</translation>
    </message>
    <message>
        <source>Uses %1</source>
        <translation>Käyttää: %1</translation>
    </message>
    <message>
        <source>Uses no license now</source>
        <translation>Ei käytä nyt lisenssiä</translation>
    </message>
    <message>
        <source>%1. %2. %3.</source>
        <translation>%1. %2. %3.</translation>
    </message>
    <message>
        <source>No computer uses your licenses yet.</source>
        <translation>Mikään tietokone ei vielä käytä lisenssejäsi.</translation>
    </message>
    <message>
        <source>1 computer on your account.</source>
        <translation>Tililläsi on 1 tietokone.</translation>
    </message>
    <message>
        <source>%1 computers on your account.</source>
        <translation>Tililläsi on %1 tietokonetta.</translation>
    </message>
    <message>
        <source>%1: %2 of 1 computer in use.</source>
        <translation>%1: käytössä %2/1 tietokoneesta.</translation>
    </message>
    <message>
        <source>%1: %2 of %3 computers in use.</source>
        <translation>%1: käytössä %2/%3 tietokoneesta.</translation>
    </message>
    <message>
        <source>No more computers can be removed from it until %1.</source>
        <translation>Siitä ei voi poistaa enempää tietokoneita ennen kuin %1.</translation>
    </message>
    <message>
        <source>Remove “%1” from your account?</source>
        <translation>Poistetaanko ”%1” tililtäsi?</translation>
    </message>
    <message>
        <source>It keeps working offline until %1, then it needs to be activated again.</source>
        <translation>Se toimii ilman yhteyttä %1 asti, minkä jälkeen se on aktivoitava uudelleen.</translation>
    </message>
    <message>
        <source>It needs to be activated again to use your licenses.</source>
        <translation>Se on aktivoitava uudelleen, jotta se voi käyttää lisenssejäsi.</translation>
    </message>
    <message>
        <source>“%1” stops using your licenses, and its seats are free at once for another computer. %2 Only a few computers can be removed within 30 days.</source>
        <translation>”%1” lakkaa käyttämästä lisenssejäsi, ja sen paikat vapautuvat heti toiselle tietokoneelle. %2 30 päivän aikana voi poistaa vain muutaman tietokoneen.</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Poista</translation>
    </message>
    <message>
        <source>“%1” was removed from your account. Its seats are free now.</source>
        <translation>”%1” poistettiin tililtäsi. Sen paikat ovat nyt vapaina.</translation>
    </message>
    <message>
        <source>This computer is now called “%1” in your account.</source>
        <translation>Tämän tietokoneen nimi tililläsi on nyt ”%1”.</translation>
    </message>
</context>
<context>
    <name>Keyway::DeviceRenameJob</name>
    <message>
        <source>This computer is not on your account&apos;s list of computers yet. Activate the product here first.</source>
        <translation>Tämä tietokone ei ole vielä tilisi tietokoneiden luettelossa. Aktivoi tuote ensin tällä tietokoneella.</translation>
    </message>
</context>
<context>
    <name>Keyway::DevicesWidget</name>
    <message>
        <source>Computers using your licenses</source>
        <translation>Lisenssejäsi käyttävät tietokoneet</translation>
    </message>
    <message>
        <source>See which computers use your licenses, rename this one, or remove one you no longer use.</source>
        <translation>Katso, mitkä tietokoneet käyttävät lisenssejäsi, nimeä tämä tietokone uudelleen tai poista tietokone, jota et enää käytä.</translation>
    </message>
    <message>
        <source>Computers on your account</source>
        <translation>Tilisi tietokoneet</translation>
    </message>
    <message>
        <source>Computer</source>
        <translation>Tietokone</translation>
    </message>
    <message>
        <source>Last used</source>
        <translation>Käytetty viimeksi</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Tila</translation>
    </message>
    <message>
        <source>S&amp;how computers</source>
        <translation>&amp;Näytä tietokoneet</translation>
    </message>
    <message>
        <source>Asks the license server which computers use your licenses.</source>
        <translation>Kysyy lisenssipalvelimelta, mitkä tietokoneet käyttävät lisenssejäsi.</translation>
    </message>
    <message>
        <source>R&amp;ename this computer…</source>
        <translation>N&amp;imeä tämä tietokone uudelleen…</translation>
    </message>
    <message>
        <source>The name this computer has in your account&apos;s list of computers.</source>
        <translation>Tämän tietokoneen nimi tilisi tietokoneluettelossa.</translation>
    </message>
    <message>
        <source>Remo&amp;ve from account…</source>
        <translation>Poista tililt&amp;ä…</translation>
    </message>
    <message>
        <source>Frees the seats of the computer chosen in the list, for example one that was sold, lost or reinstalled.</source>
        <translation>Vapauttaa luettelosta valitun tietokoneen paikat, esimerkiksi myydyn, kadonneen tai uudelleen asennetun tietokoneen.</translation>
    </message>
    <message>
        <source>Refres&amp;h the list</source>
        <translation>Päivitä lu&amp;ettelo</translation>
    </message>
    <message>
        <source>Looking up the computers on your account…</source>
        <translation>Haetaan tilisi tietokoneita…</translation>
    </message>
    <message>
        <source>The list of computers could not be loaded: %1</source>
        <translation>Tietokoneluetteloa ei voitu ladata: %1</translation>
    </message>
    <message>
        <source>Rename this computer</source>
        <translation>Nimeä tämä tietokone uudelleen</translation>
    </message>
    <message>
        <source>The name of this computer in your account:</source>
        <translation>Tämän tietokoneen nimi tililläsi:</translation>
    </message>
    <message>
        <source>Renaming this computer…</source>
        <translation>Tietokonetta nimetään uudelleen…</translation>
    </message>
    <message>
        <source>This computer could not be renamed: %1</source>
        <translation>Tätä tietokonetta ei voitu nimetä uudelleen: %1</translation>
    </message>
    <message>
        <source>Removing “%1” from your account…</source>
        <translation>Poistetaan ”%1” tililtäsi…</translation>
    </message>
    <message>
        <source>“%1” could not be removed: %2</source>
        <translation>”%1” ei voitu poistaa: %2</translation>
    </message>
</context>
<context>
    <name>Keyway::FailureModel</name>
    <message>
        <source>The product could not be activated</source>
        <translation>Tuotetta ei voitu aktivoida</translation>
    </message>
    <message>
        <source>Sign in with a&amp;nother account</source>
        <translation>&amp;Kirjaudu toisella tilillä</translation>
    </message>
    <message>
        <source>C&amp;hange the code</source>
        <translation>&amp;Muuta koodia</translation>
    </message>
    <message>
        <source>Enter a co&amp;de</source>
        <translation>A&amp;nna koodi</translation>
    </message>
    <message>
        <source>A code entered by another account is waiting</source>
        <translation>Toisen tilin antama koodi odottaa</translation>
    </message>
    <message>
        <source>Nothing was redeemed for the account you signed in with.</source>
        <translation>Tilille, jolla kirjauduit, ei lunastettu mitään.</translation>
    </message>
    <message>
        <source>Sign in as %1</source>
        <translation>Kirjaudu käyttäjänä %1</translation>
    </message>
    <message>
        <source>This code is already in use</source>
        <translation>Tämä koodi on jo käytetty</translation>
    </message>
    <message>
        <source>If it was not you, check the code against the one you received, or enter another one.</source>
        <translation>Jos et itse lunastanut koodia, vertaa sitä saamaasi koodiin tai anna toinen koodi.</translation>
    </message>
    <message>
        <source>This code cannot be redeemed</source>
        <translation>Tätä koodia ei voi lunastaa</translation>
    </message>
    <message>
        <source>Enter an activation code, or sign in with the account you bought the product with.</source>
        <translation>Anna aktivointikoodi tai kirjaudu sisään tilillä, jolla ostit tuotteen.</translation>
    </message>
    <message>
        <source>The sign-in service cannot be reached</source>
        <translation>Kirjautumispalveluun ei saada yhteyttä</translation>
    </message>
    <message>
        <source>Test the connection to find out where it fails, then try again.</source>
        <translation>Selvitä yhteystestillä, missä kohdassa yhteys epäonnistuu, ja yritä sitten uudelleen.</translation>
    </message>
    <message>
        <source>Confirm your e-mail address</source>
        <translation>Vahvista sähköpostiosoitteesi</translation>
    </message>
    <message>
        <source>We sent you an e-mail with a link. Open the link, then continue here.</source>
        <translation>Lähetimme sinulle sähköpostiviestin, jossa on linkki. Avaa linkki ja jatka sitten tässä ikkunassa.</translation>
    </message>
    <message>
        <source>We sent a link to %1. Open it, then continue here.</source>
        <translation>Lähetimme linkin osoitteeseen %1. Avaa linkki ja jatka sitten tässä ikkunassa.</translation>
    </message>
    <message>
        <source>No e-mail? Look in your spam folder. Signing in again sends a new link.</source>
        <translation>Eikö viestiä tullut? Katso roskapostikansiosta. Kun kirjaudut uudelleen, saat uuden linkin.</translation>
    </message>
    <message>
        <source>Your sign-in cannot be saved</source>
        <translation>Kirjautumistietoja ei voi tallentaa</translation>
    </message>
    <message>
        <source>Unlock your keyring (GNOME Keyring, KWallet or the macOS keychain), allow %1 to use it if you are asked, then try again.</source>
        <translation>Avaa avainnippusi lukitus (GNOME Keyring, KWallet tai macOSin avainnippu), salli tuotteen %1 käyttää sitä, jos sitä kysytään, ja yritä sitten uudelleen.</translation>
    </message>
    <message>
        <source>Try again in a few minutes. If it keeps happening, contact support.</source>
        <translation>Yritä uudelleen muutaman minuutin kuluttua. Jos ongelma toistuu, ota yhteyttä tukeen.</translation>
    </message>
    <message>
        <source>Try again in a few minutes. If it keeps happening, contact support and quote the reference below.</source>
        <translation>Yritä uudelleen muutaman minuutin kuluttua. Jos ongelma toistuu, ota yhteyttä tukeen ja mainitse alla oleva viitetunnus.</translation>
    </message>
    <message>
        <source>Too many attempts</source>
        <translation>Liian monta yritystä</translation>
    </message>
    <message>
        <source>The sign-in service does not allow signing in inside this window. Sign in with your web browser instead.</source>
        <translation>Kirjautumispalvelu ei salli kirjautumista tässä ikkunassa. Kirjaudu sen sijaan verkkoselaimella.</translation>
    </message>
    <message>
        <source>The activation service cannot be reached</source>
        <translation>Aktivointipalveluun ei saada yhteyttä</translation>
    </message>
</context>
<context>
    <name>Keyway::FailurePage</name>
    <message>
        <source>The product could not be activated</source>
        <translation>Tuotetta ei voitu aktivoida</translation>
    </message>
    <message>
        <source>Co&amp;py reference</source>
        <translation>Ko&amp;pioi viitetunnus</translation>
    </message>
    <message>
        <source>Copies the reference of this failure, for a message to support.</source>
        <translation>Kopioi tämän virheen viitetunnuksen tuelle lähetettävää viestiä varten.</translation>
    </message>
    <message>
        <source>Sign in with a&amp;nother account</source>
        <translation>&amp;Kirjaudu toisella tilillä</translation>
    </message>
    <message>
        <source>Signs in again, with the account the code was redeemed by or another one.</source>
        <translation>Kirjautuu uudelleen sisään joko tilillä, jolla koodi lunastettiin, tai jollakin toisella tilillä.</translation>
    </message>
    <message>
        <source>C&amp;hange the code</source>
        <translation>&amp;Muuta koodia</translation>
    </message>
    <message>
        <source>Returns to the activation code, to correct it or enter another one.</source>
        <translation>Palaa aktivointikoodiin, jotta voit korjata sen tai antaa toisen koodin.</translation>
    </message>
    <message>
        <source>&amp;Discard the waiting code</source>
        <extracomment>A code another account entered is waiting to be redeemed: forget it</extracomment>
        <translation>&amp;Hylkää odottava koodi</translation>
    </message>
    <message>
        <source>Forgets the activation code the other account entered; it stays unused and can be entered again. Then continues with the account you signed in with.</source>
        <translation>Unohtaa toisen tilin antaman aktivointikoodin; koodi jää käyttämättömäksi ja sen voi antaa uudelleen. Jatkaa sitten tilillä, jolla kirjauduit.</translation>
    </message>
    <message>
        <source>Test &amp;connection</source>
        <translation>&amp;Testaa yhteys</translation>
    </message>
    <message>
        <source>Checks step by step where the connection to the sign-in service fails.</source>
        <translation>Selvittää vaihe vaiheelta, missä kohdassa yhteys kirjautumispalveluun epäonnistuu.</translation>
    </message>
    <message>
        <source>Sign in with my &amp;web browser</source>
        <extracomment>Shown when the sign-in page could not be used inside the window</extracomment>
        <translation>Kirjaudu sisään &amp;verkkoselaimella</translation>
    </message>
    <message>
        <source>Opens the sign-in page in your usual web browser and continues here afterwards.</source>
        <translation>Avaa kirjautumissivun tavallisesti käyttämässäsi verkkoselaimessa ja jatkaa sen jälkeen tässä ikkunassa.</translation>
    </message>
    <message>
        <source>&amp;Start over</source>
        <translation>&amp;Aloita alusta</translation>
    </message>
    <message>
        <source>Returns to the choice of how to activate.</source>
        <translation>Palaa aktivointitavan valintaan.</translation>
    </message>
    <message>
        <source>C&amp;ontinue</source>
        <extracomment>After the e-mail address was confirmed through the link</extracomment>
        <translation>&amp;Jatka</translation>
    </message>
    <message>
        <source>Signs in again once you have opened the link in the e-mail.</source>
        <translation>Kirjautuu uudelleen sisään, kun olet avannut sähköpostiviestissä olevan linkin.</translation>
    </message>
    <message>
        <source>&amp;Try again</source>
        <translation>&amp;Yritä uudelleen</translation>
    </message>
    <message>
        <source>Repeats the activation.</source>
        <translation>Yrittää aktivointia uudelleen.</translation>
    </message>
    <message>
        <source>The reference %1 is copied. Paste it into your message to support.</source>
        <translation>Viitetunnus %1 on kopioitu. Liitä se tuelle lähettämääsi viestiin.</translation>
    </message>
    <message>
        <source>Details: %1</source>
        <translation>Tiedot: %1</translation>
    </message>
    <message>
        <source>Reference: %1</source>
        <translation>Viitetunnus: %1</translation>
    </message>
    <message>
        <source>You can try again now.</source>
        <translation>Voit nyt yrittää uudelleen.</translation>
    </message>
    <message numerus="yes">
        <source>Try again in %n second(s).</source>
        <translation>
            <numerusform>Yritä uudelleen %n sekunnin kuluttua.</numerusform>
            <numerusform>Yritä uudelleen %n sekunnin kuluttua.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Keyway::HelperSignInView</name>
    <message>
        <source>Opening the sign-in page…</source>
        <translation>Avataan kirjautumissivua…</translation>
    </message>
    <message>
        <source>&amp;Show the sign-in window</source>
        <translation>&amp;Näytä kirjautumisikkuna</translation>
    </message>
    <message>
        <source>The sign-in page opens in its own window. Sign in there; this window goes on by itself afterwards.</source>
        <translation>Kirjautumissivu avautuu omaan ikkunaansa. Kirjaudu sisään siellä; tämä ikkuna jatkaa sen jälkeen itsestään.</translation>
    </message>
    <message>
        <source>Opening the sign-in page… %1%</source>
        <translation>Avataan kirjautumissivua… %1 %</translation>
    </message>
    <message>
        <source>Sign-in page</source>
        <translation>Kirjautumissivu</translation>
    </message>
</context>
<context>
    <name>Keyway::IdTokenValidator</name>
    <message numerus="yes">
        <source>The sign-in could not be verified: your computer&apos;s clock is about %n minute(s) ahead of the sign-in service. Correct the clock or time zone, then try again.</source>
        <translation>
            <numerusform>Kirjautumista ei voitu vahvistaa: tietokoneesi kello on noin %n minuutin edellä kirjautumispalvelun ajasta. Korjaa kello tai aikavyöhyke ja yritä sitten uudelleen.</numerusform>
            <numerusform>Kirjautumista ei voitu vahvistaa: tietokoneesi kello on noin %n minuuttia edellä kirjautumispalvelun ajasta. Korjaa kello tai aikavyöhyke ja yritä sitten uudelleen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The sign-in could not be verified: your computer&apos;s clock is about %n minute(s) behind the sign-in service. Correct the clock or time zone, then try again.</source>
        <translation>
            <numerusform>Kirjautumista ei voitu vahvistaa: tietokoneesi kello on noin %n minuutin jäljessä kirjautumispalvelun ajasta. Korjaa kello tai aikavyöhyke ja yritä sitten uudelleen.</numerusform>
            <numerusform>Kirjautumista ei voitu vahvistaa: tietokoneesi kello on noin %n minuuttia jäljessä kirjautumispalvelun ajasta. Korjaa kello tai aikavyöhyke ja yritä sitten uudelleen.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Keyway::License</name>
    <message>
        <source>The activation code cannot contain “%1”. Codes use only the letters A–Z without O and I, and the digits 2–9 (never 0 or 1).</source>
        <translation>Aktivointikoodissa ei voi olla merkkiä ”%1”. Koodeissa käytetään vain kirjaimia A–Z (paitsi O ja I) sekä numeroita 2–9 (ei koskaan 0 tai 1).</translation>
    </message>
    <message numerus="yes">
        <source>The activation code is too short: %n of 25 characters entered.</source>
        <translation>
            <numerusform>Aktivointikoodi on liian lyhyt: annettu %n merkki 25:stä.</numerusform>
            <numerusform>Aktivointikoodi on liian lyhyt: annettu %n merkkiä 25:stä.</numerusform>
        </translation>
    </message>
    <message>
        <source>This computer&apos;s clock is behind the last confirmed time (%1), so time-limited licenses are blocked. Set the clock to the correct date and time.</source>
        <translation>Tämän tietokoneen kello on jäljessä viimeisestä vahvistetusta ajasta (%1), joten määräaikaiset lisenssit on estetty. Aseta kelloon oikea päivämäärä ja aika.</translation>
    </message>
    <message>
        <source>this product</source>
        <translation>tämä tuote</translation>
    </message>
    <message numerus="yes">
        <source>This computer&apos;s clock is %n day(s) behind the last time %1 ran, so time-limited licenses are blocked. Correct the clock, or connect to the internet so that the license can be checked online.</source>
        <translation>
            <numerusform>Tämän tietokoneen kello on %n päivän jäljessä siitä, kun %1 viimeksi oli käynnissä, joten määräaikaiset lisenssit on estetty. Korjaa kello tai muodosta yhteys internetiin, jotta lisenssi voidaan tarkistaa verkossa.</numerusform>
            <numerusform>Tämän tietokoneen kello on %n päivää jäljessä siitä, kun %1 viimeksi oli käynnissä, joten määräaikaiset lisenssit on estetty. Korjaa kello tai muodosta yhteys internetiin, jotta lisenssi voidaan tarkistaa verkossa.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>This computer&apos;s clock is %n hour(s) behind the last time %1 ran, so time-limited licenses are blocked. Correct the clock, or connect to the internet so that the license can be checked online.</source>
        <translation>
            <numerusform>Tämän tietokoneen kello on %n tunnin jäljessä siitä, kun %1 viimeksi oli käynnissä, joten määräaikaiset lisenssit on estetty. Korjaa kello tai muodosta yhteys internetiin, jotta lisenssi voidaan tarkistaa verkossa.</numerusform>
            <numerusform>Tämän tietokoneen kello on %n tuntia jäljessä siitä, kun %1 viimeksi oli käynnissä, joten määräaikaiset lisenssit on estetty. Korjaa kello tai muodosta yhteys internetiin, jotta lisenssi voidaan tarkistaa verkossa.</numerusform>
        </translation>
    </message>
    <message>
        <source>The device id identifies this computer to the licensing service. It is a SHA-256 hash of the product&apos;s identifier and the operating system&apos;s machine id (on Linux /etc/machine-id, on Windows the MachineGuid, on macOS the hardware UUID), shortened to 32 characters. The machine id itself is never sent or stored, and other products get a different device id. It stays the same after updates, network changes and reinstalling the product; it changes when the operating system is reinstalled.</source>
        <translation>Laitetunnus yksilöi tämän tietokoneen lisenssipalvelulle. Se on tuotteen tunnisteesta ja käyttöjärjestelmän konetunnuksesta (Linuxissa /etc/machine-id, Windowsissa MachineGuid, macOS:ssä laitteiston UUID) laskettu SHA-256-tiiviste, joka on lyhennetty 32 merkkiin. Itse konetunnusta ei koskaan lähetetä eikä tallenneta, ja muut tuotteet saavat eri laitetunnuksen. Laitetunnus pysyy samana päivitysten, verkkomuutosten ja tuotteen uudelleenasennuksen jälkeen; se muuttuu, kun käyttöjärjestelmä asennetaan uudelleen.</translation>
    </message>
    <message>
        <source>This system has no machine id, so a random id was generated once and is kept in the file &quot;device-id&quot; in the product&apos;s data folder; deleting that file changes the device id.</source>
        <translation>Tässä järjestelmässä ei ole konetunnusta, joten satunnainen tunnus luotiin kerran, ja se säilytetään tuotteen datakansion tiedostossa ”device-id”. Tiedoston poistaminen muuttaa laitetunnusta.</translation>
    </message>
    <message>
        <source>On this computer the operating system&apos;s machine id is used.</source>
        <translation>Tällä tietokoneella käytetään käyttöjärjestelmän konetunnusta.</translation>
    </message>
    <message>
        <source>Enter the activation code you received with your purchase.</source>
        <translation>Anna aktivointikoodi, jonka sait ostoksesi yhteydessä.</translation>
    </message>
    <message>
        <source>The activation code contains a character that never occurs in codes. Codes never contain the letters O and I or the digits 0 and 1.</source>
        <translation>Aktivointikoodissa on merkki, jota koodeissa ei koskaan käytetä. Koodeissa ei ole koskaan kirjaimia O ja I eikä numeroita 0 ja 1.</translation>
    </message>
    <message>
        <source>This activation code has a typing error. Check each character against the code you received.</source>
        <translation>Aktivointikoodissa on kirjoitusvirhe. Vertaa jokaista merkkiä saamaasi koodiin.</translation>
    </message>
    <message>
        <source>The product&apos;s activation settings were not found. Reinstall the product or contact its vendor.</source>
        <translation>Tuotteen aktivointiasetuksia ei löytynyt. Asenna tuote uudelleen tai ota yhteyttä sen toimittajaan.</translation>
    </message>
    <message>
        <source>The product&apos;s activation settings are damaged. Reinstall the product or contact its vendor.</source>
        <translation>Tuotteen aktivointiasetukset ovat vioittuneet. Asenna tuote uudelleen tai ota yhteyttä sen toimittajaan.</translation>
    </message>
    <message>
        <source>A file could not be read.</source>
        <translation>Tiedostoa ei voitu lukea.</translation>
    </message>
    <message>
        <source>A file could not be saved. Check that the disk is not full and that you may write to your profile folder.</source>
        <translation>Tiedostoa ei voitu tallentaa. Tarkista, ettei levy ole täynnä ja että sinulla on kirjoitusoikeus profiilikansioosi.</translation>
    </message>
    <message>
        <source>The license is damaged or has been modified.</source>
        <translation>Lisenssi on vioittunut tai sitä on muutettu.</translation>
    </message>
    <message>
        <source>The license uses a signature this version of the product does not accept.</source>
        <translation>Lisenssissä on allekirjoitus, jota tämä tuoteversio ei hyväksy.</translation>
    </message>
    <message>
        <source>The license was not signed by this product&apos;s vendor.</source>
        <translation>Lisenssiä ei ole allekirjoittanut tämän tuotteen toimittaja.</translation>
    </message>
    <message>
        <source>The license has been modified: its signature does not match.</source>
        <translation>Lisenssiä on muutettu: sen allekirjoitus ei täsmää.</translation>
    </message>
    <message>
        <source>The license has expired. Connect to the internet to renew it.</source>
        <translation>Lisenssi on vanhentunut. Uusi se muodostamalla yhteys internetiin.</translation>
    </message>
    <message>
        <source>The license is not valid yet. Check that your computer&apos;s clock is correct.</source>
        <translation>Lisenssi ei ole vielä voimassa. Tarkista, että tietokoneesi kello on oikeassa ajassa.</translation>
    </message>
    <message>
        <source>The license belongs to another computer. Activate the product on this computer.</source>
        <translation>Lisenssi kuuluu toiselle tietokoneelle. Aktivoi tuote tällä tietokoneella.</translation>
    </message>
    <message>
        <source>The license belongs to another account. Sign in with the account you activated the product with.</source>
        <translation>Lisenssi kuuluu toiselle tilille. Kirjaudu sisään tilillä, jolla aktivoit tuotteen.</translation>
    </message>
    <message>
        <source>This product is not activated on this computer yet.</source>
        <translation>Tätä tuotetta ei ole vielä aktivoitu tällä tietokoneella.</translation>
    </message>
    <message>
        <source>The activation service could not be reached. Check your internet connection and proxy settings, then try again.</source>
        <translation>Aktivointipalveluun ei saatu yhteyttä. Tarkista internetyhteys ja välityspalvelinasetukset ja yritä sitten uudelleen.</translation>
    </message>
    <message>
        <source>The activation service did not answer in time. Try again in a moment.</source>
        <translation>Aktivointipalvelu ei vastannut ajoissa. Yritä hetken kuluttua uudelleen.</translation>
    </message>
    <message>
        <source>The connection to the activation service is not secure: its certificate was not accepted.</source>
        <translation>Yhteys aktivointipalveluun ei ole suojattu: palvelun varmennetta ei hyväksytty.</translation>
    </message>
    <message>
        <source>The activation service refused the request.</source>
        <translation>Aktivointipalvelu hylkäsi pyynnön.</translation>
    </message>
    <message>
        <source>The activation service has a problem. Try again later; if it persists, contact support.</source>
        <translation>Aktivointipalvelussa on ongelma. Yritä myöhemmin uudelleen. Jos ongelma jatkuu, ota yhteyttä tukeen.</translation>
    </message>
    <message>
        <source>The activation service sent an answer that could not be understood.</source>
        <translation>Aktivointipalvelu lähetti vastauksen, jota ei voitu tulkita.</translation>
    </message>
    <message>
        <source>Too many attempts. Wait a moment, then try again.</source>
        <translation>Liian monta yritystä. Odota hetki ja yritä sitten uudelleen.</translation>
    </message>
    <message>
        <source>The sign-in service could not be reached or is not set up correctly.</source>
        <translation>Kirjautumispalveluun ei saatu yhteyttä, tai sitä ei ole määritetty oikein.</translation>
    </message>
    <message>
        <source>The sign-in was refused.</source>
        <translation>Kirjautuminen hylättiin.</translation>
    </message>
    <message>
        <source>The sign-in answer did not belong to this sign-in attempt. Start again.</source>
        <translation>Kirjautumisvastaus ei kuulunut tähän kirjautumisyritykseen. Aloita alusta.</translation>
    </message>
    <message>
        <source>The sign-in was cancelled.</source>
        <translation>Kirjautuminen peruutettiin.</translation>
    </message>
    <message>
        <source>Your e-mail address is not verified yet. Open the link we sent you, then sign in again.</source>
        <translation>Sähköpostiosoitettasi ei ole vielä vahvistettu. Avaa lähettämämme linkki ja kirjaudu sitten uudelleen sisään.</translation>
    </message>
    <message>
        <source>The sign-in could not be completed. Start again.</source>
        <translation>Kirjautumista ei voitu viedä loppuun. Aloita alusta.</translation>
    </message>
    <message>
        <source>You have been signed out. Sign in again.</source>
        <translation>Sinut on kirjattu ulos. Kirjaudu uudelleen sisään.</translation>
    </message>
    <message>
        <source>The sign-in service sent an identity that could not be verified.</source>
        <translation>Kirjautumispalvelu lähetti käyttäjätiedot, joita ei voitu vahvistaa.</translation>
    </message>
    <message>
        <source>The sign-in could not be verified. Check that your computer&apos;s clock and time zone are correct.</source>
        <translation>Kirjautumista ei voitu vahvistaa. Tarkista, että tietokoneesi kello ja aikavyöhyke ovat oikein.</translation>
    </message>
    <message>
        <source>The activation service does not recognise the form of this code. Check it against the code you received.</source>
        <translation>Aktivointipalvelu ei tunnista tämän koodin muotoa. Vertaa sitä saamaasi koodiin.</translation>
    </message>
    <message>
        <source>This activation code does not exist. Check it against the code you received.</source>
        <translation>Tätä aktivointikoodia ei ole olemassa. Vertaa sitä saamaasi koodiin.</translation>
    </message>
    <message>
        <source>This activation code was already redeemed by another account. If that was you, sign in with that account.</source>
        <translation>Tämä aktivointikoodi on jo lunastettu toisella tilillä. Jos se olit sinä, kirjaudu sisään sillä tilillä.</translation>
    </message>
    <message>
        <source>This activation code can no longer be redeemed: its validity has ended. Contact the shop you bought it from.</source>
        <translation>Tätä aktivointikoodia ei voi enää lunastaa, koska sen voimassaolo on päättynyt. Ota yhteyttä kauppaan, josta ostit sen.</translation>
    </message>
    <message>
        <source>This activation code has been withdrawn. Contact the shop you bought it from.</source>
        <translation>Tämä aktivointikoodi on peruttu. Ota yhteyttä kauppaan, josta ostit sen.</translation>
    </message>
    <message>
        <source>Your sign-in is no longer valid. Sign in again.</source>
        <translation>Kirjautumisesi ei ole enää voimassa. Kirjaudu uudelleen sisään.</translation>
    </message>
    <message>
        <source>The system keychain is not available, so your sign-in cannot be kept. Install or start a keychain service (such as GNOME Keyring or KWallet).</source>
        <translation>Järjestelmän avainnippu ei ole käytettävissä, joten kirjautumistietojasi ei voi säilyttää. Asenna tai käynnistä avainnippupalvelu (esimerkiksi GNOME Keyring tai KWallet).</translation>
    </message>
    <message>
        <source>The system keychain reported an error.</source>
        <translation>Järjestelmän avainnippu ilmoitti virheestä.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Peruutettu.</translation>
    </message>
    <message>
        <source>An internal error occurred. Contact support.</source>
        <translation>Tapahtui sisäinen virhe. Ota yhteyttä tukeen.</translation>
    </message>
    <message>
        <source>The activation code is too short: a code has 25 characters in five groups of five.</source>
        <translation>Aktivointikoodi on liian lyhyt: koodissa on 25 merkkiä viidessä viiden merkin ryhmässä.</translation>
    </message>
    <message>
        <source>The activation code is too long: a code has 25 characters in five groups of five.</source>
        <translation>Aktivointikoodi on liian pitkä: koodissa on 25 merkkiä viidessä viiden merkin ryhmässä.</translation>
    </message>
    <message>
        <source>The product&apos;s license verification key is damaged. Reinstall the product or contact its vendor.</source>
        <translation>Tuotteen lisenssien tarkistusavain on vioittunut. Asenna tuote uudelleen tai ota yhteyttä sen toimittajaan.</translation>
    </message>
    <message>
        <source>Your account has no license for this feature.</source>
        <translation>Tililläsi ei ole lisenssiä tähän ominaisuuteen.</translation>
    </message>
    <message>
        <source>Access to the system keychain was denied, or it is locked. Unlock it or allow access, then try again.</source>
        <translation>Pääsy järjestelmän avainnippuun estettiin, tai se on lukittu. Avaa lukitus tai salli pääsy ja yritä sitten uudelleen.</translation>
    </message>
    <message>
        <source>A settings file tried to change which licenses this product trusts. Only the vendor can change that, so the file was not used.</source>
        <translation>Asetustiedosto yritti muuttaa sitä, mihin lisensseihin tämä tuote luottaa. Vain toimittaja voi muuttaa sen, joten tiedostoa ei käytetty.</translation>
    </message>
    <message>
        <source>An activation code entered with another account is still waiting to be redeemed. Sign in with that account to finish it, or discard it.</source>
        <translation>Toisella tilillä annettu aktivointikoodi odottaa yhä lunastusta. Kirjaudu sillä tilillä viimeistelläksesi sen, tai hylkää se.</translation>
    </message>
    <message>
        <source>This license runs longer than the vendor ever grants, so it was not issued by the vendor&apos;s service. Activate the product again.</source>
        <translation>Tämä lisenssi on pidempi kuin toimittaja koskaan myöntää, joten toimittajan palvelu ei ole myöntänyt sitä. Aktivoi tuote uudelleen.</translation>
    </message>
    <message>
        <source>The activation service sent the request on to another address. To keep your sign-in safe it was not followed. Check the service address in the settings, or contact support.</source>
        <translation>Aktivointipalvelu ohjasi pyynnön toiseen osoitteeseen. Kirjautumisesi suojaamiseksi ohjausta ei seurattu. Tarkista palvelun osoite asetuksista tai ota yhteyttä tukeen.</translation>
    </message>
    <message>
        <source>The sign-in service is not set up the way this product expects. Contact the product&apos;s vendor.</source>
        <translation>Kirjautumispalvelua ei ole määritetty niin kuin tämä tuote odottaa. Ota yhteyttä tuotteen toimittajaan.</translation>
    </message>
    <message>
        <source>The sign-in was not finished in time and has been stopped. Start again when you are ready.</source>
        <translation>Kirjautumista ei saatu päätökseen ajoissa, joten se keskeytettiin. Aloita uudelleen, kun olet valmis.</translation>
    </message>
    <message>
        <source>Another program is using the port on which this product receives the sign-in. Close that program, then try again.</source>
        <translation>Toinen ohjelma käyttää porttia, jonka kautta tämä tuote vastaanottaa kirjautumisen. Sulje se ohjelma ja yritä uudelleen.</translation>
    </message>
    <message>
        <source>No computer with this id is on your account&apos;s list of computers. Show the list again and choose from it.</source>
        <translation>Tilisi tietokoneiden luettelossa ei ole tietokonetta tällä tunnuksella. Näytä luettelo uudelleen ja valitse siitä.</translation>
    </message>
    <message>
        <source>A computer&apos;s name has 1 to 64 characters and no control characters such as tabs or line breaks.</source>
        <translation>Tietokoneen nimessä on 1–64 merkkiä, eikä siinä saa olla ohjausmerkkejä, kuten sarkaimia tai rivinvaihtoja.</translation>
    </message>
    <message>
        <source>This license is already in use on as many computers as it allows. Remove one of them from your account to use the license here, or buy another license.</source>
        <translation>Tämä lisenssi on jo käytössä niin monella tietokoneella kuin se sallii. Poista jokin niistä tililtäsi, jotta voit käyttää lisenssiä tässä, tai osta toinen lisenssi.</translation>
    </message>
    <message>
        <source>This license is already in use on another computer, the one it allows. Remove that computer from your account to use the license here, or buy another license.</source>
        <translation>Tämä lisenssi on jo käytössä toisella tietokoneella, ainoalla jonka se sallii. Poista se tietokone tililtäsi, jotta voit käyttää lisenssiä tässä, tai osta toinen lisenssi.</translation>
    </message>
    <message>
        <source>This license is already in use on %1 computers, as many as it allows. Remove one of them from your account to use the license here, or buy another license.</source>
        <translation>Tämä lisenssi on jo käytössä %1 tietokoneella, niin monella kuin se sallii. Poista jokin niistä tililtäsi, jotta voit käyttää lisenssiä tässä, tai osta toinen lisenssi.</translation>
    </message>
    <message>
        <source>This computer was removed from your account on %1 from &quot;%2&quot;.</source>
        <extracomment>%1 a date and time, %2 the name of another computer</extracomment>
        <translation>Tämä tietokone poistettiin tililtäsi %1 tietokoneelta ”%2”.</translation>
    </message>
    <message>
        <source>This computer was removed from your account on %1.</source>
        <translation>Tämä tietokone poistettiin tililtäsi %1.</translation>
    </message>
    <message>
        <source>This computer was removed from your account.</source>
        <translation>Tämä tietokone poistettiin tililtäsi.</translation>
    </message>
    <message>
        <source>The license works offline until %1.</source>
        <translation>Lisenssi toimii ilman yhteyttä %1 asti.</translation>
    </message>
    <message>
        <source>To use it here again, activate the product again: that takes a seat of the license if one is free.</source>
        <translation>Jos haluat käyttää sitä tässä taas, aktivoi tuote uudelleen: se varaa lisenssistä käyttöpaikan, jos jokin on vapaana.</translation>
    </message>
    <message>
        <source>You have removed as many computers from this license as is allowed for now. Try again later.</source>
        <translation>Olet poistanut tästä lisenssistä niin monta tietokonetta kuin toistaiseksi on sallittua. Yritä myöhemmin uudelleen.</translation>
    </message>
    <message>
        <source>You have removed as many computers from this license as is allowed within 30 days. The next removal is possible on %1.</source>
        <translation>Olet poistanut tästä lisenssistä niin monta tietokonetta kuin 30 päivän aikana on sallittua. Seuraava poisto on mahdollinen %1.</translation>
    </message>
    <message>
        <source>The sign-in page stopped unexpectedly. Try again; if it happens again, sign in with your web browser instead.</source>
        <translation>Kirjautumissivu pysähtyi odottamatta. Yritä uudelleen. Jos näin käy uudelleen, kirjaudu sisään verkkoselaimellasi.</translation>
    </message>
    <message>
        <source>The file %1 could not be read: %2</source>
        <translation>Tiedostoa %1 ei voitu lukea: %2</translation>
    </message>
    <message>
        <source>Refused a token for %1: %2</source>
        <translation>Lisenssitietue hylättiin (%1): %2</translation>
    </message>
    <message>
        <source>an unknown item</source>
        <translation>tuntematon kohde</translation>
    </message>
    <message>
        <source>Nothing was imported.</source>
        <translation>Mitään ei tuotu.</translation>
    </message>
    <message>
        <source>The file holds no license token.</source>
        <translation>Tiedostossa ei ole lisenssitietuetta.</translation>
    </message>
    <message>
        <source>The file %1 is too large to be a license file (at most %2 KB).</source>
        <translation>Tiedosto %1 on liian suuri ollakseen lisenssitiedosto (enintään %2 kt).</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more token(s) refused.</source>
        <translation>
            <numerusform>… ja %n muu tietue hylättiin.</numerusform>
            <numerusform>… ja %n muuta tietuetta hylättiin.</numerusform>
        </translation>
    </message>
    <message>
        <source>The stored license file is damaged or has been modified. Activate the product again.</source>
        <translation>Tallennettu lisenssitiedosto on vioittunut tai sitä on muutettu. Aktivoi tuote uudelleen.</translation>
    </message>
    <message>
        <source>The license expired on %1. Connect to the internet to renew it.</source>
        <translation>Lisenssi vanheni %1. Uusi se muodostamalla yhteys internetiin.</translation>
    </message>
    <message>
        <source>Valid</source>
        <comment>license state</comment>
        <extracomment>The state of one licensed item, shown in a table</extracomment>
        <translation>Voimassa</translation>
    </message>
    <message>
        <source>Expired</source>
        <comment>license state</comment>
        <extracomment>The state of one licensed item, shown in a table</extracomment>
        <translation>Vanhentunut</translation>
    </message>
    <message>
        <source>Other computer</source>
        <comment>license state</comment>
        <extracomment>The state of one licensed item, shown in a table</extracomment>
        <translation>Toinen tietokone</translation>
    </message>
    <message>
        <source>Other account</source>
        <comment>license state</comment>
        <extracomment>The state of one licensed item, shown in a table</extracomment>
        <translation>Toinen tili</translation>
    </message>
    <message>
        <source>Damaged</source>
        <comment>license state</comment>
        <extracomment>The state of one licensed item, shown in a table</extracomment>
        <translation>Vioittunut</translation>
    </message>
    <message>
        <source>Unknown signer</source>
        <comment>license state</comment>
        <extracomment>The state of one licensed item, shown in a table</extracomment>
        <translation>Tuntematon allekirjoittaja</translation>
    </message>
    <message>
        <source>Not licensed</source>
        <comment>license state</comment>
        <extracomment>The state of one licensed item, shown in a table</extracomment>
        <translation>Ei lisenssiä</translation>
    </message>
    <message>
        <source>Not activated</source>
        <comment>license state</comment>
        <extracomment>The state of one licensed item, shown in a table</extracomment>
        <translation>Ei aktivoitu</translation>
    </message>
    <message>
        <source>Renewal due</source>
        <comment>license state</comment>
        <extracomment>The state of one licensed item, shown in a table</extracomment>
        <translation>Uusittava</translation>
    </message>
    <message>
        <source>Valid offline</source>
        <comment>license state</comment>
        <extracomment>The state of one licensed item, shown in a table</extracomment>
        <translation>Voimassa offline-tilassa</translation>
    </message>
    <message>
        <source>Clock set back</source>
        <comment>license state</comment>
        <extracomment>The state of one licensed item, shown in a table</extracomment>
        <translation>Kello siirretty taaksepäin</translation>
    </message>
    <message>
        <source>the next start</source>
        <translation>seuraavalla käynnistyskerralla</translation>
    </message>
    <message>
        <source>Valid offline until %1. The license could not be renewed (%2); the next attempt is at %3. Connect to the internet before %1 to keep it.</source>
        <translation>Voimassa offline-tilassa %1 asti. Lisenssiä ei voitu uusia (%2); seuraava yritys: %3. Muodosta yhteys internetiin ennen %1, jotta lisenssi pysyy voimassa.</translation>
    </message>
    <message>
        <source>Licensed until %1. Renewal is due: the license is renewed at the next connection to the internet.</source>
        <translation>Lisensoitu %1 asti. Lisenssi on uusittava: se uusitaan, kun seuraavan kerran muodostetaan yhteys internetiin.</translation>
    </message>
    <message>
        <source>Lease too long</source>
        <comment>license state</comment>
        <extracomment>The state of one licensed item, shown in a table: the license runs longer than the vendor ever grants</extracomment>
        <translation>Liian pitkä laina-aika</translation>
    </message>
    <message>
        <source>Renewal is due: the license is renewed at the next connection to the internet. It works offline until %1.</source>
        <translation>Lisenssi on uusittava: se uusitaan, kun seuraavan kerran muodostetaan yhteys internetiin. Se toimii ilman yhteyttä %1 asti.</translation>
    </message>
    <message>
        <source>Licensed until %1. Works offline until %2.</source>
        <translation>Lisensoitu %1 asti. Toimii ilman yhteyttä %2 asti.</translation>
    </message>
    <message>
        <source>Works offline until %1.</source>
        <translation>Toimii ilman yhteyttä %1 asti.</translation>
    </message>
    <message>
        <source>Subscription renews automatically. This computer checks it at the next connection to the internet and works offline until %1.</source>
        <translation>Tilaus uusiutuu automaattisesti. Tämä tietokone tarkistaa sen seuraavalla internetyhteydellä ja toimii ilman yhteyttä %1 asti.</translation>
    </message>
    <message>
        <source>Subscription renews automatically. Works offline until %1.</source>
        <translation>Tilaus uusiutuu automaattisesti. Toimii ilman yhteyttä %1 asti.</translation>
    </message>
    <message>
        <source>The license of %1 ends within a day, on %2.</source>
        <translation>Tuotteen %1 lisenssi päättyy vuorokauden sisällä, %2.</translation>
    </message>
    <message>
        <source>The license of %1 ends in %2 days, on %3.</source>
        <translation>Tuotteen %1 lisenssi päättyy %2 päivän kuluttua, %3.</translation>
    </message>
    <message>
        <source>The service says: “%1”</source>
        <extracomment>%1 is a message from the sign-in or activation service, in its own words</extracomment>
        <translation>Palvelu ilmoittaa: ”%1”</translation>
    </message>
    <message>
        <source>This program was built without its vendor&apos;s activation settings, so it cannot check licenses. Contact the vendor.</source>
        <translation>Tämä ohjelma on käännetty ilman toimittajansa aktivointiasetuksia, joten se ei voi tarkistaa lisenssejä. Ota yhteyttä toimittajaan.</translation>
    </message>
    <message>
        <source>The settings file %1 tries to change which licenses this product trusts (%2). Only the vendor can change that, so the file was not used. Remove &quot;%2&quot; from it or use the file the vendor supplied.</source>
        <translation>Asetustiedosto %1 yrittää muuttaa sitä, mihin lisensseihin tämä tuote luottaa (%2). Vain toimittaja voi muuttaa sen, joten tiedostoa ei käytetty. Poista siitä ”%2” tai käytä toimittajan antamaa tiedostoa.</translation>
    </message>
</context>
<context>
    <name>Keyway::LicenseActions</name>
    <message>
        <source>&amp;Renew now</source>
        <translation>&amp;Uusi lisenssit nyt</translation>
    </message>
    <message>
        <source>Checks the licenses with the license server now and extends their leases.</source>
        <translation>Tarkistaa lisenssit lisenssipalvelimelta heti ja pidentää niiden lisenssivarauksia.</translation>
    </message>
    <message>
        <source>&amp;Sign out</source>
        <translation>&amp;Kirjaudu ulos</translation>
    </message>
    <message>
        <source>Removes your sign-in from this computer. The licenses keep working until their leases end.</source>
        <translation>Poistaa kirjautumistietosi tästä tietokoneesta. Lisenssit toimivat, kunnes niiden lisenssivaraukset päättyvät.</translation>
    </message>
    <message>
        <source>S&amp;ign in…</source>
        <translation>Kirjaudu &amp;sisään…</translation>
    </message>
    <message>
        <source>Signs you in again on this computer, so that the licenses can be renewed.</source>
        <translation>Kirjaa sinut uudelleen sisään tällä tietokoneella, jotta lisenssit voidaan uusia.</translation>
    </message>
    <message>
        <source>&amp;Deactivate on this computer…</source>
        <translation>&amp;Poista käytöstä tällä tietokoneella…</translation>
    </message>
    <message>
        <source>Gives the licenses back so that they can be used on another computer.</source>
        <translation>Palauttaa lisenssit, jotta niitä voi käyttää toisella tietokoneella.</translation>
    </message>
    <message>
        <source>&amp;Import license file…</source>
        <translation>&amp;Tuo lisenssitiedosto…</translation>
    </message>
    <message>
        <source>For computers without internet access: a license file your administrator downloaded for this computer&apos;s device id.</source>
        <translation>Tietokoneille, joilla ei ole internetyhteyttä: lisenssitiedosto, jonka ylläpitäjä on ladannut tämän tietokoneen laitetunnukselle.</translation>
    </message>
    <message>
        <source>&amp;Network settings…</source>
        <translation>&amp;Verkkoasetukset…</translation>
    </message>
    <message>
        <source>The proxy used to reach the license server.</source>
        <translation>Välityspalvelin, jonka kautta lisenssipalvelimeen muodostetaan yhteys.</translation>
    </message>
    <message>
        <source>&amp;Copy diagnostics</source>
        <translation>Kopioi &amp;diagnostiikkatiedot</translation>
    </message>
    <message>
        <source>Copies a report for support to the clipboard. It contains no password, token or activation code.</source>
        <translation>Kopioi tukiraportin leikepöydälle. Raportissa ei ole salasanoja, lisenssi- tai istuntotietueita eikä aktivointikoodeja.</translation>
    </message>
    <message>
        <source>&amp;Test connection…</source>
        <translation>&amp;Testaa yhteys…</translation>
    </message>
    <message>
        <source>Checks each step on the way to the license server and says what to do about a failed one.</source>
        <translation>Tarkistaa jokaisen vaiheen yhteydessä lisenssipalvelimeen ja kertoo, mitä epäonnistuneelle vaiheelle voi tehdä.</translation>
    </message>
    <message>
        <source>&amp;Activate…</source>
        <translation>&amp;Aktivoi…</translation>
    </message>
</context>
<context>
    <name>Keyway::LicenseEndNotice</name>
    <message>
        <source>Renew the &amp;license</source>
        <translation>Jatka &amp;lisenssiä</translation>
    </message>
    <message>
        <source>Renew the license (opens in your browser)</source>
        <translation>Jatka lisenssiä (avautuu selaimessa)</translation>
    </message>
    <message>
        <source>Address of the renewal page</source>
        <translation>Lisenssin jatkosivun osoite</translation>
    </message>
</context>
<context>
    <name>Keyway::LicenseOverview</name>
    <message>
        <source>Licensed features</source>
        <translation>Lisensoidut ominaisuudet</translation>
    </message>
    <message>
        <source>Feature</source>
        <translation>Ominaisuus</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Tila</translation>
    </message>
    <message>
        <source>Works offline until</source>
        <translation>Offline-käyttö päättyy</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Lisätiedot</translation>
    </message>
    <message>
        <source>%1 logo</source>
        <translation>%1 – logo</translation>
    </message>
</context>
<context>
    <name>Keyway::LicenseStatusModel</name>
    <message>
        <source>Licensed until %1.</source>
        <translation>Lisenssi voimassa %1 asti.</translation>
    </message>
    <message>
        <source>Subscription renews automatically.</source>
        <translation>Tilaus uusiutuu automaattisesti.</translation>
    </message>
    <message>
        <source>Renewed at the next connection to the internet.</source>
        <translation>Uusitaan, kun seuraavan kerran olet yhteydessä internetiin.</translation>
    </message>
    <message>
        <source>Not renewed yet: see below.</source>
        <translation>Ei vielä uusittu: katso alta.</translation>
    </message>
    <message>
        <source>%1: %2. %3</source>
        <translation>%1: %2. %3</translation>
    </message>
    <message>
        <source>%1 is not activated on this computer.</source>
        <translation>%1 ei ole aktivoitu tällä tietokoneella.</translation>
    </message>
    <message>
        <source>%1 is activated on this computer.</source>
        <translation>%1 on aktivoitu tällä tietokoneella.</translation>
    </message>
    <message>
        <source>%1 is activated on this computer for %2.</source>
        <translation>%1 on aktivoitu tällä tietokoneella käyttäjälle %2.</translation>
    </message>
    <message>
        <source>Some features of %1 are not licensed on this computer. The list says why.</source>
        <translation>Osa tuotteen %1 ominaisuuksista ei ole lisensoitu tällä tietokoneella. Syyt näkyvät luettelossa.</translation>
    </message>
    <message>
        <source>You are signed out: the licenses work until %1 and are not renewed until you sign in again.</source>
        <translation>Olet kirjautunut ulos: lisenssit toimivat %1 asti, eikä niitä uusita ennen kuin kirjaudut uudelleen sisään.</translation>
    </message>
    <message>
        <source>You are signed out.</source>
        <translation>Olet kirjautunut ulos.</translation>
    </message>
    <message>
        <source>This computer was removed from your account on another computer. Choose “Activate…” to use %1 here again.</source>
        <translation>Tämä tietokone poistettiin tililtäsi toisella tietokoneella. Valitse ”Aktivoi…”, jos haluat käyttää tuotetta %1 täällä uudelleen.</translation>
    </message>
    <message>
        <source>Last successful check with the license server: %1.</source>
        <translation>Viimeisin onnistunut tarkistus lisenssipalvelimelta: %1.</translation>
    </message>
    <message>
        <source>The last check at %1 failed: %2</source>
        <translation>Viimeisin tarkistus (%1) epäonnistui: %2</translation>
    </message>
    <message>
        <source>The licenses keep working without a connection until %1.</source>
        <translation>Lisenssit toimivat ilman yhteyttä %1 asti.</translation>
    </message>
    <message>
        <source>Next attempt after %1.</source>
        <translation>Seuraava yritys ajankohdan %1 jälkeen.</translation>
    </message>
    <message>
        <source>The next attempt is made soon.</source>
        <translation>Uutta yritystä tehdään pian.</translation>
    </message>
    <message>
        <source>Signing out removes your sign-in from this computer. The licenses on this computer stay valid without a connection until their leases end (%1), but they cannot be renewed until you sign in again.</source>
        <translation>Uloskirjautuminen poistaa kirjautumistietosi tästä tietokoneesta. Tämän tietokoneen lisenssit pysyvät voimassa ilman yhteyttä, kunnes niiden lisenssivaraukset päättyvät (%1), mutta niitä ei voi uusia ennen kuin kirjaudut uudelleen sisään.</translation>
    </message>
    <message>
        <source>Signing out removes your sign-in from this computer.</source>
        <translation>Uloskirjautuminen poistaa kirjautumistietosi tästä tietokoneesta.</translation>
    </message>
    <message>
        <source>Signed out. The licenses stay valid until %1; sign in again to renew them.</source>
        <translation>Kirjauduttu ulos. Lisenssit pysyvät voimassa %1 asti; kirjaudu uudelleen sisään, jotta voit uusia ne.</translation>
    </message>
    <message>
        <source>Signed out.</source>
        <translation>Kirjauduttu ulos.</translation>
    </message>
    <message>
        <source>Deactivate %1 on this computer?</source>
        <translation>Poistetaanko tuotteen %1 aktivointi tästä tietokoneesta?</translation>
    </message>
    <message>
        <source>The licenses are removed from this computer and given back at the license server, so that they can be used on another computer. To use %1 here again, you will need to activate it again.</source>
        <translation>Lisenssit poistetaan tästä tietokoneesta ja palautetaan lisenssipalvelimelle, jotta niitä voi käyttää toisella tietokoneella. Jos haluat myöhemmin käyttää tuotetta %1 tällä tietokoneella, sinun on aktivoitava se uudelleen.</translation>
    </message>
    <message>
        <source>The licenses are removed from this computer. Because you are signed out, they are given back at the license server only when you next sign in on this computer; until then they count as in use. To use %1 here again, you will need to activate it again.</source>
        <translation>Lisenssit poistetaan tästä tietokoneesta. Koska olet kirjautunut ulos, ne palautetaan lisenssipalvelimelle vasta, kun seuraavan kerran kirjaudut sisään tällä tietokoneella; siihen asti ne lasketaan käytössä oleviksi. Jos haluat käyttää tuotetta %1 täällä uudelleen, se on aktivoitava uudelleen.</translation>
    </message>
    <message>
        <source>The licenses were removed from this computer and given back at the license server.</source>
        <translation>Lisenssit poistettiin tästä tietokoneesta ja palautettiin lisenssipalvelimelle.</translation>
    </message>
    <message>
        <source>The licenses were removed from this computer. They will be given back at the license server when you next sign in on this computer; until then they count as in use.</source>
        <translation>Lisenssit poistettiin tästä tietokoneesta. Ne palautetaan lisenssipalvelimelle, kun seuraavan kerran kirjaudut sisään tällä tietokoneella; siihen asti ne lasketaan käytössä oleviksi.</translation>
    </message>
    <message>
        <source>The licenses were removed from this computer. They will be given back at the license server the next time it can be reached (%1)</source>
        <translation>Lisenssit poistettiin tästä tietokoneesta. Ne palautetaan lisenssipalvelimelle, kun siihen seuraavan kerran saadaan yhteys (%1)</translation>
    </message>
    <message>
        <source>The licenses could not be renewed: %1</source>
        <translation>Lisenssejä ei voitu uusia: %1</translation>
    </message>
    <message>
        <source>Choose “Sign in…” to sign in again.</source>
        <translation>Valitse ”Kirjaudu sisään…” kirjautuaksesi uudelleen.</translation>
    </message>
    <message>
        <source>No license was renewed.</source>
        <translation>Yhtään lisenssiä ei uusittu.</translation>
    </message>
    <message>
        <source>Renewed the license.</source>
        <translation>Lisenssi uusittiin.</translation>
    </message>
    <message>
        <source>Renewed %1 licenses.</source>
        <translation>%1 lisenssiä uusittiin.</translation>
    </message>
    <message>
        <source>They work offline until %1.</source>
        <translation>Ne toimivat ilman yhteyttä %1 asti.</translation>
    </message>
    <message>
        <source>The license server refused: %1.</source>
        <translation>Lisenssipalvelin hylkäsi seuraavat: %1.</translation>
    </message>
    <message>
        <source>Signing in was cancelled. You are still signed out.</source>
        <translation>Sisäänkirjautuminen peruttiin. Olet yhä kirjautunut ulos.</translation>
    </message>
    <message>
        <source>Signing in did not complete: %1</source>
        <translation>Sisäänkirjautuminen jäi kesken: %1</translation>
    </message>
    <message>
        <source>Signed in as %1.</source>
        <translation>Kirjauduttu käyttäjänä %1.</translation>
    </message>
    <message>
        <source>Renewing was cancelled. The licenses keep working as before.</source>
        <translation>Uusiminen peruttiin. Lisenssit toimivat kuten ennenkin.</translation>
    </message>
    <message>
        <source>The licenses could not be removed: %1</source>
        <translation>Lisenssejä ei voitu poistaa: %1</translation>
    </message>
</context>
<context>
    <name>Keyway::LicenseStatusWidget</name>
    <message>
        <source>%1 licenses</source>
        <translation>%1 – lisenssit</translation>
    </message>
    <message>
        <source>Import license file</source>
        <translation>Tuo lisenssitiedosto</translation>
    </message>
    <message>
        <source>License files (*.jwt *.txt *.lic);;All files (*)</source>
        <translation>Lisenssitiedostot (*.jwt *.txt *.lic);;Kaikki tiedostot (*)</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n license token(s).</source>
        <translation>
            <numerusform>Tuotiin %n lisenssitietue.</numerusform>
            <numerusform>Tuotiin %n lisenssitietuetta.</numerusform>
        </translation>
    </message>
    <message>
        <source>Renewing the licenses at the license server…</source>
        <translation>Uusitaan lisenssejä lisenssipalvelimella…</translation>
    </message>
    <message>
        <source>Sign out?</source>
        <translation>Kirjaudutaanko ulos?</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>Kirjaudu ulos</translation>
    </message>
    <message>
        <source>Signing out did not complete: %1</source>
        <translation>Uloskirjautuminen jäi kesken: %1</translation>
    </message>
    <message>
        <source>Signing out…</source>
        <translation>Kirjaudutaan ulos…</translation>
    </message>
    <message>
        <source>Deactivate</source>
        <translation>Poista aktivointi</translation>
    </message>
    <message>
        <source>Giving the licenses back at the license server…</source>
        <translation>Palautetaan lisenssejä lisenssipalvelimelle…</translation>
    </message>
    <message>
        <source>The diagnostics were copied to the clipboard. Paste them into your message to support; they contain no password, token or activation code.</source>
        <translation>Diagnostiikkatiedot kopioitiin leikepöydälle. Liitä ne tuelle lähettämääsi viestiin; niissä ei ole salasanoja, lisenssi- tai istuntotietueita eikä aktivointikoodeja.</translation>
    </message>
    <message>
        <source>The network settings were saved.</source>
        <translation>Verkkoasetukset tallennettiin.</translation>
    </message>
    <message>
        <source>The sign-in page cannot be shown in this window.</source>
        <translation>Kirjautumissivua ei voi näyttää tässä ikkunassa.</translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation>Kirjaudutaan sisään…</translation>
    </message>
    <message>
        <source>The address was copied to the clipboard.</source>
        <translation>Osoite kopioitiin leikepöydälle.</translation>
    </message>
</context>
<context>
    <name>Keyway::LoopbackAgent</name>
    <message>
        <source>Bad request</source>
        <translation>Virheellinen pyyntö</translation>
    </message>
    <message>
        <source>This address only accepts the sign-in.</source>
        <translation>Tämä osoite hyväksyy vain kirjautumisen.</translation>
    </message>
    <message>
        <source>Sign-in not completed</source>
        <translation>Kirjautuminen jäi kesken</translation>
    </message>
    <message>
        <source>The sign-in did not complete. You can close this tab and return to the application to see why.</source>
        <translation>Kirjautuminen jäi kesken. Voit sulkea tämän välilehden ja palata sovellukseen nähdäksesi syyn.</translation>
    </message>
    <message>
        <source>Signed in</source>
        <translation>Kirjautuminen onnistui</translation>
    </message>
    <message>
        <source>You can close this tab and return to the application.</source>
        <translation>Voit sulkea tämän välilehden ja palata sovellukseen.</translation>
    </message>
</context>
<context>
    <name>Keyway::ProgressPage</name>
    <message>
        <source>Activation in progress</source>
        <translation>Aktivointi käynnissä</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Peruuta</translation>
    </message>
    <message>
        <source>Stops the activation and returns to where you started it.</source>
        <translation>Keskeyttää aktivoinnin ja palaa kohtaan, josta aloitit sen.</translation>
    </message>
    <message>
        <source>Sign-in address</source>
        <translation>Kirjautumisosoite</translation>
    </message>
    <message>
        <source>Completing the sign-in…</source>
        <translation>Viimeistellään kirjautumista…</translation>
    </message>
    <message>
        <source>Saving your sign-in in the system keychain…</source>
        <translation>Tallennetaan kirjautumistietoja järjestelmän avainnippuun…</translation>
    </message>
    <message>
        <source>Redeeming the activation code…</source>
        <translation>Lunastetaan aktivointikoodia…</translation>
    </message>
    <message>
        <source>Removing %1 from your account…</source>
        <translation>Poistetaan tietokone %1 tililtäsi…</translation>
    </message>
    <message>
        <source>Fetching the licenses for this computer…</source>
        <translation>Haetaan lisenssejä tälle tietokoneelle…</translation>
    </message>
    <message>
        <source>Saving the licenses…</source>
        <translation>Tallennetaan lisenssejä…</translation>
    </message>
    <message>
        <source>Continue in your web browser. This window goes on by itself once you have signed in there.</source>
        <translation>Jatka verkkoselaimessa. Tämä ikkuna jatkaa automaattisesti, kun olet kirjautunut sisään selaimessa.</translation>
    </message>
    <message>
        <source>Your web browser could not be opened. Copy this address into it to sign in:</source>
        <translation>Verkkoselainta ei voitu avata. Kirjaudu sisään kopioimalla tämä osoite selaimeen:</translation>
    </message>
</context>
<context>
    <name>Keyway::ProxySettingsDialog</name>
    <message>
        <source>Network settings</source>
        <translation>Verkkoasetukset</translation>
    </message>
    <message>
        <source>How this program reaches the license server:</source>
        <translation>Miten tämä ohjelma muodostaa yhteyden lisenssipalvelimeen:</translation>
    </message>
    <message>
        <source>Use the &amp;system&apos;s proxy settings</source>
        <translation>Käytä &amp;järjestelmän välityspalvelinasetuksia</translation>
    </message>
    <message>
        <source>&amp;No proxy: connect directly</source>
        <translation>&amp;Ei välityspalvelinta: yhdistä suoraan</translation>
    </message>
    <message>
        <source>&amp;Manual HTTP proxy:</source>
        <translation>&amp;Manuaalinen HTTP-välityspalvelin:</translation>
    </message>
    <message>
        <source>proxy.example.com</source>
        <translation>proxy.example.com</translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation>&amp;Palvelin:</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>Po&amp;rtti:</translation>
    </message>
    <message>
        <source>Proxy host</source>
        <translation>Välityspalvelimen osoite</translation>
    </message>
    <message>
        <source>Proxy port</source>
        <translation>Välityspalvelimen portti</translation>
    </message>
    <message>
        <source>If the proxy asks for a user name and password, you are asked when it does. The password is not saved.</source>
        <translation>Jos välityspalvelin pyytää käyttäjänimeä ja salasanaa, ne kysytään sinulta silloin. Salasanaa ei tallenneta.</translation>
    </message>
    <message>
        <source>Type the proxy&apos;s host name or address, e.g. proxy.example.com, without &quot;http://&quot;.</source>
        <translation>Kirjoita välityspalvelimen nimi tai osoite ilman alkua ”http://”, esim. proxy.example.com.</translation>
    </message>
    <message>
        <source>Proxy sign-in</source>
        <translation>Kirjautuminen välityspalvelimeen</translation>
    </message>
    <message>
        <source>The proxy %1 did not accept the user name and password. Please try again.</source>
        <translation>Välityspalvelin %1 ei hyväksynyt käyttäjänimeä ja salasanaa. Yritä uudelleen.</translation>
    </message>
    <message>
        <source>The proxy %1 asks for a user name and password.</source>
        <translation>Välityspalvelin %1 pyytää käyttäjänimeä ja salasanaa.</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>&amp;Käyttäjänimi:</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>&amp;Salasana:</translation>
    </message>
    <message>
        <source>The password is kept in memory only, until you close this program.</source>
        <translation>Salasana säilytetään vain muistissa, kunnes suljet tämän ohjelman.</translation>
    </message>
</context>
<context>
    <name>Keyway::RedemptionJournal</name>
    <message>
        <source>An activation code entered by %1 on %2 is still waiting to be redeemed, so nothing was redeemed for the account signed in now. Sign in as %1 to finish it, or discard it: the code then stays unused and can be entered again.</source>
        <translation>Käyttäjän %1 %2 antama aktivointikoodi odottaa yhä lunastusta, joten nyt kirjautuneelle tilille ei lunastettu mitään. Kirjaudu käyttäjänä %1 viimeistelläksesi sen, tai hylkää se: koodi jää silloin käyttämättömäksi ja sen voi antaa uudelleen.</translation>
    </message>
</context>
<context>
    <name>Keyway::ResumeRedemptionJob</name>
    <message>
        <source>The activation code was redeemed, but the license server gave this computer no license for %1.</source>
        <translation>Aktivointikoodi lunastettiin, mutta lisenssipalvelin ei antanut tälle tietokoneelle lisenssiä tuotteeseen %1.</translation>
    </message>
</context>
<context>
    <name>Keyway::SeatPage</name>
    <message>
        <source>Your license is in use on other computers</source>
        <translation>Lisenssisi on käytössä muilla tietokoneilla</translation>
    </message>
    <message>
        <source>Choose a computer you no longer use. It is removed from your account and the license moves to this computer.</source>
        <translation>Valitse tietokone, jota et enää käytä. Se poistetaan tililtäsi, ja lisenssi siirtyy tälle tietokoneelle.</translation>
    </message>
    <message>
        <source>Computers using your license</source>
        <translation>Lisenssiäsi käyttävät tietokoneet</translation>
    </message>
    <message>
        <source>Computer</source>
        <translation>Tietokone</translation>
    </message>
    <message>
        <source>Last used</source>
        <translation>Viimeksi käytetty</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Peruuta</translation>
    </message>
    <message>
        <source>Leaves the other computers as they are and returns to the start.</source>
        <translation>Jättää muut tietokoneet ennalleen ja palaa alkuun.</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Takaisin</translation>
    </message>
    <message>
        <source>Returns to the list of computers.</source>
        <translation>Palaa tietokoneiden luetteloon.</translation>
    </message>
    <message>
        <source>not known</source>
        <translation>ei tiedossa</translation>
    </message>
    <message>
        <source>%1, last used %2</source>
        <translation>%1, viimeksi käytetty %2</translation>
    </message>
    <message>
        <source>&amp;Use it here instead</source>
        <extracomment>Moves the license to this computer from the computer named %1</extracomment>
        <translation>&amp;Käytä tällä tietokoneella</translation>
    </message>
    <message>
        <source>&amp;Use it here instead of %1</source>
        <translation>&amp;Käytä täällä tietokoneen %1 sijaan</translation>
    </message>
    <message>
        <source>Asks for a confirmation, then removes the chosen computer from your account.</source>
        <translation>Pyytää vahvistuksen ja poistaa sitten valitun tietokoneen tililtäsi.</translation>
    </message>
    <message>
        <source>Remove %1 from your account and use %2 on this computer instead?</source>
        <translation>Poistetaanko tietokone %1 tililtäsi ja otetaan %2 käyttöön tällä tietokoneella?</translation>
    </message>
    <message>
        <source>%1 keeps working offline until %2, then it needs a free seat again.</source>
        <translation>Tietokone %1 toimii ilman verkkoyhteyttä %2 asti, minkä jälkeen se tarvitsee taas vapaan paikan lisenssistä.</translation>
    </message>
    <message>
        <source>%1 then needs a free seat again.</source>
        <translation>Tietokone %1 tarvitsee sen jälkeen taas vapaan paikan lisenssistä.</translation>
    </message>
    <message>
        <source>&amp;Remove %1 and continue</source>
        <extracomment>Confirms removing the computer named %1 from the account</extracomment>
        <translation>&amp;Poista %1 ja jatka</translation>
    </message>
    <message>
        <source>Removes the computer from your account, then finishes the activation here.</source>
        <translation>Poistaa tietokoneen tililtäsi ja viimeistelee sitten aktivoinnin tällä tietokoneella.</translation>
    </message>
</context>
<context>
    <name>Keyway::Session</name>
    <message>
        <source>Your sign-in has ended: the sign-in service keeps it only for a short time. Sign in again.</source>
        <translation>Kirjautumisesi on päättynyt: kirjautumispalvelu säilyttää sen vain lyhyen aikaa. Kirjaudu uudelleen.</translation>
    </message>
</context>
<context>
    <name>Keyway::SignInDialog</name>
    <message>
        <source>Sign in to %1</source>
        <translation>Kirjaudu sisään: %1</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Peruuta</translation>
    </message>
</context>
<context>
    <name>Keyway::SignInHelper</name>
    <message>
        <source>Sign in</source>
        <translation>Kirjaudu sisään</translation>
    </message>
    <message>
        <source>Sign in to %1</source>
        <translation>Kirjaudu sisään: %1</translation>
    </message>
</context>
<context>
    <name>Keyway::SingleInstance</name>
    <message>
        <source>The folder %1 cannot be created.</source>
        <translation>Kansiota %1 ei voi luoda.</translation>
    </message>
    <message>
        <source>The lock file %1 cannot be written.</source>
        <translation>Lukitustiedostoon %1 ei voi kirjoittaa.</translation>
    </message>
    <message>
        <source>Another activation window (process %1) is using %2 and does not answer. Close it, or end that process, then start again.</source>
        <translation>Toinen aktivointi-ikkuna (prosessi %1) käyttää kansiota %2 eikä vastaa. Sulje ikkuna tai lopeta kyseinen prosessi ja käynnistä sitten uudelleen.</translation>
    </message>
</context>
<context>
    <name>Keyway::StepIndicator</name>
    <message>
        <source>Code</source>
        <extracomment>A step of the activation: entering the activation code</extracomment>
        <translation>Koodi</translation>
    </message>
    <message>
        <source>Account</source>
        <extracomment>A step of the activation: signing in to or creating the account</extracomment>
        <translation>Tili</translation>
    </message>
    <message>
        <source>Done</source>
        <extracomment>The last step of the activation: it is finished</extracomment>
        <translation>Valmis</translation>
    </message>
    <message>
        <source>Step %1 of %2: %3</source>
        <translation>Vaihe %1/%2: %3</translation>
    </message>
    <message>
        <source>%1, current step</source>
        <translation>%1, nykyinen vaihe</translation>
    </message>
    <message>
        <source>%1, done</source>
        <translation>%1, tehty</translation>
    </message>
</context>
<context>
    <name>Keyway::SuccessPage</name>
    <message>
        <source>Activation complete</source>
        <translation>Aktivointi valmis</translation>
    </message>
    <message>
        <source>Licensed features</source>
        <translation>Lisensoidut ominaisuudet</translation>
    </message>
    <message>
        <source>Licensed feature</source>
        <translation>Lisensoitu ominaisuus</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>Voimassa asti</translation>
    </message>
    <message>
        <source>&amp;Done</source>
        <translation>&amp;Valmis</translation>
    </message>
    <message>
        <source>%1 is activated on this computer.</source>
        <translation>%1 on aktivoitu tällä tietokoneella.</translation>
    </message>
    <message>
        <source>%1 is activated on this computer for %2.</source>
        <translation>%1 on aktivoitu tällä tietokoneella käyttäjälle %2.</translation>
    </message>
    <message>
        <source>The sign-in service does not keep you signed in: to renew the licenses later, you will be asked to sign in again.</source>
        <translation>Kirjautumispalvelu ei pidä sinua kirjautuneena: kun lisenssit uusitaan myöhemmin, sinua pyydetään kirjautumaan uudelleen.</translation>
    </message>
    <message>
        <source>until the subscription ends</source>
        <translation>tilauksen päättymiseen</translation>
    </message>
    <message>
        <source>%1, valid until %2</source>
        <translation>%1, voimassa %2 asti</translation>
    </message>
    <message>
        <source>%1, valid until the subscription ends</source>
        <translation>%1, voimassa tilauksen päättymiseen asti</translation>
    </message>
    <message>
        <source>%1 is activated on this computer with the license file.</source>
        <translation>%1 on aktivoitu tällä tietokoneella lisenssitiedoston avulla.</translation>
    </message>
</context>
<context>
    <name>Keyway::SupportLink</name>
    <message>
        <source>Address of the help page</source>
        <translation>Ohjesivun osoite</translation>
    </message>
    <message>
        <source>Get help from %1</source>
        <translation>%1 – tuki</translation>
    </message>
    <message>
        <source>Get help from %1 (opens in your browser)</source>
        <translation>%1 – tuki (avautuu verkkoselaimessa)</translation>
    </message>
</context>
<context>
    <name>Keyway::TokenRequestJob</name>
    <message>
        <source>The sign-in could not be completed. %1</source>
        <translation>Kirjautumista ei voitu viedä loppuun. %1</translation>
    </message>
</context>
<context>
    <name>Keyway::WebEngineSignInView</name>
    <message>
        <source>Sign-in page</source>
        <translation>Kirjautumissivu</translation>
    </message>
    <message>
        <source>The sign-in page tried to open %1, which this application does not trust for signing in. Contact the vendor of the application.</source>
        <translation>Kirjautumissivu yritti avata osoitteen %1, jota tämä sovellus ei pidä luotettavana kirjautumiseen. Ota yhteyttä sovelluksen toimittajaan.</translation>
    </message>
    <message>
        <source>This sign-in service does not allow signing in inside the application. Sign in with your web browser instead.</source>
        <translation>Tämä kirjautumispalvelu ei salli kirjautumista sovelluksen sisällä. Kirjaudu sen sijaan verkkoselaimella.</translation>
    </message>
</context>
<context>
    <name>Keyway::WelcomePage</name>
    <message>
        <source>%1 logo</source>
        <translation>%1 – logo</translation>
    </message>
    <message>
        <source>Activate %1</source>
        <translation>Aktivoi %1</translation>
    </message>
    <message>
        <source>How would you like to activate %1 on this computer?</source>
        <translation>Miten haluat aktivoida tuotteen %1 tällä tietokoneella?</translation>
    </message>
    <message>
        <source>I have an activation &amp;code</source>
        <translation>Minulla on &amp;aktivointikoodi</translation>
    </message>
    <message>
        <source>Enter the code you received with your purchase, then sign in or create an account.</source>
        <translation>Anna ostoksesi yhteydessä saamasi koodi ja kirjaudu sitten sisään tai luo tili.</translation>
    </message>
    <message>
        <source>I already have an &amp;account</source>
        <translation>Minulla on jo &amp;tili</translation>
    </message>
    <message>
        <source>Sign in with the account your licenses belong to; no code is needed.</source>
        <translation>Kirjaudu sisään tilillä, jolle lisenssisi kuuluvat; koodia ei tarvita.</translation>
    </message>
    <message>
        <source>I have a license &amp;file</source>
        <translation>Minulla on &amp;lisenssitiedosto</translation>
    </message>
    <message>
        <source>Import the license file your administrator gave you, for a computer without internet access.</source>
        <translation>Tuo järjestelmänvalvojalta saamasi lisenssitiedosto (tietokoneille, joilla ei ole internetyhteyttä).</translation>
    </message>
</context>
<context>
    <name>Keyway::Widgets</name>
    <message>
        <source>The sign-in page cannot be shown in this window because its browser component (%1) is not installed. Sign in with your web browser instead, or reinstall the application.</source>
        <translation>Kirjautumissivua ei voi näyttää tässä ikkunassa, koska sen selainosaa (%1) ei ole asennettu. Kirjaudu sen sijaan verkkoselaimellasi tai asenna sovellus uudelleen.</translation>
    </message>
    <message>
        <source>The sign-in page cannot be shown in this window because its browser component could not be started (%1). Sign in with your web browser instead, or reinstall the application.</source>
        <translation>Kirjautumissivua ei voi näyttää tässä ikkunassa, koska sen selainosaa ei voitu käynnistää (%1). Kirjaudu sen sijaan verkkoselaimellasi tai asenna sovellus uudelleen.</translation>
    </message>
    <message>
        <source>&amp;Get help</source>
        <extracomment>Opens the vendor&apos;s support page in the web browser</extracomment>
        <translation>&amp;Hae apua</translation>
    </message>
    <message>
        <source>Opens the support page of %1 in your web browser.</source>
        <translation>Avaa verkkoselaimessa tukisivun, jota ylläpitää %1.</translation>
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
        <translation>Peruuta</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation>&amp;Kyllä</translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation>&amp;Ei</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Sulje</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Ohje</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Yritä uudelleen</translation>
    </message>
</context>
<context>
    <name>keywayctl</name>
    <message>
        <source>file</source>
        <translation>tiedosto</translation>
    </message>
    <message>
        <source>The folder holding the stored licenses.</source>
        <translation>Kansio, johon lisenssit on tallennettu.</translation>
    </message>
    <message>
        <source>dir</source>
        <translation>kansio</translation>
    </message>
    <message>
        <source>No command given.</source>
        <translation>Komentoa ei annettu.</translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;. Run keywayctl --help for the list of commands.</source>
        <translation>Tuntematon komento ”%1”. Komentoluettelon saat näkyviin komennolla keywayctl --help.</translation>
    </message>
    <message>
        <source>The command.</source>
        <translation>Komento.</translation>
    </message>
    <message>
        <source>Cannot use the vendor configuration %1: %2</source>
        <translation>Toimittajan määritystä %1 ei voi käyttää: %2</translation>
    </message>
    <message>
        <source>This computer&apos;s device id cannot be determined: there is no machine id and the folder %1 cannot be written.</source>
        <translation>Tämän tietokoneen laitetunnusta ei voi määrittää: konetunnusta ei ole, eikä kansioon %1 voi kirjoittaa.</translation>
    </message>
    <message>
        <source>%1 by %2</source>
        <translation>%1, toimittaja %2</translation>
    </message>
    <message>
        <source>Account: %1</source>
        <translation>Tili: %1</translation>
    </message>
    <message>
        <source>not signed in</source>
        <translation>ei kirjautunut</translation>
    </message>
    <message>
        <source>Also say what the device id is made of.</source>
        <translation>Kerro myös, mistä laitetunnus muodostuu.</translation>
    </message>
    <message>
        <source>Device id: %1</source>
        <translation>Laitetunnus: %1</translation>
    </message>
    <message>
        <source>Check an activation code&apos;s form and check symbol locally; nothing is sent. Prints the code in its canonical form.</source>
        <translation>Tarkista aktivointikoodin muoto ja tarkistusmerkki paikallisesti; mitään ei lähetetä. Tulostaa koodin vakiomuodossa.</translation>
    </message>
    <message>
        <source>The activation code.</source>
        <translation>Aktivointikoodi.</translation>
    </message>
    <message>
        <source>check-code needs the activation code, e.g. keywayctl check-code KWPWK-3DEGZ-DPCF5-4ERF5-DHQDA</source>
        <translation>Komento check-code tarvitsee aktivointikoodin, esim. keywayctl check-code KWPWK-3DEGZ-DPCF5-4ERF5-DHQDA</translation>
    </message>
    <message>
        <source>%1: unexpected argument &quot;%2&quot;.</source>
        <translation>%1: odottamaton argumentti ”%2”.</translation>
    </message>
    <message>
        <source>Print the id this computer&apos;s licenses are bound to. An administrator downloads license tokens for air-gapped computers with it.</source>
        <translation>Tulosta tunnus, johon tämän tietokoneen lisenssit on sidottu. Järjestelmänvalvoja lataa sen avulla lisenssitietueet verkosta eristetyille tietokoneille.</translation>
    </message>
    <message>
        <source>Store license tokens from a file, for computers without internet access: an administrator downloads them for this computer&apos;s device id (keywayctl device-id). Every token is verified like one from the server; if any is refused, nothing is stored.</source>
        <translation>Tallenna lisenssitietueet tiedostosta tietokoneille, joilla ei ole internetyhteyttä: järjestelmänvalvoja lataa ne tämän tietokoneen laitetunnukselle (keywayctl device-id). Jokainen tietue tarkistetaan samoin kuin palvelimelta saatu; jos jokin hylätään, mitään ei tallenneta.</translation>
    </message>
    <message>
        <source>A file with one or more license tokens (compact JWS), separated by line breaks, spaces or &apos;&amp;&apos;.</source>
        <translation>Tiedosto, jossa on yksi tai useampi lisenssitietue (compact JWS) rivinvaihdoilla, välilyönneillä tai merkillä &apos;&amp;&apos; erotettuina.</translation>
    </message>
    <message>
        <source>import needs the file with the license tokens.</source>
        <translation>Komento import tarvitsee tiedoston, jossa lisenssitietueet ovat.</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n license token(s).</source>
        <translation>
            <numerusform>Tuotiin %n lisenssitietue.</numerusform>
            <numerusform>Tuotiin %n lisenssitietuetta.</numerusform>
        </translation>
    </message>
    <message>
        <source>Print the report as JSON.</source>
        <translation>Tulosta raportti JSON-muodossa.</translation>
    </message>
    <message>
        <source>Print a report for the vendor&apos;s support: versions, the configuration, the license states and the last errors. It holds no token, code, password, e-mail address or account id; identifiers appear as short fingerprints.</source>
        <translation>Tulosta raportti toimittajan tukipalvelulle: versiot, määritys, lisenssien tilat ja viimeisimmät virheet. Raportissa ei ole lisenssi- tai istuntotietueita, koodeja, salasanoja, sähköpostiosoitteita eikä tilitunnuksia; tunnisteet näkyvät lyhyinä sormenjälkinä.</translation>
    </message>
    <message>
        <source>Support report (no secrets; identifiers are fingerprints):</source>
        <translation>Tukiraportti (ei salaisia tietoja; tunnisteet ovat sormenjälkiä):</translation>
    </message>
    <message>
        <source>Verify the stored licenses without any network or keychain access.</source>
        <translation>Tarkista tallennetut lisenssit käyttämättä verkkoa tai avainnippua.</translation>
    </message>
    <message>
        <source>Print the result as JSON (schema in docs/licensing.md).</source>
        <translation>Tulosta tulos JSON-muodossa (skeema: docs/licensing.md).</translation>
    </message>
    <message>
        <source>Verify the licenses stored on this computer and list each licensed item with its state and the reason. Without --offline, queued releases are sent and due renewals done first.</source>
        <translation>Tarkista tähän tietokoneeseen tallennetut lisenssit ja luettele jokainen lisensoitu kohde tiloineen ja syineen. Ilman valitsinta --offline jonossa olevat vapautukset lähetetään ja erääntyneet uusinnat tehdään ensin.</translation>
    </message>
    <message>
        <source>The command &quot;%1&quot; needs the license server, but keywayctl&apos;s online part (%2) could not be loaded: %3. Reinstall the product; the commands that work offline are not affected.</source>
        <translation>Komento ”%1” tarvitsee lisenssipalvelinta, mutta keywayctl:n verkko-osaa (%2) ei voitu ladata: %3. Asenna tuote uudelleen; ilman verkkoyhteyttä toimiviin komentoihin tämä ei vaikuta.</translation>
    </message>
    <message>
        <source>not found in %1</source>
        <translation>ei löytynyt sijainneista %1</translation>
    </message>
    <message numerus="yes">
        <source>The queued release of %n lease(s) could not be sent yet: %1</source>
        <translation>
            <numerusform>Jonossa olevaa vapautusta (%n lisenssivaraus) ei voitu vielä lähettää: %1</numerusform>
            <numerusform>Jonossa olevaa vapautusta (%n lisenssivarausta) ei voitu vielä lähettää: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Sent the queued release of %n lease(s).</source>
        <translation>
            <numerusform>Jonossa ollut vapautus lähetettiin (%n lisenssivaraus).</numerusform>
            <numerusform>Jonossa ollut vapautus lähetettiin (%n lisenssivarausta).</numerusform>
        </translation>
    </message>
    <message>
        <source>Only renew leases past their renewal time.</source>
        <translation>Uusi vain ne lisenssivaraukset, joiden uusimisaika on ohitettu.</translation>
    </message>
    <message>
        <source>Print nothing on success.</source>
        <translation>Älä tulosta mitään, jos toiminto onnistuu.</translation>
    </message>
    <message>
        <source>Renew this computer&apos;s leases at the license server now, then show the status. Needs a signed-in session (keywayctl login).</source>
        <translation>Uusi tämän tietokoneen lisenssivaraukset lisenssipalvelimella heti ja näytä sitten tila. Edellyttää kirjautunutta istuntoa (keywayctl login).</translation>
    </message>
    <message>
        <source>The licenses could not be renewed: %1</source>
        <translation>Lisenssejä ei voitu uusia: %1</translation>
    </message>
    <message>
        <source>Next attempt after %1.</source>
        <translation>Seuraava yritys ajankohdan %1 jälkeen.</translation>
    </message>
    <message>
        <source>Deactivate this computer: release its leases at the license server so that the seats are free at once, and remove the local licenses. Offline, the release is queued and sent by the next online command.</source>
        <translation>Poista tämän tietokoneen aktivointi: vapauta sen lisenssivaraukset lisenssipalvelimella, jotta käyttöpaikat vapautuvat heti, ja poista paikalliset lisenssit. Ilman verkkoyhteyttä vapautus jää jonoon ja lähetetään seuraavan verkkoyhteyttä käyttävän komennon yhteydessä.</translation>
    </message>
    <message>
        <source>Removed the licenses from this computer.</source>
        <translation>Lisenssit poistettiin tästä tietokoneesta.</translation>
    </message>
    <message numerus="yes">
        <source>Released %n lease(s) at the license server.</source>
        <translation>
            <numerusform>Lisenssipalvelimella vapautettiin %n lisenssivaraus.</numerusform>
            <numerusform>Lisenssipalvelimella vapautettiin %n lisenssivarausta.</numerusform>
        </translation>
    </message>
    <message>
        <source>The release will be sent at the next online command (keywayctl refresh, status or login).</source>
        <translation>Vapautus lähetetään seuraavan verkkoyhteyttä käyttävän komennon yhteydessä (keywayctl refresh, status tai login).</translation>
    </message>
    <message>
        <source>Sign in first: keywayctl login</source>
        <translation>Kirjaudu ensin sisään: keywayctl login</translation>
    </message>
    <message>
        <source>&quot;system&quot; opens the sign-in page in the default browser; &quot;none&quot; only prints its address.</source>
        <translation>”system” avaa kirjautumissivun oletusselaimessa; ”none” vain tulostaa sivun osoitteen.</translation>
    </message>
    <message>
        <source>mode</source>
        <translation>tila</translation>
    </message>
    <message>
        <source>Sign in with the system browser, keep the session in the keychain and check out this computer&apos;s licenses.</source>
        <translation>Kirjaudu sisään järjestelmän oletusselaimella, säilytä istunto avainnipussa ja hae tämän tietokoneen lisenssit.</translation>
    </message>
    <message>
        <source>--browser must be &quot;system&quot; or &quot;none&quot;.</source>
        <translation>Valitsimen --browser arvon on oltava ”system” tai ”none”.</translation>
    </message>
    <message>
        <source>The vendor configuration has no loopback redirect URI (redirectUris.loopback), which signing in from the command line needs.</source>
        <translation>Toimittajan määrityksessä ei ole loopback-uudelleenohjausosoitetta (redirectUris.loopback), jota komentoriviltä kirjautuminen edellyttää.</translation>
    </message>
    <message>
        <source>Open this address in a browser to sign in:</source>
        <translation>Kirjaudu sisään avaamalla tämä osoite selaimessa:</translation>
    </message>
    <message>
        <source>Signed in as %1.</source>
        <translation>Kirjauduttu sisään käyttäjänä %1.</translation>
    </message>
    <message>
        <source>(The queued release stays queued.)</source>
        <translation>(Jonossa oleva vapautus jää jonoon.)</translation>
    </message>
    <message>
        <source>Sign out: revoke the session at the provider and remove it from the keychain. The licenses stay on this computer until their leases end; use keywayctl release to deactivate.</source>
        <translation>Kirjaudu ulos: mitätöi istunto kirjautumispalvelussa ja poista se avainnipusta. Lisenssit pysyvät tällä tietokoneella, kunnes niiden lisenssivaraukset päättyvät; poista aktivointi komennolla keywayctl release.</translation>
    </message>
    <message>
        <source>Signed out.</source>
        <translation>Kirjauduttu ulos.</translation>
    </message>
    <message numerus="yes">
        <source>%n lease release(s) are waiting to be sent to the server.</source>
        <translation>
            <numerusform>%n lisenssivarauksen vapautus odottaa lähettämistä palvelimelle.</numerusform>
            <numerusform>%n lisenssivarauksen vapautusta odottaa lähettämistä palvelimelle.</numerusform>
        </translation>
    </message>
    <message>
        <source>Notice: your sign-in is kept in the file %1, which only your user account can read, instead of the system keychain, as this product&apos;s settings allow. Anyone with access to your files can use it.</source>
        <translation>Huomautus: kirjautumistietosi säilytetään järjestelmän avainnipun sijaan tiedostossa %1, jota vain käyttäjätilisi voi lukea, kuten tämän tuotteen asetukset sallivat. Kuka tahansa, jolla on pääsy tiedostoihisi, voi käyttää niitä.</translation>
    </message>
    <message>
        <source>(Why the keychain was not used: %1.)</source>
        <translation>(Syy, miksi avainnippua ei käytetty: %1.)</translation>
    </message>
    <message>
        <source>A redemption of an activation code is pending (started %1): run keywayctl redeem to finish it.</source>
        <translation>Aktivointikoodin lunastus on kesken (aloitettu %1): viimeistele se komennolla keywayctl redeem.</translation>
    </message>
    <message>
        <source>at an unknown time</source>
        <translation>tuntemattomaan aikaan</translation>
    </message>
    <message>
        <source>Redeem an activation code for the signed-in account and check out its licenses for this computer. The code is kept in the keychain until its licenses are stored: without CODE, a redemption that was interrupted (a crash, a lost connection) is finished with the same request, and the code is never consumed twice.</source>
        <translation>Lunasta aktivointikoodi kirjautuneelle tilille ja hae sen lisenssit tälle tietokoneelle. Koodi säilytetään avainnipussa, kunnes sen lisenssit on tallennettu: ilman CODE-argumenttia keskeytynyt lunastus (kaatuminen, katkennut yhteys) viimeistellään samalla pyynnöllä, eikä koodia koskaan käytetä kahdesti.</translation>
    </message>
    <message>
        <source>The redemption is kept in the keychain: run keywayctl redeem without the code to finish it; the code will not be consumed twice.</source>
        <translation>Lunastus säilytetään avainnipussa: viimeistele se suorittamalla keywayctl redeem ilman koodia; koodia ei käytetä kahdesti.</translation>
    </message>
    <message>
        <source>Finishing the redemption started %1.</source>
        <translation>Viimeistellään lunastusta, joka aloitettiin %1.</translation>
    </message>
    <message>
        <source>Finished the pending redemption.</source>
        <translation>Keskeneräinen lunastus viimeisteltiin.</translation>
    </message>
    <message>
        <source>A settings file (client-config.json) that changes where to connect; the license keys stay those built into the product.</source>
        <translation>Asetustiedosto (client-config.json), joka muuttaa sitä, mihin yhdistetään; lisenssiavaimet pysyvät tuotteeseen sisäänrakennettuina.</translation>
    </message>
    <message>
        <source>A redemption of an activation code is pending (entered by %1, started %2): run keywayctl redeem while signed in as %1 to finish it.</source>
        <translation>Aktivointikoodin lunastus on kesken (antanut %1, aloitettu %2): viimeistele se komennolla keywayctl redeem, kun olet kirjautunut käyttäjänä %1.</translation>
    </message>
    <message>
        <source>To finish it: keywayctl login, and sign in with that account. To discard it: keywayctl redeem --discard (the code is not consumed).</source>
        <translation>Viimeistely: keywayctl login ja kirjaudu sillä tilillä. Hylkääminen: keywayctl redeem --discard (koodia ei kuluteta).</translation>
    </message>
    <message>
        <source>Discard the pending redemption instead of finishing it; the code stays unused at the license server and can be entered again.</source>
        <translation>Hylkää keskeneräinen lunastus sen viimeistelyn sijaan; koodi jää lisenssipalvelimella käyttämättömäksi ja sen voi antaa uudelleen.</translation>
    </message>
    <message>
        <source>redeem --discard takes no code.</source>
        <translation>redeem --discard ei ota koodia.</translation>
    </message>
    <message>
        <source>The pending redemption was discarded; its code was not consumed.</source>
        <translation>Keskeneräinen lunastus hylättiin; sen koodia ei kulutettu.</translation>
    </message>
    <message>
        <source>&quot;-&quot;: read the activation code from standard input (one line), so that it stays out of the shell history and the process list.</source>
        <translation>&quot;-&quot;: lue aktivointikoodi vakiosyötteestä (yksi rivi), jotta se ei jää komentohistoriaan eikä näy prosessiluettelossa.</translation>
    </message>
    <message>
        <source>The activation code (for scripts; --code - or the prompt keep it off the command line); omit it to finish a pending redemption or to be asked for it.</source>
        <translation>Aktivointikoodi (skripteille; --code - tai kehote pitävät sen poissa komentoriviltä); jätä pois, jos haluat viimeistellä keskeneräisen lunastuksen tai antaa koodin kehotteeseen.</translation>
    </message>
    <message>
        <source>redeem: --code takes only &quot;-&quot; (the code then comes from standard input), never the code itself.</source>
        <translation>redeem: --code hyväksyy vain arvon &quot;-&quot; (koodi luetaan silloin vakiosyötteestä), ei koskaan itse koodia.</translation>
    </message>
    <message>
        <source>redeem: no activation code on standard input.</source>
        <translation>redeem: vakiosyötteessä ei ole aktivointikoodia.</translation>
    </message>
    <message>
        <source>Activation code: </source>
        <translation>Aktivointikoodi: </translation>
    </message>
    <message>
        <source>No redemption is pending: redeem needs the activation code (typed at the prompt, or on standard input with --code -).</source>
        <translation>Keskeneräistä lunastusta ei ole: redeem tarvitsee aktivointikoodin (kehotteeseen kirjoitettuna tai vakiosyötteestä valitsimella --code -).</translation>
    </message>
    <message>
        <source>When something fails, also print the technical reason.</source>
        <translation>Kun jokin epäonnistuu, tulosta myös tekninen syy.</translation>
    </message>
    <message>
        <source>Details: %1 (%2)</source>
        <translation>Tiedot: %1 (%2)</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ei tietoja</translation>
    </message>
    <message>
        <source>Reference: %1</source>
        <translation>Viitetunnus: %1</translation>
    </message>
    <message>
        <source>Notice: the sign-in service did not allow a lasting session. This sign-in ends at %1; sign in again after that to renew the licenses.</source>
        <translation>Huomautus: kirjautumispalvelu ei sallinut pysyvää istuntoa. Tämä kirjautuminen päättyy %1; kirjaudu sen jälkeen uudelleen, jotta voit uusia lisenssit.</translation>
    </message>
    <message>
        <source>status, device-id, import, diagnose, check-code, login, redeem, refresh, release, logout or devices.</source>
        <translation>status, device-id, import, diagnose, check-code, login, redeem, refresh, release, logout tai devices.</translation>
    </message>
    <message>
        <source>Print the list as JSON.</source>
        <translation>Tulosta luettelo JSON-muodossa.</translation>
    </message>
    <message>
        <source>List the computers your licenses are in use on, with the seats of each license. &quot;devices release ID&quot; removes a computer from your account (its seats are free at once; it works offline only until its current lease ends), &quot;devices rename NAME&quot; renames this computer. Needs a signed-in session (keywayctl login).</source>
        <translation>Luettele tietokoneet, joilla lisenssejäsi käytetään, ja kunkin lisenssin käyttöpaikat. &quot;devices release ID&quot; poistaa tietokoneen tililtäsi (sen käyttöpaikat vapautuvat heti; se toimii ilman yhteyttä vain nykyisen lisenssivarauksensa loppuun), &quot;devices rename NAME&quot; nimeää tämän tietokoneen uudelleen. Edellyttää sisäänkirjautunutta istuntoa (keywayctl login).</translation>
    </message>
    <message>
        <source>Optional: release ID, or rename NAME.</source>
        <translation>Valinnainen: release ID tai rename NAME.</translation>
    </message>
    <message>
        <source>Usage: keywayctl devices [--json] | devices release ID | devices rename NAME</source>
        <translation>Käyttö: keywayctl devices [--json] | devices release ID | devices rename NAME</translation>
    </message>
    <message>
        <source>--json only goes with the list.</source>
        <translation>--json käy vain luettelon kanssa.</translation>
    </message>
    <message>
        <source>The list of your computers could not be fetched: %1</source>
        <translation>Tietokoneidesi luetteloa ei voitu hakea: %1</translation>
    </message>
    <message>
        <source>No computer uses your licenses yet.</source>
        <translation>Mikään tietokone ei vielä käytä lisenssejäsi.</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(ei nimeä)</translation>
    </message>
    <message>
        <source>%1 (this computer)</source>
        <translation>%1 (tämä tietokone)</translation>
    </message>
    <message>
        <source>last used %1</source>
        <translation>viimeksi käytetty %1</translation>
    </message>
    <message>
        <source>removed from your account on %1</source>
        <translation>poistettu tililtäsi %1</translation>
    </message>
    <message>
        <source>uses %1 until %2</source>
        <translation>käyttää: %1, %2 asti</translation>
    </message>
    <message>
        <source>%1: seats in use: %2 of %3.</source>
        <translation>%1: käytössä olevat paikat: %2/%3.</translation>
    </message>
    <message>
        <source>No more computers can be removed from it until %1.</source>
        <translation>Siitä ei voi poistaa enempää tietokoneita ennen kuin %1.</translation>
    </message>
    <message>
        <source>Computers that can still be removed from it within 30 days: %1.</source>
        <translation>Tietokoneita, jotka siitä voi vielä poistaa 30 päivän aikana: %1.</translation>
    </message>
    <message>
        <source>The computer could not be removed from your account: %1</source>
        <translation>Tietokonetta ei voitu poistaa tililtäsi: %1</translation>
    </message>
    <message>
        <source>Removed &quot;%1&quot; from your account: its seats are free now. It works offline only until its current lease ends.</source>
        <translation>&quot;%1&quot; poistettiin tililtäsi: sen käyttöpaikat ovat nyt vapaina. Se toimii ilman yhteyttä vain nykyisen lisenssivarauksensa loppuun.</translation>
    </message>
    <message>
        <source>This computer could not be renamed: %1</source>
        <translation>Tätä tietokonetta ei voitu nimetä uudelleen: %1</translation>
    </message>
    <message>
        <source>This computer is now called &quot;%1&quot; in your account.</source>
        <translation>Tämän tietokoneen nimi tililläsi on nyt &quot;%1&quot;.</translation>
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
        <translation>Tarkistaa ja hallitsee tämän tuotteen aktivointia.

Ilman verkkoyhteyttä toimivat komennot:
  status [--offline] [--json]  Tarkista tähän tietokoneeseen tallennetut lisenssit.
  device-id [--explain]        Tulosta tämän tietokoneen laitetunnus.
  import FILE                  Tallenna lisenssitietueet, jotka järjestelmänvalvoja on
                               ladannut tälle laitetunnukselle (verkosta eristetyt
                               tietokoneet).
  diagnose                     Tulosta tukiraportti ilman salaisia tietoja.
  check-code CODE              Tarkista aktivointikoodin muoto.
Lisenssipalvelinta tarvitsevat komennot:
  login [--browser=system|none]  Kirjaudu sisään.
  redeem [--code -]            Lunasta aktivointikoodi (kirjoitetaan kehotteeseen tai
                               luetaan vakiosyötteestä valitsimella --code -) ja hae sen
                               lisenssit; viimeistelee ensin keskeytyneen lunastuksen.
  refresh                      Uusi lisenssivaraukset heti.
  release                      Vapauta tämän tietokoneen lisenssivaraukset (poista
                               aktivointi); ilman verkkoyhteyttä vapautus jää jonoon.
  logout                       Kirjaudu ulos ja unohda istunto.
  devices [--json]             Luettele tietokoneet, jotka käyttävät lisenssejäsi;
                               &quot;devices release ID&quot; poistaa yhden, &quot;devices rename
                               NAME&quot; nimeää tämän uudelleen.
Komennon valitsimet saat näkyviin komennolla &quot;keywayctl COMMAND --help&quot;.

Poistumiskoodit:
  0  onnistui; status-komennolla: jokainen lisensoitu kohde on voimassa
  1  jokin kohde ei ole lisensoitu, on vanhentunut tai vioittunut; lisenssitietue tai
     koodi hylättiin
  2  käyttö- tai määritysvirhe
  3  lisenssipalvelimeen ei saatu yhteyttä, tai se vastasi virheellä
  4  ei kirjauduttu sisään, istunto on päättynyt tai avainnipun käyttö epäonnistui
  5  paikallista tiedostoa ei voitu lukea tai kirjoittaa

Ympäristömuuttujat: KEYWAY_CONFIG (asetustiedosto sille, mihin yhdistetään, ellei valitsinta --config ole annettu; ei koskaan lisenssiavaimia), KEYWAY_DATA_DIR (lisenssikansio, ellei valitsinta --data-dir ole annettu).</translation>
    </message>
    <message>
        <source>Your account has no license for %1 yet. If you have an activation code, redeem it: keywayctl redeem</source>
        <translation>Tililläsi ei vielä ole lisenssiä tuotteeseen %1. Jos sinulla on aktivointikoodi, lunasta se: keywayctl redeem</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>file</source>
        <translation>tiedosto</translation>
    </message>
    <message>
        <source>Where the licenses are kept (default: $KEYWAY_DATA_DIR, else the application data folder).</source>
        <translation>Kansio, johon lisenssit tallennetaan (oletus: $KEYWAY_DATA_DIR, muuten sovelluksen datakansio).</translation>
    </message>
    <message>
        <source>directory</source>
        <translation>kansio</translation>
    </message>
    <message>
        <source>Activates this product on this computer.</source>
        <translation>Aktivoi tämän tuotteen tällä tietokoneella.</translation>
    </message>
    <message>
        <source>Activation</source>
        <translation>Aktivointi</translation>
    </message>
    <message>
        <source>%1 activation</source>
        <translation>%1 – aktivointi</translation>
    </message>
    <message>
        <source>The language of the window and the sign-in page, e.g. &quot;fi&quot; (default: the system&apos;s).</source>
        <translation>Ikkunan ja kirjautumissivun kieli, esimerkiksi ”fi” (oletus: järjestelmän kieli).</translation>
    </message>
    <message>
        <source>language</source>
        <translation>kieli</translation>
    </message>
    <message>
        <source>Your sign-in is kept in the file %1, which only your user account can read, because the system keychain cannot be used. Anyone with access to your files can use it.</source>
        <translation>Kirjautumistietosi säilytetään tiedostossa %1, jota vain käyttäjätilisi voi lukea, koska järjestelmän avainnippua ei voi käyttää. Kuka tahansa, jolla on pääsy tiedostoihisi, voi käyttää niitä.</translation>
    </message>
    <message>
        <source>A settings file that changes where to connect (default: $KEYWAY_CONFIG); the license keys stay the built-in ones.</source>
        <translation>Asetustiedosto, joka muuttaa sitä, mihin yhdistetään (oletus: $KEYWAY_CONFIG); lisenssiavaimet pysyvät sisäänrakennettuina.</translation>
    </message>
    <message>
        <source>Discard the waiting code</source>
        <translation>Hylkää odottava koodi</translation>
    </message>
    <message>
        <source>Keep it for %1</source>
        <translation>Säilytä se käyttäjälle %1</translation>
    </message>
</context>
</TS>
