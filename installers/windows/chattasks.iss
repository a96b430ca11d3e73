; Inno Setup script: per-user install of the PyInstaller bundle (dist\chattasks), start-menu
; entry, uninstaller, optional "Open with ChatTasks" for .zip/.txt exports.
; Build: iscc /DAppVersion=0.1.0 installers\windows\chattasks.iss
#ifndef AppVersion
  #define AppVersion "0.0.0"
#endif

[Setup]
AppId={{6E0C5B52-3A57-4B9C-9A61-4C1F3F1C7A10}
AppName=ChatTasks
AppVersion={#AppVersion}
AppPublisher=ChatTasks
DefaultDirName={localappdata}\Programs\ChatTasks
DefaultGroupName=ChatTasks
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog
OutputDir=..\..\dist
OutputBaseFilename=ChatTasks-{#AppVersion}-setup
SetupIconFile=..\..\build\icons\chattasks.ico
UninstallDisplayIcon={app}\chattasks-app.exe
Compression=lzma2
SolidCompression=yes
WizardStyle=modern
ArchitecturesInstallIn64BitMode=x64compatible
ChangesAssociations=yes

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked
Name: "openwith"; Description: "Offer ChatTasks in ""Open with"" for WhatsApp exports (.zip, .txt)"; Flags: unchecked

[Files]
Source: "..\..\dist\chattasks\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{group}\ChatTasks"; Filename: "{app}\chattasks-app.exe"
Name: "{group}\Uninstall ChatTasks"; Filename: "{uninstallexe}"
Name: "{autodesktop}\ChatTasks"; Filename: "{app}\chattasks-app.exe"; Tasks: desktopicon

[Registry]
; "Open with" only (never the default handler of .txt/.zip).
Root: HKA; Subkey: "Software\Classes\Applications\chattasks-app.exe\shell\open\command"; ValueType: string; ValueData: """{app}\chattasks-app.exe"" ""%1"""; Flags: uninsdeletekey; Tasks: openwith
Root: HKA; Subkey: "Software\Classes\.zip\OpenWithList\chattasks-app.exe"; Flags: uninsdeletekey; Tasks: openwith
Root: HKA; Subkey: "Software\Classes\.txt\OpenWithList\chattasks-app.exe"; Flags: uninsdeletekey; Tasks: openwith

[Run]
Filename: "{app}\chattasks-app.exe"; Description: "{cm:LaunchProgram,ChatTasks}"; Flags: nowait postinstall skipifsilent
