<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="ru_RU">
  <context>
    <name>CreateKeyDialog</name>
    <message>
      <location filename="../requestdesk/ui/identity/create_key_dialog.py" line="123" />
      <source>Your key is made: %1. Its fingerprint is below; read it to the administrator, or write it on the form, exactly as shown.</source>
      <translation>Ключ создан: %1. Ниже его отпечаток: продиктуйте его администратору или впишите в бланк точно так, как он показан.</translation>
    </message>
    <message>
      <location filename="../requestdesk/ui/identity/create_key_dialog.py" line="126" />
      <source>It is the first administrator key of this workstation: it starts the list of trusted keys. Check the fingerprint against your authority's record.</source>
      <translation>Это первый ключ администратора на этом рабочем месте: с него начинается список доверенных ключей. Сверьте отпечаток с записью вашего органа.</translation>
    </message>
    <message>
      <location filename="../requestdesk/ui/identity/create_key_dialog.py" line="129" />
      <source>It is not trusted yet: export your public key (Keys › Export my public key…) and give the file to the administrator.</source>
      <translation>Ключ еще не доверенный: выгрузите открытый ключ (Ключи › Выгрузить мой открытый ключ…) и передайте файл администратору.</translation>
    </message>
    <message>
      <location filename="../requestdesk/ui/identity/create_key_dialog.py" line="144" />
      <source>Create my key</source>
      <translation>Создать мой ключ</translation>
    </message>
    <message>
      <location filename="../requestdesk/ui/identity/create_key_dialog.py" line="145" />
      <source>Your personal key signs what you approve, return or send. It is kept on this workstation, locked with a passphrase that only you know: nobody, not even the administrator, can recover a forgotten passphrase.</source>
      <translation>Личным ключом подписывается то, что вы согласуете, возвращаете или отправляете. Он хранится на этом рабочем месте под паролем, который знаете только вы: забытый пароль не может восстановить никто, даже администратор.</translation>
    </message>
    <message>
      <location filename="../requestdesk/ui/identity/create_key_dialog.py" line="153" />
      <source>Your &amp;name (initials and surname, as you sign):</source>
      <translation>&amp;Ваше имя (инициалы и фамилия, как вы подписываетесь):</translation>
    </message>
    <message>
      <location filename="../requestdesk/ui/identity/create_key_dialog.py" line="153" />
      <source>&amp;Role:</source>
      <translation>&amp;Роль:</translation>
    </message>
    <message>
      <location filename="../requestdesk/ui/identity/create_key_dialog.py" line="154" />
      <source>&amp;Authority:</source>
      <translation>&amp;Орган:</translation>
    </message>
    <message>
      <location filename="../requestdesk/ui/identity/create_key_dialog.py" line="155" />
      <source>&amp;Passphrase (at least %1 characters):</source>
      <translation>&amp;Пароль (не менее %1 знаков):</translation>
    </message>
    <message>
      <location filename="../requestdesk/ui/identity/create_key_dialog.py" line="156" />
      <source>&amp;Repeat the passphrase:</source>
      <translation>&amp;Повторите пароль:</translation>
    </message>
    <message>
      <location filename="../requestdesk/ui/identity/create_key_dialog.py" line="158" />
      <source>P. P. Petrov</source>
      <translation>П. П. Петров</translation>
    </message>
    <message>
      <location filename="../requestdesk/ui/identity/create_key_dialog.py" line="159" />
      <source>&amp;Create the key</source>
      <translation>&amp;Создать ключ</translation>
    </message>
    <message>
      <location filename="../requestdesk/ui/identity/create_key_dialog.py" line="160" />
      <source>Close</source>
      <translation>Закрыть</translation>
    </message>
  </context>
  <context>
    <name>ExportKeyDialog</name>
    <message>
      <location filename="../requestdesk/ui/identity/export_key_dialog.py" line="81" />
      <source>This workstation holds no personal key. Make one in the menu: Keys › Create my key…</source>
      <translation>На этом рабочем месте нет личного ключа. Создайте его в меню: Ключи › Создать мой ключ…</translation>
    </message>
    <message>
      <location filename="../requestdesk/ui/identity/export_key_dialog.py" line="93" />
      <location filename="../requestdesk/ui/identity/export_key_dialog.py" line="117" />
      <source>Export my public key</source>
      <translation>Выгрузить мой открытый ключ</translation>
    </message>
    <message>
      <location filename="../requestdesk/ui/identity/export_key_dialog.py" line="94" />
      <source>RequestDesk public keys (*%1)</source>
      <translation>Открытые ключи RequestDesk (*%1)</translation>
    </message>
    <message>
      <location filename="../requestdesk/ui/identity/export_key_dialog.py" line="107" />
      <source>Written: %1. Give this file to the administrator and read them the fingerprint.</source>
      <translation>Записано: %1. Передайте файл администратору и продиктуйте ему отпечаток.</translation>
    </message>
    <message>
      <location filename="../requestdesk/ui/identity/export_key_dialog.py" line="118" />
      <source>The public key lets others check your signatures; it cannot sign. The administrator trusts it only after comparing its fingerprint with you, aloud or on paper.</source>
      <translation>По открытому ключу другие проверяют ваши подписи; подписывать им нельзя. Администратор вносит его в доверенные, только сверив с вами отпечаток — вслух или на бумаге.</translation>
    </message>
    <message>
      <location filename="../requestdesk/ui/identity/export_key_dialog.py" line="120" />
      <source>&amp;Key:</source>
      <translation>&amp;Ключ:</translation>
    </message>
    <message>
      <location filename="../requestdesk/ui/identity/export_key_dialog.py" line="121" />
      <source>Fingerprint:</source>
      <translation>Отпечаток:</translation>
    </message>
    <message>
      <location filename="../requestdesk/ui/identity/export_key_dialog.py" line="122" />
      <source>&amp;Save the public key…</source>
      <translation>&amp;Сохранить открытый ключ…</translation>
    </message>
    <message>
      <location filename="../requestdesk/ui/identity/export_key_dialog.py" line="123" />
      <source>Close</source>
      <translation>Закрыть</translation>
    </message>
  </context>
  <context>
    <name>IdentityMenu</name>
    <message>
      <location filename="../requestdesk/ui/identity/menu.py" line="77" />
      <source>&amp;Keys</source>
      <translation>&amp;Ключи</translation>
    </message>
    <message>
      <location filename="../requestdesk/ui/identity/menu.py" line="78" />
      <source>&amp;Create my key…</source>
      <translation>&amp;Создать мой ключ…</translation>
    </message>
    <message>
      <location filename="../requestdesk/ui/identity/menu.py" line="79" />
      <source>&amp;Export my public key…</source>
      <translation>&amp;Выгрузить мой открытый ключ…</translation>
    </message>
    <message>
      <location filename="../requestdesk/ui/identity/menu.py" line="80" />
      <source>&amp;Trusted keys…</source>
      <translation>&amp;Доверенные ключи…</translation>
    </message>
    <message>
      <location filename="../requestdesk/ui/identity/menu.py" line="83" />
      <source>&amp;Lock my key (no key is open)</source>
      <translation>&amp;Запереть ключ (открытых ключей нет)</translation>
    </message>
    <message>
      <location filename="../requestdesk/ui/identity/menu.py" line="85" />
      <source>&amp;Lock the key of %1 now</source>
      <translation>&amp;Запереть ключ %1 сейчас</translation>
    </message>
  </context>
  <context>
    <name>RevokeDialog</name>
    <message>
      <location filename="../requestdesk/ui/identity/trust_dialog.py" line="292" />
      <source>Revoke a key</source>
      <translation>Отзыв ключа</translation>
    </message>
    <message>
      <location filename="../requestdesk/ui/identity/trust_dialog.py" line="293" />
      <source>Revoke the key of %1. What it signed from the start of the chosen day on is not trusted here; what it signed before stays valid. A revocation cannot be undone.</source>
      <translation>Отзыв ключа %1. Подписанное им с начала выбранного дня здесь не признается; подписанное раньше остается действительным. Отзыв нельзя отменить.</translation>
    </message>
    <message>
      <location filename="../requestdesk/ui/identity/trust_dialog.py" line="296" />
      <source>Not trusted &amp;from:</source>
      <translation>Не доверять &amp;с:</translation>
    </message>
    <message>
      <location filename="../requestdesk/ui/identity/trust_dialog.py" line="297" />
      <source>&amp;Reason:</source>
      <translation>&amp;Причина:</translation>
    </message>
    <message>
      <location filename="../requestdesk/ui/identity/trust_dialog.py" line="298" />
      <source>&amp;Revoke</source>
      <translation>&amp;Отозвать</translation>
    </message>
    <message>
      <location filename="../requestdesk/ui/identity/trust_dialog.py" line="299" />
      <source>Cancel</source>
      <translation>Отмена</translation>
    </message>
  </context>
  <context>
    <name>SignerDialog</name>
    <message>
      <location filename="../requestdesk/ui/identity/signer_dialog.py" line="97" />
      <source>This workstation holds no personal key of a %1. Make one in the menu: Keys › Create my key…</source>
      <translation>На этом рабочем месте нет личного ключа с ролью «%1». Создайте его в меню: Ключи › Создать мой ключ…</translation>
    </message>
    <message>
      <location filename="../requestdesk/ui/identity/signer_dialog.py" line="99" />
      <source>This workstation holds no personal key. Make one in the menu: Keys › Create my key…</source>
      <translation>На этом рабочем месте нет личного ключа. Создайте его в меню: Ключи › Создать мой ключ…</translation>
    </message>
    <message>
      <location filename="../requestdesk/ui/identity/signer_dialog.py" line="122" />
      <source>This key is not on this workstation's list of trusted keys: what it signs is not recognised here until an administrator adds it.</source>
      <translation>Этого ключа нет в списке доверенных ключей этого рабочего места: подписанное им здесь не признается, пока администратор не добавит ключ.</translation>
    </message>
    <message>
      <location filename="../requestdesk/ui/identity/signer_dialog.py" line="125" />
      <source>This key was revoked from %1: what it signs is not recognised.</source>
      <translation>Ключ отозван с %1: подписанное им не признается.</translation>
    </message>
    <message>
      <location filename="../requestdesk/ui/identity/signer_dialog.py" line="156" />
      <source>Who is working</source>
      <translation>Кто работает</translation>
    </message>
    <message>
      <location filename="../requestdesk/ui/identity/signer_dialog.py" line="157" />
      <source>A signature is made with the personal key of the person working now.</source>
      <translation>Подпись ставится личным ключом того, кто сейчас работает.</translation>
    </message>
    <message>
      <location filename="../requestdesk/ui/identity/signer_dialog.py" line="159" />
      <source>Signing: %1</source>
      <translation>Подписывается: %1</translation>
    </message>
    <message>
      <location filename="../requestdesk/ui/identity/signer_dialog.py" line="161" />
      <source>&amp;Who is working:</source>
      <translation>&amp;Кто работает:</translation>
    </message>
    <message>
      <location filename="../requestdesk/ui/identity/signer_dialog.py" line="162" />
      <source>Key fingerprint:</source>
      <translation>Отпечаток ключа:</translation>
    </message>
    <message>
      <location filename="../requestdesk/ui/identity/signer_dialog.py" line="163" />
      <source>&amp;Passphrase of the key:</source>
      <translation>&amp;Пароль ключа:</translation>
    </message>
    <message>
      <location filename="../requestdesk/ui/identity/signer_dialog.py" line="164" />
      <source>Keep the key open for (&amp;minutes):</source>
      <translation>Держать ключ открытым (&amp;минут):</translation>
    </message>
    <message>
      <location filename="../requestdesk/ui/identity/signer_dialog.py" line="165" />
      <source>After this time the key is locked again and the passphrase is asked for at the next signature</source>
      <translation>По истечении этого времени ключ снова запирается, и при следующей подписи пароль спрашивается заново</translation>
    </message>
    <message>
      <location filename="../requestdesk/ui/identity/signer_dialog.py" line="166" />
      <source>&amp;Unlock and sign</source>
      <translation>&amp;Открыть и подписать</translation>
    </message>
    <message>
      <location filename="../requestdesk/ui/identity/signer_dialog.py" line="167" />
      <source>Cancel</source>
      <translation>Отмена</translation>
    </message>
  </context>
  <context>
    <name>TrustDialog</name>
    <message>
      <location filename="../requestdesk/ui/identity/trust_dialog.py" line="110" />
      <source>from %1: %2</source>
      <translation>с %1: %2</translation>
    </message>
    <message>
      <location filename="../requestdesk/ui/identity/trust_dialog.py" line="116" />
      <source>Revoked from %1 by the administrator with the key %2: %3</source>
      <translation>Отозван с %1 администратором с ключом %2: %3</translation>
    </message>
    <message>
      <location filename="../requestdesk/ui/identity/trust_dialog.py" line="124" />
      <source>This workstation has no list of trusted keys yet: no signature is trusted here. The first administrator key made here (Keys › Create my key…) starts it.</source>
      <translation>На этом рабочем месте еще нет списка доверенных ключей: ни одна подпись здесь не признается. Список начинает первый ключ администратора, созданный здесь (Ключи › Создать мой ключ…).</translation>
    </message>
    <message>
      <location filename="../requestdesk/ui/identity/trust_dialog.py" line="128" />
      <source>Keys trusted on this workstation: %1. First administrator: %2, fingerprint %3.</source>
      <translation>Доверенных ключей на этом рабочем месте: %1. Первый администратор: %2, отпечаток %3.</translation>
    </message>
    <message>
      <location filename="../requestdesk/ui/identity/trust_dialog.py" line="151" />
      <source>Add a trusted key</source>
      <translation>Добавить доверенный ключ</translation>
    </message>
    <message>
      <location filename="../requestdesk/ui/identity/trust_dialog.py" line="152" />
      <source>RequestDesk public keys (*%1)</source>
      <translation>Открытые ключи RequestDesk (*%1)</translation>
    </message>
    <message>
      <location filename="../requestdesk/ui/identity/trust_dialog.py" line="164" />
      <source>adding %1 to the trusted keys</source>
      <translation>добавление %1 в доверенные ключи</translation>
    </message>
    <message>
      <location filename="../requestdesk/ui/identity/trust_dialog.py" line="171" />
      <source>Compare the fingerprint</source>
      <translation>Сверьте отпечаток</translation>
    </message>
    <message>
      <location filename="../requestdesk/ui/identity/trust_dialog.py" line="172" />
      <source>%1 — %2, %3

Fingerprint: %4</source>
      <translation>%1 — %2, %3

Отпечаток: %4</translation>
    </message>
    <message>
      <location filename="../requestdesk/ui/identity/trust_dialog.py" line="177" />
      <source>Trust this key only if its holder reads you the same fingerprint, in person, by telephone or on a signed form. A file can be swapped on the way; the fingerprint cannot be matched by another key.</source>
      <translation>Доверяйте ключу, только если его владелец назвал вам тот же отпечаток — лично, по телефону или в подписанном бланке. Файл могут подменить по дороге; подобрать другой ключ с тем же отпечатком нельзя.</translation>
    </message>
    <message>
      <location filename="../requestdesk/ui/identity/trust_dialog.py" line="180" />
      <source>The fingerprints match: trust the key</source>
      <translation>Отпечатки совпадают: доверять ключу</translation>
    </message>
    <message>
      <location filename="../requestdesk/ui/identity/trust_dialog.py" line="181" />
      <source>Cancel</source>
      <translation>Отмена</translation>
    </message>
    <message>
      <location filename="../requestdesk/ui/identity/trust_dialog.py" line="193" />
      <location filename="../requestdesk/ui/identity/trust_dialog.py" line="234" />
      <source>Fingerprint</source>
      <translation>Отпечаток</translation>
    </message>
    <message>
      <location filename="../requestdesk/ui/identity/trust_dialog.py" line="195" />
      <source>Added %1 by the administrator with the key %2.</source>
      <translation>Добавлен %1 администратором с ключом %2.</translation>
    </message>
    <message>
      <location filename="../requestdesk/ui/identity/trust_dialog.py" line="210" />
      <source>revoking the key of %1</source>
      <translation>отзыв ключа %1</translation>
    </message>
    <message>
      <location filename="../requestdesk/ui/identity/trust_dialog.py" line="233" />
      <source>Trusted keys</source>
      <translation>Доверенные ключи</translation>
    </message>
    <message>
      <location filename="../requestdesk/ui/identity/trust_dialog.py" line="234" />
      <source>Holder</source>
      <translation>Владелец</translation>
    </message>
    <message>
      <location filename="../requestdesk/ui/identity/trust_dialog.py" line="234" />
      <source>Role</source>
      <translation>Роль</translation>
    </message>
    <message>
      <location filename="../requestdesk/ui/identity/trust_dialog.py" line="234" />
      <source>Authority</source>
      <translation>Орган</translation>
    </message>
    <message>
      <location filename="../requestdesk/ui/identity/trust_dialog.py" line="235" />
      <source>Added</source>
      <translation>Добавлен</translation>
    </message>
    <message>
      <location filename="../requestdesk/ui/identity/trust_dialog.py" line="235" />
      <source>Revoked</source>
      <translation>Отозван</translation>
    </message>
    <message>
      <location filename="../requestdesk/ui/identity/trust_dialog.py" line="236" />
      <source>&amp;Add from file…</source>
      <translation>&amp;Добавить из файла…</translation>
    </message>
    <message>
      <location filename="../requestdesk/ui/identity/trust_dialog.py" line="237" />
      <source>Show &amp;fingerprint</source>
      <translation>Показать &amp;отпечаток</translation>
    </message>
    <message>
      <location filename="../requestdesk/ui/identity/trust_dialog.py" line="238" />
      <source>&amp;Revoke…</source>
      <translation>&amp;Отозвать…</translation>
    </message>
    <message>
      <location filename="../requestdesk/ui/identity/trust_dialog.py" line="239" />
      <source>Close</source>
      <translation>Закрыть</translation>
    </message>
  </context>
</TS>