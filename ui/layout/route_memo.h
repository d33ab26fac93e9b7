// The routes of the last routeArrows call, kept so the next call can take an arrow's route
// again instead of searching for it when nothing the search looked at has changed.
//
// A route is a pure function of its inputs: where the arrow starts, its slot (the box and
// cells it leaves), its target's box, the ends already taken on that target by arrows routed
// before it, whether detours are allowed and kept apart, the boxes
// that the candidate curves it measured or the detour cells it read could meet, and, when it
// searched for a detour in a diagram that keeps detours apart, where earlier arrows already run
// in those cells. The memo keeps those inputs next to each route and hands a route back only
// when every one of them is equal, bit for bit, so a step draws exactly what a fresh routing
// would draw. The boxes are compared as a whole: the memo keeps every box's rectangle, and a
// route is reused only when no box that appeared, vanished, moved or changed size since the
// last call meets the bounds of what its search looked at. The price is memory for one
// diagram's routes and a scan of the changed boxes per arrow.
#pragma once

#include "arrow_key.h"
#include "search_states.h"

#include <QPointF>
#include <QRect>
#include <QRectF>
#include <QString>
#include <cstdint>
#include <unordered_map>
#include <vector>

namespace memstep::ui {

struct RouteMemo {
    struct Entry {
        // Inputs.
        QPointF start;
        QRectF box;                 // the slot's box
        QRectF cell;                // the slot's cell
        QRectF content;             // the part of the box holding cells
        std::uint8_t freeExits = 0; // Slot's free exits and covered sides, as bits
        bool selfTarget = false;
        QRectF target;
        std::vector<QPointF> usedEnds;
        bool mayDetour = false;
        bool spread = false;
        bool searchedDetour = false;
        // The detour was searched for over the whole diagram too (none was found near the
        // arrow's ends): it looked at every box, and read where earlier arrows run in every
        // cell of wideArea's grid (wideCrowd).
        bool searchedWide = false;
        QRectF wideArea;
        std::vector<std::uint8_t> wideCrowd;
        // What the search looked at: the bounds of every candidate curve it measured and of
        // every grid cell its detour search read; a box that changed elsewhere cannot change
        // its answer.
        std::vector<QRectF> looked;
        QRect crowdCells;                // the detour's cells read, in its search grid
        std::vector<std::uint8_t> crowd; // which of them earlier arrows ran through
        // The route.
        QPointF control1;
        QPointF control2;
        QPointF end;
        std::vector<QPointF> pieces;
    };

    std::unordered_map<ArrowKey, Entry, ArrowKeyHash> entries; // by LayoutArrow::source
    std::vector<QRectF> boxes;                                 // every box of the last call, sorted
    bool valid = false;
    // Not an input: the detour search's working arrays, kept so a step reuses them.
    routing::SearchStates searchStates;

    void clear() {
        entries.clear();
        boxes.clear();
        valid = false;
    }
};

} // namespace memstep::ui
