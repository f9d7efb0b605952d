#include "confdiff.h"

#include "hoconfile.h"

#include <QHash>

#include <algorithm>
#include <vector>

namespace Ocw::Core {

namespace {

struct Lines
{
    QStringList text;
    bool lastHasNewline = true;
};

Lines splitLines(const QString &text)
{
    Lines lines;
    if (text.isEmpty())
        return lines;
    lines.text = text.split(QLatin1Char('\n'));
    if (text.endsWith(QLatin1Char('\n')))
        lines.text.removeLast();
    else
        lines.lastHasNewline = false;
    return lines;
}

enum class Op { Equal, Delete, Insert };

// The shortest edit script by longest common subsequence over the part that differs; texts of
// a few thousand lines at most, so the quadratic table is fine. Beyond that the middle is shown
// as replaced as a whole, which is still a correct diff.
QList<Op> editScript(const QStringList &a, const QStringList &b)
{
    const int n = int(a.size()), m = int(b.size());
    int prefix = 0;
    while (prefix < n && prefix < m && a.at(prefix) == b.at(prefix))
        ++prefix;
    int suffix = 0;
    while (suffix < n - prefix && suffix < m - prefix &&
           a.at(n - 1 - suffix) == b.at(m - 1 - suffix))
        ++suffix;
    const int an = n - prefix - suffix, bm = m - prefix - suffix;
    QList<Op> ops(prefix, Op::Equal);
    if (qint64(an) * bm > 16'000'000) {
        ops.append(QList<Op>(an, Op::Delete));
        ops.append(QList<Op>(bm, Op::Insert));
    } else {
        std::vector<int> table(size_t(an + 1) * size_t(bm + 1), 0);
        auto at = [&](int i, int j) -> int & {
            return table[size_t(i) * size_t(bm + 1) + size_t(j)];
        };
        for (int i = an - 1; i >= 0; --i) {
            for (int j = bm - 1; j >= 0; --j) {
                at(i, j) = a.at(prefix + i) == b.at(prefix + j)
                               ? at(i + 1, j + 1) + 1
                               : std::max(at(i + 1, j), at(i, j + 1));
            }
        }
        int i = 0, j = 0;
        while (i < an || j < bm) {
            if (i < an && j < bm && a.at(prefix + i) == b.at(prefix + j)) {
                ops.append(Op::Equal);
                ++i;
                ++j;
            } else if (j < bm && (i == an || at(i, j + 1) > at(i + 1, j))) {
                ops.append(Op::Insert);
                ++j;
            } else {
                ops.append(Op::Delete);
                ++i;
            }
        }
    }
    ops.append(QList<Op>(suffix, Op::Equal));
    return ops;
}

} // namespace

QList<DiffHunk> ConfDiff::hunks(const QString &oldText, const QString &newText, int context)
{
    const Lines oldLines = splitLines(oldText), newLines = splitLines(newText);
    // A missing final line break is part of the line: "x" and "x\n" differ.
    QStringList a = oldLines.text, b = newLines.text;
    if (!oldLines.lastHasNewline)
        a.last().append(QChar(0));
    if (!newLines.lastHasNewline)
        b.last().append(QChar(0));
    const QList<Op> ops = editScript(a, b);

    struct Entry
    {
        Op op;
        int oldIndex;
        int newIndex;
    };
    QList<Entry> entries;
    int oi = 0, ni = 0;
    for (Op op : ops) {
        entries.append({op, oi, ni});
        if (op != Op::Insert)
            ++oi;
        if (op != Op::Delete)
            ++ni;
    }

    QList<DiffHunk> out;
    int k = 0;
    const int count = int(entries.size());
    while (k < count) {
        while (k < count && entries.at(k).op == Op::Equal)
            ++k;
        if (k >= count)
            break;
        // A hunk: context before, changes, and equal runs shorter than 2 * context in between.
        int begin = std::max(0, k - context);
        int end = k;
        for (;;) {
            while (end < count && entries.at(end).op != Op::Equal)
                ++end;
            int equalRun = 0;
            while (end + equalRun < count && entries.at(end + equalRun).op == Op::Equal)
                ++equalRun;
            if (end + equalRun < count && equalRun <= 2 * context) {
                end += equalRun;
                continue;
            }
            end = std::min(count, end + std::min(equalRun, context));
            break;
        }
        DiffHunk hunk;
        const Entry &first = entries.at(begin);
        for (int e = begin; e < end; ++e) {
            const Entry &entry = entries.at(e);
            DiffLine line;
            if (entry.op == Op::Insert) {
                line.kind = DiffLine::Kind::Added;
                line.text = newLines.text.at(entry.newIndex);
                line.newLine = entry.newIndex + 1;
                line.noNewline =
                    !newLines.lastHasNewline && entry.newIndex == newLines.text.size() - 1;
                ++hunk.newCount;
            } else {
                line.kind =
                    entry.op == Op::Delete ? DiffLine::Kind::Removed : DiffLine::Kind::Context;
                line.text = oldLines.text.at(entry.oldIndex);
                line.oldLine = entry.oldIndex + 1;
                line.noNewline =
                    !oldLines.lastHasNewline && entry.oldIndex == oldLines.text.size() - 1;
                ++hunk.oldCount;
                if (entry.op == Op::Equal) {
                    line.newLine = entry.newIndex + 1;
                    ++hunk.newCount;
                }
            }
            hunk.lines.append(line);
        }
        // diff -u prints the line before an empty range.
        hunk.oldStart = hunk.oldCount > 0 ? first.oldIndex + 1 : first.oldIndex;
        hunk.newStart = hunk.newCount > 0 ? first.newIndex + 1 : first.newIndex;
        out.append(hunk);
        k = end;
    }
    return out;
}

QString ConfDiff::unified(const QString &oldText, const QString &newText, const QString &oldName,
                          const QString &newName, int context)
{
    const QList<DiffHunk> all = hunks(oldText, newText, context);
    if (all.isEmpty())
        return QString();
    auto range = [](int start, int count) {
        return count == 1 ? QString::number(start) : QStringLiteral("%1,%2").arg(start).arg(count);
    };
    QString out = QStringLiteral("--- %1\n+++ %2\n").arg(oldName, newName);
    for (const DiffHunk &hunk : all) {
        out += QStringLiteral("@@ -%1 +%2 @@\n")
                   .arg(range(hunk.oldStart, hunk.oldCount), range(hunk.newStart, hunk.newCount));
        for (const DiffLine &line : hunk.lines) {
            const QChar mark = line.kind == DiffLine::Kind::Added     ? QLatin1Char('+')
                               : line.kind == DiffLine::Kind::Removed ? QLatin1Char('-')
                                                                      : QLatin1Char(' ');
            out += mark + line.text + QLatin1Char('\n');
            if (line.noNewline)
                out += QStringLiteral("\\ No newline at end of file\n");
        }
    }
    return out;
}

QString ConfDiff::redactedUnified(const HoconFile &before, const HoconFile &after,
                                  const QStringList &secretPaths, const QString &name, int context)
{
    const QString mask = QStringLiteral("********");
    QHash<QString, QString> beforeMasks, afterMasks;
    for (const QString &path : secretPaths) {
        beforeMasks.insert(path, mask);
        const bool changed = before.entry(path).text != after.entry(path).text;
        afterMasks.insert(path, changed ? mask + QStringLiteral(" (changed)") : mask);
    }
    return unified(before.redactedText(beforeMasks), after.redactedText(afterMasks),
                   QStringLiteral("a/") + name, QStringLiteral("b/") + name, context);
}

} // namespace Ocw::Core
