// Which globals are in place while text compiled at run time runs (interp/snippets.cpp): the
// program's for a frame of its own code, the text's for a generator the text made.
#pragma once

#include "interp/interpreter.h"

namespace memstep::core::interp {

// Puts the program's globals back in place for a frame of the program's own code while
// source text runs (runSnippet), and the text's namespace back when the frame is done.
class ProgramGlobalsScope {
public:
    explicit ProgramGlobalsScope(Interpreter& in) : m_in(in), m_saved(in.m_outsideGlobals) {
        if (m_saved) {
            m_in.swapGlobals(*m_saved);
            m_in.m_outsideGlobals = nullptr;
        }
    }
    ~ProgramGlobalsScope() {
        if (m_saved) {
            m_in.swapGlobals(*m_saved);
            m_in.m_outsideGlobals = m_saved;
        }
    }
    ProgramGlobalsScope(const ProgramGlobalsScope&) = delete;
    ProgramGlobalsScope& operator=(const ProgramGlobalsScope&) = delete;

private:
    Interpreter& m_in;
    Interpreter::Namespace* m_saved;
};

// The globals a generator's body runs with: the program's, or those of the text that made
// it (a generator expression of a doctest example: `ns`, non-null).
class GeneratorGlobalsScope {
public:
    GeneratorGlobalsScope(Interpreter& in, Interpreter::Namespace* ns)
        : m_program(in), m_in(in), m_ns(ns) {
        if (m_ns) {
            m_in.swapGlobals(*m_ns);
            m_in.m_outsideGlobals = m_ns;
        }
    }
    ~GeneratorGlobalsScope() {
        if (m_ns) {
            m_in.m_outsideGlobals = nullptr;
            m_in.swapGlobals(*m_ns);
        }
    }
    GeneratorGlobalsScope(const GeneratorGlobalsScope&) = delete;
    GeneratorGlobalsScope& operator=(const GeneratorGlobalsScope&) = delete;

private:
    ProgramGlobalsScope m_program; // first the program's, whatever ran before
    Interpreter& m_in;
    Interpreter::Namespace* m_ns;
};

} // namespace memstep::core::interp
