#include "platform/native_files.h"
#include <cerrno>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <ctime>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <system_error>

namespace quotient {

namespace fs = std::filesystem;

static fs::path home() {
    const char* h = std::getenv("HOME");
    return h && *h ? fs::path(h) : fs::current_path();
}

// An XDG variable counts only when it holds an absolute path (the specification says to ignore
// a relative one).
static fs::path xdg(const char* variable, const fs::path& fallback) {
    const char* v = std::getenv(variable);
    return v && v[0] == '/' ? fs::path(v) : fallback;
}

std::string library_path() {
    return (xdg("XDG_DATA_HOME", home() / ".local" / "share") / "quotient" / "library.json").string();
}

std::string load_library_text() {
    std::ifstream in(library_path(), std::ios::binary);
    if (!in) return {};
    std::ostringstream ss;
    ss << in.rdbuf();
    return ss.str();
}

static std::string write_file(const fs::path& path, const std::string& bytes) {
    FILE* f = std::fopen(path.c_str(), "wb");
    if (!f) return std::strerror(errno);
    const bool written = std::fwrite(bytes.data(), 1, bytes.size(), f) == bytes.size();
    const int saved_errno = errno;
    if (std::fclose(f) != 0 || !written) return std::strerror(written ? errno : saved_errno);
    return {};
}

std::string save_library_text(const std::string& text) {
    const fs::path path = library_path();
    std::error_code ec;
    fs::create_directories(path.parent_path(), ec);
    if (ec) return ec.message();
    const fs::path temp = path.string() + ".tmp";
    if (std::string error = write_file(temp, text); !error.empty()) return error;
    fs::rename(temp, path, ec);
    return ec ? ec.message() : std::string();
}

bool set_aside_library(std::string& where) {
    const fs::path path = library_path();
    char stamp[32];
    const std::time_t now = std::time(nullptr);
    std::strftime(stamp, sizeof stamp, "%Y%m%d-%H%M%S", std::localtime(&now));
    const fs::path aside = path.parent_path() / ("library.damaged-" + std::string(stamp) + ".json");
    std::error_code ec;
    fs::rename(path, aside, ec);
    where = ec ? ec.message() : aside.string();
    return !ec;
}

LibraryStamp library_stamp() {
    std::error_code ec;
    const fs::path path = library_path();
    const auto modified = fs::last_write_time(path, ec);
    if (ec) return {};
    const uintmax_t size = fs::file_size(path, ec);
    return {int64_t(modified.time_since_epoch().count()), ec ? 0 : size};
}

std::string save_download(const std::string& name, const std::string& bytes, std::string& error) {
    fs::path dir = xdg("XDG_DOWNLOAD_DIR", home() / "Downloads");
    std::error_code ec;
    if (!fs::is_directory(dir, ec)) dir = home();
    const fs::path wanted = dir / name;
    fs::path path = wanted;
    for (int n = 2; fs::exists(path, ec); ++n)
        path = dir / (wanted.stem().string() + " (" + std::to_string(n) + ")" + wanted.extension().string());
    error = write_file(path, bytes);
    return error.empty() ? path.string() : std::string();
}

} // namespace quotient
