// Where each object's box goes, following the structure the frames reach.
//
// Every object hangs by the slot that first reaches it, depth first from the frames'
// variables, so a structure is claimed whole by the first name that reaches it. Each object
// with everything hanging by it is a subtree that owns a rectangle (its extent), measured
// children first and then placed parents first, so boxes never overlap by construction. The
// shapes: a chain of links of one kind runs left to right; a tree (a class whose instances
// branch into two or more of their own kind) grows down, children centred under their parent;
// a row of cells hands each object down under its own cell; anything else is a column to the
// right of its parent, a list of lists the rows of a grid.
//
// A pure function of the frames and the heap: the same step is placed the same way however
// it was reached.
#pragma once

#include "diagram_layout.h"

#include <functional>
#include <optional>
#include <string>
#include <unordered_map>
#include <unordered_set>
#include <vector>

namespace memstep::ui {

class HeapPlacement {
public:
    // boxOf: an object's box at the origin (cells and size).
    using BoxOf = std::function<LayoutBox(core::ObjectId, const core::HeapObject&)>;

    HeapPlacement(const core::ProgramState& state, BoxOf boxOf);

    // The boxes of every object the frames' cells reach, placed right of objectsLeft, in the
    // order they were reached.
    std::vector<LayoutBox> place(const std::vector<LayoutBox>& frames, qreal objectsLeft);

private:
    struct Node {
        LayoutBox box;
        std::vector<core::ObjectId> children; // the objects this one reached first, in cell order
        std::vector<std::size_t> childCell;   // the index in box.cells of each child's slot
        std::optional<qreal> rootTop;         // a root: the top that lines it up with its variable
        bool down = false;                    // children below (a tree, a row of cells)
        bool chain = false;                   // the first child (a link to its own kind) to the
                                              // right, the rest below
        QSizeF extent;                        // of the box with everything hanging by it
        // Down: the box's and each child's left within the extent. Chain: the lefts of the
        // children after the first (the link), which hang below the box, relative to the box's.
        qreal boxLeft = 0;
        std::vector<qreal> childLeft;
        std::vector<qreal> childTop; // down: each child's top within the extent
        qreal linkLeft = 0;          // chain: the link's left, relative to the box's
    };

    const core::HeapObject& object(core::ObjectId id) const;
    bool claim(core::ObjectId id);
    void walk();
    void claimFromFrames(const std::vector<LayoutBox>& frames);
    void findTreeClasses();
    void linksFirst(Node& node, const core::HeapObject& object) const;
    void measure(core::ObjectId id);
    void measureChain(Node& node);
    void measureColumn(Node& node, bool alignCells);
    void measureDown(Node& node, bool sequence);
    bool measureLanes(Node& node);
    // Down: makes the lefts relative to the extent's and sets its size.
    void closeDown(Node& node, qreal bottom);
    qreal hangUnderCell(const Node& parent, std::size_t k, qreal& right) const;
    // The extent's top left of each root, by id.
    std::vector<std::pair<core::ObjectId, QPointF>> placeRoots(qreal objectsLeft);
    void placeSubtrees(std::vector<std::pair<core::ObjectId, QPointF>> todo);

    const core::ProgramState& m_state;
    BoxOf m_boxOf;
    std::unordered_map<core::ObjectId, Node> m_nodes;
    std::vector<core::ObjectId> m_order; // preorder
    std::vector<core::ObjectId> m_roots;
    std::vector<std::pair<core::ObjectId, std::size_t>> m_stack; // (object, next cell to look at)
    std::unordered_set<std::string> m_treeClasses;
};

} // namespace memstep::ui
