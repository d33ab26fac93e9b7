#include "trace_json_reader.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonValue>
#include <initializer_list>
#include <string>
#include <utility>
#include <vector>

namespace memstep::ui {

namespace {

using core::Event;
using core::EventKind;
using core::FrameId;
using core::FrameState;
using core::HeapObject;
using core::MutateOp;
using core::NamedRef;
using core::ObjectId;
using core::ProgramState;
using core::StepInfo;
using core::StepKind;

bool isOneOf(const std::string& type, std::initializer_list<const char*> types) {
    for (const char* t : types) {
        if (type == t) {
            return true;
        }
    }
    return false;
}

// Reads the values of one document; the first malformed one is kept in `problem` and every
// later read returns an empty value, so a caller checks once per step rather than per field.
class Reader {
public:
    QString problem;

    void fail(const QString& why) {
        if (problem.isEmpty()) {
            problem = why;
        }
    }

    std::string text(const QJsonValue& v) { return v.toString().toStdString(); }

    // "o12" -> 12; null -> the invalid id (a frame_pop's missing return value).
    ObjectId id(const QJsonValue& v) {
        if (v.isNull() || v.isUndefined()) {
            return {};
        }
        const QString s = v.toString();
        bool ok = false;
        const uint n = s.startsWith(QLatin1Char('o')) ? s.mid(1).toUInt(&ok) : 0;
        if (!ok || n == 0) {
            fail(QStringLiteral("an object id is not of the form o1, o2, ...: '%1'").arg(s));
            return {};
        }
        return ObjectId{n};
    }

    std::optional<ObjectId> optionalId(const QJsonObject& o, const char* key) {
        const QJsonValue v = o.value(QLatin1String(key));
        if (v.isUndefined() || v.isNull()) {
            return std::nullopt;
        }
        return id(v);
    }

    FrameId frame(const QJsonValue& v) {
        const int n = v.toInt(0);
        if (n <= 0) {
            fail(QStringLiteral("a frame id is not a positive number"));
        }
        return FrameId{static_cast<std::uint32_t>(n)};
    }

    std::vector<ObjectId> ids(const QJsonValue& v) {
        std::vector<ObjectId> out;
        for (const QJsonValue& item : v.toArray()) {
            out.push_back(id(item));
        }
        return out;
    }

    std::vector<std::string> texts(const QJsonValue& v) {
        std::vector<std::string> out;
        for (const QJsonValue& item : v.toArray()) {
            out.push_back(text(item));
        }
        return out;
    }

    // [[name, id], ...]
    std::vector<NamedRef> namedRefs(const QJsonValue& v) {
        std::vector<NamedRef> out;
        for (const QJsonValue& item : v.toArray()) {
            const QJsonArray pair = item.toArray();
            if (pair.size() != 2) {
                fail(QStringLiteral("a [name, id] pair has %1 items").arg(pair.size()));
                continue;
            }
            out.emplace_back(text(pair[0]), id(pair[1]));
        }
        return out;
    }

    // The fields of a heap object (the heap's entry, an allocate event, a replace's contents),
    // the inverse of the core's writer: an empty `value` on an object that is not a scalar is
    // an exception whose str() is empty.
    HeapObject object(const QJsonObject& o) {
        HeapObject h;
        h.type = text(o.value(QLatin1String("type")));
        if (h.type.empty()) {
            fail(QStringLiteral("an object has no type"));
        }
        if (o.contains(QLatin1String("value"))) {
            h.value = text(o.value(QLatin1String("value")));
            h.emptyValueShown = h.value.empty() && !isOneOf(h.type, {"int", "float", "str", "bool",
                                                                     "NoneType", "range"});
        }
        h.name = text(o.value(QLatin1String("name")));
        h.className = text(o.value(QLatin1String("class")));
        h.bases = texts(o.value(QLatin1String("bases")));
        h.items = ids(o.value(QLatin1String("items")));
        for (const QJsonValue& entry : o.value(QLatin1String("entries")).toArray()) {
            const QJsonArray pair = entry.toArray();
            if (pair.size() != 2) {
                fail(QStringLiteral("a dict entry is not a [key, value] pair"));
                continue;
            }
            h.entries.emplace_back(id(pair[0]), id(pair[1]));
        }
        h.attrs = namedRefs(o.value(QLatin1String("attrs")));
        h.params = texts(o.value(QLatin1String("params")));
        h.defaults = ids(o.value(QLatin1String("defaults")));
        h.closure = namedRefs(o.value(QLatin1String("closure")));
        if (o.contains(QLatin1String("frame"))) {
            h.frame = frame(o.value(QLatin1String("frame")));
        }
        return h;
    }

    MutateOp mutateOp(const QString& op) {
        static const std::pair<const char*, MutateOp> kOps[] = {
            {"set_item", MutateOp::SetItem}, {"insert", MutateOp::Insert},
            {"remove", MutateOp::Remove},    {"set_attr", MutateOp::SetAttr},
            {"del_attr", MutateOp::DelAttr}, {"clear", MutateOp::Clear},
            {"replace", MutateOp::Replace}};
        for (const auto& [name, value] : kOps) {
            if (op == QLatin1String(name)) {
                return value;
            }
        }
        fail(QStringLiteral("unknown mutate op '%1'").arg(op));
        return MutateOp::Clear;
    }

    Event event(const QJsonObject& o) {
        Event e;
        const QString kind = o.value(QLatin1String("kind")).toString();
        if (kind == QLatin1String("frame_push")) {
            e.kind = EventKind::FramePush;
            e.frame = frame(o.value(QLatin1String("frame")));
            e.function = text(o.value(QLatin1String("function")));
            e.isClassBody = o.value(QLatin1String("is_class_body")).toBool();
            e.suspended = o.value(QLatin1String("resume")).toBool();
            e.index = o.value(QLatin1String("line")).toInt(0);
        } else if (kind == QLatin1String("frame_pop")) {
            e.kind = EventKind::FramePop;
            e.frame = frame(o.value(QLatin1String("frame")));
            e.object = id(o.value(QLatin1String("return")));
            e.suspended = o.value(QLatin1String("suspend")).toBool();
        } else if (kind == QLatin1String("allocate")) {
            e.kind = EventKind::Allocate;
            e.object = id(o.value(QLatin1String("object")));
            e.contents = object(o);
        } else if (kind == QLatin1String("bind") || kind == QLatin1String("rebind") ||
                   kind == QLatin1String("unbind")) {
            e.kind = kind == QLatin1String("bind")     ? EventKind::Bind
                     : kind == QLatin1String("rebind") ? EventKind::Rebind
                                                       : EventKind::Unbind;
            e.frame = frame(o.value(QLatin1String("frame")));
            e.name = text(o.value(QLatin1String("name")));
            if (e.kind == EventKind::Bind) {
                e.object = id(o.value(QLatin1String("object")));
            } else if (e.kind == EventKind::Rebind) {
                e.from = id(o.value(QLatin1String("from")));
                e.object = id(o.value(QLatin1String("to")));
            }
        } else if (kind == QLatin1String("mutate")) {
            e.kind = EventKind::Mutate;
            e.object = id(o.value(QLatin1String("object")));
            e.op = mutateOp(o.value(QLatin1String("op")).toString());
            // A dict's key, whose position is then unknown (-1: findEntry looks for it), or a
            // sequence's index; other changes have none.
            if (auto key = optionalId(o, "key")) {
                e.key = *key;
                e.index = -1;
            } else {
                e.index = o.value(QLatin1String("index")).toInteger(0);
            }
            e.name = text(o.value(QLatin1String("name")));
            e.value = id(o.value(QLatin1String("value")));
            if (e.op == MutateOp::Replace) {
                e.contents = object(o.value(QLatin1String("contents")).toObject());
            }
        } else if (kind == QLatin1String("free")) {
            e.kind = EventKind::Free;
            e.object = id(o.value(QLatin1String("object")));
        } else if (kind == QLatin1String("output")) {
            e.kind = EventKind::Output;
            e.text = text(o.value(QLatin1String("text")));
        } else if (kind == QLatin1String("raise")) {
            e.kind = EventKind::Raise;
            e.text = text(o.value(QLatin1String("type")));
            e.message = text(o.value(QLatin1String("message")));
            e.object = id(o.value(QLatin1String("object")));
        } else {
            fail(QStringLiteral("unknown event kind '%1'").arg(kind));
        }
        return e;
    }

    FrameState frameState(const QJsonObject& o) {
        FrameState f;
        f.id = frame(o.value(QLatin1String("id")));
        f.function = text(o.value(QLatin1String("function")));
        f.isClassBody = o.value(QLatin1String("kind")).toString() == QLatin1String("class");
        f.line = o.value(QLatin1String("line")).toInt(0);
        f.vars = namedRefs(o.value(QLatin1String("vars")));
        f.returnValue = optionalId(o, "return");
        f.yielded = o.value(QLatin1String("yield")).toBool();
        f.raising = optionalId(o, "raising");
        return f;
    }

    ProgramState state(const QJsonObject& step) {
        ProgramState s;
        for (const QJsonValue& f : step.value(QLatin1String("frames")).toArray()) {
            s.frames.push_back(frameState(f.toObject()));
        }
        for (const QJsonValue& f : step.value(QLatin1String("suspended")).toArray()) {
            s.suspended.push_back(frameState(f.toObject()));
        }
        const QJsonObject heap = step.value(QLatin1String("heap")).toObject();
        for (auto it = heap.begin(); it != heap.end(); ++it) {
            s.heap.emplace(id(QJsonValue(it.key())), object(it.value().toObject()));
        }
        s.stdoutText = text(step.value(QLatin1String("stdout")));
        return s;
    }

    // The step's own facts. A full step (or a key step) shows a return value, a yield and the
    // exception a frame raises on its innermost frame; the compact form's other steps carry
    // them themselves.
    StepInfo stepInfo(const QJsonObject& step) {
        StepInfo info;
        const QString event = step.value(QLatin1String("event")).toString();
        info.kind = event == QLatin1String("call")        ? StepKind::Call
                    : event == QLatin1String("return")    ? StepKind::Return
                    : event == QLatin1String("exception") ? StepKind::Exception
                                                          : StepKind::Line;
        info.line = step.value(QLatin1String("line")).toInt(0);
        const QJsonObject exception = step.value(QLatin1String("exception")).toObject();
        if (!exception.isEmpty()) {
            info.exception = core::ExceptionInfo{text(exception.value(QLatin1String("type"))),
                                                 text(exception.value(QLatin1String("message")))};
        }
        info.handling = optionalId(step, "handling");
        QJsonObject facts = step;
        const QJsonArray frames = step.value(QLatin1String("frames")).toArray();
        if (!frames.isEmpty()) {
            facts = frames.last().toObject();
        }
        if (info.kind == StepKind::Return) {
            info.returnValue = optionalId(facts, "return");
            info.yielded = facts.value(QLatin1String("yield")).toBool();
        }
        info.raising = optionalId(facts, "raising");
        return info;
    }
};

std::optional<core::Diagnostic> diagnostic(Reader& r, const QJsonValue& v) {
    if (!v.isObject()) {
        return std::nullopt;
    }
    const QJsonObject o = v.toObject();
    core::Diagnostic d;
    d.type = r.text(o.value(QLatin1String("type")));
    d.message = r.text(o.value(QLatin1String("message")));
    d.line = o.value(QLatin1String("line")).toInt(0);
    d.traceback = r.text(o.value(QLatin1String("traceback")));
    return d;
}

} // namespace

std::optional<core::RunResult> readTraceJson(const QByteArray& json, QString* problem) {
    auto refuse = [problem](const QString& why) -> std::optional<core::RunResult> {
        if (problem != nullptr) {
            *problem = why;
        }
        return std::nullopt;
    };
    QJsonParseError parseError{};
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        return refuse(QStringLiteral("the trace is not JSON: %1 at byte %2")
                          .arg(parseError.errorString())
                          .arg(parseError.offset));
    }
    const QJsonObject root = document.object();
    if (root.value(QLatin1String("format")).toString() != QLatin1String("memstep-trace") ||
        root.value(QLatin1String("version")).toInt() != core::kTraceFormatVersion) {
        return refuse(QStringLiteral("the document is not a memstep trace of version %1")
                          .arg(core::kTraceFormatVersion));
    }
    Reader r;
    core::TraceRecorder recorder(r.text(root.value(QLatin1String("source"))));
    const QJsonArray steps = root.value(QLatin1String("steps")).toArray();
    for (qsizetype n = 0; n < steps.size(); ++n) {
        const QJsonObject step = steps[n].toObject();
        for (const QJsonValue& e : step.value(QLatin1String("events")).toArray()) {
            recorder.addEvent(r.event(e.toObject()));
        }
        recorder.endStep(r.stepInfo(step));
        if (recorder.rejectedEvents() != 0) {
            r.fail(QStringLiteral("an event does not fit: %1")
                       .arg(QString::fromStdString(recorder.lastRejection())));
        }
        if (r.problem.isEmpty() && step.contains(QLatin1String("frames")) &&
            !(r.state(step) == recorder.current())) {
            r.fail(QStringLiteral("the events do not build the state the step shows"));
        }
        if (!r.problem.isEmpty()) {
            return refuse(QStringLiteral("step %1: %2").arg(n + 1).arg(r.problem));
        }
    }
    core::RunResult result;
    result.stdoutText = r.text(root.value(QLatin1String("stdout")));
    result.error = diagnostic(r, root.value(QLatin1String("error")));
    result.steps = static_cast<std::uint64_t>(steps.size());
    result.trace = recorder.finish();
    return result;
}

} // namespace memstep::ui
