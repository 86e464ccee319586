#include "session_store.h"

#include <algorithm>
#include <utility>

namespace auth {

void SessionStore::add(Session session) {
    sessions_.push_back(std::move(session));
}

std::optional<Session> SessionStore::find(std::string_view id) const {
    for (const Session& s : sessions_) {
        if (s.id == id) {
            return s;
        }
    }
    return std::nullopt;
}

std::size_t SessionStore::expire(std::int64_t now) {
    // erase() shifts the following sessions down by one, so erasing inside an
    // index loop skips the session right after each removed one. Remove them all
    // in one pass instead (this also keeps the order of the survivors).
    const auto first_removed = std::remove_if(sessions_.begin(), sessions_.end(),
                                              [now](const Session& s) { return s.expires_at <= now; });
    const auto removed = static_cast<std::size_t>(sessions_.end() - first_removed);
    sessions_.erase(first_removed, sessions_.end());
    return removed;
}

std::size_t SessionStore::revoke_user(std::string_view user) {
    const auto first_removed = std::remove_if(sessions_.begin(), sessions_.end(),
                                              [&](const Session& s) { return s.user == user; });
    const auto removed = static_cast<std::size_t>(sessions_.end() - first_removed);
    sessions_.erase(first_removed, sessions_.end());
    return removed;
}

std::vector<std::string> SessionStore::ids() const {
    std::vector<std::string> result;
    result.reserve(sessions_.size());
    for (const Session& s : sessions_) {
        result.push_back(s.id);
    }
    return result;
}

}  // namespace auth
