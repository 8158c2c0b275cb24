// SPDX-License-Identifier: BSD-3-Clause
// Test-only: checks a JSON value against the subset of JSON Schema (2020-12) our schema files
// use: type (one or a list), const, enum, properties, required, additionalProperties (boolean),
// items, minLength, minimum, format "date-time". Anything else in a schema is an error, so a
// schema never silently asks for more than is checked.
#pragma once

#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QStringList>

#include <cmath>

namespace JsonSchema {

inline QString typeOf(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Null:
        return QStringLiteral("null");
    case QJsonValue::Bool:
        return QStringLiteral("boolean");
    case QJsonValue::Double:
        return std::floor(value.toDouble()) == value.toDouble() ? QStringLiteral("integer")
                                                                : QStringLiteral("number");
    case QJsonValue::String:
        return QStringLiteral("string");
    case QJsonValue::Array:
        return QStringLiteral("array");
    case QJsonValue::Object:
        return QStringLiteral("object");
    default:
        return QStringLiteral("undefined");
    }
}

/// The problems found, each with its JSON path; empty when @p value conforms.
inline QStringList check(const QJsonValue &value, const QJsonObject &schema,
                         const QString &path = QStringLiteral("$"))
{
    static const QStringList known {QStringLiteral("$schema"),
                                    QStringLiteral("$id"),
                                    QStringLiteral("title"),
                                    QStringLiteral("type"),
                                    QStringLiteral("const"),
                                    QStringLiteral("enum"),
                                    QStringLiteral("properties"),
                                    QStringLiteral("required"),
                                    QStringLiteral("additionalProperties"),
                                    QStringLiteral("items"),
                                    QStringLiteral("minLength"),
                                    QStringLiteral("minimum"),
                                    QStringLiteral("format")};
    QStringList problems;
    for (auto it = schema.begin(); it != schema.end(); ++it) {
        if (!known.contains(it.key()))
            problems.append(path + QStringLiteral(": schema keyword not supported: ") + it.key());
    }
    if (schema.contains(QStringLiteral("type"))) {
        const QJsonValue type = schema.value(QStringLiteral("type"));
        QStringList allowed;
        if (type.isArray()) {
            for (const QJsonValue &t : type.toArray())
                allowed.append(t.toString());
        } else {
            allowed.append(type.toString());
        }
        const QString actual = typeOf(value);
        const bool ok = allowed.contains(actual)
            || (actual == QLatin1String("integer") && allowed.contains(QStringLiteral("number")));
        if (!ok) {
            problems.append(path + QStringLiteral(": is ") + actual + QStringLiteral(", expected ")
                            + allowed.join(QLatin1Char('|')));
            return problems;
        }
    }
    if (schema.contains(QStringLiteral("const")) && value != schema.value(QStringLiteral("const")))
        problems.append(path + QStringLiteral(": differs from const"));
    if (schema.contains(QStringLiteral("enum"))
        && !schema.value(QStringLiteral("enum")).toArray().contains(value))
        problems.append(path + QStringLiteral(": not one of the enum values: ")
                        + value.toVariant().toString());
    if (value.isString()) {
        if (value.toString().size() < schema.value(QStringLiteral("minLength")).toInt(0))
            problems.append(path + QStringLiteral(": too short"));
        if (schema.value(QStringLiteral("format")).toString() == QLatin1String("date-time")
            && !QDateTime::fromString(value.toString(), Qt::ISODate).isValid())
            problems.append(path + QStringLiteral(": not an ISO 8601 date-time"));
    }
    if (value.isDouble() && schema.contains(QStringLiteral("minimum"))
        && value.toDouble() < schema.value(QStringLiteral("minimum")).toDouble())
        problems.append(path + QStringLiteral(": below the minimum"));
    if (value.isObject()) {
        const QJsonObject object = value.toObject();
        const QJsonObject properties = schema.value(QStringLiteral("properties")).toObject();
        for (const QJsonValue &name : schema.value(QStringLiteral("required")).toArray()) {
            if (!object.contains(name.toString()))
                problems.append(path + QStringLiteral(": missing required ") + name.toString());
        }
        for (auto it = object.begin(); it != object.end(); ++it) {
            if (properties.contains(it.key()))
                problems += check(it.value(), properties.value(it.key()).toObject(),
                                  path + QLatin1Char('.') + it.key());
            else if (schema.value(QStringLiteral("additionalProperties")) == QJsonValue(false))
                problems.append(path + QStringLiteral(": unexpected property ") + it.key());
        }
    }
    if (value.isArray() && schema.contains(QStringLiteral("items"))) {
        const QJsonArray array = value.toArray();
        for (qsizetype i = 0; i < array.size(); ++i)
            problems += check(array.at(i), schema.value(QStringLiteral("items")).toObject(),
                              path + QStringLiteral("[%1]").arg(i));
    }
    return problems;
}

} // namespace JsonSchema
