#include "decode_guard.h"

namespace imgload {

Verdict check_header(const ImageHeader& header, std::uint64_t max_bytes) {
    if (header.width == 0 || header.height == 0) {
        return Verdict::empty;
    }
    if (header.channels < 1 || header.channels > 4) {
        return Verdict::bad_channels;
    }
    if (decoded_size(header) > max_bytes) {
        return Verdict::too_large;
    }
    return Verdict::ok;
}

const char* to_string(Verdict verdict) {
    switch (verdict) {
        case Verdict::ok: return "ok";
        case Verdict::empty: return "empty";
        case Verdict::bad_channels: return "bad_channels";
        case Verdict::too_large: return "too_large";
    }
    return "?";
}

}  // namespace imgload
