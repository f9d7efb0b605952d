#pragma once

// A RemoteShell that answers from a script: the uploader's own commands as a healthy node does,
// then the newest rule whose text the command contains (so a test overrides a default by
// adding a rule), else exit 0 with no output. Records every command with its stdin, so a
// test can compare what ran with what the plan said and see where a password went. Streams
// (uploads) are read to the end and answered as the uploader's hashed writer does. One thread.

#include "core/ssh/remoteshell.h"

#include <QCryptographicHash>
#include <QList>
#include <QStringList>

#include <functional>

class ScriptedShell : public Ocw::Core::RemoteShell
{
public:
    using Answer =
        std::function<Ocw::Core::Expected<Ocw::Core::ExecResult>(const Ocw::Core::ExecRequest &)>;

    struct Sent
    {
        QString command;
        QByteArray stdinData;
        bool sensitiveOutput = false;
    };

    explicit ScriptedShell(QString node, Ocw::Core::CancelToken cancel = {})
        : m_node(std::move(node))
        , m_cancel(std::move(cancel))
    {
    }

    void on(const QString &contains, Answer answer)
    {
        m_rules.prepend({contains, std::move(answer)});
    }
    void on(const QString &contains, int exitStatus, const QByteArray &out = {})
    {
        on(contains, [exitStatus, out](const Ocw::Core::ExecRequest &) {
            Ocw::Core::ExecResult r;
            r.exitStatus = exitStatus;
            r.stdOut = out;
            return Ocw::Core::Expected<Ocw::Core::ExecResult>(r);
        });
    }

    QList<Sent> sent;

    Ocw::Core::Expected<Ocw::Core::ExecResult> exec(const Ocw::Core::ExecRequest &request) override
    {
        sent.append({request.command, request.stdinData, request.sensitiveOutput});
        // The uploader's check-and-rename: the digest of what was streamed.
        if (request.command.contains(QLatin1String("verified=stream"))) {
            Ocw::Core::ExecResult r;
            r.exitStatus = 0;
            r.stdOut = "verified=stream\nhash=" + m_streamedHash + "\ndone\n";
            return r;
        }
        if (request.command.contains(QLatin1String("stream-hash=yes"))) {
            Ocw::Core::ExecResult r;
            r.exitStatus = 0;
            r.stdOut = "df=/dev/vda 100000000000 0 100000000000 0% /\nstream-hash=yes\n";
            return r;
        }
        for (const Rule &rule : std::as_const(m_rules)) {
            if (request.command.contains(rule.contains))
                return rule.answer(request);
        }
        Ocw::Core::ExecResult r;
        r.exitStatus = 0;
        return r;
    }

    Ocw::Core::Expected<Ocw::Core::ExecResult>
    execStreaming(const Ocw::Core::ExecRequest &request,
                  const Ocw::Core::StreamInput &input) override
    {
        sent.append({request.command, request.stdinData, request.sensitiveOutput});
        QCryptographicHash hash(QCryptographicHash::Sha256);
        QByteArray buffer(int(input.bufferSize), Qt::Uninitialized);
        qint64 written = 0;
        for (;;) {
            const Ocw::Core::Expected<qint64> n = input.read(buffer.data(), buffer.size());
            if (!n)
                return n.error();
            if (*n == 0)
                break;
            hash.addData(QByteArrayView(buffer.constData(), *n));
            written += *n;
            if (input.onWritten)
                input.onWritten(written);
        }
        m_streamedHash = hash.result().toHex();
        Ocw::Core::ExecResult r;
        r.exitStatus = 0;
        r.stdOut = "shash=" + m_streamedHash + "\nfp=2049:42:" + QByteArray::number(written) +
                   ":2026-12-03 10:00:00.000000000 +0000\n";
        return r;
    }

    QString nodeName() const override { return m_node; }
    Ocw::Core::CancelToken cancelToken() const override { return m_cancel; }

private:
    struct Rule
    {
        QString contains;
        Answer answer;
    };
    QString m_node;
    Ocw::Core::CancelToken m_cancel;
    QList<Rule> m_rules;
    QByteArray m_streamedHash;
};
