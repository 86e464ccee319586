#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "session.h"

namespace auth {

// In-memory session table of the login service. Sessions are kept in the order
// they were created (the admin page lists them that way).
class SessionStore {
public:
    void add(Session session);

    std::optional<Session> find(std::string_view id) const;

    // Removes every session with expires_at <= now and returns how many were removed.
    // Called by a timer once a minute.
    std::size_t expire(std::int64_t now);

    // Removes all sessions of a user (password change, "log out everywhere").
    std::size_t revoke_user(std::string_view user);

    std::vector<std::string> ids() const;
    std::size_t size() const { return sessions_.size(); }

private:
    std::vector<Session> sessions_;
};

}  // namespace auth
