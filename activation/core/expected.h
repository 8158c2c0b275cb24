// SPDX-License-Identifier: BSD-3-Clause
#pragma once

#include <utility>
#include <variant>

namespace Keyway {

/// Wraps the error side of an Expected, so that `return unexpected(error);` reads well.
template<typename E> struct Unexpected
{
    E value;
};

template<typename E> Unexpected<std::decay_t<E>> unexpected(E &&error)
{
    return {std::forward<E>(error)};
}

/**
 * A value or the reason there is none: a small std::expected for C++17.
 * Synchronous parsing and verification return this instead of throwing.
 */
template<typename T, typename E> class Expected
{
public:
    Expected(const T &value) : m_data(std::in_place_index<0>, value) { }
    Expected(T &&value) : m_data(std::in_place_index<0>, std::move(value)) { }
    template<typename U>
    Expected(Unexpected<U> error) : m_data(std::in_place_index<1>, std::move(error.value))
    {
    }

    bool hasValue() const { return m_data.index() == 0; }
    explicit operator bool() const { return hasValue(); }

    T &value() & { return std::get<0>(m_data); }
    const T &value() const & { return std::get<0>(m_data); }
    T &&value() && { return std::get<0>(std::move(m_data)); }
    const T &operator*() const & { return value(); }
    T &operator*() & { return value(); }
    const T *operator->() const { return &value(); }
    T *operator->() { return &value(); }

    const E &error() const { return std::get<1>(m_data); }

private:
    std::variant<T, E> m_data;
};

/// The Expected of an operation that yields nothing but may fail.
template<typename E> class Expected<void, E>
{
public:
    Expected() = default;
    template<typename U>
    Expected(Unexpected<U> error) : m_error(std::move(error.value)), m_failed(true)
    {
    }

    bool hasValue() const { return !m_failed; }
    explicit operator bool() const { return hasValue(); }
    const E &error() const { return m_error; }

private:
    E m_error {};
    bool m_failed = false;
};

} // namespace Keyway
