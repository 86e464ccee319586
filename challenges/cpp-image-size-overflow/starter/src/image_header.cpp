#include "image_header.h"

#include <limits>
#include <sstream>
#include <stdexcept>

namespace imgload {

std::uint64_t row_stride(const ImageHeader& header) {
    return std::uint64_t{header.width} * header.channels;
}

std::uint64_t decoded_size(const ImageHeader& header) {
    return header.width * header.height * header.channels;
}

ImageHeader parse_dimensions(const std::string& text) {
    std::istringstream in(text);
    std::uint64_t w = 0, h = 0, c = 0;
    char x1 = 0, x2 = 0;
    if (!(in >> w >> x1 >> h >> x2 >> c) || x1 != 'x' || x2 != 'x' || in.peek() != EOF) {
        throw std::invalid_argument("expected WIDTHxHEIGHTxCHANNELS: " + text);
    }
    constexpr std::uint64_t max32 = std::numeric_limits<std::uint32_t>::max();
    if (w > max32 || h > max32 || c > 255) {
        throw std::invalid_argument("dimension out of range: " + text);
    }
    return ImageHeader{static_cast<std::uint32_t>(w), static_cast<std::uint32_t>(h),
                       static_cast<std::uint8_t>(c)};
}

}  // namespace imgload
