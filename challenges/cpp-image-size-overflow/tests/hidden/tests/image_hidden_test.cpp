#include <gtest/gtest.h>

#include <stdexcept>

#include "decode_guard.h"
#include "image_header.h"

using namespace imgload;

namespace {
constexpr std::uint64_t kBudget = 1ull << 30;  // 1 GiB
}

TEST(ImageHeaderHidden, SizeAboveFourGigabytes) {
    EXPECT_EQ(decoded_size(ImageHeader{65536, 65536, 4}), 17179869184ull);
    EXPECT_EQ(decoded_size(ImageHeader{50000, 40000, 3}), 6000000000ull);
}

TEST(ImageHeaderHidden, SizeOfWidestPossibleRow) {
    EXPECT_EQ(decoded_size(ImageHeader{4294967295u, 1, 4}), 17179869180ull);
    EXPECT_EQ(row_stride(ImageHeader{4294967295u, 1, 4}), 17179869180ull);
}

TEST(DecodeGuardHidden, RefusesHeaderWhosePixelCountWrapsToZero) {
    // 65536 * 65536 is exactly 2^32.
    EXPECT_EQ(check_header(ImageHeader{65536, 65536, 4}, kBudget), Verdict::too_large);
    EXPECT_EQ(check_header(ImageHeader{65536, 65536, 1}, kBudget), Verdict::too_large);
}

TEST(DecodeGuardHidden, RefusesHeaderWhoseByteCountWraps) {
    // 32768 * 32769 * 4 = 2^32 + 131072 bytes.
    EXPECT_EQ(check_header(ImageHeader{32768, 32769, 4}, kBudget), Verdict::too_large);
    EXPECT_EQ(check_header(parse_dimensions("50000x40000x3"), kBudget), Verdict::too_large);
}

TEST(DecodeGuardHidden, AcceptsLargeButAllowedImage) {
    // 16384 * 16384 * 4 = 1 GiB exactly.
    EXPECT_EQ(check_header(ImageHeader{16384, 16384, 4}, kBudget), Verdict::ok);
    EXPECT_EQ(check_header(ImageHeader{16384, 16385, 4}, kBudget), Verdict::too_large);
}

TEST(DecodeGuardHidden, EmptyAndBadChannels) {
    EXPECT_EQ(check_header(ImageHeader{0, 480, 3}, kBudget), Verdict::empty);
    EXPECT_EQ(check_header(ImageHeader{640, 0, 3}, kBudget), Verdict::empty);
    EXPECT_EQ(check_header(ImageHeader{640, 480, 0}, kBudget), Verdict::bad_channels);
    EXPECT_EQ(check_header(ImageHeader{640, 480, 5}, kBudget), Verdict::bad_channels);
    EXPECT_STREQ(to_string(Verdict::too_large), "too_large");
}

TEST(ImageHeaderHidden, ParseDimensions) {
    const ImageHeader h = parse_dimensions("640x480x4");
    EXPECT_EQ(h.width, 640u);
    EXPECT_EQ(h.height, 480u);
    EXPECT_EQ(h.channels, 4);
    EXPECT_THROW(parse_dimensions("640x480"), std::invalid_argument);
    EXPECT_THROW(parse_dimensions("640x480x3x1"), std::invalid_argument);
    EXPECT_THROW(parse_dimensions("4294967296x1x1"), std::invalid_argument);
}
