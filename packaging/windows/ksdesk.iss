; Inno Setup 6 script: installs the PyInstaller --onedir build (dist\ksdesk) per machine, with a Start-menu entry
; and an uninstaller. Build on Windows, from the repository root, after `pyinstaller packaging\ksdesk.spec`:
;   iscc packaging\windows\ksdesk.iss          (output: dist\ksdesk-<version>-setup.exe)
;
; How it installs (see packaging/README.md, "Windows installer"):
; - per machine: the program in C:\Program Files\ksdesk (read-only for users), Start-menu entry for all users;
;   installing needs an administrator (UAC prompt). There is deliberately no per-user install mode: one copy per
;   workstation, updated by the administrator, that no user can alter.
; - the data stays per user and outside the program folder: platformdirs' user data folder
;   %LOCALAPPDATA%\KansrijkeStart\ksdesk (database, key file, backups' settings), or the folder given with
;   --data-dir / KSDESK_DATA_DIR (e.g. a share used by several workstations). Install, upgrade and uninstall never
;   touch it: nothing below names a user folder, and the uninstaller removes only what setup installed.
; - an upgrade replaces the program folder's _internal\ whole (no stale libraries from the previous version).
; - the version is ksdesk.exe's version resource, which the spec takes from ksdesk/__init__.py;
;   `iscc /DAppVersion=1.2.3 ...` overrides it.
; - silent install for deployment: ksdesk-<version>-setup.exe /VERYSILENT /SUPPRESSMSGBOXES /NORESTART
;   (add /LOG=path for a log); silent uninstall: "C:\Program Files\ksdesk\unins000.exe" /VERYSILENT

#define AppExe "..\..\dist\ksdesk\ksdesk.exe"
#ifndef AppVersion
  #if !FileExists(AddBackslash(SourcePath) + AppExe)
    #error "dist\ksdesk\ksdesk.exe not found: run pyinstaller packaging\ksdesk.spec first"
  #endif
  #define AppVersion GetStringFileInfo(AddBackslash(SourcePath) + AppExe, "ProductVersion")
  #if AppVersion == ""
    #error "ksdesk.exe has no ProductVersion: build it with packaging\ksdesk.spec"
  #endif
#endif

[Setup]
AppId={{6B1C5E7A-3F52-4C0E-9B1D-2A7C8E4F9D10}
AppName=ksdesk
AppVersion={#AppVersion}
AppVerName=ksdesk {#AppVersion}
AppPublisher=Kansrijke Start
AppComments=Kansrijke Start voor de verloskundigenpraktijk
VersionInfoVersion={#AppVersion}
VersionInfoProductName=ksdesk
DefaultDirName={autopf}\ksdesk
DefaultGroupName=ksdesk
DisableProgramGroupPage=yes
OutputDir=..\..\dist
OutputBaseFilename=ksdesk-{#AppVersion}-setup
SetupIconFile=..\..\build\ksdesk.ico
UninstallDisplayIcon={app}\ksdesk.exe
UninstallDisplayName=ksdesk {#AppVersion}
Compression=lzma2/max
SolidCompression=yes
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
MinVersion=10.0
PrivilegesRequired=admin
WizardStyle=modern
ShowLanguageDialog=no
UsePreviousAppDir=yes
CloseApplications=yes
RestartApplications=no
SetupLogging=yes

[Languages]
Name: "dutch"; MessagesFile: "compiler:Languages\Dutch.isl"
Name: "english"; MessagesFile: "compiler:Default.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[InstallDelete]
; an upgrade: the previous version's libraries out before the new ones go in
Type: filesandordirs; Name: "{app}\_internal"

[Files]
Source: "..\..\dist\ksdesk\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{autoprograms}\ksdesk"; Filename: "{app}\ksdesk.exe"; Comment: "Kansrijke Start voor de verloskundigenpraktijk"
Name: "{autodesktop}\ksdesk"; Filename: "{app}\ksdesk.exe"; Tasks: desktopicon

[Run]
; as the user who started setup (not the elevated administrator): her data folder is the one that counts
Filename: "{app}\ksdesk.exe"; Description: "{cm:LaunchProgram,ksdesk}"; Flags: nowait postinstall skipifsilent runasoriginaluser

[UninstallDelete]
; only the program folder's own files (e.g. Python's bytecode caches); the data folder lives elsewhere and stays
Type: filesandordirs; Name: "{app}\_internal"
