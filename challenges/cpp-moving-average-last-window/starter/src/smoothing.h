#pragma once

#include <cstddef>
#include <vector>

namespace sensors {

// Simple moving average over a series of readings.
//
// Element i of the result is the mean of readings[i], ..., readings[i + window - 1],
// so the result has readings.size() - window + 1 elements, and none at all when the
// window is longer than the series. Throws std::invalid_argument if window is 0.
std::vector<double> moving_average(const std::vector<double>& readings, std::size_t window);

// The largest value of moving_average(readings, window).
// Throws std::domain_error if there is no full window.
double peak_average(const std::vector<double>& readings, std::size_t window);

}  // namespace sensors
