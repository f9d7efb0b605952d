#pragma once

#include "error.h"

#include <optional>
#include <utility>

namespace Ocw::Core {

// The one result type of the core: a value or an Error. Small on purpose (C++17 has no
// std::expected); Expected<void> is spelled Expected<Done>.
struct Done
{
};

template<typename T> class Expected
{
public:
    Expected(T value)
        : m_value(std::move(value))
    {
    }
    Expected(Error error)
        : m_error(std::move(error))
    {
    }

    bool hasValue() const { return m_value.has_value(); }
    explicit operator bool() const { return hasValue(); }

    const T &value() const & { return *m_value; }
    T &value() & { return *m_value; }
    T &&value() && { return std::move(*m_value); }
    const T &operator*() const & { return *m_value; }
    const T *operator->() const { return &*m_value; }
    T *operator->() { return &*m_value; }

    const Error &error() const { return m_error; }

private:
    std::optional<T> m_value;
    Error m_error;
};

inline Error makeError(ErrorCode code, QString message, QString details = {}, QString fix = {})
{
    return Error{code, std::move(message), std::move(details), std::move(fix)};
}

} // namespace Ocw::Core
