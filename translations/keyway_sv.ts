<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sv_SE">
<context>
    <name>Keyway::ActivationCode</name>
    <message>
        <source>The activation code cannot contain “%1”. Codes use only the letters A–Z without O and I, and the digits 2–9 (never 0 or 1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The activation code is too short: %n of 25 characters entered.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Keyway::ActivationWizard</name>
    <message>
        <source>Activate %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the activation code you received with your purchase. It has 25 characters in five groups of five.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Activation code:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activation code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem with the activation code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Create an account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I already &amp;have an account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I have no code, just &amp;sign me in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in with an account that already has a license, without entering a code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;ontinue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop signing in and return to the activation code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activation in progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activation complete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Licensed features</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Licensed feature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The product could not be activated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Try again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Completing the sign-in…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving your sign-in in the system keychain…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redeeming the activation code…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fetching the licenses for this computer…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving the licenses…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connecting to the sign-in page…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signing in at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is activated on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is activated on this computer for %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>while the subscription lasts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, valid until %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Keyway::AuthorizationRequest</name>
    <message>
        <source>The sign-in was refused: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Keyway::DeviceId</name>
    <message>
        <source>The device id identifies this computer to the licensing service. It is a SHA-256 hash of the product&apos;s identifier and the operating system&apos;s machine id (on Linux /etc/machine-id, on Windows the MachineGuid, on macOS the hardware UUID), shortened to 32 characters. The machine id itself is never sent or stored, and other products get a different device id. It stays the same after updates, network changes and reinstalling the product; it changes when the operating system is reinstalled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This system has no machine id, so a random id was generated once and is kept in the file &quot;device-id&quot; in the product&apos;s data folder; deleting that file changes the device id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On this computer the operating system&apos;s machine id is used.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Keyway::Error</name>
    <message>
        <source>Enter the activation code you received with your purchase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The activation code is too short: it has 25 characters in five groups of five.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The activation code is too long: it has 25 characters in five groups of five.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The activation code contains a character that never occurs in codes. Codes never contain the letters O and I or the digits 0 and 1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This activation code has a typing error. Check each character against the code you received.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The product&apos;s activation settings were not found. Reinstall the product or contact its vendor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The product&apos;s activation settings are damaged. Reinstall the product or contact its vendor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A file could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A file could not be saved. Check that the disk is not full and that you may write to your profile folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The license is damaged or has been modified.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The license uses a signature this version of the product does not accept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The license was not signed by this product&apos;s vendor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The license has been modified: its signature does not match.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The product&apos;s license key is damaged. Reinstall the product or contact its vendor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The license has expired. Connect to the internet to renew it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The license is not valid yet. Check that your computer&apos;s clock is correct.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The license belongs to another computer. Activate the product on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The license belongs to another account. Sign in with the account you activated the product with.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your account has no license for this product.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This product is not activated on this computer yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The activation service could not be reached. Check your internet connection and proxy settings, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The activation service did not answer in time. Try again in a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection to the activation service is not secure: its certificate was not accepted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The activation service refused the request.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The activation service has a problem. Try again later; if it persists, contact support.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The activation service sent an answer that could not be understood.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too many attempts. Wait a moment, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sign-in service could not be reached or is not set up correctly.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sign-in was refused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sign-in answer did not belong to this sign-in attempt. Start again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sign-in was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your e-mail address is not verified yet. Open the link we sent you, then sign in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sign-in could not be completed. Start again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You have been signed out. Sign in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sign-in service sent an identity that could not be verified.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sign-in could not be verified. Check that your computer&apos;s clock and time zone are correct.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The activation service does not recognise the form of this code. Check it against the code you received.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This activation code does not exist. Check it against the code you received.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This activation code was already redeemed by another account. If that was you, sign in with that account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This activation code can no longer be redeemed: its validity has ended. Contact the shop you bought it from.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This activation code has been withdrawn. Contact the shop you bought it from.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your sign-in is no longer valid. Sign in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The system keychain is not available, so your sign-in cannot be kept. Install or start a keychain service (such as GNOME Keyring or KWallet).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access to the system keychain was denied or it is locked. Unlock it and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The system keychain reported an error.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An internal error occurred. Contact support.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Keyway::IdTokenValidator</name>
    <message numerus="yes">
        <source>The sign-in could not be verified: your computer&apos;s clock is about %n minute(s) ahead of the sign-in service. Correct the clock or time zone, then try again.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The sign-in could not be verified: your computer&apos;s clock is about %n minute(s) behind the sign-in service. Correct the clock or time zone, then try again.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Keyway::LicenseStatusWidget</name>
    <message>
        <source>%1 licenses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Licensed features</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Feature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Activate…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not activated on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2. %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is activated on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is activated on this computer for %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Some features of %1 are not licensed on this computer. The list says why.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Keyway::LicenseStore</name>
    <message>
        <source>The stored license file is damaged or has been modified. Activate the product again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Licensed until %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The license expired on %1. Connect to the internet to renew it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Keyway::TokenRequestJob</name>
    <message>
        <source>The sign-in could not be completed: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Keyway::WebEngineSignInView</name>
    <message>
        <source>Sign-in page</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>keywayctl</name>
    <message>
        <source>Checks this product&apos;s activation.

Commands:
  status [--offline] [--json]  Verify the stored licenses on this computer.
  device-id [--explain]        Print this computer&apos;s device id.
  check-code CODE              Check the form of an activation code.
Run &quot;keywayctl COMMAND --help&quot; for a command&apos;s options.

Exit codes:
  0  success: every licensed item is valid, or the code is well-formed
  1  some item is not licensed, has expired or is damaged, or the code is wrong
  2  usage or configuration error

Environment: KEYWAY_CONFIG (the vendor configuration, unless --config is given), KEYWAY_DATA_DIR (the license folder, unless --data-dir is given).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The vendor configuration (client-config.json) to use.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder holding the stored licenses.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dir</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>status, device-id or check-code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No command given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;. Run keywayctl --help for the list of commands.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The command.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot use the vendor configuration %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verify the stored licenses without any network access.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the result as JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verify the licenses stored on this computer and list each licensed item with its state and expiry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>status takes no arguments.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note: refreshing licenses online is not available yet; showing the offline status.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This computer&apos;s device id cannot be determined: there is no machine id and the folder %1 cannot be written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 by %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not signed in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also say what the device id is made of.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the id this computer&apos;s licenses are bound to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>device-id takes no arguments.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Device id: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check an activation code&apos;s form and check symbol locally; nothing is sent. Prints the code in its canonical form.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The activation code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>check-code needs the activation code, e.g. keywayctl check-code KWPWK-3DEGZ-DPCF5-4ERF5-DHQDA</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>The vendor configuration to use (default: $KEYWAY_CONFIG, else the built-in one).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where the licenses are kept (default: $KEYWAY_DATA_DIR, else the application data folder).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>directory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activates this product on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 activation</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
