; Inno Setup 6 script: the Windows installer of RequestDesk, made from the one-folder bundle.
;
;   python packaging\build_bundle.py                      (makes dist\requestdesk\)
;   iscc /DAppVersion=0.1.0 packaging\requestdesk.iss     (makes dist\RequestDesk-0.1.0-setup.exe)
;
; Installs for the current user without administrator rights (or for all users when run as
; an administrator), adds a Start menu entry, and associates the file types:
;   *.requestpkg    opens in RequestDesk (RequestDesk is its default program);
;   *.request.json  Windows knows a file's type by its last extension only (.json), so
;                   RequestDesk is added to ".json ▸ Open with" and does not take .json over.
; See packaging/README-windows.md.

#ifndef AppVersion
  #define AppVersion "0.1.0"
#endif
#define AppExe "requestdesk.exe"
#define BundleDir "..\dist\requestdesk"

[Setup]
AppId={{10EDEA61-2E4D-4EA7-8977-699C28D7225E}
AppName=RequestDesk
AppVersion={#AppVersion}
AppVerName=RequestDesk {#AppVersion}
AppPublisher=RequestDesk
DefaultDirName={autopf}\RequestDesk
DefaultGroupName=RequestDesk
DisableProgramGroupPage=yes
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
ChangesAssociations=yes
LicenseFile=licenses\GPL-3.0.txt
SetupIconFile=windows\requestdesk.ico
UninstallDisplayIcon={app}\{#AppExe}
OutputDir=..\dist
OutputBaseFilename=RequestDesk-{#AppVersion}-setup
Compression=lzma2
SolidCompression=yes
WizardStyle=modern

[Languages]
Name: "russian"; MessagesFile: "compiler:Languages\Russian.isl"
Name: "english"; MessagesFile: "compiler:Default.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[Files]
; The whole application folder, as PyInstaller made it: the Qt DLLs stay separate files
; that a user may replace (LGPLv3), see licenses\ in the installed folder.
Source: "{#BundleDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{autoprograms}\RequestDesk"; Filename: "{app}\{#AppExe}"
Name: "{autodesktop}\RequestDesk"; Filename: "{app}\{#AppExe}"; Tasks: desktopicon

[Registry]
; HKA is HKEY_CURRENT_USER for a per-user installation, HKEY_LOCAL_MACHINE for all users.
; Request packages: RequestDesk is the default program.
Root: HKA; Subkey: "Software\Classes\.requestpkg"; ValueType: string; ValueName: ""; ValueData: "RequestDesk.Package"; Flags: uninsdeletevalue
Root: HKA; Subkey: "Software\Classes\.requestpkg\OpenWithProgids"; ValueType: string; ValueName: "RequestDesk.Package"; ValueData: ""; Flags: uninsdeletevalue
Root: HKA; Subkey: "Software\Classes\RequestDesk.Package"; ValueType: string; ValueName: ""; ValueData: "RequestDesk request package"; Flags: uninsdeletekey
Root: HKA; Subkey: "Software\Classes\RequestDesk.Package\DefaultIcon"; ValueType: string; ValueName: ""; ValueData: "{app}\{#AppExe},0"
Root: HKA; Subkey: "Software\Classes\RequestDesk.Package\shell\open\command"; ValueType: string; ValueName: ""; ValueData: """{app}\{#AppExe}"" ""%1"""
; Request files (*.request.json): offered under Open with for .json files.
Root: HKA; Subkey: "Software\Classes\.json\OpenWithProgids"; ValueType: string; ValueName: "RequestDesk.Request"; ValueData: ""; Flags: uninsdeletevalue
Root: HKA; Subkey: "Software\Classes\RequestDesk.Request"; ValueType: string; ValueName: ""; ValueData: "RequestDesk request"; Flags: uninsdeletekey
Root: HKA; Subkey: "Software\Classes\RequestDesk.Request\DefaultIcon"; ValueType: string; ValueName: ""; ValueData: "{app}\{#AppExe},0"
Root: HKA; Subkey: "Software\Classes\RequestDesk.Request\shell\open\command"; ValueType: string; ValueName: ""; ValueData: """{app}\{#AppExe}"" ""%1"""
; The program itself, for Open with and Default apps.
Root: HKA; Subkey: "Software\Classes\Applications\{#AppExe}"; ValueType: string; ValueName: "FriendlyAppName"; ValueData: "RequestDesk"; Flags: uninsdeletekey
Root: HKA; Subkey: "Software\Classes\Applications\{#AppExe}\SupportedTypes"; ValueType: string; ValueName: ".requestpkg"; ValueData: ""
Root: HKA; Subkey: "Software\Classes\Applications\{#AppExe}\SupportedTypes"; ValueType: string; ValueName: ".json"; ValueData: ""
Root: HKA; Subkey: "Software\Classes\Applications\{#AppExe}\shell\open\command"; ValueType: string; ValueName: ""; ValueData: """{app}\{#AppExe}"" ""%1"""

[Run]
Filename: "{app}\{#AppExe}"; Description: "{cm:LaunchProgram,RequestDesk}"; Flags: nowait postinstall skipifsilent
