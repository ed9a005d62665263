; PactDesk's Windows installer (Inno Setup 6.3 or later), over PyInstaller's one-folder bundle dist\PactDesk\
; (`pyinstaller packaging/pactdesk.spec` from the checkout's root). From the checkout's root:
;
;   iscc /DAppVersion=0.1.0 packaging\windows\pactdesk.iss      -> dist\PactDesk-0.1.0-windows-x64-setup.exe
;
; It installs for the current user only, without administrator rights, into %LOCALAPPDATA%\Programs\PactDesk, with a
; Start-menu entry (and a desktop icon when asked), in English or European Portuguese. Uninstalling removes the
; program and asks whether to delete the user's data folder too (No unless the user says Yes; a silent uninstall
; keeps it). .github/workflows/installers.yml builds it; tests/packaging/test_installer_scripts.py checks it against
; the project (the default version, the bundle's folder, the data folder's name).

; The version: the workflow passes /DAppVersion= from pactdesk.__version__; the default must equal it.
#ifndef AppVersion
  #define AppVersion "0.1.0"
#endif
; Windows' four-number version (VersionInfoVersion); the workflow passes it from packaging/windows/version_info.py.
#ifndef AppNumericVersion
  #define AppNumericVersion AppVersion
#endif
; PyInstaller's output folder, relative to this script's folder.
#ifndef BundleDir
  #define BundleDir "..\..\dist\PactDesk"
#endif

#define AppName "PactDesk"
#define AppExeName "pactdesk.exe"
#define AppPublisher "PactDesk contributors"
#define AppURL "https://github.com/pactdesk/pactdesk"
#define AppCopyright "Copyright © 2026 PactDesk contributors. MIT License."
; The user's data folder is %LOCALAPPDATA%\<this name>: src/pactdesk/config.py gives platformdirs the app name
; "PactDesk" (config.APP_NAME) with appauthor=False and no roaming, so on Windows its data, settings.ini, Logs\ and
; Cache\ are all below %LOCALAPPDATA%\PactDesk (and Qt's own cache below %LOCALAPPDATA%\PactDesk\PactDesk).
#define DataFolderName "PactDesk"

[Setup]
; The AppId identifies PactDesk to Windows across versions: never change it.
AppId={{3DFFBD9B-8394-42E1-ACF1-A20C2325289D}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher={#AppPublisher}
AppPublisherURL={#AppURL}
AppSupportURL={#AppURL}/issues
AppUpdatesURL={#AppURL}/releases
AppCopyright={#AppCopyright}
VersionInfoVersion={#AppNumericVersion}
VersionInfoProductVersion={#AppNumericVersion}
VersionInfoProductTextVersion={#AppVersion}
VersionInfoTextVersion={#AppVersion}
VersionInfoCompany={#AppPublisher}
VersionInfoDescription={#AppName} Setup
VersionInfoProductName={#AppName}
VersionInfoCopyright={#AppCopyright}
; Per user, no administrator rights: {autopf} is then {userpf}, %LOCALAPPDATA%\Programs.
PrivilegesRequired=lowest
DefaultDirName={autopf}\{#AppName}
DisableProgramGroupPage=yes
UninstallDisplayName={#AppName}
UninstallDisplayIcon={app}\{#AppExeName}
SetupIconFile=pactdesk.ico
; Qt 6.11 runs on 64-bit Windows 10 1809 and later, and so does the bundle.
MinVersion=10.0.17763
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
WizardStyle=modern
; The language dialog only when Windows' display language is neither English nor Portuguese.
ShowLanguageDialog=auto
OutputDir=..\..\dist
OutputBaseFilename={#AppName}-{#AppVersion}-windows-x64-setup
Compression=lzma2/max
SolidCompression=yes
; Close a running PactDesk before replacing its files.
CloseApplications=yes
RestartApplications=no

[Languages]
Name: "en"; MessagesFile: "compiler:Default.isl"
; European Portuguese (Portuguese.isl), not Brazilian (BrazilianPortuguese.isl).
Name: "pt"; MessagesFile: "compiler:Languages\Portuguese.isl"

[CustomMessages]
en.DeleteUserData=Also delete your PactDesk data?%n%nThe folder %1 holds your meetings, minutes, settings, logs and backups. Choose No to keep them for a later installation.
pt.DeleteUserData=Eliminar também os seus dados do PactDesk?%n%nA pasta %1 guarda as suas reuniões, atas, definições, registos e cópias de segurança. Escolha Não para os manter para uma instalação futura.
en.DeleteUserDataFailed=Some files in %1 could not be deleted. Close PactDesk and delete the folder yourself.
pt.DeleteUserDataFailed=Não foi possível eliminar alguns ficheiros em %1. Feche o PactDesk e elimine a pasta manualmente.
en.DirIsDataFolder=PactDesk cannot be installed in %1: that folder holds (or is inside) your PactDesk data in %2. Choose another folder.
pt.DirIsDataFolder=Não é possível instalar o PactDesk em %1: essa pasta contém os seus dados do PactDesk em %2, ou está dentro dela. Escolha outra pasta.

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[InstallDelete]
; An update starts from a clean bundle: files an older PyInstaller build left behind must not be loaded.
Type: filesandordirs; Name: "{app}\_internal"

[Files]
; The whole one-folder bundle: pactdesk.exe (the window), pactdesk-cli.exe (the commands) and _internal\.
Source: "{#BundleDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{autoprograms}\{#AppName}"; Filename: "{app}\{#AppExeName}"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#AppExeName}"; Tasks: desktopicon

[Run]
Filename: "{app}\{#AppExeName}"; Description: "{cm:LaunchProgram,{#StringChange(AppName, '&', '&&')}}"; Flags: nowait postinstall skipifsilent

[Code]
{ The user's data folder, as platformdirs names it on Windows for src/pactdesk/config.py. }
function UserDataFolder(): String;
begin
  Result := ExpandConstant('{localappdata}\{#DataFolderName}');
end;

{ True when one folder is the other or inside it (Windows' paths are not case-sensitive). }
function FoldersOverlap(const A, B: String): Boolean;
var
  FolderA, FolderB: String;
begin
  FolderA := Lowercase(AddBackslash(A));
  FolderB := Lowercase(AddBackslash(B));
  Result := (Pos(FolderA, FolderB) = 1) or (Pos(FolderB, FolderA) = 1);
end;

{ Installing into the data folder (or around it) would mix the program with the data the uninstaller may delete. }
function NextButtonClick(CurPageID: Integer): Boolean;
begin
  Result := True;
  if (CurPageID = wpSelectDir) and FoldersOverlap(WizardDirValue(), UserDataFolder()) then
  begin
    SuppressibleMsgBox(FmtMessage(CustomMessage('DirIsDataFolder'), [WizardDirValue(), UserDataFolder()]),
      mbError, MB_OK, IDOK);
    Result := False;
  end;
end;

{ After the program's files are gone: the data stays unless the user answers Yes; a silent uninstall keeps it. }
procedure CurUninstallStepChanged(CurUninstallStep: TUninstallStep);
var
  Folder: String;
begin
  if CurUninstallStep = usPostUninstall then
  begin
    Folder := UserDataFolder();
    if DirExists(Folder) and not UninstallSilent() then
    begin
      if SuppressibleMsgBox(FmtMessage(CustomMessage('DeleteUserData'), [Folder]),
        mbConfirmation, MB_YESNO or MB_DEFBUTTON2, IDNO) = IDYES then
      begin
        if not DelTree(Folder, True, True, True) then
          SuppressibleMsgBox(FmtMessage(CustomMessage('DeleteUserDataFailed'), [Folder]), mbError, MB_OK, IDOK);
      end;
    end;
  end;
end;
