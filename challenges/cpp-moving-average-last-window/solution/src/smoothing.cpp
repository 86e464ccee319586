#include "smoothing.h"

#include <algorithm>
#include <stdexcept>

namespace sensors {

std::vector<double> moving_average(const std::vector<double>& readings, std::size_t window) {
    if (window == 0) {
        throw std::invalid_argument("window must be at least 1");
    }
    std::vector<double> averages;
    for (std::size_t start = 0; start + window <= readings.size(); ++start) {
        double sum = 0.0;
        for (std::size_t k = 0; k < window; ++k) {
            sum += readings[start + k];
        }
        averages.push_back(sum / static_cast<double>(window));
    }
    return averages;
}

double peak_average(const std::vector<double>& readings, std::size_t window) {
    const std::vector<double> averages = moving_average(readings, window);
    if (averages.empty()) {
        throw std::domain_error("not enough readings for one window");
    }
    return *std::max_element(averages.begin(), averages.end());
}

}  // namespace sensors
