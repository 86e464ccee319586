#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "session_store.h"

using auth::Session;
using auth::SessionStore;

TEST(SessionStore, ExpireRemovesAnExpiredSession) {
    SessionStore store;
    store.add({"s1", "ana", 100});
    store.add({"s2", "ben", 500});
    store.add({"s3", "cai", 900});

    EXPECT_EQ(store.expire(600), 2u);
    EXPECT_EQ(store.ids(), (std::vector<std::string>{"s3"}));
}

TEST(SessionStore, FindReturnsLiveSession) {
    SessionStore store;
    store.add({"s1", "ana", 100});
    ASSERT_TRUE(store.find("s1").has_value());
    EXPECT_EQ(store.find("s1")->user, "ana");
    EXPECT_FALSE(store.find("nope").has_value());
}
