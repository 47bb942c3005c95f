// The PNG writer: checked byte by byte against the PNG and zlib specifications, and decoded
// back (stored deflate blocks) to the pixels that went in.
#include <doctest/doctest.h>
#include <cstdint>
#include <string>
#include <vector>
#include "core/png.h"

using namespace quotient;

namespace {

uint32_t be32(const std::vector<uint8_t>& b, size_t at) {
    return uint32_t(b[at]) << 24 | uint32_t(b[at + 1]) << 16 | uint32_t(b[at + 2]) << 8 | b[at + 3];
}

// CRC-32 as the PNG specification's sample code computes it, bit by bit.
uint32_t reference_crc(const uint8_t* p, size_t n) {
    uint32_t c = 0xFFFFFFFFu;
    for (size_t i = 0; i < n; ++i) {
        c ^= p[i];
        for (int k = 0; k < 8; ++k) c = (c & 1) ? 0xEDB88320u ^ (c >> 1) : c >> 1;
    }
    return c ^ 0xFFFFFFFFu;
}

uint32_t reference_adler(const std::vector<uint8_t>& d) {
    uint32_t a = 1, b = 0;
    for (uint8_t x : d) {
        a = (a + x) % 65521;
        b = (b + a) % 65521;
    }
    return b << 16 | a;
}

struct Chunk {
    std::string type;
    std::vector<uint8_t> data;
};

// Splits a PNG into chunks, checking each chunk's CRC on the way.
std::vector<Chunk> chunks(const std::vector<uint8_t>& png) {
    std::vector<Chunk> out;
    size_t at = 8;
    while (at + 12 <= png.size()) {
        uint32_t len = be32(png, at);
        REQUIRE(at + 12 + len <= png.size());
        Chunk c{std::string(png.begin() + long(at) + 4, png.begin() + long(at) + 8),
                std::vector<uint8_t>(png.begin() + long(at) + 8, png.begin() + long(at) + 8 + len)};
        CHECK(be32(png, at + 8 + len) == reference_crc(png.data() + at + 4, 4 + len));
        out.push_back(c);
        at += 12 + len;
    }
    CHECK(at == png.size());
    return out;
}

// Inflates a zlib stream made of stored blocks only (what the writer produces), checking the
// zlib header and the Adler-32 trailer.
std::vector<uint8_t> inflate_stored(const std::vector<uint8_t>& z) {
    REQUIRE(z.size() >= 6);
    CHECK((z[0] & 0x0F) == 8);                   // CM = deflate
    CHECK((z[0] * 256 + z[1]) % 31 == 0);        // FCHECK
    CHECK((z[1] & 0x20) == 0);                   // no preset dictionary
    std::vector<uint8_t> out;
    size_t at = 2;
    for (bool last = false; !last;) {
        REQUIRE(at + 5 <= z.size());
        last = z[at] & 1;
        CHECK(((z[at] >> 1) & 3) == 0);          // BTYPE 00: stored
        unsigned len = z[at + 1] | z[at + 2] << 8;
        unsigned nlen = z[at + 3] | z[at + 4] << 8;
        CHECK((len ^ 0xFFFFu) == nlen);
        at += 5;
        REQUIRE(at + len <= z.size());
        out.insert(out.end(), z.begin() + long(at), z.begin() + long(at + len));
        at += len;
    }
    REQUIRE(at + 4 == z.size());
    CHECK(be32(z, at) == reference_adler(out));
    return out;
}

std::vector<uint8_t> decode_scanlines(const std::vector<uint8_t>& png) {
    std::vector<uint8_t> idat;
    for (const Chunk& c : chunks(png))
        if (c.type == "IDAT") idat.insert(idat.end(), c.data.begin(), c.data.end());
    return inflate_stored(idat);
}

} // namespace

TEST_CASE("png: starts with the 8-byte PNG signature") {
    std::vector<uint8_t> px(4, 255);
    auto png = encode_png(1, 1, px.data(), false);
    REQUIRE(png.size() > 8);
    CHECK(std::vector<uint8_t>(png.begin(), png.begin() + 8) ==
          std::vector<uint8_t>{0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A});
}

TEST_CASE("png: IHDR is first and says width, height, 8-bit RGBA, no interlace") {
    std::vector<uint8_t> px(300 * 2 * 4, 7);
    auto png = encode_png(300, 2, px.data(), false);
    auto cs = chunks(png);
    REQUIRE(cs.size() == 3);
    CHECK(cs[0].type == "IHDR");
    REQUIRE(cs[0].data.size() == 13);
    CHECK(be32(png, 8) == 13);
    CHECK(be32(png, 16) == 300);   // width
    CHECK(be32(png, 20) == 2);     // height
    CHECK(cs[0].data[8] == 8);     // bit depth
    CHECK(cs[0].data[9] == 6);     // colour type RGBA
    CHECK(cs[0].data[10] == 0);    // deflate
    CHECK(cs[0].data[11] == 0);    // filter method 0
    CHECK(cs[0].data[12] == 0);    // no interlace
    CHECK(cs[1].type == "IDAT");
    CHECK(cs[2].type == "IEND");
}

TEST_CASE("png: the IEND chunk is the fixed 12 bytes ending in CRC AE 42 60 82") {
    std::vector<uint8_t> px(4, 0);
    auto png = encode_png(1, 1, px.data(), false);
    REQUIRE(png.size() >= 12);
    CHECK(std::vector<uint8_t>(png.end() - 12, png.end()) ==
          std::vector<uint8_t>{0, 0, 0, 0, 'I', 'E', 'N', 'D', 0xAE, 0x42, 0x60, 0x82});
}

TEST_CASE("png: a 1x1 image decodes to filter byte 0 and its RGBA pixel, with a correct Adler-32") {
    std::vector<uint8_t> px = {0x12, 0x34, 0x56, 0x78};
    auto png = encode_png(1, 1, px.data(), false);
    CHECK(decode_scanlines(png) == std::vector<uint8_t>{0, 0x12, 0x34, 0x56, 0x78});
}

TEST_CASE("png: bottom-up pixels (glReadPixels order) are written top row first") {
    std::vector<uint8_t> px = {1, 1, 1, 1, 2, 2, 2, 2};   // row 0 = bottom
    auto png = encode_png(1, 2, px.data(), true);
    CHECK(decode_scanlines(png) == std::vector<uint8_t>{0, 2, 2, 2, 2, 0, 1, 1, 1, 1});
    auto top_down = encode_png(1, 2, px.data(), false);
    CHECK(decode_scanlines(top_down) == std::vector<uint8_t>{0, 1, 1, 1, 1, 0, 2, 2, 2, 2});
}

TEST_CASE("png: an image larger than one stored block (65535 bytes) spans several blocks") {
    const int w = 200, h = 100;   // 100 rows x 801 bytes = 80100 bytes of scanlines
    std::vector<uint8_t> px(size_t(w) * h * 4);
    for (size_t i = 0; i < px.size(); ++i) px[i] = uint8_t(i * 31 + 7);
    auto raw = decode_scanlines(encode_png(w, h, px.data(), false));
    REQUIRE(raw.size() == size_t(h) * (size_t(w) * 4 + 1));
    for (int y = 0; y < h; ++y) {
        CHECK(raw[size_t(y) * (w * 4 + 1)] == 0);
        CHECK(std::vector<uint8_t>(raw.begin() + long(y) * (w * 4 + 1) + 1,
                                   raw.begin() + long(y + 1) * (w * 4 + 1)) ==
              std::vector<uint8_t>(px.begin() + long(y) * w * 4, px.begin() + long(y + 1) * w * 4));
    }
}

TEST_CASE("png: no bytes for an image without pixels (zero or negative size, no data)") {
    std::vector<uint8_t> px(4, 0);
    CHECK(encode_png(0, 1, px.data(), false).empty());
    CHECK(encode_png(1, 0, px.data(), false).empty());
    CHECK(encode_png(-1, 1, px.data(), false).empty());
    CHECK(encode_png(1, -5, px.data(), false).empty());
    CHECK(encode_png(1, 1, nullptr, false).empty());
}
