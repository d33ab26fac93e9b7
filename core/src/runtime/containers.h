// dict and set, with the exact iteration order of CPython 3.11.
//
// dict keeps insertion order (an entries vector plus an open-addressing index, as CPython's
// compact dict). set reproduces CPython's setobject.c table: the same hash function for
// numbers, the same linear probing plus perturbation, the same fill/resize thresholds and the
// same merge shortcuts, because students print sets and expect Python's order. Keys are
// compared with the builtin equality below while no object of a program class takes part;
// such a key is compared by the interpreter (KeyEquality), which runs its __eq__ as CPython's
// PyObject_RichCompareBool(stored, probe) does, and a lookup restarts, as CPython's, when that
// code changed the table under it. The hash is the caller's (Interpreter::hash).
#pragma once

#include "numeric/work_poll.h"
#include "runtime/object.h"

#include <cstdint>
#include <optional>
#include <vector>

namespace memstep::core::rt {

// hash() of a builtin value; nullopt when the value is unhashable (list, dict, set...).
// `poll` (optional) hears of each tuple item hashed: a tuple of shared tuples can take hours;
// when it says stop, the answer is meaningless (the caller knows from its poll).
std::optional<std::int64_t> hashOf(const Object* object, numeric::WorkPoll* poll = nullptr);
// CPython's tuplehash combining the hashes of a tuple's items, in order.
std::int64_t tupleHash(const std::vector<std::int64_t>& itemHashes);
// == between builtin values (numbers across int/float/bool, str, tuples, None...). `poll`
// (optional) hears of each item compared inside containers, as for hashOf.
bool valuesEqual(const Object* a, const Object* b, numeric::WorkPoll* poll = nullptr);
// The same, three ways: 1 equal, 0 not, kAskProgram when an object of a program class takes
// part (not identical to its partner), whose __eq__ only the interpreter can run.
constexpr int kAskProgram = 2;
int builtinEquality(const Object* a, const Object* b, numeric::WorkPoll* poll = nullptr);
// True for an instance or exception of a class the program defined (it may define __eq__).
bool isProgramObject(const Object* o);

// The interpreter's rich == of a stored key with the probe looked up, for keys where
// builtinEquality asks it. Returns 1 equal, 0 not, -1 failed (the exception is pending).
class KeyEquality {
public:
    virtual int keysEqual(Object* stored, Object* probe) = 0;

protected:
    ~KeyEquality() = default;
};

// What a lookup answers when the program's __eq__ raised (or the run stopped inside it).
constexpr std::int64_t kLookupFailed = -2;
// What findBuiltin answers when a program object's __eq__ would have to run.
constexpr std::int64_t kLookupAsk = -3;

struct DictEntry {
    ObjRef key; // null for a deleted entry
    ObjRef value;
    std::int64_t hash = 0;
};

struct TypeObject;

// The keys table CPython 3.11 would hold for a dict (its ma_keys), for sys.getsizeof: it follows
// the dict's history, not its value (runtime/dict_table.h keeps it). `known` is false for a dict
// made or changed by an operation nobody modelled, which sys.getsizeof then refuses.
struct DictTable {
    bool known = false;
    bool unicode = true;      // DICT_KEYS_UNICODE: every key an exact str (16-byte entries)
    std::uint8_t log2 = 0;    // log2 of the index slots; 0: the shared empty table
    std::int64_t usable = 0;  // dk_usable: entries left before a resize (deletions free none)
    std::int64_t entries = 0; // dk_nentries: entries written, live or deleted
};

struct DictObject : Object {
    DictObject() : Object(Tag::Dict) {}
    // The dict types of the collections module (defaultdict, Counter, OrderedDict) are dicts
    // with a type of their own, which holds their methods; null for a plain dict.
    TypeObject* cls = nullptr;
    ObjRef factory;            // defaultdict's default_factory (null: None)
    bool orderedEqual = false; // OrderedDict: == with another one compares the order too
    bool reprRunning = false;  // a library type's repr is writing it (a nested one is "...")
    // The instance whose __dict__ this is (interp/attributes/instance_dict.h), null for any
    // other dict. Not a reference: the instance holds its dict and clears this when it dies,
    // after which the dict is a plain one, as in CPython.
    Object* owner = nullptr;
    std::vector<DictEntry> entries;
    std::vector<std::int32_t> index; // -1 empty, -2 deleted, else entry position
    std::size_t used = 0;
    // Index slots not empty (live or deleted): a lookup stops only at an empty slot, so the
    // index grows before this reaches it (deleted markers count, or a churn of inserts and
    // deletes would fill it and a miss would probe forever).
    std::size_t filled = 0;
    // Bumped whenever the index is rebuilt or cleared: a lookup whose key comparison ran the
    // program's code restarts when it changed (CPython's "dk != mp->ma_keys").
    std::uint32_t layout = 0;
    DictTable table;

    // Position in `entries` of the key, -1, or kLookupFailed. `eq` compares program objects.
    std::int64_t find(Object* key, std::int64_t hash, KeyEquality& eq);
    // Inserts or replaces; returns the entry position (kLookupFailed when the comparison
    // failed, nothing changed) and whether it was new.
    std::pair<std::int64_t, bool> set(ObjRef key, std::int64_t hash, ObjRef value, KeyEquality& eq);
    // The same for a key known to be absent (copying another dict's entries into a new one).
    std::pair<std::int64_t, bool> insertNew(ObjRef key, std::int64_t hash, ObjRef value);
    // Position of a key, -1, or kLookupAsk when a program object's __eq__ would have to run.
    std::int64_t findBuiltin(const Object* key, std::int64_t hash,
                             numeric::WorkPoll* poll = nullptr) const;
    // Removes the entry at `position` (from find), returning it.
    DictEntry erase(std::int64_t position);
    void clear();

private:
    void rebuildIndex(std::size_t minSize);
};

struct SetEntry {
    ObjRef key; // null: unused (hash 0) or dummy (hash -1)
    std::int64_t hash = 0;
};

struct SetObject : Object {
    explicit SetObject(bool frozen = false);
    std::vector<SetEntry> table;
    std::size_t mask = 7;
    std::size_t fill = 0;
    std::size_t used = 0;
    std::size_t finger = 0;
    // Bumped whenever the table is replaced (resize, clear): CPython's "table != so->table".
    std::uint32_t layout = 0;

    // Slot of the key, -1, or kLookupFailed. `eq` compares program objects.
    std::int64_t find(Object* key, std::int64_t hash, KeyEquality& eq);
    // Slot of a key, -1, or kLookupAsk when a program object's __eq__ would have to run.
    std::int64_t findBuiltin(const Object* key, std::int64_t hash,
                             numeric::WorkPoll* poll = nullptr) const;
    // Adds the key (CPython's set_add_entry). Returns 1 when it was new, 0 when present, -1
    // when the comparison failed; *resized tells whether the table was rebuilt, *slot where
    // a new key went.
    int add(ObjRef key, std::int64_t hash, KeyEquality& eq, bool* resized = nullptr,
            std::int64_t* slot = nullptr);
    // Removes the key at `slot` (from find).
    ObjRef removeAt(std::int64_t slot);
    // set.pop(): the key in the first used slot after the finger; precondition used > 0.
    ObjRef pop(std::int64_t* slot);
    // CPython's set_merge: adds every key of `other`, with its shortcuts for empty targets.
    // False when a comparison failed.
    bool merge(const SetObject& other, KeyEquality& eq, bool* resized = nullptr);
    void resize(std::size_t minUsed);
    void clear();
    // Index of `slot` among the used slots (the position in iteration order). The trace needs
    // it for every add to a set the diagram shows, so a big table keeps a count of used slots
    // per block of kOrderBlock: a 20,000-item set answers in a few hundred additions, not a
    // scan of its 65,536 slots.
    std::int64_t orderIndex(std::int64_t slot) const;

    template <class F> void forEach(F&& f) const {
        for (const SetEntry& e : table)
            if (e.key)
                f(e.key.get(), e.hash);
    }

private:
    std::int64_t probe(Object* key, std::int64_t hash, KeyEquality& eq, bool adding,
                       SetEntry** free);
    static constexpr std::size_t kOrderBlock = 64;
    static constexpr std::size_t kOrderBlocksFrom = 1024; // smaller tables are scanned
    // Used slots per block, built by orderIndex() and kept by every change of a slot; empty
    // when not built (a rebuilt table drops it).
    mutable std::vector<std::uint32_t> m_orderBlocks;
    void slotChanged(std::size_t slot, bool nowUsed) {
        if (!m_orderBlocks.empty())
            m_orderBlocks[slot / kOrderBlock] += nowUsed ? 1u : std::uint32_t(-1);
    }
};

} // namespace memstep::core::rt
