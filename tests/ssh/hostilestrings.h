#pragma once

#include <QString>
#include <QTest>

// Strings that break naive shell quoting; shared by tst_shellquote and tst_sshsession.
inline void addHostileStringRows()
{
    QTest::addColumn<QString>("input");
    QTest::newRow("plain") << QStringLiteral("octane");
    QTest::newRow("empty") << QString();
    QTest::newRow("space") << QStringLiteral("two words");
    QTest::newRow("single-quote") << QStringLiteral("it's");
    QTest::newRow("only-quotes") << QStringLiteral("'''");
    QTest::newRow("double-quote") << QStringLiteral("say \"hi\"");
    QTest::newRow("command-substitution") << QStringLiteral("$(touch /tmp/ocw-pwned)");
    QTest::newRow("backticks") << QStringLiteral("`id`");
    QTest::newRow("variable") << QStringLiteral("$HOME ${PATH} $1 $$");
    QTest::newRow("semicolon") << QStringLiteral("a; rm -rf /tmp/ocw-nothing");
    QTest::newRow("and-or-pipe") << QStringLiteral("true && false || x | y");
    QTest::newRow("redirects") << QStringLiteral("< /etc/passwd > out 2>&1");
    QTest::newRow("newlines") << QStringLiteral("line1\nline2\n");
    QTest::newRow("tab-cr") << QStringLiteral("a\tb\rc");
    QTest::newRow("glob") << QStringLiteral("* ? [a-z] ~ ~root");
    QTest::newRow("backslash") << QStringLiteral("C:\\dir\\ \\' \\\\");
    QTest::newRow("non-ascii") << QStringLiteral("Zürich ☃ 日本 😀");
    QTest::newRow("leading-dash") << QStringLiteral("-n");
    QTest::newRow("double-dash") << QStringLiteral("--");
    QTest::newRow("percent-format") << QStringLiteral("%s %d %%");
    QTest::newRow("hash-comment") << QStringLiteral("#not a comment");
    QTest::newRow("assignment") << QStringLiteral("A=b");
    QTest::newRow("braces-history") << QStringLiteral("{a,b} !! !$ ^x^y");
    QTest::newRow("safe-chars") << QStringLiteral("user@host:/path/to,file.txt+%=_-");
}
