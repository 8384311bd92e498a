; Inno Setup script: installs the PyInstaller --onedir build (dist\ksdesk) for all users, with a Start-menu
; entry and an uninstaller. The practice's data (the user data folder %LOCALAPPDATA%\Kansrijke Start\ksdesk,
; or the folder chosen with --data-dir) and the backups are never touched by install, upgrade or uninstall.
; Build on Windows, from the repository root, after `pyinstaller packaging\ksdesk.spec`:
;   iscc /DAppVersion=0.2.0 packaging\windows\ksdesk.iss      (output: dist\ksdesk-<version>-setup.exe)

#ifndef AppVersion
  #define AppVersion "0.0.0"
#endif

[Setup]
AppId={{6B1C5E7A-3F52-4C0E-9B1D-2A7C8E4F9D10}
AppName=ksdesk
AppVersion={#AppVersion}
AppPublisher=Kansrijke Start
AppComments=Kansrijke Start voor de verloskundigenpraktijk
DefaultDirName={autopf}\ksdesk
DefaultGroupName=ksdesk
DisableProgramGroupPage=yes
OutputDir=..\..\dist
OutputBaseFilename=ksdesk-{#AppVersion}-setup
SetupIconFile=..\..\build\pyinstaller\ksdesk.ico
UninstallDisplayIcon={app}\ksdesk.exe
Compression=lzma2/max
SolidCompression=yes
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
PrivilegesRequired=admin
WizardStyle=modern
ShowLanguageDialog=no
; an upgrade replaces the program files only
UsePreviousAppDir=yes
CloseApplications=yes

[Languages]
Name: "dutch"; MessagesFile: "compiler:Languages\Dutch.isl"
Name: "english"; MessagesFile: "compiler:Default.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[Files]
Source: "..\..\dist\ksdesk\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{autoprograms}\ksdesk"; Filename: "{app}\ksdesk.exe"; Comment: "Kansrijke Start voor de verloskundigenpraktijk"
Name: "{autodesktop}\ksdesk"; Filename: "{app}\ksdesk.exe"; Tasks: desktopicon

[Run]
Filename: "{app}\ksdesk.exe"; Description: "{cm:LaunchProgram,ksdesk}"; Flags: nowait postinstall skipifsilent

[UninstallDelete]
; only what the installer itself put in {app}; the data folder lives elsewhere and stays
Type: filesandordirs; Name: "{app}\_internal"
