<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl_NL">
<context>
    <name>Actions</name>
    <message>
        <location filename="../../jongerenwerk_desk/ui/shell/file_actions.py" line="45"/>
        <source>Open notebook</source>
        <extracomment>every kind of backup: the app&apos;s and the CLI&apos;s ``.jwbak`` (also the automatic ``…-before-migration-….jwbak``), and ``.jwdb`` backups made by earlier versions of the app what a restore confirmation counts in the backup</extracomment>
        <translation>Notitieboek openen</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/shell/file_actions.py" line="46"/>
        <location filename="../../jongerenwerk_desk/ui/shell/file_actions.py" line="83"/>
        <source>Notebook (%1)</source>
        <translation>Notitieboek (%1)</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/shell/file_actions.py" line="71"/>
        <source>Standard folder not usable</source>
        <translation>Standaardmap niet bruikbaar</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/shell/file_actions.py" line="72"/>
        <source>The standard folder for notebooks (%1) cannot be used: there is a file with that name, or you have no permission there. Nothing has been changed. Choose another location for the new notebook.</source>
        <translation>De standaardmap voor notitieboeken (%1) kan niet worden gebruikt: er staat een bestand met die naam, of u heeft daar geen rechten. Er is niets aangepast. Kies een andere plek voor het nieuwe notitieboek.</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/shell/file_actions.py" line="81"/>
        <source>Location of the new notebook</source>
        <translation>Plek van het nieuwe notitieboek</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/shell/file_actions.py" line="107"/>
        <source>New notebook not finished</source>
        <translation>Nieuw notitieboek niet afgemaakt</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/shell/file_actions.py" line="108"/>
        <source>The app locked while the new notebook was being set up, so that notebook was removed (it was still empty). Its recovery code is no longer valid. Choose New notebook in the File menu to start again.</source>
        <translation>De app is vergrendeld terwijl het nieuwe notitieboek werd ingesteld. Daarom is dat notitieboek verwijderd (het was nog leeg). De herstelcode ervan is niet meer geldig. Kies Nieuw notitieboek in het menu Bestand om opnieuw te beginnen.</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/shell/file_actions.py" line="129"/>
        <source>Make a backup</source>
        <translation>Reservekopie maken</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/shell/file_actions.py" line="140"/>
        <source>Backup made</source>
        <translation>Reservekopie gemaakt</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/shell/file_actions.py" line="141"/>
        <source>The backup was written and checked: %1. It is encrypted with the same passphrase.</source>
        <translation>De reservekopie is geschreven en gecontroleerd: %1. Hij is versleuteld met hetzelfde wachtwoord.</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/shell/file_actions.py" line="150"/>
        <source>No backup made</source>
        <translation>Geen reservekopie gemaakt</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/shell/file_actions.py" line="158"/>
        <source>Choose a backup</source>
        <translation>Kies een reservekopie</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/shell/file_actions.py" line="213"/>
        <source>Restore backup</source>
        <translation>Reservekopie terugzetten</translation>
    </message>
    <message>
        <source>The notebook will be replaced by the backup. A copy of the current file is kept next to it. Continue?</source>
        <translation type="vanished">Het notitieboek wordt vervangen door de reservekopie. Een kopie van het huidige bestand blijft ernaast bewaard. Doorgaan?</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/shell/file_actions.py" line="166"/>
        <source>Check the backup</source>
        <translation>Reservekopie controleren</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/shell/file_actions.py" line="167"/>
        <source>Passphrase of the backup, to check it before anything is replaced:</source>
        <translation>Wachtwoord van de reservekopie, om hem te controleren voordat er iets wordt vervangen:</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/shell/file_actions.py" line="229"/>
        <source>The backup has been restored. Unlock it with the passphrase it had.</source>
        <translation>De reservekopie is teruggezet. Ontgrendel hem met het wachtwoord dat erbij hoort.</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/shell/file_actions.py" line="233"/>
        <source>The replaced file was kept as %1.</source>
        <translation>Het vervangen bestand is bewaard als %1.</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/shell/file_actions.py" line="236"/>
        <source>Backup restored</source>
        <translation>Reservekopie teruggezet</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/shell/file_actions.py" line="221"/>
        <location filename="../../jongerenwerk_desk/ui/shell/file_actions.py" line="243"/>
        <source>Not restored</source>
        <translation>Niet teruggezet</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/shell/file_actions.py" line="131"/>
        <location filename="../../jongerenwerk_desk/ui/shell/file_actions.py" line="159"/>
        <source>Backup (%1)</source>
        <translation>Reservekopie (%1)</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/shell/file_actions.py" line="185"/>
        <source>%1 young people, %2 groups, %3 signals, %4 disclosures</source>
        <translation>%1 jongeren, %2 groepen, %3 signalen, %4 verstrekkingen</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/shell/file_actions.py" line="191"/>
        <source>This backup was made on %1 and holds %2. The notebook will be replaced by it; a copy of the current file is kept next to it. Continue?</source>
        <translation>Deze reservekopie is gemaakt op %1 en bevat %2. Het notitieboek wordt erdoor vervangen; een kopie van het huidige bestand blijft ernaast bewaard. Doorgaan?</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/shell/file_actions.py" line="269"/>
        <source>No secure keyring</source>
        <translation>Geen veilige sleutelbos</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/shell/file_actions.py" line="270"/>
        <source>This computer has no secure keyring. You type your passphrase every time; the key is never stored in a plain file.</source>
        <translation>Deze computer heeft geen veilige sleutelbos. U typt elke keer uw wachtwoord; de sleutel wordt nooit in een gewoon bestand bewaard.</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/shell/file_actions.py" line="280"/>
        <source>Not remembered</source>
        <translation>Niet onthouden</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/shell/file_actions.py" line="286"/>
        <source>Key remembered</source>
        <translation>Sleutel onthouden</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/shell/file_actions.py" line="287"/>
        <source>The key is now kept in %1 on this device.</source>
        <translation>De sleutel wordt nu bewaard in %1 op dit apparaat.</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/shell/file_actions.py" line="298"/>
        <source>Not forgotten</source>
        <translation>Niet vergeten</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/shell/file_actions.py" line="304"/>
        <source>Key forgotten</source>
        <translation>Sleutel vergeten</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/shell/file_actions.py" line="305"/>
        <source>The key is no longer kept on this device. You type your passphrase from now on.</source>
        <translation>De sleutel wordt niet meer op dit apparaat bewaard. U typt voortaan uw wachtwoord.</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/shell/file_actions.py" line="318"/>
        <source>This is the demo notebook: fictional young people in a temporary folder that is removed when you close the program. Its key is protected only by the public demo passphrase &quot;%1&quot; (there is no recovery code), so never type real data here. A real notebook is protected by your own passphrase and by a recovery code on paper.</source>
        <translation>Dit is het demo-notitieboek: verzonnen jongeren in een tijdelijke map die wordt gewist als u het programma sluit. De sleutel is alleen beschermd met het openbare demowachtwoord &quot;%1&quot; (er is geen herstelcode), dus typ hier nooit echte gegevens. Een echt notitieboek is beschermd met uw eigen wachtwoord en met een herstelcode op papier.</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/shell/file_actions.py" line="326"/>
        <source>Your notebook is encrypted. Its key is protected by your passphrase and by your recovery code (on paper).</source>
        <translation>Uw notitieboek is versleuteld. De sleutel is beschermd met uw wachtwoord en met uw herstelcode (op papier).</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/shell/file_actions.py" line="332"/>
        <source>On this device the key is also kept in %1.</source>
        <translation>Op dit apparaat wordt de sleutel ook bewaard in %1.</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/shell/file_actions.py" line="336"/>
        <source>It is not kept on this device. %1 is available if you want that (Help menu).</source>
        <translation>Hij wordt niet op dit apparaat bewaard. %1 is beschikbaar als u dat wilt (menu Help).</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/shell/file_actions.py" line="341"/>
        <source>This computer has no secure keyring, so the key is never stored on it.</source>
        <translation>Deze computer heeft geen veilige sleutelbos, dus de sleutel wordt er nooit op bewaard.</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/shell/file_actions.py" line="318"/>
        <location filename="../../jongerenwerk_desk/ui/shell/file_actions.py" line="344"/>
        <source>Where is my key?</source>
        <translation>Waar staat mijn sleutel?</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/shell/file_actions.py" line="351"/>
        <source>About Jongerenwerk Desk</source>
        <translation>Over Jongerenwerk Desk</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/shell/file_actions.py" line="352"/>
        <source>Jongerenwerk Desk %1 — encrypted notebook and covenant share wizard for youth workers. Licence: EUPL-1.2.</source>
        <translation>Jongerenwerk Desk %1 — versleuteld notitieboek en delen onder het convenant, voor jongerenwerkers. Licentie: EUPL-1.2.</translation>
    </message>
</context>
<context>
    <name>CovenantDialog</name>
    <message>
        <location filename="../../jongerenwerk_desk/ui/shell/covenant_dialog.py" line="136"/>
        <source>Covenant</source>
        <translation>Convenant</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/shell/covenant_dialog.py" line="145"/>
        <source>Party</source>
        <translation>Partij</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/shell/covenant_dialog.py" line="145"/>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/shell/covenant_dialog.py" line="145"/>
        <source>Signed on</source>
        <translation>Ondertekend op</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/shell/covenant_dialog.py" line="149"/>
        <source>Parties and signatures</source>
        <translation>Partijen en ondertekeningen</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/shell/covenant_dialog.py" line="178"/>
        <source>&amp;Import another covenant profile…</source>
        <translation>Ander convenantprofiel &amp;importeren…</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/shell/covenant_dialog.py" line="191"/>
        <source>open-ended</source>
        <translation>onbepaalde tijd</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/shell/covenant_dialog.py" line="193"/>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;Id: %2 · version %3&lt;br&gt;Valid from %4 until %5</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;Id: %2 · versie %3&lt;br&gt;Geldig van %4 tot %5</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/shell/covenant_dialog.py" line="202"/>
        <source>not signed</source>
        <translation>niet ondertekend</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/shell/covenant_dialog.py" line="207"/>
        <source>Record signature…</source>
        <translation>Ondertekening vastleggen…</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/shell/covenant_dialog.py" line="215"/>
        <source>Not saved yet.</source>
        <translation>Nog niet opgeslagen.</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/shell/covenant_dialog.py" line="254"/>
        <source>This covenant profile cannot be used; nothing has changed:</source>
        <translation>Dit convenantprofiel is niet bruikbaar; er is niets veranderd:</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/shell/covenant_dialog.py" line="263"/>
        <source>Choose covenant profile</source>
        <translation>Convenantprofiel kiezen</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/shell/covenant_dialog.py" line="263"/>
        <source>Covenant profile (*.toml)</source>
        <translation>Convenantprofiel (*.toml)</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/shell/covenant_dialog.py" line="298"/>
        <source>Date in the future</source>
        <translation>Datum in de toekomst</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/shell/covenant_dialog.py" line="299"/>
        <source>A signature cannot be dated after today. Nothing has been recorded.</source>
        <translation>Een ondertekening kan niet na vandaag gedateerd zijn. Er is niets vastgelegd.</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/shell/covenant_dialog.py" line="334"/>
        <source>the profile does not read back unchanged</source>
        <translation>het profiel leest niet ongewijzigd terug</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/shell/covenant_dialog.py" line="345"/>
        <source>Covenant not saved</source>
        <translation>Convenant niet opgeslagen</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/shell/covenant_dialog.py" line="146"/>
        <source>Document and recording</source>
        <translation>Document en vastlegging</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/shell/covenant_dialog.py" line="244"/>
        <source>no document recorded</source>
        <translation>geen document vastgelegd</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/shell/covenant_dialog.py" line="248"/>
        <source>recorded by %1 on %2</source>
        <translation>vastgelegd door %1 op %2</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/shell/covenant_dialog.py" line="303"/>
        <source>Signature incomplete</source>
        <translation>Ondertekening onvolledig</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/shell/covenant_dialog.py" line="304"/>
        <source>Name the signed document and who records the signature. Nothing has been recorded.</source>
        <translation>Noem het ondertekende document en wie de ondertekening vastlegt. Er is niets vastgelegd.</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/shell/covenant_dialog.py" line="170"/>
        <source>name and role of who approves this version</source>
        <translation>naam en functie van wie deze versie goedkeurt</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/shell/covenant_dialog.py" line="171"/>
        <source>&amp;Approved by:</source>
        <translation>&amp;Goedgekeurd door:</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/shell/covenant_dialog.py" line="230"/>
        <source>Differs from the model covenant: %1</source>
        <translation>Wijkt af van het modelconvenant: %1</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/shell/covenant_dialog.py" line="233"/>
        <source>Same settings as the model covenant.</source>
        <translation>Dezelfde instellingen als het modelconvenant.</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/shell/covenant_dialog.py" line="234"/>
        <source>A named person must approve this version before it is used.</source>
        <translation>Iemand moet deze versie met naam goedkeuren voordat die wordt gebruikt.</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/shell/covenant_dialog.py" line="226"/>
        <source>Warning:</source>
        <translation>Let op:</translation>
    </message>
</context>
<context>
    <name>DevicePage</name>
    <message>
        <location filename="../../jongerenwerk_desk/ui/shell/first_run_pages.py" line="351"/>
        <source>This device</source>
        <translation>Dit apparaat</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/shell/first_run_pages.py" line="352"/>
        <source>Where the key of your notebook may be kept.</source>
        <translation>Waar de sleutel van uw notitieboek mag staan.</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/shell/first_run_pages.py" line="353"/>
        <source>&amp;Remember on this device</source>
        <translation>&amp;Onthoud op dit apparaat</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/shell/first_run_pages.py" line="363"/>
        <source>The key is then kept in %1, protected by your login to this computer, and the notebook opens without a passphrase while you are logged in. Anyone who can use your account can then open it too. Leave this off on a shared computer.</source>
        <translation>De sleutel wordt dan bewaard in %1, beschermd door uw aanmelding op deze computer, en het notitieboek opent zonder wachtwoord zolang u bent aangemeld. Wie uw account kan gebruiken, kan het dan ook openen. Zet dit uit op een gedeelde computer.</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/shell/first_run_pages.py" line="369"/>
        <source>No secure keyring was found on this computer, so you type your passphrase every time you open the notebook. The key is never stored in a plain file.</source>
        <translation>Op deze computer is geen veilige sleutelbos gevonden. U typt dus elke keer uw wachtwoord als u het notitieboek opent. De sleutel wordt nooit in een gewoon bestand bewaard.</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <location filename="../../jongerenwerk_desk/ui/shell/errors.py" line="43"/>
        <source>Backup damaged</source>
        <translation>Reservekopie beschadigd</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/shell/errors.py" line="43"/>
        <source>This backup is damaged (incomplete or changed) and cannot be restored. Your notebook has not been changed. Choose another backup, for example an older one.</source>
        <translation>Deze reservekopie is beschadigd (onvolledig of veranderd) en kan niet worden teruggezet. Uw notitieboek is niet aangepast. Kies een andere reservekopie, bijvoorbeeld een oudere.</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/shell/errors.py" line="47"/>
        <source>Key file missing</source>
        <translation>Sleutelbestand ontbreekt</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/shell/errors.py" line="47"/>
        <source>The key file (.keys) next to the notebook is missing; without it the notebook cannot be opened. Put it back from the folder where it was, or restore a backup (a .jwbak contains it). Nothing has been changed.</source>
        <translation>Het sleutelbestand (.keys) naast het notitieboek ontbreekt; zonder dat bestand kan het notitieboek niet worden geopend. Zet het terug vanuit de map waar het stond, of zet een reservekopie terug (een .jwbak bevat het). Er is niets aangepast.</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/shell/errors.py" line="52"/>
        <source>Key file does not match</source>
        <translation>Sleutelbestand hoort er niet bij</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/shell/errors.py" line="87"/>
        <source>That is a folder</source>
        <translation>Dat is een map</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/shell/errors.py" line="87"/>
        <source>That location is a folder, not a notebook; nothing has been changed. Choose a notebook file, or a new file name inside the folder.</source>
        <translation>Die plek is een map, geen notitieboek; er is niets aangepast. Kies een notitieboekbestand, of een nieuwe bestandsnaam in die map.</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/shell/errors.py" line="91"/>
        <source>Not a notebook there</source>
        <translation>Daar staat geen notitieboek</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/shell/errors.py" line="92"/>
        <source>At that location there is a file that is not a notebook; nothing has been replaced or changed. Choose a new file name or an existing notebook.</source>
        <translation>Op die plek staat een bestand dat geen notitieboek is; er is niets vervangen of aangepast. Kies een nieuwe bestandsnaam of een bestaand notitieboek.</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/shell/errors.py" line="96"/>
        <source>Wrong passphrase</source>
        <translation>Verkeerd wachtwoord</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/shell/errors.py" line="96"/>
        <source>The passphrase or recovery code is not correct. Check Caps Lock and the keyboard layout, then try again. Forgot the passphrase? Use your recovery code.</source>
        <translation>Het wachtwoord of de herstelcode klopt niet. Controleer Caps Lock en de toetsenbordindeling en probeer het opnieuw. Wachtwoord vergeten? Gebruik uw herstelcode.</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/shell/errors.py" line="75"/>
        <location filename="../../jongerenwerk_desk/ui/shell/errors.py" line="100"/>
        <source>Notebook damaged</source>
        <translation>Notitieboek beschadigd</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/shell/errors.py" line="53"/>
        <source>The key file (.keys) next to this notebook belongs to another notebook (or the very start of the notebook is damaged). Put the right key file back, or restore a backup. Nothing has been changed.</source>
        <translation>Het sleutelbestand (.keys) naast dit notitieboek hoort bij een ander notitieboek (of het allereerste stukje van het notitieboek is beschadigd). Zet het juiste sleutelbestand terug, of zet een reservekopie terug. Er is niets aangepast.</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/shell/errors.py" line="58"/>
        <source>Start of the notebook damaged</source>
        <translation>Begin van het notitieboek beschadigd</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/shell/errors.py" line="59"/>
        <source>The start of the notebook (its first page) is damaged; the key file is the right one. The notebook cannot be opened like this. Restore a backup; the file itself has not been changed.</source>
        <translation>Het begin van het notitieboek (de eerste pagina) is beschadigd; het sleutelbestand is wel het juiste. Zo kan het notitieboek niet worden geopend. Zet een reservekopie terug; het bestand zelf is niet aangepast.</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/shell/errors.py" line="64"/>
        <source>Key file damaged</source>
        <translation>Sleutelbestand beschadigd</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/shell/errors.py" line="65"/>
        <source>The key file (.keys) next to the notebook is empty or damaged. Put it back from a backup (a .jwbak contains it) or from the folder it came from; the notebook itself has not been changed.</source>
        <translation>Het sleutelbestand (.keys) naast het notitieboek is leeg of beschadigd. Zet het terug uit een reservekopie (een .jwbak bevat het) of uit de map waar het vandaan kwam; het notitieboek zelf is niet aangepast.</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/shell/errors.py" line="70"/>
        <source>Notebook is empty</source>
        <translation>Notitieboek is leeg</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/shell/errors.py" line="71"/>
        <source>The notebook file is empty (0 bytes), for example after an interrupted copy or by a sync program. Restore a backup; the key file has not been changed.</source>
        <translation>Het notitieboek is leeg (0 bytes), bijvoorbeeld na een afgebroken kopie of door een synchronisatieprogramma. Zet een reservekopie terug; het sleutelbestand is niet aangepast.</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/shell/errors.py" line="76"/>
        <source>The check of every page found damage in this notebook. Nothing more is saved in it, so the damage cannot spread. Make a backup of what can still be read, or restore a backup.</source>
        <translation>De controle van alle pagina&apos;s vond beschadiging in dit notitieboek. Er wordt niets meer in opgeslagen, zodat de schade zich niet uitbreidt. Maak een reservekopie van wat nog leesbaar is, of zet een reservekopie terug.</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/shell/errors.py" line="81"/>
        <source>Passphrase change interrupted</source>
        <translation>Wachtwoordwijziging onderbroken</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/shell/errors.py" line="82"/>
        <source>A passphrase change was interrupted. This passphrase belongs to the side that did not go through: open the notebook with the other one (the old or the new passphrase). Nothing is lost.</source>
        <translation>Een wachtwoordwijziging is onderbroken. Dit wachtwoord hoort bij de kant die niet is doorgevoerd: open het notitieboek met het andere (het oude of het nieuwe wachtwoord). Er is niets verloren.</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/shell/errors.py" line="100"/>
        <source>The notebook is damaged and cannot be read completely. The file itself has not been changed. Restore a backup, or open another notebook.</source>
        <translation>Het notitieboek is beschadigd en kan niet volledig worden gelezen. Het bestand zelf is niet aangepast. Zet een reservekopie terug of open een ander notitieboek.</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/shell/errors.py" line="104"/>
        <source>Not a notebook</source>
        <translation>Geen notitieboek</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/shell/errors.py" line="104"/>
        <source>This file is not a Jongerenwerk Desk notebook. Choose another file or create a new notebook.</source>
        <translation>Dit bestand is geen notitieboek van Jongerenwerk Desk. Kies een ander bestand of maak een nieuw notitieboek.</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/shell/errors.py" line="107"/>
        <source>Made by a newer version</source>
        <translation>Gemaakt met een nieuwere versie</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/shell/errors.py" line="107"/>
        <source>This notebook was made with a newer version of Jongerenwerk Desk. Update the program to open it; the file has not been changed.</source>
        <translation>Dit notitieboek is gemaakt met een nieuwere versie van Jongerenwerk Desk. Werk het programma bij om het te openen; het bestand is niet aangepast.</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/shell/errors.py" line="110"/>
        <source>Already open</source>
        <translation>Al geopend</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/shell/errors.py" line="110"/>
        <source>The notebook is already open in another window or program. Close it there and try again.</source>
        <translation>Het notitieboek is al geopend in een ander venster of programma. Sluit het daar en probeer het opnieuw.</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/shell/errors.py" line="113"/>
        <source>Disk full</source>
        <translation>Schijf vol</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/shell/errors.py" line="113"/>
        <source>The disk is full. Nothing that was saved is lost; free some space and try again.</source>
        <translation>De schijf is vol. Wat al was opgeslagen is bewaard; maak ruimte vrij en probeer het opnieuw.</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/shell/errors.py" line="116"/>
        <source>Encryption not available</source>
        <translation>Versleuteling niet beschikbaar</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/shell/errors.py" line="117"/>
        <source>The encryption (SQLCipher 4) is not available. The program opens nothing without encryption. Reinstall Jongerenwerk Desk or contact your IT support.</source>
        <translation>De versleuteling (SQLCipher 4) is niet beschikbaar. Het programma opent niets zonder versleuteling. Installeer Jongerenwerk Desk opnieuw of neem contact op met uw ICT-ondersteuning.</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/shell/errors.py" line="120"/>
        <source>Type your passphrase</source>
        <translation>Typ uw wachtwoord</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/shell/errors.py" line="121"/>
        <source>The system keyring could not give the key. Type your passphrase to open the notebook.</source>
        <translation>De sleutelbos van het systeem kon de sleutel niet geven. Typ uw wachtwoord om het notitieboek te openen.</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/shell/errors.py" line="124"/>
        <source>Notebook locked</source>
        <translation>Notitieboek vergrendeld</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/shell/errors.py" line="124"/>
        <source>The notebook is locked. Unlock it to continue.</source>
        <translation>Het notitieboek is vergrendeld. Ontgrendel het om verder te gaan.</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/shell/errors.py" line="126"/>
        <source>File exists</source>
        <translation>Bestand bestaat al</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/shell/errors.py" line="126"/>
        <source>There is already a file at that location; nothing has been overwritten. Choose another location.</source>
        <translation>Er staat al een bestand op die plek; er is niets overschreven. Kies een andere plek.</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/shell/errors.py" line="129"/>
        <source>Notebook not found</source>
        <translation>Notitieboek niet gevonden</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/shell/errors.py" line="129"/>
        <source>The notebook file was not found. It may have been moved or be on a drive that is not connected. Open another notebook or create a new one.</source>
        <translation>Het notitieboek is niet gevonden. Misschien is het verplaatst of staat het op een schijf die niet is aangesloten. Open een ander notitieboek of maak een nieuw.</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/shell/errors.py" line="133"/>
        <source>No access</source>
        <translation>Geen toegang</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/shell/errors.py" line="133"/>
        <source>You have no permission to open this file. Open another notebook.</source>
        <translation>U hebt geen toestemming om dit bestand te openen. Open een ander notitieboek.</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/shell/errors.py" line="137"/>
        <source>Could not open</source>
        <translation>Openen mislukt</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/shell/errors.py" line="137"/>
        <source>The notebook could not be opened because of an unexpected error. The file has not been changed. Try again, restore a backup or open another notebook.</source>
        <translation>Het notitieboek kon door een onverwachte fout niet worden geopend. Het bestand is niet aangepast. Probeer het opnieuw, zet een reservekopie terug of open een ander notitieboek.</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/shell/errors.py" line="142"/>
        <source>Try again</source>
        <translation>Opnieuw proberen</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/shell/errors.py" line="143"/>
        <source>Use recovery code</source>
        <translation>Herstelcode gebruiken</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/shell/errors.py" line="144"/>
        <source>Restore a backup…</source>
        <translation>Reservekopie terugzetten…</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/shell/errors.py" line="145"/>
        <source>Open another notebook…</source>
        <translation>Ander notitieboek openen…</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/shell/errors.py" line="146"/>
        <source>Create a new notebook…</source>
        <translation>Nieuw notitieboek maken…</translation>
    </message>
</context>
<context>
    <name>FirstRunWizard</name>
    <message>
        <location filename="../../jongerenwerk_desk/ui/shell/first_run.py" line="88"/>
        <source>New notebook</source>
        <translation>Nieuw notitieboek</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/shell/first_run.py" line="138"/>
        <source>Not remembered</source>
        <translation>Niet onthouden</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/shell/first_run.py" line="139"/>
        <source>The keyring did not accept the key. You will type your passphrase when you open the notebook.</source>
        <translation>De sleutelbos nam de sleutel niet aan. U typt uw wachtwoord als u het notitieboek opent.</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/shell/first_run.py" line="179"/>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/shell/first_run.py" line="180"/>
        <source>The new notebook has already been made. Cancel and remove it?</source>
        <translation>Het nieuwe notitieboek is al gemaakt. Annuleren en het weer verwijderen?</translation>
    </message>
</context>
<context>
    <name>Menus</name>
    <message>
        <location filename="../../jongerenwerk_desk/ui/shell/menus.py" line="22"/>
        <source>&amp;File</source>
        <translation>&amp;Bestand</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/shell/menus.py" line="23"/>
        <source>&amp;Notebook</source>
        <translation>&amp;Notitieboek</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/shell/menus.py" line="24"/>
        <source>&amp;Share</source>
        <translation>&amp;Delen</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/shell/menus.py" line="25"/>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/shell/menus.py" line="35"/>
        <source>&amp;New notebook…</source>
        <translation>&amp;Nieuw notitieboek…</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/shell/menus.py" line="36"/>
        <source>&amp;Open notebook…</source>
        <translation>Notitieboek &amp;openen…</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/shell/menus.py" line="38"/>
        <source>Make a &amp;backup…</source>
        <translation>&amp;Reservekopie maken…</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/shell/menus.py" line="39"/>
        <source>&amp;Restore a backup…</source>
        <translation>Reservekopie &amp;terugzetten…</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/shell/menus.py" line="40"/>
        <source>Change &amp;passphrase…</source>
        <translation>&amp;Wachtwoord wijzigen…</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/shell/menus.py" line="42"/>
        <source>&amp;Settings…</source>
        <translation>&amp;Instellingen…</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/shell/menus.py" line="44"/>
        <source>&amp;Quit</source>
        <translation>&amp;Afsluiten</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/shell/menus.py" line="48"/>
        <source>&amp;Lock</source>
        <translation>&amp;Vergrendelen</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/shell/menus.py" line="51"/>
        <source>&amp;Remember key on this device</source>
        <translation>Sleutel op dit apparaat &amp;onthouden</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/shell/menus.py" line="52"/>
        <source>&amp;Forget key on this device</source>
        <translation>Sleutel op dit apparaat ver&amp;geten</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/shell/menus.py" line="53"/>
        <source>Where is my &amp;key?</source>
        <translation>Waar staat mijn &amp;sleutel?</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/shell/menus.py" line="55"/>
        <source>&amp;About Jongerenwerk Desk</source>
        <translation>O&amp;ver Jongerenwerk Desk</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/shell/menus.py" line="63"/>
        <source>&amp;Covenant…</source>
        <translation>&amp;Convenant…</translation>
    </message>
</context>
<context>
    <name>NewPassphraseDialog</name>
    <message>
        <location filename="../../jongerenwerk_desk/ui/shell/passphrase.py" line="57"/>
        <source>Change passphrase</source>
        <translation>Wachtwoord wijzigen</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/shell/passphrase.py" line="70"/>
        <source>Backups made before keep the passphrase they were made with. The notebook gets a new key and you get a new recovery code; the old passphrase and the old recovery code stop working.</source>
        <translation>Eerder gemaakte reservekopieën houden het wachtwoord waarmee ze zijn gemaakt. Het notitieboek krijgt een nieuwe sleutel en u krijgt een nieuwe herstelcode; het oude wachtwoord en de oude herstelcode werken dan niet meer.</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/shell/passphrase.py" line="76"/>
        <source>Backups made before keep the passphrase they were made with. Your recovery code stays valid.</source>
        <translation>Eerder gemaakte reservekopieën houden het wachtwoord waarmee ze zijn gemaakt. Uw herstelcode blijft geldig.</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/shell/passphrase.py" line="88"/>
        <source>&amp;Current passphrase:</source>
        <translation>&amp;Huidig wachtwoord:</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/shell/passphrase.py" line="91"/>
        <source>&amp;New passphrase:</source>
        <translation>&amp;Nieuw wachtwoord:</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/shell/passphrase.py" line="92"/>
        <source>&amp;Repeat:</source>
        <translation>H&amp;erhaal:</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/shell/passphrase.py" line="93"/>
        <source>Strength:</source>
        <translation>Sterkte:</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/shell/passphrase.py" line="105"/>
        <source>Too short: at least %1 characters.</source>
        <translation>Te kort: minstens %1 tekens.</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/shell/passphrase.py" line="107"/>
        <source>Too long: at most %1 characters.</source>
        <translation>Te lang: hoogstens %1 tekens.</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/shell/passphrase.py" line="109"/>
        <source>Easy to guess. Add words that do not belong together.</source>
        <translation>Makkelijk te raden. Voeg woorden toe die niet bij elkaar horen.</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/shell/passphrase.py" line="111"/>
        <source>The two passphrases differ.</source>
        <translation>De twee wachtwoorden verschillen.</translation>
    </message>
</context>
<context>
    <name>Notices</name>
    <message>
        <location filename="../../jongerenwerk_desk/ui/shell/unlock_notices.py" line="21"/>
        <source>A passphrase change that was interrupted has now been completed: the new passphrase and the new recovery code apply.</source>
        <translation>Een onderbroken wachtwoordwijziging is nu afgerond: het nieuwe wachtwoord en de nieuwe herstelcode gelden.</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/shell/unlock_notices.py" line="25"/>
        <source>A passphrase change that was interrupted has been undone: the old passphrase and the old recovery code still apply. Change the passphrase again if you want.</source>
        <translation>Een onderbroken wachtwoordwijziging is teruggedraaid: het oude wachtwoord en de oude herstelcode gelden nog. Wijzig het wachtwoord zo nodig opnieuw.</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/shell/unlock_notices.py" line="30"/>
        <source>A restore, backup or new notebook that was interrupted earlier has been finished or cleaned up. Nothing of your notebook was lost.</source>
        <translation>Een eerder onderbroken terugzetting, reservekopie of nieuw notitieboek is afgerond of opgeruimd. Er is niets van uw notitieboek verloren.</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/shell/unlock_notices.py" line="61"/>
        <source>This notebook is older than the one you opened here before: an older copy was put back, or the file was replaced. What you recorded since then is missing, and erased data may be back. Restore your newest backup if needed.</source>
        <translation>Dit notitieboek is ouder dan het exemplaar dat u hier eerder opende: er is een oudere kopie teruggezet, of het bestand is vervangen. Wat u sindsdien vastlegde ontbreekt, en gewiste gegevens kunnen terug zijn. Zet zo nodig uw nieuwste reservekopie terug.</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/shell/unlock_notices.py" line="67"/>
        <source>The check of every page found damage in this notebook. You can still read it, but nothing more is saved in it. Make a backup of what can still be read, or restore a backup.</source>
        <translation>De controle van alle pagina&apos;s vond beschadiging in dit notitieboek. U kunt het nog lezen, maar er wordt niets meer in opgeslagen. Maak een reservekopie van wat nog leesbaar is, of zet een reservekopie terug.</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/shell/unlock_notices.py" line="72"/>
        <source>Please note</source>
        <translation>Let op</translation>
    </message>
</context>
<context>
    <name>OpsRunner</name>
    <message>
        <location filename="../../jongerenwerk_desk/ui/shell/ops_runner.py" line="46"/>
        <source>Something is still being saved; try again in a moment.</source>
        <translation>Er wordt nog iets opgeslagen; probeer het zo opnieuw.</translation>
    </message>
</context>
<context>
    <name>OrganisationPage</name>
    <message>
        <location filename="../../jongerenwerk_desk/ui/shell/first_run_pages.py" line="62"/>
        <source>Your notebook</source>
        <translation>Uw notitieboek</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/shell/first_run_pages.py" line="63"/>
        <source>Jongerenwerk Desk keeps what young people tell you in an encrypted notebook on this computer.</source>
        <translation>Jongerenwerk Desk bewaart wat jongeren u vertellen in een versleuteld notitieboek op deze computer.</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/shell/first_run_pages.py" line="68"/>
        <source>Location of the new notebook</source>
        <translation>Plek van het nieuwe notitieboek</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/shell/first_run_pages.py" line="69"/>
        <source>&amp;Change…</source>
        <translation>&amp;Wijzigen…</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/shell/first_run_pages.py" line="75"/>
        <source>e.g. Stichting Jongerenwerk Voorbeeldstad</source>
        <translation>bijv. Stichting Jongerenwerk Voorbeeldstad</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/shell/first_run_pages.py" line="78"/>
        <source>Model covenant youth group approach (built in)</source>
        <translation>Modelconvenant jeugdgroepaanpak (ingebouwd)</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/shell/first_run_pages.py" line="79"/>
        <source>Our own covenant (TOML file)…</source>
        <translation>Ons eigen convenant (TOML-bestand)…</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/shell/first_run_pages.py" line="84"/>
        <source>&amp;Location:</source>
        <translation>&amp;Locatie:</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/shell/first_run_pages.py" line="88"/>
        <source>&amp;Organisation:</source>
        <translation>&amp;Organisatie:</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/shell/first_run_pages.py" line="89"/>
        <source>Co&amp;venant:</source>
        <translation>Conve&amp;nant:</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/shell/first_run_pages.py" line="90"/>
        <source>&amp;We are:</source>
        <translation>Onze &amp;partij:</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/shell/first_run_pages.py" line="103"/>
        <source>Where to keep the notebook</source>
        <translation>Waar het notitieboek komt</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/shell/first_run_pages.py" line="104"/>
        <source>Notebook (*.jwdb)</source>
        <translation>Notitieboek (*.jwdb)</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/shell/first_run_pages.py" line="122"/>
        <source>Choose covenant profile</source>
        <translation>Convenantprofiel kiezen</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/shell/first_run_pages.py" line="122"/>
        <source>Covenant profile (*.toml)</source>
        <translation>Convenantprofiel (*.toml)</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/shell/first_run_pages.py" line="131"/>
        <source>Covenant profile not usable</source>
        <translation>Convenantprofiel niet bruikbaar</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/shell/first_run_pages.py" line="150"/>
        <source>File exists</source>
        <translation>Bestand bestaat al</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/shell/first_run_pages.py" line="151"/>
        <source>There is already a file at that location. Choose another location; nothing has been overwritten.</source>
        <translation>Er staat al een bestand op die plek. Kies een andere plek; er is niets overschreven.</translation>
    </message>
</context>
<context>
    <name>Passphrase</name>
    <message>
        <location filename="../../jongerenwerk_desk/ui/shell/passphrase.py" line="155"/>
        <source>Choose a new passphrase?</source>
        <translation>Nieuw wachtwoord kiezen?</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/shell/passphrase.py" line="156"/>
        <source>You opened the notebook with your recovery code. Choose a new passphrase now? Your recovery code stays valid.</source>
        <translation>U hebt het notitieboek met uw herstelcode geopend. Nu een nieuw wachtwoord kiezen? Uw herstelcode blijft geldig.</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/shell/passphrase.py" line="188"/>
        <source>The current passphrase is not correct; nothing was changed.</source>
        <translation>Het huidige wachtwoord klopt niet; er is niets veranderd.</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/shell/passphrase.py" line="192"/>
        <source>Passphrase not changed</source>
        <translation>Wachtwoord niet gewijzigd</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/shell/passphrase.py" line="198"/>
        <source>Passphrase changed</source>
        <translation>Wachtwoord gewijzigd</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/shell/passphrase.py" line="199"/>
        <source>From now on the notebook opens with the new passphrase.</source>
        <translation>Vanaf nu opent het notitieboek met het nieuwe wachtwoord.</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/shell/passphrase.py" line="201"/>
        <source>From now on the notebook opens with the new passphrase. Your new recovery code is shown only this once; write it on paper now and keep it in a safe place (the old recovery code no longer works):

%1</source>
        <translation>Vanaf nu opent het notitieboek met het nieuwe wachtwoord. Uw nieuwe herstelcode wordt maar deze ene keer getoond; schrijf hem nu op papier en bewaar hem op een veilige plek (de oude herstelcode werkt niet meer):

%1</translation>
    </message>
</context>
<context>
    <name>PassphrasePage</name>
    <message>
        <location filename="../../jongerenwerk_desk/ui/shell/first_run_pages.py" line="44"/>
        <source>Very weak</source>
        <translation>Zeer zwak</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/shell/first_run_pages.py" line="45"/>
        <source>Weak</source>
        <translation>Zwak</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/shell/first_run_pages.py" line="46"/>
        <source>Fair</source>
        <translation>Matig</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/shell/first_run_pages.py" line="47"/>
        <source>Strong</source>
        <translation>Sterk</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/shell/first_run_pages.py" line="48"/>
        <source>Very strong</source>
        <translation>Zeer sterk</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/shell/first_run_pages.py" line="166"/>
        <source>Choose a passphrase</source>
        <translation>Kies een wachtwoord</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/shell/first_run_pages.py" line="167"/>
        <source>Use a sentence of several words that only you know, at least %1 characters.</source>
        <translation>Gebruik een zin van een paar woorden die alleen u kent, minstens %1 tekens.</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/shell/first_run_pages.py" line="177"/>
        <source>&lt;b&gt;Nobody can recover your notebook without the passphrase or the recovery code&lt;/b&gt; — not your organisation, not IT support, not the makers of this program. If you lose both, everything in it is gone.</source>
        <translation>&lt;b&gt;Zonder het wachtwoord of de herstelcode kan niemand uw notitieboek terughalen&lt;/b&gt; — uw organisatie niet, de ICT-ondersteuning niet en de makers van dit programma ook niet. Bent u beide kwijt, dan is alles erin verloren.</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/shell/first_run_pages.py" line="181"/>
        <source>I &amp;understand</source>
        <translation>Ik &amp;begrijp dit</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/shell/first_run_pages.py" line="189"/>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Wachtwoord:</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/shell/first_run_pages.py" line="190"/>
        <source>&amp;Repeat:</source>
        <translation>&amp;Herhaal:</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/shell/first_run_pages.py" line="191"/>
        <source>Strength:</source>
        <translation>Sterkte:</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/shell/first_run_pages.py" line="212"/>
        <source>Too short: at least %1 characters.</source>
        <translation>Te kort: minstens %1 tekens.</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/shell/first_run_pages.py" line="214"/>
        <source>Too long: at most %1 characters.</source>
        <translation>Te lang: hoogstens %1 tekens.</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/shell/first_run_pages.py" line="216"/>
        <source>%1: easy to guess. Add words that do not belong together.</source>
        <translation>%1: makkelijk te raden. Voeg woorden toe die niet bij elkaar horen.</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/shell/first_run_pages.py" line="219"/>
        <source>The two passphrases differ.</source>
        <translation>De twee wachtwoorden verschillen.</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/shell/first_run_pages.py" line="272"/>
        <source>Notebook not created</source>
        <translation>Notitieboek niet gemaakt</translation>
    </message>
</context>
<context>
    <name>Profile</name>
    <message>
        <location filename="../../jongerenwerk_desk/ui/shell/profile.py" line="22"/>
        <source>%1, version %2.</source>
        <translation>%1, versie %2.</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/shell/profile.py" line="31"/>
        <source>This is the national model: nobody has signed it. Every share check will refuse until your organisation records its own signature and those of the partners, or imports the covenant your municipality actually signed. Until then you can keep your notebook, but not share under the covenant.</source>
        <translation>Dit is het landelijke model: niemand heeft het ondertekend. Elke toets voor delen weigert totdat uw organisatie haar eigen ondertekening en die van de partners vastlegt, of het convenant importeert dat uw gemeente echt heeft ondertekend. Tot die tijd kunt u uw notitieboek bijhouden, maar niet delen onder het convenant.</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/shell/profile.py" line="43"/>
        <source>Not signed (yet) by: %1. Sharing with them is refused.</source>
        <translation>(Nog) niet ondertekend door: %1. Delen met hen wordt geweigerd.</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/shell/profile.py" line="47"/>
        <source>Signed by every party.</source>
        <translation>Door alle partijen ondertekend.</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/shell/profile.py" line="53"/>
        <source>Covenant: %1 %2</source>
        <translation>Convenant: %1 %2</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/shell/profile.py" line="58"/>
        <source>(not signed by all parties)</source>
        <translation>(niet door alle partijen ondertekend)</translation>
    </message>
</context>
<context>
    <name>QAbstractFileIconProvider</name>
    <message>
        <location filename="../../jongerenwerk_desk/ui/shell/qt_gaps.py" line="21"/>
        <source>Drive</source>
        <translation>Station</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/shell/qt_gaps.py" line="28"/>
        <source>Folder</source>
        <comment>All other platforms</comment>
        <translation>Map</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <location filename="../../jongerenwerk_desk/ui/shell/qt_gaps.py" line="19"/>
        <source>&amp;Look in:</source>
        <translation>&amp;Zoeken in:</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/shell/qt_gaps.py" line="20"/>
        <source>Files of &amp;type:</source>
        <translation>Bestanden van &amp;type:</translation>
    </message>
</context>
<context>
    <name>RecoveryCheckPage</name>
    <message>
        <location filename="../../jongerenwerk_desk/ui/shell/first_run_pages.py" line="315"/>
        <source>Type the recovery code back</source>
        <translation>Typ de herstelcode over</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/shell/first_run_pages.py" line="316"/>
        <source>Type the code from your paper, so we know it was written down correctly. Spaces and dashes do not matter.</source>
        <translation>Typ de code over van uw papier, zodat zeker is dat hij goed is opgeschreven. Spaties en streepjes maken niet uit.</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/shell/first_run_pages.py" line="323"/>
        <source>Recovery &amp;code:</source>
        <translation>Herstel&amp;code:</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/shell/first_run_pages.py" line="335"/>
        <source>Not the same yet.</source>
        <translation>Nog niet hetzelfde.</translation>
    </message>
</context>
<context>
    <name>RecoveryCodePage</name>
    <message>
        <location filename="../../jongerenwerk_desk/ui/shell/first_run_pages.py" line="281"/>
        <source>Your recovery code</source>
        <translation>Uw herstelcode</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/shell/first_run_pages.py" line="282"/>
        <source>Write this code on paper and keep it somewhere safe, away from this laptop. It is shown only this once.</source>
        <translation>Schrijf deze code op papier en bewaar hem op een veilige plek, niet bij deze laptop. Hij wordt alleen nu getoond.</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/shell/first_run_pages.py" line="291"/>
        <source>With this code you can open the notebook when you have forgotten your passphrase, and then choose a new one.</source>
        <translation>Met deze code opent u het notitieboek als u uw wachtwoord bent vergeten; daarna kiest u een nieuw wachtwoord.</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/shell/first_run_pages.py" line="298"/>
        <source>I have written it &amp;down</source>
        <translation>Ik heb hem &amp;opgeschreven</translation>
    </message>
</context>
<context>
    <name>SecretField</name>
    <message>
        <source>&amp;Paste</source>
        <extracomment>The character Qt holds for each typed character (U+2022 BULLET).</extracomment>
        <translation type="vanished">&amp;Plakken</translation>
    </message>
    <message>
        <source>Select &amp;All</source>
        <translation type="vanished">&amp;Alles selecteren</translation>
    </message>
</context>
<context>
    <name>SenderDialog</name>
    <message>
        <location filename="../../jongerenwerk_desk/ui/shell/sender_dialog.py" line="74"/>
        <source>Sender on exports</source>
        <translation>Afzender op exports</translation>
    </message>
</context>
<context>
    <name>SenderFields</name>
    <message>
        <location filename="../../jongerenwerk_desk/ui/shell/sender_dialog.py" line="40"/>
        <source>Sender on exports</source>
        <translation>Afzender op exports</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/shell/sender_dialog.py" line="47"/>
        <source>e.g. Sam de Vries</source>
        <translation>bijv. Sam de Vries</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/shell/sender_dialog.py" line="50"/>
        <source>phone number or e-mail address</source>
        <translation>telefoonnummer of e-mailadres</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/shell/sender_dialog.py" line="52"/>
        <source>&amp;Organisation:</source>
        <translation>&amp;Organisatie:</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/shell/sender_dialog.py" line="53"/>
        <source>Your &amp;name:</source>
        <translation>Uw &amp;naam:</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/shell/sender_dialog.py" line="54"/>
        <source>&amp;Contact:</source>
        <translation>&amp;Contact:</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../jongerenwerk_desk/ui/shell/settings_dialog.py" line="22"/>
        <source>Settings</source>
        <translation>Instellingen</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/shell/settings_dialog.py" line="25"/>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/shell/settings_dialog.py" line="31"/>
        <source>A new language applies the next time the program starts.</source>
        <translation>Een andere taal geldt vanaf de volgende keer dat het programma start.</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/shell/settings_dialog.py" line="38"/>
        <source>&amp;Lock after inactivity:</source>
        <translation>&amp;Vergrendelen na inactiviteit:</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/shell/settings_dialog.py" line="39"/>
        <source>&amp;Language:</source>
        <translation>&amp;Taal:</translation>
    </message>
</context>
<context>
    <name>ShellWindow</name>
    <message>
        <location filename="../../jongerenwerk_desk/ui/shell/window.py" line="350"/>
        <source>Locking as soon as saving has finished…</source>
        <translation>Vergrendelen zodra het opslaan klaar is…</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/shell/window.py" line="210"/>
        <source>DEMO — fictional young people in a fictional town. Nothing you type here is kept after closing.</source>
        <translation>DEMO — verzonnen jongeren in een verzonnen stad. Niets wat u hier typt blijft bewaard na het sluiten.</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/shell/window.py" line="424"/>
        <source>Locked</source>
        <translation>Vergrendeld</translation>
    </message>
    <message>
        <source>Demo notebook: random key, kept only in memory</source>
        <translation type="vanished">Demo-notitieboek: willekeurige sleutel, alleen in het geheugen</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/shell/window.py" line="428"/>
        <source>Demo notebook: fictional data, public demo passphrase, removed on closing</source>
        <translation>Demo-notitieboek: verzonnen gegevens, openbaar demowachtwoord, gewist bij sluiten</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/shell/window.py" line="431"/>
        <source>Key: your passphrase, and %1 on this device</source>
        <translation>Sleutel: uw wachtwoord, en %1 op dit apparaat</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/shell/window.py" line="432"/>
        <source>the keyring</source>
        <translation>de sleutelbos</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/shell/window.py" line="434"/>
        <source>Key: only your passphrase (not stored on this device)</source>
        <translation>Sleutel: alleen uw wachtwoord (niet bewaard op dit apparaat)</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/shell/window.py" line="449"/>
        <source>This computer has no secure keyring (such as GNOME Keyring, KWallet or Windows Credential Manager), so the key cannot be kept here.</source>
        <translation>Deze computer heeft geen veilige sleutelbos (zoals GNOME Keyring, KWallet of Windows Referentiebeheer), dus de sleutel kan hier niet worden bewaard.</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/shell/window.py" line="452"/>
        <source>The key is already kept on this device.</source>
        <translation>De sleutel wordt al op dit apparaat bewaard.</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/shell/window.py" line="457"/>
        <source>The key is not kept on this device.</source>
        <translation>De sleutel wordt niet op dit apparaat bewaard.</translation>
    </message>
</context>
<context>
    <name>SignatureDialog</name>
    <message>
        <location filename="../../jongerenwerk_desk/ui/shell/covenant_dialog.py" line="74"/>
        <source>Record signature</source>
        <translation>Ondertekening vastleggen</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/shell/covenant_dialog.py" line="76"/>
        <source>On which date did %1 sign the covenant?</source>
        <translation>Op welke datum heeft %1 het convenant ondertekend?</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/shell/covenant_dialog.py" line="86"/>
        <source>Signed &amp;on:</source>
        <translation>Ondertekend &amp;op:</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/shell/covenant_dialog.py" line="90"/>
        <source>file name or archive reference</source>
        <translation>bestandsnaam of archiefkenmerk</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/shell/covenant_dialog.py" line="91"/>
        <source>Signed &amp;document:</source>
        <translation>Ondertekend &amp;document:</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/shell/covenant_dialog.py" line="95"/>
        <source>your name and role</source>
        <translation>uw naam en functie</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/shell/covenant_dialog.py" line="96"/>
        <source>&amp;Recorded by:</source>
        <translation>&amp;Vastgelegd door:</translation>
    </message>
</context>
<context>
    <name>UnlockWidget</name>
    <message>
        <location filename="../../jongerenwerk_desk/ui/shell/unlock.py" line="101"/>
        <source>Open your notebook</source>
        <translation>Uw notitieboek openen</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/shell/unlock.py" line="110"/>
        <source>&amp;Passphrase</source>
        <translation>&amp;Wachtwoord</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/shell/unlock.py" line="111"/>
        <source>&amp;Recovery code</source>
        <translation>He&amp;rstelcode</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/shell/unlock.py" line="123"/>
        <source>&amp;Unlock</source>
        <translation>&amp;Ontgrendelen</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/shell/unlock.py" line="129"/>
        <source>Unlocking… this takes a moment on purpose.</source>
        <translation>Bezig met ontgrendelen… dit duurt expres even.</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/shell/unlock.py" line="140"/>
        <source>Open &amp;another notebook…</source>
        <translation>&amp;Ander notitieboek openen…</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/shell/unlock.py" line="143"/>
        <source>&amp;New notebook…</source>
        <translation>Nieuw notitieboek &amp;maken…</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/shell/unlock.py" line="198"/>
        <source>The demo notebook is locked.</source>
        <translation>Het demo-notitieboek is vergrendeld.</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/shell/unlock.py" line="199"/>
        <source>Open the &amp;demo again</source>
        <translation>Demo &amp;weer openen</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/shell/unlock.py" line="210"/>
        <source>No notebook chosen.</source>
        <translation>Geen notitieboek gekozen.</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/shell/unlock.py" line="212"/>
        <source>Notebook: %1</source>
        <translation>Notitieboek: %1</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/shell/unlock.py" line="234"/>
        <source>XXXX-XXXX-…</source>
        <translation>XXXX-XXXX-…</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/shell/unlock.py" line="267"/>
        <source>Wait %1 s before the next attempt.</source>
        <translation>Wacht %1 s voor de volgende poging.</translation>
    </message>
    <message>
        <location filename="../../jongerenwerk_desk/ui/shell/unlock.py" line="335"/>
        <source>Type your passphrase to open the notebook.</source>
        <translation>Typ uw wachtwoord om het notitieboek te openen.</translation>
    </message>
</context>
<context>
    <name>_Placeholder</name>
    <message>
        <location filename="../../jongerenwerk_desk/ui/shell/window.py" line="120"/>
        <source>The notebook is open.</source>
        <extracomment>A clearly visible keyboard focus (the style&apos;s own focus frame on a table cell is a faint dotted line): a 2 px blue frame around the focused list, table or text field, and a strong selection colour in the focused list. Cascades to every dialog parented to the window.</extracomment>
        <translation>Het notitieboek is geopend.</translation>
    </message>
</context>
</TS>
