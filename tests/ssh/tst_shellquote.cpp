#include "core/ssh/shellquote.h"
#include "hostilestrings.h"

#include <QProcess>
#include <QTest>

using namespace Ocw::Core;

// ShellQuote against real shells: every quoted string must come back byte-identical.
class TestShellQuote : public QObject
{
    Q_OBJECT

private:
    static QByteArray runShell(const QString &shell, const QString &script)
    {
        QProcess p;
        p.start(shell, {QStringLiteral("-c"), script});
        if (!p.waitForFinished(10000))
            return QByteArray("<timeout>");
        if (p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0)
            return QByteArray("<failed: ") + p.readAllStandardError() + '>';
        return p.readAllStandardOutput();
    }

private Q_SLOTS:
    void roundTripSh_data() { addHostileStringRows(); }
    void roundTripSh()
    {
        QFETCH(QString, input);
        const QString script = QStringLiteral("printf %s ") + ShellQuote::quote(input);
        QCOMPARE(runShell(QStringLiteral("/bin/sh"), script), input.toUtf8());
    }

    void roundTripBash_data() { addHostileStringRows(); }
    void roundTripBash()
    {
        QFETCH(QString, input);
        const QString script = QStringLiteral("printf %s ") + ShellQuote::quote(input);
        QCOMPARE(runShell(QStringLiteral("/bin/bash"), script), input.toUtf8());
    }

    void joinRoundTrip()
    {
        QStringList args;
        // Every hostile row as one argument: printf repeats the format once per argument.
        const QStringList inputs = {QStringLiteral("it's"),     QString(),
                                    QStringLiteral("$(id)"),    QStringLiteral("a b\nc"),
                                    QStringLiteral("Zürich ☃"), QStringLiteral("-n"),
                                    QStringLiteral("`x`;y")};
        QByteArray expected;
        for (const QString &s : inputs)
            expected += '<' + s.toUtf8() + '>';
        const QString script = QStringLiteral("printf '<%s>' ") + ShellQuote::join(inputs);
        QCOMPARE(runShell(QStringLiteral("/bin/sh"), script), expected);
    }

    void quoteForm_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("expected");
        QTest::newRow("safe-word")
            << QStringLiteral("abc-1.2_x/y:z,w@h%+=") << QStringLiteral("abc-1.2_x/y:z,w@h%+=");
        QTest::newRow("empty") << QString() << QStringLiteral("''");
        QTest::newRow("space") << QStringLiteral("a b") << QStringLiteral("'a b'");
        QTest::newRow("quote") << QStringLiteral("it's") << QStringLiteral("'it'\\''s'");
        QTest::newRow("non-ascii-quoted") << QStringLiteral("ü") << QStringLiteral("'ü'");
        QTest::newRow("tilde-quoted") << QStringLiteral("~") << QStringLiteral("'~'");
    }
    void quoteForm()
    {
        QFETCH(QString, input);
        QFETCH(QString, expected);
        QCOMPARE(ShellQuote::quote(input), expected);
    }
};

QTEST_GUILESS_MAIN(TestShellQuote)
#include "tst_shellquote.moc"
