; Inno Setup 6 script: the Windows installer of 信访接待台 (Windows 10/11, x64).
;
; Build on Windows, from the repository root, after the one-folder build:
;     .venv\Scripts\python packaging\build.py
;     "C:\Program Files (x86)\Inno Setup 6\ISCC.exe" /DAppVersion=0.1.0 packaging\windows\gazetteer-desk.iss
; The installer lands in dist\gazetteer-desk-setup-<version>.exe and needs no network on the desk PC.
;
; Per-machine install to Program Files (administrator rights), Start-menu shortcut, optional desktop icon.
; The program's data (the store, keys, backups) lives in each user's own data folder
; (%LOCALAPPDATA%\GazetteerDesk) and is never part of the installation: uninstalling or upgrading leaves it alone.

#ifndef AppVersion
  #define AppVersion "0.1.0"
#endif
#define AppName "信访接待台"
#define AppExe "gazetteer-desk.exe"
#define SourceDir "..\..\dist\gazetteer-desk"

[Setup]
; A fixed AppId makes a new version's installer upgrade the installed one in place.
AppId={{6F1C8A52-3D4B-4E0A-9B7C-5A2E1D9C4F10}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher=信访接待台项目组
DefaultDirName={autopf}\GazetteerDesk
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
PrivilegesRequired=admin
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
MinVersion=10.0
OutputDir=..\..\dist
OutputBaseFilename=gazetteer-desk-setup-{#AppVersion}
SetupIconFile=..\..\resources\icons\gazetteer-desk.ico
UninstallDisplayIcon={app}\{#AppExe}
UninstallDisplayName={#AppName}
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
; The program must be closed before its files are replaced.
CloseApplications=yes
RestartApplications=no

[Languages]
; Inno Setup ships ChineseSimplified as an unofficial translation: copy it into its Languages folder if missing.
Name: "chs"; MessagesFile: "compiler:Languages\ChineseSimplified.isl"

[Tasks]
Name: "desktopicon"; Description: "在桌面创建快捷方式"; GroupDescription: "附加快捷方式："

[Files]
; The whole one-folder build; files of an older version that are gone in this one are removed below.
Source: "{#SourceDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[InstallDelete]
; An upgrade replaces the program folder's library tree entirely (never the user's data, which is not there).
Type: filesandordirs; Name: "{app}\_internal"

[Icons]
Name: "{group}\{#AppName}"; Filename: "{app}\{#AppExe}"; WorkingDir: "{app}"
Name: "{group}\{#AppName} 自检"; Filename: "{cmd}"; Parameters: "/k ""{app}\gazetteer-desk-cli.exe"" --self-test"; WorkingDir: "{app}"
Name: "{group}\卸载{#AppName}"; Filename: "{uninstallexe}"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#AppExe}"; WorkingDir: "{app}"; Tasks: desktopicon

[Run]
Filename: "{app}\{#AppExe}"; Description: "立即启动{#AppName}"; Flags: nowait postinstall skipifsilent

[UninstallDelete]
; Only what the program folder itself may have gained; %LOCALAPPDATA%\GazetteerDesk (the data) is not touched.
Type: filesandordirs; Name: "{app}\_internal"
