; Inno Setup script: the Windows installer of cjm-desktop (per user, no admin rights).
;
; Build on Windows after the PyInstaller build (dist\cjm-desktop\ holds
; cjm-desktop.exe, cjm-desktop-cli.exe and _internal\):
;
;   iscc /DAppVersion=0.1.0 packaging\windows\cjm-desktop.iss
;
; It writes dist\cjm-desktop-0.1.0-setup.exe. The installer
; - installs into %LOCALAPPDATA%\Programs\cjm-desktop without asking for admin
;   rights (PrivilegesRequired=lowest; an administrator may choose all users);
; - registers .cjm for the user (HKCU\Software\Classes): the document icon,
;   double-click opens the map in cjm-desktop (a running cjm-desktop gets it:
;   cjm_desktop/app/desktop/single_instance.py), and "Open with" lists it;
; - adds a Start-menu entry (and, if ticked, a desktop one);
; - puts cjm-desktop-cli.exe's folder on the user's PATH only if ticked;
; - uninstalls cleanly from Settings > Apps, associations included.
; The hosted CI (.github/workflows/release.yml) compiles it on windows-latest.

#ifndef AppVersion
  #define AppVersion "0.1.0"
#endif
#define AppName "CJM Desktop"
#define AppExe "cjm-desktop.exe"
#define ProgId "cjm-desktop.map"
#define Root ".."

[Setup]
AppId={{6F1C3A52-9B0E-4C8E-A7B4-2D1F0E5C9A31}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher=cjm-desktop
DefaultDirName={autopf}\cjm-desktop
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog
ChangesAssociations=yes
ChangesEnvironment=yes
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
OutputDir={#Root}\..\dist
OutputBaseFilename=cjm-desktop-{#AppVersion}-setup
SetupIconFile=cjm-desktop.ico
UninstallDisplayIcon={app}\{#AppExe}
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
LicenseFile={#Root}\..\LICENSE

[Languages]
Name: "en"; MessagesFile: "compiler:Default.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked
Name: "addtopath"; Description: "Add cjm-desktop-cli to PATH (the command line)"; Flags: unchecked

[Files]
Source: "{#Root}\..\dist\cjm-desktop\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs
Source: "application-x-cjm.ico"; DestDir: "{app}"; Flags: ignoreversion

[Icons]
Name: "{autoprograms}\{#AppName}"; Filename: "{app}\{#AppExe}"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#AppExe}"; Tasks: desktopicon

[Registry]
; HKA is HKCU\Software\Classes for a per-user install, HKLM for all users.
Root: HKA; Subkey: "Software\Classes\.cjm"; ValueType: string; ValueName: ""; ValueData: "{#ProgId}"; Flags: uninsdeletevalue
Root: HKA; Subkey: "Software\Classes\.cjm"; ValueType: string; ValueName: "Content Type"; ValueData: "application/x-cjm"; Flags: uninsdeletevalue
Root: HKA; Subkey: "Software\Classes\.cjm\OpenWithProgids"; ValueType: string; ValueName: "{#ProgId}"; ValueData: ""; Flags: uninsdeletevalue
Root: HKA; Subkey: "Software\Classes\{#ProgId}"; ValueType: string; ValueName: ""; ValueData: "Customer journey map"; Flags: uninsdeletekey
Root: HKA; Subkey: "Software\Classes\{#ProgId}\DefaultIcon"; ValueType: string; ValueName: ""; ValueData: "{app}\application-x-cjm.ico"
Root: HKA; Subkey: "Software\Classes\{#ProgId}\shell\open\command"; ValueType: string; ValueName: ""; ValueData: """{app}\{#AppExe}"" ""%1"""
Root: HKA; Subkey: "Software\Classes\Applications\{#AppExe}\SupportedTypes"; ValueType: string; ValueName: ".cjm"; ValueData: ""; Flags: uninsdeletekey
Root: HKA; Subkey: "Software\Classes\Applications\{#AppExe}"; ValueType: string; ValueName: "FriendlyAppName"; ValueData: "{#AppName}"
Root: HKCU; Subkey: "Environment"; ValueType: expandsz; ValueName: "Path"; ValueData: "{olddata};{app}"; Tasks: addtopath; Check: NeedsAddPath(ExpandConstant('{app}'))

[Run]
Filename: "{app}\{#AppExe}"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent

[Code]
function NeedsAddPath(Folder: string): Boolean;
var
  Paths: string;
begin
  if not RegQueryStringValue(HKEY_CURRENT_USER, 'Environment', 'Path', Paths) then
    Paths := '';
  Result := Pos(';' + Uppercase(Folder) + ';', ';' + Uppercase(Paths) + ';') = 0;
end;
