#pragma once

#include <QString>

#include <optional>
#include <utility>

namespace pd {

// What went wrong, for callers that act on it (retry, show a conflict, reconnect) without
// reading the message. The message is for people; the kind is for code.
enum class ErrorKind {
    NotFound,   // the request, person, account ... does not exist (or is not visible to the actor)
    Denied,     // the actor may not do this (role, visibility, a locked or signed-out session)
    Conflict,   // someone else changed it first (a stale version, a busy database)
    Invalid,    // the input is wrong: a field, a value, a command line
    Connection, // the database cannot be reached (dropped, restarted, refused)
    Internal,   // anything else: a failed statement, a broken file
};

// A failure: its kind and a translated, user-readable message.
struct Error
{
    ErrorKind kind = ErrorKind::Internal;
    QString message;
};

// A value or an Error. Errors travel up as values; only ui/ and app/ decide how to show them.
template<typename T>
class [[nodiscard]] Result final
{
public:
    Result(T value) : m_value(std::move(value)) {}
    Result(Error error) : m_error(std::move(error)) {}
    static Result failure(ErrorKind kind, QString message) { return Result(Error{kind, std::move(message)}); }
    static Result failure(Error error) { return Result(std::move(error)); }

    bool ok() const { return m_value.has_value(); }
    explicit operator bool() const { return ok(); }
    // The value of a success. Asking a failure for it is a bug, asserted (the builds and the tests
    // run with assertions on), never undefined behaviour passed over in silence.
    const T &value() const & { return (checked(), *m_value); }
    T &value() & { return (checked(), *m_value); }
    T &&value() && { return (checked(), std::move(*m_value)); }
    const T *operator->() const { return (checked(), &*m_value); }
    const T &operator*() const { return (checked(), *m_value); }
    // The message of a failure (empty on success).
    const QString &error() const { return m_error.message; }
    ErrorKind errorKind() const { return m_error.kind; }
    const Error &fault() const { return m_error; }

private:
    void checked() const { Q_ASSERT_X(m_value.has_value(), "pd::Result", "the value of a failure was asked for"); }
    std::optional<T> m_value;
    Error m_error;
};

// A result that carries no value: success, or an Error.
class [[nodiscard]] Status final
{
public:
    Status() = default;
    Status(Error error) : m_failed(true), m_error(std::move(error)) {}
    static Status failure(ErrorKind kind, QString message) { return Status(Error{kind, std::move(message)}); }
    static Status failure(Error error) { return Status(std::move(error)); }
    template<typename T>
    static Status from(const Result<T> &r) { return r ? Status() : Status(r.fault()); }

    bool ok() const { return !m_failed; }
    explicit operator bool() const { return ok(); }
    const QString &error() const { return m_error.message; }
    ErrorKind errorKind() const { return m_error.kind; }
    const Error &fault() const { return m_error; }

private:
    bool m_failed = false;
    Error m_error;
};

} // namespace pd
