#pragma once

#include <cstdint>

#include "image_header.h"

namespace imgload {

enum class Verdict { ok, empty, bad_channels, too_large };

// Decides whether an image may be decoded: the pixel buffer is allocated from
// decoded_size(), so an image whose pixels would not fit in max_bytes must be
// refused before anything is allocated.
Verdict check_header(const ImageHeader& header, std::uint64_t max_bytes);

const char* to_string(Verdict verdict);

}  // namespace imgload
