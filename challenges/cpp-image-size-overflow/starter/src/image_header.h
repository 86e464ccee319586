#pragma once

#include <cstdint>
#include <string>

namespace imgload {

// Dimensions read from an untrusted image file header.
struct ImageHeader {
    std::uint32_t width = 0;
    std::uint32_t height = 0;
    std::uint8_t channels = 0;  // 1 (grey), 2 (grey + alpha), 3 (RGB) or 4 (RGBA)
};

// Bytes in one row of decoded pixels (8 bits per channel, no padding).
std::uint64_t row_stride(const ImageHeader& header);

// Bytes needed for all decoded pixels (8 bits per channel, no padding).
std::uint64_t decoded_size(const ImageHeader& header);

// Parses "WIDTHxHEIGHTxCHANNELS", e.g. "640x480x3". Throws std::invalid_argument.
ImageHeader parse_dimensions(const std::string& text);

}  // namespace imgload
