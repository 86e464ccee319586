#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "session_store.h"

using auth::Session;
using auth::SessionStore;

namespace {
SessionStore store_with(const std::vector<std::int64_t>& expiries) {
    SessionStore store;
    for (std::size_t i = 0; i < expiries.size(); ++i) {
        store.add({"s" + std::to_string(i + 1), "user" + std::to_string(i % 3), expiries[i]});
    }
    return store;
}
}  // namespace

TEST(SessionStoreHidden, AdjacentExpiredSessionsAreAllRemoved) {
    SessionStore store = store_with({100, 100, 900, 100, 100, 100, 900});
    EXPECT_EQ(store.expire(500), 5u);
    EXPECT_EQ(store.ids(), (std::vector<std::string>{"s3", "s7"}));
}

TEST(SessionStoreHidden, EverythingExpired) {
    SessionStore store = store_with({1, 2, 3, 4, 5, 6});
    EXPECT_EQ(store.expire(10), 6u);
    EXPECT_EQ(store.size(), 0u);
}

TEST(SessionStoreHidden, SecondSweepHasNothingLeftToDo) {
    SessionStore store = store_with({100, 200, 300, 400});
    store.expire(1000);
    EXPECT_EQ(store.expire(1000), 0u);
}

TEST(SessionStoreHidden, SessionExpiresExactlyAtItsDeadline) {
    SessionStore store = store_with({499, 500, 501});
    EXPECT_EQ(store.expire(500), 2u);
    EXPECT_EQ(store.ids(), (std::vector<std::string>{"s3"}));
}

TEST(SessionStoreHidden, SurvivorsKeepTheirOrder) {
    SessionStore store = store_with({900, 100, 800, 100, 700, 600});
    EXPECT_EQ(store.expire(150), 2u);
    EXPECT_EQ(store.ids(), (std::vector<std::string>{"s1", "s3", "s5", "s6"}));
}

TEST(SessionStoreHidden, NothingExpired) {
    SessionStore store = store_with({900, 800});
    EXPECT_EQ(store.expire(10), 0u);
    EXPECT_EQ(store.size(), 2u);
}

TEST(SessionStoreHidden, RevokeUserRemovesAllTheirSessions) {
    SessionStore store = store_with({900, 900, 900, 900, 900, 900});  // users 0 1 2 0 1 2
    EXPECT_EQ(store.revoke_user("user1"), 2u);
    EXPECT_EQ(store.ids(), (std::vector<std::string>{"s1", "s3", "s4", "s6"}));
}
