; Inno Setup script for Toestemming (Windows). Build the onedir bundle first:
;   python installer\build.py      → dist\toestemming\
; then compile this script with Inno Setup 6 (iscc installer\toestemming.iss).
; Per-machine install; user vaults live in the user's own data folder and are never touched
; by the installer or the uninstaller.

#define AppName "Toestemming"
#define AppVersion GetEnv("TOESTEMMING_VERSION")
#if AppVersion == ""
  #define AppVersion "0.1.0"
#endif

[Setup]
AppId={{4C1E2D7A-5B9E-4E0F-9A58-7D1B0C6E2F31}
AppName={#AppName}
AppVersion={#AppVersion}
AppPublisher=Toestemming
DefaultDirName={autopf}\{#AppName}
DefaultGroupName={#AppName}
PrivilegesRequired=admin
ArchitecturesInstallIn64BitMode=x64compatible
OutputDir=..\dist\installer
OutputBaseFilename=toestemming-{#AppVersion}-setup
Compression=lzma2
SolidCompression=yes
ChangesAssociations=yes
UninstallDisplayIcon={app}\toestemming.exe

[Languages]
Name: "dutch"; MessagesFile: "compiler:Languages\Dutch.isl"
Name: "english"; MessagesFile: "compiler:Default.isl"

[Files]
Source: "..\dist\toestemming\*"; DestDir: "{app}"; Flags: recursesubdirs createallsubdirs ignoreversion

[Icons]
Name: "{group}\{#AppName}"; Filename: "{app}\toestemming.exe"
Name: "{group}\{#AppName} verwijderen"; Filename: "{uninstallexe}"

[Registry]
; Proof packages (.tbewijs) open the verify view of the app (ui/verify_view.py). Not
; `toestemming.exe verify`: the windowed build has no console, so that showed nothing.
Root: HKA; Subkey: "Software\Classes\.tbewijs"; ValueType: string; ValueName: ""; ValueData: "Toestemming.Bewijs"; Flags: uninsdeletevalue
Root: HKA; Subkey: "Software\Classes\Toestemming.Bewijs"; ValueType: string; ValueName: ""; ValueData: "Toestemming bewijspakket"; Flags: uninsdeletekey
Root: HKA; Subkey: "Software\Classes\Toestemming.Bewijs\shell\open\command"; ValueType: string; ValueName: ""; ValueData: """{app}\toestemming.exe"" ""%1"""

[UninstallDelete]
; Only the program folder. Vaults (%APPDATA%\Toestemming\*.tvault and .keys) stay.
Type: filesandordirs; Name: "{app}"
