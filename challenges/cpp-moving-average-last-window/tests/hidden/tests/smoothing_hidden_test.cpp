#include <gtest/gtest.h>

#include <stdexcept>
#include <vector>

#include "smoothing.h"

using sensors::moving_average;
using sensors::peak_average;

TEST(MovingAverageHidden, IncludesTheLastWindow) {
    const std::vector<double> readings{20.0, 22.0, 24.0, 26.0, 28.0};
    EXPECT_EQ(moving_average(readings, 3), (std::vector<double>{22.0, 24.0, 26.0}));
}

TEST(MovingAverageHidden, WindowAsLongAsSeriesGivesOneValue) {
    EXPECT_EQ(moving_average({1.0, 2.0, 3.0, 6.0}, 4), (std::vector<double>{3.0}));
}

TEST(MovingAverageHidden, WindowOfOneCopiesReadings) {
    const std::vector<double> readings{5.0, -1.0, 2.5};
    EXPECT_EQ(moving_average(readings, 1), readings);
}

TEST(MovingAverageHidden, PeakAtTheEndOfTheSeriesIsFound) {
    // The heater failure shows up in the last readings only.
    const std::vector<double> readings{21.0, 21.0, 21.0, 21.0, 35.0, 41.0};
    EXPECT_DOUBLE_EQ(peak_average(readings, 2), 38.0);
}

TEST(MovingAverageHidden, WindowLongerThanSeriesGivesNothing) {
    EXPECT_TRUE(moving_average({1.0, 2.0}, 3).empty());
    EXPECT_TRUE(moving_average({}, 1).empty());
    EXPECT_THROW(peak_average({1.0, 2.0}, 3), std::domain_error);
}

TEST(MovingAverageHidden, ResultSizeIsSeriesMinusWindowPlusOne) {
    std::vector<double> readings;
    for (int i = 0; i < 100; ++i) {
        readings.push_back(i);
    }
    for (std::size_t window : {1u, 2u, 7u, 50u, 99u, 100u}) {
        const std::vector<double> avg = moving_average(readings, window);
        ASSERT_EQ(avg.size(), readings.size() - window + 1) << "window " << window;
        EXPECT_DOUBLE_EQ(avg.back(), 99.0 - (window - 1) / 2.0) << "window " << window;
    }
}

TEST(MovingAverageHidden, PeakInTheMiddle) {
    EXPECT_DOUBLE_EQ(peak_average({1.0, 9.0, 9.0, 1.0, 1.0}, 2), 9.0);
}
