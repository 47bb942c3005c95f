// Reading CSV as CRMs export it (RFC 4180 and its common variants): an optional UTF-8 byte order
// mark, ',' ';' or tab separators (detected from the header line), quoted fields with "" for a
// quote, separators and line breaks inside quotes, CRLF or LF line ends.
// The reader hands out fields as views into the text, copying only fields that contain "",
// so that 100,000 rows parse without 700,000 allocations.
#pragma once
#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace quotient {

// The separator the header line uses most, outside quotes: ',' (default), ';' or '\t'.
char detect_csv_separator(std::string_view text);

struct CsvReader {
    std::string_view text;
    char separator = ',';
    size_t pos = 0;                 // next byte to read
    int line = 1;                   // line number (1-based) of the next byte
    int record_line = 0;            // line on which the record read last starts
    std::vector<std::string_view> fields;   // the record read last
    // Storage for fields that contained "", kept between records so their buffers are reused;
    // held by pointer so that views stay valid when the list grows.
    std::vector<std::unique_ptr<std::string>> unescaped;
    size_t unescaped_used = 0;
    bool unterminated_quote = false;        // the text ended inside a quoted field
};

// Spreadsheet programs run a cell that starts with '=', '+', '-', '@', a tab or a CR as a
// formula. Quotient's CSV files put an apostrophe before such text (OWASP's advice on CSV
// injection), and the importer takes it off again, so the text round-trips.
bool starts_like_formula(std::string_view text);
// A cell's text without that guard apostrophe.
std::string_view unguarded_text(std::string_view cell);

// Prepares a reader over `text` (skipping a byte order mark, detecting the separator).
CsvReader csv_reader(std::string_view text);
// Reads the next record into r.fields; false at the end of the text. Blank lines are skipped.
bool next_csv_record(CsvReader& r);

} // namespace quotient
