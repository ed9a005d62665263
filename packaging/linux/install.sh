#!/bin/sh
# Install PactDesk for the current user (no root needed), or remove it again.
#
#   install.sh [BUNDLE_DIR]     install, or update an earlier install (running it twice is fine)
#   install.sh --uninstall      remove what install.sh installed, and nothing else
#
# BUNDLE_DIR is PyInstaller's one-folder bundle: the folder holding the executable `pactdesk`. By default it is the
# first of these that holds an executable `pactdesk`:
#   - this script's own folder (the installed copy: ~/.local/share/pactdesk-app/install.sh --uninstall);
#   - PactDesk/ next to this script (the release tarball PactDesk-<version>-linux-x86_64.tar.gz, which unpacks to
#     PactDesk-<version>-linux-x86_64/install.sh and PactDesk-<version>-linux-x86_64/PactDesk/);
#   - ../../dist/PactDesk (a source checkout, where this script is packaging/linux/install.sh).
# The desktop entry, the AppStream metainfo and the icons come from BUNDLE_DIR/share/ (applications/, metainfo/,
# icons/hicolor/) when the bundle has them, else from this script's folder (packaging/linux/ in a checkout).
#
# What goes where ($XDG_DATA_HOME is ~/.local/share unless set):
#   $XDG_DATA_HOME/pactdesk-app/                  a copy of the bundle, with share/ and this script
#   ~/.local/bin/pactdesk                         a symbolic link to $XDG_DATA_HOME/pactdesk-app/pactdesk
#   $XDG_DATA_HOME/applications/io.github.pactdesk.PactDesk.desktop   its Exec is the installed executable
#   $XDG_DATA_HOME/metainfo/io.github.pactdesk.PactDesk.metainfo.xml
#   $XDG_DATA_HOME/icons/hicolor/*/apps/io.github.pactdesk.PactDesk.{png,svg}
#
# PactDesk keeps the user's database and backups in $XDG_DATA_HOME/PactDesk (platformdirs' user data folder), its
# logs in ~/.local/state/PactDesk and its settings in ~/.config/PactDesk. This script never writes, moves or removes
# anything there. The program's folder is pactdesk-app, not pactdesk: on a case-insensitive file system (a home on
# exFAT, NTFS or SMB, or an ext4 folder with casefolding) "pactdesk" and "PactDesk" are the same folder, and
# removing the program would remove the user's data with it.

set -eu

APP_ID=io.github.pactdesk.PactDesk
EXE=pactdesk
MARKER=.pactdesk-app   # in the program's folder: this script made it, so --uninstall may remove it

say() { printf '%s\n' "$*"; }
die() { printf 'install.sh: %s\n' "$*" >&2; exit 1; }

usage() {
    say "Usage: install.sh [BUNDLE_DIR]    install PactDesk for $(id -un 2>/dev/null || echo 'this user')"
    say "       install.sh --uninstall     remove it (never the data in ${data_home:-~/.local/share}/PactDesk)"
}

here=$(cd "$(dirname "$0")" && pwd -P)
self=$here/$(basename "$0")

[ -n "${HOME:-}" ] || die "HOME is not set"
data_home=${XDG_DATA_HOME:-$HOME/.local/share}
case $data_home in
    /*) ;;
    *) die "XDG_DATA_HOME must be an absolute path, not '$data_home'" ;;
esac

dest=$data_home/pactdesk-app
bin_dir=$HOME/.local/bin
link=$bin_dir/$EXE
apps=$data_home/applications
metainfo=$data_home/metainfo
hicolor=$data_home/icons/hicolor
user_data=$data_home/PactDesk

uninstall=no
bundle=
for arg in "$@"; do
    case $arg in
        --uninstall) uninstall=yes ;;
        -h | --help) usage; exit 0 ;;
        -*) usage >&2; die "unknown option '$arg'" ;;
        *)
            [ -z "$bundle" ] || die "only one BUNDLE_DIR, please"
            bundle=$arg
            ;;
    esac
done
[ "$uninstall" = no ] || [ -z "$bundle" ] || die "--uninstall takes no BUNDLE_DIR"

nl='
'
case $dest in
    *"$nl"*) die "cannot install below a folder whose name holds a line break: $data_home" ;;
esac

# The installed executable as one argument of a desktop entry's Exec key: quoted when it holds a reserved character,
# with "%" doubled and every backslash escaped once more for the key's string value.
exec_argument() {
    arg=$1
    case $arg in
        *[!A-Za-z0-9/._+,:@=-]*) arg=\"$(printf '%s' "$arg" | sed 's/[\\"`$]/\\&/g')\" ;;
    esac
    printf '%s' "$arg" | sed -e 's/%/%%/g' -e 's/\\/\\\\/g'
}

# Whether $link is the symbolic link this script makes.
our_link() {
    [ -L "$link" ] && [ "$(readlink "$link")" = "$dest/$EXE" ]
}

# refresh CACHE TOOL WHAT ARGUMENT...: run TOOL ARGUMENT... when CACHE exists and TOOL is installed.
refresh() {
    cache=$1 tool=$2 what=$3
    shift 3
    if [ ! -f "$cache" ]; then
        say "skipped $what: there is no $cache to update"
    elif ! command -v "$tool" >/dev/null 2>&1; then
        say "skipped $what: no $tool to update $cache"
    elif "$tool" "$@"; then
        say "updated $what: $cache"
    else
        say "could not update $what: $tool failed"
    fi
}

refresh_caches() {
    # Each cache is refreshed when it exists and its tool is installed, and never made: a missing cache is fine (the
    # desktop database only maps MIME types, which PactDesk's entry names none of; GTK reads an icon folder whose
    # time is newer than its cache), a stale one could hide the icons. Uninstalling thus leaves no file behind.
    refresh "$apps/mimeinfo.cache" update-desktop-database "the desktop database" -q "$apps"
    if [ -d "$hicolor" ]; then
        touch "$hicolor"
        refresh "$hicolor/icon-theme.cache" gtk-update-icon-cache "the icon cache" -q -t -f "$hicolor"
    fi
}

if [ "$uninstall" = yes ]; then
    if [ -e "$apps/$APP_ID.desktop" ]; then
        rm -f "$apps/$APP_ID.desktop"
        say "removed $apps/$APP_ID.desktop"
    else
        say "no desktop entry to remove in $apps"
    fi
    if [ -e "$metainfo/$APP_ID.metainfo.xml" ]; then
        rm -f "$metainfo/$APP_ID.metainfo.xml"
        say "removed $metainfo/$APP_ID.metainfo.xml"
    else
        say "no metainfo to remove in $metainfo"
    fi
    count=0
    for icon in "$hicolor"/*/apps/"$APP_ID".png "$hicolor"/*/apps/"$APP_ID".svg; do
        [ -e "$icon" ] || continue
        rm -f "$icon"
        rmdir "${icon%/*}" "${icon%/*/*}" 2>/dev/null || true  # the size's folders, if nothing else is in them
        count=$((count + 1))
    done
    say "removed $count icons from $hicolor"
    if our_link; then
        rm -f "$link"
        say "removed the link $link"
    elif [ -e "$link" ] || [ -L "$link" ]; then
        say "left $link alone: it is not the link install.sh made"
    else
        say "no link to remove in $bin_dir"
    fi
    if [ -f "$dest/$MARKER" ]; then
        rm -rf "$dest"
        say "removed the program folder $dest"
    elif [ -e "$dest" ]; then
        say "left $dest alone: install.sh did not make it (no $MARKER in it)"
    else
        say "no program folder to remove at $dest"
    fi
    refresh_caches
    if [ -d "$user_data" ]; then
        say "PactDesk is uninstalled; your data in $user_data is still there"
    else
        say "PactDesk is uninstalled"
    fi
    exit 0
fi

# Install.
if [ -z "$bundle" ]; then
    for candidate in "$here" "$here/PactDesk" "$here/../../dist/PactDesk"; do
        if [ -f "$candidate/$EXE" ] && [ -x "$candidate/$EXE" ]; then
            bundle=$candidate
            break
        fi
    done
    [ -n "$bundle" ] || die "no PactDesk bundle found next to $self; name its folder: install.sh BUNDLE_DIR"
fi
[ -d "$bundle" ] || die "no such folder: $bundle"
bundle=$(cd "$bundle" && pwd -P)
if [ ! -f "$bundle/$EXE" ] || [ ! -x "$bundle/$EXE" ]; then
    die "$bundle holds no executable '$EXE': is it PyInstaller's PactDesk folder?"
fi
if [ -e "$dest" ] && [ ! -f "$dest/$MARKER" ]; then
    die "$dest exists but install.sh did not make it (no $MARKER in it); move it away first"
fi

if [ -f "$bundle/share/applications/$APP_ID.desktop" ]; then
    share_from=bundle
elif [ -f "$here/$APP_ID.desktop" ] && [ -f "$here/$APP_ID.metainfo.xml" ] && [ -d "$here/icons/hicolor" ]; then
    share_from=script
else
    die "no $APP_ID.desktop in $bundle/share/applications nor in $here"
fi

# Copy into a new folder beside the old one, then swap: an interrupted run leaves the old install working.
mkdir -p "$data_home"
staging=$(mktemp -d "$data_home/.pactdesk-app.XXXXXX")
trap 'rm -rf "$staging"' EXIT
trap 'exit 1' HUP INT TERM
cp -RP "$bundle/." "$staging/"
if [ "$share_from" = script ]; then
    mkdir -p "$staging/share/applications" "$staging/share/metainfo" "$staging/share/icons"
    cp "$here/$APP_ID.desktop" "$staging/share/applications/"
    cp "$here/$APP_ID.metainfo.xml" "$staging/share/metainfo/"
    rm -rf "$staging/share/icons/hicolor"
    cp -RP "$here/icons/hicolor" "$staging/share/icons/"
fi
[ -f "$staging/share/metainfo/$APP_ID.metainfo.xml" ] || die "no $APP_ID.metainfo.xml in $bundle/share/metainfo"
cp "$self" "$staging/install.sh"
chmod 755 "$staging" "$staging/install.sh"
: >"$staging/$MARKER"
if [ -e "$dest" ]; then
    old=$(mktemp -d "$data_home/.pactdesk-app-old.XXXXXX")
    mv "$dest" "$old/"
    mv "$staging" "$dest"
    rm -rf "$old"
    verb=replaced
else
    mv "$staging" "$dest"
    verb=copied
fi
trap - EXIT
say "$verb the program folder $dest (from $bundle)"

mkdir -p "$bin_dir"
if our_link; then
    say "kept the link $link -> $dest/$EXE"
elif [ -e "$link" ] || [ -L "$link" ]; then
    say "left $link alone: it is not install.sh's link (the menu entry starts $dest/$EXE directly)"
else
    ln -s "$dest/$EXE" "$link"
    say "linked $link -> $dest/$EXE"
fi
case ":${PATH:-}:" in
    *":$bin_dir:"*) ;;
    *) say "note: $bin_dir is not on your PATH; the menu entry works all the same" ;;
esac

mkdir -p "$apps"
exec_line="Exec=$(exec_argument "$dest/$EXE")"
tmp_entry=$apps/.$APP_ID.desktop.$$
while IFS= read -r line || [ -n "$line" ]; do
    case $line in
        Exec=*) printf '%s\n' "$exec_line" ;;
        *) printf '%s\n' "$line" ;;
    esac
done <"$dest/share/applications/$APP_ID.desktop" >"$tmp_entry"
chmod 644 "$tmp_entry"
mv -f "$tmp_entry" "$apps/$APP_ID.desktop"
say "wrote $apps/$APP_ID.desktop ($exec_line)"
case $dest in
    *%*) say "note: GNOME's menu (GLib) starts no program whose path holds '%'; other desktops do" ;;
esac

mkdir -p "$metainfo"
cp "$dest/share/metainfo/$APP_ID.metainfo.xml" "$metainfo/$APP_ID.metainfo.xml"
say "copied $metainfo/$APP_ID.metainfo.xml"

count=0
for icon in "$dest"/share/icons/hicolor/*/apps/"$APP_ID".png "$dest"/share/icons/hicolor/*/apps/"$APP_ID".svg; do
    [ -e "$icon" ] || continue
    size=$(basename "$(dirname "$(dirname "$icon")")")
    mkdir -p "$hicolor/$size/apps"
    cp "$icon" "$hicolor/$size/apps/"
    count=$((count + 1))
done
say "copied $count icons into $hicolor"

refresh_caches

version=$(sed -n 's/.*<release [^>]*version="\([^"]*\)".*/\1/p' "$metainfo/$APP_ID.metainfo.xml" | head -n 1)
say "PactDesk ${version:-} is installed: run $EXE, or find PactDesk among your applications"
