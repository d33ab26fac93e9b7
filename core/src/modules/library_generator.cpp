// LibraryGenerator (library_generator.h).
#include "modules/library_generator.h"

#include "interp/tracing/tracer.h"

namespace memstep::core::modules {

ObjRef LibraryGenerator::next(Interpreter& in) {
    if (done)
        return nullptr;
    ObjRef v = step(in);
    if (!v) {
        // An error or the end finishes the generator, as it would CPython's.
        done = true;
        dropReferences();
        return nullptr;
    }
    if (self && interp::Tracer::visible(self))
        return in.abortUnsupported(what + " paused where the diagram shows it is not supported "
                                          "(its frame is not drawn)");
    return v;
}

int LibraryGenerator::repr(Interpreter& in, std::string& out) {
    out += "<generator object " + qualname + " at " + hexId(in, self) + ">";
    return 1;
}

ObjRef newLibraryGenerator(Interpreter& in, std::unique_ptr<LibraryGenerator> state) {
    auto* it = in.heap().make<rt::IteratorObject>();
    ObjRef out(it);
    it->kind = rt::IteratorObject::Kind::Native;
    it->typeName = "generator"; // type() of it is the generator type
    it->source = in.newStr(state->name);
    state->self = it;
    it->native = std::move(state);
    return out;
}

} // namespace memstep::core::modules
