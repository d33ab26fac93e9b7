#include "heap_placement.h"

#include "object_text.h"

#include <algorithm>
#include <map>

namespace memstep::ui {

namespace {

using core::ObjectId;

// A root's top sits this far above its variable's cell centre, so the arrow meets it level.
constexpr qreal kArrowEdgeInset = 12;
constexpr qreal kTreeRowGap = 48; // between a box and what hangs below it
constexpr qreal kObjectGap = DiagramLayout::kObjectGap;
constexpr qreal kColumnGap = DiagramLayout::kColumnGap;
// A root's arrows to objects other roots placed each get a lane this high in the gap above it,
// up to kMaxLanes of them.
constexpr qreal kLaneGap = 8;
// A root pointing nowhere and at most this tall is placed before the others (placeRoots): a
// box of about three rows.
constexpr qreal kSmallRoot = 150;
constexpr std::size_t kMaxLanes = 48;

// Objects of one kind link into chains and trees: instances of one class, or dicts (a node
// written as {'value': 1, 'next': ...}).
bool sameKind(const core::HeapObject& a, const core::HeapObject& b) {
    return a.type == b.type &&
           ((a.type == "instance" && a.className == b.className) || isMappingLike(a));
}

// How many of a box's arrows point at objects that do not hang by it (reached first by
// something placed before it).
std::size_t sharedRefs(const LayoutBox& box, std::size_t children) {
    const auto arrows =
        std::count_if(box.cells.begin(), box.cells.end(),
                      [](const LayoutCell& cell) { return cell.target.has_value(); });
    return std::size_t(arrows) > children ? std::size_t(arrows) - children : 0;
}

bool isSequence(const core::HeapObject& object) {
    return isSequenceLike(object);
}

// Whether a box's value cells (two or more) all sit in one row.
bool isRowOfCells(const LayoutBox& box) {
    std::optional<qreal> top;
    int cells = 0;
    for (const LayoutCell& cell : box.cells) {
        if (cell.role == CellRole::Value) {
            if (top && *top != cell.rect.top()) {
                return false;
            }
            top = cell.rect.top();
            ++cells;
        }
    }
    return cells >= 2;
}

// Moves the rows of a box's cells down (never up, never closer together) so the row holding
// cells[slotCells[k]] starts level with tops[k] plus a header's height: where the arrow from it
// meets the object it reaches, placed at tops[k]. The box grows by what its last row moved.
void alignRows(LayoutBox& box, const std::vector<std::size_t>& slotCells,
               const std::vector<qreal>& tops) {
    std::map<qreal, qreal> wanted; // a row's top -> where it should start at least
    for (const LayoutCell& cell : box.cells) {
        wanted.emplace(cell.rect.top(), cell.rect.top());
    }
    for (std::size_t k = 0; k < slotCells.size(); ++k) {
        qreal& want = wanted.at(box.cells[slotCells[k]].rect.top());
        want = std::max(want, tops[k] + DiagramLayout::kHeaderHeight);
    }
    std::map<qreal, qreal> shift; // a row's top -> how far it moves
    qreal moved = 0;
    for (const auto& [top, want] : wanted) {
        moved = std::max(moved, want - top);
        shift.emplace(top, moved);
    }
    for (LayoutCell& cell : box.cells) {
        const QPointF by(0, shift.at(cell.rect.top()));
        cell.rect.translate(by);
        cell.anchor += by;
    }
    box.rect.setHeight(box.rect.height() + moved);
}

} // namespace

HeapPlacement::HeapPlacement(const core::ProgramState& state, BoxOf boxOf)
    : m_state(state), m_boxOf(std::move(boxOf)) {}

const core::HeapObject& HeapPlacement::object(ObjectId id) const {
    return m_state.heap.at(id);
}

std::vector<LayoutBox> HeapPlacement::place(const std::vector<LayoutBox>& frames,
                                            qreal objectsLeft) {
    claimFromFrames(frames);
    findTreeClasses();
    // Extents, children before parents (the reverse of a preorder).
    for (auto it = m_order.rbegin(); it != m_order.rend(); ++it) {
        measure(*it);
    }
    placeSubtrees(placeRoots(objectsLeft));
    std::vector<LayoutBox> boxes;
    boxes.reserve(m_order.size());
    for (ObjectId id : m_order) {
        boxes.push_back(std::move(m_nodes.at(id).box));
    }
    return boxes;
}

bool HeapPlacement::claim(ObjectId id) {
    if (m_nodes.count(id) != 0 || m_state.heap.count(id) == 0) {
        return false;
    }
    Node node;
    node.box = m_boxOf(id, object(id));
    m_nodes.emplace(id, std::move(node));
    m_order.push_back(id);
    m_stack.emplace_back(id, 0);
    return true;
}

// Claims, depth first, everything the objects on the stack reach that nobody claimed before.
void HeapPlacement::walk() {
    while (!m_stack.empty()) {
        auto& [id, next] = m_stack.back();
        const std::vector<LayoutCell>& cells = m_nodes.at(id).box.cells;
        while (next < cells.size() && !cells[next].target) {
            ++next;
        }
        if (next == cells.size()) {
            m_stack.pop_back();
            continue;
        }
        const ObjectId parent = id;
        const std::size_t cell = next++;
        if (claim(*cells[cell].target)) { // invalidates `id`, `next` and `cells`
            Node& owner = m_nodes.at(parent);
            owner.children.push_back(*owner.box.cells[cell].target);
            owner.childCell.push_back(cell);
        }
    }
}

// Variables in order, cells in order, so a structure is claimed whole by the first name that
// reaches it (a linked list by `head`, not split at `tail`) and `cur` walking it is just an
// arrow into it.
void HeapPlacement::claimFromFrames(const std::vector<LayoutBox>& frames) {
    for (const LayoutBox& frame : frames) {
        std::unordered_set<ObjectId> ownRoots; // the roots this frame claimed
        for (const LayoutCell& cell : frame.cells) {
            if (!cell.target) {
                continue;
            }
            const qreal top = std::max<qreal>(0, cell.anchor.y() - kArrowEdgeInset);
            if (claim(*cell.target)) {
                m_roots.push_back(*cell.target);
                ownRoots.insert(*cell.target);
                m_nodes.at(*cell.target).rootTop = top;
                walk();
            } else if (ownRoots.count(*cell.target) != 0) {
                // Named twice in one frame, a root lines up with the last of its names: after
                // `b = a`, rebinding `a` leaves the object where it was, by `b`.
                m_nodes.at(*cell.target).rootTop = top;
            }
        }
    }
}

// A class whose instances branch into two or more instances of it is a tree.
void HeapPlacement::findTreeClasses() {
    for (ObjectId id : m_order) {
        const core::HeapObject& parent = object(id);
        if (parent.type != "instance") {
            continue;
        }
        int same = 0;
        for (ObjectId child : m_nodes.at(id).children) {
            same += sameKind(object(child), parent) ? 1 : 0;
        }
        if (same >= 2) {
            m_treeClasses.insert(parent.className);
        }
    }
}

// Links to objects of the same kind go first: level with this one in a chain, the first ones
// below it in a tree, whatever else the nodes hold.
void HeapPlacement::linksFirst(Node& node, const core::HeapObject& parent) const {
    std::vector<std::pair<ObjectId, std::size_t>> kids;
    for (std::size_t k = 0; k < node.children.size(); ++k) {
        kids.emplace_back(node.children[k], node.childCell[k]);
    }
    std::stable_partition(kids.begin(), kids.end(),
                          [&](const auto& kid) { return sameKind(object(kid.first), parent); });
    for (std::size_t k = 0; k < kids.size(); ++k) {
        std::tie(node.children[k], node.childCell[k]) = kids[k];
    }
}

// A tree node's children go below it, side by side in order (left before right). A node
// linking to one of its own kind is a chain: the next node to its right, so `next` links make
// a row. A row of cells hands its objects down, each below its own cell. Everything else reads
// left to right: children in a column to the right of their parent.
void HeapPlacement::measure(ObjectId id) {
    Node& node = m_nodes.at(id);
    const core::HeapObject& self = object(id);
    const bool sequence = isSequence(self);
    node.down = (self.type == "instance" && m_treeClasses.count(self.className) != 0) ||
                (sequence && isRowOfCells(node.box));
    if (node.children.empty()) {
        node.extent = node.box.rect.size();
        return;
    }
    if (self.type == "instance" || isMappingLike(self)) {
        linksFirst(node, self);
    }
    node.chain = !node.down && sameKind(object(node.children.front()), self);
    if (node.chain) {
        measureChain(node);
    } else if (node.down) {
        if (!sequence || !measureLanes(node)) {
            measureDown(node, sequence);
        }
    } else {
        measureColumn(node, isMappingLike(self) || sequence);
    }
}

// The left (relative to its parent box's) of child k that hangs below its parent under its
// own cell, as far as the children before it (ending at `right`) allow; moves `right` on.
qreal HeapPlacement::hangUnderCell(const Node& parent, std::size_t k, qreal& right) const {
    const Node& child = m_nodes.at(parent.children[k]);
    const qreal boxCentre = child.boxLeft + child.box.rect.width() / 2;
    const qreal cellX = parent.box.cells[parent.childCell[k]].anchor.x();
    const qreal left = std::max(right + kObjectGap, cellX - boxCentre);
    right = left + child.extent.width();
    return left;
}

// A link in a chain: the next node level with this one, everything else the node holds
// hanging below it under its own cell, so the chain stays one row and each node's objects stay
// by it. The next node clears what hangs below.
void HeapPlacement::measureChain(Node& node) {
    const QSizeF own = node.box.rect.size();
    node.childLeft.clear();
    qreal right = -kObjectGap;
    qreal below = 0;
    for (std::size_t k = 1; k < node.children.size(); ++k) {
        node.childLeft.push_back(hangUnderCell(node, k, right));
        below = std::max(below, m_nodes.at(node.children[k]).extent.height());
    }
    node.linkLeft = std::max(own.width() + kColumnGap, right + kObjectGap);
    const QSizeF link = m_nodes.at(node.children.front()).extent;
    node.extent = QSizeF(
        node.linkLeft + link.width(),
        std::max(link.height(), below == 0 ? own.height() : own.height() + kTreeRowGap + below));
}

// Children in a column to the right. A column of cells (a list of lists, a dict's rows) opens
// up so each row sits level with the object it reaches: its arrow runs straight across, and
// the rows read as a grid or a table.
void HeapPlacement::measureColumn(Node& node, bool alignCells) {
    qreal along = -kObjectGap; // children's heights added up, with gaps
    qreal across = 0;          // the widest of them
    std::vector<qreal> tops;   // each child's top, relative to the box's
    for (ObjectId child : node.children) {
        const QSizeF e = m_nodes.at(child).extent;
        tops.push_back(along + kObjectGap);
        along += e.height() + kObjectGap;
        across = std::max(across, e.width());
    }
    if (alignCells) {
        alignRows(node.box, node.childCell, tops);
    }
    const QSizeF stretched = node.box.rect.size();
    node.extent =
        QSizeF(stretched.width() + kColumnGap + across, std::max(stretched.height(), along));
}

// A tree node is centred over its children of its own kind; its other objects, and those of a
// row of cells, go each under its own cell as far as the ones before allow, so their arrows
// drop straight down. Lefts are relative to the box's left first, then to the extent's.
void HeapPlacement::measureDown(Node& node, bool sequence) {
    const QSizeF own = node.box.rect.size();
    const core::HeapObject& self = object(node.box.object);
    node.childLeft.clear();
    qreal across = 0;
    qreal right = -kObjectGap;
    std::size_t k = 0;
    auto branch = [&](ObjectId id) { return !sequence && sameKind(object(id), self); };
    for (; k < node.children.size() && branch(node.children[k]); ++k) {
        const Node& child = m_nodes.at(node.children[k]);
        node.childLeft.push_back(right + kObjectGap);
        right = node.childLeft.back() + child.extent.width();
        across = std::max(across, child.extent.height());
    }
    const qreal shift = k == 0 ? 0 : (own.width() - right) / 2; // centred under the box
    for (qreal& left : node.childLeft) {
        left += shift;
    }
    right += shift;
    for (; k < node.children.size(); ++k) {
        node.childLeft.push_back(hangUnderCell(node, k, right));
        across = std::max(across, m_nodes.at(node.children[k]).extent.height());
    }
    node.childTop.assign(node.children.size(), own.height() + kTreeRowGap);
    closeDown(node, own.height() + kTreeRowGap + across);
}

void HeapPlacement::closeDown(Node& node, qreal bottom) {
    qreal first = 0;
    qreal right = node.box.rect.width();
    for (std::size_t k = 0; k < node.children.size(); ++k) {
        first = std::min(first, node.childLeft[k]);
        right = std::max(right, node.childLeft[k] + m_nodes.at(node.children[k]).extent.width());
    }
    node.boxLeft = -first;
    for (qreal& left : node.childLeft) {
        left -= first;
    }
    node.extent = QSizeF(right - first, bottom);
}

// A row of cells whose objects do not fit side by side under their cells (an int's box is
// wider than its cell) hands them down in staggered lanes: each object right under its own
// cell, in the first lane with room, so every arrow drops straight down between the boxes of
// the lanes above. False when some object finds no such place within kMaxLanes lanes.
bool HeapPlacement::measureLanes(Node& node) {
    constexpr std::size_t kMaxLanes = 4;
    constexpr qreal kArrowClearance = 6; // between an arrow passing a lane and the boxes in it
    constexpr qreal kLaneGap = 12; // between boxes side by side in a lane: two lanes hold ints
    struct Placed {
        std::size_t lane;
        qreal left, right;
        std::vector<qreal> arrowX; // where the arrows into it drop
    };
    std::vector<Placed> placed;
    std::vector<qreal> laneRight;
    std::vector<qreal> laneHeight;
    for (std::size_t k = 0; k < node.children.size(); ++k) {
        const Node& child = m_nodes.at(node.children[k]);
        // An object several cells hold (a row of None) goes under the middle of them.
        std::vector<qreal> arrowX;
        for (const LayoutCell& cell : node.box.cells) {
            if (cell.target == node.children[k]) {
                arrowX.push_back(cell.anchor.x());
            }
        }
        const qreal middle = (arrowX.front() + arrowX.back()) / 2;
        const qreal left = middle - (child.boxLeft + child.box.rect.width() / 2);
        const qreal right = left + child.extent.width();
        auto covers = [](qreal from, qreal to, const std::vector<qreal>& xs) {
            return std::any_of(xs.begin(), xs.end(), [&](qreal x) {
                return from - kArrowClearance < x && x < to + kArrowClearance;
            });
        };
        auto fits = [&](std::size_t lane) {
            if (lane < laneRight.size() && laneRight[lane] + kLaneGap > left) {
                return false;
            }
            // The arrow into this lane passes the lanes above clear of what is in them, and
            // this object leaves the arrows into the lanes below it clear.
            return std::none_of(placed.begin(), placed.end(), [&](const Placed& p) {
                return (p.lane < lane && covers(p.left, p.right, arrowX)) ||
                       (p.lane > lane && covers(left, right, p.arrowX));
            });
        };
        std::size_t lane = 0;
        while (lane < kMaxLanes && !fits(lane)) {
            ++lane;
        }
        if (lane == kMaxLanes) {
            return false;
        }
        if (lane == laneRight.size()) {
            laneRight.push_back(right);
            laneHeight.push_back(child.extent.height());
        }
        laneRight[lane] = right;
        laneHeight[lane] = std::max(laneHeight[lane], child.extent.height());
        placed.push_back({lane, left, right, std::move(arrowX)});
    }
    std::vector<qreal> laneTop{node.box.rect.height() + kTreeRowGap};
    for (qreal height : laneHeight) {
        laneTop.push_back(laneTop.back() + height + kObjectGap);
    }
    node.childLeft.clear();
    node.childTop.clear();
    for (const Placed& p : placed) {
        node.childLeft.push_back(p.left);
        node.childTop.push_back(laneTop[p.lane]);
    }
    closeDown(node, laneTop.back() - kObjectGap);
    return true;
}

// Roots share the column right of the frames. Older objects (smaller ids) choose first, so a
// new object does not push an old one away: after `a = 10; b = a; a += 1` the 10 stays by b
// and the new 11 goes to the nearest free spot by a. It goes above what is in its way only
// when all of that lines up with names below its own (so the arrows do not cross); otherwise
// below.
std::vector<std::pair<ObjectId, QPointF>> HeapPlacement::placeRoots(qreal objectsLeft) {
    std::vector<std::pair<ObjectId, QPointF>> placed;
    // Oldest first, but the small boxes that point nowhere (an int, a function, a class of a
    // few rows) before the rest: a class of twenty rows or a tree claimed first would push
    // every later variable's object below itself, each at the end of a long arrow; placed
    // after them, it is the one far down. A root that points at objects keeps its turn, so a
    // list of what another list holds still comes after it (and faces up, faceUpwards).
    std::sort(m_roots.begin(), m_roots.end());
    std::stable_partition(m_roots.begin(), m_roots.end(), [&](ObjectId root) {
        const Node& node = m_nodes.at(root);
        return node.extent.height() <= kSmallRoot &&
               std::none_of(node.box.cells.begin(), node.box.cells.end(),
                            [](const LayoutCell& cell) { return cell.target.has_value(); });
    });
    struct Span {
        qreal top, bottom, wanted;
    };
    std::vector<Span> taken; // placed roots, by top
    for (ObjectId root : m_roots) {
        const Node& node = m_nodes.at(root);
        const qreal height = node.extent.height();
        const qreal wanted = *node.rootTop;
        // Under what it points at (two lists sharing their items), a root's arrows climb
        // through the gap above it: a lane each beyond the two the usual gap holds, so that no
        // two of them run along each other.
        const std::size_t lanes = std::min(sharedRefs(node.box, node.children.size()), kMaxLanes);
        const qreal gapAbove = kObjectGap + kLaneGap * qreal(lanes > 2 ? lanes - 2 : 0);
        auto overlaps = [&](qreal top, const Span& span) {
            return top < span.bottom + gapAbove && span.top < top + height + kObjectGap;
        };
        qreal down = wanted;
        for (const Span& span : taken) {
            if (overlaps(down, span)) {
                down = span.bottom + gapAbove;
            }
        }
        qreal up = wanted;
        bool upIsClear = true;
        for (auto span = taken.rbegin(); span != taken.rend(); ++span) {
            if (overlaps(up, *span)) {
                up = span->top - kObjectGap - height;
                upIsClear = upIsClear && span->wanted > wanted;
            }
        }
        const qreal top = upIsClear && wanted - up < down - wanted ? up : down;
        const Span mine{top, top + height, wanted};
        taken.insert(std::upper_bound(taken.begin(), taken.end(), mine,
                                      [](const Span& x, const Span& y) { return x.top < y.top; }),
                     mine);
        placed.emplace_back(root, QPointF(objectsLeft, top));
    }
    return placed;
}

// Parents before children: each subtree owns the rectangle of its extent, so nothing overlaps.
void HeapPlacement::placeSubtrees(std::vector<std::pair<ObjectId, QPointF>> todo) {
    while (!todo.empty()) {
        const auto [id, at] = todo.back();
        todo.pop_back();
        Node& node = m_nodes.at(id);
        const QSizeF own = node.box.rect.size();
        if (node.down) {
            node.box = movedBy(std::move(node.box), QPointF(at.x() + node.boxLeft, at.y()));
            for (std::size_t k = node.children.size(); k-- > 0;) {
                todo.emplace_back(node.children[k],
                                  QPointF(at.x() + node.childLeft[k], at.y() + node.childTop[k]));
            }
            continue;
        }
        node.box = movedBy(std::move(node.box), at);
        if (node.chain) {
            const qreal y = at.y() + own.height() + kTreeRowGap;
            for (std::size_t k = node.children.size(); k-- > 1;) {
                todo.emplace_back(node.children[k], QPointF(at.x() + node.childLeft[k - 1], y));
            }
            todo.emplace_back(node.children.front(), QPointF(at.x() + node.linkLeft, at.y()));
            continue;
        }
        const qreal x = at.x() + own.width() + kColumnGap;
        qreal y = at.y();
        std::vector<std::pair<ObjectId, QPointF>> kids;
        for (ObjectId child : node.children) {
            kids.emplace_back(child, QPointF(x, y));
            y += m_nodes.at(child).extent.height() + kObjectGap;
        }
        todo.insert(todo.end(), kids.rbegin(), kids.rend());
    }
}

} // namespace memstep::ui
