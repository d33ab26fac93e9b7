#include "step_caption_values.h"

#include "object_text.h"
#include "step_caption_text.h"

#include <algorithm>

namespace memstep::ui::caption {

namespace {

using core::HeapObject;
using core::ObjectId;
using core::ProgramState;

// Beyond these a value is cut with "…": a caption is read in one glance.
constexpr std::size_t kMaxItems = 5;
constexpr int kMaxDepth = 2;
constexpr std::size_t kMaxText = 40;
const char* const kEllipsis = "\xE2\x80\xA6";

bool isNamed(const std::string& type) {
    return type == "function" || type == "class" || type == "module" || type == "method" ||
           type == "builtin_function_or_method";
}

std::string joinItems(const ProgramState& state, const std::vector<ObjectId>& items, int depth) {
    std::string text;
    for (std::size_t i = 0; i < items.size() && i < kMaxItems; ++i) {
        if (i > 0) {
            text += ", ";
        }
        text += shortValue(state, items[i], depth + 1);
    }
    if (items.size() > kMaxItems) {
        text += std::string(", ") + kEllipsis;
    }
    return text;
}

std::string dictValue(const ProgramState& state, const HeapObject& object, int depth) {
    if (depth >= kMaxDepth && !object.entries.empty()) {
        return std::string("{") + kEllipsis + "}";
    }
    std::string text = "{";
    for (std::size_t i = 0; i < object.entries.size() && i < kMaxItems; ++i) {
        if (i > 0) {
            text += ", ";
        }
        text += shortValue(state, object.entries[i].first, depth + 1) + ": " +
                shortValue(state, object.entries[i].second, depth + 1);
    }
    if (object.entries.size() > kMaxItems) {
        text += std::string(", ") + kEllipsis;
    }
    return text + "}";
}

} // namespace

const HeapObject* findObject(const ProgramState& state, ObjectId id) {
    auto it = state.heap.find(id);
    return it == state.heap.end() ? nullptr : &it->second;
}

std::string clip(std::string text) {
    if (text.size() <= kMaxText) {
        return text;
    }
    // Cut on a UTF-8 character boundary.
    std::size_t cut = kMaxText;
    while (cut > 0 && (static_cast<unsigned char>(text[cut]) & 0xC0) == 0x80) {
        --cut;
    }
    return text.substr(0, cut) + kEllipsis;
}

std::string shortValue(const ProgramState& state, ObjectId id, int depth, const std::string& as) {
    const HeapObject* object = findObject(state, id);
    if (object == nullptr) {
        return "?";
    }
    const std::string& type = as.empty() ? object->type : as;
    if (type == "str") {
        return "'" + clip(object->value) + "'";
    }
    if (type == "list" || type == "tuple" || type == "set" || type == "frozenset") {
        const char* open = type == "list" ? "[" : type == "tuple" ? "(" : "{";
        const char* close = type == "list" ? "]" : type == "tuple" ? ")" : "}";
        if (object->items.empty() && (type == "set" || type == "frozenset")) {
            return type + "()";
        }
        if (depth >= kMaxDepth && !object->items.empty()) {
            return std::string(open) + kEllipsis + close;
        }
        std::string inner = joinItems(state, object->items, depth);
        if (type == "tuple" && object->items.size() == 1) {
            inner += ",";
        }
        return open + inner + close;
    }
    if (type == "deque") {
        return "deque(" + shortValue(state, id, depth, "list") + ")";
    }
    if (isMappingLike(*object) && type != "dict") {
        return type + "(" + shortValue(state, id, depth, "dict") + ")";
    }
    if (type == "dict") {
        return dictValue(state, *object, depth);
    }
    if (type == "instance") {
        //: An instance of a class the program defines, inside a value: "[Point object]".
        return StepCaption::tr("%1 object", "in a value")
            .arg(QString::fromStdString(object->className))
            .toStdString();
    }
    if (isNamed(type)) {
        return object->name;
    }
    return clip(object->value);
}

QString label(const ProgramState& state, ObjectId id) {
    const HeapObject* object = findObject(state, id);
    if (object == nullptr) {
        return python("?");
    }
    if (object->type == "NoneType") {
        return python("None");
    }
    if (object->type == "instance") {
        //: An instance of a class the program defines, as a caption names it: "a new Point
        //: object", "the Point object was changed".
        return StepCaption::tr("%1 object", "an object").arg(python(object->className));
    }
    if (object->type == "builtin_function_or_method") {
        //: One of Python's own functions, such as len or print.
        return StepCaption::tr("built-in function %1").arg(python(object->name));
    }
    // An exception without a message has no value to show: "the ValueError", not
    // "the ValueError  is".
    const std::string value = shortValue(state, id);
    return python(value.empty() ? object->type : object->type + " " + value);
}

bool isNone(const ProgramState& state, ObjectId id) {
    const HeapObject* object = findObject(state, id);
    return object != nullptr && object->type == "NoneType";
}

std::string functionName(const ProgramState& state, core::FrameId frame) {
    for (const auto* frames : {&state.frames, &state.suspended}) {
        for (const core::FrameState& f : *frames) {
            if (f.id == frame) {
                return f.function;
            }
        }
    }
    return "?";
}

std::vector<std::string> namesOf(const ProgramState& state, ObjectId id, core::FrameId exceptFrame,
                                 const std::string& except) {
    std::vector<std::string> names;
    for (const core::FrameState& frame : state.frames) {
        for (const core::NamedRef& var : frame.vars) {
            if (var.second == id && !(frame.id == exceptFrame && var.first == except) &&
                std::find(names.begin(), names.end(), var.first) == names.end()) {
                names.push_back(var.first);
            }
        }
    }
    return names;
}

std::string exceptionText(const ProgramState& state, ObjectId id) {
    const HeapObject* object = findObject(state, id);
    if (object == nullptr) {
        return "?";
    }
    const std::string type = object->type == "instance" ? object->className : object->type;
    return object->value.empty() ? type : type + ": " + clip(object->value);
}

std::string exceptionType(const ProgramState& state, ObjectId id) {
    const HeapObject* object = findObject(state, id);
    if (object == nullptr) {
        return "?";
    }
    return object->type == "instance" ? object->className : object->type;
}

} // namespace memstep::ui::caption
