#pragma once

#include "../base/expected.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>
#include <QVariant>

#include <optional>

namespace Ocw::Core {

enum class HoconKind { Missing, Null, String, Number, Boolean, List, Object, Substitution };

// One value as the file gives it (the last assignment wins, objects merge, as in HOCON).
struct HoconValue
{
    HoconKind kind = HoconKind::Missing;
    // QString, qint64 or double, bool, QVariantList, QVariantMap; for a substitution
    // (`${?ENV}`, which this class never resolves) the text as written.
    QVariant data;
    QString text; // the value's source text, verbatim (empty for an object)
    int line = 0; // 1-based position of the value (0 when missing or an object)
    int column = 0;

    bool isMissing() const { return kind == HoconKind::Missing; }
};

struct HoconPosition
{
    int line = 0;   // 1-based
    int column = 0; // 1-based, in characters
};

// A HOCON file (octane.conf) kept as its exact text: comments, blank lines, order, spacing,
// includes, substitutions and unknown keys survive, and an unchanged file gives back the same
// bytes. set() and remove() edit only the text of the values they touch. Supports the subset
// real configs use: `=` `:` `+=`, braces and dotted keys, quoted/unquoted/triple-quoted strings,
// numbers, booleans, null, one- and multi-line arrays, comma or newline separators, `#` and `//`
// comments; `include` lines and `${...}` substitutions are kept verbatim, never resolved.
// Paths use HOCON syntax: `cluster.nodes`, `a."b.c"`. A plain value type, any thread.
class HoconFile
{
public:
    HoconFile(); // an empty file

    // `fileName` names the file in error messages; `errorAt` receives the position of a syntax
    // error. The input must be UTF-8 (a BOM is kept).
    static Expected<HoconFile> parse(const QByteArray &bytes, const QString &fileName = {},
                                     HoconPosition *errorAt = nullptr);
    static Expected<HoconFile> load(const QString &path, HoconPosition *errorAt = nullptr);

    QByteArray toBytes() const;
    QString text() const { return m_text; }
    QString fileName() const { return m_fileName; }

    bool contains(const QString &path) const { return !entry(path).isMissing(); }
    HoconValue entry(const QString &path) const;
    QVariant value(const QString &path) const { return entry(path).data; }
    QStringList keys() const;     // paths of the values (not objects), in order of appearance
    QStringList includes() const; // the include statements, verbatim

    // How a new string value is written; a rewritten value keeps the style it had.
    enum class StringStyle {
        Quoted,           // "value"
        BareWhenPossible, // value, when HOCON reads it back as the same string (enum values)
    };

    // Rewrites the text of the value that takes effect (keeping its quoting style), or adds the
    // key after its closest relative: inside its object block, after a dotted sibling, in a new
    // block at the end, with the separator style of the file. `value`: QString, integer,
    // double, bool, QStringList/QVariantList, or QVariant::fromValue(nullptr) for null. Fails
    // for an invalid path or an object path; the text is then unchanged.
    Expected<Done> set(const QString &path, const QVariant &value,
                       StringStyle style = StringStyle::Quoted);
    // Removes every assignment of `path` and below; true when something was removed.
    Expected<bool> remove(const QString &path);

    // The text with the values of `secretPaths` replaced by `mask` (quoted), for previews and
    // reports. Substitutions are not secret and stay.
    QString redactedText(const QStringList &secretPaths,
                         const QString &mask = QStringLiteral("********")) const;
    // The same with a mask per path.
    QString redactedText(const QHash<QString, QString> &masks) const;

    // "a.\"b.c\"" -> ["a", "b.c"]; nullopt for a malformed path.
    static std::optional<QStringList> splitPath(const QString &path);
    static QString joinPath(const QStringList &segments);
    // A value as new HOCON text: strings quoted, lists on one line.
    static QString formatValue(const QVariant &value);

private:
    friend class HoconParser;

    struct Field // one `key = value`, `key { ... }` or include statement in the text
    {
        QStringList path; // full path (enclosing blocks and dotted key)
        int block = 0;    // index of the enclosing block in m_blocks (0: the root)
        int keyStart = 0;
        int keyEnd = 0;
        int valueStart = 0;
        int valueEnd = 0;
        int childBlock = -1; // the value is a braced object: its block
        bool append = false; // `+=`
        bool include = false;
    };
    struct Block
    {
        QStringList path;
        int open = -1; // offset of '{'; -1 for a root without braces
        int close = -1;
    };
    struct Leaf
    {
        QStringList path;
        HoconValue value;
    };

    Expected<Done> commit(const QString &newText);
    Expected<Done> insert(const QStringList &path, const QVariant &value, StringStyle style);
    QString newline() const;
    QString indentUnit() const;

    QString m_text;
    QString m_fileName;
    bool m_bom = false;
    QList<Field> m_fields;
    QList<Block> m_blocks;
    QHash<QString, Leaf> m_leaves; // canonical path -> effective value
    QStringList m_order;
    QSet<QString> m_objects; // canonical paths that are objects
    QStringList m_includes;
};

} // namespace Ocw::Core
