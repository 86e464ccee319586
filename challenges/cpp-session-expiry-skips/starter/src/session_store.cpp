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
    std::size_t removed = 0;
    for (std::size_t i = 0; i < sessions_.size(); ++i) {
        if (sessions_[i].expires_at <= now) {
            sessions_.erase(sessions_.begin() + static_cast<std::ptrdiff_t>(i));
            ++removed;
        }
    }
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
