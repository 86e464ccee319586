#include <gtest/gtest.h>

#include <stdexcept>
#include <vector>

#include "smoothing.h"

using sensors::moving_average;

TEST(MovingAverage, FirstValueIsMeanOfFirstWindow) {
    const std::vector<double> readings{20.0, 22.0, 24.0, 26.0, 28.0};
    const std::vector<double> avg = moving_average(readings, 3);
    ASSERT_FALSE(avg.empty());
    EXPECT_DOUBLE_EQ(avg[0], 22.0);
}

TEST(MovingAverage, ZeroWindowIsRejected) {
    EXPECT_THROW(moving_average({1.0, 2.0}, 0), std::invalid_argument);
}
