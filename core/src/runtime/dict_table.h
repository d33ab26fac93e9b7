// A dict's keys table as CPython 3.11 sizes it (Objects/dictobject.c), so that
// sys.getsizeof(a_dict) is the number python3 prints.
//
// The table follows how the dict was made and grew, not what it holds: an empty dict shares
// one empty table (64 bytes in all), the first key makes an 8-slot table, a table that has
// used up its entries is rebuilt for three times the live items (deletions free no entry), a
// display or fromkeys presizes, a copy may clone the layout, and the first key that is not an
// exact str turns a table of str keys (16-byte entries) into a general one (24-byte entries).
// Each function is one of those C paths applied to the model. The model starts unknown:
// only the ways of making a dict that were checked against python3 set it, and an operation
// nobody modelled forgets it, so sys.getsizeof refuses rather than guess.
#pragma once

#include "runtime/containers.h"

#include <cstdint>

namespace memstep::core::rt::dicttable {

// calculate_log2_keysize(minsize) as 3.11 computes it: at least 8 slots, and 16 for any
// minimum below 8 (its bit trick rounds those up), which a resize after deletions shows.
inline std::uint8_t log2ForMinimum(std::uint64_t minimum) {
    std::uint64_t bits = ((minimum | 8) - 1) | 7;
    std::uint8_t log2 = 0;
    while (bits) {
        ++log2;
        bits >>= 1;
    }
    return log2;
}

// estimate_log2_keysize(n): the table that holds n items without a resize.
inline std::uint8_t log2ForItems(std::uint64_t n) {
    return log2ForMinimum((n * 3 + 1) / 2);
}

// USABLE_FRACTION of a table of 2^log2 slots (the shared empty table has one slot, none usable).
inline std::int64_t usableOf(std::uint8_t log2) {
    return (std::int64_t{1} << log2) * 2 / 3;
}

inline bool exactStr(const Object* key) {
    return key->tag == Tag::Str && !key->subclassed;
}

// PyDict_New: the shared empty table.
inline void fresh(DictTable& t) {
    t = DictTable{};
    t.known = true;
}

inline void forget(DictTable& t) {
    t.known = false;
}

// dict_new_presized(n, unicode): a display's BUILD_MAP or _PyDict_NewPresized.
inline void presized(DictTable& t, std::size_t n, bool unicode) {
    fresh(t);
    if (n <= 5)
        return;
    t.log2 = log2ForItems(n);
    t.unicode = unicode;
    t.usable = usableOf(t.log2);
}

// dictresize(mp, log2, unicode) of a dict holding `used` items: the live entries move to the
// new table; a general table stays general.
inline void resize(DictTable& t, std::uint8_t log2, bool unicode, std::size_t used) {
    if (!t.known)
        return;
    t.unicode = unicode && t.unicode;
    t.log2 = log2;
    t.usable = usableOf(log2) - static_cast<std::int64_t>(used);
    t.entries = static_cast<std::int64_t>(used);
}

// insertdict's first step: a key that is not an exact str turns a table of str keys into a
// general one, rebuilt as insertion_resize sizes it (whether or not the key is new).
inline void storing(DictObject& d, const Object* key) {
    DictTable& t = d.table;
    if (t.known && t.log2 != 0 && t.unicode && !exactStr(key))
        resize(t, log2ForMinimum(d.used * 3), false, d.used);
}

// A new key about to be stored in `d` (insertdict, or insert_to_emptydict for the shared table).
inline void inserting(DictObject& d, const Object* key) {
    DictTable& t = d.table;
    if (!t.known)
        return;
    if (t.log2 == 0) {
        t.log2 = 3;
        t.unicode = exactStr(key);
        t.usable = usableOf(3);
        t.entries = 0;
    } else {
        storing(d, key);
        if (t.usable <= 0)
            resize(t, log2ForMinimum(d.used * 3), true, d.used);
    }
    --t.usable;
    ++t.entries;
}

// popitem about to take the last live entry of `d`: the table's entry count drops to that
// entry's place, known only while no deleted entry lies among the entries written.
inline void popping(DictObject& d) {
    DictTable& t = d.table;
    if (t.entries != static_cast<std::int64_t>(d.used))
        return forget(t);
    --t.entries;
}

// PyDict_Copy of `src` (also the start of `a | b`): the empty table for an empty dict, a clone
// of a table with few deleted entries, else a fresh dict merged with `src`.
inline DictTable copied(const DictObject& src) {
    DictTable t;
    if (!src.table.known || src.cls)
        return t;
    if (src.used == 0) {
        fresh(t);
        return t;
    }
    if (static_cast<std::int64_t>(src.used) >= src.table.entries * 2 / 3)
        return src.table;
    fresh(t);
    resize(t, log2ForItems(src.used), src.table.unicode, src.used);
    return t;
}

// dict_merge of a dict holding `n` items in the table `src` into `d`, before its items are
// stored: true when CPython clones src's table into the empty `d` (the caller sets it after
// storing them); otherwise `d` is resized once for both when its usable entries are fewer
// than src's items. A dict of the collections module (`isLibrary`) is not modelled.
inline bool merging(DictObject& d, const DictTable& src, std::size_t n, bool isLibrary) {
    DictTable& t = d.table;
    if (!t.known || n == 0)
        return false;
    if (!src.known || isLibrary) {
        forget(t);
        return false;
    }
    const auto items = static_cast<std::int64_t>(n);
    if (d.used == 0 && items == src.entries && (src.log2 == 3 || usableOf(src.log2 - 1) < items))
        return true;
    if (usableOf(t.log2) < items)
        resize(t, log2ForItems(d.used + n), src.unicode, d.used);
    return false;
}

// The dict CPython builds of n keyword arguments (_PyStack_AsDict): presized for str keys, or
// grown from the empty table by its str keys when they are few.
inline DictTable keywordsTable(std::size_t n) {
    DictTable t;
    fresh(t);
    if (n == 0)
        return t;
    if (n <= 5) {
        t.log2 = 3;
        t.usable = usableOf(3);
    } else {
        presized(t, n, true);
    }
    t.usable -= static_cast<std::int64_t>(n);
    t.entries = static_cast<std::int64_t>(n);
    return t;
}

// sys.getsizeof of a dict with this table: the dict object and its GC header (64), then a
// table of its own: a 32-byte header, the index (1, 2, 4 or 8 bytes a slot) and the entries.
inline std::int64_t sizeOf(const DictTable& t) {
    if (t.log2 == 0)
        return 64;
    const std::int64_t slots = std::int64_t{1} << t.log2;
    const std::int64_t indexBytes = t.log2 < 8 ? 1 : t.log2 < 16 ? 2 : t.log2 < 32 ? 4 : 8;
    return 64 + 32 + slots * indexBytes + usableOf(t.log2) * (t.unicode ? 16 : 24);
}

} // namespace memstep::core::rt::dicttable
