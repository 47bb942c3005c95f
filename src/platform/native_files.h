// The desktop app's files: the autosaved library in the user's data folder (XDG Base Directory:
// $XDG_DATA_HOME/quotient, else ~/.local/share/quotient) and exported files in the Downloads
// folder ($XDG_DOWNLOAD_DIR, else ~/Downloads, else the home folder).
#pragma once
#include <cstdint>
#include <string>

namespace quotient {

std::string library_path();
// The saved library's text; "" when there is none yet.
std::string load_library_text();
// Writes through a temporary file and a rename, so that a crash mid-write never leaves half a
// library. Returns "" on success, else why it failed.
std::string save_library_text(const std::string& text);
// Moves an unreadable library aside (library.damaged-YYYYMMDD-HHMMSS.json): returns true and
// sets `where` to its path, or returns false and sets `where` to why it could not (the library is
// then left as it was).
bool set_aside_library(std::string& where);
// The library file's modification time and size, to notice another instance's save before
// writing over it; equal stamps mean the file is as this instance last read or wrote it.
struct LibraryStamp {
    int64_t modified = -1;          // file clock ticks; -1 = no file
    uintmax_t size = 0;
    bool operator==(const LibraryStamp&) const = default;
};
LibraryStamp library_stamp();
// Writes `bytes` as `name` in the Downloads folder, never over an existing file ("name (2).csv").
// Returns the path written, or "" and sets `error`.
std::string save_download(const std::string& name, const std::string& bytes, std::string& error);

} // namespace quotient
