#pragma once

#include <cstdint>
#include <string>

namespace auth {

struct Session {
    std::string id;
    std::string user;
    std::int64_t expires_at = 0;  // unix seconds; the session is dead from this moment on
};

}  // namespace auth
