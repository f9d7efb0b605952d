#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace Ocw::Core {

class HoconFile;

struct DiffLine
{
    enum class Kind { Context, Removed, Added };
    Kind kind = Kind::Context;
    QString text;           // without its line break
    int oldLine = 0;        // 1-based; 0 for an added line
    int newLine = 0;        // 1-based; 0 for a removed line
    bool noNewline = false; // the last line of its file, without a line break
};

struct DiffHunk
{
    int oldStart = 0; // as printed in "@@ -oldStart,oldCount +newStart,newCount @@"
    int oldCount = 0;
    int newStart = 0;
    int newCount = 0;
    QList<DiffLine> lines;
};

// A line-based unified diff of two texts, as `diff -u` prints it, for the octane.conf preview
// (structured hunks for a coloured view, or the text). Pure functions, any thread.
class ConfDiff
{
public:
    static QList<DiffHunk> hunks(const QString &oldText, const QString &newText, int context = 3);
    // Empty when the texts are equal.
    static QString unified(const QString &oldText, const QString &newText,
                           const QString &oldName = QStringLiteral("a/octane.conf"),
                           const QString &newName = QStringLiteral("b/octane.conf"),
                           int context = 3);
    // The diff with the values of `secretPaths` masked in both files; a secret that changed
    // shows as "******** (changed)" so that the change is visible but not its value.
    static QString redactedUnified(const HoconFile &before, const HoconFile &after,
                                   const QStringList &secretPaths,
                                   const QString &name = QStringLiteral("octane.conf"),
                                   int context = 3);
};

} // namespace Ocw::Core
