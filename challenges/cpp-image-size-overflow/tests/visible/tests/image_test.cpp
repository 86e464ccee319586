#include <gtest/gtest.h>

#include "decode_guard.h"
#include "image_header.h"

using namespace imgload;

TEST(ImageHeader, SizeOfAPhoto) {
    const ImageHeader photo = parse_dimensions("4000x3000x3");
    EXPECT_EQ(row_stride(photo), 12000u);
    EXPECT_EQ(decoded_size(photo), 36000000u);
}

TEST(DecodeGuard, AcceptsPhotoWithinBudgetAndRefusesLargerOne) {
    const std::uint64_t budget = 64ull << 20;  // 64 MiB
    EXPECT_EQ(check_header(parse_dimensions("4000x3000x3"), budget), Verdict::ok);
    EXPECT_EQ(check_header(parse_dimensions("8000x6000x4"), budget), Verdict::too_large);
}
