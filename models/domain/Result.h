// Result<T>: the value of an operation at a storage, import or mail boundary, or the reason it failed.
#pragma once

#include <QString>

#include <optional>
#include <utility>
#include <variant>

namespace tc {

// What went wrong, in words a user can act on. `kind` lets callers map failures to exit codes.
struct Error
{
    enum class Kind {
        Refused,     // bad input or a business rule: the caller can fix it
        Storage,     // the database failed or could not be reached
        Internal,    // a bug or an unexpected state
    };
    Kind kind = Kind::Refused;
    QString message;

    static Error refused(QString m) { return {Kind::Refused, std::move(m)}; }
    static Error storage(QString m) { return {Kind::Storage, std::move(m)}; }
    static Error internal(QString m) { return {Kind::Internal, std::move(m)}; }
};

template<typename T>
class [[nodiscard]] Result
{
public:
    Result(T value) : m_state(std::move(value)) {}
    Result(Error error) : m_state(std::move(error)) {}

    bool ok() const { return std::holds_alternative<T>(m_state); }
    explicit operator bool() const { return ok(); }

    T &value() & { return std::get<T>(m_state); }
    const T &value() const & { return std::get<T>(m_state); }
    T &&value() && { return std::get<T>(std::move(m_state)); }
    T *operator->() { return &value(); }
    const T *operator->() const { return &value(); }
    T &operator*() & { return value(); }
    const T &operator*() const & { return value(); }

    const Error &error() const { return std::get<Error>(m_state); }
    T value_or(T fallback) const & { return ok() ? value() : std::move(fallback); }

private:
    std::variant<T, Error> m_state;
};

template<>
class [[nodiscard]] Result<void>
{
public:
    Result() = default;
    Result(Error error) : m_error(std::move(error)) {}

    bool ok() const { return !m_error.has_value(); }
    explicit operator bool() const { return ok(); }
    const Error &error() const { return *m_error; }

private:
    std::optional<Error> m_error;
};

using Status = Result<void>;

} // namespace tc
