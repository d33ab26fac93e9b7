// A value or a Python exception, returned by every numeric operation that can fail.
//
// The numeric layer never throws and never knows about interpreter objects: it reports
// failures as {type, message} pairs with CPython's exact wording ("ZeroDivisionError",
// "integer division or modulo by zero"), and the interpreter turns them into exceptions.
// Result mimics std::optional (operator bool, operator*, value()) so call sites stay short.
#pragma once

#include <optional>
#include <string>
#include <utility>

namespace memstep::core::numeric {

struct NumericError {
    std::string type;    // Python exception name: "ValueError", "OverflowError", ...
    std::string message; // CPython's message text, without the type prefix

    bool operator==(const NumericError&) const = default;
};

template <typename T> class Result {
public:
    Result(T value) : m_value(std::move(value)) {}
    Result(NumericError error) : m_error(std::move(error)) {}

    bool ok() const { return m_value.has_value(); }
    explicit operator bool() const { return ok(); }

    const T& value() const& { return *m_value; }
    T& value() & { return *m_value; }
    T&& value() && { return std::move(*m_value); }
    const T& operator*() const& { return *m_value; }
    T& operator*() & { return *m_value; }
    T&& operator*() && { return std::move(*m_value); }
    const T* operator->() const { return &*m_value; }
    T* operator->() { return &*m_value; }

    // Meaningful only when !ok().
    const NumericError& error() const { return m_error; }

private:
    std::optional<T> m_value;
    NumericError m_error;
};

inline NumericError makeError(std::string type, std::string message) {
    return NumericError{std::move(type), std::move(message)};
}

} // namespace memstep::core::numeric
