#include "hoconfile.h"

#include "../base/tr.h"

#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QStringDecoder>

#include <algorithm>

namespace Ocw::Core {

namespace {

bool isBlank(QChar c)
{
    // Newlines separate fields; every other white space (including a BOM) only separates tokens.
    return c != QLatin1Char('\n') && (c.isSpace() || c == QChar(0xFEFF));
}

// Characters HOCON forbids in unquoted text.
bool isForbidden(QChar c)
{
    static const QString forbidden = QStringLiteral("$\"{}[]:=,+#`^?!@*&\\");
    return forbidden.contains(c);
}

bool isUnquotedChar(QChar c)
{
    return !c.isNull() && c != QLatin1Char('\n') && !isBlank(c) && !isForbidden(c);
}

// Offset of the first character of the line holding `offset`. (QString::lastIndexOf treats a
// negative start as counted from the end, hence the guard.)
int lineStartOf(const QString &s, int offset)
{
    return offset <= 0 ? 0 : int(s.lastIndexOf(QLatin1Char('\n'), offset - 1)) + 1;
}

bool isSafeSegment(const QString &s)
{
    static const QRegularExpression re(QStringLiteral("^[A-Za-z0-9_-]+$"));
    return re.match(s).hasMatch();
}

const QRegularExpression &numberRe()
{
    static const QRegularExpression re(QStringLiteral("^-?[0-9]+(\\.[0-9]+)?([eE][+-]?[0-9]+)?$"));
    return re;
}

QString quote(const QString &s)
{
    QString out;
    out.reserve(s.size() + 2);
    out += QLatin1Char('"');
    for (QChar c : s) {
        switch (c.unicode()) {
        case '"':
            out += QStringLiteral("\\\"");
            break;
        case '\\':
            out += QStringLiteral("\\\\");
            break;
        case '\n':
            out += QStringLiteral("\\n");
            break;
        case '\r':
            out += QStringLiteral("\\r");
            break;
        case '\t':
            out += QStringLiteral("\\t");
            break;
        case '\b':
            out += QStringLiteral("\\b");
            break;
        case '\f':
            out += QStringLiteral("\\f");
            break;
        default:
            if (c.unicode() < 0x20)
                out += QStringLiteral("\\u%1").arg(c.unicode(), 4, 16, QLatin1Char('0'));
            else
                out += c;
        }
    }
    out += QLatin1Char('"');
    return out;
}

// A string that reads back as the same string when written without quotes.
bool isSafeUnquoted(const QString &s)
{
    if (s.isEmpty() || s.contains(QStringLiteral("//")))
        return false;
    for (QChar c : s) {
        if (!isUnquotedChar(c))
            return false;
    }
    return s != QLatin1String("true") && s != QLatin1String("false") &&
           s != QLatin1String("null") && !numberRe().match(s).hasMatch() &&
           s != QLatin1String("include");
}

bool isNullVariant(const QVariant &v)
{
    return v.metaType().id() == QMetaType::Nullptr;
}

bool isListVariant(const QVariant &v)
{
    const int id = v.metaType().id();
    return id == QMetaType::QStringList || id == QMetaType::QVariantList;
}

void insertNested(QVariantMap *map, const QStringList &path, const QVariant &value)
{
    if (path.isEmpty())
        return;
    if (path.size() == 1) {
        if (value.metaType().id() == QMetaType::QVariantMap &&
            map->value(path.first()).metaType().id() == QMetaType::QVariantMap) {
            // Objects merge.
            QVariantMap merged = map->value(path.first()).toMap();
            const QVariantMap add = value.toMap();
            for (auto it = add.begin(); it != add.end(); ++it)
                insertNested(&merged, {it.key()}, it.value());
            map->insert(path.first(), merged);
        } else {
            map->insert(path.first(), value);
        }
        return;
    }
    QVariantMap child = map->value(path.first()).toMap();
    insertNested(&child, path.mid(1), value);
    map->insert(path.first(), child);
}

} // namespace

// ---------------------------------------------------------------------------------------------
// Parser: one pass over the text, recording the spans of every field and block for editing and
// applying the assignments to the effective values (later wins, objects merge).

class HoconParser
{
public:
    HoconParser(const QString &text, HoconFile *file)
        : s(text)
        , n(int(text.size()))
        , f(file)
    {
        m_lineStarts.append(0);
        for (int k = 0; k < n; ++k) {
            if (s.at(k) == QLatin1Char('\n'))
                m_lineStarts.append(k + 1);
        }
    }

    bool run();
    int errorOffset = -1;
    QString errorMessage;

private:
    const QString &s;
    const int n;
    HoconFile *f;
    int i = 0;
    QList<int> m_lineStarts;

    QChar at(int k) const { return k >= 0 && k < n ? s.at(k) : QChar(); }
    bool fail(int offset, const QString &message)
    {
        if (errorOffset < 0) {
            errorOffset = offset;
            errorMessage = message;
        }
        return false;
    }
    bool isCommentStart(int k) const
    {
        return at(k) == QLatin1Char('#') ||
               (at(k) == QLatin1Char('/') && at(k + 1) == QLatin1Char('/'));
    }
    void skipBlanks()
    {
        while (i < n && isBlank(s.at(i)))
            ++i;
    }
    void skipBlanksAndComment()
    {
        skipBlanks();
        if (isCommentStart(i)) {
            while (i < n && s.at(i) != QLatin1Char('\n'))
                ++i;
        }
    }
    void skipAllWhite()
    {
        for (;;) {
            skipBlanksAndComment();
            if (i < n && s.at(i) == QLatin1Char('\n')) {
                ++i;
                continue;
            }
            return;
        }
    }
    static QString describe(QChar c)
    {
        return c == QLatin1Char('\'') ? QStringLiteral("\"'\"") : QStringLiteral("'%1'").arg(c);
    }

    bool parseBody(int block, const QStringList &prefix, int open, bool record, QVariantMap *out);
    bool parseField(int block, const QStringList &prefix, bool record, QVariantMap *out);
    bool parseInclude(int block);
    bool parseKey(QStringList *segments);
    bool parseValue(const QStringList &path, bool record, HoconValue *value, int *childBlock);
    bool parseArray(HoconValue *value);
    bool parseSimple(HoconValue *value);
    bool parseQuoted(QString *out);
    bool parseTripleQuoted(QString *out);
    bool parseSubstitution();

    void assignLeaf(const QStringList &path, HoconValue value, bool append);
    void assignObject(const QStringList &path);
    void position(int offset, int *line, int *column) const;
};

void HoconParser::position(int offset, int *line, int *column) const
{
    const auto it = std::upper_bound(m_lineStarts.begin(), m_lineStarts.end(), offset);
    *line = int(it - m_lineStarts.begin());
    *column = offset - *(it - 1) + 1;
}

bool HoconParser::run()
{
    f->m_blocks.append(HoconFile::Block{});
    skipAllWhite();
    QVariantMap ignored;
    if (i < n && s.at(i) == QLatin1Char('{')) {
        // A root in braces, as in JSON.
        f->m_blocks[0].open = i;
        const int open = i++;
        if (!parseBody(0, {}, open, true, &ignored))
            return false;
        f->m_blocks[0].close = i++;
        skipAllWhite();
        if (i < n)
            return fail(i, Tr::tr("nothing may follow the closing '}' of the root object"));
        return true;
    }
    return parseBody(0, {}, -1, true, &ignored);
}

bool HoconParser::parseBody(int block, const QStringList &prefix, int open, bool record,
                            QVariantMap *out)
{
    for (;;) {
        skipAllWhite();
        if (i >= n) {
            if (open >= 0)
                return fail(open, Tr::tr("this '{' is never closed"));
            return true;
        }
        const QChar c = s.at(i);
        if (c == QLatin1Char('}')) {
            if (open >= 0)
                return true;
            return fail(i, Tr::tr("'}' without a matching '{'"));
        }
        if (c == QLatin1Char(','))
            return fail(i, Tr::tr("unexpected ','"));
        if (!parseField(block, prefix, record, out))
            return false;
        skipBlanksAndComment();
        if (i >= n || s.at(i) == QLatin1Char('\n') || s.at(i) == QLatin1Char('}'))
            continue;
        if (s.at(i) == QLatin1Char(',')) {
            ++i;
            continue;
        }
        return fail(
            i,
            Tr::tr("expected a new line or ',' after the value, found %1").arg(describe(s.at(i))));
    }
}

bool HoconParser::parseField(int block, const QStringList &prefix, bool record, QVariantMap *out)
{
    // `include` followed by a quoted name or required(...)/file(...)/url(...)/classpath(...).
    if (s.mid(i, 7) == QLatin1String("include") && isBlank(at(i + 7))) {
        int k = i + 7;
        while (k < n && isBlank(s.at(k)))
            ++k;
        const QStringView rest = QStringView(s).mid(k);
        if (rest.startsWith(QLatin1Char('"')) || rest.startsWith(QLatin1String("required(")) ||
            rest.startsWith(QLatin1String("file(")) || rest.startsWith(QLatin1String("url(")) ||
            rest.startsWith(QLatin1String("classpath("))) {
            return parseInclude(record ? block : -1);
        }
    }

    const int keyStart = i;
    QStringList relative;
    if (!parseKey(&relative))
        return false;
    const int keyEnd = i;
    skipBlanks();
    bool append = false;
    if (i < n && s.at(i) == QLatin1Char('{')) {
        // `key { ... }`: the separator is optional before an object.
    } else if (i < n && (s.at(i) == QLatin1Char('=') || s.at(i) == QLatin1Char(':'))) {
        ++i;
    } else if (i + 1 < n && s.at(i) == QLatin1Char('+') && s.at(i + 1) == QLatin1Char('=')) {
        append = true;
        i += 2;
    } else {
        return fail(i < n ? i : keyEnd, Tr::tr("expected '=', ':' or '{' after the key \"%1\"")
                                            .arg(relative.join(QLatin1Char('.'))));
    }
    while (i < n && (isBlank(s.at(i)) || s.at(i) == QLatin1Char('\n')))
        ++i;
    if (i >= n || isCommentStart(i))
        return fail(
            i, Tr::tr("expected a value for the key \"%1\"").arg(relative.join(QLatin1Char('.'))));

    const QStringList path = prefix + relative;
    int fieldIndex = -1;
    if (record) {
        HoconFile::Field field;
        field.path = path;
        field.block = block;
        field.keyStart = keyStart;
        field.keyEnd = keyEnd;
        field.valueStart = i;
        field.append = append;
        fieldIndex = int(f->m_fields.size());
        f->m_fields.append(field);
    }
    HoconValue value;
    int childBlock = -1;
    if (!parseValue(path, record, &value, &childBlock))
        return false;
    if (record) {
        HoconFile::Field &field = f->m_fields[fieldIndex];
        field.valueEnd = childBlock >= 0 ? f->m_blocks.at(childBlock).close + 1
                                         : field.valueStart + int(value.text.size());
        field.childBlock = childBlock;
        if (childBlock < 0)
            assignLeaf(path, value, append);
    }
    if (append) {
        QVariantList list = out->value(relative.join(QLatin1Char('.'))).toList();
        list.append(value.data);
        insertNested(out, relative, list);
    } else {
        insertNested(out, relative, value.data);
    }
    return true;
}

bool HoconParser::parseInclude(int block)
{
    const int start = i;
    i += 7;
    skipBlanks();
    int closing = 0;
    for (const char *opener : {"required(", "file(", "url(", "classpath("}) {
        const QLatin1String o(opener);
        if (QStringView(s).mid(i).startsWith(o)) {
            i += int(o.size());
            ++closing;
            skipBlanks();
        }
    }
    if (at(i) != QLatin1Char('"'))
        return fail(i, Tr::tr("expected a quoted file name after include"));
    QString name;
    if (!parseQuoted(&name))
        return false;
    for (int k = 0; k < closing; ++k) {
        skipBlanks();
        if (at(i) != QLatin1Char(')'))
            return fail(i, Tr::tr("expected ')' to close the include"));
        ++i;
    }
    if (block >= 0) {
        HoconFile::Field field;
        field.block = block;
        field.include = true;
        field.keyStart = field.keyEnd = field.valueStart = start;
        field.valueEnd = i;
        f->m_fields.append(field);
        f->m_includes.append(s.mid(start, i - start));
    }
    return true;
}

bool HoconParser::parseKey(QStringList *segments)
{
    const int start = i;
    QString segment;
    bool hasContent = false;
    for (;;) {
        if (i >= n)
            break;
        const QChar c = s.at(i);
        if (c == QLatin1Char('"')) {
            if (s.mid(i, 3) == QLatin1String("\"\"\""))
                return fail(i, Tr::tr("a key cannot be a triple-quoted string"));
            QString part;
            if (!parseQuoted(&part))
                return false;
            segment += part;
            hasContent = true;
            continue;
        }
        if (c == QLatin1Char('.')) {
            if (!hasContent)
                return fail(i, Tr::tr("empty name in the key (two dots, or a dot at its start)"));
            segments->append(segment);
            segment.clear();
            hasContent = false;
            ++i;
            continue;
        }
        if (isBlank(c)) {
            // White space inside a key belongs to it when more of the key follows (`a b = 1`).
            int k = i;
            while (k < n && isBlank(s.at(k)))
                ++k;
            if (hasContent && k < n && !isCommentStart(k) &&
                (s.at(k) == QLatin1Char('"') ||
                 (isUnquotedChar(s.at(k)) && s.at(k) != QLatin1Char('.')))) {
                segment += s.mid(i, k - i);
                i = k;
                continue;
            }
            break;
        }
        if (isUnquotedChar(c) && !isCommentStart(i)) {
            const int runStart = i;
            while (i < n && isUnquotedChar(s.at(i)) && s.at(i) != QLatin1Char('.') &&
                   !isCommentStart(i))
                ++i;
            segment += s.mid(runStart, i - runStart);
            hasContent = true;
            continue;
        }
        break;
    }
    if (!hasContent) {
        if (segments->isEmpty() && i == start) {
            if (i < n)
                return fail(i, Tr::tr("expected a key, found %1").arg(describe(s.at(i))));
            return fail(i, Tr::tr("expected a key"));
        }
        return fail(i, Tr::tr("a key must not end with '.'"));
    }
    segments->append(segment);
    return true;
}

bool HoconParser::parseValue(const QStringList &path, bool record, HoconValue *value,
                             int *childBlock)
{
    const int start = i;
    int line = 0, column = 0;
    const QChar c = at(i);
    if (c == QLatin1Char('{')) {
        const int open = i++;
        int block = -1;
        if (record) {
            block = int(f->m_blocks.size());
            f->m_blocks.append(HoconFile::Block{path, open, -1});
            assignObject(path);
        }
        QVariantMap map;
        if (!parseBody(block, path, open, record, &map))
            return false;
        if (record)
            f->m_blocks[block].close = i;
        ++i;
        value->kind = HoconKind::Object;
        value->data = map;
        *childBlock = block;
        return true;
    }
    const bool ok = c == QLatin1Char('[') ? parseArray(value) : parseSimple(value);
    if (!ok)
        return false;
    position(start, &line, &column);
    value->line = line;
    value->column = column;
    return true;
}

bool HoconParser::parseArray(HoconValue *value)
{
    const int open = i++;
    QVariantList list;
    for (;;) {
        skipAllWhite();
        if (i >= n)
            return fail(open, Tr::tr("this '[' is never closed"));
        const QChar c = s.at(i);
        if (c == QLatin1Char(']')) {
            ++i;
            break;
        }
        if (c == QLatin1Char(','))
            return fail(i, Tr::tr("unexpected ','"));
        HoconValue element;
        int childBlock = -1;
        if (!parseValue({}, false, &element, &childBlock))
            return false;
        list.append(element.data);
        skipBlanksAndComment();
        if (i < n && s.at(i) == QLatin1Char(','))
            ++i;
        else if (i < n && s.at(i) != QLatin1Char('\n') && s.at(i) != QLatin1Char(']'))
            return fail(i,
                        Tr::tr("expected ',' or ']' in the list, found %1").arg(describe(s.at(i))));
    }
    value->kind = HoconKind::List;
    value->data = list;
    value->text = s.mid(open, i - open);
    return true;
}

bool HoconParser::parseSimple(HoconValue *value)
{
    // One value or a concatenation (`a = foo bar` is "foo bar"), up to the end of the line, a
    // separator or a closing bracket.
    const int start = i;
    int end = i;
    int tokens = 0;
    QString text;
    QString pendingBlank;
    HoconKind kind = HoconKind::String;
    bool quoted = false;
    bool substitution = false;
    while (i < n) {
        const QChar c = s.at(i);
        if (c == QLatin1Char('\n') || c == QLatin1Char(',') || c == QLatin1Char('}') ||
            c == QLatin1Char(']') || isCommentStart(i)) {
            break;
        }
        if (isBlank(c)) {
            const int k = i;
            skipBlanks();
            pendingBlank = s.mid(k, i - k);
            continue;
        }
        if (tokens > 0)
            text += pendingBlank;
        pendingBlank.clear();
        if (s.mid(i, 3) == QLatin1String("\"\"\"")) {
            QString part;
            if (!parseTripleQuoted(&part))
                return false;
            text += part;
            quoted = true;
        } else if (c == QLatin1Char('"')) {
            QString part;
            if (!parseQuoted(&part))
                return false;
            text += part;
            quoted = true;
        } else if (c == QLatin1Char('$') && at(i + 1) == QLatin1Char('{')) {
            const int k = i;
            if (!parseSubstitution())
                return false;
            text += s.mid(k, i - k);
            substitution = true;
        } else if (isUnquotedChar(c)) {
            const int k = i;
            while (i < n && isUnquotedChar(s.at(i)) && !isCommentStart(i))
                ++i;
            text += s.mid(k, i - k);
        } else {
            return fail(i, Tr::tr("unexpected %1 in a value (quote the value if it contains it)")
                               .arg(describe(c)));
        }
        ++tokens;
        end = i;
    }
    if (tokens == 0)
        return fail(start, Tr::tr("expected a value"));
    value->text = s.mid(start, end - start);
    if (substitution) {
        kind = HoconKind::Substitution;
        value->data = value->text;
    } else if (tokens == 1 && !quoted) {
        if (text == QLatin1String("true") || text == QLatin1String("false")) {
            kind = HoconKind::Boolean;
            value->data = text == QLatin1String("true");
        } else if (text == QLatin1String("null")) {
            kind = HoconKind::Null;
            value->data = QVariant::fromValue(nullptr);
        } else if (numberRe().match(text).hasMatch()) {
            kind = HoconKind::Number;
            bool ok = false;
            const qint64 integer = text.toLongLong(&ok);
            value->data = ok ? QVariant(integer) : QVariant(text.toDouble());
        } else {
            value->data = text;
        }
    } else {
        value->data = text;
    }
    value->kind = kind;
    return true;
}

bool HoconParser::parseQuoted(QString *out)
{
    const int start = i++;
    while (i < n) {
        const QChar c = s.at(i);
        if (c == QLatin1Char('"')) {
            ++i;
            return true;
        }
        if (c == QLatin1Char('\n'))
            break;
        if (c == QLatin1Char('\\')) {
            const QChar e = at(i + 1);
            switch (e.unicode()) {
            case '"':
                *out += QLatin1Char('"');
                break;
            case '\\':
                *out += QLatin1Char('\\');
                break;
            case '/':
                *out += QLatin1Char('/');
                break;
            case 'b':
                *out += QLatin1Char('\b');
                break;
            case 'f':
                *out += QLatin1Char('\f');
                break;
            case 'n':
                *out += QLatin1Char('\n');
                break;
            case 'r':
                *out += QLatin1Char('\r');
                break;
            case 't':
                *out += QLatin1Char('\t');
                break;
            case 'u': {
                bool ok = false;
                const ushort code = s.mid(i + 2, 4).toUShort(&ok, 16);
                if (!ok || s.mid(i + 2, 4).size() != 4)
                    return fail(i, Tr::tr("\\u must be followed by four hexadecimal digits"));
                *out += QChar(code);
                i += 4;
                break;
            }
            default:
                return fail(i, Tr::tr("unknown escape \\%1 in a quoted string").arg(e));
            }
            i += 2;
            continue;
        }
        *out += c;
        ++i;
    }
    return fail(start, Tr::tr("this quoted string is not closed on its line"));
}

bool HoconParser::parseTripleQuoted(QString *out)
{
    const int start = i;
    const int close = int(s.indexOf(QLatin1String("\"\"\""), i + 3));
    if (close < 0)
        return fail(start, Tr::tr("this triple-quoted string is never closed"));
    // Quotes right before the closing three belong to the string: `""""a""""` is "a\"".
    int end = close + 3;
    while (end < n && s.at(end) == QLatin1Char('"'))
        ++end;
    *out = s.mid(start + 3, end - 3 - (start + 3));
    i = end;
    return true;
}

bool HoconParser::parseSubstitution()
{
    const int start = i;
    i += 2;
    while (i < n && s.at(i) != QLatin1Char('}') && s.at(i) != QLatin1Char('\n')) {
        if (s.at(i) == QLatin1Char('"')) {
            QString ignored;
            if (!parseQuoted(&ignored))
                return false;
            continue;
        }
        ++i;
    }
    if (i >= n || s.at(i) != QLatin1Char('}'))
        return fail(start, Tr::tr("this substitution is not closed with '}'"));
    ++i;
    return true;
}

void HoconParser::assignLeaf(const QStringList &path, HoconValue value, bool append)
{
    const QString key = HoconFile::joinPath(path);
    // A value replaces an object (and everything below it) at the same path...
    const QString below = key + QLatin1Char('.');
    for (auto it = f->m_leaves.begin(); it != f->m_leaves.end();) {
        if (it.key().startsWith(below)) {
            f->m_order.removeOne(it.key());
            it = f->m_leaves.erase(it);
        } else {
            ++it;
        }
    }
    for (auto it = f->m_objects.begin(); it != f->m_objects.end();) {
        if (*it == key || it->startsWith(below))
            it = f->m_objects.erase(it);
        else
            ++it;
    }
    // ...and turns the values on its way into objects.
    for (int k = 1; k < path.size(); ++k) {
        const QString prefix = HoconFile::joinPath(path.mid(0, k));
        if (f->m_leaves.remove(prefix))
            f->m_order.removeOne(prefix);
        f->m_objects.insert(prefix);
    }
    const auto existing = f->m_leaves.constFind(key);
    if (append) {
        QVariantList list;
        if (existing != f->m_leaves.constEnd() && existing->value.kind == HoconKind::List)
            list = existing->value.data.toList();
        list.append(value.data);
        value.kind = HoconKind::List;
        value.data = list;
    }
    if (existing == f->m_leaves.constEnd())
        f->m_order.append(key);
    f->m_leaves.insert(key, HoconFile::Leaf{path, value});
}

void HoconParser::assignObject(const QStringList &path)
{
    for (int k = 1; k <= path.size(); ++k) {
        const QString prefix = HoconFile::joinPath(path.mid(0, k));
        if (f->m_leaves.remove(prefix))
            f->m_order.removeOne(prefix);
        f->m_objects.insert(prefix);
    }
}

// ---------------------------------------------------------------------------------------------

HoconFile::HoconFile()
{
    m_blocks.append(Block{});
}

Expected<HoconFile> HoconFile::parse(const QByteArray &bytes, const QString &fileName,
                                     HoconPosition *errorAt)
{
    const QString name = fileName.isEmpty() ? QStringLiteral("octane.conf") : fileName;
    HoconFile file;
    file.m_fileName = fileName;
    QByteArray body = bytes;
    if (body.startsWith("\xEF\xBB\xBF")) {
        file.m_bom = true;
        body.remove(0, 3);
    }
    QStringDecoder decoder(QStringDecoder::Utf8);
    QString text = decoder.decode(body);
    if (decoder.hasError()) {
        // Find the first bad byte for the message: the longest valid prefix.
        int good = 0;
        for (int step = int(body.size()); step > 0; step /= 2) {
            while (good + step <= body.size()) {
                QStringDecoder probe(QStringDecoder::Utf8);
                (void)QString(probe.decode(body.left(good + step)));
                if (probe.hasError())
                    break;
                good += step;
            }
        }
        const QString prefix = QString::fromUtf8(body.left(good));
        const int line = int(prefix.count(QLatin1Char('\n'))) + 1;
        const int column = int(prefix.size() - prefix.lastIndexOf(QLatin1Char('\n')));
        if (errorAt)
            *errorAt = {line, column};
        return makeError(ErrorCode::InvalidInput,
                         Tr::tr("%1, line %2, column %3: the file is not UTF-8 text.")
                             .arg(name)
                             .arg(line)
                             .arg(column));
    }
    file.m_text = text;
    file.m_blocks.clear();
    HoconParser parser(file.m_text, &file);
    if (!parser.run()) {
        int line = 1, column = 1;
        for (int k = 0; k < parser.errorOffset && k < file.m_text.size(); ++k) {
            if (file.m_text.at(k) == QLatin1Char('\n')) {
                ++line;
                column = 1;
            } else {
                ++column;
            }
        }
        if (errorAt)
            *errorAt = {line, column};
        return makeError(ErrorCode::InvalidInput,
                         Tr::tr("%1, line %2, column %3: %4.")
                             .arg(name)
                             .arg(line)
                             .arg(column)
                             .arg(parser.errorMessage),
                         {}, Tr::tr("Correct the file at that position (HOCON syntax)."));
    }
    return file;
}

Expected<HoconFile> HoconFile::load(const QString &path, HoconPosition *errorAt)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return makeError(ErrorCode::Io, Tr::tr("Cannot read %1.").arg(path), file.errorString());
    }
    return parse(file.readAll(), QFileInfo(path).fileName(), errorAt);
}

QByteArray HoconFile::toBytes() const
{
    QByteArray out = m_text.toUtf8();
    if (m_bom)
        out.prepend("\xEF\xBB\xBF");
    return out;
}

HoconValue HoconFile::entry(const QString &path) const
{
    const std::optional<QStringList> segments = splitPath(path);
    if (!segments)
        return {};
    const QString key = joinPath(*segments);
    const auto leaf = m_leaves.constFind(key);
    if (leaf != m_leaves.constEnd())
        return leaf->value;
    if (!m_objects.contains(key))
        return {};
    HoconValue object;
    object.kind = HoconKind::Object;
    QVariantMap map;
    for (const QString &k : m_order) {
        const Leaf &l = m_leaves[k];
        if (l.path.size() > segments->size() && l.path.mid(0, segments->size()) == *segments)
            insertNested(&map, l.path.mid(segments->size()), l.value.data);
    }
    object.data = map;
    return object;
}

QStringList HoconFile::keys() const
{
    return m_order;
}

QStringList HoconFile::includes() const
{
    return m_includes;
}

std::optional<QStringList> HoconFile::splitPath(const QString &path)
{
    QStringList out;
    QString segment;
    bool hasContent = false;
    for (int k = 0; k < path.size(); ++k) {
        const QChar c = path.at(k);
        if (c == QLatin1Char('"')) {
            const int close = int(path.indexOf(QLatin1Char('"'), k + 1));
            if (close < 0)
                return std::nullopt;
            segment += path.mid(k + 1, close - k - 1);
            hasContent = true;
            k = close;
        } else if (c == QLatin1Char('.')) {
            if (!hasContent)
                return std::nullopt;
            out.append(segment);
            segment.clear();
            hasContent = false;
        } else if (isUnquotedChar(c)) {
            segment += c;
            hasContent = true;
        } else {
            return std::nullopt;
        }
    }
    if (!hasContent)
        return std::nullopt;
    out.append(segment);
    return out;
}

QString HoconFile::joinPath(const QStringList &segments)
{
    QStringList parts;
    for (const QString &segment : segments)
        parts.append(isSafeSegment(segment) ? segment : quote(segment));
    return parts.join(QLatin1Char('.'));
}

QString HoconFile::formatValue(const QVariant &value)
{
    if (isNullVariant(value))
        return QStringLiteral("null");
    switch (value.metaType().id()) {
    case QMetaType::Bool:
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    case QMetaType::Int:
    case QMetaType::UInt:
    case QMetaType::LongLong:
    case QMetaType::ULongLong:
    case QMetaType::Short:
    case QMetaType::UShort:
        return value.toString();
    case QMetaType::Double:
    case QMetaType::Float:
        return QString::number(value.toDouble(), 'g', QLocale::FloatingPointShortest);
    case QMetaType::QStringList:
    case QMetaType::QVariantList: {
        QStringList parts;
        for (const QVariant &v : value.toList())
            parts.append(formatValue(v));
        return QLatin1Char('[') + parts.join(QStringLiteral(", ")) + QLatin1Char(']');
    }
    default:
        return quote(value.toString());
    }
}

QString HoconFile::newline() const
{
    return m_text.contains(QLatin1String("\r\n")) ? QStringLiteral("\r\n") : QStringLiteral("\n");
}

QString HoconFile::indentUnit() const
{
    // The indentation of the first indented line inside a block; two spaces in a new file.
    for (const Block &block : m_blocks) {
        if (block.open < 0)
            continue;
        const int lineStart = int(m_text.indexOf(QLatin1Char('\n'), block.open)) + 1;
        if (lineStart <= 0 || lineStart > block.close)
            continue;
        int k = lineStart;
        while (k < m_text.size() &&
               (m_text.at(k) == QLatin1Char(' ') || m_text.at(k) == QLatin1Char('\t')))
            ++k;
        const int outerStart = lineStartOf(m_text, block.open);
        int o = outerStart;
        while (o < block.open &&
               (m_text.at(o) == QLatin1Char(' ') || m_text.at(o) == QLatin1Char('\t')))
            ++o;
        if (k - lineStart > o - outerStart && k < block.close)
            return m_text.mid(lineStart + (o - outerStart), k - lineStart - (o - outerStart));
    }
    return QStringLiteral("  ");
}

namespace {

// The text of a new value in the style of the value it replaces.
QString formatLike(const QVariant &value, const HoconValue &old, const QString &nl)
{
    if (value.metaType().id() == QMetaType::QString) {
        const QString s = value.toString();
        if (old.kind == HoconKind::String && old.text.startsWith(QLatin1String("\"\"\"")) &&
            !s.contains(QLatin1String("\"\"\"")) && !s.endsWith(QLatin1Char('"'))) {
            return QStringLiteral("\"\"\"") + s + QStringLiteral("\"\"\"");
        }
        if (old.kind == HoconKind::String && !old.text.startsWith(QLatin1Char('"')) &&
            isSafeUnquoted(s))
            return s;
        return quote(s);
    }
    if (!isListVariant(value) || old.kind != HoconKind::List)
        return HoconFile::formatValue(value);

    const QVariantList items = value.toList();
    const bool quoteItems = old.text.contains(QLatin1Char('"')) || old.data.toList().isEmpty();
    auto item = [quoteItems](const QVariant &v) {
        if (v.metaType().id() == QMetaType::QString && !quoteItems && isSafeUnquoted(v.toString()))
            return v.toString();
        return HoconFile::formatValue(v);
    };
    const QStringList lines = old.text.split(QLatin1Char('\n'));
    if (lines.size() < 3) {
        // One line: keep the padding inside the brackets.
        const bool padded =
            old.text.startsWith(QLatin1String("[ ")) && old.text.endsWith(QLatin1String(" ]"));
        QStringList parts;
        for (const QVariant &v : items)
            parts.append(item(v));
        if (parts.isEmpty())
            return QStringLiteral("[]");
        return padded
                   ? QStringLiteral("[ ") + parts.join(QStringLiteral(", ")) + QStringLiteral(" ]")
                   : QLatin1Char('[') + parts.join(QStringLiteral(", ")) + QLatin1Char(']');
    }
    // Several lines: the indentation of the first element and of the closing bracket, commas
    // as before (after each element, or only between elements, or none).
    auto indentOf = [](const QString &line) {
        int k = 0;
        while (k < line.size() &&
               (line.at(k) == QLatin1Char(' ') || line.at(k) == QLatin1Char('\t')))
            ++k;
        return line.left(k);
    };
    QString itemIndent = indentOf(lines.at(1));
    const QString lastLine = lines.last();
    const QString closeIndent =
        lastLine.trimmed() == QLatin1String("]") ? indentOf(lastLine) : QString();
    auto stripped = [](QString line) {
        line = line.trimmed();
        const int hash = int(line.indexOf(QLatin1Char('#')));
        if (hash >= 0 && !line.left(hash).contains(QLatin1Char('"')))
            line = line.left(hash).trimmed();
        return line;
    };
    QStringList contentLines;
    for (int k = 1; k < lines.size() - 1; ++k) {
        if (!stripped(lines.at(k)).isEmpty())
            contentLines.append(stripped(lines.at(k)));
    }
    const bool commas =
        !contentLines.isEmpty() &&
        (contentLines.first().endsWith(QLatin1Char(',')) || contentLines.size() == 1);
    const bool trailingComma =
        !contentLines.isEmpty() && contentLines.last().endsWith(QLatin1Char(','));
    QString out = QStringLiteral("[");
    for (int k = 0; k < items.size(); ++k) {
        out += nl + itemIndent + item(items.at(k));
        if (commas && (k + 1 < items.size() || trailingComma))
            out += QLatin1Char(',');
    }
    out += nl + closeIndent + QLatin1Char(']');
    return out;
}

QString lineIndent(const QString &s, int offset)
{
    const int lineStart = lineStartOf(s, offset);
    int k = lineStart;
    while (k < offset && (s.at(k) == QLatin1Char(' ') || s.at(k) == QLatin1Char('\t')))
        ++k;
    return s.mid(lineStart, k - lineStart);
}

bool isOneLine(const QString &s, int from, int to)
{
    return !QStringView(s).mid(from, to - from).contains(QLatin1Char('\n'));
}

} // namespace

Expected<Done> HoconFile::commit(const QString &newText)
{
    QByteArray bytes = newText.toUtf8();
    if (m_bom)
        bytes.prepend("\xEF\xBB\xBF");
    Expected<HoconFile> reparsed = parse(bytes, m_fileName);
    if (!reparsed) {
        // Only a bug here can produce text that does not parse: refuse and keep the file.
        return makeError(
            ErrorCode::Internal,
            Tr::tr("The edited configuration would not be valid; nothing was changed."),
            reparsed.error().message);
    }
    *this = std::move(reparsed).value();
    return Done{};
}

Expected<Done> HoconFile::set(const QString &path, const QVariant &value, StringStyle style)
{
    const std::optional<QStringList> segments = splitPath(path);
    if (!segments)
        return makeError(ErrorCode::InvalidInput,
                         Tr::tr("\"%1\" is not a valid key path.").arg(path));
    if (!value.isValid() || value.metaType().id() == QMetaType::QVariantMap)
        return makeError(
            ErrorCode::InvalidInput,
            Tr::tr("%1: only strings, numbers, booleans, lists and null can be written.")
                .arg(path));
    const QString key = joinPath(*segments);

    if (m_leaves.contains(key)) {
        int last = -1;
        bool appended = false;
        for (int k = 0; k < m_fields.size(); ++k) {
            const Field &field = m_fields.at(k);
            if (!field.include && field.childBlock < 0 && field.path == *segments) {
                last = k;
                appended = appended || field.append;
            }
        }
        if (last >= 0 && !appended) {
            const Field &field = m_fields.at(last);
            const QString newValue = formatLike(value, m_leaves.value(key).value, newline());
            QString text = m_text;
            // A trailing comment aligned with others (two blanks or more before it) stays in
            // its column when there is room.
            int blanks = 0;
            while (field.valueEnd + blanks < text.size() &&
                   text.at(field.valueEnd + blanks) == QLatin1Char(' '))
                ++blanks;
            const int after = field.valueEnd + blanks;
            const bool comment = text.mid(after, 1) == QLatin1String("#") ||
                                 text.mid(after, 2) == QLatin1String("//");
            const int oldLength = field.valueEnd - field.valueStart;
            if (comment && blanks >= 2 && !newValue.contains(QLatin1Char('\n')) &&
                !text.mid(field.valueStart, oldLength).contains(QLatin1Char('\n'))) {
                const int keep = std::max(1, blanks - int(newValue.size() - oldLength));
                text.replace(field.valueEnd, blanks, QString(keep, QLatin1Char(' ')));
            }
            text.replace(field.valueStart, oldLength, newValue);
            return commit(text);
        }
        // `+=` builds the value from several lines: write it once instead.
        const Expected<bool> removed = remove(path);
        if (!removed)
            return removed.error();
    } else if (m_objects.contains(key)) {
        return makeError(
            ErrorCode::InvalidInput,
            Tr::tr("%1 is an object in %2; set its keys one by one.")
                .arg(path, m_fileName.isEmpty() ? QStringLiteral("octane.conf") : m_fileName));
    }
    return insert(*segments, value, style);
}

Expected<Done> HoconFile::insert(const QStringList &path, const QVariant &value, StringStyle style)
{
    const QString nl = newline();
    const QString unit = indentUnit();
    const QString &s = m_text;

    // The innermost block that holds the path and is not replaced by a later plain value.
    int container = 0;
    for (int b = 1; b < m_blocks.size(); ++b) {
        const Block &block = m_blocks.at(b);
        if (block.path.size() >= path.size() || path.mid(0, block.path.size()) != block.path)
            continue;
        const bool shadowed =
            std::any_of(m_fields.begin(), m_fields.end(), [&](const Field &field) {
                return !field.include && field.childBlock < 0 && field.keyStart > block.close &&
                       field.path.size() <= block.path.size() &&
                       block.path.mid(0, field.path.size()) == field.path;
            });
        if (shadowed)
            continue;
        const Block &best = m_blocks.at(container);
        if (block.path.size() > best.path.size() ||
            (block.path.size() == best.path.size() && block.open > best.open))
            container = b;
    }
    const Block &block = m_blocks.at(container);
    const QStringList relative = path.mid(block.path.size());

    // The closest relative in that block: the last field sharing the longest prefix, else the
    // last field of the block (not at the root: there a new key goes to the end of the file).
    int sibling = -1, bestShared = 0;
    for (int k = 0; k < m_fields.size(); ++k) {
        const Field &field = m_fields.at(k);
        if (field.include || field.block != container)
            continue;
        const QStringList rel = field.path.mid(block.path.size());
        int shared = 0;
        while (shared < rel.size() && shared < relative.size() &&
               rel.at(shared) == relative.at(shared))
            ++shared;
        if (shared > 0 && shared >= bestShared) {
            sibling = k;
            bestShared = shared;
        }
    }
    if (sibling < 0 && block.open >= 0) {
        for (int k = 0; k < m_fields.size(); ++k) {
            if (!m_fields.at(k).include && m_fields.at(k).block == container)
                sibling = k;
        }
    }

    // The separator as the sibling writes it (" = ", ": ", "="), else as the file's last value.
    auto separatorOf = [&s](const Field &field) {
        const QString between = s.mid(field.keyEnd, field.valueStart - field.keyEnd);
        if (field.include || field.childBlock >= 0 || field.append ||
            between.contains(QLatin1Char('\n')) ||
            !(between.contains(QLatin1Char('=')) || between.contains(QLatin1Char(':')))) {
            return QString();
        }
        return between;
    };
    QString separator = sibling >= 0 ? separatorOf(m_fields.at(sibling)) : QString();
    for (int k = int(m_fields.size()) - 1; k >= 0 && separator.isEmpty(); --k)
        separator = separatorOf(m_fields.at(k));
    if (separator.isEmpty())
        separator = QStringLiteral(" = ");
    QString valueText = formatValue(value);
    if (style == StringStyle::BareWhenPossible && value.metaType().id() == QMetaType::QString &&
        isSafeUnquoted(value.toString())) {
        valueText = value.toString();
    }
    // `indent`: where the key starts; empty `indent` with oneLine: on the same line.
    auto keyValue = [&](const QString &indent, bool oneLine) {
        if (sibling >= 0 && bestShared > 0)
            return joinPath(relative) + separator + valueText;
        if (relative.size() == 1)
            return joinPath(relative) + separator + valueText;
        const QString inner = joinPath(relative.mid(1)) + separator + valueText;
        if (oneLine)
            return joinPath(relative.mid(0, 1)) + QStringLiteral(" { ") + inner +
                   QStringLiteral(" }");
        return joinPath(relative.mid(0, 1)) + QStringLiteral(" {") + nl + indent + unit + inner +
               nl + indent + QLatin1Char('}');
    };

    QString text = s;
    if (sibling >= 0) {
        const Field &field = m_fields.at(sibling);
        const int end = field.valueEnd;
        const QString indent = lineIndent(s, field.keyStart);
        if (block.open >= 0 && isOneLine(s, block.open, block.close)) {
            text.insert(end, QStringLiteral(", ") + keyValue({}, true));
            return commit(text);
        }
        int k = end;
        while (k < s.size() && isBlank(s.at(k)))
            ++k;
        const bool comma = k < s.size() && s.at(k) == QLatin1Char(',');
        if (comma) {
            ++k;
            while (k < s.size() && isBlank(s.at(k)))
                ++k;
        }
        const bool comment =
            s.mid(k, 1) == QLatin1String("#") || s.mid(k, 2) == QLatin1String("//");
        if (k >= s.size() || s.at(k) == QLatin1Char('\n') || comment) {
            int lineEnd = int(s.indexOf(QLatin1Char('\n'), k));
            if (lineEnd < 0)
                lineEnd = int(s.size());
            else if (lineEnd > 0 && s.at(lineEnd - 1) == QLatin1Char('\r'))
                --lineEnd;
            text.insert(lineEnd, nl + indent + keyValue(indent, false));
        } else if (s.at(k) == QLatin1Char('}')) {
            text.insert(end, nl + indent + keyValue(indent, false));
        } else {
            // Another field follows on the same line.
            text.insert(end, QStringLiteral(", ") + keyValue({}, true));
        }
        return commit(text);
    }

    if (block.open < 0) {
        QString prefix;
        if (!s.isEmpty() && !s.endsWith(QLatin1Char('\n')))
            prefix = nl;
        text.append(prefix + keyValue({}, false) + nl);
        return commit(text);
    }

    // An empty block.
    if (isOneLine(s, block.open, block.close)) {
        text.replace(block.open + 1, block.close - block.open - 1,
                     QLatin1Char(' ') + keyValue({}, true) + QLatin1Char(' '));
        return commit(text);
    }
    const int closeLineStart = lineStartOf(s, block.close);
    const QString closeIndent = lineIndent(s, block.close);
    if (closeLineStart + closeIndent.size() == block.close) {
        text.insert(closeLineStart, closeIndent + unit + keyValue(closeIndent + unit, false) + nl);
    } else {
        text.insert(block.close, nl + closeIndent + unit + keyValue(closeIndent + unit, false) +
                                     nl + closeIndent);
    }
    return commit(text);
}

Expected<bool> HoconFile::remove(const QString &path)
{
    const std::optional<QStringList> segments = splitPath(path);
    if (!segments)
        return makeError(ErrorCode::InvalidInput,
                         Tr::tr("\"%1\" is not a valid key path.").arg(path));
    const QString &s = m_text;
    struct Range
    {
        int from;
        int to;
    };
    QList<Range> ranges;
    QList<Range> removedBlocks;
    for (const Field &field : std::as_const(m_fields)) {
        if (field.include || field.path.size() < segments->size() ||
            field.path.mid(0, segments->size()) != *segments) {
            continue;
        }
        const bool inside =
            std::any_of(removedBlocks.begin(), removedBlocks.end(), [&](const Range &r) {
                return field.keyStart >= r.from && field.keyStart < r.to;
            });
        if (inside)
            continue;
        const int start = field.keyStart;
        const int end = field.valueEnd;
        if (field.childBlock >= 0)
            removedBlocks.append({start, end});

        const int lineStart = lineStartOf(s, start);
        const bool blankBefore =
            QStringView(s).mid(lineStart, start - lineStart).trimmed().isEmpty();
        int k = end;
        while (k < s.size() && isBlank(s.at(k)))
            ++k;
        const bool commaAfter = k < s.size() && s.at(k) == QLatin1Char(',');
        if (commaAfter) {
            ++k;
            while (k < s.size() && isBlank(s.at(k)))
                ++k;
        }
        const bool comment =
            s.mid(k, 1) == QLatin1String("#") || s.mid(k, 2) == QLatin1String("//");
        const bool restBlank = k >= s.size() || s.at(k) == QLatin1Char('\n') || comment;
        if (blankBefore && restBlank) {
            // The whole line (or lines), with its trailing comment.
            int lineEnd = int(s.indexOf(QLatin1Char('\n'), k));
            lineEnd = lineEnd < 0 ? int(s.size()) : lineEnd + 1;
            ranges.append({lineStart, lineEnd});
        } else if (blankBefore || commaAfter) {
            ranges.append({start, commaAfter ? k : end});
        } else {
            int p = start - 1;
            while (p > 0 && isBlank(s.at(p)))
                --p;
            if (s.at(p) == QLatin1Char(','))
                ranges.append({p, end});
            else
                ranges.append({start, k});
        }
    }
    if (ranges.isEmpty())
        return false;
    std::sort(ranges.begin(), ranges.end(),
              [](const Range &a, const Range &b) { return a.from < b.from; });
    QList<Range> merged;
    for (const Range &r : std::as_const(ranges)) {
        if (!merged.isEmpty() && r.from <= merged.last().to)
            merged.last().to = std::max(merged.last().to, r.to);
        else
            merged.append(r);
    }
    QString text = s;
    for (auto it = merged.crbegin(); it != merged.crend(); ++it)
        text.remove(it->from, it->to - it->from);
    const Expected<Done> done = commit(text);
    if (!done)
        return done.error();
    return true;
}

QString HoconFile::redactedText(const QStringList &secretPaths, const QString &mask) const
{
    QHash<QString, QString> masks;
    for (const QString &path : secretPaths)
        masks.insert(path, mask);
    return redactedText(masks);
}

QString HoconFile::redactedText(const QHash<QString, QString> &masks) const
{
    QHash<QString, QString> byKey;
    for (auto it = masks.constBegin(); it != masks.constEnd(); ++it) {
        if (const std::optional<QStringList> segments = splitPath(it.key()))
            byKey.insert(joinPath(*segments), it.value());
    }
    QString text = m_text;
    for (auto it = m_fields.crbegin(); it != m_fields.crend(); ++it) {
        if (it->include || it->childBlock >= 0)
            continue;
        const auto mask = byKey.constFind(joinPath(it->path));
        if (mask == byKey.constEnd())
            continue;
        // A substitution names a variable, not the secret.
        if (m_text.mid(it->valueStart, it->valueEnd - it->valueStart)
                .startsWith(QLatin1String("${")))
            continue;
        text.replace(it->valueStart, it->valueEnd - it->valueStart, quote(*mask));
    }
    return text;
}

} // namespace Ocw::Core
