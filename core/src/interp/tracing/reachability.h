// Which objects the diagram shows: exact reachability from the frames, kept up to date at a
// cost that follows what a step changed, not the size of the heap.
//
// The graph is the trace's heap graph: a node per visible object, plus one root node that
// stands for every frame (variables and return values). Edges are counted references, so a
// list holding `x` twice is two references to `x`.
//
// Every node hangs in a spanning tree under the root, through one of its incoming references
// (its tree parent). Losing any other reference changes nothing; losing the tree parent's
// reference cuts the node and its subtree off, and collect() then decides, at the end of the
// step, which of the cut-off nodes are still reachable and hangs them back on:
//   1. From each cut-off node, top down through the tree, a node with a reference from a node
//      that is connected to the root is hung under it, with its whole subtree, unvisited.
//   2. Nodes visited without such a reference are checked once more (their referrers may have
//      been hung back meanwhile), and from each one that is reachable the walk follows its
//      references to the other visited nodes.
//   3. What is left is garbage: unreachable, cycles included.
// "Connected to the root" is asked of a link-cut tree (Sleator and Tarjan) that mirrors the
// spanning tree, in amortised logarithmic time, so a step that drops the head of a 20,000-node
// linked list hangs the second node under the variable that still holds it without walking
// the list. The cost of a step is the references it changed, plus the nodes step 1 visits:
// the garbage itself, and the part of a cut-off subtree above its reachable entry points.
#pragma once

#include <cstdint>
#include <unordered_map>
#include <vector>

namespace memstep::core::interp {

class Reachability {
public:
    using Node = std::uint32_t;
    static constexpr Node kNone = 0;
    static constexpr Node kRoot = 1;

    Reachability();

    // A new node, unreachable until a reference to it is added and collect() runs.
    Node addNode();
    // A reference from `from` (a node or kRoot) to `to`; references are counted.
    void addEdge(Node from, Node to);
    // Drops one reference; dropping one that was never added is ignored.
    void removeEdge(Node from, Node to);
    // How many references point at `n` (from the root and from nodes).
    std::uint32_t inCount(Node n) const;
    bool hasEdge(Node from, Node to) const;

    // Decides reachability of every node that may have lost its path from the root since the
    // last call, and removes the unreachable ones: their own references are dropped (through
    // forEachOut) and their numbers appended to *garbage, to be reused by later addNode()s.
    // forEachOut(node, f) must call f(target) once for every reference `node` holds, as added
    // with addEdge (f ignores kNone and targets it was never given).
    template <class ForEachOut> void collect(ForEachOut&& forEachOut, std::vector<Node>* garbage);

    std::size_t liveNodes() const { return m_live; }

private:
    struct InEdge {
        Node from;
        std::uint32_t count;
    };
    struct NodeData {
        // Link-cut tree: splay children and the splay parent or path-parent.
        Node child[2] = {kNone, kNone};
        Node up = kNone;
        // The spanning tree itself: parent (kNone while cut off) and a list of children.
        Node parent = kNone;
        Node firstChild = kNone;
        Node nextSibling = kNone;
        Node prevSibling = kNone;
        std::uint32_t rootRefs = 0; // references from frames
        std::uint32_t visit = 0;    // == m_visit while visited and not yet known reachable
        bool live = false;
        bool indexed = false;   // `in` is listed in m_edgeIndex (it grew past kLinearIn)
        std::vector<InEdge> in; // references from other nodes
    };

    // Most objects have a referrer or two: their `in` is searched in place, and only one that
    // grows past this many referrers (a shared None, a class's instances' common value) is
    // indexed by hash.
    static constexpr std::size_t kLinearIn = 8;

    static std::uint64_t edgeKey(Node from, Node to) { return (std::uint64_t{from} << 32) | to; }
    // Position of the reference from `from` in `to`'s `in`, or -1.
    std::int64_t findIn(Node from, Node to) const;
    bool connected(Node n);
    // A referrer of `n` connected to the root (kRoot for a frame), or kNone.
    Node connectedReferrer(Node n);
    void hang(Node n, Node parent);
    void cut(Node n);
    void release(Node n);

    // Link-cut tree primitives.
    bool isSplayRoot(Node x) const;
    void rotate(Node x);
    void splay(Node x);
    void access(Node x);
    Node findRoot(Node x);

    std::vector<NodeData> m_nodes;
    std::vector<Node> m_freeNodes;
    // Where an edge sits in its target's `in` list, for targets with `indexed` set.
    std::unordered_map<std::uint64_t, std::uint32_t> m_edgeIndex;
    std::vector<Node> m_cut; // nodes cut off (or added) since the last collect()
    std::uint32_t m_visit = 0;
    std::size_t m_live = 0;
};

template <class ForEachOut>
void Reachability::collect(ForEachOut&& forEachOut, std::vector<Node>* garbage) {
    while (!m_cut.empty()) {
        ++m_visit;
        std::vector<Node> queue;
        queue.swap(m_cut);
        std::vector<Node> visited;
        for (Node n : queue) {
            NodeData& d = m_nodes[n];
            if (d.live && d.parent == kNone && d.visit != m_visit)
                d.visit = m_visit;
            else
                n = kNone;
        }
        std::size_t head = 0;
        while (head < queue.size()) {
            Node v = queue[head++];
            if (v == kNone)
                continue;
            if (Node from = connectedReferrer(v); from != kNone) {
                hang(v, from);
                m_nodes[v].visit = 0;
                continue;
            }
            visited.push_back(v);
            for (Node c = m_nodes[v].firstChild; c != kNone; c = m_nodes[c].nextSibling) {
                m_nodes[c].visit = m_visit;
                queue.push_back(c);
            }
        }
        std::vector<Node> reached;
        for (Node v : visited) {
            if (m_nodes[v].visit != m_visit)
                continue;
            Node from = connectedReferrer(v);
            if (from == kNone)
                continue;
            hang(v, from);
            m_nodes[v].visit = 0;
            reached.push_back(v);
            while (!reached.empty()) {
                Node u = reached.back();
                reached.pop_back();
                forEachOut(u, [&](Node c) {
                    if (c == kNone || c >= m_nodes.size() || m_nodes[c].visit != m_visit ||
                        !hasEdge(u, c))
                        return;
                    hang(c, u);
                    m_nodes[c].visit = 0;
                    reached.push_back(c);
                });
            }
        }
        std::vector<Node> dead;
        for (Node v : visited)
            if (m_nodes[v].visit == m_visit)
                dead.push_back(v);
        for (Node g : dead)
            m_nodes[g].live = false;
        for (Node g : dead)
            forEachOut(g, [&](Node c) {
                if (c != kNone && c < m_nodes.size() && m_nodes[c].live)
                    removeEdge(g, c);
            });
        for (Node g : dead)
            release(g);
        garbage->insert(garbage->end(), dead.begin(), dead.end());
    }
}

} // namespace memstep::core::interp
