// SPDX-License-Identifier: BSD-3-Clause
#include "pages.h"

#include <QCryptographicHash>
#include <QUrl>

namespace Keyway::DevServer {

namespace {
const char Style[] = R"css(
:root { color-scheme: light dark; }
body { font-family: system-ui, sans-serif; background: #f4f5f7; color: #1d1f23; margin: 0; }
main { max-width: 24rem; margin: 3rem auto; background: #fff; padding: 2rem; border-radius: 8px;
       box-shadow: 0 1px 4px rgba(0,0,0,.15); }
h1 { font-size: 1.4rem; margin-top: 0; }
label { display: block; margin-top: 1rem; font-weight: 600; }
input, button { font: inherit; }
input { width: 100%; box-sizing: border-box; padding: .5rem; margin-top: .25rem;
        border: 1px solid #767676; border-radius: 4px; background: inherit; color: inherit; }
input[aria-invalid="true"] { border: 2px solid #a4000f; }
button { margin-top: 1.5rem; width: 100%; padding: .6rem; background: #1f5fbf;
         color: #fff; border: 0; border-radius: 4px; cursor: pointer; }
:focus-visible { outline: 3px solid #1f5fbf; outline-offset: 2px; }
button.secondary { margin-top: .75rem; background: transparent; color: #1f5fbf;
                   border: 1px solid #1f5fbf; }
a { color: #1f5fbf; }
.error { color: #a4000f; background: #fdecee; padding: .5rem; border-radius: 4px; }
.hint { font-size: .9rem; color: #555; }
@media (prefers-color-scheme: dark) {
  body { background: #16181c; color: #e8eaed; }
  main { background: #23262b; box-shadow: none; }
  a, button.secondary { color: #8ab4f8; }
  button.secondary { border-color: #8ab4f8; }
  :focus-visible { outline-color: #8ab4f8; }
  input[aria-invalid="true"] { border-color: #f28b82; }
  .error { color: #f6aea9; background: #3c1f1f; }
  .hint { color: #b0b4ba; }
}
)css";

// Asks every few seconds whether the link was opened and continues then, without reloading
// the page (a screen reader is not sent back to its top). Constant text: the policy names its
// hash.
const char VerifyScript[] = R"js(
(function () {
  var form = document.getElementById('continue-form');
  var request = form.elements['request'].value;
  function look() {
    fetch('/user/continue?check=1&request=' + encodeURIComponent(request),
          { credentials: 'same-origin', cache: 'no-store' })
      .then(function (r) { return r.ok ? r.json() : null; })
      .then(function (answer) {
        if (answer && answer.verified) HTMLFormElement.prototype.submit.call(form);
        else if (answer) setTimeout(look, 3000);
      })
      .catch(function () { setTimeout(look, 3000); });
  }
  setTimeout(look, 3000);
})();
)js";

QString requestQuery(const QString &requestId)
{
    return QString::fromLatin1(QUrl::toPercentEncoding(requestId));
}

QString csrfField(const QString &csrf)
{
    return QStringLiteral("<input type=\"hidden\" name=\"csrf\" value=\"") + Pages::escape(csrf)
        + QStringLiteral("\">\n");
}

/**
 * The attributes of input @p id in @p form: an input the error is about is invalid, described by
 * the error (before its own hint, if any) and focused; otherwise @p autofocus decides.
 */
QString fieldState(const Pages::Form &form, const QString &id, bool autofocus,
                   const QString &hint = QString())
{
    const bool invalid = !form.error.isEmpty() && form.errorField == id;
    QStringList describedBy;
    if (invalid)
        describedBy.append(QStringLiteral("error"));
    if (!hint.isEmpty())
        describedBy.append(hint);
    QString attributes;
    if (invalid)
        attributes += QStringLiteral(" aria-invalid=\"true\"");
    if (!describedBy.isEmpty())
        attributes += QStringLiteral(" aria-describedby=\"") + describedBy.join(QLatin1Char(' '))
            + QLatin1Char('"');
    const bool errorElsewhere = !form.error.isEmpty() && !form.errorField.isEmpty();
    if (errorElsewhere ? invalid : autofocus)
        attributes += QStringLiteral(" autofocus");
    return attributes;
}

QString errorBlock(const QString &error)
{
    if (error.isEmpty())
        return {};
    return QStringLiteral("<p class=\"error\" role=\"alert\" id=\"error\">") + Pages::escape(error)
        + QStringLiteral("</p>\n");
}
} // namespace

QString Pages::escape(const QString &text)
{
    return text.toHtmlEscaped().replace(QLatin1Char('\''), QStringLiteral("&#39;"));
}

QString Pages::chooseLanguage(const QString &uiLocales)
{
    for (const QString &tag : uiLocales.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
        const QString primary = tag.section(QLatin1Char('-'), 0, 0).toLower();
        if (languages().contains(primary))
            return primary;
    }
    return QStringLiteral("en");
}

QString Pages::text(const QString &language, const char *english, const char *finnish)
{
    if (language == QLatin1String("fi"))
        return QString::fromUtf8(finnish);
    if (language == QLatin1String("de") || language == QLatin1String("sv")) {
        const bool german = language == QLatin1String("de");
        for (const Translation &entry : translations()) {
            if (qstrcmp(entry.english, english) == 0)
                return QString::fromUtf8(german ? entry.german : entry.swedish);
        }
        qWarning("keyway-devserver: no German or Swedish text for \"%s\"", english);
    }
    return QString::fromUtf8(english);
}

const QList<Pages::Translation> &Pages::translations()
{
    // German and Swedish beside the English of every call of text(); Finnish is given there.
    static const QList<Translation> table {
        {"Sign in to %1", "Bei %1 anmelden", "Logga in på %1"},
        {"E-mail address", "E-Mail-Adresse", "E-postadress"},
        {"Password", "Passwort", "Lösenord"},
        {"Sign in", "Anmelden", "Logga in"},
        {"No account yet?", "Noch kein Konto?", "Inget konto ännu?"},
        {"Create an account", "Ein Konto erstellen", "Skapa ett konto"},
        {"Create your %1 account", "Ihr %1-Konto erstellen", "Skapa ditt %1-konto"},
        {"First name", "Vorname", "Förnamn"},
        {"Last name", "Nachname", "Efternamn"},
        {"At least 8 characters.", "Mindestens 8 Zeichen.", "Minst 8 tecken."},
        {"Create account", "Konto erstellen", "Skapa konto"},
        {"Already have an account?", "Sie haben schon ein Konto?", "Har du redan ett konto?"},
        {"Sign in with it", "Damit anmelden", "Logga in med det"},
        {"Continue to %1?", "Weiter zu %1?", "Fortsätta till %1?"},
        {"You are signed in as <strong>%1</strong>.",
         "Sie sind als <strong>%1</strong> angemeldet.", "Du är inloggad som <strong>%1</strong>."},
        {"An application on this computer asks to sign in with this account. Continue only if you "
         "started the sign-in yourself.",
         "Ein Programm auf diesem Computer möchte sich mit diesem Konto anmelden. Fahren Sie nur "
         "fort, wenn Sie die Anmeldung selbst begonnen haben.",
         "Ett program på den här datorn vill logga in med det här kontot. Fortsätt bara om du "
         "själv startade inloggningen."},
        {"Continue as %1", "Weiter als %1", "Fortsätt som %1"},
        {"Use another account", "Ein anderes Konto verwenden", "Använd ett annat konto"},
        {"Continue", "Weiter", "Fortsätt"},
        {"Too many attempts. Wait %1 minute(s) and try again.",
         "Zu viele Versuche. Warten Sie %1 Minute(n) und versuchen Sie es dann erneut.",
         "För många försök. Vänta %1 minut(er) och försök sedan igen."},
        {"Enter a valid e-mail address, like name@example.com.",
         "Geben Sie eine gültige E-Mail-Adresse ein, zum Beispiel name@example.com.",
         "Ange en giltig e-postadress, till exempel namn@example.com."},
        {"The e-mail address or password is incorrect.",
         "Die E-Mail-Adresse oder das Passwort ist falsch.",
         "E-postadressen eller lösenordet är fel."},
        {"Choose a password of at least %1 characters.",
         "Wählen Sie ein Passwort mit mindestens %1 Zeichen.",
         "Välj ett lösenord med minst %1 tecken."},
        {"An account with this e-mail address already exists. Sign in instead.",
         "Für diese E-Mail-Adresse gibt es schon ein Konto. Melden Sie sich stattdessen an.",
         "Det finns redan ett konto med den här e-postadressen. Logga in i stället."},
        {"Sign-in refused", "Anmeldung abgelehnt", "Inloggningen nekades"},
        {"Forgot your password?", "Passwort vergessen?", "Glömt lösenordet?"},
        {"Reset your password", "Passwort zurücksetzen", "Återställ lösenordet"},
        {"Enter the e-mail address of your account. We will send you a link to choose a new "
         "password.",
         "Geben Sie die E-Mail-Adresse Ihres Kontos ein. Wir senden Ihnen einen Link, mit dem Sie "
         "ein neues Passwort wählen.",
         "Ange e-postadressen till ditt konto. Vi skickar en länk där du kan välja ett nytt "
         "lösenord."},
        {"Send the link", "Link senden", "Skicka länken"},
        {"Back to sign-in", "Zurück zur Anmeldung", "Tillbaka till inloggningen"},
        {"Check your e-mail", "Sehen Sie in Ihren E-Mails nach", "Kontrollera din e-post"},
        {"If %1 belongs to an account, we sent a link there to choose a new password. The link "
         "works once, for 30 minutes.",
         "Wenn zu %1 ein Konto gehört, haben wir dorthin einen Link gesendet, mit dem Sie ein "
         "neues Passwort wählen. Der Link gilt einmal, 30 Minuten lang.",
         "Om %1 hör till ett konto har vi skickat en länk dit där du kan välja ett nytt lösenord. "
         "Länken fungerar en gång, i 30 minuter."},
        {"Choose a new password", "Neues Passwort wählen", "Välj ett nytt lösenord"},
        {"For the account <strong>%1</strong>.", "Für das Konto <strong>%1</strong>.",
         "För kontot <strong>%1</strong>."},
        {"New password", "Neues Passwort", "Nytt lösenord"},
        {"Change the password", "Passwort ändern", "Byt lösenord"},
        {"Link expired", "Link abgelaufen", "Länken har gått ut"},
        {"This link has expired or was already used. Ask for a new one with \"Forgot your "
         "password?\" on the sign-in page.",
         "Dieser Link ist abgelaufen oder wurde schon verwendet. Fordern Sie auf der "
         "Anmeldeseite mit „Passwort vergessen?“ einen neuen an.",
         "Länken har gått ut eller har redan använts. Begär en ny med ”Glömt lösenordet?” på "
         "inloggningssidan."},
        {"Password changed", "Passwort geändert", "Lösenordet är bytt"},
        {"The password of %1 is changed, and every earlier sign-in with it has ended. Go back to "
         "the sign-in window and sign in with the new password.",
         "Das Passwort von %1 ist geändert, und alle früheren Anmeldungen damit sind beendet. "
         "Kehren Sie zum Anmeldefenster zurück und melden Sie sich mit dem neuen Passwort an.",
         "Lösenordet för %1 är bytt, och alla tidigare inloggningar med det har avslutats. Gå "
         "tillbaka till inloggningsfönstret och logga in med det nya lösenordet."},
        {"This form was sent from another site, or it has expired. Go back to the application and "
         "start again.",
         "Dieses Formular kam von einer anderen Website oder ist abgelaufen. Kehren Sie zum "
         "Programm zurück und beginnen Sie von vorn.",
         "Formuläret skickades från en annan webbplats eller har gått ut. Gå tillbaka till "
         "programmet och börja om."},
        {"Signed out", "Abgemeldet", "Utloggad"},
        {"You are signed out", "Sie sind abgemeldet", "Du är utloggad"},
        {"You can close this window.", "Sie können dieses Fenster schließen.",
         "Du kan stänga det här fönstret."},
        {"Confirm your e-mail address", "Bestätigen Sie Ihre E-Mail-Adresse",
         "Bekräfta din e-postadress"},
        {"The address is not confirmed yet. Open the link in the e-mail; this page then continues "
         "by itself.",
         "Die Adresse ist noch nicht bestätigt. Öffnen Sie den Link in der E-Mail; diese Seite "
         "geht dann von selbst weiter.",
         "Adressen är inte bekräftad ännu. Öppna länken i e-postmeddelandet; den här sidan "
         "fortsätter sedan av sig själv."},
        {"We sent a link to <strong>%1</strong>. Open it to confirm that the address is yours; "
         "this page continues by itself once you have.",
         "Wir haben einen Link an <strong>%1</strong> gesendet. Öffnen Sie ihn, um zu bestätigen, "
         "dass die Adresse Ihnen gehört; diese Seite geht danach von selbst weiter.",
         "Vi har skickat en länk till <strong>%1</strong>. Öppna den för att bekräfta att "
         "adressen är din; den här sidan fortsätter av sig själv när du har gjort det."},
        {"Cancel sign-in", "Anmeldung abbrechen", "Avbryt inloggningen"},
        {"E-mail address confirmed", "E-Mail-Adresse bestätigt", "E-postadressen är bekräftad"},
        {"Thank you, %1 is confirmed. The sign-in window continues by itself; you can close this "
         "page.",
         "Danke, %1 ist bestätigt. Das Anmeldefenster geht von selbst weiter; Sie können diese "
         "Seite schließen.",
         "Tack, %1 är bekräftad. Inloggningsfönstret fortsätter av sig självt; du kan stänga den "
         "här sidan."},
        {"This confirmation link has expired or is not valid. Sign in again to get a new one.",
         "Dieser Bestätigungslink ist abgelaufen oder ungültig. Melden Sie sich erneut an, um "
         "einen neuen zu erhalten.",
         "Den här bekräftelselänken har gått ut eller är ogiltig. Logga in igen för att få en "
         "ny."},
        {"This confirmation link is no longer valid.", "Dieser Bestätigungslink gilt nicht mehr.",
         "Den här bekräftelselänken gäller inte längre."},
        {"Sign-in expired", "Anmeldung abgelaufen", "Inloggningen har gått ut"},
        {"This sign-in request has expired or was already used. Go back to the application and "
         "start again.",
         "Diese Anmeldeanfrage ist abgelaufen oder wurde schon verwendet. Kehren Sie zum Programm "
         "zurück und beginnen Sie von vorn.",
         "Den här inloggningsbegäran har gått ut eller har redan använts. Gå tillbaka till "
         "programmet och börja om."},
        {"Unknown application", "Unbekanntes Programm", "Okänt program"},
        {"The application that sent you here is not registered with this sign-in service.",
         "Das Programm, das Sie hierher geschickt hat, ist bei diesem Anmeldedienst nicht "
         "registriert.",
         "Programmet som skickade dig hit är inte registrerat hos den här inloggningstjänsten."},
        {"Invalid redirect address", "Ungültige Rücksprungadresse", "Ogiltig återvändsadress"},
        {"The application asked to return to an address it has not registered.",
         "Das Programm wollte zu einer Adresse zurückkehren, die es nicht registriert hat.",
         "Programmet bad om att få återvända till en adress som det inte har registrerat."},
        {"The application asked to return to an address it has not registered, so sign-in stops "
         "here.",
         "Das Programm wollte zu einer Adresse zurückkehren, die es nicht registriert hat; die "
         "Anmeldung endet deshalb hier.",
         "Programmet bad om att få återvända till en adress som det inte har registrerat, så "
         "inloggningen slutar här."},
        {"Invalid sign-out request", "Ungültige Abmeldeanfrage", "Ogiltig utloggningsbegäran"},
        {"Invitation expired", "Einladung abgelaufen", "Inbjudan har gått ut"},
        {"This invitation has expired, was already accepted or is not valid.",
         "Diese Einladung ist abgelaufen, wurde schon angenommen oder ist ungültig.",
         "Den här inbjudan har gått ut, har redan accepterats eller är ogiltig."},
        {"This invitation was already accepted.", "Diese Einladung wurde schon angenommen.",
         "Den här inbjudan har redan accepterats."},
        {"This activation link has expired or was already used.",
         "Dieser Aktivierungslink ist abgelaufen oder wurde schon verwendet.",
         "Den här aktiveringslänken har gått ut eller har redan använts."},
        {"Activate your %1 account", "Ihr %1-Konto aktivieren", "Aktivera ditt %1-konto"},
        {"Choose a password for <strong>%1</strong>.",
         "Wählen Sie ein Passwort für <strong>%1</strong>.",
         "Välj ett lösenord för <strong>%1</strong>."},
        {"Activate account", "Konto aktivieren", "Aktivera kontot"},
        {"Account activated", "Konto aktiviert", "Kontot är aktiverat"},
        {"Your account %1 is ready. Sign in to %2 with this e-mail address and your new password.",
         "Ihr Konto %1 ist bereit. Melden Sie sich bei %2 mit dieser E-Mail-Adresse und Ihrem "
         "neuen Passwort an.",
         "Ditt konto %1 är klart. Logga in på %2 med den här e-postadressen och ditt nya "
         "lösenord."},
    };
    return table;
}

QString Pages::document(const QString &productName, const QString &title, const QString &body,
                        const QString &language, const QString &head)
{
    return QStringLiteral("<!DOCTYPE html>\n<html lang=\"") + escape(language)
        + QStringLiteral(
               "\">\n<head>\n<meta charset=\"utf-8\">\n"
               "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
               "<title>")
        + escape(title) + QStringLiteral(" – ") + escape(productName) + QStringLiteral("</title>\n")
        + head + QStringLiteral("<style>") + QLatin1String(Style)
        + QStringLiteral("</style>\n</head>\n<body>\n<main>\n") + body
        + QStringLiteral("</main>\n</body>\n</html>\n");
}

QString Pages::login(const Form &form)
{
    const QString &l = form.language;
    const QString body = QStringLiteral("<h1>")
        + text(l, "Sign in to %1", "Kirjaudu palveluun %1").arg(escape(form.productName))
        + QStringLiteral("</h1>\n") + errorBlock(form.error)
        + QStringLiteral("<form id=\"login-form\" method=\"post\" action=\"/user/login\" "
                         "novalidate>\n<input type=\"hidden\" name=\"request\" value=\"")
        + escape(form.requestId) + QStringLiteral("\">\n") + csrfField(form.csrf)
        + QStringLiteral("<label for=\"email\">") + text(l, "E-mail address", "Sähköpostiosoite")
        + QStringLiteral("</label>\n"
                         "<input id=\"email\" name=\"email\" type=\"email\" "
                         "autocomplete=\"username\" required")
        + fieldState(form, QStringLiteral("email"), true) + QStringLiteral(" value=\"")
        + escape(form.email) + QStringLiteral("\">\n<label for=\"password\">")
        + text(l, "Password", "Salasana")
        + QStringLiteral("</label>\n"
                         "<input id=\"password\" name=\"password\" type=\"password\" "
                         "autocomplete=\"current-password\" required")
        + fieldState(form, QStringLiteral("password"), false)
        + QStringLiteral(">\n<button id=\"submit\" type=\"submit\">")
        + text(l, "Sign in", "Kirjaudu sisään")
        + QStringLiteral("</button>\n</form>\n<p class=\"hint\"><a id=\"forgot-link\" "
                         "href=\"/user/forgot?request=")
        + requestQuery(form.requestId) + QStringLiteral("\">")
        + text(l, "Forgot your password?", "Unohditko salasanasi?")
        + QStringLiteral("</a></p>\n<p class=\"hint\">")
        + text(l, "No account yet?", "Eikö sinulla ole vielä tiliä?")
        + QStringLiteral(" <a id=\"register-link\" href=\"/user/register?request=")
        + requestQuery(form.requestId) + QStringLiteral("\">")
        + text(l, "Create an account", "Luo uusi tili") + QStringLiteral("</a></p>\n");
    return document(form.productName, text(l, "Sign in", "Kirjaudu sisään"), body, l);
}

QString Pages::languageOf(const QByteArray &acceptLanguage)
{
    QStringList tags;
    for (const QByteArray &part : acceptLanguage.split(','))
        tags.append(QString::fromLatin1(part.split(';').first().trimmed()));
    return chooseLanguage(tags.join(QLatin1Char(' ')));
}

QString Pages::forgotPassword(const Form &form)
{
    const QString &l = form.language;
    const QString body = QStringLiteral("<h1>") + text(l, "Reset your password", "Vaihda salasana")
        + QStringLiteral("</h1>\n<p>")
        + text(l,
               "Enter the e-mail address of your account. We will send you a link to choose a "
               "new password.",
               "Anna tilisi sähköpostiosoite. Lähetämme siihen linkin, jolla voit valita uuden "
               "salasanan.")
        + QStringLiteral("</p>\n") + errorBlock(form.error)
        + QStringLiteral("<form id=\"forgot-form\" method=\"post\" action=\"/user/forgot\" "
                         "novalidate>\n<input type=\"hidden\" name=\"request\" value=\"")
        + escape(form.requestId) + QStringLiteral("\">\n") + csrfField(form.csrf)
        + QStringLiteral("<label for=\"email\">") + text(l, "E-mail address", "Sähköpostiosoite")
        + QStringLiteral("</label>\n<input id=\"email\" name=\"email\" type=\"email\" "
                         "autocomplete=\"username\" required")
        + fieldState(form, QStringLiteral("email"), true) + QStringLiteral(" value=\"")
        + escape(form.email) + QStringLiteral("\">\n<button id=\"submit\" type=\"submit\">")
        + text(l, "Send the link", "Lähetä linkki")
        + QStringLiteral("</button>\n</form>\n<p class=\"hint\"><a id=\"login-link\" "
                         "href=\"/user/login?request=")
        + requestQuery(form.requestId) + QStringLiteral("\">")
        + text(l, "Back to sign-in", "Takaisin kirjautumiseen") + QStringLiteral("</a></p>\n");
    return document(form.productName, text(l, "Reset your password", "Vaihda salasana"), body, l);
}

QString Pages::resetLinkSent(const Form &form)
{
    const QString &l = form.language;
    const QString body = QStringLiteral("<h1>")
        + text(l, "Check your e-mail", "Tarkista sähköpostisi")
        + QStringLiteral("</h1>\n<p id=\"message\" role=\"status\">")
        + text(l,
               "If %1 belongs to an account, we sent a link there to choose a new password. The "
               "link works once, for 30 minutes.",
               "Jos osoitteella %1 on tili, lähetimme siihen linkin uuden salasanan valitsemiseen. "
               "Linkki toimii kerran, 30 minuutin ajan.")
              .arg(QStringLiteral("<strong>") + escape(form.email) + QStringLiteral("</strong>"))
        + QStringLiteral("</p>\n<p class=\"hint\"><a id=\"login-link\" "
                         "href=\"/user/login?request=")
        + requestQuery(form.requestId) + QStringLiteral("\">")
        + text(l, "Back to sign-in", "Takaisin kirjautumiseen") + QStringLiteral("</a></p>\n");
    return document(form.productName, text(l, "Check your e-mail", "Tarkista sähköpostisi"), body,
                    l);
}

QString Pages::resetPassword(const QString &productName, const QString &token, const QString &email,
                             const QString &error, const QString &csrf, const QString &language)
{
    const QString &l = language;
    Form form;
    form.error = error;
    form.errorField = QStringLiteral("password");
    const QString body = QStringLiteral("<h1>")
        + text(l, "Choose a new password", "Valitse uusi salasana") + QStringLiteral("</h1>\n<p>")
        + text(l, "For the account <strong>%1</strong>.", "Tilille <strong>%1</strong>.")
              .arg(escape(email))
        + QStringLiteral("</p>\n") + errorBlock(error)
        + QStringLiteral("<form id=\"reset-form\" method=\"post\" action=\"/user/reset\" "
                         "novalidate>\n<input type=\"hidden\" name=\"token\" value=\"")
        + escape(token) + QStringLiteral("\">\n") + csrfField(csrf)
        + QStringLiteral("<label for=\"password\">") + text(l, "New password", "Uusi salasana")
        + QStringLiteral("</label>\n<input id=\"password\" name=\"password\" type=\"password\" "
                         "autocomplete=\"new-password\" minlength=\"8\" required")
        + fieldState(form, QStringLiteral("password"), true, QStringLiteral("password-hint"))
        + QStringLiteral(">\n<p class=\"hint\" id=\"password-hint\">")
        + text(l, "At least 8 characters.", "Vähintään 8 merkkiä.")
        + QStringLiteral("</p>\n<button id=\"submit\" type=\"submit\">")
        + text(l, "Change the password", "Vaihda salasana")
        + QStringLiteral("</button>\n</form>\n");
    return document(productName, text(l, "Choose a new password", "Valitse uusi salasana"), body,
                    l);
}

QString Pages::resetLinkExpired(const QString &productName, const QString &language)
{
    const QString &l = language;
    const QString title = text(l, "Link expired", "Linkki on vanhentunut");
    const QString body = QStringLiteral("<h1>") + title + QStringLiteral("</h1>\n")
        + errorBlock(text(l,
                          "This link has expired or was already used. Ask for a new one with "
                          "\"Forgot your password?\" on the sign-in page.",
                          "Linkki on vanhentunut tai jo käytetty. Pyydä uusi kirjautumissivun "
                          "kohdasta \"Unohditko salasanasi?\"."));
    return document(productName, title, body, l);
}

QString Pages::passwordChanged(const QString &productName, const QString &email,
                               const QString &language)
{
    const QString &l = language;
    const QString title = text(l, "Password changed", "Salasana vaihdettu");
    const QString body = QStringLiteral("<h1>") + title
        + QStringLiteral("</h1>\n<p id=\"message\" role=\"status\">")
        + text(l,
               "The password of %1 is changed, and every earlier sign-in with it has ended. Go "
               "back to the sign-in window and sign in with the new password.",
               "Tilin %1 salasana on vaihdettu, ja kaikki aiemmat kirjautumiset sillä on "
               "päätetty. Palaa kirjautumisikkunaan ja kirjaudu uudella salasanalla.")
              .arg(QStringLiteral("<strong>") + escape(email) + QStringLiteral("</strong>"))
        + QStringLiteral("</p>\n");
    return document(productName, title, body, l);
}

QString Pages::registration(const Form &form)
{
    const QString &l = form.language;
    const QString body = QStringLiteral("<h1>")
        + text(l, "Create your %1 account", "Luo %1-tili").arg(escape(form.productName))
        + QStringLiteral("</h1>\n") + errorBlock(form.error)
        + QStringLiteral("<form id=\"register-form\" method=\"post\" action=\"/user/register\" "
                         "novalidate>\n<input type=\"hidden\" name=\"request\" value=\"")
        + escape(form.requestId) + QStringLiteral("\">\n") + csrfField(form.csrf)
        + QStringLiteral("<label for=\"given_name\">") + text(l, "First name", "Etunimi")
        + QStringLiteral("</label>\n"
                         "<input id=\"given_name\" name=\"given_name\" type=\"text\" "
                         "autocomplete=\"given-name\"")
        + fieldState(form, QStringLiteral("given_name"), true) + QStringLiteral(" value=\"")
        + escape(form.givenName) + QStringLiteral("\">\n<label for=\"family_name\">")
        + text(l, "Last name", "Sukunimi")
        + QStringLiteral("</label>\n"
                         "<input id=\"family_name\" name=\"family_name\" type=\"text\" "
                         "autocomplete=\"family-name\" value=\"")
        + escape(form.familyName) + QStringLiteral("\">\n<label for=\"email\">")
        + text(l, "E-mail address", "Sähköpostiosoite")
        + QStringLiteral("</label>\n"
                         "<input id=\"email\" name=\"email\" type=\"email\" "
                         "autocomplete=\"username\" required")
        + fieldState(form, QStringLiteral("email"), false) + QStringLiteral(" value=\"")
        + escape(form.email) + QStringLiteral("\">\n<label for=\"password\">")
        + text(l, "Password", "Salasana")
        + QStringLiteral("</label>\n"
                         "<input id=\"password\" name=\"password\" type=\"password\" "
                         "autocomplete=\"new-password\" minlength=\"8\" required")
        + fieldState(form, QStringLiteral("password"), false, QStringLiteral("password-hint"))
        + QStringLiteral(">\n<p class=\"hint\" id=\"password-hint\">")
        + text(l, "At least 8 characters.", "Vähintään 8 merkkiä.")
        + QStringLiteral("</p>\n<button id=\"submit\" type=\"submit\">")
        + text(l, "Create account", "Luo tili")
        + QStringLiteral("</button>\n</form>\n<p class=\"hint\">")
        + text(l, "Already have an account?", "Onko sinulla jo tili?")
        + QStringLiteral(" <a id=\"login-link\" href=\"/user/login?request=")
        + requestQuery(form.requestId) + QStringLiteral("\">")
        + text(l, "Sign in with it", "Kirjaudu sillä sisään") + QStringLiteral("</a></p>\n");
    return document(form.productName, text(l, "Create account", "Luo tili"), body, l);
}

QString Pages::error(const QString &productName, const QString &title, const QString &message,
                     const QString &language)
{
    const QString body =
        QStringLiteral("<h1>") + escape(title) + QStringLiteral("</h1>\n") + errorBlock(message);
    return document(productName, title, body, language);
}

QString Pages::signedOut(const QString &productName, const QString &language)
{
    const QString &l = language;
    return document(productName, text(l, "Signed out", "Kirjauduttu ulos"),
                    QStringLiteral("<h1>") + text(l, "You are signed out", "Olet kirjautunut ulos")
                        + QStringLiteral("</h1>\n<p>")
                        + text(l, "You can close this window.", "Voit sulkea tämän ikkunan.")
                        + QStringLiteral("</p>\n"),
                    l);
}

QString Pages::message(const QString &productName, const QString &title, const QString &text,
                       const QString &language)
{
    return document(productName, title,
                    QStringLiteral("<h1>") + escape(title)
                        + QStringLiteral("</h1>\n<p id=\"message\">") + escape(text)
                        + QStringLiteral("</p>\n"),
                    language);
}

QString Pages::verifyEmail(const Form &form, bool notYet)
{
    const QString &l = form.language;
    const QString request = escape(form.requestId);
    // Every few seconds the page asks again; the answer is this page or, once the link was
    // opened, the redirect back to the application: no second step, nothing typed again.
    const QString refresh = QStringLiteral("<noscript><meta http-equiv=\"refresh\" content=\"%1; "
                                           "url=/user/continue?request=")
                                .arg(VerificationPollSeconds)
        + requestQuery(form.requestId) + QStringLiteral("\"></noscript>\n");
    QString body = QStringLiteral("<h1>")
        + text(l, "Confirm your e-mail address", "Vahvista sähköpostiosoitteesi")
        + QStringLiteral("</h1>\n");
    if (notYet)
        body += QStringLiteral("<p id=\"error\" class=\"error\" role=\"alert\">")
            + text(l,
                   "The address is not confirmed yet. Open the link in the e-mail; this page "
                   "then continues by itself.",
                   "Osoitetta ei ole vielä vahvistettu. Avaa sähköpostin linkki; tämä sivu "
                   "jatkaa sitten itsestään.")
            + QStringLiteral("</p>\n");
    body += QStringLiteral("<p id=\"message\" role=\"status\">")
        + text(l,
               "We sent a link to <strong>%1</strong>. Open it to confirm that the address is "
               "yours; this page continues by itself once you have.",
               "Lähetimme linkin osoitteeseen <strong>%1</strong>. Avaa se vahvistaaksesi, että "
               "osoite on sinun; tämä sivu jatkaa itsestään, kun olet tehnyt sen.")
              .arg(escape(form.email))
        + QStringLiteral("</p>\n"
                         "<form id=\"continue-form\" method=\"post\" action=\"/user/continue\">\n"
                         "<input type=\"hidden\" name=\"request\" value=\"")
        + request + QStringLiteral("\">\n") + csrfField(form.csrf)
        + QStringLiteral("<button id=\"submit\" type=\"submit\" autofocus>")
        + text(l, "Continue", "Jatka")
        + QStringLiteral("</button>\n</form>\n"
                         "<form id=\"cancel-form\" method=\"post\" action=\"/user/continue\">\n"
                         "<input type=\"hidden\" name=\"request\" value=\"")
        + request + QStringLiteral("\">\n<input type=\"hidden\" name=\"cancel\" value=\"1\">\n")
        + csrfField(form.csrf)
        + QStringLiteral("<button id=\"cancel\" type=\"submit\" class=\"secondary\">")
        + text(l, "Cancel sign-in", "Peruuta kirjautuminen")
        + QStringLiteral("</button>\n</form>\n<script>") + QLatin1String(VerifyScript)
        + QStringLiteral("</script>\n");
    return document(form.productName,
                    text(l, "Confirm your e-mail address", "Vahvista sähköpostiosoitteesi"), body,
                    l, refresh);
}

QByteArray Pages::verifyEmailPolicy()
{
    static const QByteArray policy = "default-src 'none'; style-src 'unsafe-inline'; "
                                     "script-src 'sha256-"
        + QCryptographicHash::hash(QByteArray(VerifyScript), QCryptographicHash::Sha256).toBase64()
        + "'; connect-src 'self'; frame-ancestors 'none'";
    return policy;
}

QString Pages::activation(const QString &productName, const QString &token, const QString &email,
                          const QString &error, const QString &csrf, const QString &language)
{
    const QString &l = language;
    const QString body = QStringLiteral("<h1>")
        + text(l, "Activate your %1 account", "Aktivoi %1-tilisi").arg(escape(productName))
        + QStringLiteral("</h1>\n<p>")
        + text(l, "Choose a password for <strong>%1</strong>.",
               "Valitse salasana tilille <strong>%1</strong>.")
              .arg(escape(email))
        + QStringLiteral("</p>\n") + errorBlock(error)
        + QStringLiteral("<form id=\"activate-form\" method=\"post\" action=\"/user/activate\" "
                         "novalidate>\n<input type=\"hidden\" name=\"token\" value=\"")
        + escape(token) + QStringLiteral("\">\n") + csrfField(csrf)
        + QStringLiteral("<label for=\"password\">") + text(l, "Password", "Salasana")
        + QStringLiteral("</label>\n"
                         "<input id=\"password\" name=\"password\" type=\"password\" "
                         "autocomplete=\"new-password\" minlength=\"8\" required autofocus")
        + (error.isEmpty() ? QStringLiteral(" aria-describedby=\"password-hint\"")
                           : QStringLiteral(" aria-invalid=\"true\" "
                                            "aria-describedby=\"error password-hint\""))
        + QStringLiteral(">\n<p class=\"hint\" id=\"password-hint\">")
        + text(l, "At least 8 characters.", "Vähintään 8 merkkiä.")
        + QStringLiteral("</p>\n<button id=\"submit\" type=\"submit\">")
        + text(l, "Activate account", "Aktivoi tili") + QStringLiteral("</button>\n</form>\n");
    return document(productName, text(l, "Activate account", "Aktivoi tili"), body, l);
}

QString Pages::confirmAccount(const Form &form, const QString &name)
{
    const QString &l = form.language;
    const QString body = QStringLiteral("<h1>")
        + text(l, "Continue to %1?", "Jatketaanko palveluun %1?").arg(escape(form.productName))
        + QStringLiteral("</h1>\n<p id=\"message\">")
        + text(l, "You are signed in as <strong>%1</strong>.",
               "Olet kirjautunut käyttäjänä <strong>%1</strong>.")
              .arg(escape(name))
        + QStringLiteral("</p>\n<p class=\"hint\">")
        + text(l,
               "An application on this computer asks to sign in with this account. Continue "
               "only if you started the sign-in yourself.",
               "Tämän tietokoneen sovellus pyytää kirjautumista tällä tilillä. Jatka vain, jos "
               "aloitit kirjautumisen itse.")
        + QStringLiteral("</p>\n<form id=\"continue-as-form\" method=\"post\" "
                         "action=\"/user/confirm\">\n<input type=\"hidden\" name=\"request\" "
                         "value=\"")
        + escape(form.requestId) + QStringLiteral("\">\n") + csrfField(form.csrf)
        + QStringLiteral("<button id=\"continue-as\" type=\"submit\">")
        + text(l, "Continue as %1", "Jatka käyttäjänä %1").arg(escape(name))
        + QStringLiteral("</button>\n</form>\n<p class=\"hint\"><a id=\"other-account-link\" "
                         "href=\"/user/login?request=")
        + requestQuery(form.requestId) + QStringLiteral("\">")
        + text(l, "Use another account", "Käytä toista tiliä") + QStringLiteral("</a></p>\n");
    return document(form.productName, text(l, "Continue", "Jatka"), body, l);
}

} // namespace Keyway::DevServer
