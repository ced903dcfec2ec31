; Inno Setup (6.3 or later) script for Intervisie Desktop on Windows.
;
; Build the onedir bundle first, on Windows, from the repository root:
;   py -3.11 -m venv .venv
;   .venv\Scripts\python -m pip install -e ".[bundle]"
;   .venv\Scripts\python -m PyInstaller --noconfirm --distpath dist --workpath build\pyinstaller packaging\intervisie-desktop.spec
; then compile this script (the version comes from intervisie_desktop/__init__.py):
;   iscc /DAppVersion=0.1.0 packaging\windows\intervisie-desktop.iss
; The installer is written to dist\intervisie-desktop-<version>-windows-x64-setup.exe.
;
; It installs for the current user only (no administrator rights needed), in
; %LOCALAPPDATA%\Programs\Intervisie Desktop, with a Start menu entry. The user's
; meetings are not in the install folder, so uninstalling never removes them.

#ifndef AppVersion
  #define AppVersion "0.1.0"
#endif
#define AppName "Intervisie Desktop"
#define AppExe "intervisie-desktop.exe"
#define AppPublisher "Intervisie Desktop developers"
#define BundleDir "..\..\dist\intervisie-desktop"

[Setup]
LicenseFile=..\..\LICENSE
; A fixed id: never change it, or upgrades install side by side.
AppId={{6B0D2E1A-3C55-4C8E-9A47-7D1F0E3B9C21}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher={#AppPublisher}
AppCopyright=GPL-3.0-or-later
VersionInfoVersion={#AppVersion}
DefaultDirName={autopf}\{#AppName}
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
; Per-user install: no UAC prompt; {autopf} becomes %LOCALAPPDATA%\Programs.
PrivilegesRequired=lowest
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
MinVersion=10.0
SetupIconFile=intervisie-desktop.ico
UninstallDisplayIcon={app}\{#AppExe}
UninstallDisplayName={#AppName}
OutputDir=..\..\dist
OutputBaseFilename=intervisie-desktop-{#AppVersion}-windows-x64-setup
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
ShowLanguageDialog=auto
CloseApplications=yes

[Languages]
Name: "dutch"; MessagesFile: "compiler:Languages\Dutch.isl"
Name: "english"; MessagesFile: "compiler:Default.isl"

[CustomMessages]
dutch.TryDemo=Probeer de demo
english.TryDemo=Try the demo

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[Files]
Source: "{#BundleDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[InstallDelete]
; An upgrade replaces the bundle's libraries; stale ones from an older Qt must not linger.
Type: filesandordirs; Name: "{app}\_internal"

[Icons]
Name: "{autoprograms}\{#AppName}"; Filename: "{app}\{#AppExe}"
Name: "{autoprograms}\{#AppName} - {cm:TryDemo}"; Filename: "{app}\{#AppExe}"; Parameters: "--demo"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#AppExe}"; Tasks: desktopicon

[Run]
Filename: "{app}\{#AppExe}"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent

