; The Windows installer of Intervisie Desktop (NSIS 3). Built on Linux by
; packaging/windows/build-windows.sh (`make windows`), which passes
;   /DVERSION=0.1.0 /DVI_VERSION=0.1.0.0 /DBUNDLE_DIR=<the PyInstaller folder>
;   /DOUT_FILE=<setup.exe> /DLICENSE_FILE=<LICENSE>
; and then installs, starts and uninstalls the result under Wine.
;
; It installs for the current user only (no administrator rights), in
; %LOCALAPPDATA%\Programs\Intervisie Desktop, with two Start-menu entries (the app and
; its demo). The user's meetings live in %APPDATA%\intervisie-desktop, outside the
; install folder: the uninstaller never touches them, and says so.

Unicode true
Target amd64-unicode            ; the bundle is 64-bit; so is the installer
ManifestDPIAware true
ManifestSupportedOS Win10
SetCompressor /SOLID lzma
RequestExecutionLevel user      ; per-user: no UAC prompt

!ifndef VERSION
  !error "pass /DVERSION=... (build-windows.sh does)"
!endif
!ifndef VI_VERSION
  !error "pass /DVI_VERSION=... (build-windows.sh does)"
!endif
!ifndef BUNDLE_DIR
  !error "pass /DBUNDLE_DIR=... (build-windows.sh does)"
!endif
!ifndef OUT_FILE
  !error "pass /DOUT_FILE=... (build-windows.sh does)"
!endif
!ifndef LICENSE_FILE
  !error "pass /DLICENSE_FILE=... (build-windows.sh does)"
!endif

!define APP_NAME "Intervisie Desktop"
!define APP_EXE "intervisie-desktop.exe"
!define PUBLISHER "Intervisie Desktop developers"
; A fixed key: never change it, or upgrades install side by side.
!define UNINSTALL_KEY "Software\Microsoft\Windows\CurrentVersion\Uninstall\nl.intervisiedesktop.IntervisieDesktop"
!define DATA_FOLDER "$APPDATA\intervisie-desktop"
!define DEMO_EN "${APP_NAME} - try the demo"
!define DEMO_NL "${APP_NAME} - demo proberen"

; Both languages' names of the Start-menu entries, so that a reinstall in the other
; language replaces them instead of adding more, and uninstalling removes them all.
!macro RemoveShortcuts
  Delete "$SMPROGRAMS\${APP_NAME}.lnk"
  Delete "$SMPROGRAMS\${DEMO_EN}.lnk"
  Delete "$SMPROGRAMS\${DEMO_NL}.lnk"
!macroend

Name "${APP_NAME}"
OutFile "${OUT_FILE}"
InstallDir "$LOCALAPPDATA\Programs\${APP_NAME}"
InstallDirRegKey HKCU "${UNINSTALL_KEY}" "InstallLocation"
BrandingText "${APP_NAME} ${VERSION}"

VIProductVersion "${VI_VERSION}"
VIFileVersion "${VI_VERSION}"

!include "MUI2.nsh"
!include "FileFunc.nsh"

!define MUI_ICON "intervisie-desktop.ico"
!define MUI_UNICON "intervisie-desktop.ico"
!define MUI_ABORTWARNING

; --- Pages ----------------------------------------------------------------------------
!insertmacro MUI_PAGE_WELCOME
; The GPL is not a contract to accept: "Next", not "I agree".
!define MUI_LICENSEPAGE_BUTTON "$(^NextBtn)"
!define MUI_LICENSEPAGE_TEXT_BOTTOM "$(LicenseBottom)"
!insertmacro MUI_PAGE_LICENSE "${LICENSE_FILE}"
!insertmacro MUI_PAGE_DIRECTORY
!insertmacro MUI_PAGE_INSTFILES
!define MUI_FINISHPAGE_RUN "$INSTDIR\${APP_EXE}"
!insertmacro MUI_PAGE_FINISH

!define MUI_UNCONFIRMPAGE_TEXT_TOP "$(DataKept)"
!insertmacro MUI_UNPAGE_CONFIRM
!insertmacro MUI_UNPAGE_INSTFILES
!define MUI_FINISHPAGE_TITLE "$(UninstalledTitle)"
!define MUI_FINISHPAGE_TEXT "$(DataKept)"
!insertmacro MUI_UNPAGE_FINISH

; --- Languages: Windows' display language picks one; English for any other ----------
!insertmacro MUI_LANGUAGE "English"
!insertmacro MUI_LANGUAGE "Dutch"

LangString LicenseBottom ${LANG_ENGLISH} "Intervisie Desktop is free software under the GNU General Public License, version 3 or later. You need not accept it to use the program; it says what you may do when you share or change it."
LangString LicenseBottom ${LANG_DUTCH} "Intervisie Desktop is vrije software onder de GNU General Public License, versie 3 of later. Om het programma te gebruiken hoeft u die niet te aanvaarden; ze zegt wat u mag als u het deelt of aanpast."
LangString DemoShortcut ${LANG_ENGLISH} "${DEMO_EN}"
LangString DemoShortcut ${LANG_DUTCH} "${DEMO_NL}"
LangString DataKept ${LANG_ENGLISH} "Your meetings, groups and settings in ${DATA_FOLDER} are not removed. Delete that folder yourself if you no longer need them."
LangString DataKept ${LANG_DUTCH} "Uw bijeenkomsten, groepen en instellingen in ${DATA_FOLDER} worden niet verwijderd. Verwijder die map zelf als u ze niet meer nodig hebt."
LangString UninstalledTitle ${LANG_ENGLISH} "${APP_NAME} has been removed"
LangString UninstalledTitle ${LANG_DUTCH} "${APP_NAME} is verwijderd"

VIAddVersionKey /LANG=${LANG_ENGLISH} "ProductName" "${APP_NAME}"
VIAddVersionKey /LANG=${LANG_ENGLISH} "ProductVersion" "${VERSION}"
VIAddVersionKey /LANG=${LANG_ENGLISH} "FileVersion" "${VERSION}"
VIAddVersionKey /LANG=${LANG_ENGLISH} "FileDescription" "${APP_NAME} ${VERSION} Setup"
VIAddVersionKey /LANG=${LANG_ENGLISH} "CompanyName" "${PUBLISHER}"
VIAddVersionKey /LANG=${LANG_ENGLISH} "LegalCopyright" "GPL-3.0-or-later"

; --- Install --------------------------------------------------------------------------
Section "Install"
  SetShellVarContext current
  SetOutPath "$INSTDIR"
  ; An upgrade replaces the bundle's libraries: stale ones from an older Qt must not linger.
  RMDir /r "$INSTDIR\_internal"
  File "${BUNDLE_DIR}\${APP_EXE}"
  File /r "${BUNDLE_DIR}\_internal"
  WriteUninstaller "$INSTDIR\uninstall.exe"

  !insertmacro RemoveShortcuts
  CreateShortcut "$SMPROGRAMS\${APP_NAME}.lnk" "$INSTDIR\${APP_EXE}" "" "$INSTDIR\${APP_EXE}" 0
  CreateShortcut "$SMPROGRAMS\$(DemoShortcut).lnk" "$INSTDIR\${APP_EXE}" "--demo" "$INSTDIR\${APP_EXE}" 0

  WriteRegStr HKCU "${UNINSTALL_KEY}" "DisplayName" "${APP_NAME}"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "DisplayVersion" "${VERSION}"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "Publisher" "${PUBLISHER}"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "DisplayIcon" "$INSTDIR\${APP_EXE}"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "InstallLocation" "$INSTDIR"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "UninstallString" '"$INSTDIR\uninstall.exe"'
  WriteRegStr HKCU "${UNINSTALL_KEY}" "QuietUninstallString" '"$INSTDIR\uninstall.exe" /S'
  WriteRegDWORD HKCU "${UNINSTALL_KEY}" "NoModify" 1
  WriteRegDWORD HKCU "${UNINSTALL_KEY}" "NoRepair" 1
  ${GetSize} "$INSTDIR" "/S=0K" $0 $1 $2
  WriteRegDWORD HKCU "${UNINSTALL_KEY}" "EstimatedSize" $0
SectionEnd

; --- Uninstall: only what the installer put there --------------------------------------
Section "Uninstall"
  SetShellVarContext current
  !insertmacro RemoveShortcuts
  Delete "$INSTDIR\${APP_EXE}"
  RMDir /r "$INSTDIR\_internal"
  Delete "$INSTDIR\uninstall.exe"
  RMDir "$INSTDIR"                 ; only when empty: never a folder with the user's files
  DeleteRegKey HKCU "${UNINSTALL_KEY}"
  DetailPrint "$(DataKept)"
SectionEnd
