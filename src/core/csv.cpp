#include "csv.h"
#include <cstring>

namespace quotient {

static constexpr std::string_view utf8_bom = "\xEF\xBB\xBF";

char detect_csv_separator(std::string_view text) {
    if (text.substr(0, 3) == utf8_bom) text.remove_prefix(3);
    int commas = 0, semicolons = 0, tabs = 0;
    bool quoted = false;
    for (char c : text) {
        if (c == '"') quoted = !quoted;
        else if (!quoted && (c == '\n' || c == '\r')) break;
        else if (!quoted && c == ',') ++commas;
        else if (!quoted && c == ';') ++semicolons;
        else if (!quoted && c == '\t') ++tabs;
    }
    if (semicolons > commas && semicolons >= tabs) return ';';
    if (tabs > commas && tabs > semicolons) return '\t';
    return ',';
}

CsvReader csv_reader(std::string_view text) {
    CsvReader r;
    if (text.substr(0, 3) == utf8_bom) text.remove_prefix(3);
    r.text = text;
    r.separator = detect_csv_separator(text);
    return r;
}

// One quoted field starting at r.pos (on the opening quote). Leaves r.pos after the closing quote.
static std::string_view read_quoted(CsvReader& r) {
    const std::string_view t = r.text;
    const size_t start = ++r.pos;
    bool escaped = false;
    for (;;) {
        const void* q = std::memchr(t.data() + r.pos, '"', t.size() - r.pos);
        if (!q) {
            r.pos = t.size();
            r.unterminated_quote = true;
            break;
        }
        r.pos = size_t(static_cast<const char*>(q) - t.data());
        if (r.pos + 1 < t.size() && t[r.pos + 1] == '"') {   // "" inside quotes
            escaped = true;
            r.pos += 2;
            continue;
        }
        break;
    }
    std::string_view raw = t.substr(start, r.pos - start);
    for (char c : raw) r.line += c == '\n';
    if (r.pos < t.size()) ++r.pos;   // closing quote
    if (!escaped) return raw;
    if (r.unescaped_used == r.unescaped.size()) r.unescaped.push_back(std::make_unique<std::string>());
    std::string& s = *r.unescaped[r.unescaped_used++];
    s.clear();
    for (size_t i = 0; i < raw.size(); ++i) {
        s += raw[i];
        if (raw[i] == '"') ++i;      // "" -> "
    }
    return s;
}

// First separator or line break at or after `pos` (the end of an unquoted field).
static size_t field_end(std::string_view t, size_t pos, char separator) {
    const char* p = t.data() + pos;
    const char* end = t.data() + t.size();
    while (p < end) {
        const char c = *p;
        if (c == separator || c == '\n' || c == '\r') break;
        ++p;
    }
    return size_t(p - t.data());
}

bool next_csv_record(CsvReader& r) {
    const std::string_view t = r.text;
    r.fields.clear();
    r.unescaped_used = 0;
    // Skip blank lines between records.
    while (r.pos < t.size() && (t[r.pos] == '\n' || t[r.pos] == '\r')) {
        if (t[r.pos] == '\n') ++r.line;
        ++r.pos;
    }
    if (r.pos >= t.size()) return false;
    r.record_line = r.line;
    for (;;) {
        std::string_view field;
        if (r.pos < t.size() && t[r.pos] == '"') {
            field = read_quoted(r);
            // Text between the closing quote and the separator is kept out: `"a"b` reads as `a`.
            while (r.pos < t.size() && t[r.pos] != r.separator && t[r.pos] != '\n' && t[r.pos] != '\r') ++r.pos;
        } else {
            const size_t start = r.pos;
            r.pos = field_end(t, r.pos, r.separator);
            field = t.substr(start, r.pos - start);
        }
        r.fields.push_back(field);
        if (r.pos < t.size() && t[r.pos] == r.separator) {
            ++r.pos;
            continue;
        }
        // End of record: consume CRLF or LF.
        if (r.pos < t.size() && t[r.pos] == '\r') ++r.pos;
        if (r.pos < t.size() && t[r.pos] == '\n') {
            ++r.pos;
            ++r.line;
        }
        return true;
    }
}

bool starts_like_formula(std::string_view text) {
    return !text.empty() && std::string_view("=+-@\t\r").find(text.front()) != std::string_view::npos;
}

std::string_view unguarded_text(std::string_view cell) {
    if (cell.size() > 1 && cell.front() == '\'' && starts_like_formula(cell.substr(1))) cell.remove_prefix(1);
    return cell;
}

} // namespace quotient
