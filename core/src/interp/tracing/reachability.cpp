#include "interp/tracing/reachability.h"

#include <utility>

namespace memstep::core::interp {

Reachability::Reachability() {
    m_nodes.resize(2); // kNone, then kRoot: the root is always live and never cut
    m_nodes[kRoot].live = true;
}

Reachability::Node Reachability::addNode() {
    Node n;
    if (!m_freeNodes.empty()) {
        n = m_freeNodes.back();
        m_freeNodes.pop_back();
    } else {
        n = static_cast<Node>(m_nodes.size());
        m_nodes.emplace_back();
    }
    m_nodes[n].live = true;
    ++m_live;
    m_cut.push_back(n);
    return n;
}

void Reachability::addEdge(Node from, Node to) {
    if (from == kRoot) {
        ++m_nodes[to].rootRefs;
        return;
    }
    NodeData& d = m_nodes[to];
    if (std::int64_t at = findIn(from, to); at >= 0) {
        ++d.in[static_cast<std::size_t>(at)].count;
        return;
    }
    d.in.push_back({from, 1});
    if (d.indexed) {
        m_edgeIndex.emplace(edgeKey(from, to), static_cast<std::uint32_t>(d.in.size() - 1));
    } else if (d.in.size() > kLinearIn) {
        d.indexed = true;
        for (std::uint32_t i = 0; i < d.in.size(); ++i)
            m_edgeIndex.emplace(edgeKey(d.in[i].from, to), i);
    }
}

std::int64_t Reachability::findIn(Node from, Node to) const {
    const NodeData& d = m_nodes[to];
    if (d.indexed) {
        auto it = m_edgeIndex.find(edgeKey(from, to));
        return it == m_edgeIndex.end() ? -1 : static_cast<std::int64_t>(it->second);
    }
    for (std::size_t i = 0; i < d.in.size(); ++i)
        if (d.in[i].from == from)
            return static_cast<std::int64_t>(i);
    return -1;
}

void Reachability::removeEdge(Node from, Node to) {
    NodeData& d = m_nodes[to];
    if (from == kRoot) {
        if (d.rootRefs == 0 || --d.rootRefs > 0)
            return;
    } else {
        std::int64_t found = findIn(from, to);
        if (found < 0)
            return;
        auto at = static_cast<std::size_t>(found);
        if (--d.in[at].count > 0)
            return;
        if (d.indexed)
            m_edgeIndex.erase(edgeKey(from, to));
        if (at + 1 != d.in.size()) {
            d.in[at] = d.in.back();
            if (d.indexed)
                m_edgeIndex[edgeKey(d.in[at].from, to)] = static_cast<std::uint32_t>(at);
        }
        d.in.pop_back();
    }
    if (d.parent == from) {
        cut(to);
        m_cut.push_back(to);
    }
}

std::uint32_t Reachability::inCount(Node n) const {
    std::uint32_t total = m_nodes[n].rootRefs;
    for (const InEdge& e : m_nodes[n].in)
        total += e.count;
    return total;
}

bool Reachability::hasEdge(Node from, Node to) const {
    if (from == kRoot)
        return m_nodes[to].rootRefs > 0;
    return findIn(from, to) >= 0;
}

bool Reachability::connected(Node n) {
    return findRoot(n) == kRoot;
}

Reachability::Node Reachability::connectedReferrer(Node n) {
    if (m_nodes[n].rootRefs > 0)
        return kRoot;
    // Indexed, not iterated: connected() restructures the link-cut tree, never `in`.
    for (std::size_t i = 0; i < m_nodes[n].in.size(); ++i) {
        Node from = m_nodes[n].in[i].from;
        if (from != n && connected(from))
            return from;
    }
    return kNone;
}

void Reachability::hang(Node n, Node parent) {
    NodeData& d = m_nodes[n];
    if (d.parent == parent)
        return;
    if (d.parent != kNone)
        cut(n);
    d.parent = parent;
    d.prevSibling = kNone;
    d.nextSibling = m_nodes[parent].firstChild;
    if (d.nextSibling != kNone)
        m_nodes[d.nextSibling].prevSibling = n;
    m_nodes[parent].firstChild = n;
    // Link-cut tree: n is the root of its own tree now, so after access() it has no left child.
    access(n);
    m_nodes[n].up = parent;
}

void Reachability::cut(Node n) {
    NodeData& d = m_nodes[n];
    if (d.prevSibling != kNone)
        m_nodes[d.prevSibling].nextSibling = d.nextSibling;
    else if (d.parent != kNone)
        m_nodes[d.parent].firstChild = d.nextSibling;
    if (d.nextSibling != kNone)
        m_nodes[d.nextSibling].prevSibling = d.prevSibling;
    d.parent = d.prevSibling = d.nextSibling = kNone;
    access(n);
    Node left = m_nodes[n].child[0];
    if (left != kNone) {
        m_nodes[left].up = kNone;
        m_nodes[n].child[0] = kNone;
    }
}

void Reachability::release(Node n) {
    NodeData& d = m_nodes[n];
    if (d.indexed)
        for (const InEdge& e : d.in)
            m_edgeIndex.erase(edgeKey(e.from, n));
    d = NodeData{};
    --m_live;
    m_freeNodes.push_back(n);
}

bool Reachability::isSplayRoot(Node x) const {
    Node p = m_nodes[x].up;
    return p == kNone || (m_nodes[p].child[0] != x && m_nodes[p].child[1] != x);
}

void Reachability::rotate(Node x) {
    Node y = m_nodes[x].up;
    Node z = m_nodes[y].up;
    int dir = m_nodes[y].child[1] == x ? 1 : 0;
    if (!isSplayRoot(y))
        m_nodes[z].child[m_nodes[z].child[1] == y ? 1 : 0] = x;
    m_nodes[x].up = z;
    Node moved = m_nodes[x].child[1 - dir];
    m_nodes[y].child[dir] = moved;
    if (moved != kNone)
        m_nodes[moved].up = y;
    m_nodes[x].child[1 - dir] = y;
    m_nodes[y].up = x;
}

void Reachability::splay(Node x) {
    while (!isSplayRoot(x)) {
        Node y = m_nodes[x].up;
        if (!isSplayRoot(y)) {
            Node z = m_nodes[y].up;
            bool zigZig = (m_nodes[z].child[0] == y) == (m_nodes[y].child[0] == x);
            rotate(zigZig ? y : x);
        }
        rotate(x);
    }
}

void Reachability::access(Node x) {
    Node last = kNone;
    for (Node y = x; y != kNone; y = m_nodes[y].up) {
        splay(y);
        m_nodes[y].child[1] = last;
        last = y;
    }
    splay(x);
}

Reachability::Node Reachability::findRoot(Node x) {
    access(x);
    while (m_nodes[x].child[0] != kNone)
        x = m_nodes[x].child[0];
    splay(x);
    return x;
}

} // namespace memstep::core::interp
