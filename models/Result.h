#pragma once

#include <QString>

#include <optional>
#include <utility>

namespace qf {

// What kind of failure it was, so that a caller can tell "not found" from "refused" from
// "I/O" without reading the message.
enum class ErrorCode {
    Failed,      // anything not named below
    Invalid,     // the input breaks a rule (a bad ID number, a missing field, a malformed file)
    NotFound,    // the thing asked for does not exist
    Refused,     // the user's role or the case's state does not allow it
    Conflict,    // someone else changed it first, or it already exists
    Io,          // the disk, the database file or the network failed
    Unavailable, // a device, the keychain or a server is not there
};

// A failure that a person can read: already translated with tr() where it is made.
struct Error
{
    QString message;
    ErrorCode code = ErrorCode::Failed;
};

// The return type of every public function that can fail. No exceptions cross the
// event loop: a caller gets either the value or a message to show (and its code).
template <typename T>
class [[nodiscard]] Result
{
public:
    Result(T value)
        : m_value(std::move(value))
    {
    }
    Result(Error error)
        : m_error(std::move(error))
    {
    }

    bool ok() const { return m_value.has_value(); }
    explicit operator bool() const { return ok(); }

    T& value() & { return *m_value; }
    const T& value() const& { return *m_value; }
    T&& value() && { return std::move(*m_value); }
    T* operator->() { return &*m_value; }
    const T* operator->() const { return &*m_value; }
    T& operator*() & { return *m_value; }
    const T& operator*() const& { return *m_value; }

    const QString& error() const { return m_error.message; }
    ErrorCode errorCode() const { return m_error.code; }
    // The failure as it is, to hand on to a caller: return r.failure();
    const Error& failure() const { return m_error; }

private:
    std::optional<T> m_value;
    Error m_error;
};

template <>
class [[nodiscard]] Result<void>
{
public:
    Result() = default;
    Result(Error error)
        : m_failed(true)
        , m_error(std::move(error))
    {
    }

    bool ok() const { return !m_failed; }
    explicit operator bool() const { return ok(); }
    const QString& error() const { return m_error.message; }
    ErrorCode errorCode() const { return m_error.code; }
    const Error& failure() const { return m_error; }

private:
    bool m_failed = false;
    Error m_error;
};

using Status = Result<void>;

} // namespace qf
