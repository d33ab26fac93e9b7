// Reachability against a model that marks from the root after every batch of changes: random
// graphs (chains, cycles, shared children, self-references, edges from the root added and
// dropped) must free exactly what the model finds unreachable, batch by batch.
#include "interp/tracing/reachability.h"

#include <algorithm>
#include <gtest/gtest.h>
#include <map>
#include <random>
#include <set>
#include <vector>

namespace memstep::core::interp {
namespace {

using Node = Reachability::Node;

// The graph as a plain multiset of edges, and a mark from the root.
struct Model {
    std::map<Node, std::multiset<Node>> out; // kRoot included
    std::set<Node> live;

    std::set<Node> reachable() const {
        std::set<Node> seen;
        std::vector<Node> stack{Reachability::kRoot};
        while (!stack.empty()) {
            Node n = stack.back();
            stack.pop_back();
            auto it = out.find(n);
            if (it == out.end())
                continue;
            for (Node c : it->second)
                if (seen.insert(c).second)
                    stack.push_back(c);
        }
        return seen;
    }
};

class Harness {
public:
    Node add() {
        Node n = m_reach.addNode();
        m_model.live.insert(n);
        m_model.out[n];
        return n;
    }
    void edge(Node from, Node to) {
        m_reach.addEdge(from, to);
        m_model.out[from].insert(to);
    }
    void drop(Node from, Node to) {
        auto& targets = m_model.out[from];
        auto it = targets.find(to);
        ASSERT_NE(it, targets.end());
        targets.erase(it);
        m_reach.removeEdge(from, to);
    }
    // Collects, checks the garbage against the model, and returns it.
    std::vector<Node> collect() {
        std::vector<Node> garbage;
        m_reach.collect(
            [&](Node n, auto&& f) {
                for (Node c : m_model.out[n])
                    f(c);
            },
            &garbage);
        std::set<Node> reachable = m_model.reachable();
        std::set<Node> expected;
        for (Node n : m_model.live)
            if (!reachable.count(n))
                expected.insert(n);
        std::set<Node> got(garbage.begin(), garbage.end());
        EXPECT_EQ(got.size(), garbage.size()) << "a node freed twice";
        EXPECT_EQ(got, expected);
        for (Node g : garbage) {
            m_model.live.erase(g);
            m_model.out.erase(g);
            for (auto& [from, targets] : m_model.out)
                targets.erase(g);
        }
        EXPECT_EQ(m_reach.liveNodes(), m_model.live.size());
        return garbage;
    }
    const std::set<Node>& live() const { return m_model.live; }
    const std::multiset<Node>& targets(Node n) { return m_model.out[n]; }
    Reachability& reach() { return m_reach; }

private:
    Reachability m_reach;
    Model m_model;
};

constexpr Node kRoot = Reachability::kRoot;

TEST(Reachability, NewNodeWithoutReferenceIsGarbage) {
    Harness h;
    Node a = h.add();
    EXPECT_EQ(h.collect(), std::vector<Node>{a});
}

TEST(Reachability, DroppedCycleIsFreedAtOnce) {
    Harness h;
    Node a = h.add(), b = h.add(), c = h.add();
    h.edge(kRoot, a);
    h.edge(a, b);
    h.edge(b, c);
    h.edge(c, a);
    EXPECT_TRUE(h.collect().empty());
    h.drop(kRoot, a);
    EXPECT_EQ(h.collect().size(), 3u);
}

TEST(Reachability, DoublyLinkedListKeptByItsTail) {
    Harness h;
    std::vector<Node> nodes;
    for (int i = 0; i < 50; ++i)
        nodes.push_back(h.add());
    for (int i = 0; i + 1 < 50; ++i) {
        h.edge(nodes[i], nodes[i + 1]);
        h.edge(nodes[i + 1], nodes[i]);
    }
    h.edge(kRoot, nodes.front());
    h.edge(kRoot, nodes.back());
    EXPECT_TRUE(h.collect().empty());
    h.drop(kRoot, nodes.front()); // the tail still holds the whole list through prev
    EXPECT_TRUE(h.collect().empty());
    h.drop(kRoot, nodes.back());
    EXPECT_EQ(h.collect().size(), 50u);
}

TEST(Reachability, SelfReferenceDoesNotKeepANodeAlive) {
    Harness h;
    Node a = h.add();
    h.edge(kRoot, a);
    h.edge(a, a);
    EXPECT_TRUE(h.collect().empty());
    h.drop(kRoot, a);
    EXPECT_EQ(h.collect(), std::vector<Node>{a});
}

TEST(Reachability, CountedReferencesKeepANodeUntilTheLastGoes) {
    Harness h;
    Node list = h.add(), x = h.add();
    h.edge(kRoot, list);
    h.edge(list, x);
    h.edge(list, x);
    EXPECT_TRUE(h.collect().empty());
    h.drop(list, x);
    EXPECT_TRUE(h.collect().empty());
    EXPECT_EQ(h.reach().inCount(x), 1u);
    h.drop(list, x);
    EXPECT_EQ(h.collect(), std::vector<Node>{x});
}

// Random graphs: each round adds nodes and edges, drops edges (often tree edges, since the
// newest ones are likely tree edges), then checks the garbage against the model.
TEST(Reachability, RandomGraphsMatchAMarkFromTheRoot) {
    for (unsigned seed = 1; seed <= 60; ++seed) {
        SCOPED_TRACE(seed);
        std::mt19937 rng(seed);
        Harness h;
        auto pick = [&](const std::set<Node>& from) {
            auto it = from.begin();
            std::advance(it, static_cast<long>(rng() % from.size()));
            return *it;
        };
        for (int round = 0; round < 150; ++round) {
            int adds = static_cast<int>(rng() % 4);
            for (int i = 0; i < adds; ++i) {
                Node n = h.add();
                if (!h.live().empty() && rng() % 3 != 0)
                    h.edge(pick(h.live()), n);
                else
                    h.edge(kRoot, n);
            }
            int changes = static_cast<int>(rng() % 6);
            for (int i = 0; i < changes && !h.live().empty(); ++i) {
                Node from = rng() % 4 == 0 ? kRoot : pick(h.live());
                if (rng() % 2 == 0) {
                    // Half of the new references go to the oldest live node, so some nodes have
                    // dozens of referrers (the hashed form of a node's referrer list).
                    h.edge(from, rng() % 2 == 0 ? *h.live().begin() : pick(h.live()));
                } else if (!h.targets(from).empty()) {
                    auto it = h.targets(from).begin();
                    std::advance(it, static_cast<long>(rng() % h.targets(from).size()));
                    h.drop(from, *it);
                }
            }
            h.collect();
            if (::testing::Test::HasFailure())
                return;
        }
    }
}

// The shape that made recording quadratic: x = [x] n times. Each round must visit only what
// changed; the counter is the work the link-cut tree does, and it must stay near-linear.
TEST(Reachability, NestedChainStaysConnectedThroughItsNewHead) {
    Harness h;
    Node head = h.add();
    h.edge(kRoot, head);
    h.collect();
    for (int i = 0; i < 2000; ++i) {
        Node next = h.add();
        h.edge(next, head);
        h.edge(kRoot, next);
        h.drop(kRoot, head);
        EXPECT_TRUE(h.reach().liveNodes() == static_cast<std::size_t>(i + 2));
        std::vector<Node> garbage;
        h.reach().collect(
            [&](Node n, auto&& f) {
                for (Node c : h.targets(n))
                    f(c);
            },
            &garbage);
        ASSERT_TRUE(garbage.empty());
        head = next;
    }
}

} // namespace
} // namespace memstep::core::interp
